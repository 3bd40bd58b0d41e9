import type { Server } from 'node:http';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, specifiedRules, validate, ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { isDatabaseUnavailable } from '../db';
import { DomainError } from '../errors';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from '../schema/context.type';
import type { Services } from '../services';
import type { RequestContextFactory } from './request-context.factory';

/** Node's setTimeout holds at most ~24.8 days; a longer-lived token is re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface SocketState {
  authorization: string;
  officerId: string;
  expiry: NodeJS.Timeout | null;
}

/** What this module keeps on each socket, next to graphql-ws' own `socket` and `request`. */
type SocketExtra = { state?: SocketState };

export interface GraphqlWsDeps {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  services: Services;
  contextFor: RequestContextFactory;
  logger: Logger;
  formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError;
  /** Extra validation rules (the same query limits as HTTP). */
  validationRules: readonly ValidationRule[];
}

export interface GraphqlWs {
  readonly server: WebSocketServer;
  /** Closes every socket with `code` (e.g. 1012 after missed events, so clients reconnect and catch up). */
  closeAll(code: number, reason: string): void;
  dispose(): Promise<void>;
}

/**
 * graphql-ws on the HTTP server's port and path. A socket authenticates once, in
 * `connection_init`, with the same bearer token as HTTP (`{ authorization: "Bearer …" }`):
 * without a valid one it is closed with 4401 Unauthorized, and it is closed with 4401 again the
 * moment that token expires. Every operation re-reads the officer; every live notice is re-checked
 * against the officer's current ability by the feed; an officer deactivated meanwhile is cut off
 * with 4403 Forbidden. Errors are formatted exactly as over HTTP, and the same query limits apply.
 */
export function mountGraphqlWs(deps: GraphqlWsDeps): GraphqlWs {
  const { httpServer, path, schema, services, contextFor, logger, formatError, validationRules } = deps;
  const server = new WebSocketServer({ server: httpServer, path });
  const rules = [...specifiedRules, ...validationRules];

  const refuse = (socket: WebSocket, code: CloseCode, reason: string) => {
    socket.close(code, reason);
    return false as const;
  };

  const armExpiry = (socket: WebSocket, state: SocketState, expiresAt: Date) => {
    const left = expiresAt.getTime() - Date.now();
    state.expiry = setTimeout(() => {
      if (Date.now() >= expiresAt.getTime()) socket.close(CloseCode.Unauthorized, 'Token expired');
      else armExpiry(socket, state, expiresAt);
    }, Math.min(Math.max(left, 0), MAX_TIMER_MS));
    state.expiry.unref();
  };

  const format = (error: GraphQLError) => formatError(error.toJSON(), error.originalError ?? error);

  const handle = useServer<{ authorization?: unknown; Authorization?: unknown }, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        const authorization = typeof params.authorization === 'string' ? params.authorization : typeof params.Authorization === 'string' ? params.Authorization : undefined;
        if (!authorization) return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
        let request: Awaited<ReturnType<RequestContextFactory>>;
        try {
          request = await contextFor(authorization);
        } catch (error) {
          if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
          // 1013 Try Again Later: the database is out of reach for now
          if (isDatabaseUnavailable(error)) return refuse(socket, 1013 as CloseCode, 'Service unavailable: try again later');
          logger.error({ err: error instanceof Error ? error.message : String(error) }, 'graphql-ws connection_init failed');
          return refuse(socket, CloseCode.InternalServerError, 'Internal server error');
        }
        if (!request.officer || !request.tokenExpiresAt || request.tokenExpiresAt.getTime() <= Date.now()) return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
        const state: SocketState = { authorization, officerId: request.officer.id, expiry: null };
        armExpiry(socket, state, request.tokenExpiresAt);
        ctx.extra.state = state;
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.state?.expiry) clearTimeout(ctx.extra.state.expiry);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = ctx.extra.state;
        if (!state) return [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } })];
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const invalid = validate(schema, document, rules);
        if (invalid.length) return invalid;
        let request: Awaited<ReturnType<RequestContextFactory>>;
        try {
          // the officer is read again for every operation: roles removed since connecting count
          request = await contextFor(state.authorization);
        } catch (error) {
          if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
            setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden'));
            return [new GraphQLError(error.message, { extensions: { code: error.code } })];
          }
          if (isDatabaseUnavailable(error)) return [new GraphQLError('The service is temporarily unavailable; try again shortly', { extensions: { code: 'UNAVAILABLE', retryable: true } })];
          throw error;
        }
        const contextValue: GraphQLContext = { request, services };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map(format) };
      },
      onError: (ctx, _id, _payload, errors) => {
        // a live feed cuts off an officer who is no longer active: so does the socket
        if (errors.some((e) => e.originalError instanceof DomainError && e.originalError.code === 'FORBIDDEN')) setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden'));
        return errors.map(format);
      },
    },
    server,
  );

  return {
    server,
    closeAll(code, reason) {
      for (const socket of server.clients) socket.close(code, reason);
    },
    dispose: async () => {
      await handle.dispose();
    },
  };
}

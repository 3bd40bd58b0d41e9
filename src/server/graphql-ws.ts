import type { Server } from 'node:http';
import {
  DocumentNode,
  execute,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { RawData, WebSocket, WebSocketServer } from 'ws';
import { isDatabaseUnavailable } from '../db';
import { DomainError, queryLimitCodeOf } from '../errors';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from '../schema/context.type';
import type { Services } from '../services';
import { observeSockets } from '../observability/metrics';
import { withRequestId } from '../observability/request-scope';
import { findMalformedId } from './id-arguments';
import { sharedSubscribe } from './shared-subscribe';
import type { TrustedDocuments } from './trusted-documents';
import type { RequestContextFactory } from './request-context.factory';

/**
 * Close codes of this socket, besides graphql-ws' own (4400, 4401, 4403, 4408, 4409, 4429, 4500):
 * 1009 for a message over the size limit (before connection_ack, the smaller one), 4429 for an
 * officer's socket over their limit, 1001 when the service shuts down, 1012 after missed events.
 */
export const WS_CLOSE = {
  messageTooBig: 1009,
  tooManySockets: 4429,
  goingAway: 1001,
  serviceRestart: 1012,
} as const;

export interface GraphqlWsLimits {
  /** Largest message after connection_ack (the WebSocket frame limit, refused from the frame header). */
  maxMessageBytes: number;
  /** Largest message before it, connection_init (with its token) included. */
  maxInitMessageBytes: number;
  maxSubscriptionsPerSocket: number;
  /** On this instance. */
  maxSocketsPerOfficer: number;
  /** Lexical tokens in one operation, as over HTTP. */
  maxTokens: number;
}

/** Operations kept parsed and validated (by text, each at most so long). */
const MAX_CACHED_DOCUMENTS = 256;
const MAX_CACHED_QUERY_CHARS = 8 * 1024;

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
  /** False in production: `__schema` and `__type` are refused, as over HTTP. */
  introspection: boolean;
  /** TRUSTED_DOCUMENTS: operations are sent by id and only these run; null: any operation. */
  trusted: TrustedDocuments | null;
  limits: GraphqlWsLimits;
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
 *
 * Limits: messages over `maxMessageBytes` are refused by `ws` from the frame header (1009), and
 * before connection_ack any message over `maxInitMessageBytes` closes the socket (1009) before it
 * is read; an officer may hold `maxSocketsPerOfficer` sockets (4429 beyond) with
 * `maxSubscriptionsPerSocket` operations each (TOO_MANY_SUBSCRIPTIONS beyond).
 */
export function mountGraphqlWs(deps: GraphqlWsDeps): GraphqlWs {
  const {
    httpServer,
    path,
    schema,
    services,
    contextFor,
    logger,
    formatError,
    validationRules,
    introspection,
    trusted,
    limits,
  } = deps;
  const server = new WebSocketServer({ server: httpServer, path, maxPayload: limits.maxMessageBytes });
  const rules = [
    ...specifiedRules,
    ...validationRules,
    ...(introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  /** Sockets acknowledged (signed in), and sockets refused for a message too big before that. */
  const acknowledged = new WeakSet<WebSocket>();
  /** The signed-in sockets' contexts, for the metrics (sockets open, operations running). */
  const live = new Set<{ subscriptions: Record<string, unknown> }>();
  const oversized = new WeakSet<WebSocket>();
  const socketsPerOfficer = new Map<string, number>();

  const refuse = (socket: WebSocket, code: CloseCode, reason: string) => {
    socket.close(code, reason);
    return false as const;
  };

  const armExpiry = (socket: WebSocket, state: SocketState, expiresAt: Date) => {
    const left = expiresAt.getTime() - Date.now();
    state.expiry = setTimeout(
      () => {
        if (Date.now() >= expiresAt.getTime()) socket.close(CloseCode.Unauthorized, 'Token expired');
        else armExpiry(socket, state, expiresAt);
      },
      Math.min(Math.max(left, 0), MAX_TIMER_MS),
    );
    state.expiry.unref();
  };

  const format = (error: GraphQLError) => formatError(error.toJSON(), error.originalError ?? error);
  /** graphql-js' own parse and validation errors carry no code: the same ones as over HTTP. */
  const coded = (error: GraphQLError, code: string) =>
    new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      originalError: error.originalError,
      extensions: { ...error.extensions, code },
    });

  /**
   * Parsed and validated operations by their text: sockets sending the same subscription share one
   * document (and so, for a feed whose result depends on the event alone, one execution per event).
   * Validation depends only on the document here (schema, rules and limits are fixed).
   */
  const documents = new Map<string, DocumentNode>();
  const prepare = (query: string): DocumentNode | GraphQLError[] => {
    const known = documents.get(query);
    if (known) return known;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      return [
        coded(
          error instanceof GraphQLError ? error : new GraphQLError('Syntax Error'),
          'GRAPHQL_PARSE_FAILED',
        ),
      ];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length)
      return invalid.map((error) => coded(error, queryLimitCodeOf(error) ?? 'GRAPHQL_VALIDATION_FAILED'));
    if (query.length <= MAX_CACHED_QUERY_CHARS) {
      documents.set(query, document);
      if (documents.size > MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value as string);
    }
    return document;
  };

  const handle = useServer<{ authorization?: unknown; Authorization?: unknown }, SocketExtra>(
    {
      schema,
      // one execution per event for every socket with the same feed document (see shared-subscribe.ts)
      subscribe: sharedSubscribe((contextValue) => Boolean((contextValue as GraphQLContext).request.officer)),
      // a query or mutation over the socket runs as its own request (log lines, audit events)
      execute: (args) =>
        withRequestId((args.contextValue as GraphQLContext).request.requestId, () => execute(args)),
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string'
            ? params.authorization
            : typeof params.Authorization === 'string'
              ? params.Authorization
              : undefined;
        if (oversized.has(socket)) return false;
        if (!authorization) return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
        let request: Awaited<ReturnType<RequestContextFactory>>;
        try {
          request = await contextFor(authorization);
        } catch (error) {
          if (error instanceof DomainError && error.code === 'UNAUTHENTICATED')
            return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
          // 1013 Try Again Later: the database is out of reach for now
          if (isDatabaseUnavailable(error))
            return refuse(socket, 1013 as CloseCode, 'Service unavailable: try again later');
          logger.error(
            { err: error instanceof Error ? error.message : String(error) },
            'graphql-ws connection_init failed',
          );
          return refuse(socket, CloseCode.InternalServerError, 'Internal server error');
        }
        if (!request.officer || !request.tokenExpiresAt || request.tokenExpiresAt.getTime() <= Date.now())
          return refuse(socket, CloseCode.Unauthorized, 'Unauthorized');
        // the socket may have gone while the token was checked: then nothing is held for it
        if (socket.readyState !== WebSocket.OPEN) return false;
        const open = socketsPerOfficer.get(request.officer.id) ?? 0;
        if (open >= limits.maxSocketsPerOfficer)
          return refuse(socket, WS_CLOSE.tooManySockets, 'Too many sockets for this officer');
        socketsPerOfficer.set(request.officer.id, open + 1);
        const state: SocketState = { authorization, officerId: request.officer.id, expiry: null };
        armExpiry(socket, state, request.tokenExpiresAt);
        ctx.extra.state = state;
        acknowledged.add(socket);
        live.add(ctx);
        return true;
      },
      onClose: (ctx) => {
        live.delete(ctx);
        const state = ctx.extra.state;
        if (!state) return;
        if (state.expiry) clearTimeout(state.expiry);
        const open = (socketsPerOfficer.get(state.officerId) ?? 1) - 1;
        if (open > 0) socketsPerOfficer.set(state.officerId, open);
        else socketsPerOfficer.delete(state.officerId);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const state = ctx.extra.state;
        if (!state) return [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } })];
        // graphql-ws has already entered this operation's id (it leaves once the operation ends)
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [
            asGraphQLError(
              new DomainError(
                'TOO_MANY_SUBSCRIPTIONS',
                `At most ${limits.maxSubscriptionsPerSocket} operations may run on one socket`,
                { limit: limits.maxSubscriptionsPerSocket },
              ),
            ),
          ];
        }
        let query = payload.query;
        if (trusted) {
          // the id in place of the text (`query` may be empty), as over HTTP
          const resolved = trusted.resolve(payload as typeof payload & { documentId?: unknown });
          if ('error' in resolved) return [resolved.error];
          query = resolved.query;
        }
        const document = prepare(query);
        if (Array.isArray(document)) return document;
        const malformed = findMalformedId(schema, document, payload.variables);
        if (malformed) return [malformed];
        let request: Awaited<ReturnType<RequestContextFactory>>;
        try {
          // the officer is read again for every operation: roles removed since connecting count
          request = await contextFor(state.authorization);
        } catch (error) {
          if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
            setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden'));
            return [new GraphQLError(error.message, { extensions: { code: error.code } })];
          }
          if (isDatabaseUnavailable(error))
            return [
              new GraphQLError('The service is temporarily unavailable; try again shortly', {
                extensions: { code: 'UNAVAILABLE', retryable: true },
              }),
            ];
          throw error;
        }
        const contextValue: GraphQLContext = { request, services };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map(format) };
      },
      onError: (ctx, _id, _payload, errors) => {
        // a live feed cuts off an officer who is no longer active: so does the socket
        if (
          errors.some((e) => e.originalError instanceof DomainError && e.originalError.code === 'FORBIDDEN')
        )
          setImmediate(() => ctx.extra.socket.close(CloseCode.Forbidden, 'Forbidden'));
        return errors.map(format);
      },
    },
    server,
  );

  server.on('connection', (socket) => {
    // Before connection_ack only connection_init (a token) is expected: a larger message closes
    // the socket before graphql-ws reads it (this listener runs first).
    socket.prependListener('message', (data: RawData) => {
      if (acknowledged.has(socket) || oversized.has(socket) || byteLength(data) <= limits.maxInitMessageBytes)
        return;
      oversized.add(socket);
      socket.close(WS_CLOSE.messageTooBig, 'Message too big before connection_ack');
    });
    // ws refuses a frame over maxPayload itself (closing with 1009, then emitting 'error'): that is
    // the client's doing, a warning, not graphql-ws' "internal error" on the console
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      logger.warn({ err: error.message, code: error.code }, 'graphql-ws socket error');
      if (socket.readyState === WebSocket.OPEN)
        socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  });

  observeSockets(() => {
    let operations = 0;
    for (const ctx of live) operations += Object.keys(ctx.subscriptions).length;
    return { sockets: live.size, operations };
  });

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

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

/** A DomainError as graphql-ws sends it: the formatter turns it into its code and details. */
function asGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error });
}

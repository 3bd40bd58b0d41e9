import { createServer, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, GraphQLSchema } from 'graphql';
import type { Config } from '../config/config';
import { Database, isDatabaseUnavailable } from '../db';
import { DomainError, makeErrorFormatter, unavailable } from '../errors';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from '../schema/context.type';
import type { Services } from '../services';
import { exportsRouter } from './exports.routes';
import { mountGraphqlWs } from './graphql-ws';
import type { RequestContextFactory } from './request-context.factory';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  schema: GraphQLSchema;
  services: Services;
  contextFor: RequestContextFactory;
}

export interface RunningApp {
  httpServer: Server;
  url: string;
  /** Closes every graphql-ws socket (clients reconnect and catch up). */
  closeSockets(code: number, reason: string): void;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * HTTP GraphQL (Apollo over Express), graphql-ws on the same port and path, and the health and
 * readiness endpoints. `stop` drains HTTP and sockets; the caller closes the database.
 */
export async function startApp(deps: AppDeps, port: number, host: string): Promise<RunningApp> {
  const { config, logger, db, schema, services, contextFor } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth },
    maxAliases: { n: config.graphql.maxAliases },
    costLimit: { maxCost: config.graphql.maxCost },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const formatError = makeErrorFormatter(logger);
  const ws = mountGraphqlWs({ httpServer, path: GRAPHQL_PATH, schema, services, contextFor, logger, formatError, validationRules: armor.validationRules });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    formatError,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await ws.dispose(); } }; } },
      unavailableAs503,
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: db.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });
  app.use(exportsRouter({ services, contextFor, logger }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '30mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return { request: await contextFor(req.headers.authorization), services };
        } catch (error) {
          if (error instanceof DomainError) throw asHttpError(error);
          if (isDatabaseUnavailable(error)) throw asHttpError(unavailable());
          throw error;
        }
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}${GRAPHQL_PATH}`;

  return {
    httpServer,
    url,
    closeSockets: (code, reason) => ws.closeAll(code, reason),
    async stop() {
      await apollo.stop(); // drains HTTP connections and disposes the WebSocket server
      ws.server.close();
    },
  };
}

/** Context failures (bad tokens) become a GraphQL error with its code and HTTP 401. */
function asHttpError(error: DomainError) {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...(error.code === 'UNAVAILABLE' ? error.details : {}), http: { status: error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'UNAVAILABLE' ? 503 : 400 } },
  });
}

/** Seconds a client is asked to wait before retrying an UNAVAILABLE answer. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * A database outage or a full inference queue (code UNAVAILABLE, however deep in a resolver it
 * happened) answers HTTP 503 with Retry-After, so clients and load balancers retry.
 */
const unavailableAs503: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === 'UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};

import { createServer, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler } from 'express';
import { GraphQLError, GraphQLSchema, type ValidationContext } from 'graphql';
import type { Config } from '../config/config';
import { Database, isDatabaseUnavailable } from '../db';
import {
  DomainError,
  makeErrorFormatter,
  queryLimitError,
  type QueryLimitCode,
  unavailable,
} from '../errors';
import type { Logger } from '../logging/logger';
import type { GraphQLContext } from '../schema/context.type';
import type { Services } from '../services';
import { exportsRouter } from './exports.routes';
import { mountGraphqlWs } from './graphql-ws';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents';
import { uploadsRouter } from './uploads.routes';
import { findMalformedId } from './id-arguments';
import type { ReadinessReport } from './readiness';
import { graphqlMetricsPlugin, METRICS_PATH, metricsRoute, requestScope } from './metrics.routes';
import { OTHER_OPERATION, recordGraphqlOperation } from '../observability/metrics';
import type { RequestContextFactory } from './request-context.factory';

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  schema: GraphQLSchema;
  services: Services;
  contextFor: RequestContextFactory;
  /** What `/readyz` answers (database, event listener and relay, inference workers). */
  readiness: () => Promise<ReadinessReport>;
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
 * readiness endpoints. Both paths apply the same query limits (tokens, depth, aliases, cost,
 * introspection in production) and refuse malformed ids. `stop` closes sockets with 1001 and
 * drains HTTP; the caller closes the database (and handles signals: Apollo's own are off).
 */
export async function startApp(deps: AppDeps, port: number, host: string): Promise<RunningApp> {
  const { config, logger, schema, services, contextFor, readiness } = deps;
  const app = express();
  app.disable('x-powered-by');
  // no ETag: answers are POST responses and per-caller, so a hash of every body is work for nobody
  app.set('etag', false);
  app.use(requestScope);
  const httpServer = createServer(app);

  // each limit reports its own code, over HTTP and graphql-ws alike (both run these rules)
  const refuseWith = (code: QueryLimitCode) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(queryLimitError(code, error.message)),
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ...refuseWith('QUERY_TOO_DEEP') },
    maxAliases: { n: config.graphql.maxAliases, ...refuseWith('TOO_MANY_ALIASES') },
    costLimit: { maxCost: config.graphql.maxCost, ...refuseWith('QUERY_TOO_COSTLY') },
    blockFieldSuggestion: { enabled: config.production },
    // armor's token limit parses every query a second time and its refusal becomes a 500: the
    // parser's own limit (parseOptions, and graphql-ws' parse) refuses with GRAPHQL_PARSE_FAILED, 400
    maxTokens: { enabled: false },
  }).protect();
  const formatError = makeErrorFormatter(logger);
  // TRUSTED_DOCUMENTS: only the persisted operations run (HTTP and graphql-ws); a bad file stops start-up
  const trusted = config.graphql.trustedDocuments
    ? loadTrustedDocuments(config.graphql.trustedDocuments)
    : null;
  if (trusted) logger.info({ documents: trusted.size }, 'trusted documents only');
  const ws = mountGraphqlWs({
    httpServer,
    path: GRAPHQL_PATH,
    schema,
    services,
    contextFor,
    logger,
    formatError,
    validationRules: armor.validationRules,
    introspection: !config.production,
    trusted,
    limits: { maxTokens: config.graphql.maxTokens, ...config.subscriptions },
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    formatError,
    // the service stops on SIGTERM/SIGINT itself (src/main.ts); Apollo's own handlers raced it
    stopOnTerminationSignals: false,
    plugins: [
      graphqlMetricsPlugin(logger),
      ...armor.plugins,
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ schema: operationSchema, document, request }) {
              const malformed = findMalformedId(operationSchema, document, request.variables);
              if (malformed) throw malformed;
            },
          };
        },
      },
      // open HTTP requests get most of the shutdown grace; the rest is for closing the database
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: Math.max(0, config.shutdownGraceMs - 1_000),
      }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
          };
        },
      },
      unavailableAs503,
      // nothing here may be cached by a proxy (every answer depends on who asks), and the default
      // cache-control plugin wraps every field resolver to compute hints nobody reads
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // 503 names the part that failed: database, events (listener or relay) or inference
  app.get('/readyz', async (_req, res) => {
    const report = await readiness();
    res.set('cache-control', 'no-store');
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });
  if (config.metrics.token) app.get(METRICS_PATH, metricsRoute(config.metrics.token));
  app.use(exportsRouter({ services, contextFor, logger }));
  // images: multipart, streamed under MAX_IMAGE_BYTES, before the mutation that uses them
  app.use(uploadsRouter({ services, contextFor, logger }));
  app.use(
    GRAPHQL_PATH,
    // derived from MAX_IMAGE_BYTES: room for one base64 image only where base64 images are taken
    express.json({ limit: config.graphql.maxBodyBytes }),
    requestScope, // again: the body parser's stream callbacks ran outside the request's scope
    ...(trusted ? [trustedDocumentsMiddleware(trusted)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const started = performance.now();
        try {
          return { request: await contextFor(req.headers.authorization), services };
        } catch (error) {
          const refusal =
            error instanceof DomainError ? error : isDatabaseUnavailable(error) ? unavailable() : null;
          // refused before Apollo's plugins run: counted here, under no operation name
          recordGraphqlOperation(OTHER_OPERATION, 'unknown', performance.now() - started, [
            refusal?.code ?? 'INTERNAL_SERVER_ERROR',
          ]);
          if (refusal) throw asHttpError(refusal);
          throw error;
        }
      },
    }),
  );
  // JSON errors only, in every mode: never Express' HTML page with a stack trace and paths
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use(jsonErrors(logger));

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

/**
 * Errors that reach Express (a body that is not JSON, too large, or anything unexpected) as a
 * GraphQL-shaped JSON error with a code; the detail of an unexpected one goes to the log only.
 */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status =
      typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const known: Record<string, [string, string]> = {
      'entity.parse.failed': ['The request body is not valid JSON', 'BAD_REQUEST'],
      'entity.too.large': ['The request body is too large', 'PAYLOAD_TOO_LARGE'],
    };
    const [message, code] =
      known[error?.type] ??
      (status < 500 ? ['Bad request', 'BAD_REQUEST'] : ['Internal server error', 'INTERNAL_SERVER_ERROR']);
    if (status >= 500)
      logger.error(
        {
          err:
            error instanceof Error
              ? { name: error.name, message: error.message, stack: error.stack }
              : String(error),
        },
        'unexpected HTTP error',
      );
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/** Context failures (bad tokens) become a GraphQL error with its code and HTTP 401. */
function asHttpError(error: DomainError) {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.code === 'UNAVAILABLE' ? error.details : {}),
      http: { status: error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'UNAVAILABLE' ? 503 : 400 },
    },
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

import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { OTHER_OPERATION, operationNames, recordGraphqlOperation, scrape } from '../observability/metrics';
import { requestIdFrom, withRequestId } from '../observability/request-scope';
import type { GraphQLContext } from '../schema/context.type';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * /metrics on the service's own port, for a scraper that presents `Bearer <token>`; anything else
 * is 401 (the same answer for a wrong token and none). Compared in constant time.
 */
export function metricsRoute(token: string): RequestHandler {
  const expected = digest(token);
  return async (req, res) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match || !timingSafeEqual(digest(match[1]), expected)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json({
          errors: [{ message: 'A metrics token is required', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      return;
    }
    const { contentType, body } = await scrape();
    res.set('content-type', contentType).set('cache-control', 'no-store').send(body);
  };
}

/**
 * /metrics on a listener of its own (METRICS_PORT): nothing else is served there, and no token is
 * asked, so it belongs on the scraper's network only (METRICS_HOST).
 */
export async function startMetricsServer(
  port: number,
  host: string,
  logger: Logger,
): Promise<{ server: Server; url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== METRICS_PATH) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    scrape().then(
      ({ contentType, body }) =>
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body),
      (error: unknown) => {
        logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          'metrics scrape failed',
        );
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal server error\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}${METRICS_PATH}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Gives each HTTP request its id (a proxy's X-Request-Id if plain, else a new UUID), answers it in
 * X-Request-Id and runs the rest of the request in its scope (log lines, audit events). Mounted
 * first, and again after a body parser, whose stream callbacks lose the async context.
 */
export const requestScope: RequestHandler = (req, res, next) => {
  let requestId = res.locals.requestId as string | undefined;
  if (!requestId) {
    requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
  }
  withRequestId(requestId, next);
};

/**
 * Every GraphQL operation over HTTP: latency by operation name and type, errors by operation name
 * and code. A name becomes a label value only for a signed-in officer's valid operation (see
 * OperationNames); the rest are OTHER_OPERATION. Each is also a debug log line (with the request
 * and trace ids every line carries).
 */
export const graphqlMetricsPlugin = (logger: Logger): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ response, operation, operationName, errors }) {
        // the formatted errors carry the codes clients see (src/errors.ts maps domain errors)
        const sent = response.body.kind === 'single' ? response.body.singleResult.errors : errors;
        const codes = (sent ?? []).map((e) => e.extensions?.code);
        const admit = operation !== undefined && Boolean(contextValue.request?.officer);
        const name = operation ? operationNames.label(operationName, admit) : OTHER_OPERATION;
        const type = operation?.operation ?? 'unknown';
        const durationMs = performance.now() - started;
        recordGraphqlOperation(name, type, durationMs, codes);
        logger.debug(
          { operation: name, type, durationMs: Math.round(durationMs * 10) / 10, errors: codes },
          'graphql operation',
        );
      },
    };
  },
});

/**
 * OpenTelemetry tracing, started before any other module loads (src/main.ts imports this file
 * first, so the HTTP, Express, GraphQL and pg instrumentations can patch those modules as they are
 * required). Off unless configured the standard way: OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or OTEL_TRACES_EXPORTER set, and OTEL_SDK_DISABLED not true.
 * Everything else (protocol, headers, sampler, resource attributes, service name) is read by the
 * SDK from the OTEL_* variables itself. Metrics and logs go elsewhere (prom-client, pino), so the
 * SDK's own metric and log exporters default to none.
 */
import type { Instrumentation } from '@opentelemetry/instrumentation';
import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Paths whose requests are not traced: probes and scrapes would drown the traces that matter. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (String(env.OTEL_SDK_DISABLED).toLowerCase() === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER !== undefined) return env.OTEL_TRACES_EXPORTER.trim() !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/** The instrumentations this service uses: HTTP, Express, GraphQL and pg. */
export function serviceInstrumentations(): Instrumentation[] {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]),
    }),
    new ExpressInstrumentation(),
    // a span per operation phase and per non-trivial resolver; variable values are never recorded
    new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
    // statement text only: parameters (templates among them) are not recorded
    new PgInstrumentation({ enhancedDatabaseReporting: false }),
  ];
}

/**
 * Starts the SDK with the service's instrumentations. `spanProcessors` replaces the exporter
 * chosen by OTEL_TRACES_EXPORTER (tests pass an in-memory exporter's processor).
 */
export function startTracing(
  options: { spanProcessors?: SpanProcessor[]; instrumentations?: Instrumentation[] } = {},
): NodeSDK {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  process.env.OTEL_SERVICE_NAME ??= 'twokey';
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
    instrumentations: options.instrumentations ?? serviceInstrumentations(),
  });
  sdk.start();
  return sdk;
}

let running: NodeSDK | null = null;

/** Flushes and stops the SDK started at load, if any (the service calls it on shutdown). */
export async function stopTracing(): Promise<void> {
  const sdk = running;
  running = null;
  await sdk?.shutdown();
}

if (tracingEnabled()) running = startTracing();

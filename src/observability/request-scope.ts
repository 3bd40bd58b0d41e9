import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * What the service knows about the request it is serving, wherever it is in the code: the request
 * id (one per HTTP request or graphql-ws operation) and the active OpenTelemetry span's trace id.
 * Log lines (src/logging) and audit events (src/audit) read them from here. Without tracing set
 * up, `@opentelemetry/api` answers with no span and no trace id, at the cost of a function call.
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

/** A request id given by a proxy (X-Request-Id) is kept only if it is this plain and short. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** `incoming` when it is a usable request id (a load balancer's X-Request-Id), else a new UUID. */
export function requestIdFrom(incoming: unknown): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Runs `work` (and everything it starts) as the request `requestId`. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/** The active span's trace id (32 hex digits); undefined when tracing is off or nothing is traced. */
export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** `{ requestId, traceId, spanId }` for a log line, only the ones there are (pino mixin). */
export function logCorrelation(): Record<string, string> {
  const ids: Record<string, string> = {};
  const requestId = scope.getStore()?.requestId;
  if (requestId) ids.requestId = requestId;
  const span = trace.getActiveSpan();
  if (span) {
    const spanContext = span.spanContext();
    if (isSpanContextValid(spanContext)) {
      ids.traceId = spanContext.traceId;
      ids.spanId = spanContext.spanId;
    }
  }
  return ids;
}

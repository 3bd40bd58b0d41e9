import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { recordInferenceJob } from './metrics';

/** The service's own spans (the instrumentations make the HTTP, Express, GraphQL and pg ones). */
export const tracer = trace.getTracer('twokey');

/**
 * Runs `work` inside a new active span; an exception marks the span as failed (its type only:
 * messages can quote input) and is rethrown.
 */
export async function inSpan<T>(
  name: string,
  attributes: Record<string, string | number | boolean>,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The stage timings a face analysis reports (src/inference's InferenceJobReport, restated to keep that module standalone). */
export interface InferenceJob {
  op: string;
  outcome: 'ok' | 'rejected' | 'failed' | 'refused';
  submittedAt: number;
  dispatchedAt?: number;
  finishedAt: number;
  stages: ReadonlyArray<{ stage: string; startMs: number; durationMs: number }>;
}

/**
 * The face pipeline's observer: metrics for every job, and, in the caller's trace, an
 * `inference.<op>` span with a `queue_wait` child and one child per stage. The work ran in a
 * worker thread, where no span context is; its stages are placed from the measured timings (the
 * worker's clock offsets from when the job was handed over).
 */
export function observeInferenceJob(job: InferenceJob): void {
  const waitMs = job.dispatchedAt !== undefined ? job.dispatchedAt - job.submittedAt : undefined;
  const runMs = job.dispatchedAt !== undefined ? job.finishedAt - job.dispatchedAt : undefined;
  recordInferenceJob({ op: job.op, outcome: job.outcome, waitMs, runMs, stages: job.stages });
  if (!trace.getActiveSpan()) return;
  const parent = tracer.startSpan(`inference.${job.op}`, {
    startTime: job.submittedAt,
    attributes: { 'twokey.inference.outcome': job.outcome },
  });
  if (job.outcome === 'failed') parent.setStatus({ code: SpanStatusCode.ERROR });
  const inParent = trace.setSpan(context.active(), parent);
  if (job.dispatchedAt !== undefined) {
    tracer.startSpan('inference.queue_wait', { startTime: job.submittedAt }, inParent).end(job.dispatchedAt);
    for (const stage of job.stages) {
      const start = job.dispatchedAt + stage.startMs;
      tracer
        .startSpan(`inference.${stage.stage}`, { startTime: start }, inParent)
        .end(start + stage.durationMs);
    }
  }
  parent.end(job.finishedAt);
}

/**
 * Worker-thread entry: one FaceProcessor (its own ONNX sessions) serving one job at a time.
 * Only serialisable data crosses the thread boundary; errors keep their InferenceError code.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { InferenceError } from './errors';
import { FaceProcessor, ProcessorInfo, ProcessorSettings } from './processor';
import type { StageTiming, TemplateOptions } from './types';

export type JobRequest =
  | { op: 'analyse'; input: Uint8Array }
  | { op: 'templateFor'; input: Uint8Array; faceIndex?: number; options: TemplateOptions };

export type WorkerRequest = JobRequest & { id: number };

export type WorkerError =
  | { kind: 'inference'; code: InferenceError['code']; message: string; details: Record<string, unknown> }
  | { kind: 'internal'; message: string };

export type WorkerResponse =
  | { type: 'ready'; info: ProcessorInfo }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; value: unknown; stages: StageTiming[] }
  | { type: 'error'; id: number; error: WorkerError; stages: StageTiming[] };

function toWorkerError(err: unknown): WorkerError {
  if (err instanceof InferenceError)
    return { kind: 'inference', code: err.code, message: err.message, details: err.details };
  return { kind: 'internal', message: err instanceof Error ? err.message : String(err) };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  let processor: FaceProcessor;
  try {
    processor = await FaceProcessor.create(workerData as ProcessorSettings);
  } catch (err) {
    port.postMessage({
      type: 'init-error',
      message: err instanceof Error ? err.message : String(err),
    } satisfies WorkerResponse);
    return;
  }
  port.postMessage({ type: 'ready', info: processor.info } satisfies WorkerResponse);

  // jobs arrive one at a time (the pool never sends a second before the first is answered)
  port.on('message', (req: WorkerRequest) => {
    void (async () => {
      processor.beginJob();
      try {
        const input = Buffer.from(req.input.buffer, req.input.byteOffset, req.input.byteLength);
        const value =
          req.op === 'analyse'
            ? await processor.analyse(input)
            : await processor.templateFor(input, req.faceIndex, req.options);
        const stages = processor.takeStages();
        port.postMessage({ type: 'result', id: req.id, value, stages } satisfies WorkerResponse);
      } catch (err) {
        const stages = processor.takeStages();
        port.postMessage({
          type: 'error',
          id: req.id,
          error: toWorkerError(err),
          stages,
        } satisfies WorkerResponse);
      }
    })();
  });
}

void main();

/**
 * The FacePipeline: a small pool of worker threads, each running a complete FaceProcessor with
 * its own ONNX sessions. Jobs queue in arrival order and go to the first idle worker, so the
 * event loop stays free while faces are processed. The queue is bounded (`maxQueue`): a burst
 * beyond it is refused at once with UNAVAILABLE rather than piling up memory and latency, while
 * batch callers that ask to wait are held back until there is room.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import { InferenceError } from './errors';
import type { ScoreCalibration } from './manifest';
import type { ProcessorInfo, ProcessorSettings } from './processor';
import { DEFAULT_MIN_FACE_SIZE_PX } from './quality';
import type {
  ChosenFace,
  DetectedFace,
  FaceAnalysis,
  FacePipeline,
  FacePipelineOptions,
  JobOptions,
} from './types';
import type { JobRequest, WorkerRequest, WorkerResponse } from './worker';

export const DEFAULT_MAX_INPUT_PIXELS = 40_000_000;
export const DEFAULT_MAX_INPUT_BYTES = 25 * 1024 * 1024;
/** Jobs that may wait for a free worker before new ones are refused (UNAVAILABLE). */
export const DEFAULT_MAX_QUEUE = 32;

/** The repository's models/ folder, from src/inference (ts) or dist/src/inference (compiled). */
export function defaultModelsDir(): string {
  const candidates = [resolve(__dirname, '../../models'), resolve(__dirname, '../../../models')];
  return candidates.find((dir) => existsSync(join(dir, 'manifest.json'))) ?? candidates[0];
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`FacePipelineOptions.${name} must be a positive integer`);
  return value;
}

/**
 * Templates arrive through structured clone; copying them into this thread's own Float32Array
 * keeps `instanceof Float32Array` true even inside sandboxes such as Jest's.
 */
function localFace(face: DetectedFace): DetectedFace {
  const local = { ...face, template: Float32Array.from(face.template) };
  if (face.templates)
    local.templates = Object.fromEntries(
      Object.entries(face.templates).map(([name, t]) => [name, Float32Array.from(t)]),
    );
  return local;
}

type Job = { request: JobRequest; resolve: (v: unknown) => void; reject: (e: Error) => void };

interface Slot {
  worker: Worker;
  job: Job | null;
  id: number;
}

function spawnWorker(settings: ProcessorSettings): Worker {
  if (__filename.endsWith('.ts')) {
    // running from TypeScript sources (tests, ts-node scripts): compile the worker on the fly
    const entry = join(__dirname, 'worker.ts');
    const code = `require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, projectSearchDir: ${JSON.stringify(__dirname)} }); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData: settings });
  }
  return new Worker(join(__dirname, 'worker.js'), { workerData: settings });
}

function waitReady(worker: Worker): Promise<ProcessorInfo> {
  return new Promise((resolveReady, rejectReady) => {
    const onMessage = (msg: WorkerResponse): void => {
      if (msg.type === 'ready') {
        cleanup();
        resolveReady(msg.info);
      } else if (msg.type === 'init-error') {
        cleanup();
        rejectReady(new Error(`face pipeline could not start: ${msg.message}`));
      }
    };
    const onError = (err: Error): void => {
      cleanup();
      rejectReady(err);
    };
    const onExit = (code: number): void => {
      cleanup();
      rejectReady(new Error(`face pipeline worker exited during start (code ${code})`));
    };
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

class WorkerPoolPipeline implements FacePipeline {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  /** Batch callers waiting for room in the queue (`whenBusy: 'wait'`), in arrival order. */
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  readonly faceModel: string;
  readonly modelVersion: string;
  readonly dimension: number;
  readonly calibration: ScoreCalibration | null;
  readonly compared?: Record<string, string>;

  constructor(
    info: ProcessorInfo,
    private readonly settings: ProcessorSettings,
    private readonly maxQueue: number,
  ) {
    this.faceModel = info.faceModel;
    this.modelVersion = info.modelVersion;
    this.dimension = info.dimension;
    this.calibration = info.calibration;
    if (info.compared) this.compared = info.compared;
  }

  async addWorker(worker: Worker): Promise<void> {
    const slot: Slot = { worker, job: null, id: 0 };
    worker.on('message', (msg: WorkerResponse) => this.onMessage(slot, msg));
    worker.on('error', (err) => this.onFailure(slot, err));
    worker.on('exit', (code) =>
      this.onFailure(slot, new Error(`face inference worker exited (code ${code})`)),
    );
    // an idle pool does not keep the process alive; a busy worker does
    worker.unref();
    this.slots.push(slot);
    this.pump();
  }

  async analyse(image: Buffer, options?: JobOptions): Promise<FaceAnalysis> {
    const analysis = (await this.submit(
      { op: 'analyse', input: this.checkInput(image) },
      options,
    )) as FaceAnalysis;
    return { ...analysis, faces: analysis.faces.map(localFace) };
  }

  async templateFor(image: Buffer, faceIndex?: number, options?: JobOptions): Promise<ChosenFace> {
    const { use, faceRule, probeHitRateFloor } = options ?? {};
    const chosen = (await this.submit(
      {
        op: 'templateFor',
        input: this.checkInput(image),
        faceIndex,
        options: { use, faceRule, probeHitRateFloor },
      },
      options,
    )) as ChosenFace;
    return { ...localFace(chosen), choice: chosen.choice };
  }

  workersAlive(): number {
    return this.closed ? 0 : this.slots.length;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('face pipeline closed'));
    for (const wake of this.waiting.splice(0)) wake();
    // let running jobs finish, then stop the workers
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((done) => {
            const stop = (): void => {
              void slot.worker.terminate().then(
                () => done(),
                () => done(),
              );
            };
            if (!slot.job) stop();
            else {
              const job = slot.job;
              const { resolve: res, reject: rej } = job;
              job.resolve = (v) => {
                res(v);
                stop();
              };
              job.reject = (e) => {
                rej(e);
                stop();
              };
            }
          }),
      ),
    );
    this.slots.splice(0);
  }

  private checkInput(image: unknown): Uint8Array {
    if (!(image instanceof Uint8Array)) {
      throw new InferenceError('UNREADABLE_IMAGE', 'The image must be given as bytes', {});
    }
    // checked here as well as in the worker so oversized input is never copied across threads
    if (image.length > this.settings.maxInputBytes) {
      throw new InferenceError('IMAGE_TOO_LARGE', 'The image file is larger than allowed', {
        bytes: image.length,
        maxBytes: this.settings.maxInputBytes,
      });
    }
    return image;
  }

  private async submit(request: JobRequest, options: JobOptions = {}): Promise<unknown> {
    if (this.closed) throw new Error('face pipeline closed');
    if (!this.hasRoom()) {
      if (options.whenBusy !== 'wait') {
        throw new InferenceError('UNAVAILABLE', 'Face analysis is busy; try again shortly', {
          retryable: true,
        });
      }
      // backpressure: wait for a place (earlier waiters first), then queue as usual
      while (!this.hasRoom() && !this.closed) await new Promise<void>((wake) => this.waiting.push(wake));
      if (this.closed) throw new Error('face pipeline closed');
    }
    return new Promise((res, rej) => {
      this.queue.push({ request, resolve: res, reject: rej });
      this.pump();
    });
  }

  /** A job may be queued: a worker is idle, or fewer than `maxQueue` jobs are waiting for one. */
  private hasRoom(): boolean {
    return this.places() > 0;
  }

  private places(): number {
    const idle = this.slots.filter((slot) => !slot.job).length;
    return this.maxQueue + idle - this.queue.length;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.job) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.id = this.nextId;
      this.nextId += 1;
      slot.worker.ref();
      slot.worker.postMessage({ ...job.request, id: slot.id } as WorkerRequest);
    }
    // let in as many waiting batch jobs as there are places now
    for (let places = this.places(); places > 0 && this.waiting.length > 0; places -= 1)
      this.waiting.shift()!();
  }

  private onMessage(slot: Slot, msg: WorkerResponse): void {
    if (msg.type !== 'result' && msg.type !== 'error') return;
    const job = slot.job;
    if (!job || msg.id !== slot.id) return;
    slot.job = null;
    slot.worker.unref();
    if (msg.type === 'result') job.resolve(msg.value);
    else if (msg.error.kind === 'inference')
      job.reject(new InferenceError(msg.error.code, msg.error.message, msg.error.details));
    else job.reject(new Error(`face inference failed: ${msg.error.message}`));
    this.pump();
  }

  /** A worker died: fail its job and start a replacement so the pool keeps its size. */
  private onFailure(slot: Slot, err: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.job?.reject(new Error(`face inference worker failed: ${err.message}`));
    slot.job = null;
    if (this.closed) return;
    const replacement = spawnWorker(this.settings);
    waitReady(replacement).then(
      () => (this.closed ? void replacement.terminate() : this.addWorker(replacement)),
      () => {
        void replacement.terminate();
        if (this.slots.length === 0)
          for (const job of this.queue.splice(0))
            job.reject(new Error('face inference workers cannot start'));
      },
    );
  }
}

export async function createFacePipeline(options: FacePipelineOptions = {}): Promise<FacePipeline> {
  const settings: ProcessorSettings = {
    modelsDir: options.modelsDir ? resolve(options.modelsDir) : defaultModelsDir(),
    intraOpThreads: positiveInt('intraOpThreads', options.intraOpThreads, 1),
    maxInputPixels: positiveInt('maxInputPixels', options.maxInputPixels, DEFAULT_MAX_INPUT_PIXELS),
    maxInputBytes: positiveInt('maxInputBytes', options.maxInputBytes, DEFAULT_MAX_INPUT_BYTES),
    minFaceSizePx: positiveInt('minFaceSizePx', options.minFaceSizePx, DEFAULT_MIN_FACE_SIZE_PX),
    ...(options.faceModel ? { faceModel: options.faceModel } : {}),
    ...(options.compareFaceModels?.length ? { compareFaceModels: options.compareFaceModels } : {}),
    ...(options.withoutHitRates ? { withoutHitRates: true } : {}),
  };
  const count = positiveInt('sessions', options.sessions, availableParallelism());
  const workers = Array.from({ length: count }, () => spawnWorker(settings));
  let infos: ProcessorInfo[];
  try {
    infos = await Promise.all(workers.map(waitReady));
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  const maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
  if (!Number.isInteger(maxQueue) || maxQueue < 0)
    throw new RangeError('FacePipelineOptions.maxQueue must be a whole number, 0 or more');
  const pipeline = new WorkerPoolPipeline(infos[0], settings, maxQueue);
  for (const w of workers) await pipeline.addWorker(w);
  return pipeline;
}

/**
 * The face pipeline's job queue is bounded: a burst of probes beyond the pipelines plus the queue
 * is refused at once with UNAVAILABLE (retryable) instead of queueing without limit, the jobs
 * taken are answered, and the pipeline serves normally afterwards. Batch callers that ask to wait
 * are held back instead of refused. Real ONNX models throughout.
 */
import { createFacePipeline, DetectedFace, FacePipeline, InferenceError } from '../../src/inference';
import { cropAround, sample } from './helpers';

const settle = <T>(jobs: Array<Promise<T>>) =>
  Promise.all(
    jobs.map((p) =>
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    ),
  );

describe('FacePipeline queue bound', () => {
  let pipeline: FacePipeline;
  let face: Buffer;

  beforeAll(async () => {
    // one pipeline, at most two jobs waiting for it
    pipeline = await createFacePipeline({ sessions: 1, maxQueue: 2 });
    const group = await pipeline.analyse(sample(6));
    face = await cropAround(sample(6), group.faces[1].box);
  });
  afterAll(() => pipeline?.close());

  it('should refuse the excess of a burst with UNAVAILABLE, answer the rest, and work again afterwards', async () => {
    const burst = await settle(Array.from({ length: 10 }, () => pipeline.templateFor(face)));
    const served = burst.filter((r) => r.ok);
    const refused = burst.filter((r) => !r.ok).map((r) => (r as { error: unknown }).error);
    // one running plus two waiting
    expect(served).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const error of refused) {
      expect(error).toBeInstanceOf(InferenceError);
      expect((error as InferenceError).code).toBe('UNAVAILABLE');
      expect((error as InferenceError).details).toEqual({ retryable: true });
    }
    for (const r of served)
      expect((r as { value: DetectedFace }).value.template).toHaveLength(pipeline.dimension);

    // the queue drained: the pipeline answers again, and a second burst is bounded the same way
    expect((await pipeline.templateFor(face)).template).toHaveLength(pipeline.dimension);
    const again = await settle(Array.from({ length: 5 }, () => pipeline.templateFor(face)));
    expect(again.filter((r) => r.ok)).toHaveLength(3);
  });

  it('should hold batch jobs that wait (backpressure) instead of refusing them', async () => {
    const batch = await settle(
      Array.from({ length: 8 }, () => pipeline.templateFor(face, undefined, { whenBusy: 'wait' })),
    );
    expect(batch.every((r) => r.ok)).toBe(true);
    // while a waiting batch fills the queue, an interactive probe is refused, not queued behind it
    const waiting = Array.from({ length: 6 }, () =>
      pipeline.templateFor(face, undefined, { whenBusy: 'wait' }),
    );
    const interactive = await pipeline.templateFor(face).then(
      () => 'served',
      (e: InferenceError) => e.code,
    );
    expect(interactive).toBe('UNAVAILABLE');
    expect((await settle(waiting)).every((r) => r.ok)).toBe(true);
  });
});

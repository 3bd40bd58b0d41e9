/**
 * Embedding strategies: an aligned chip in, an L2-normalised template out.
 */
import type * as ort from 'onnxruntime-node';

import type { AlignedChip } from './align';
import { toModelInput } from './image-ops';
import type { EmbedderRuntime, LoadedModel } from './manifest';
import { runSingle } from './session';

export interface Embedder {
  readonly dimension: number;
  embed(chip: AlignedChip): Promise<Float32Array>;
}

export function l2Normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i += 1) sum += v[i] * v[i];
  const norm = Math.sqrt(sum);
  const out = new Float32Array(v.length);
  if (norm === 0) return out;
  for (let i = 0; i < v.length; i += 1) out[i] = v[i] / norm;
  return out;
}

export class OnnxDescriptorEmbedder implements Embedder {
  readonly dimension: number;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly model: LoadedModel<EmbedderRuntime>,
  ) {
    this.dimension = model.entry.runtime.dimension;
  }

  async embed(chip: AlignedChip): Promise<Float32Array> {
    const rt = this.model.entry.runtime;
    const dims = rt.input.layout === 'NHWC' ? [1, chip.size, chip.size, 3] : [1, 3, chip.size, chip.size];
    const raw = await runSingle(
      this.session,
      rt.input.name,
      rt.outputs[0].name,
      toModelInput(chip.pixels, chip.size, rt.input),
      dims,
    );
    if (raw.length !== this.dimension)
      throw new Error(`embedder returned ${raw.length} values, manifest says ${this.dimension}`);
    return l2Normalise(raw);
  }
}

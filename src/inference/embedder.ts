/**
 * Embedding strategies: landmarks in, an L2-normalised template out. Each embedder model brings
 * its own alignment (template, chip size), colour order and normalisation from the manifest; a
 * face model (FACE_MODEL) is one embedder, or several fused.
 */
import type * as ort from 'onnxruntime-node';

import { AlignedChip, alignChip } from './align';
import { ImagePyramid, toModelInput } from './image-ops';
import type {
  AlignmentSpec,
  EmbedderConfig,
  EmbedderRuntime,
  LoadedFaceModel,
  LoadedModel,
} from './manifest';
import { runSingle } from './session';

export function l2Normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i += 1) sum += v[i] * v[i];
  const norm = Math.sqrt(sum);
  const out = new Float32Array(v.length);
  if (norm === 0) return out;
  for (let i = 0; i < v.length; i += 1) out[i] = v[i] / norm;
  return out;
}

/** The chip mirrored left to right (packed RGB). */
export function mirrorChip(chip: AlignedChip): AlignedChip {
  const { size, pixels } = chip;
  const out = new Float32Array(pixels.length);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + (size - 1 - x)) * 3;
      const to = (y * size + x) * 3;
      out[to] = pixels[from];
      out[to + 1] = pixels[from + 1];
      out[to + 2] = pixels[from + 2];
    }
  }
  return { ...chip, pixels: out };
}

/** One ONNX embedder net: aligned chips in (a batch), raw embeddings out. */
export class OnnxDescriptorEmbedder {
  readonly dimension: number;
  readonly alignment: AlignmentSpec;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly model: LoadedModel<EmbedderRuntime>,
  ) {
    this.dimension = model.entry.runtime.dimension;
    this.alignment = model.entry.runtime.alignment;
  }

  /** Raw (not normalised) embeddings of the chips, one after another. */
  async embedRaw(chips: AlignedChip[]): Promise<Float32Array> {
    const rt = this.model.entry.runtime;
    const size = this.alignment.size;
    const input = new Float32Array(chips.length * size * size * 3);
    chips.forEach((chip, i) => input.set(toModelInput(chip.pixels, size, rt.input), i * size * size * 3));
    const dims = rt.input.layout === 'NHWC' ? [chips.length, size, size, 3] : [chips.length, 3, size, size];
    const raw = await runSingle(this.session, rt.input.name, rt.outputs[0].name, input, dims);
    if (raw.length !== this.dimension * chips.length)
      throw new Error(`embedder returned ${raw.length} values, manifest says ${this.dimension} per chip`);
    return raw;
  }

  /**
   * L2-normalised template of one chip; with `flip`, of the chip and its mirror image summed. Also
   * the L2 norm of the chip's raw embedding (before normalisation), a quality signal.
   */
  async template(chip: AlignedChip, flip: boolean): Promise<{ template: Float32Array; rawNorm: number }> {
    const raw = await this.embedRaw(flip ? [chip, mirrorChip(chip)] : [chip]);
    const first = raw.subarray(0, this.dimension);
    const rawNorm = Math.sqrt(first.reduce((s, v) => s + v * v, 0));
    if (!flip) return { template: l2Normalise(raw), rawNorm };
    const a = l2Normalise(first);
    const b = l2Normalise(raw.subarray(this.dimension));
    return { template: l2Normalise(a.map((v, i) => v + b[i])), rawNorm };
  }
}

export interface FaceTemplate {
  template: Float32Array;
  /** the chip of the first embedder (what quality is measured on) */
  chip: AlignedChip;
  alignment: AlignmentSpec;
  /** the first embedder's raw (pre-normalisation) embedding norm */
  rawNorm: number;
}

/**
 * A configured face model: each part aligns the face its own way and embeds it; parts are
 * concatenated with sqrt(weight) so the fused cosine is the weighted mean of the parts' cosines.
 */
export class FaceModelEmbedder {
  readonly config: EmbedderConfig;
  readonly dimension: number;

  constructor(
    model: LoadedFaceModel,
    private readonly nets: Map<string, OnnxDescriptorEmbedder>,
  ) {
    this.config = model.config;
    this.dimension = model.parts.reduce((sum, p) => sum + p.model.entry.runtime.dimension, 0);
    if (this.dimension !== model.config.dimension)
      throw new Error(
        `face model ${model.config.name}: parts give ${this.dimension} values, manifest says ${model.config.dimension}`,
      );
    for (const p of model.config.parts)
      if (!nets.has(p.model)) throw new Error(`embedder ${p.model} not loaded`);
  }

  async embed(pyramid: ImagePyramid, landmarks: Array<[number, number]>): Promise<FaceTemplate> {
    const parts = this.config.parts;
    const templates: Float32Array[] = [];
    let first: { chip: AlignedChip; alignment: AlignmentSpec; rawNorm: number } | null = null;
    for (const part of parts) {
      const net = this.nets.get(part.model) as OnnxDescriptorEmbedder;
      const chip = alignChip(pyramid, landmarks, net.alignment);
      const { template, rawNorm } = await net.template(chip, this.config.flip === true);
      first ??= { chip, alignment: net.alignment, rawNorm };
      templates.push(template);
    }
    const chosen = first as { chip: AlignedChip; alignment: AlignmentSpec; rawNorm: number };
    if (parts.length === 1) return { template: templates[0], ...chosen };
    const fused = new Float32Array(this.dimension);
    let offset = 0;
    templates.forEach((t, i) => {
      const w = Math.sqrt(parts[i].weight);
      for (let j = 0; j < t.length; j += 1) fused[offset + j] = t[j] * w;
      offset += t.length;
    });
    return { template: l2Normalise(fused), ...chosen };
  }
}

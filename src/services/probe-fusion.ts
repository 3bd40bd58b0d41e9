import type { ProbeExpectedHitRate, ProbeFusion } from '../entities';

/**
 * How several probe images of one unknown person (e.g. CCTV frames) become the one template a
 * search compares: the MEAN TEMPLATE, the frames' L2-normalised templates averaged and normalised
 * again, searched as one vector query (so the search path is the single-image one). Chosen by
 * measurement (bench/fusion.bench.ts, LFW dev set, 129 identities with 2-5 frames, 100,000-row
 * gallery, exact scan): on CCTV-like copies (face about 32 px) rank-1 / top-20 were first frame
 * 57.4 / 75.2 %, best frame 63.6 / 79.8 %, max score 78.3 / 89.1 %, mean template 85.3 / 92.2 %;
 * on the original images every fusion found 100 % at rank 1.
 */
export const PROBE_FUSION_METHOD = 'MEAN_TEMPLATE' as const;

/** One analysed probe image as fusion needs it. */
export interface FusedFrame {
  template: Float32Array;
  expectedHitRate: ProbeExpectedHitRate | null;
}

/** The mean of L2-normalised templates, normalised again (templates of one model version). */
export function meanTemplate(templates: readonly Float32Array[]): Float32Array {
  if (templates.length === 0) throw new Error('meanTemplate needs at least one template');
  const dimension = templates[0].length;
  const sum = new Float64Array(dimension);
  for (const t of templates) {
    if (t.length !== dimension) throw new Error('meanTemplate: templates of different lengths');
    let norm = 0;
    for (let i = 0; i < dimension; i++) norm += t[i] * t[i];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < dimension; i++) sum[i] += t[i] * scale;
  }
  let norm = 0;
  for (let i = 0; i < dimension; i++) norm += sum[i] * sum[i];
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(sum, (v) => v * scale);
}

/**
 * The fused template of the frames (in probe-image order) and the record of the fusion; the record
 * is null for a single frame (its template is used as it is).
 */
export function fuseFrames(frames: readonly FusedFrame[]): {
  template: Float32Array;
  fusion: ProbeFusion | null;
} {
  if (frames.length === 1) return { template: frames[0].template, fusion: null };
  let bestFrame = 0;
  frames.forEach((f, i) => {
    const best = frames[bestFrame].expectedHitRate;
    if (f.expectedHitRate && (!best || f.expectedHitRate.rankOne > best.rankOne)) bestFrame = i;
  });
  const best = frames[bestFrame].expectedHitRate;
  return {
    template: meanTemplate(frames.map((f) => f.template)),
    fusion: {
      method: PROBE_FUSION_METHOD,
      frames: frames.length,
      expectedHitRate: best ? { ...best } : null,
      bestFrame,
    },
  };
}

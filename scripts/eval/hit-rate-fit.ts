/**
 * Fits a quality -> expected hit rate calibration (src/inference/hit-rate.ts) to ladder outcomes:
 * a logistic regression of "mate ranked first" on the quality features gives the quality index,
 * equal-count bins of the index carry the observed rates, made non-decreasing (pool adjacent
 * violators) so a better probe never expects less. A bin's rate is the lowest of its rungs' rates
 * (rungs with at least MIN_RUNG_PROBES probes in the bin): pooled, a bin's rate promised the worst
 * rung (23 px JPEG faces) what the better rungs in the same bin achieved.
 */
import {
  HIT_RATE_CALIBRATION_FORMAT,
  type HitRateBin,
  type HitRateCalibration,
  QUALITY_FEATURES,
  qualityFeatures,
  qualityIndex,
  type QualityMeasures,
} from '../../src/inference/hit-rate';

export interface Outcome {
  /** the ladder rung (kind of degradation) the probe came from; unset: all one kind */
  rung?: string;
  quality: QualityMeasures;
  meanTemplateCosine: number;
  rankOne: boolean;
  inCandidateList: boolean;
}

/** L2-regularised logistic regression by Newton's method on standardised features. */
export function fitLogistic(x: number[][], y: number[], l2 = 1e-3): { intercept: number; weights: number[] } {
  const n = x.length;
  const d = x[0].length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j], 0) / n);
  const sd = Array.from(
    { length: d },
    (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / n) || 1,
  );
  const z = x.map((r) => [1, ...r.map((v, j) => (v - mean[j]) / sd[j])]);
  const w = new Array(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter += 1) {
    const grad = new Array(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    for (let i = 0; i < n; i += 1) {
      const p = 1 / (1 + Math.exp(-z[i].reduce((s, v, j) => s + v * w[j], 0)));
      const r = p * (1 - p);
      for (let j = 0; j <= d; j += 1) {
        grad[j] += (p - y[i]) * z[i][j];
        for (let k = 0; k <= d; k += 1) hess[j][k] += r * z[i][j] * z[i][k];
      }
    }
    for (let j = 1; j <= d; j += 1) {
      grad[j] += l2 * n * w[j];
      hess[j][j] += l2 * n;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j += 1) {
      w[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-9) break;
  }
  // back to the raw feature scale
  const weights = w.slice(1).map((v, j) => v / sd[j]);
  const intercept = w[0] - weights.reduce((s, v, j) => s + v * mean[j], 0);
  return { intercept, weights };
}

/** Gaussian elimination with partial pivoting (small dense systems). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r += 1) {
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k += 1) m[r][k] -= f * m[c][k];
    }
  }
  const out = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k += 1) s -= m[r][k] * out[k];
    out[r] = s / m[r][r];
  }
  return out;
}

/** Weighted pool-adjacent-violators: the closest non-decreasing sequence. */
export function nonDecreasing(values: number[], weights: number[]): number[] {
  const blocks: Array<{ v: number; w: number; n: number }> = [];
  values.forEach((v, i) => {
    blocks.push({ v, w: weights[i], n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].v > blocks[blocks.length - 1].v) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      blocks.push({ v: (a.v * a.w + b.v * b.w) / (a.w + b.w), w: a.w + b.w, n: a.n + b.n });
    }
  });
  return blocks.flatMap((b) => new Array(b.n).fill(b.v));
}

/** A rung's rate in a bin counts when it has at least this many probes there. */
export const MIN_RUNG_PROBES = 20;

/** The share of `items` that `pick` holds: the lowest of its rungs' shares (see above). */
export function worstRungRate(items: Outcome[], pick: (o: Outcome) => boolean): number {
  let rate = items.filter(pick).length / items.length;
  const byRung = new Map<string, Outcome[]>();
  for (const o of items) if (o.rung !== undefined) byRung.set(o.rung, [...(byRung.get(o.rung) ?? []), o]);
  for (const cell of byRung.values())
    if (cell.length >= MIN_RUNG_PROBES) rate = Math.min(rate, cell.filter(pick).length / cell.length);
  return rate;
}

export function fitHitRateCalibration(
  outcomes: Outcome[],
  meta: Omit<HitRateCalibration, 'format' | 'index' | 'bins'>,
  maxBins = 40,
): HitRateCalibration {
  // at least 25 outcomes a bin, so a bin's rate is not one or two probes
  const binCount = Math.min(maxBins, Math.floor(outcomes.length / 25));
  if (binCount < 2) throw new Error(`too few outcomes (${outcomes.length}) to calibrate`);
  const x = outcomes.map((o) => qualityFeatures(o.quality, o.meanTemplateCosine));
  const fit = fitLogistic(
    x,
    outcomes.map((o) => (o.rankOne ? 1 : 0)),
  );
  const featureRanges = QUALITY_FEATURES.map((_, j): [number, number] => [
    Math.min(...x.map((r) => r[j])),
    Math.max(...x.map((r) => r[j])),
  ]);
  const partial: HitRateCalibration = {
    format: HIT_RATE_CALIBRATION_FORMAT,
    ...meta,
    index: { features: QUALITY_FEATURES, featureRanges, ...fit },
    bins: [],
  };
  const scored = outcomes
    .map((o) => ({ o, index: qualityIndex(partial, o.quality, o.meanTemplateCosine) }))
    .sort((a, b) => a.index - b.index);
  const raw: Array<{ minIndex: number; items: typeof scored }> = [];
  for (let b = 0; b < binCount; b += 1) {
    const items = scored.slice(
      Math.floor((b * scored.length) / binCount),
      Math.floor(((b + 1) * scored.length) / binCount),
    );
    if (items.length === 0) continue;
    // ties stay in one bin, so a lookup by index finds the bin its own sample was counted in
    const prev = raw[raw.length - 1];
    if (prev && items[0].index === prev.items[prev.items.length - 1].index) prev.items.push(...items);
    else raw.push({ minIndex: items[0].index, items });
  }
  const weights = raw.map((b) => b.items.length);
  const rate = (pick: (o: Outcome) => boolean) =>
    nonDecreasing(
      raw.map((b) =>
        worstRungRate(
          b.items.map((s) => s.o),
          pick,
        ),
      ),
      weights,
    );
  const rankOne = rate((o) => o.rankOne);
  const inList = rate((o) => o.inCandidateList);
  const r4 = (v: number): number => Math.round(v * 10_000) / 10_000;
  const bins: HitRateBin[] = raw.map((b, i) => ({
    minIndex: i === 0 ? 0 : r4(b.minIndex),
    probes: b.items.length,
    rankOne: r4(rankOne[i]),
    inCandidateList: r4(Math.max(inList[i], rankOne[i])),
  }));
  return {
    ...partial,
    index: {
      ...partial.index,
      featureRanges: featureRanges.map(([lo, hi]) => [r4(lo), r4(hi)]),
      intercept: fit.intercept,
      weights: fit.weights,
    },
    bins,
  };
}

/**
 * What a similarity threshold means for the face model it is applied to. Cosines of two models do
 * not compare: dlib-128 put two different people at 0.835 on average, the ArcFace-class models at
 * about 0. So a force's floor is kept as a false-match rate and becomes a cosine through the active
 * model's calibration (models/manifest.json, measured by `npm run eval`, recorded per model version
 * in the model_calibration table), and the lowest threshold any search may use is that model's own.
 * Only rates the calibration measured can be asked for: nothing here interpolates between them.
 */

/** A face model's score calibration, as far as thresholds need it. */
export interface ModelScoreScale {
  /** Smallest cosine that at most 1 in 1,000 impostor pairs of the calibration set exceeded. */
  thresholdAtFar1e3: number;
  /** The same at 1 in 10,000. */
  thresholdAtFar1e4: number;
  /** The same at 1 in 100,000 (a handful of impostor pairs on a set of some 600,000: coarse). */
  thresholdAtFar1e5: number;
  /** The calibration set and how it was measured. */
  dataset: string;
}

/** The false-match rates a calibration measures, loosest first: the only rates a floor may be. */
export const CALIBRATED_FALSE_MATCH_RATES = [1e-3, 1e-4, 1e-5] as const;
export type CalibratedFalseMatchRate = (typeof CALIBRATED_FALSE_MATCH_RATES)[number];

export function isCalibratedFalseMatchRate(rate: number): rate is CalibratedFalseMatchRate {
  return (CALIBRATED_FALSE_MATCH_RATES as readonly number[]).includes(rate);
}

/**
 * The model's cosine at a false-match rate its calibration measured: 1e-3, 1e-4 or 1e-5 (impostor
 * pairs scoring above it), the values the force table's CHECK allows.
 */
export function cosineAtFalseMatchRate(scale: ModelScoreScale, rate: number): number {
  if (rate === 1e-3) return scale.thresholdAtFar1e3;
  if (rate === 1e-4) return scale.thresholdAtFar1e4;
  if (rate === 1e-5) return scale.thresholdAtFar1e5;
  throw new Error(`no calibrated cosine at a false-match rate of ${rate}`);
}

/**
 * The false-match rate a threshold stands for, as an upper bound read off the measured points: the
 * smallest calibrated rate whose cosine is at or below `threshold` ("at most 1 in 10,000" when
 * cos@1e-4 <= threshold < cos@1e-5). A threshold between two points is credited only with the
 * looser one: nothing is interpolated. Null below the cosine at 1e-3, where the calibration bounds
 * nothing (no search may run there).
 */
export function falseMatchRateUpperBound(scale: ModelScoreScale, threshold: number): number | null {
  let bound: number | null = null;
  for (const rate of CALIBRATED_FALSE_MATCH_RATES)
    if (cosineAtFalseMatchRate(scale, rate) <= threshold) bound = rate;
  return bound;
}

/**
 * No search, authorised or not, may use a threshold looser than the model's cosine at 1 false match
 * in 1,000: below it a candidate list is mostly strangers.
 */
export function minimumThreshold(scale: ModelScoreScale): number {
  return scale.thresholdAtFar1e3;
}

/** "1 in 10,000" for 1e-4. */
export function describeFalseMatchRate(rate: number): string {
  return `1 in ${Math.round(1 / rate).toLocaleString('en-GB')}`;
}

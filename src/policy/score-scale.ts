/**
 * What a similarity threshold means for the face model it is applied to. Cosines of two models do
 * not compare: dlib-128 put two different people at 0.835 on average, the ArcFace-class models at
 * about 0. So a force's floor is kept as a false-match rate and becomes a cosine through the active
 * model's calibration (models/manifest.json, measured by `npm run eval`), and the lowest threshold
 * any search may use is that model's own. Only rates the calibration measured can be asked for:
 * nothing here interpolates between them.
 */

/** A face model's score calibration, as far as thresholds need it. */
export interface ModelScoreScale {
  /** Smallest cosine that at most 1 in 1,000 impostor pairs of the calibration set reached. */
  thresholdAtFar1e3: number;
  /** The same at 1 in 10,000. */
  thresholdAtFar1e4: number;
  /** The calibration set and how it was measured. */
  dataset: string;
}

/**
 * The model's cosine at a false-match rate its calibration measured: 1e-3 or 1e-4 (impostor pairs
 * scoring at or above it), the two values the force table's CHECK allows.
 */
export function cosineAtFalseMatchRate(scale: ModelScoreScale, rate: number): number {
  if (rate === 1e-3) return scale.thresholdAtFar1e3;
  if (rate === 1e-4) return scale.thresholdAtFar1e4;
  throw new Error(`no calibrated cosine at a false-match rate of ${rate}`);
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

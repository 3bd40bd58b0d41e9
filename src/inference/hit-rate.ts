/**
 * Expected hit rate: how often a probe of this quality found its true mate, measured per model on
 * a degradation ladder of the development set (`npm run eval -- <dataset> --degrade
 * --write-calibration`). Each model version has its own calibration file beside the models,
 * `models/<embedder id>.quality-calibration.json`, holding aggregate figures only.
 *
 * The four quality measures and two more are combined into one quality index (a logistic fit of
 * "the mate was ranked first"): the cosine of the probe's template with the model's mean template
 * (a face that has lost its detail drifts towards the average face: on the ladder this predicts a
 * miss better than sharpness, which JPEG blocking inflates), and the norm of the net's raw
 * embedding before normalisation (it falls as the input loses identity detail, and is not fooled
 * by enlargement or JPEG blocks: on the default model's ladder its median goes from 3.69 as the
 * probe is to 2.62 for a 23 px JPEG face). The index is cut into bins, and each bin carries the
 * share of the ladder's probes in it whose mate was ranked first and whose mate was in the
 * candidate list: the lowest share of any one ladder rung with enough probes in the bin (a probe
 * of this quality should not be promised more than the worst kind of degradation that gives this
 * quality achieved), made non-decreasing along the index. A probe's expected hit rate is its
 * bin's pair of figures.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** 2: the raw embedding norm joined the features, and bins take the worst rung's rate. */
export const HIT_RATE_CALIBRATION_FORMAT = 2;

export const QUALITY_FEATURES = [
  'log2FaceSizePx',
  'log2Sharpness',
  'absYaw',
  'detectorScore',
  'meanTemplateCosine',
  'embeddingNorm',
] as const;

export interface QualityMeasures {
  faceSizePx: number;
  sharpness: number;
  poseYawProxy: number;
  detectorScore: number;
  /** the face model's raw embedding norm (DetectedFace.embeddingNorm) */
  embeddingNorm: number;
}

export interface HitRateBin {
  /** lowest quality index in the bin (the first bin takes everything below as well) */
  minIndex: number;
  /** ladder probes that fell in the bin */
  probes: number;
  /** share of them whose true mate was ranked first (the worst rung's, see above) */
  rankOne: number;
  /** share of them whose true mate was in the candidate list (rank <= candidateListLength), likewise */
  inCandidateList: number;
}

export interface HitRateCalibration {
  format: number;
  /** the model version the figures were measured with; any other version gets no expected hit rate */
  modelVersion: string;
  /** the command that wrote the file */
  generatedBy: string;
  measuredOn: {
    description: string;
    galleryImages: number;
    probeImages: number;
    rungs: string[];
    /** probe analyses with a face that the calibration was fitted on */
    samples: number;
    candidateListLength: number;
  };
  /** the mean of the ladder gallery's templates, L2-normalised (an aggregate of all of them) */
  meanTemplate: number[];
  index: {
    features: readonly string[];
    /** each feature is clamped to the range seen on the ladder before the fit is applied */
    featureRanges: Array<[number, number]>;
    intercept: number;
    weights: number[];
  };
  bins: HitRateBin[];
}

export interface ExpectedHitRate {
  /** how often a probe of this quality had its true mate ranked first */
  rankOne: number;
  /** how often its true mate was in the candidate list */
  inCandidateList: number;
  /** the probe's quality index (0..1) */
  qualityIndex: number;
  /** how many ladder probes the figures rest on */
  basedOnProbes: number;
  /** the model version of the calibration */
  modelVersion: string;
}

export function qualityFeatures(q: QualityMeasures, meanTemplateCosine: number): number[] {
  return [
    Math.log2(Math.max(1, q.faceSizePx)),
    Math.log2(1 + Math.max(0, q.sharpness)),
    Math.abs(q.poseYawProxy),
    q.detectorScore,
    meanTemplateCosine,
    q.embeddingNorm,
  ];
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i] * b[i];
  return s;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function qualityIndex(
  cal: HitRateCalibration,
  q: QualityMeasures,
  meanTemplateCosine: number,
): number {
  const x = qualityFeatures(q, meanTemplateCosine);
  let z = cal.index.intercept;
  for (let i = 0; i < x.length; i += 1) {
    const [lo, hi] = cal.index.featureRanges[i];
    z += cal.index.weights[i] * Math.min(hi, Math.max(lo, x[i]));
  }
  return sigmoid(z);
}

const round4 = (v: number): number => Math.round(v * 10_000) / 10_000;

/** The expected hit rate of a probe face with quality `q` and L2-normalised `template`. */
export function expectedHitRate(
  cal: HitRateCalibration,
  q: QualityMeasures,
  template: ArrayLike<number>,
): ExpectedHitRate {
  if (template.length !== cal.meanTemplate.length)
    throw new Error('quality calibration: template length differs from the calibration');
  return expectedHitRateAt(cal, q, cosine(template, cal.meanTemplate));
}

/** As `expectedHitRate`, given the template's cosine with the calibration's mean template. */
export function expectedHitRateAt(
  cal: HitRateCalibration,
  q: QualityMeasures,
  meanTemplateCosine: number,
): ExpectedHitRate {
  const index = qualityIndex(cal, q, meanTemplateCosine);
  let bin = cal.bins[0];
  for (const b of cal.bins) if (index >= b.minIndex) bin = b;
  return {
    rankOne: bin.rankOne,
    inCandidateList: bin.inCandidateList,
    qualityIndex: round4(index),
    basedOnProbes: bin.probes,
    modelVersion: cal.modelVersion,
  };
}

export function calibrationFileName(modelVersion: string): string {
  return `${modelVersion.split('@')[0]}.quality-calibration.json`;
}

/**
 * The calibration of `modelVersion` from `modelsDir`, or null when there is none for exactly that
 * version (figures measured with other models say nothing about this one).
 */
export async function loadHitRateCalibration(
  modelsDir: string,
  modelVersion: string,
): Promise<HitRateCalibration | null> {
  let text: string;
  try {
    text = await readFile(join(modelsDir, calibrationFileName(modelVersion)), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const cal = JSON.parse(text) as HitRateCalibration;
  if (cal.format !== HIT_RATE_CALIBRATION_FORMAT)
    throw new Error(
      `quality calibration ${calibrationFileName(modelVersion)} has format ${cal.format}, this version reads only format ${HIT_RATE_CALIBRATION_FORMAT}: regenerate it (npm run eval -- <dataset> --degrade --write-calibration)`,
    );
  if (cal.modelVersion !== modelVersion) return null;
  if (cal.bins.length === 0 || cal.index.weights.length !== QUALITY_FEATURES.length)
    throw new Error('quality calibration is malformed');
  return cal;
}

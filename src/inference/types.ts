/** Public types of the face inference module (re-exported by ./index). */
import type { ExpectedHitRate } from './hit-rate';
import type { FaceModelChoice, ScoreCalibration } from './manifest';

export type { ExpectedHitRate };

/** Pixels in the oriented image (after EXIF orientation was applied). */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceQuality {
  /** the longer side of the detector box, in oriented-image pixels */
  faceSizePx: number;
  /** variance of the Laplacian over the face area of the aligned grey chip (0–255 scale) */
  sharpness: number;
  /** -1 (turned fully to one side) .. 0 (frontal) .. 1 (the other side), from landmark asymmetry */
  poseYawProxy: number;
  /** detector confidence, 0..1 */
  detectorScore: number;
  acceptable: boolean;
  /** machine-readable reasons when not acceptable: face_too_small, blurred, pose, low_detector_score */
  reasons: string[];
}

export interface DetectedFace {
  /** position in FaceAnalysis.faces (faces are ordered left to right) */
  index: number;
  box: FaceBox;
  detectorScore: number;
  /** 68 points (iBUG 300-W order) in oriented-image pixels */
  landmarks: Array<[number, number]>;
  quality: FaceQuality;
  /**
   * How often a probe of this quality found its true mate on the model's degradation ladder (see
   * hit-rate.ts); null when the model version has no quality calibration.
   */
  expectedHitRate: ExpectedHitRate | null;
  /** L2-normalised template; compare with cosine similarity (= dot product) */
  template: Float32Array;
  /**
   * L2 norm of the face model's raw embedding before normalisation (its first part's): with
   * ArcFace-class nets it falls as the input loses identity detail, so the expected hit rate uses
   * it. A quality signal, not the template; the same for the same bytes.
   */
  embeddingNorm: number;
  /** evaluation only (FacePipelineOptions.compareFaceModels): every compared face model's template by name */
  templates?: Record<string, Float32Array>;
}

/** What a template is for: a probe's bar can be its expected hit rate (see JobOptions.use). */
export type FaceUse = 'enrolment' | 'probe';

/**
 * How to pick one of several usable faces when no index is given: `central`, the face whose box
 * centre is nearest the image centre; `largest`, the largest box.
 */
export type FaceRule = 'central' | 'largest';

/**
 * How `templateFor` chose its face: the caller's `index`; the `only-face` found; the
 * `only-usable-face` of several; a rule (`central`, `largest`) among several usable ones; or, for
 * a calibrated probe with no usable face, the `best-face` (its force's floor then decides).
 */
export type FaceChoiceBy = 'index' | 'only-face' | 'only-usable-face' | FaceRule | 'best-face';

export interface ChosenFace extends DetectedFace {
  choice: {
    by: FaceChoiceBy;
    /** every face detected, usable or not */
    faceCount: number;
  };
}

/** The options `templateFor` passes to the processor (JobOptions less the queueing). */
export interface TemplateOptions {
  use?: FaceUse;
  faceRule?: FaceRule;
  probeHitRateFloor?: number;
}

export interface FaceAnalysis {
  /** oriented image size */
  width: number;
  height: number;
  /** sha256 (hex) of the input bytes */
  sha256: string;
  faces: DetectedFace[];
}

export interface FacePipelineOptions {
  /** folder holding manifest.json and the ONNX files (default: the repository's models/) */
  modelsDir?: string;
  /** parallel pipelines, each with its own ONNX sessions (default: number of CPU cores) */
  sessions?: number;
  /** intra-op threads per ONNX session (default 1) */
  intraOpThreads?: number;
  /** decoded pixel limit, width x height (default 40,000,000) */
  maxInputPixels?: number;
  /** input size limit in bytes (default 25 MiB) */
  maxInputBytes?: number;
  /** the face model (FACE_MODEL) that makes templates; default: the manifest's default */
  faceModel?: string;
  /**
   * Evaluation: further face models (names, or variants of the manifest's embedders) whose
   * templates every face also gets, in `templates`, from the same detections and landmarks.
   */
  compareFaceModels?: FaceModelChoice[];
  /**
   * Evaluation: do not read the quality calibration (faces get no expected hit rate), so the
   * ladder that rewrites a stale or old-format calibration can run.
   */
  withoutHitRates?: boolean;
  /** smallest acceptable face (longer side of the detector box, pixels; default 40) */
  minFaceSizePx?: number;
  /**
   * jobs that may wait for a free pipeline (default 32); one more is refused at once with
   * InferenceError UNAVAILABLE, unless its caller asked to wait (`whenBusy: 'wait'`)
   */
  maxQueue?: number;
}

export interface JobOptions {
  /**
   * With the queue full: 'refuse' (default) fails at once with UNAVAILABLE, so an interactive
   * caller can retry later; 'wait' holds the job until there is room (backpressure for batch work).
   */
  whenBusy?: 'refuse' | 'wait';
  /**
   * `templateFor` only. 'probe': a face below the fixed quality bar is returned (quality.acceptable
   * false) instead of LOW_QUALITY when the model has a quality calibration, as its expected hit rate
   * and the force's floor decide whether it is searched. Default 'enrolment': LOW_QUALITY.
   */
  use?: FaceUse;
  /** `templateFor` only: how to pick among several usable faces when no index is given (else MULTIPLE_FACES) */
  faceRule?: FaceRule;
  /**
   * `templateFor` only, probes of a calibrated model: of several faces, one whose expected rank-1
   * rate is below this (the force's floor) is not usable. Default 0.
   */
  probeHitRateFloor?: number;
}

export interface FacePipeline {
  /** the face model's name (FACE_MODEL) */
  readonly faceModel: string;
  /** stable id of the detector + landmarker + alignment + embedder combination */
  readonly modelVersion: string;
  /** with compareFaceModels: name -> model version of every face model in `templates` */
  readonly compared?: Record<string, string>;
  /** template length */
  readonly dimension: number;
  /** where this face model's cosines fell on a labelled set: thresholds in its own scale */
  readonly calibration: ScoreCalibration | null;
  /** every face found; throws InferenceError for unreadable, unsupported or too large input */
  analyse(image: Buffer, options?: JobOptions): Promise<FaceAnalysis>;
  /**
   * One face's template. `faceIndex` counts every detected face in reading order (as `analyse`);
   * one out of range throws FACE_INDEX_OUT_OF_RANGE. Without it: the only face, or the only usable
   * face of several, or `options.faceRule`'s pick of several usable ones; else MULTIPLE_FACES
   * (details.faces = the usable faces' index, box, detector score). Throws NO_FACE, and, about the
   * chosen face or the best of none usable, FACE_TOO_SMALL or LOW_QUALITY (with the measured values).
   */
  templateFor(image: Buffer, faceIndex?: number, options?: JobOptions): Promise<ChosenFace>;
  /** Worker threads alive and ready for jobs now (readiness); a dead one is replaced in the background. */
  workersAlive?(): number;
  close(): Promise<void>;
}

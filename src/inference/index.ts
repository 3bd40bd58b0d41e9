/**
 * Face inference: image bytes in, face boxes, landmarks, quality and L2-normalised templates out.
 * Runs the project's own ONNX conversions of the face-api / BlazeFace models (see models/).
 *
 * This module sits at the bottom of the dependency graph: it imports nothing else from src/.
 */
export type {
  ChosenFace,
  DetectedFace,
  ExpectedHitRate,
  FaceAnalysis,
  FaceBox,
  FaceChoiceBy,
  FacePipeline,
  FacePipelineOptions,
  FaceQuality,
  FaceRule,
  InferenceJobReport,
  JobOptions,
  PipelineStats,
  StageTiming,
} from './types';
export { InferenceError } from './errors';
export type { FaceModelListing, ScoreCalibration } from './manifest';
export { listFaceModels } from './manifest';
export type { InferenceErrorCode } from './errors';
export {
  createFacePipeline,
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_INPUT_PIXELS,
  DEFAULT_MAX_QUEUE,
  defaultModelsDir,
} from './pipeline';
export { DEFAULT_MIN_FACE_SIZE_PX, QUALITY_THRESHOLDS } from './quality';

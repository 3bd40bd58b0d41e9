/**
 * Each converted ONNX model against its TF.js original (TF.js wasm backend), on real image
 * content and on random input, with the session options the runtime uses.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import sharp from 'sharp';

import { faceApiModelDir, loadFaceApi } from '../../bench/inference/faceapi-baseline';
import { cosine, maxAbsDiff, noise, onnxRunner, regionPixels, Region, sample } from './helpers';

const MODELS = join(__dirname, '../../models');

type Tf = typeof import('@tensorflow/tfjs');
type Tensor = import('@tensorflow/tfjs').Tensor;

interface Row {
  model: string;
  input: string;
  maxAbsDiff: number;
  cosine: number;
}
const report: Row[] = [];

// the ONNX side runs with the runtime's own session options (src/inference/session.ts)
const runner = onnxRunner();
const runOnnx = (file: string, input: Float32Array, dims: number[]): Promise<Float32Array> =>
  runner.run(join(MODELS, file), input, dims);

function compare(model: string, input: string, expected: Float32Array, actual: Float32Array): Row {
  expect(actual.length).toBe(expected.length);
  const row = { model, input, maxAbsDiff: maxAbsDiff(expected, actual), cosine: cosine(expected, actual) };
  report.push(row);
  return row;
}

// face regions of the demo photos (any real face content will do for parity)
const FACE_A: Region = { x: 640, y: 360, width: 270, height: 270 }; // sample6
const FACE_B: Region = { x: 1050, y: 240, width: 280, height: 280 }; // sample3

describe('converted models', () => {
  let tf: Tf;
  let faceapi: Awaited<ReturnType<typeof loadFaceApi>>['faceapi'] & {
    nets: {
      faceRecognitionNet: {
        loadFromDisk(dir: string): Promise<void>;
        computeFaceDescriptor(t: Tensor): Promise<Float32Array>;
      };
      faceLandmark68Net: { loadFromDisk(dir: string): Promise<void>; runNet(input: unknown): Tensor };
    };
    toNetInput(t: Tensor): Promise<unknown>;
  };

  beforeAll(async () => {
    const loaded = await loadFaceApi();
    tf = loaded.tf;
    faceapi = loaded.faceapi as typeof faceapi;
    await faceapi.nets.faceRecognitionNet.loadFromDisk(faceApiModelDir());
    await faceapi.nets.faceLandmark68Net.loadFromDisk(faceApiModelDir());
  });

  afterAll(async () => {
    await runner.close();
    const lines = report.map(
      (r) =>
        `${r.model.padEnd(24)} ${r.input.padEnd(26)} max|diff| ${r.maxAbsDiff.toExponential(2)}  cosine ${r.cosine.toFixed(9)} (1 - cosine = ${(1 - r.cosine).toExponential(1)})`,
    );
    console.log(`ONNX vs TF.js parity\n${lines.join('\n')}`);
  });

  describe('faceapi-recognition128', () => {
    const cases: Array<[string, () => Promise<Float32Array>]> = [
      ['random 150x150', async () => noise(150 * 150 * 3, 11)],
      ['sample6 face 150x150', async () => regionPixels(sample(6), FACE_A, 150)],
      ['sample3 face 150x150', async () => regionPixels(sample(3), FACE_B, 150)],
    ];
    it.each(cases)('should match face-api on %s (cosine >= 0.99999)', async (name, make) => {
      const pixels = await make();
      const expected = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(
        tf.tensor3d(pixels, [150, 150, 3]),
      );
      const actual = await runOnnx('faceapi-recognition128.onnx', pixels, [1, 150, 150, 3]);
      const row = compare('faceapi-recognition128', name, Float32Array.from(expected), actual);
      expect(row.cosine).toBeGreaterThanOrEqual(0.99999);
      expect(row.maxAbsDiff).toBeLessThan(1e-4);
    });
  });

  describe('faceapi-landmarks68', () => {
    const cases: Array<[string, () => Promise<Float32Array>]> = [
      ['random 112x112', async () => noise(112 * 112 * 3, 12)],
      ['sample6 face 112x112', async () => regionPixels(sample(6), FACE_A, 112)],
    ];
    it.each(cases)('should match face-api on %s', async (name, make) => {
      const pixels = await make();
      const netInput = await faceapi.toNetInput(tf.tensor3d(pixels, [112, 112, 3]));
      const expected = (await faceapi.nets.faceLandmark68Net.runNet(netInput).data()) as Float32Array;
      const actual = await runOnnx('faceapi-landmarks68.onnx', pixels, [1, 112, 112, 3]);
      const row = compare('faceapi-landmarks68', name, expected, actual);
      // outputs are fractions of the 112 px input: 1e-4 is 0.01 px
      expect(row.maxAbsDiff).toBeLessThan(1e-4);
      expect(row.cosine).toBeGreaterThanOrEqual(0.99999);
    });
  });

  describe('blazeface', () => {
    let graph: { execute(x: Tensor): Tensor[]; outputs: { name: string }[] };
    beforeAll(async () => {
      const dir = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
      const json = JSON.parse(readFileSync(join(dir, 'blazeface.json'), 'utf8'));
      const bin = readFileSync(join(dir, 'blazeface.bin'));
      graph = (await tf.loadGraphModel({
        load: async () => ({
          modelTopology: json.modelTopology,
          format: json.format,
          generatedBy: json.generatedBy,
          convertedBy: json.convertedBy,
          userDefinedMetadata: json.userDefinedMetadata,
          weightSpecs: json.weightsManifest[0].weights,
          weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
        }),
      })) as unknown as typeof graph;
    });

    /** human's own preprocessing and output order: x / 127.5 - 1; [512 fine, 384 coarse] x [score, box+keypoints] */
    function reference(pixels: Float32Array): Float32Array {
      const input = tf.sub(tf.div(tf.tensor4d(pixels, [1, 256, 256, 3]), 127.5), 1);
      const outs = graph.execute(input);
      const byName = new Map(graph.outputs.map((o, i) => [o.name.replace(/:0$/, ''), outs[i]]));
      const get = (n: string): Tensor => byName.get(n) as Tensor;
      const fine = tf.concat([get('Identity'), get('Identity_2')], 2);
      const coarse = tf.concat([get('Identity_1'), get('Identity_3')], 2);
      return tf.concat([fine, coarse], 1).dataSync() as Float32Array;
    }

    const cases: Array<[string, () => Promise<Float32Array>]> = [
      ['random 256x256', async () => noise(256 * 256 * 3, 13)],
      [
        'sample1 letterboxed 256',
        async () => {
          const data = await sharp(sample(1))
            .resize(256, 256, { fit: 'contain', background: '#000' })
            .removeAlpha()
            .raw()
            .toBuffer();
          return Float32Array.from(data);
        },
      ],
    ];
    it.each(cases)("should match human's TF.js graph on %s", async (name, make) => {
      const pixels = await make();
      const expected = reference(pixels);
      const actual = await runOnnx('blazeface.onnx', pixels, [1, 256, 256, 3]);
      const row = compare('blazeface', name, expected, actual);
      // raw logits and pixel offsets (values up to ~100)
      expect(row.maxAbsDiff).toBeLessThan(5e-3);
      expect(row.cosine).toBeGreaterThanOrEqual(0.99999);
    });
  });
});

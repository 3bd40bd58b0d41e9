/**
 * @vladmandic/face-api's own TF.js pipeline (SSD MobileNet v1 -> 68 landmarks -> its crop ->
 * 128-d descriptor) on the wasm backend, as the comparison baseline for evaluation and benchmarks.
 * TF.js is a dev/bench dependency only: the product runs the ONNX conversions.
 */
import { dirname, join } from 'node:path';

import sharp from 'sharp';

type Tf = typeof import('@tensorflow/tfjs');

export interface BaselineFace {
  box: { x: number; y: number; width: number; height: number };
  score: number;
  descriptor: Float32Array;
}

export interface FaceApiBaseline {
  version: string;
  backend: string;
  /** decode (sharp) + detect + landmarks + descriptor for every face */
  describe(image: Buffer): Promise<{ width: number; height: number; faces: BaselineFace[] }>;
}

interface FaceApiModule {
  version: string;
  nets: Record<string, { loadFromDisk(dir: string): Promise<void> }>;
  SsdMobilenetv1Options: new (o?: { minConfidence?: number; maxResults?: number }) => unknown;
  detectAllFaces(
    input: unknown,
    options: unknown,
  ): {
    withFaceLandmarks(): {
      withFaceDescriptors(): Promise<
        Array<{
          detection: { box: { x: number; y: number; width: number; height: number }; score: number };
          descriptor: Float32Array;
        }>
      >;
    };
  };
}

export function faceApiModelDir(): string {
  return join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
}

let loaded: Promise<{ tf: Tf; faceapi: FaceApiModule }> | null = null;

/** Loads TF.js with the wasm backend (never tfjs-node) and face-api's Node wasm build. */
export function loadFaceApi(): Promise<{ tf: Tf; faceapi: FaceApiModule }> {
  if (!loaded) {
    loaded = (async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const tf = require('@tensorflow/tfjs') as Tf;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(p: string): void };
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApiModule;
      wasm.setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
      await tf.setBackend('wasm');
      await tf.ready();
      return { tf, faceapi };
    })();
  }
  return loaded;
}

export async function createFaceApiBaseline(): Promise<FaceApiBaseline> {
  const { tf, faceapi } = await loadFaceApi();
  const dir = faceApiModelDir();
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(dir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(dir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(dir);
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 100 });
  return {
    version: faceapi.version,
    backend: tf.getBackend(),
    async describe(image) {
      const { data, info } = await sharp(image, { autoOrient: true })
        .removeAlpha()
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      const tensor = tf.tensor3d(
        new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
        [info.height, info.width, 3],
        'int32',
      );
      try {
        const results = await faceapi
          .detectAllFaces(tensor, options)
          .withFaceLandmarks()
          .withFaceDescriptors();
        return {
          width: info.width,
          height: info.height,
          faces: results.map((r) => ({
            box: {
              x: r.detection.box.x,
              y: r.detection.box.y,
              width: r.detection.box.width,
              height: r.detection.box.height,
            },
            score: r.detection.score,
            descriptor: r.descriptor,
          })),
        };
      } finally {
        tensor.dispose();
      }
    },
  };
}

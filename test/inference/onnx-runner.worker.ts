/**
 * Runs ONNX models in a worker thread for the parity tests: onnxruntime-node's typed arrays do
 * not pass Jest's sandbox `instanceof` checks, and a worker is how the runtime uses it anyway.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

import * as ort from 'onnxruntime-node';

import { sessionOptions } from '../../src/inference/session';

const sessions = new Map<string, Promise<ort.InferenceSession>>();

parentPort?.on('message', (msg: { id: number; file: string; input: Float32Array; dims: number[] }) => {
  void (async () => {
    try {
      let session = sessions.get(msg.file);
      if (!session) {
        session = ort.InferenceSession.create(readFileSync(msg.file), sessionOptions({ intraOpThreads: 1 }));
        sessions.set(msg.file, session);
      }
      const s = await session;
      const out = await s.run({
        [s.inputNames[0]]: new ort.Tensor('float32', Float32Array.from(msg.input), msg.dims),
      });
      parentPort?.postMessage({ id: msg.id, output: out[s.outputNames[0]].data });
    } catch (err) {
      parentPort?.postMessage({ id: msg.id, error: String(err) });
    }
  })();
});

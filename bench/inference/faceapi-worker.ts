/**
 * Worker-thread entry running face-api's TF.js pipeline, so the baseline can use every core just
 * as the twokey pipeline does. Messages: { id, image } -> { id, faces } | { id, error }.
 */
import { parentPort } from 'node:worker_threads';

import { createFaceApiBaseline } from './faceapi-baseline';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('faceapi-worker must run in a worker thread');
  const baseline = await createFaceApiBaseline();
  port.on('message', (msg: { id: number; image: Uint8Array }) => {
    baseline.describe(Buffer.from(msg.image.buffer, msg.image.byteOffset, msg.image.byteLength)).then(
      (r) => port.postMessage({ id: msg.id, faces: r.faces.length }),
      (err: unknown) => port.postMessage({ id: msg.id, error: String(err) }),
    );
  });
  port.postMessage({ ready: true, version: baseline.version, backend: baseline.backend });
}

void main();

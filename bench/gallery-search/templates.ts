/* Research script: 128-d face templates of an LFW-style face folder with face-api's own Node
 * pipeline (SSD MobileNet v1 -> 68 landmarks -> aligned crop -> 128-d descriptor), tfjs-wasm.
 *
 * Stop-gap until the project's ONNX inference pipeline is ready; the descriptors are the same
 * network's output (STACK.md: the ONNX rebuild matches face-api to 3e-7).
 *
 *   npx ts-node --transpile-only bench/gallery-search/templates.ts <faces-dir> <out.json>
 *
 * <faces-dir> has MANIFEST.csv (identity,file,...) and identities.csv (identity,n_images,...,kind).
 * Gallery = first image (sorted) of each multi-image identity + every single-image identity;
 * probes = the other images of multi-image identities. When SSD finds no face the 68-landmark net
 * runs on the whole (already roughly aligned) 250x250 image and the crop comes from its landmarks
 * (flag `fallback`). Never commit the output: it is biometric data.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as fs from 'fs';
import * as path from 'path';

const tf = require('@tensorflow/tfjs');
const wasm = require('@tensorflow/tfjs-backend-wasm');
const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
const sharp = require('sharp');

interface Row {
  identity: string;
  file: string;
  role: 'gallery' | 'probe';
  fallback: boolean;
  d: number[];
}

function readCsv(file: string): Record<string, string>[] {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const head = lines[0].split(',');
  return lines.slice(1).map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
  });
}

async function main() {
  const [facesDir, outFile] = process.argv.slice(2);
  if (!facesDir || !outFile) {
    console.error('usage: templates.ts <faces-dir> <out.json>');
    process.exit(2);
  }
  const wasmDir =
    path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + path.sep;
  wasm.setWasmPaths(wasmDir);
  await tf.setBackend('wasm');
  await tf.ready();
  const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceRecognitionNet.loadFromDisk(modelDir);

  const manifest = readCsv(path.join(facesDir, 'MANIFEST.csv'));
  const kinds = new Map(readCsv(path.join(facesDir, 'identities.csv')).map((r) => [r.identity, r.kind]));
  const byId = new Map<string, string[]>();
  for (const r of manifest) byId.set(r.identity, [...(byId.get(r.identity) ?? []), r.file]);

  const rows: Row[] = [];
  let n = 0;
  let fallbacks = 0;
  const t0 = Date.now();
  for (const [identity, files] of [...byId.entries()].sort()) {
    const sorted = [...files].sort();
    for (let i = 0; i < sorted.length; i++) {
      const file = sorted[i];
      const role: Row['role'] = kinds.get(identity) === 'multi' && i > 0 ? 'probe' : 'gallery';
      const { data, info } = await sharp(path.join(facesDir, file))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const input = tf.tensor3d(new Uint8Array(data), [info.height, info.width, 3], 'int32');
      let fallback = false;
      let descriptor: Float32Array | undefined;
      const det = await faceapi
        .detectSingleFace(input, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.5 }))
        .withFaceLandmarks()
        .withFaceDescriptor();
      if (det) {
        descriptor = det.descriptor;
      } else {
        // Fallback: landmarks on the whole image, crop from the landmarks' aligned box.
        fallback = true;
        fallbacks++;
        const lm = await faceapi.detectFaceLandmarks(input);
        const box = lm.align();
        const [face] = await faceapi.extractFaceTensors(input, [box]);
        descriptor = (await faceapi.computeFaceDescriptor(face)) as Float32Array;
        tf.dispose(face);
      }
      tf.dispose(input);
      rows.push({
        identity,
        file,
        role,
        fallback,
        d: Array.from(descriptor!, (x) => Math.round(x * 1e7) / 1e7),
      });
      if (++n % 100 === 0)
        console.error(
          `${n}/${manifest.length} (${fallbacks} fallbacks) ${((Date.now() - t0) / n).toFixed(0)} ms/image`,
        );
    }
  }
  fs.writeFileSync(
    outFile,
    JSON.stringify({ source: 'face-api 1.7.15 ssd+68+recognition, tfjs-wasm', rows }),
  );
  const g = rows.filter((r) => r.role === 'gallery').length;
  console.error(
    `wrote ${rows.length} templates (${g} gallery, ${rows.length - g} probes, ${fallbacks} fallbacks) to ${outFile}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

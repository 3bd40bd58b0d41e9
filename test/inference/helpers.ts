/**
 * Test images derived at test time from the demo photos shipped in @vladmandic/face-api
 * (sample1..6.jpg: group photos of 3-5 people, 1920 px wide). Nothing here needs ../shared.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

import sharp from 'sharp';

// the demo photos and crops are shared with the service's demo gallery
import type { Region } from '../../src/demo/demo-faces';
export { cropAround, sample, SAMPLE_DIR, type Region } from '../../src/demo/demo-faces';

/** A PNG of `image` with an alpha channel: opaque in the middle, fully transparent in a border ring. */
export async function withAlphaBorder(image: Buffer, border: number): Promise<Buffer> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgba = Buffer.alloc(info.width * info.height * 4);
  for (let y = 0; y < info.height; y += 1) {
    for (let x = 0; x < info.width; x += 1) {
      const i = y * info.width + x;
      const inside = x >= border && y >= border && x < info.width - border && y < info.height - border;
      rgba[i * 4] = data[i * 3];
      rgba[i * 4 + 1] = data[i * 3 + 1];
      rgba[i * 4 + 2] = data[i * 3 + 2];
      rgba[i * 4 + 3] = inside ? 255 : 0;
    }
  }
  return sharp(rgba, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png()
    .toBuffer();
}

/**
 * A JPEG whose stored pixels are turned 90 degrees anticlockwise and whose EXIF orientation (6)
 * tells viewers to turn it clockwise: displayed upright, stored sideways.
 */
export async function exifRotated(image: Buffer): Promise<Buffer> {
  const sideways = await sharp(image).rotate(270).toBuffer();
  return sharp(sideways).withMetadata({ orientation: 6 }).jpeg({ quality: 92 }).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A well-formed PNG header that claims width x height pixels (the pixel data is absent). */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Deterministic pseudo-random noise (so failures reproduce). */
export function noise(n: number, seed = 1, max = 256): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = Math.floor((s / 2 ** 32) * max);
  }
  return out;
}

export async function noiseJpeg(width: number, height: number, seed = 7): Promise<Buffer> {
  const px = noise(width * height * 3, seed);
  return sharp(Buffer.from(Uint8Array.from(px)), { raw: { width, height, channels: 3 } })
    .jpeg()
    .toBuffer();
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    d += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return d / Math.sqrt(na * nb);
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Packed RGB float pixels of a region of an image, resized to size x size. */
export async function regionPixels(image: Buffer, region: Region, size: number): Promise<Float32Array> {
  const data = await sharp(image)
    .extract({ left: region.x, top: region.y, width: region.width, height: region.height })
    .resize(size, size, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer();
  return Float32Array.from(data);
}

/** Starts a TypeScript worker (compiled on the fly by ts-node, as Jest does not reach workers). */
export function tsWorker(entry: string): Worker {
  const code = `require(${JSON.stringify(require.resolve('ts-node'))}).register({ transpileOnly: true, projectSearchDir: ${JSON.stringify(__dirname)} }); require(${JSON.stringify(entry)});`;
  return new Worker(code, { eval: true });
}

/** ONNX inference in a worker thread: run(model file, NHWC input, dims) -> first output. */
export function onnxRunner(): {
  run(file: string, input: Float32Array, dims: number[]): Promise<Float32Array>;
  close(): Promise<number>;
} {
  const worker = tsWorker(join(__dirname, 'onnx-runner.worker.ts'));
  const pending = new Map<number, { resolve: (v: Float32Array) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  worker.on('message', (msg: { id: number; output?: Float32Array; error?: string }) => {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error || !msg.output) p?.reject(new Error(msg.error ?? 'no output'));
    else p?.resolve(Float32Array.from(msg.output));
  });
  return {
    run: (file, input, dims) =>
      new Promise((resolve, reject) => {
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        worker.postMessage({ id: nextId, file, input, dims });
      }),
    close: () => worker.terminate(),
  };
}

/** `photo` with the regions `boxes` (grown by a fifth on each side) blurred with `sigma`, as JPEG. */
export async function blurRegions(photo: Buffer, boxes: Region[], sigma: number): Promise<Buffer> {
  const meta = await sharp(photo).metadata();
  const patches: sharp.OverlayOptions[] = [];
  for (const b of boxes) {
    const left = Math.max(0, Math.round(b.x - b.width / 5));
    const top = Math.max(0, Math.round(b.y - b.height / 5));
    const width = Math.min((meta.width ?? 0) - left, Math.round(b.width * 1.4));
    const height = Math.min((meta.height ?? 0) - top, Math.round(b.height * 1.4));
    const input = await sharp(photo).extract({ left, top, width, height }).blur(sigma).toBuffer();
    patches.push({ input, left, top });
  }
  return sharp(photo).composite(patches).jpeg({ quality: 90 }).toBuffer();
}

/**
 * Benchmark images: 250 x 250 JPEGs, either read from a folder-per-identity dataset (e.g. the LFW
 * development set) or, when none is given, derived from face-api's demo photos: a 250 px crop
 * around each face they contain.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

import sharp from 'sharp';

const IMAGE_EXT = /\.(jpe?g|png|webp)$/i;

function listImages(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) out.push(...listImages(path));
    else if (IMAGE_EXT.test(entry)) out.push(path);
  }
  return out;
}

/** Every k-th image so the sample spans the whole dataset. */
export function datasetImages(root: string, count: number): Buffer[] {
  const files = listImages(root);
  if (files.length === 0) throw new Error(`no images under ${root}`);
  const step = Math.max(1, files.length / count);
  const picked: Buffer[] = [];
  for (let i = 0; picked.length < Math.min(count, files.length); i += 1)
    picked.push(readFileSync(files[Math.floor(i * step)]));
  return picked;
}

/**
 * 250 x 250 JPEG crops centred on the faces of the six demo photos (positions found by a quick
 * detection pass with the pipeline itself), repeated to `count`.
 */
export async function derivedImages(
  count: number,
  findFaces: (img: Buffer) => Promise<Array<{ x: number; y: number; width: number; height: number }>>,
): Promise<Buffer[]> {
  const demo = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
  const crops: Buffer[] = [];
  for (let n = 1; n <= 6; n += 1) {
    const photo = readFileSync(join(demo, `sample${n}.jpg`));
    const meta = await sharp(photo).metadata();
    for (const box of await findFaces(photo)) {
      // LFW-like framing: the face takes about 45% of the crop
      const side = Math.round(Math.max(box.width, box.height) / 0.45);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const left = Math.max(0, Math.min((meta.width ?? 0) - side, Math.round(cx - side / 2)));
      const top = Math.max(0, Math.min((meta.height ?? 0) - side, Math.round(cy - side / 2)));
      const size = Math.min(side, meta.width ?? side, meta.height ?? side);
      crops.push(
        await sharp(photo)
          .extract({ left, top, width: size, height: size })
          .resize(250, 250)
          .jpeg({ quality: 90 })
          .toBuffer(),
      );
    }
  }
  return Array.from({ length: count }, (_, i) => crops[i % crops.length]);
}

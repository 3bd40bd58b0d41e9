/**
 * Face photos for the demo and the tests, derived from the group photos shipped with
 * @vladmandic/face-api (sample1..6.jpg, 3-5 people each, 1920 px wide; MIT): nothing is downloaded
 * and no other face data is needed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { FacePipeline } from '../inference';

export const SAMPLE_DIR = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
export const SAMPLE_COUNT = 6;

export function sample(n: number): Buffer {
  return readFileSync(join(SAMPLE_DIR, `sample${n}.jpg`));
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A crop around a face box with `margin` times the box size on each side, as JPEG. */
export async function cropAround(
  image: Buffer,
  box: Region,
  margin = 0.6,
  format: 'jpeg' | 'png' = 'jpeg',
): Promise<Buffer> {
  const meta = await sharp(image).metadata();
  const w = meta.width ?? 0;
  const h = meta.height ?? 0;
  const left = Math.max(0, Math.round(box.x - margin * box.width));
  const top = Math.max(0, Math.round(box.y - margin * box.height));
  const right = Math.min(w, Math.round(box.x + box.width * (1 + margin)));
  const bottom = Math.min(h, Math.round(box.y + box.height * (1 + margin)));
  const s = sharp(image).extract({ left, top, width: right - left, height: bottom - top });
  return format === 'jpeg' ? s.jpeg({ quality: 92 }).toBuffer() : s.png().toBuffer();
}

/** One person from the demo photos: a photo to enrol and a different derived photo to search with. */
export interface DemoFace {
  label: string;
  enrol: Buffer;
  probe: Buffer;
}

/**
 * Single-face photos of the people in the demo photos (about twenty). The probe of each person is
 * a different crop of the same face, turned a few degrees, brighter and recompressed, so a search
 * must generalise beyond identical pixels. Deterministic: the same pipeline and sharp give the
 * same bytes in every process, so a client can derive the probe of a person the service enrolled.
 */
export async function deriveDemoFaces(
  pipeline: Pick<FacePipeline, 'analyse'>,
  options: { atLeast?: number } = {},
): Promise<DemoFace[]> {
  const out: DemoFace[] = [];
  // `atLeast`: stop after the photo that gives that many people (the first ones are the same either way)
  for (let n = 1; n <= SAMPLE_COUNT && out.length < (options.atLeast ?? Infinity); n += 1) {
    const photo = sample(n);
    const analysis = await pipeline.analyse(photo);
    for (const face of analysis.faces.filter((f) => f.quality.acceptable)) {
      const enrol = await cropAround(photo, face.box, 0.6);
      const wider = await cropAround(photo, face.box, 0.9);
      const probe = await sharp(wider)
        .rotate(4, { background: '#808080' })
        .modulate({ brightness: 1.12 })
        .resize({ width: 320 })
        .jpeg({ quality: 80 })
        .toBuffer();
      out.push({ label: `sample${n}-face${face.index}`, enrol, probe });
    }
  }
  return out;
}

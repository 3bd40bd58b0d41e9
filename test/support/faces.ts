import sharp from 'sharp';
import type { FacePipeline } from '../../src/inference';
import { cropAround, sample } from '../inference/helpers';

/** One person from the demo photos: a photo to enrol and a different derived photo to search with. */
export interface DemoFace {
  label: string;
  enrol: Buffer;
  probe: Buffer;
}

let cache: Promise<DemoFace[]> | undefined;

/**
 * Single-face photos derived from the group photos shipped with @vladmandic/face-api (about twenty
 * people). The probe of each person is a different crop of the same face, turned a few degrees,
 * brighter and recompressed, so a search must generalise beyond identical pixels.
 */
export function demoFaces(pipeline: FacePipeline): Promise<DemoFace[]> {
  cache ??= (async () => {
    const out: DemoFace[] = [];
    for (let n = 1; n <= 6; n += 1) {
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
  })();
  return cache;
}

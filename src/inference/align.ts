/**
 * Alignment: a least-squares similarity transform (rotation, uniform scale, translation) of the
 * landmarks onto the embedder's template, then a bilinear warp into the template's chip.
 */
import { Affine, ImagePyramid, type PixelWindow } from './image-ops';
import type { AlignmentSpec } from './manifest';

/**
 * The similarity transform m minimising sum |m(from_i) - to_i|^2 (Umeyama without reflection).
 * Returns the 2 x 3 matrix and its scale factor.
 */
export function similarityTransform(
  from: Array<[number, number]>,
  to: Array<[number, number]>,
): { m: Affine; scale: number } {
  if (from.length !== to.length || from.length < 2)
    throw new Error('similarityTransform: need two or more point pairs');
  const n = from.length;
  let fx = 0;
  let fy = 0;
  let tx = 0;
  let ty = 0;
  for (let i = 0; i < n; i += 1) {
    fx += from[i][0];
    fy += from[i][1];
    tx += to[i][0];
    ty += to[i][1];
  }
  fx /= n;
  fy /= n;
  tx /= n;
  ty /= n;
  let a = 0;
  let b = 0;
  let norm = 0;
  for (let i = 0; i < n; i += 1) {
    const px = from[i][0] - fx;
    const py = from[i][1] - fy;
    const qx = to[i][0] - tx;
    const qy = to[i][1] - ty;
    a += px * qx + py * qy;
    b += px * qy - py * qx;
    norm += px * px + py * py;
  }
  if (norm === 0) throw new Error('similarityTransform: degenerate source points');
  const c = a / norm; // scale * cos
  const s = b / norm; // scale * sin
  return { m: [c, -s, tx - c * fx + s * fy, s, c, ty - s * fx - c * fy], scale: Math.hypot(c, s) };
}

/** Template point i = mean of the landmarks in group i. */
export function templateSourcePoints(
  landmarks: Array<[number, number]>,
  spec: AlignmentSpec,
): Array<[number, number]> {
  return spec.landmarkGroups.map((group) => {
    let x = 0;
    let y = 0;
    for (const idx of group) {
      x += landmarks[idx][0];
      y += landmarks[idx][1];
    }
    return [x / group.length, y / group.length];
  });
}

export interface AlignedChip {
  /** packed RGB float (0–255), spec.size x spec.size */
  pixels: Float32Array;
  size: number;
  /** oriented-image pixels per chip pixel */
  scale: number;
}

/** With `window`, only the chip pixels inside it are sampled (the rest are 0). */
export function alignChip(
  image: ImagePyramid,
  landmarks: Array<[number, number]>,
  spec: AlignmentSpec,
  window?: PixelWindow,
): AlignedChip {
  // chip -> image, as dlib's get_face_chip_details does (template points are the "from" side)
  const { m, scale } = similarityTransform(spec.points, templateSourcePoints(landmarks, spec));
  return { pixels: image.sample(m, spec.size, spec.size, scale, window), size: spec.size, scale };
}

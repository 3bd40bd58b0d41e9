/**
 * Face quality measures, computed on the same aligned chip that is embedded.
 */
import { alignChip, type AlignedChip } from './align';
import { toGrey, type ImagePyramid, type PixelWindow } from './image-ops';
import type { AlignmentSpec } from './manifest';
import type { FaceQuality } from './types';

/**
 * Thresholds below which a face is not used for a template, measured on the LFW development set
 * (see models/README.md): about 1% of its faces fall below each bar. Sharpness is measured on the
 * common 112 px chip (SHARPNESS_CHIP): no LFW probe as it is falls under 20 (the lowest is 19.1,
 * the 1st percentile 37.5), Gaussian blur of sigma 2 puts 55% under it and sigma 3 99%. Probe/mate
 * pairs with |yaw| > 0.7 were identified at rank 1 only 77% of the time against 94% for the rest.
 * Whether a probe is worth searching is the expected hit rate's to say (hit-rate.ts).
 */
export const QUALITY_THRESHOLDS = {
  /** variance of the Laplacian on the grey chip's face area */
  minSharpness: 20,
  /** |poseYawProxy| above this is treated as too far turned */
  maxAbsYaw: 0.7,
  /** BlazeFace reports faces from 0.5; every LFW face scored 0.67 or more */
  minDetectorScore: 0.6,
};

export const DEFAULT_MIN_FACE_SIZE_PX = 40;

/**
 * Where sharpness is measured, whatever the embedder: the standard 112 px five-point (ArcFace)
 * chip. Measured on each embedder's own chip, the figure meant a different region and scale per
 * model (the inner face of a 150 px dlib chip is not that of a 112 px ArcFace chip), so neither
 * the bar below nor the hit-rate calibration could carry over. On this chip the inner face spans
 * about 36 x 41 px: a face of 100 px or more is sampled down to it (sharp), a smaller or softer
 * one is sampled up and reads as blurred, so the figure tracks the face's effective resolution.
 */
export const SHARPNESS_CHIP: AlignmentSpec = {
  kind: 'similarity',
  template: 'InsightFace 112 x 112 five-point template (quality measurement only)',
  size: 112,
  landmarkGroups: [[37, 38, 40, 41], [43, 44, 46, 47], [30], [48, 60], [54, 64]],
  points: [
    [38.2946, 51.6963],
    [73.5318, 51.5014],
    [56.0252, 71.7366],
    [41.5493, 92.3655],
    [70.7299, 92.2041],
  ],
};

/**
 * Sharpness of a face on the common measurement chip (see SHARPNESS_CHIP). Only the chip pixels
 * the Laplacian reads are sampled (about an eighth of the chip): the same figure for less work.
 */
export function faceSharpness(image: ImagePyramid, landmarks: Array<[number, number]>): number {
  const { x0, y0, x1, y1 } = laplacianArea(SHARPNESS_CHIP, SHARPNESS_CHIP.size);
  const window: PixelWindow = { x0: x0 - 1, y0: y0 - 1, x1: x1 + 1, y1: y1 + 1 };
  return laplacianVariance(alignChip(image, landmarks, SHARPNESS_CHIP, window), SHARPNESS_CHIP);
}

/** The pixels whose Laplacian is taken, [x0, x1) x [y0, y1): the template's bounding box. */
function laplacianArea(spec: AlignmentSpec, size: number): PixelWindow {
  const xs = spec.points.map((p) => p[0]);
  const ys = spec.points.map((p) => p[1]);
  return {
    x0: Math.max(1, Math.floor(Math.min(...xs))),
    x1: Math.min(size - 1, Math.ceil(Math.max(...xs))),
    y0: Math.max(1, Math.floor(Math.min(...ys))),
    y1: Math.min(size - 1, Math.ceil(Math.max(...ys))),
  };
}

/** Variance of the 4-neighbour Laplacian over the template's bounding box (the inner face). */
export function laplacianVariance(chip: AlignedChip, spec: AlignmentSpec): number {
  const { size } = chip;
  const grey = toGrey(chip.pixels, size, size);
  const { x0, x1, y0, y1 } = laplacianArea(spec, size);
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = y * size + x;
      const lap = grey[i - 1] + grey[i + 1] + grey[i - size] + grey[i + size] - 4 * grey[i];
      sum += lap;
      sumSq += lap * lap;
      n += 1;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sumSq / n - mean * mean;
}

/**
 * Horizontal asymmetry of the nose tip between the outer eye corners, measured along the eye
 * line (so head roll does not count): 0 frontal, towards ±1 as the head turns. Positive when the
 * nose tip is nearer the eye on the image's right.
 */
export function yawProxy(landmarks: Array<[number, number]>): number {
  const [lx, ly] = landmarks[36];
  const [rx, ry] = landmarks[45];
  const [nx, ny] = landmarks[30];
  const ex = rx - lx;
  const ey = ry - ly;
  const len = Math.hypot(ex, ey);
  if (len === 0) return 0;
  const ux = ex / len;
  const uy = ey / len;
  const dl = (nx - lx) * ux + (ny - ly) * uy;
  const dr = (rx - nx) * ux + (ry - ny) * uy;
  const total = dl + dr;
  if (total <= 0) return 0;
  return Math.max(-1, Math.min(1, (dl - dr) / total));
}

export function assessQuality(input: {
  faceSizePx: number;
  sharpness: number;
  poseYawProxy: number;
  detectorScore: number;
  minFaceSizePx: number;
}): FaceQuality {
  const reasons: string[] = [];
  if (input.faceSizePx < input.minFaceSizePx) reasons.push('face_too_small');
  if (input.sharpness < QUALITY_THRESHOLDS.minSharpness) reasons.push('blurred');
  if (Math.abs(input.poseYawProxy) > QUALITY_THRESHOLDS.maxAbsYaw) reasons.push('pose');
  if (input.detectorScore < QUALITY_THRESHOLDS.minDetectorScore) reasons.push('low_detector_score');
  return {
    faceSizePx: round(input.faceSizePx, 1),
    sharpness: round(input.sharpness, 2),
    poseYawProxy: round(input.poseYawProxy, 3),
    detectorScore: round(input.detectorScore, 4),
    acceptable: reasons.length === 0,
    reasons,
  };
}

export const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

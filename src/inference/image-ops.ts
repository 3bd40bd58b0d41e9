/**
 * Pixel operations on decoded RGB images, in plain TypeScript so that enrolment and search share
 * one deterministic implementation.
 *
 * Coordinates are continuous: pixel (i, j) covers [i, i+1) x [j, j+1), its centre is (i+0.5, j+0.5).
 */
import type { RgbImage } from './decode';

/** 2 x 3 affine map [a, b, c, d, e, f]: x' = a x + b y + c, y' = d x + e y + f. */
export type Affine = [number, number, number, number, number, number];

export function applyAffine(m: Affine, x: number, y: number): [number, number] {
  return [m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]];
}

/** Halves an image by averaging 2 x 2 blocks (the last odd row / column is dropped). */
export function halve(img: RgbImage): RgbImage {
  const width = img.width >> 1;
  const height = img.height >> 1;
  const out = Buffer.allocUnsafe(width * height * 3);
  const src = img.data;
  const stride = img.width * 3;
  for (let y = 0; y < height; y += 1) {
    const r0 = 2 * y * stride;
    const r1 = r0 + stride;
    let o = y * width * 3;
    for (let x = 0; x < width; x += 1) {
      const i = x * 6;
      for (let c = 0; c < 3; c += 1) {
        out[o] = (src[r0 + i + c] + src[r0 + i + 3 + c] + src[r1 + i + c] + src[r1 + i + 3 + c] + 2) >> 2;
        o += 1;
      }
    }
  }
  return { width, height, data: out };
}

/**
 * A lazily built image pyramid: level k is the image halved k times. Sampling a region that is
 * shrunk by more than 2x reads from a coarser level, so small outputs are not aliased (as dlib's
 * extract_image_chip does).
 */
export class ImagePyramid {
  private readonly levels: RgbImage[];

  constructor(base: RgbImage) {
    this.levels = [base];
  }

  get base(): RgbImage {
    return this.levels[0];
  }

  /** Level k, or the coarsest level that exists when the image is too small for k halvings. */
  level(k: number): { image: RgbImage; k: number } {
    while (this.levels.length <= k) {
      const prev = this.levels[this.levels.length - 1];
      if (prev.width < 2 || prev.height < 2) break;
      this.levels.push(halve(prev));
    }
    const actual = Math.min(k, this.levels.length - 1);
    return { image: this.levels[actual], k: actual };
  }

  /**
   * Samples `outW x outH` pixels where output pixel centre (u, v) maps to base-image point
   * `m(u, v)`. `scale` is the base pixels per output pixel (the map's scale factor).
   * Returns packed RGB float32 (0–255); points outside the image read as black. With `window`,
   * only the output pixels inside it are computed (each exactly as without it); the rest stay 0.
   */
  sample(m: Affine, outW: number, outH: number, scale: number, window?: PixelWindow): Float32Array {
    const wanted = scale > 2 ? Math.min(Math.ceil(Math.log2(scale / 2)), 16) : 0;
    const { image, k } = this.level(wanted);
    const win: PixelWindow = {
      x0: Math.max(0, window?.x0 ?? 0),
      y0: Math.max(0, window?.y0 ?? 0),
      x1: Math.min(outW, window?.x1 ?? outW),
      y1: Math.min(outH, window?.y1 ?? outH),
    };
    // level-k pixel i covers base pixels [i 2^k, (i+1) 2^k): coordinates scale by exactly 2^k
    // without rotation or shear (letterbox, landmark crop) the map is separable
    if (m[1] === 0 && m[3] === 0) return warpBilinearAxisAligned(image, m, outW, outH, 2 ** k, win);
    return warpBilinear(image, m, outW, outH, 2 ** k, win);
  }
}

/** Output pixels [x0, x1) x [y0, y1). */
export interface PixelWindow {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bilinear sampling; `f` converts base-image coordinates to this level's (divide by f). */
function warpBilinear(
  img: RgbImage,
  m: Affine,
  outW: number,
  outH: number,
  f: number,
  win: PixelWindow,
): Float32Array {
  const out = new Float32Array(outW * outH * 3);
  const { width, height, data } = img;
  const stride = width * 3;
  // level index coordinates of output pixel centre (u + 0.5, v + 0.5): x = (m(u, v) / f) - 0.5
  const ax = m[0] / f;
  const bx = m[1] / f;
  const cx = m[2] / f - 0.5;
  const ay = m[3] / f;
  const by = m[4] / f;
  const cy = m[5] / f - 0.5;
  const px = (x: number, y: number, c: number): number =>
    x >= 0 && y >= 0 && x < width && y < height ? data[y * stride + x * 3 + c] : 0;
  for (let v = win.y0; v < win.y1; v += 1) {
    const vc = v + 0.5;
    let o = (v * outW + win.x0) * 3;
    for (let u = win.x0; u < win.x1; u += 1) {
      const uc = u + 0.5;
      const x = ax * uc + bx * vc + cx;
      const y = ay * uc + by * vc + cy;
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      const fx = x - x0;
      const fy = y - y0;
      if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
        const i00 = y0 * stride + x0 * 3;
        const i10 = i00 + 3;
        const i01 = i00 + stride;
        const i11 = i01 + 3;
        for (let c = 0; c < 3; c += 1) {
          const top = data[i00 + c] + (data[i10 + c] - data[i00 + c]) * fx;
          const bottom = data[i01 + c] + (data[i11 + c] - data[i01 + c]) * fx;
          out[o + c] = top + (bottom - top) * fy;
        }
      } else {
        for (let c = 0; c < 3; c += 1) {
          const top = px(x0, y0, c) + (px(x0 + 1, y0, c) - px(x0, y0, c)) * fx;
          const bottom = px(x0, y0 + 1, c) + (px(x0 + 1, y0 + 1, c) - px(x0, y0 + 1, c)) * fx;
          out[o + c] = top + (bottom - top) * fy;
        }
      }
      o += 3;
    }
  }
  return out;
}

/**
 * `warpBilinear` for maps without rotation (m[1] = m[3] = 0), bit for bit: x then depends on u
 * only and y on v only, so a source row's horizontal interpolation (`top` / `bottom` there, kept
 * in float64 as there) is computed once per column and reused by every output row that reads
 * that source row, instead of once per output pixel. About half the work of the 256 px letterbox.
 */
function warpBilinearAxisAligned(
  img: RgbImage,
  m: Affine,
  outW: number,
  outH: number,
  f: number,
  win: PixelWindow,
): Float32Array {
  const out = new Float32Array(outW * outH * 3);
  const { width, height, data } = img;
  const stride = width * 3;
  const ax = m[0] / f;
  const bx = m[1] / f;
  const cx = m[2] / f - 0.5;
  const ay = m[3] / f;
  const by = m[4] / f;
  const cy = m[5] / f - 0.5;
  const cols = win.x1 - win.x0;
  if (cols <= 0) return out;
  // per column: left source pixel, its weight, whether both source pixels are inside the image
  const x0s = new Int32Array(cols);
  const fxs = new Float64Array(cols);
  const inside = new Uint8Array(cols);
  for (let i = 0; i < cols; i += 1) {
    // bx is ±0, so bx * vc adds nothing whatever the row (0.5 stands for any)
    const x = ax * (win.x0 + i + 0.5) + bx * 0.5 + cx;
    const x0 = Math.floor(x);
    // clamped to stay an int32 index; the inside/outside tests below give the same answers
    x0s[i] = Math.min(Math.max(x0, -2), width + 1);
    fxs[i] = x - x0;
    inside[i] = x0 >= 0 && x0 + 1 < width ? 1 : 0;
  }
  // one source row interpolated at every column; pixels outside the image read as black
  const interpolateRow = (row: number, into: Float64Array): void => {
    if (row < 0 || row >= height) {
      into.fill(0);
      return;
    }
    const base = row * stride;
    for (let i = 0, o = 0; i < cols; i += 1, o += 3) {
      const x0 = x0s[i];
      const fx = fxs[i];
      if (inside[i] === 1) {
        const i0 = base + x0 * 3;
        into[o] = data[i0] + (data[i0 + 3] - data[i0]) * fx;
        into[o + 1] = data[i0 + 1] + (data[i0 + 4] - data[i0 + 1]) * fx;
        into[o + 2] = data[i0 + 2] + (data[i0 + 5] - data[i0 + 2]) * fx;
      } else {
        for (let c = 0; c < 3; c += 1) {
          const p0 = x0 >= 0 && x0 < width ? data[base + x0 * 3 + c] : 0;
          const p1 = x0 + 1 >= 0 && x0 + 1 < width ? data[base + (x0 + 1) * 3 + c] : 0;
          into[o + c] = p0 + (p1 - p0) * fx;
        }
      }
    }
  };
  const n = cols * 3;
  let upper = new Float64Array(n);
  let lower = new Float64Array(n);
  let upperRow = Number.NaN;
  let lowerRow = Number.NaN;
  for (let v = win.y0; v < win.y1; v += 1) {
    // ay is ±0 (as bx above)
    const y = ay * 0.5 + by * (v + 0.5) + cy;
    const y0 = Math.floor(y);
    const fy = y - y0;
    if (upperRow !== y0) {
      if (lowerRow === y0) {
        // the previous output row's lower source row is this one's upper
        const t = upper;
        upper = lower;
        lower = t;
        lowerRow = Number.NaN;
      } else interpolateRow(y0, upper);
      upperRow = y0;
    }
    if (lowerRow !== y0 + 1) {
      interpolateRow(y0 + 1, lower);
      lowerRow = y0 + 1;
    }
    let o = (v * outW + win.x0) * 3;
    for (let i = 0; i < n; i += 1, o += 1) {
      const top = upper[i];
      out[o] = top + (lower[i] - top) * fy;
    }
  }
  return out;
}

/** ITU-R BT.601 luma of packed RGB float pixels. */
export function toGrey(rgb: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let i = 0, j = 0; i < out.length; i += 1, j += 3)
    out[i] = 0.299 * rgb[j] + 0.587 * rgb[j + 1] + 0.114 * rgb[j + 2];
  return out;
}

/** Converts packed RGB (NHWC, one image) to the layout, channel order and normalisation a model wants. */
export function toModelInput(
  rgb: Float32Array,
  size: number,
  spec: { layout: 'NHWC' | 'NCHW'; colourOrder: 'RGB' | 'BGR'; mean: number[]; std: number[] },
): Float32Array {
  const identity =
    spec.layout === 'NHWC' &&
    spec.colourOrder === 'RGB' &&
    spec.mean.every((v) => v === 0) &&
    spec.std.every((v) => v === 1);
  if (identity) return rgb;
  const n = size * size;
  const out = new Float32Array(n * 3);
  for (let p = 0; p < n; p += 1) {
    for (let c = 0; c < 3; c += 1) {
      const srcC = spec.colourOrder === 'RGB' ? c : 2 - c;
      const value = (rgb[p * 3 + srcC] - spec.mean[c]) / spec.std[c];
      out[spec.layout === 'NHWC' ? p * 3 + c : c * n + p] = value;
    }
  }
  return out;
}

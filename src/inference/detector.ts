/**
 * Face detection strategies. The default is BlazeFace (256 px, 896 anchors) on the whole image,
 * letterboxed to a square.
 */
import type * as ort from 'onnxruntime-node';

import type { Affine, ImagePyramid } from './image-ops';
import type { DetectorRuntime, LoadedModel } from './manifest';
import { runSingle } from './session';
import type { FaceBox } from './types';

export interface RawDetection {
  /** the detector box clipped to the image */
  box: FaceBox;
  /** the detector box as predicted (may extend past the image edges) */
  region: FaceBox;
  score: number;
  /** detector keypoints in oriented-image pixels (BlazeFace: eyes, nose, mouth, ears) */
  keypoints: [number, number][];
}

export interface FaceDetector {
  detect(image: ImagePyramid): Promise<RawDetection[]>;
}

interface Anchor {
  x: number;
  y: number;
}

export function blazeFaceAnchors(inputSize: number, spec: DetectorRuntime['anchors']): Anchor[] {
  const anchors: Anchor[] = [];
  for (const { stride, perCell } of spec) {
    const cells = Math.ceil(inputSize / stride);
    for (let gy = 0; gy < cells; gy += 1) {
      for (let gx = 0; gx < cells; gx += 1) {
        for (let n = 0; n < perCell; n += 1) anchors.push({ x: stride * (gx + 0.5), y: stride * (gy + 0.5) });
      }
    }
  }
  return anchors;
}

interface Candidate {
  score: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  kp: number[];
}

function iou(a: Candidate, b: Candidate): number {
  const ix = Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
  const iy = Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  const inter = ix * iy;
  const union = (a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * MediaPipe-style weighted non-maximum suppression: each kept face is the score-weighted mean of
 * the candidates overlapping it, which steadies the box and keypoints.
 */
export function weightedNms(candidates: Candidate[], iouThreshold: number): Candidate[] {
  const remaining = [...candidates].sort((a, b) => b.score - a.score);
  const kept: Candidate[] = [];
  while (remaining.length > 0) {
    const top = remaining[0];
    const group: Candidate[] = [];
    for (let i = remaining.length - 1; i >= 0; i -= 1) {
      if (iou(top, remaining[i]) > iouThreshold) group.push(...remaining.splice(i, 1));
    }
    if (group.length === 0) group.push(...remaining.splice(0, 1));
    const total = group.reduce((s, c) => s + c.score, 0);
    const avg = (f: (c: Candidate) => number): number =>
      group.reduce((s, c) => s + f(c) * c.score, 0) / total;
    kept.push({
      score: top.score,
      x0: avg((c) => c.x0),
      y0: avg((c) => c.y0),
      x1: avg((c) => c.x1),
      y1: avg((c) => c.y1),
      kp: top.kp.map((_, i) => avg((c) => c.kp[i])),
    });
  }
  return kept;
}

export class BlazeFaceDetector implements FaceDetector {
  private readonly size: number;
  private readonly anchors: Anchor[];
  private readonly inputName: string;
  private readonly outputName: string;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly model: LoadedModel<DetectorRuntime>,
  ) {
    const rt = model.entry.runtime;
    this.size = Number(rt.input.shape[1]);
    this.anchors = blazeFaceAnchors(this.size, rt.anchors);
    this.inputName = rt.input.name;
    this.outputName = rt.outputs[0].name;
    if (Number(rt.outputs[0].shape[1]) !== this.anchors.length)
      throw new Error('blazeface: anchor count does not match the model output');
  }

  async detect(pyramid: ImagePyramid): Promise<RawDetection[]> {
    const rt = this.model.entry.runtime;
    const image = pyramid.base;
    const whole = weightedNms(
      await this.detectIn(
        pyramid,
        { x: 0, y: 0, width: image.width, height: image.height },
        rt.scoreThreshold,
      ),
      rt.iouThreshold,
    );
    let faces = whole;
    const tiles = detectionTiles(image.width, image.height, rt.tiling);
    if (tiles.length > 0) {
      // tiles only add faces too small for the whole-image pass; the ones it found keep its boxes
      const maxSide = rt.tiling.overlap * tiles[0].width;
      const small: Candidate[] = [];
      for (const tile of tiles) {
        for (const c of await this.detectIn(pyramid, tile, rt.tiling.minScore)) {
          if (Math.max(c.x1 - c.x0, c.y1 - c.y0) <= maxSide) small.push(c);
        }
      }
      const added = weightedNms(small, rt.iouThreshold).filter(
        (c) => !whole.some((f) => overlapping(f, c, rt.iouThreshold)),
      );
      faces = [...whole, ...added];
    }
    return faces
      .map((c) => {
        const region = { x: c.x0, y: c.y0, width: c.x1 - c.x0, height: c.y1 - c.y0 };
        const x0 = Math.max(0, region.x);
        const y0 = Math.max(0, region.y);
        const x1 = Math.min(image.width, region.x + region.width);
        const y1 = Math.min(image.height, region.y + region.height);
        const keypoints: [number, number][] = [];
        for (let k = 0; k < c.kp.length; k += 2) keypoints.push([c.kp[k], c.kp[k + 1]]);
        return {
          score: c.score,
          region,
          box: { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) },
          keypoints,
        };
      })
      .filter((d) => d.box.width > 0 && d.box.height > 0);
  }

  /**
   * Candidates (score >= minScore) in one region of the image, in oriented-image pixels. The
   * region is letterboxed (centred, black padding) into the square input, sampled from the image
   * pyramid like every other crop.
   */
  private async detectIn(pyramid: ImagePyramid, tile: Tile, minScore: number): Promise<Candidate[]> {
    const { size } = this;
    const image = pyramid.base;
    // input pixel (u, v) centre -> image point: ((u + 0.5 - offX) * s + tile.x, ...)
    const s = Math.max(tile.width, tile.height) / size;
    const offX = (size - tile.width / s) / 2;
    const offY = (size - tile.height / s) / 2;
    const letterbox: Affine = [s, 0, tile.x - offX * s, 0, s, tile.y - offY * s];
    const input = pyramid.sample(letterbox, size, size, s);
    const raw = await runSingle(this.session, this.inputName, this.outputName, input, [1, size, size, 3]);

    const logitThreshold = Math.log(minScore / (1 - minScore));
    const stride = raw.length / this.anchors.length;
    // model input pixels -> oriented image pixels
    const toX = (x: number): number => tile.x + (x - offX) * s;
    const toY = (y: number): number => tile.y + (y - offY) * s;
    // a face cut by an inner tile edge is seen whole by a neighbouring tile or the whole-image pass
    const margin = 2 * s;
    const inner = {
      left: tile.x > 0 ? tile.x + margin : -Infinity,
      top: tile.y > 0 ? tile.y + margin : -Infinity,
      right: tile.x + tile.width < image.width ? tile.x + tile.width - margin : Infinity,
      bottom: tile.y + tile.height < image.height ? tile.y + tile.height - margin : Infinity,
    };
    const candidates: Candidate[] = [];
    for (let i = 0; i < this.anchors.length; i += 1) {
      const o = i * stride;
      if (raw[o] < logitThreshold) continue;
      const a = this.anchors[i];
      const cx = a.x + raw[o + 1];
      const cy = a.y + raw[o + 2];
      const w = raw[o + 3];
      const h = raw[o + 4];
      const c: Candidate = {
        score: 1 / (1 + Math.exp(-raw[o])),
        x0: toX(cx - w / 2),
        y0: toY(cy - h / 2),
        x1: toX(cx + w / 2),
        y1: toY(cy + h / 2),
        kp: [],
      };
      if (c.x0 < inner.left || c.y0 < inner.top || c.x1 > inner.right || c.y1 > inner.bottom) continue;
      for (let k = 5; k < stride; k += 2) c.kp.push(toX(a.x + raw[o + k]), toY(a.y + raw[o + k + 1]));
      candidates.push(c);
    }
    return candidates;
  }
}

export interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Same face: IoU above the threshold, or one box mostly inside the other. */
function overlapping(a: Candidate, b: Candidate, iouThreshold: number): boolean {
  if (iou(a, b) > iouThreshold) return true;
  const ix = Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
  const iy = Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
  const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return smaller > 0 && (ix * iy) / smaller > 0.5;
}

/**
 * BlazeFace needs a face of about 12 of its 256 input pixels, i.e. about 4.5% of the image's longer
 * side when the whole image is letterboxed. Larger images are also searched in square tiles of
 * side max(minTileSide, longer side / tilesAcross), overlapping by `overlap` so that every face up
 * to `overlap` x tile side is whole in some tile; larger faces are the whole-image pass's. Returns
 * no tiles when the image is not larger than 1.25 tiles.
 */
export function detectionTiles(width: number, height: number, tiling: DetectorRuntime['tiling']): Tile[] {
  const side = Math.max(width, height);
  const tileSide = Math.max(tiling.minTileSide, Math.ceil(side / tiling.tilesAcross));
  if (side <= tileSide * 1.25) return [];
  const step = tileSide * (1 - tiling.overlap);
  const starts = (length: number): number[] => {
    if (length <= tileSide) return [0];
    const n = Math.ceil((length - tileSide) / step) + 1;
    // spread evenly so the last tile ends at the edge
    return Array.from({ length: n }, (_, i) => Math.round((i * (length - tileSide)) / (n - 1)));
  };
  const tiles: Tile[] = [];
  for (const y of starts(height)) {
    for (const x of starts(width))
      tiles.push({ x, y, width: Math.min(tileSide, width), height: Math.min(tileSide, height) });
  }
  return tiles;
}

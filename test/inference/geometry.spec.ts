/**
 * Pure pieces of the pipeline: alignment maths, TF padding, anchors, NMS, quality measures.
 */
import { tfPads } from '../../scripts/models/lib/onnx-graph';
import { dlibChipTemplate } from '../../scripts/models/lib/sources';
import { alignChip, similarityTransform, templateSourcePoints } from '../../src/inference/align';
import { blazeFaceAnchors, detectionTiles, weightedNms } from '../../src/inference/detector';
import { Affine, applyAffine, halve, ImagePyramid } from '../../src/inference/image-ops';
import type { AlignmentSpec } from '../../src/inference/manifest';
import {
  assessQuality,
  faceSharpness,
  laplacianVariance,
  SHARPNESS_CHIP,
  yawProxy,
} from '../../src/inference/quality';

describe('similarityTransform', () => {
  it('should recover a known rotation, scale and translation exactly', () => {
    const angle = 0.3;
    const scale = 2.5;
    const from: Array<[number, number]> = [
      [10, 10],
      [40, 12],
      [25, 30],
      [15, 45],
      [38, 44],
    ];
    const to = from.map(
      ([x, y]) =>
        [
          scale * (Math.cos(angle) * x - Math.sin(angle) * y) + 7,
          scale * (Math.sin(angle) * x + Math.cos(angle) * y) - 3,
        ] as [number, number],
    );
    const { m, scale: s } = similarityTransform(from, to);
    expect(s).toBeCloseTo(scale, 10);
    from.forEach((p, i) => {
      const [x, y] = applyAffine(m, p[0], p[1]);
      expect(x).toBeCloseTo(to[i][0], 9);
      expect(y).toBeCloseTo(to[i][1], 9);
    });
  });

  it('should never reflect', () => {
    const from: Array<[number, number]> = [
      [0, 0],
      [1, 0],
      [0, 1],
    ];
    const mirrored: Array<[number, number]> = [
      [0, 0],
      [-1, 0],
      [0, 1],
    ];
    const { m } = similarityTransform(from, mirrored);
    expect(m[0] * m[4] - m[1] * m[3]).toBeGreaterThanOrEqual(0);
  });
});

describe('dlibChipTemplate', () => {
  it("should use dlib's 33 points (no jaw, eyebrows or lower lip) inside the chip", () => {
    const t = dlibChipTemplate(150, 0.25);
    expect(t.points).toHaveLength(33);
    expect(t.landmarkGroups.flat()).toEqual([
      ...Array.from({ length: 28 }, (_, i) => 27 + i),
      60,
      61,
      62,
      63,
      64,
    ]);
    for (const [x, y] of t.points) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(150);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(150);
    }
    const spec: AlignmentSpec = {
      kind: 'similarity',
      template: 't',
      size: 150,
      landmarkGroups: [[0, 1], [2]],
      points: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(
      templateSourcePoints(
        [
          [0, 0],
          [2, 4],
          [5, 5],
        ],
        spec,
      ),
    ).toEqual([
      [1, 2],
      [5, 5],
    ]);
  });
});

describe('tfPads', () => {
  it('should put the extra SAME padding at the bottom/right for stride 2', () => {
    expect(tfPads(256, 256, 3, 3, 2, 'SAME')).toEqual({ pads: [0, 0, 1, 1], outH: 128, outW: 128 });
    expect(tfPads(112, 112, 3, 3, 1, 'SAME')).toEqual({ pads: [1, 1, 1, 1], outH: 112, outW: 112 });
    expect(tfPads(150, 150, 7, 7, 2, 'VALID')).toEqual({ pads: [0, 0, 0, 0], outH: 72, outW: 72 });
    expect(tfPads(5, 5, 3, 3, 2, 'SAME')).toEqual({ pads: [1, 1, 1, 1], outH: 3, outW: 3 });
  });
});

describe('blazeFaceAnchors', () => {
  it('should lay out 512 fine then 384 coarse anchors at cell centres', () => {
    const anchors = blazeFaceAnchors(256, [
      { stride: 16, perCell: 2 },
      { stride: 32, perCell: 6 },
    ]);
    expect(anchors).toHaveLength(896);
    expect(anchors[0]).toEqual({ x: 8, y: 8 });
    expect(anchors[1]).toEqual({ x: 8, y: 8 });
    expect(anchors[2]).toEqual({ x: 24, y: 8 });
    expect(anchors[512]).toEqual({ x: 16, y: 16 });
    expect(anchors[895]).toEqual({ x: 240, y: 240 });
  });
});

describe('detectionTiles', () => {
  const tiling = { minTileSide: 768, tilesAcross: 2.5, overlap: 0.25, minScore: 0.7 };

  it('should not tile images the whole-image pass covers', () => {
    expect(detectionTiles(250, 250, tiling)).toEqual([]);
    expect(detectionTiles(960, 720, tiling)).toEqual([]);
  });

  it('should cover a large image with overlapping tiles that end at its edges', () => {
    const tiles = detectionTiles(1920, 1280, tiling);
    expect(tiles).toHaveLength(6);
    expect(tiles.every((t) => t.width === 768 && t.height === 768)).toBe(true);
    expect(Math.max(...tiles.map((t) => t.x + t.width))).toBe(1920);
    expect(Math.max(...tiles.map((t) => t.y + t.height))).toBe(1280);
    const xs = [...new Set(tiles.map((t) => t.x))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i += 1) expect(xs[i - 1] + 768 - xs[i]).toBeGreaterThanOrEqual(0.25 * 768);
  });

  it('should keep the tile count bounded for very large images', () => {
    const tiles = detectionTiles(6000, 4000, tiling);
    expect(tiles.length).toBeLessThanOrEqual(9);
    expect(tiles[0].width).toBe(2400);
  });
});

describe('weightedNms', () => {
  it('should merge overlapping candidates by score and keep separate faces apart', () => {
    const c = (
      score: number,
      x0: number,
    ): { score: number; x0: number; y0: number; x1: number; y1: number; kp: number[] } => ({
      score,
      x0,
      y0: 0,
      x1: x0 + 10,
      y1: 10,
      kp: [x0, 0],
    });
    const kept = weightedNms([c(0.9, 0), c(0.6, 2), c(0.8, 100)], 0.3);
    expect(kept).toHaveLength(2);
    expect(kept[0].score).toBe(0.9);
    expect(kept[0].x0).toBeCloseTo((0.9 * 0 + 0.6 * 2) / 1.5, 10);
    expect(kept[1].x0).toBe(100);
  });
});

describe('image pyramid', () => {
  it('should halve by averaging 2 x 2 blocks', () => {
    const data = Buffer.from([0, 0, 0, 4, 4, 4, 8, 8, 8, 12, 12, 12]);
    const half = halve({ width: 2, height: 2, data });
    expect(half.width).toBe(1);
    expect(Array.from(half.data)).toEqual([6, 6, 6]);
  });

  it('should sample the identity map exactly and read outside pixels as black', () => {
    const data = Buffer.from(Array.from({ length: 4 * 4 * 3 }, (_, i) => i));
    const p = new ImagePyramid({ width: 4, height: 4, data });
    expect(Array.from(p.sample([1, 0, 0, 0, 1, 0], 4, 4, 1))).toEqual(Array.from(data));
    const outside = p.sample([1, 0, 100, 0, 1, 100], 2, 2, 1);
    expect(Array.from(outside).every((v) => v === 0)).toBe(true);
  });

  it('should sample maps without rotation (the letterbox) bit for bit as the bilinear definition, edges included', () => {
    const width = 37;
    const height = 23;
    const data = Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919) % 256));
    // the definition: output pixel centre (u + 0.5, v + 0.5) -> base point m(u, v) -> pixel index coordinates
    const reference = (m: Affine, outW: number, outH: number): Float32Array => {
      const out = new Float32Array(outW * outH * 3);
      const px = (x: number, y: number, c: number): number =>
        x >= 0 && y >= 0 && x < width && y < height ? data[(y * width + x) * 3 + c] : 0;
      for (let v = 0; v < outH; v += 1) {
        for (let u = 0; u < outW; u += 1) {
          const x = m[0] * (u + 0.5) + m[1] * (v + 0.5) + (m[2] - 0.5);
          const y = m[3] * (u + 0.5) + m[4] * (v + 0.5) + (m[5] - 0.5);
          const x0 = Math.floor(x);
          const y0 = Math.floor(y);
          for (let c = 0; c < 3; c += 1) {
            const top = px(x0, y0, c) + (px(x0 + 1, y0, c) - px(x0, y0, c)) * (x - x0);
            const bottom = px(x0, y0 + 1, c) + (px(x0 + 1, y0 + 1, c) - px(x0, y0 + 1, c)) * (x - x0);
            out[(v * outW + u) * 3 + c] = top + (bottom - top) * (y - y0);
          }
        }
      }
      return out;
    };
    const p = new ImagePyramid({ width, height, data });
    const maps: Affine[] = [
      [37 / 64, 0, 0, 0, 37 / 64, (-(64 - 23 / (37 / 64)) / 2) * (37 / 64)], // letterbox, black bands
      [0.77, 0, -5.3, 0, 1.31, 9.7], // partly outside on every side
      [-0.9, 0, 40.2, 0, 0.6, -3.1], // mirrored
      [1.5, 0, 60, 0, 1.5, 40], // wholly outside
    ];
    for (const m of maps) {
      const got = p.sample(m, 64, 48, 1);
      const want = reference(m, 64, 48);
      expect(got.every((value, i) => Object.is(value, want[i]))).toBe(true);
    }
  });

  it('should compute a window of the output exactly as the whole, and leave the rest 0', () => {
    const width = 41;
    const height = 29;
    const data = Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919) % 256));
    const p = new ImagePyramid({ width, height, data });
    const window = { x0: 5, y0: 3, x1: 30, y1: 20 };
    const maps: Affine[] = [
      [0.6, 0, -2.2, 0, 0.6, -1.3], // without rotation
      [0.55, 0.2, 1.5, -0.2, 0.55, 4.1], // rotated
    ];
    for (const m of maps) {
      const whole = p.sample(m, 48, 32, 0.6);
      const part = p.sample(m, 48, 32, 0.6, window);
      const inside = (i: number): boolean => {
        const u = Math.floor(i / 3) % 48;
        const v = Math.floor(i / 3 / 48);
        return u >= window.x0 && u < window.x1 && v >= window.y0 && v < window.y1;
      };
      expect(part.every((value, i) => Object.is(value, inside(i) ? whole[i] : 0))).toBe(true);
    }
  });
});

describe('quality measures', () => {
  const spec: AlignmentSpec = {
    kind: 'similarity',
    template: 't',
    size: 20,
    landmarkGroups: [[0]],
    points: [
      [4, 4],
      [16, 16],
    ],
  };

  it('should give zero sharpness for a flat chip and more for a textured one', () => {
    const flat = { pixels: new Float32Array(20 * 20 * 3).fill(128), size: 20, scale: 1 };
    expect(laplacianVariance(flat, spec)).toBe(0);
    const checker = new Float32Array(20 * 20 * 3).map((_, i) =>
      ((Math.floor(i / 3) % 20) + Math.floor(i / 60)) % 2 ? 255 : 0,
    );
    expect(laplacianVariance({ pixels: checker, size: 20, scale: 1 }, spec)).toBeGreaterThan(1000);
  });

  it('should measure sharpness on the part of the chip it samples exactly as on the whole chip', () => {
    const width = 160;
    const height = 160;
    const data = Buffer.from(
      Array.from({ length: width * height * 3 }, (_, i) => (i * 7919 + (i >> 7)) % 256),
    );
    const image = new ImagePyramid({ width, height, data });
    const lm: Array<[number, number]> = Array.from({ length: 68 }, (_, i) => [40 + (i % 9) * 9, 50 + i]);
    const whole = laplacianVariance(alignChip(image, lm, SHARPNESS_CHIP), SHARPNESS_CHIP);
    expect(whole).toBeGreaterThan(0);
    expect(Object.is(faceSharpness(image, lm), whole)).toBe(true);
  });

  it('should give yaw 0 for a symmetric face, and opposite signs for opposite turns', () => {
    const lm: Array<[number, number]> = Array.from({ length: 68 }, () => [0, 0]);
    lm[36] = [30, 40];
    lm[45] = [70, 40];
    lm[30] = [50, 60];
    expect(yawProxy(lm)).toBeCloseTo(0, 10);
    lm[30] = [60, 60];
    const right = yawProxy(lm);
    lm[30] = [40, 60];
    expect(right).toBeGreaterThan(0.4);
    expect(yawProxy(lm)).toBeCloseTo(-right, 10);
  });

  it('should list every reason a face is not acceptable', () => {
    const q = assessQuality({
      faceSizePx: 20,
      sharpness: 1,
      poseYawProxy: 0.9,
      detectorScore: 0.5,
      minFaceSizePx: 40,
    });
    expect(q.acceptable).toBe(false);
    expect(q.reasons).toEqual(['face_too_small', 'blurred', 'pose', 'low_detector_score']);
    expect(
      assessQuality({
        faceSizePx: 200,
        sharpness: 100,
        poseYawProxy: 0.1,
        detectorScore: 0.95,
        minFaceSizePx: 40,
      }).acceptable,
    ).toBe(true);
  });
});

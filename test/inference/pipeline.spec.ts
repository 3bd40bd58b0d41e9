/**
 * The face pipeline end to end on real photos and on images derived from them at test time:
 * every typed outcome, and the guarantee that enrolment and search give identical templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import sharp from 'sharp';

import {
  createFacePipeline,
  DetectedFace,
  FaceAnalysis,
  FacePipeline,
  InferenceError,
  InferenceErrorCode,
  QUALITY_THRESHOLDS,
  ScoreCalibration,
} from '../../src/inference';
import type { ModelManifest } from '../../src/inference/manifest';
import { defaultModelsDir } from '../../src/inference/pipeline';
import {
  blurRegions,
  cosine,
  cropAround,
  exifRotated,
  noiseJpeg,
  pngHeaderClaiming,
  sample,
  withAlphaBorder,
} from './helpers';

async function expectCode(promise: Promise<unknown>, code: InferenceErrorCode): Promise<InferenceError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InferenceError);
  expect((err as InferenceError).code).toBe(code);
  // details carry measurements only: small, no templates, no pixels
  const details = JSON.stringify((err as InferenceError).details);
  expect(details.length).toBeLessThan(2000);
  expect(details).not.toMatch(/template/i);
  return err as InferenceError;
}

const norm = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('FacePipeline', () => {
  let pipeline: FacePipeline;
  let group: FaceAnalysis; // sample6: four people
  let singleFace: Buffer; // a crop of sample6 around one face
  let singleRef: DetectedFace;
  // the default face model's own calibrated figures (models/manifest.json), never another model's cosines
  let calibration: ScoreCalibration;

  beforeAll(async () => {
    pipeline = await createFacePipeline({ sessions: 2 });
    calibration = pipeline.calibration!;
    group = await pipeline.analyse(sample(6));
    singleFace = await cropAround(sample(6), group.faces[1].box);
    singleRef = await pipeline.templateFor(singleFace);
  });

  afterAll(async () => {
    await pipeline?.close();
  });

  /** The same image re-encoded: above most pairs of photos of one person (their mean + 1 sd). */
  const sameImage = (): number => calibration.genuineMean + calibration.genuineSd;

  it("should report the manifest's default face model, its model version, template dimension and calibration", () => {
    const manifest = JSON.parse(
      readFileSync(join(defaultModelsDir(), 'manifest.json'), 'utf8'),
    ) as ModelManifest;
    const config = manifest.pipeline.embedders.find((e) => e.name === manifest.pipeline.defaultEmbedder)!;
    expect(pipeline.faceModel).toBe(config.name);
    expect(pipeline.modelVersion).toBe(config.modelVersion);
    expect(pipeline.modelVersion).toMatch(/^[a-z0-9-]+@[0-9a-f]{16}$/);
    expect(pipeline.dimension).toBe(config.dimension);
    expect(group.faces[0].template).toHaveLength(config.dimension);
    expect(calibration.thresholdAtFar1e4).toBeGreaterThan(calibration.thresholdAtFar1e3);
  });

  describe('analyse', () => {
    it('should find every face of a group photo, left to right, with L2-normalised templates', () => {
      expect(group.width).toBe(1920);
      expect(group.faces).toHaveLength(4);
      expect(group.sha256).toMatch(/^[0-9a-f]{64}$/);
      group.faces.forEach((f, i) => {
        expect(f.index).toBe(i);
        expect(f.template).toBeInstanceOf(Float32Array);
        expect(f.template).toHaveLength(pipeline.dimension);
        expect(norm(f.template)).toBeCloseTo(1, 5);
        expect(f.landmarks).toHaveLength(68);
        expect(f.box.width).toBeGreaterThan(100);
        expect(f.quality.faceSizePx).toBeGreaterThan(100);
        // landmarks lie in (or near) the box
        const [nx, ny] = f.landmarks[30];
        expect(nx).toBeGreaterThan(f.box.x);
        expect(nx).toBeLessThan(f.box.x + f.box.width);
        expect(ny).toBeGreaterThan(f.box.y);
        expect(ny).toBeLessThan(f.box.y + f.box.height);
      });
      const centres = group.faces.map((f) => f.box.x + f.box.width / 2);
      expect([...centres].sort((a, b) => a - b)).toEqual(centres);
    });

    it('should find 3 to 5 faces in each demo photo and tell different people apart', async () => {
      const all: DetectedFace[] = [];
      for (const n of [1, 2, 3, 4, 5]) {
        const a = await pipeline.analyse(sample(n));
        expect(a.faces.length).toBeGreaterThanOrEqual(3);
        expect(a.faces.length).toBeLessThanOrEqual(5);
        all.push(...a.faces);
      }
      // different people in the same photo score as impostors: below the model's FAR 1e-4 threshold
      for (const a of [group]) {
        for (let i = 0; i < a.faces.length; i += 1) {
          for (let j = i + 1; j < a.faces.length; j += 1)
            expect(cosine(a.faces[i].template, a.faces[j].template)).toBeLessThan(
              calibration.thresholdAtFar1e4,
            );
        }
      }
      expect(all.length).toBeGreaterThanOrEqual(15);
    });

    it('should find a small face in a large image (tiled detection)', async () => {
      // a face of about 60 px in a 1920 x 1152 frame, as in a CCTV still: too small for the whole-image pass
      const face = await sharp(singleFace)
        .resize(Math.round((60 / singleRef.box.width) * (await sharp(singleFace).metadata()).width!))
        .toBuffer();
      const frame = await sharp({ create: { width: 1920, height: 1152, channels: 3, background: '#6d747a' } })
        .composite([{ input: face, left: 1300, top: 700 }])
        .jpeg()
        .toBuffer();
      const a = await pipeline.analyse(frame);
      expect(a.faces).toHaveLength(1);
      expect(a.faces[0].box.x).toBeGreaterThan(1300);
      expect(a.faces[0].quality.faceSizePx).toBeLessThan(80);
      // Identity at this size is checked with dlib-128 (33-point alignment): the default ArcFace
      // model's 5-point alignment does not hold on this ~70 px tiled face (cosine ~0.17, impostor
      // level), a known gap of the small-face work, not something this detection test hides.
      const dlib = await createFacePipeline({ sessions: 1, faceModel: 'dlib-128' });
      try {
        const small = (await dlib.analyse(frame)).faces[0];
        const ref = await dlib.templateFor(singleFace);
        const c = dlib.calibration!;
        expect(cosine(small.template, ref.template)).toBeGreaterThan(c.impostorMean + 2 * c.impostorSd);
      } finally {
        await dlib.close();
      }
    });

    it('should return no faces for an image without one', async () => {
      const a = await pipeline.analyse(await noiseJpeg(320, 240));
      expect(a.faces).toEqual([]);
      expect(a.width).toBe(320);
    });

    it('should give the same result for the same bytes, also under concurrent load', async () => {
      const runs = await Promise.all([1, 2, 3, 4].map(() => pipeline.analyse(sample(6))));
      for (const r of runs) {
        expect(r.faces.map((f) => Array.from(f.template))).toEqual(
          group.faces.map((f) => Array.from(f.template)),
        );
      }
    });
  });

  describe('templateFor', () => {
    it('should return the one face of a single-face image, matching the same face in the group photo', () => {
      expect(singleRef.index).toBe(0);
      expect(singleRef.quality.acceptable).toBe(true);
      // the same face cut from the same photo: more alike than a typical pair of photos of one person
      expect(cosine(singleRef.template, group.faces[1].template)).toBeGreaterThan(calibration.genuineMean);
      for (const other of [0, 2, 3])
        expect(cosine(singleRef.template, group.faces[other].template)).toBeLessThan(
          calibration.thresholdAtFar1e4,
        );
    });

    it('should use the identical code path as analyse (bit-identical templates)', async () => {
      const chosen = await pipeline.templateFor(sample(6), 2);
      expect(Array.from(chosen.template)).toEqual(Array.from(group.faces[2].template));
      expect(chosen.box).toEqual(group.faces[2].box);
      expect(chosen.quality).toEqual(group.faces[2].quality);
    });

    it('should refuse several faces without a choice, listing their boxes', async () => {
      const err = await expectCode(pipeline.templateFor(sample(6)), 'MULTIPLE_FACES');
      const faces = err.details.faces as Array<{ index: number; box: { x: number } }>;
      expect(faces).toHaveLength(4);
      expect(faces.map((f) => f.index)).toEqual([0, 1, 2, 3]);
      expect(faces[0].box).toEqual(group.faces[0].box);
    });

    it('should throw NO_FACE for an image without a face', async () => {
      await expectCode(pipeline.templateFor(await noiseJpeg(300, 300)), 'NO_FACE');
      const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080' } })
        .png()
        .toBuffer();
      await expectCode(pipeline.templateFor(blank), 'NO_FACE');
    });

    it('should throw FACE_INDEX_OUT_OF_RANGE, with the number of faces, for an index the photo does not have', async () => {
      for (const index of [4, 9, -1]) {
        const err = await expectCode(pipeline.templateFor(sample(6), index), 'FACE_INDEX_OUT_OF_RANGE');
        expect(err.details).toEqual({ faceIndex: index, count: 4 });
      }
      const one = await expectCode(pipeline.templateFor(singleFace, 1), 'FACE_INDEX_OUT_OF_RANGE');
      expect(one.details.count).toBe(1);
    });

    describe('with several faces', () => {
      let photo1: Buffer; // sample1: three people, every face usable
      let boxes1: FaceAnalysis['faces'][number]['box'][];
      beforeAll(async () => {
        photo1 = sample(1);
        boxes1 = (await pipeline.analyse(photo1)).faces.map((f) => f.box);
        expect(boxes1).toHaveLength(3);
      });

      it('should use the only usable face without asking, saying so', async () => {
        const photo = await blurRegions(photo1, boxes1.slice(1), 8);
        const analysis = await pipeline.analyse(photo);
        // the premise: all three are still found, and only the first passes the bar
        expect(analysis.faces).toHaveLength(3);
        expect(analysis.faces.map((f) => f.quality.acceptable)).toEqual([true, false, false]);
        const face = await pipeline.templateFor(photo);
        expect(face.index).toBe(0);
        expect(face.choice).toEqual({ by: 'only-usable-face', faceCount: 3 });
        expect(Array.from(face.template)).toEqual(Array.from(analysis.faces[0].template));
      });

      it('should list only the usable faces in MULTIPLE_FACES, numbered as analyse numbers every face', async () => {
        const photo = await blurRegions(photo1, [boxes1[1]], 8);
        const analysis = await pipeline.analyse(photo);
        expect(analysis.faces.map((f) => f.quality.acceptable)).toEqual([true, false, true]);
        const err = await expectCode(pipeline.templateFor(photo), 'MULTIPLE_FACES');
        expect(err.details.count).toBe(3);
        expect(err.details.usableCount).toBe(2);
        const listed = err.details.faces as Array<{ index: number; box: unknown; detectorScore: number }>;
        expect(listed.map((f) => f.index)).toEqual([0, 2]);
        expect(listed[1].box).toEqual(analysis.faces[2].box);
        expect(Object.keys(listed[0]).sort()).toEqual(['box', 'detectorScore', 'index']);
        // the listed index takes that face; the unusable one named by index is refused for its quality
        expect((await pipeline.templateFor(photo, 2)).box).toEqual(analysis.faces[2].box);
        await expectCode(pipeline.templateFor(photo, 1), 'LOW_QUALITY');
      });

      it('should refuse a photo with no usable face for its best face, not as MULTIPLE_FACES', async () => {
        const photo = await blurRegions(photo1, boxes1, 8);
        const analysis = await pipeline.analyse(photo);
        expect(analysis.faces.length).toBeGreaterThan(1);
        expect(analysis.faces.some((f) => f.quality.acceptable)).toBe(false);
        const err = await expectCode(pipeline.templateFor(photo), 'LOW_QUALITY');
        expect(analysis.faces.map((f) => f.index)).toContain(err.details.faceIndex);
        // a calibrated probe's best face goes on to its force's floor, as a single face would
        const probe = await pipeline.templateFor(photo, undefined, { use: 'probe', probeHitRateFloor: 1 });
        expect(probe.choice.by).toBe('best-face');
        const best = Math.max(...analysis.faces.map((f) => f.expectedHitRate!.rankOne));
        expect(probe.expectedHitRate!.rankOne).toBe(best);
      });

      it('should judge a calibrated probe face by its expected hit rate against the floor', async () => {
        const photo = await blurRegions(photo1, boxes1.slice(1), 8);
        const analysis = await pipeline.analyse(photo);
        const rates = analysis.faces.map((f) => f.expectedHitRate!.rankOne);
        // no floor: every face is usable as a probe; above the blurred faces' figures only the sharp one
        await expectCode(pipeline.templateFor(photo, undefined, { use: 'probe' }), 'MULTIPLE_FACES');
        const floor = Math.max(...rates.slice(1)) + 1e-6;
        expect(rates[0]).toBeGreaterThanOrEqual(floor);
        const face = await pipeline.templateFor(photo, undefined, { use: 'probe', probeHitRateFloor: floor });
        expect(face.choice).toEqual({ by: 'only-usable-face', faceCount: 3 });
      });

      it('should pick the largest or the most central usable face by rule', async () => {
        const photo = sample(6);
        const { width, height } = await sharp(photo).metadata();
        const area = (b: { width: number; height: number }) => b.width * b.height;
        const off = (b: { x: number; y: number; width: number; height: number }) =>
          Math.hypot(b.x + b.width / 2 - width! / 2, b.y + b.height / 2 - height! / 2);
        const largest = group.faces.reduce((a, b) => (area(b.box) > area(a.box) ? b : a));
        const central = group.faces.reduce((a, b) => (off(b.box) < off(a.box) ? b : a));
        const byLargest = await pipeline.templateFor(photo, undefined, { faceRule: 'largest' });
        expect(byLargest.index).toBe(largest.index);
        expect(byLargest.choice).toEqual({ by: 'largest', faceCount: 4 });
        const byCentre = await pipeline.templateFor(photo, undefined, { faceRule: 'central' });
        expect(byCentre.index).toBe(central.index);
        expect(byCentre.choice.by).toBe('central');
        // an index wins over a rule
        const named = await pipeline.templateFor(photo, 0, { faceRule: 'largest' });
        expect(named.choice).toEqual({ by: 'index', faceCount: 4 });
      });
    });

    it('should throw FACE_TOO_SMALL with the measured size', async () => {
      const tiny = await sharp(singleFace).resize(56).jpeg().toBuffer();
      const err = await expectCode(pipeline.templateFor(tiny), 'FACE_TOO_SMALL');
      expect(err.details.faceSizePx).toBeLessThan(err.details.minFaceSizePx as number);
      expect(err.details.minFaceSizePx).toBe(40);
    });

    it('should throw LOW_QUALITY for a blurred face, with the measured sharpness', async () => {
      // blur in proportion to the face (sharpness is measured on a 112 px chip)
      const blurred = await sharp(singleFace)
        .blur(singleRef.quality.faceSizePx / 20)
        .jpeg()
        .toBuffer();
      const err = await expectCode(pipeline.templateFor(blurred), 'LOW_QUALITY');
      expect(err.details.reasons).toContain('blurred');
      expect(err.details.sharpness).toBeLessThan(QUALITY_THRESHOLDS.minSharpness);
      expect(err.details.sharpness).toBeLessThan(singleRef.quality.sharpness);
    });

    it('should read a PNG with transparency (flattened) and find the same person', async () => {
      const png = await withAlphaBorder(singleFace, 12);
      expect((await sharp(png).metadata()).hasAlpha).toBe(true);
      const face = await pipeline.templateFor(png);
      expect(cosine(face.template, singleRef.template)).toBeGreaterThan(sameImage());
    });

    it('should read WebP', async () => {
      const webp = await sharp(singleFace).webp({ quality: 90 }).toBuffer();
      const face = await pipeline.templateFor(webp);
      expect(cosine(face.template, singleRef.template)).toBeGreaterThan(sameImage());
    });

    it('should apply EXIF orientation before detection', async () => {
      const rotated = await exifRotated(singleFace);
      const stored = await sharp(rotated).metadata();
      expect(stored.orientation).toBe(6);
      const analysis = await pipeline.analyse(rotated);
      // oriented size = upright size, i.e. the stored width and height swapped
      expect(analysis.width).toBe(stored.height);
      expect(analysis.height).toBe(stored.width);
      expect(analysis.faces).toHaveLength(1);
      expect(cosine(analysis.faces[0].template, singleRef.template)).toBeGreaterThan(sameImage());
    });
  });

  describe('unusable input', () => {
    it('should throw UNREADABLE_IMAGE for a truncated JPEG', async () => {
      const full = sample(2);
      await expectCode(pipeline.analyse(full.subarray(0, Math.floor(full.length * 0.6))), 'UNREADABLE_IMAGE');
    });

    it('should throw UNREADABLE_IMAGE for a file that is not an image', async () => {
      await expectCode(
        pipeline.analyse(Buffer.from('%PDF-1.7 this is not a photograph\n', 'utf8')),
        'UNREADABLE_IMAGE',
      );
      await expectCode(pipeline.analyse(Buffer.alloc(0)), 'UNREADABLE_IMAGE');
    });

    it('should throw UNSUPPORTED_IMAGE for a readable but unsupported format', async () => {
      const gif = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#fff' } })
        .gif()
        .toBuffer();
      const err = await expectCode(pipeline.analyse(gif), 'UNSUPPORTED_IMAGE');
      expect(err.details.format).toBe('gif');
    });

    it('should throw IMAGE_TOO_LARGE for a header claiming 20,000 x 20,000 pixels, before decoding', async () => {
      const err = await expectCode(pipeline.analyse(pngHeaderClaiming(20000, 20000)), 'IMAGE_TOO_LARGE');
      expect(err.details).toMatchObject({ width: 20000, height: 20000, pixels: 400_000_000 });
    });

    it('should throw IMAGE_TOO_LARGE for input over the byte limit without sending it to a worker', async () => {
      const err = await expectCode(
        Promise.resolve().then(() => pipeline.analyse(Buffer.alloc(26 * 1024 * 1024))),
        'IMAGE_TOO_LARGE',
      );
      expect(err.details.maxBytes).toBe(25 * 1024 * 1024);
    });
  });
});

describe('createFacePipeline', () => {
  it('should apply its limits and reject work after close', async () => {
    const small = await createFacePipeline({
      sessions: 1,
      maxInputPixels: 1_000_000,
      maxInputBytes: 400_000,
      minFaceSizePx: 300,
    });
    try {
      await expectCode(small.analyse(sample(1)), 'IMAGE_TOO_LARGE'); // 1920 x 1280 > 1 MP
      const crop = await sharp(sample(6))
        .extract({ left: 500, top: 200, width: 600, height: 600 })
        .jpeg()
        .toBuffer();
      await expectCode(small.templateFor(crop), 'FACE_TOO_SMALL');
      await expectCode(small.analyse(Buffer.alloc(400_001)), 'IMAGE_TOO_LARGE');
    } finally {
      await small.close();
    }
    await expect(small.analyse(sample(1))).rejects.toThrow('closed');
  });

  it('should run the face model FACE_MODEL names, with its own dimension and version, and refuse an unknown one', async () => {
    const mobile = await createFacePipeline({ sessions: 1, faceModel: 'mobilefacenet-192' });
    try {
      expect(mobile.faceModel).toBe('mobilefacenet-192');
      expect(mobile.dimension).toBe(192);
      expect(mobile.modelVersion).toMatch(/^mobilefacenet-192@[0-9a-f]{16}$/);
      const face = await mobile.templateFor(
        await cropAround(sample(6), { x: 640, y: 360, width: 270, height: 270 }),
      );
      expect(face.template).toHaveLength(192);
    } finally {
      await mobile.close();
    }
    await expect(createFacePipeline({ sessions: 1, faceModel: 'no-such-model' })).rejects.toThrow(
      /unknown face model no-such-model; this models folder offers/,
    );
  });

  it('should reject invalid options', async () => {
    await expect(createFacePipeline({ sessions: 0 })).rejects.toThrow(RangeError);
    await expect(createFacePipeline({ modelsDir: '/nonexistent-models-dir', sessions: 1 })).rejects.toThrow(
      /could not start/,
    );
  });
});

/**
 * One complete face pipeline (decode -> detect -> landmarks -> align -> embed -> quality) with its
 * own ONNX sessions. It runs inside a worker thread (see worker.ts); onnxruntime-node runs
 * inference synchronously on the calling thread, so parallel pipelines need separate threads.
 *
 * Enrolment and search both come through `analyse` / `templateFor`, and every face goes through
 * the one `processFace` function: the same bytes always give the same template.
 */
import { performance } from 'node:perf_hooks';
import type * as ort from 'onnxruntime-node';

import { decodeImage, DecodeLimits, type DecodedImage } from './decode';
import { BlazeFaceDetector, FaceDetector, RawDetection } from './detector';
import { FaceModelEmbedder, OnnxDescriptorEmbedder } from './embedder';
import { InferenceError } from './errors';
import { expectedHitRate, type HitRateCalibration, loadHitRateCalibration } from './hit-rate';
import { ImagePyramid } from './image-ops';
import { FaceApiLandmarker, Landmarker } from './landmarker';
import { FaceModelChoice, LoadedManifest, loadManifest, ScoreCalibration } from './manifest';
import { assessQuality, faceSharpness, QUALITY_THRESHOLDS, round, yawProxy } from './quality';
import { createSession } from './session';
import type {
  ChosenFace,
  DetectedFace,
  FaceAnalysis,
  FaceBox,
  FaceRule,
  FaceUse,
  StageTiming,
  TemplateOptions,
} from './types';

export interface ProcessorSettings extends DecodeLimits {
  modelsDir: string;
  intraOpThreads: number;
  minFaceSizePx: number;
  /** the face model that makes `template` (unset: the manifest's default) */
  faceModel?: string;
  /** evaluation: further face models whose templates go into `templates`, same detections */
  compareFaceModels?: FaceModelChoice[];
  /** evaluation: no quality calibration (see FacePipelineOptions.withoutHitRates) */
  withoutHitRates?: boolean;
}

export interface ProcessorInfo {
  faceModel: string;
  modelVersion: string;
  dimension: number;
  calibration: ScoreCalibration | null;
  /** with compareFaceModels: name -> model version of every face model in `templates` */
  compared?: Record<string, string>;
}

const roundBox = (b: FaceBox): FaceBox => ({
  x: round(b.x, 2),
  y: round(b.y, 2),
  width: round(b.width, 2),
  height: round(b.height, 2),
});

/** Left to right, then top to bottom: a stable order a person can point at. */
function readingOrder(faces: RawDetection[]): RawDetection[] {
  return [...faces].sort(
    (a, b) => a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2) || a.box.y - b.box.y,
  );
}

const faceSize = (d: RawDetection): number => Math.max(d.box.width, d.box.height);

/**
 * Of faces none of which is usable, the nearest to usable: a calibrated probe's by its expected
 * rank-1 rate, any other by the fewest reasons against it, then the larger.
 */
function betterFace(a: DetectedFace, b: DetectedFace): boolean {
  if (a.expectedHitRate && b.expectedHitRate && a.expectedHitRate.rankOne !== b.expectedHitRate.rankOne)
    return a.expectedHitRate.rankOne > b.expectedHitRate.rankOne;
  if (a.quality.reasons.length !== b.quality.reasons.length)
    return a.quality.reasons.length < b.quality.reasons.length;
  return a.quality.faceSizePx > b.quality.faceSizePx;
}

/** A rule's pick of several usable faces; ties go to the earlier face in reading order. */
export function pickByRule<F extends { box: FaceBox }>(
  faces: F[],
  rule: FaceRule,
  width: number,
  height: number,
): F {
  const cost = (f: F): number =>
    rule === 'largest'
      ? -(f.box.width * f.box.height)
      : Math.hypot(f.box.x + f.box.width / 2 - width / 2, f.box.y + f.box.height / 2 - height / 2);
  return faces.reduce((best, f) => (cost(f) < cost(best) ? f : best));
}

export class FaceProcessor {
  /** The current job's stages (a processor runs one job at a time), from `beginJob` to `takeStages`. */
  private stages: StageTiming[] = [];
  private jobStart = 0;

  private constructor(
    private readonly settings: ProcessorSettings,
    private readonly detector: FaceDetector,
    private readonly landmarker: Landmarker,
    private readonly embedder: FaceModelEmbedder,
    private readonly compared: FaceModelEmbedder[],
    private readonly sessions: ort.InferenceSession[],
    readonly info: ProcessorInfo,
    /** quality -> expected hit rate for this model version; null when it has none */
    private readonly hitRates: HitRateCalibration | null,
  ) {}

  static async create(settings: ProcessorSettings, loaded?: LoadedManifest): Promise<FaceProcessor> {
    const choices: FaceModelChoice[] = [
      settings.faceModel ??
        (loaded ?? (await loadManifest(settings.modelsDir))).manifest.pipeline.defaultEmbedder,
      ...(settings.compareFaceModels ?? []),
    ];
    const models = await loadManifest(settings.modelsDir, choices);
    const threads = { intraOpThreads: settings.intraOpThreads };
    if (models.detector.entry.runtime.kind !== 'blazeface')
      throw new Error(`unknown detector kind ${models.detector.entry.runtime.kind}`);
    if (models.landmarker.entry.runtime.kind !== 'faceapi-landmarks68')
      throw new Error(`unknown landmarker kind ${models.landmarker.entry.runtime.kind}`);
    const [ds, ls] = await Promise.all([
      createSession(models.detector.bytes, threads),
      createSession(models.landmarker.bytes, threads),
    ]);
    const sessions = [ds, ls];
    // one session per embedder net, shared by every face model that uses it
    const nets = new Map<string, OnnxDescriptorEmbedder>();
    for (const fm of models.faceModels) {
      for (const { model } of fm.parts) {
        if (nets.has(model.entry.id)) continue;
        if (model.entry.runtime.kind !== 'descriptor')
          throw new Error(`unknown embedder kind ${model.entry.runtime.kind}`);
        const session = await createSession(model.bytes, threads);
        sessions.push(session);
        nets.set(model.entry.id, new OnnxDescriptorEmbedder(session, model));
      }
    }
    const [primary, ...others] = models.faceModels.map((fm) => new FaceModelEmbedder(fm, nets));
    return new FaceProcessor(
      settings,
      new BlazeFaceDetector(ds, models.detector),
      new FaceApiLandmarker(ls, models.landmarker, models.manifest.pipeline.landmarkCrop),
      primary,
      others,
      sessions,
      {
        faceModel: primary.config.name,
        modelVersion: primary.config.modelVersion,
        dimension: primary.dimension,
        calibration: primary.config.calibration ?? null,
        ...(others.length
          ? { compared: Object.fromEntries(others.map((e) => [e.config.name, e.config.modelVersion])) }
          : {}),
      },
      settings.withoutHitRates
        ? null
        : await loadHitRateCalibration(settings.modelsDir, primary.config.modelVersion),
    );
  }

  /** Starts timing a job's stages (see `takeStages`). */
  beginJob(): void {
    this.stages = [];
    this.jobStart = performance.now();
  }

  /** The stages timed since `beginJob`, in the order they ran. */
  takeStages(): StageTiming[] {
    const stages = this.stages;
    this.stages = [];
    return stages;
  }

  private async timed<T>(stage: StageTiming['stage'], work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      const end = performance.now();
      this.stages.push({ stage, startMs: start - this.jobStart, durationMs: end - start });
    }
  }

  private async decode(input: Buffer): Promise<{ image: DecodedImage; pyramid: ImagePyramid }> {
    return this.timed('decode', async () => {
      const image = await decodeImage(input, this.settings);
      return { image, pyramid: new ImagePyramid(image) };
    });
  }

  private async detect(pyramid: ImagePyramid): Promise<RawDetection[]> {
    return readingOrder(await this.timed('detect', () => this.detector.detect(pyramid)));
  }

  async analyse(input: Buffer): Promise<FaceAnalysis> {
    const { image, pyramid } = await this.decode(input);
    const detections = await this.detect(pyramid);
    const faces: DetectedFace[] = [];
    for (let i = 0; i < detections.length; i += 1)
      faces.push(await this.processFace(pyramid, detections[i], i));
    return { width: image.width, height: image.height, sha256: image.sha256, faces };
  }

  /**
   * The face to make a template of. With `faceIndex` (reading order of every detection, as in
   * `analyse`) that face, or FACE_INDEX_OUT_OF_RANGE. Without it: the only face; or, of several,
   * the only usable one (`isUsable`); of several usable ones the one `options.faceRule` picks, else
   * MULTIPLE_FACES listing the usable faces. When none is usable, the refusal is about the best face
   * (FACE_TOO_SMALL or LOW_QUALITY), except that a calibrated probe's best face is returned, as a
   * single face would be: the force's floor on its expected hit rate then decides.
   */
  async templateFor(input: Buffer, faceIndex?: number, options: TemplateOptions = {}): Promise<ChosenFace> {
    const use = options.use ?? 'enrolment';
    const { image, pyramid } = await this.decode(input);
    const detections = await this.detect(pyramid);
    const faceCount = detections.length;
    if (faceCount === 0)
      throw new InferenceError('NO_FACE', 'No face was found in the image', {
        width: image.width,
        height: image.height,
      });
    if (faceIndex !== undefined) {
      if (!Number.isInteger(faceIndex) || faceIndex < 0 || faceIndex >= faceCount) {
        throw new InferenceError(
          'FACE_INDEX_OUT_OF_RANGE',
          `There is no face ${faceIndex}: ${faceCount} ${faceCount === 1 ? 'face was' : 'faces were'} found (indexes 0 to ${faceCount - 1})`,
          { faceIndex, count: faceCount },
        );
      }
      const face = await this.passingFace(pyramid, detections[faceIndex], faceIndex, use);
      return { ...face, choice: { by: 'index', faceCount } };
    }
    if (faceCount === 1) {
      const face = await this.passingFace(pyramid, detections[0], 0, use);
      return { ...face, choice: { by: 'only-face', faceCount } };
    }

    // several faces: measure every one big enough to measure, then keep the usable ones
    const measured: DetectedFace[] = [];
    for (let i = 0; i < faceCount; i += 1)
      if (this.bigEnough(detections[i])) measured.push(await this.processFace(pyramid, detections[i], i));
    const usable = measured.filter((f) => this.isUsable(f, use, options.probeHitRateFloor ?? 0));
    if (usable.length === 1) return { ...usable[0], choice: { by: 'only-usable-face', faceCount } };
    if (usable.length > 1) {
      if (options.faceRule) {
        const face = pickByRule(usable, options.faceRule, image.width, image.height);
        return { ...face, choice: { by: options.faceRule, faceCount } };
      }
      throw new InferenceError(
        'MULTIPLE_FACES',
        `${usable.length} usable faces were found (of ${faceCount}); choose one by its index`,
        {
          count: faceCount,
          usableCount: usable.length,
          faces: usable.map((f) => ({ index: f.index, box: f.box, detectorScore: f.detectorScore })),
        },
      );
    }
    // none usable: the refusal (or, for a calibrated probe, the face) is the best one's
    if (measured.length === 0) {
      const largest = detections.reduce((a, b) => (faceSize(b) > faceSize(a) ? b : a));
      throw this.tooSmall(largest, detections.indexOf(largest));
    }
    const best = measured.reduce((a, b) => (betterFace(b, a) ? b : a));
    this.assertPasses(best, use);
    return { ...best, choice: { by: 'best-face', faceCount } };
  }

  /**
   * The one definition of a usable face: big enough, and above the fixed quality bar, except that
   * a probe face of a model with a quality calibration is judged by its expected hit rate instead
   * (usable when its expected rank-1 rate reaches `probeHitRateFloor`; 0 lets every one through,
   * as the force's floor then does).
   */
  private isUsable(face: DetectedFace, use: FaceUse, probeHitRateFloor: number): boolean {
    if (face.quality.faceSizePx < this.settings.minFaceSizePx) return false;
    if (use === 'probe' && face.expectedHitRate) return face.expectedHitRate.rankOne >= probeHitRateFloor;
    return face.quality.acceptable;
  }

  private bigEnough(det: RawDetection): boolean {
    return faceSize(det) >= this.settings.minFaceSizePx;
  }

  /** One face that must pass the bar on its own: measured, or refused with its measured values. */
  private async passingFace(
    pyramid: ImagePyramid,
    det: RawDetection,
    index: number,
    use: FaceUse,
  ): Promise<DetectedFace> {
    if (!this.bigEnough(det)) throw this.tooSmall(det, index);
    const face = await this.processFace(pyramid, det, index);
    this.assertPasses(face, use);
    return face;
  }

  /** A single face's bar: a calibrated probe passes here, as its expected hit rate and the force's floor decide. */
  private assertPasses(face: DetectedFace, use: FaceUse): void {
    if (this.isUsable(face, use, 0)) return;
    const q = face.quality;
    throw new InferenceError(
      'LOW_QUALITY',
      `The face is not good enough for a template (${q.reasons.join(', ')})`,
      {
        faceIndex: face.index,
        box: face.box,
        reasons: q.reasons,
        faceSizePx: q.faceSizePx,
        sharpness: q.sharpness,
        poseYawProxy: q.poseYawProxy,
        detectorScore: q.detectorScore,
        thresholds: { ...QUALITY_THRESHOLDS, minFaceSizePx: this.settings.minFaceSizePx },
      },
    );
  }

  private tooSmall(det: RawDetection, index: number): InferenceError {
    return new InferenceError('FACE_TOO_SMALL', 'The face is too small for a reliable template', {
      faceIndex: index,
      box: roundBox(det.box),
      faceSizePx: round(faceSize(det), 1),
      minFaceSizePx: this.settings.minFaceSizePx,
      detectorScore: round(det.score, 4),
    });
  }

  private async processFace(pyramid: ImagePyramid, det: RawDetection, index: number): Promise<DetectedFace> {
    const landmarks = await this.timed('landmarks', () => this.landmarker.landmarks(pyramid, det));
    const { template, rawNorm } = await this.timed('embed', () => this.embedder.embed(pyramid, landmarks));
    const quality = await this.timed('quality', () =>
      assessQuality({
        faceSizePx: Math.max(det.box.width, det.box.height),
        sharpness: faceSharpness(pyramid, landmarks),
        poseYawProxy: yawProxy(landmarks),
        detectorScore: det.score,
        minFaceSizePx: this.settings.minFaceSizePx,
      }),
    );
    const face: DetectedFace = {
      index,
      box: roundBox(det.box),
      detectorScore: round(det.score, 4),
      landmarks: landmarks.map(([x, y]) => [round(x, 2), round(y, 2)]),
      quality,
      expectedHitRate: this.hitRates
        ? expectedHitRate(this.hitRates, { ...quality, embeddingNorm: rawNorm }, template)
        : null,
      template,
      embeddingNorm: round(rawNorm, 4),
    };
    if (this.compared.length) {
      face.templates = { [this.embedder.config.name]: template };
      for (const e of this.compared)
        face.templates[e.config.name] = (
          await this.timed('embed', () => e.embed(pyramid, landmarks))
        ).template;
    }
    return face;
  }

  async close(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.release()));
  }
}

/**
 * One complete face pipeline (decode -> detect -> landmarks -> align -> embed -> quality) with its
 * own ONNX sessions. It runs inside a worker thread (see worker.ts); onnxruntime-node runs
 * inference synchronously on the calling thread, so parallel pipelines need separate threads.
 *
 * Enrolment and search both come through `analyse` / `templateFor`, and every face goes through
 * the one `processFace` function: the same bytes always give the same template.
 */
import type * as ort from 'onnxruntime-node';

import { decodeImage, DecodeLimits } from './decode';
import { BlazeFaceDetector, FaceDetector, RawDetection } from './detector';
import { FaceModelEmbedder, OnnxDescriptorEmbedder } from './embedder';
import { InferenceError } from './errors';
import { expectedHitRate, type HitRateCalibration, loadHitRateCalibration } from './hit-rate';
import { ImagePyramid } from './image-ops';
import { FaceApiLandmarker, Landmarker } from './landmarker';
import { FaceModelChoice, LoadedManifest, loadManifest, ScoreCalibration } from './manifest';
import { assessQuality, faceSharpness, QUALITY_THRESHOLDS, round, yawProxy } from './quality';
import { createSession } from './session';
import type { DetectedFace, FaceAnalysis, FaceBox } from './types';

export interface ProcessorSettings extends DecodeLimits {
  modelsDir: string;
  intraOpThreads: number;
  minFaceSizePx: number;
  /** the face model that makes `template` (unset: the manifest's default) */
  faceModel?: string;
  /** evaluation: further face models whose templates go into `templates`, same detections */
  compareFaceModels?: FaceModelChoice[];
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

export class FaceProcessor {
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
      await loadHitRateCalibration(settings.modelsDir, primary.config.modelVersion),
    );
  }

  async analyse(input: Buffer): Promise<FaceAnalysis> {
    const image = await decodeImage(input, this.settings);
    const pyramid = new ImagePyramid(image);
    const detections = readingOrder(await this.detector.detect(pyramid));
    const faces: DetectedFace[] = [];
    for (let i = 0; i < detections.length; i += 1)
      faces.push(await this.processFace(pyramid, detections[i], i));
    return { width: image.width, height: image.height, sha256: image.sha256, faces };
  }

  async templateFor(
    input: Buffer,
    faceIndex?: number,
    use: 'enrolment' | 'probe' = 'enrolment',
  ): Promise<DetectedFace> {
    const image = await decodeImage(input, this.settings);
    const pyramid = new ImagePyramid(image);
    const detections = readingOrder(await this.detector.detect(pyramid));
    const summary = detections.map((d, index) => ({
      index,
      box: roundBox(d.box),
      detectorScore: round(d.score, 4),
    }));
    if (detections.length === 0)
      throw new InferenceError('NO_FACE', 'No face was found in the image', {
        width: image.width,
        height: image.height,
      });
    if (faceIndex === undefined && detections.length > 1) {
      throw new InferenceError('MULTIPLE_FACES', `${detections.length} faces were found; choose one`, {
        count: detections.length,
        faces: summary,
      });
    }
    const index = faceIndex ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= detections.length) {
      throw new InferenceError('NO_FACE', 'There is no face with that index in the image', {
        faceIndex,
        count: detections.length,
        faces: summary,
      });
    }
    const chosen = detections[index];
    const size = Math.max(chosen.box.width, chosen.box.height);
    if (size < this.settings.minFaceSizePx) {
      throw new InferenceError('FACE_TOO_SMALL', 'The face is too small for a reliable template', {
        faceIndex: index,
        box: roundBox(chosen.box),
        faceSizePx: round(size, 1),
        minFaceSizePx: this.settings.minFaceSizePx,
        detectorScore: round(chosen.score, 4),
      });
    }
    const face = await this.processFace(pyramid, chosen, index);
    // a probe's expected hit rate, where the model has one, says more than the fixed bar
    if (!face.quality.acceptable && !(use === 'probe' && face.expectedHitRate)) {
      const q = face.quality;
      throw new InferenceError(
        'LOW_QUALITY',
        `The face is not good enough for a template (${q.reasons.join(', ')})`,
        {
          faceIndex: index,
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
    return face;
  }

  private async processFace(pyramid: ImagePyramid, det: RawDetection, index: number): Promise<DetectedFace> {
    const landmarks = await this.landmarker.landmarks(pyramid, det);
    const { template } = await this.embedder.embed(pyramid, landmarks);
    const quality = assessQuality({
      faceSizePx: Math.max(det.box.width, det.box.height),
      sharpness: faceSharpness(pyramid, landmarks),
      poseYawProxy: yawProxy(landmarks),
      detectorScore: det.score,
      minFaceSizePx: this.settings.minFaceSizePx,
    });
    const face: DetectedFace = {
      index,
      box: roundBox(det.box),
      detectorScore: round(det.score, 4),
      landmarks: landmarks.map(([x, y]) => [round(x, 2), round(y, 2)]),
      quality,
      expectedHitRate: this.hitRates ? expectedHitRate(this.hitRates, quality, template) : null,
      template,
    };
    if (this.compared.length) {
      face.templates = { [this.embedder.config.name]: template };
      for (const e of this.compared)
        face.templates[e.config.name] = (await e.embed(pyramid, landmarks)).template;
    }
    return face;
  }

  async close(): Promise<void> {
    await Promise.all(this.sessions.map((s) => s.release()));
  }
}

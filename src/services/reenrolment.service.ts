import type { Config } from '../config/config';
import type { Database } from '../db';
import { FaceSearchRepository } from '../db/face-search.repository';
import {
  ModelVersionRepository,
  type ImageToEnrol,
  type NewTemplateFailure,
} from '../db/model-version.repository';
import { Force } from '../entities';
import { In } from 'typeorm';
import {
  createFacePipeline,
  defaultModelsDir,
  InferenceError,
  listFaceModels,
  type DetectedFace,
  type FaceModelListing,
  type FacePipeline,
} from '../inference';
import type { VersionCoverage } from '../db/model-version.repository';
import { ModelRegistry, modelVersionUnavailable } from './model-registry';
import type { Services } from '.';

/** Images per transaction of a re-enrolment, unless told otherwise. */
export const DEFAULT_REENROLMENT_BATCH = 32;

export interface ReenrolmentOptions {
  /** the target face model: a version (`mobilefacenet-192@…`) or a FACE_MODEL name */
  model: string;
  /** the forces whose galleries to re-enrol (codes); default every force */
  forceCodes?: string[];
  /** images per transaction (default 32): small, so searches and enrolments never wait long */
  batch?: number;
  /** stops after the batch in flight (what was written stays written) */
  signal?: AbortSignal;
  onStart?: (total: number, modelVersion: string) => void;
  onProgress?: (progress: { done: number; total: number; templates: number; failures: number }) => void;
}

export interface ReenrolmentReport {
  modelVersion: string;
  faceModel: string;
  /** templates made and images recorded as without a usable face under the version, this run */
  templates: number;
  failures: number;
  /** failures by reason code */
  failureReasons: Record<string, number>;
  seconds: number;
  imagesPerSecond: number;
  /** stopped by the signal before the galleries were covered */
  stopped: boolean;
  forces: Array<{ code: string; coverage: VersionCoverage }>;
}

/** The face models a re-enrolment beside the service works with. */
export interface ReenrolmentModels {
  /** the version whose templates are made, as the models manifest lists it */
  target: FaceModelListing;
  /** the configured model's pipeline (FACE_MODEL: what forces without a recorded version use) */
  primary: FacePipeline;
  /** hands out the target's pipeline (started on first use) and every version's facts */
  models: ModelRegistry;
  close(): Promise<void>;
}

/**
 * Starts the face models of a re-enrolment to `model` (a face model name or version) with the
 * service's inference settings: the target's pipeline gets the configured sessions, the configured
 * model only one unless it is the target. A model the manifest does not offer is
 * MODEL_VERSION_UNAVAILABLE, before any pipeline starts.
 */
export async function openReenrolmentModels(
  config: Pick<Config, 'inference' | 'images'>,
  model: string,
): Promise<ReenrolmentModels> {
  const { inference } = config;
  const listed = listFaceModels(defaultModelsDir());
  const configured = inference.faceModel ?? listed.defaultFaceModel;
  const target = listed.models.find((m) => m.modelVersion === model || m.faceModel === model);
  if (!target)
    throw modelVersionUnavailable(
      model,
      `is not offered by the models manifest (it offers ${listed.models.map((m) => `${m.faceModel} = ${m.modelVersion}`).join(', ')})`,
    );
  const limits = {
    intraOpThreads: inference.intraOpThreads,
    maxInputBytes: config.images.maxBytes,
    maxInputPixels: inference.maxInputPixels,
  };
  const sessions = inference.sessions || undefined;
  const primary = await createFacePipeline({
    ...limits,
    faceModel: configured,
    sessions: target.faceModel === configured ? sessions : 1,
  });
  const models = new ModelRegistry(primary, { pipelineOptions: { ...limits, sessions } });
  return {
    target,
    primary,
    models,
    close: async () => {
      await models.close();
      await primary.close();
    },
  };
}

type Outcome = { face: DetectedFace } | { failure: string };

/** Intersection over union of two boxes. */
function iou(a: ImageToEnrol['box'] & object, b: DetectedFace['box']): number {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = x * y;
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/**
 * The face to take under the new version: the one at the box of the image's existing template
 * (same detector, so the same face), or the only face when the image has no template yet. The
 * enrolment quality bar applies as it does to a new enrolment.
 */
export function chooseFace(faces: DetectedFace[], box: ImageToEnrol['box']): Outcome {
  if (faces.length === 0) return { failure: 'NO_FACE' };
  let chosen: DetectedFace | undefined;
  if (box) {
    const scored = faces.map((f) => ({ f, overlap: iou(box, f.box) })).sort((a, b) => b.overlap - a.overlap);
    if (scored[0].overlap < 0.3) return { failure: 'NO_FACE' };
    chosen = scored[0].f;
  } else if (faces.length === 1) chosen = faces[0];
  else return { failure: 'MULTIPLE_FACES' };
  if (!chosen.quality.acceptable)
    return { failure: chosen.quality.reasons.includes('face_too_small') ? 'FACE_TOO_SMALL' : 'LOW_QUALITY' };
  return { face: chosen };
}

async function analyse(pipeline: FacePipeline, image: ImageToEnrol): Promise<Outcome> {
  if (!image.bytes) return { failure: 'NO_IMAGE_BYTES' };
  try {
    const analysis = await pipeline.analyse(image.bytes, { whenBusy: 'wait' });
    return chooseFace(analysis.faces, image.box);
  } catch (error) {
    if (error instanceof InferenceError) return { failure: error.code };
    throw error;
  }
}

/**
 * Makes the templates of a face model version from the stored image bytes of the forces'
 * galleries, beside a running service: the version becomes ENROLLING (so new enrolments write it
 * too, audited), then images lacking a template or a recorded failure under it are analysed in
 * keyset order and written a batch per transaction (a template that exists is left as it is).
 * A run killed at any point is resumed by running it again: nothing is done twice. Passes repeat
 * until one finds nothing left, so images enrolled meanwhile without the version are covered too.
 * The completion of each force is audited with its coverage.
 */
export async function runReenrolment(
  db: Database,
  services: Pick<Services, 'models' | 'modelVersions' | 'calibrations'>,
  options: ReenrolmentOptions,
): Promise<ReenrolmentReport> {
  const started = process.hrtime.bigint();
  const { models, modelVersions } = services;
  const target = models.resolve(options.model);
  const { modelVersion } = target;
  const batch = Math.max(1, options.batch ?? DEFAULT_REENROLMENT_BATCH);
  // the version's calibration (from the manifest) is recorded: a switch to it needs one
  await services.calibrations.recordFor(modelVersion);
  const forces = options.forceCodes?.length
    ? await db.manager.find(Force, { where: { code: In(options.forceCodes) }, order: { code: 'ASC' } })
    : await db.manager.find(Force, { order: { code: 'ASC' } });
  const unknown = (options.forceCodes ?? []).filter((c) => !forces.some((f) => f.code === c));
  if (unknown.length) throw new Error(`no force with code ${unknown.join(', ')}`);
  const forceIds = forces.map((f) => f.id);

  const before = await modelVersions.startReenrolment(null, forceIds, modelVersion);
  const total = [...before.values()].reduce((sum, c) => sum + c.missing, 0);
  options.onStart?.(total, modelVersion);
  const pipeline = await models.pipeline(modelVersion);
  const dimension = models.dimension(modelVersion);

  const perForce = new Map(forceIds.map((id) => [id, { templates: 0, failures: 0 }]));
  const failureReasons: Record<string, number> = {};
  let done = 0;
  let templates = 0;
  let failures = 0;
  for (let processedInPass = -1; processedInPass !== 0 && !options.signal?.aborted;) {
    processedInPass = 0;
    let after: string | null = null;
    while (!options.signal?.aborted) {
      const images = await ModelVersionRepository.imagesToEnrol(
        db.manager,
        forceIds,
        modelVersion,
        after,
        batch,
      );
      if (images.length === 0) break;
      after = images[images.length - 1].imageId;
      // inference outside any transaction; the pipeline's queue holds the batch back when busy
      const outcomes = await Promise.all(images.map((image) => analyse(pipeline, image)));
      const failed: NewTemplateFailure[] = [];
      const made = await db.transaction(async ({ manager }) => {
        let added = 0;
        for (const [i, image] of images.entries()) {
          const outcome = outcomes[i];
          if ('failure' in outcome) {
            failed.push({
              imageId: image.imageId,
              forceId: image.forceId,
              modelVersion,
              reason: outcome.failure,
            });
            continue;
          }
          const { face } = outcome;
          const inserted = await FaceSearchRepository.insertTemplate(
            manager,
            {
              imageId: image.imageId,
              forceId: image.forceId,
              modelVersion,
              embedding: face.template,
              retentionClass: image.retentionClass,
              under18AtCapture: image.under18AtCapture,
              searchable: image.searchable,
              quality: { ...face.quality },
              box: { ...face.box },
              landmarks: face.landmarks,
            },
            { ifAbsent: true, expectedDimension: dimension },
          );
          if (inserted) {
            added += 1;
            perForce.get(image.forceId)!.templates += 1;
          }
        }
        await ModelVersionRepository.recordFailures(manager, failed);
        return added;
      });
      for (const f of failed) {
        perForce.get(f.forceId)!.failures += 1;
        failureReasons[f.reason] = (failureReasons[f.reason] ?? 0) + 1;
      }
      templates += made;
      failures += failed.length;
      done += images.length;
      processedInPass += images.length;
      options.onProgress?.({ done, total: Math.max(total, done), templates, failures });
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const imagesPerSecond = done / seconds;
  const stopped = Boolean(options.signal?.aborted);
  const report: ReenrolmentReport = {
    modelVersion,
    faceModel: target.faceModel,
    templates,
    failures,
    failureReasons,
    seconds,
    imagesPerSecond,
    stopped,
    forces: [],
  };
  for (const force of forces) {
    const counts = perForce.get(force.id)!;
    const coverage = stopped
      ? await ModelVersionRepository.coverage(db.manager, force.id, modelVersion)
      : await modelVersions.completeReenrolment(null, force.id, modelVersion, {
          ...counts,
          seconds,
          imagesPerSecond,
        });
    report.forces.push({ code: force.code, coverage });
  }
  return report;
}

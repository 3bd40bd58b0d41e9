import {
  createFacePipeline,
  defaultModelsDir,
  listFaceModels,
  type FaceModelListing,
  type FacePipeline,
  type FacePipelineOptions,
  type ScoreCalibration,
} from '../inference';
import { DomainError } from '../errors';

/** A model version this installation's models folder cannot provide (not in its manifest, or uncalibrated). */
export function modelVersionUnavailable(modelVersion: string, why: string): DomainError {
  return new DomainError('MODEL_VERSION_UNAVAILABLE', `Face model version ${modelVersion} ${why}`, {
    modelVersion,
  });
}

export interface ModelRegistryOptions {
  /** The models folder (default: the repository's models/). */
  modelsDir?: string;
  /**
   * How a pipeline of another face model than the configured one is started (default: one
   * session, the configured pipeline's limits otherwise left at their defaults).
   */
  pipelineOptions?: Omit<FacePipelineOptions, 'faceModel' | 'modelsDir'>;
}

/**
 * The one place that hands out face models by version: the pipeline that makes a version's
 * templates and the score calibration that says what its cosines mean. The configured model
 * (FACE_MODEL) is loaded at start-up; any other version the manifest offers is loaded the first
 * time a force needs it (its active version, or a version being enrolled) and kept until close.
 * A version the manifest cannot provide is a MODEL_VERSION_UNAVAILABLE error.
 */
export class ModelRegistry {
  private readonly listings: FaceModelListing[];
  private readonly loaded = new Map<string, Promise<FacePipeline>>();
  private readonly modelsDir: string;

  constructor(
    /** The configured face model's pipeline: the version of forces that have no other. */
    readonly primary: FacePipeline,
    private readonly options: ModelRegistryOptions = {},
  ) {
    this.modelsDir = options.modelsDir ?? defaultModelsDir();
    this.listings = listFaceModels(this.modelsDir).models;
    this.loaded.set(primary.modelVersion, Promise.resolve(primary));
  }

  /** The configured model version (FACE_MODEL). */
  get defaultVersion(): string {
    return this.primary.modelVersion;
  }

  /** Every face model version the manifest offers. */
  get versions(): readonly FaceModelListing[] {
    return this.listings;
  }

  /** A version by its version string or its face model name (e.g. `mobilefacenet-192`). */
  resolve(nameOrVersion: string): FaceModelListing {
    if (nameOrVersion === this.primary.modelVersion || nameOrVersion === this.primary.faceModel)
      return {
        faceModel: this.primary.faceModel,
        modelVersion: this.primary.modelVersion,
        dimension: this.primary.dimension,
        calibration: this.primary.calibration,
      };
    const found = this.listings.find(
      (m) => m.modelVersion === nameOrVersion || m.faceModel === nameOrVersion,
    );
    if (!found) throw modelVersionUnavailable(nameOrVersion, 'is not offered by the models manifest');
    return found;
  }

  /** The version's score calibration; a version without one cannot be used for searching. */
  calibration(modelVersion: string): ScoreCalibration {
    const { calibration } = this.resolve(modelVersion);
    if (!calibration)
      throw modelVersionUnavailable(modelVersion, 'has no score calibration in the models manifest');
    return calibration;
  }

  /** The calibration if this installation knows the version, else null (an old snapshot's version). */
  calibrationIfKnown(modelVersion: string): ScoreCalibration | null {
    try {
      return this.resolve(modelVersion).calibration;
    } catch {
      return null;
    }
  }

  /** The version's template length. */
  dimension(modelVersion: string): number {
    return this.resolve(modelVersion).dimension;
  }

  /** The pipeline making the version's templates, started on first use. */
  pipeline(modelVersion: string): Promise<FacePipeline> {
    // asked by the version string the configured pipeline reports now (not only the one it had at start)
    if (modelVersion === this.primary.modelVersion) return Promise.resolve(this.primary);
    const listing = this.resolve(modelVersion);
    let pipeline = this.loaded.get(listing.modelVersion);
    if (!pipeline) {
      pipeline = createFacePipeline({
        sessions: 1,
        ...this.options.pipelineOptions,
        modelsDir: this.modelsDir,
        faceModel: listing.faceModel,
      }).then((p) => {
        // the manifest's version is what the loaded files must make (loadManifest checks the hashes)
        if (p.modelVersion !== listing.modelVersion) {
          void p.close();
          throw modelVersionUnavailable(listing.modelVersion, 'does not match the loaded model files');
        }
        return p;
      });
      this.loaded.set(listing.modelVersion, pipeline);
      pipeline.catch(() => this.loaded.delete(listing.modelVersion));
    }
    return pipeline;
  }

  /** Stops the pipelines loaded on demand (the primary one is its owner's to close). */
  async close(): Promise<void> {
    const others = [...this.loaded.entries()].filter(([version]) => version !== this.primary.modelVersion);
    this.loaded.clear();
    this.loaded.set(this.primary.modelVersion, Promise.resolve(this.primary));
    await Promise.all(others.map(([, p]) => p.then((x) => x.close()).catch(() => undefined)));
  }
}

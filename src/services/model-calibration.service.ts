import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db';
import { ModelCalibration } from '../entities';
import type { ScoreCalibration } from '../inference';
import { RequestContext } from './request-context';
import { modelVersionUnavailable, type ModelRegistry } from './model-registry';
import { assertCan, UnitOfWork } from './unit-of-work';

/** One face model version, as far as its calibration goes. */
export interface CalibratedModel {
  faceModel: string;
  modelVersion: string;
  calibration: ScoreCalibration;
}

/** Where calibrations come from: the model registry, or one model (a tool, a test). */
export type CalibrationSource = Pick<ModelRegistry, 'defaultVersion' | 'resolve' | 'calibration'>;

/** A calibration source of one model version only. */
export function singleModelSource(model: CalibratedModel): CalibrationSource {
  const known = (version: string) => {
    if (version !== model.modelVersion && version !== model.faceModel)
      throw modelVersionUnavailable(version, 'is not the model of this source');
  };
  return {
    defaultVersion: model.modelVersion,
    resolve: (version) => {
      known(version);
      return {
        faceModel: model.faceModel,
        modelVersion: model.modelVersion,
        dimension: 0,
        calibration: model.calibration,
      };
    },
    calibration: (version) => {
      known(version);
      return model.calibration;
    },
  };
}

type Figures = Pick<
  ModelCalibration,
  | 'dataset'
  | 'galleryCount'
  | 'probeCount'
  | 'genuinePairs'
  | 'impostorPairs'
  | 'thresholdAtFar1e3'
  | 'thresholdAtFar1e4'
  | 'thresholdAtFar1e5'
  | 'tarAtFar1e3'
  | 'tarAtFar1e4'
  | 'tarAtFar1e5'
  | 'measuredOn'
>;

function figuresOf(c: ScoreCalibration): Figures {
  return {
    dataset: c.dataset,
    galleryCount: c.galleryCount,
    probeCount: c.probeCount,
    genuinePairs: c.genuinePairs,
    impostorPairs: c.impostorPairs,
    thresholdAtFar1e3: c.thresholdAtFar1e3,
    thresholdAtFar1e4: c.thresholdAtFar1e4,
    thresholdAtFar1e5: c.thresholdAtFar1e5,
    tarAtFar1e3: c.tarAtFar1e3,
    tarAtFar1e4: c.tarAtFar1e4,
    tarAtFar1e5: c.tarAtFar1e5,
    measuredOn: c.measuredOn,
  };
}

/** Hash of the figures in a fixed order: one row per model version and calibration. */
export function calibrationFingerprint(c: ScoreCalibration): string {
  const f = figuresOf(c);
  const ordered = Object.keys(f)
    .sort()
    .map((k) => [k, f[k as keyof Figures]]);
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

/**
 * Face model calibrations as the service recorded them: the configured model version's at
 * start-up, any other version's when it is first used (a re-enrolment, a force's active version),
 * once each (a re-measured calibration is a new row; rows are never changed), so that every
 * search's policy snapshot can name the calibration its threshold was read against.
 */
export class ModelCalibrationService {
  private readonly recording = new Map<string, Promise<ModelCalibration>>();
  /** Calibrations read by id (immutable rows; a miss or a failure is not kept). */
  private readonly recorded = new Map<string, Promise<ModelCalibration | null>>();

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly models: CalibrationSource,
  ) {}

  /** The configured model version's calibration row (recordFor the default version). */
  recordActive(): Promise<ModelCalibration> {
    return this.recordFor(this.models.defaultVersion);
  }

  /**
   * The row of a model version's calibration (from the models manifest), recorded if it is not
   * yet; concurrent instances agree through the unique fingerprint. MODEL_VERSION_UNAVAILABLE
   * for a version the manifest does not calibrate.
   */
  recordFor(modelVersion: string): Promise<ModelCalibration> {
    let row = this.recording.get(modelVersion);
    if (!row) {
      row = this.record(modelVersion).catch((error: unknown) => {
        this.recording.delete(modelVersion); // a failed attempt (database down) is retried by the next caller
        throw error;
      });
      this.recording.set(modelVersion, row);
    }
    return row;
  }

  /** Whether a calibration of the version was recorded (a version without one is never activated). */
  async isRecorded(manager: EntityManager, modelVersion: string): Promise<boolean> {
    return manager.exists(ModelCalibration, { where: { modelVersion } });
  }

  private async record(version: string): Promise<ModelCalibration> {
    const { faceModel, modelVersion } = this.models.resolve(version);
    const calibration = this.models.calibration(modelVersion);
    const fingerprint = calibrationFingerprint(calibration);
    return this.db.transaction(async ({ manager }) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ModelCalibration)
        .values({ modelVersion, faceModel, fingerprint, ...figuresOf(calibration) })
        .orIgnore()
        .execute();
      return manager.findOneOrFail(ModelCalibration, { where: { modelVersion, fingerprint } });
    });
  }

  /** Every recorded calibration, newest first (oversight and force admins). */
  list(ctx: RequestContext): Promise<ModelCalibration[]> {
    return this.uow.read(ctx, (manager) => {
      assertCan(ctx, 'read', 'ModelCalibration');
      return manager.find(ModelCalibration, { order: { recordedAt: 'DESC', id: 'ASC' } });
    });
  }

  /**
   * A recorded calibration by id, for the policy snapshot that names it: whoever may read the
   * snapshot may read the figures its threshold was read against (aggregate numbers only).
   */
  byId(id: string): Promise<ModelCalibration | null> {
    // rows never change (a trigger refuses UPDATE and DELETE), so a page of snapshots naming the
    // same calibration reads it once, not once per snapshot
    let row = this.recorded.get(id);
    if (!row) {
      row = this.db.manager.findOne(ModelCalibration, { where: { id } });
      this.recorded.set(id, row);
      row.then(
        (found) => found ?? this.recorded.delete(id),
        () => this.recorded.delete(id),
      );
    }
    return row;
  }
}

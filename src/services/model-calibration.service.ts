import { createHash } from 'node:crypto';
import type { Database } from '../db';
import { ModelCalibration } from '../entities';
import type { ScoreCalibration } from '../inference';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

/** The face model in use, as far as its calibration goes. */
export interface CalibratedModel {
  faceModel: string;
  modelVersion: string;
  calibration: ScoreCalibration;
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
 * Face model calibrations as the service recorded them: the active model version's at start-up,
 * once (a re-measured calibration is a new row; rows are never changed), so that every search's
 * policy snapshot can name the calibration its threshold was read against.
 */
export class ModelCalibrationService {
  private active: Promise<ModelCalibration> | null = null;
  /** Calibrations read by id (immutable rows; a miss or a failure is not kept). */
  private readonly recorded = new Map<string, Promise<ModelCalibration | null>>();

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly model: CalibratedModel,
  ) {}

  /**
   * The row of the active model version's calibration, recorded if it is not yet. Called at
   * start-up and by every search; concurrent instances agree through the unique fingerprint.
   */
  recordActive(): Promise<ModelCalibration> {
    this.active ??= this.record().catch((error: unknown) => {
      this.active = null; // a failed attempt (database down) is retried by the next caller
      throw error;
    });
    return this.active;
  }

  private async record(): Promise<ModelCalibration> {
    const { modelVersion, faceModel, calibration } = this.model;
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

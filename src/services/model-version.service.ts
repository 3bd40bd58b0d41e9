import type { EntityManager } from 'typeorm';
import { appendAudit, type AuditActor } from '../audit';
import type { Database } from '../db';
import { FaceSearchRepository } from '../db/face-search.repository';
import { ModelVersionRepository, type VersionCoverage } from '../db/model-version.repository';
import type { ReenrolmentProgress } from '../observability/metrics';
import {
  Force,
  ForceModelVersion,
  ForceModelVersionState,
  ModelSwitch,
  ModelSwitchStatus,
} from '../entities';
import { DomainError, notFound } from '../errors';
import { cosineAtFalseMatchRate, describeFalseMatchRate, minimumThreshold } from '../policy';
import type { ModelCalibrationService } from './model-calibration.service';
import type { ModelValidationService } from './model-validation.service';
import { modelVersionUnavailable, type ModelRegistry } from './model-registry';
import type { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

/** One model version of a force, as gallery managers, force admins and oversight see it. */
export interface ForceModelVersionView {
  forceId: string;
  modelVersion: string;
  /** null: the manifest of this installation does not offer it (any more) */
  faceModel: string | null;
  state: ForceModelVersionState;
  /** null: the manifest does not offer the version */
  dimension: number | null;
  coverage: VersionCoverage;
  /** a calibration of the version was recorded (a switch needs one) */
  calibrationRecorded: boolean;
  /** the force's latest validation of the version (a switch needs one) and its equitable threshold */
  validationId: string | null;
  equitableThreshold: number | null;
  /** the force's floor as a cosine of this version, and the lowest threshold it allows (null: not calibrated here) */
  thresholdFloor: number | null;
  thresholdFloorFalseMatchRate: number;
  minimumThreshold: number | null;
}

/**
 * Which face model version each force searches with, and the move from one to another: a
 * re-enrolment marks a version ENROLLING (new enrolments then write its templates too), a gallery
 * manager proposes the switch once the version covers the force's gallery, a second one approves
 * it, and the old version stays RETIRED (kept up to date, so the force can switch back) until its
 * templates are deleted on request. Forces with no recorded version use the configured one.
 */
export class ModelVersionService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly models: ModelRegistry,
    private readonly calibrations: ModelCalibrationService,
    private readonly validations: ModelValidationService,
  ) {}

  /** The version a force's searches use: its ACTIVE one, else the configured one. */
  async activeVersion(manager: EntityManager, forceId: string): Promise<string> {
    return (
      (await ModelVersionRepository.activeVersions(manager, [forceId])).get(forceId) ??
      this.models.defaultVersion
    );
  }

  /** The versions a new enrolment in the force writes templates of: the active one first. */
  async maintainedVersions(manager: EntityManager, forceId: string): Promise<string[]> {
    const active = await this.activeVersion(manager, forceId);
    const others = (await ModelVersionRepository.maintainedVersions(manager, forceId)).filter(
      (v) => v !== active,
    );
    return [active, ...others];
  }

  /**
   * At start-up: every force without a recorded active version gets the configured one, audited,
   * so a later change of FACE_MODEL never silently changes what a force searches with.
   */
  async assignDefaults(): Promise<number> {
    const version = this.models.defaultVersion;
    return this.db.transaction(async ({ manager }) => {
      const rows: Array<{ id: string }> = await manager.query(
        `INSERT INTO force_model_version (force_id, model_version, state)
         SELECT f.id, $1, 'ACTIVE' FROM force f
          WHERE NOT EXISTS (SELECT 1 FROM force_model_version v WHERE v.force_id = f.id AND v.state = 'ACTIVE')
         ORDER BY f.id
         ON CONFLICT (force_id, model_version) DO UPDATE SET state = 'ACTIVE', changed_at = now()
         RETURNING force_id AS id`,
        [version],
      );
      for (const { id } of rows)
        await appendAudit(manager, null, {
          action: 'FORCE_MODEL_VERSION_ASSIGNED',
          subjectType: 'Force',
          subjectId: id,
          forceId: id,
          details: { modelVersion: version, faceModel: this.models.primary.faceModel },
        });
      return rows.length;
    });
  }

  /**
   * A re-enrolment of `modelVersion` begins in these forces: the version becomes ENROLLING where
   * it is not already kept (ACTIVE, ENROLLING or RETIRED), audited with the images still to do.
   * `actor` null: the command-line tool, as the system.
   */
  async startReenrolment(
    actor: AuditActor | null,
    forceIds: string[],
    modelVersion: string,
  ): Promise<Map<string, VersionCoverage>> {
    const listing = this.models.resolve(modelVersion);
    return this.db.transaction(async ({ manager }) => {
      const coverage = new Map<string, VersionCoverage>();
      for (const forceId of forceIds) {
        const active = await this.activeVersion(manager, forceId);
        const [row] = await manager.query(
          `SELECT state FROM force_model_version WHERE force_id = $1 AND model_version = $2 FOR UPDATE`,
          [forceId, listing.modelVersion],
        );
        const before = (row?.state as ForceModelVersionState | undefined) ?? null;
        if (active !== listing.modelVersion && (before === null || before === ForceModelVersionState.REMOVED))
          await ModelVersionRepository.setState(
            manager,
            forceId,
            listing.modelVersion,
            ForceModelVersionState.ENROLLING,
          );
        const c = await ModelVersionRepository.coverage(manager, forceId, listing.modelVersion);
        coverage.set(forceId, c);
        await appendAudit(manager, actor, {
          action: 'REENROLMENT_STARTED',
          subjectType: 'Force',
          subjectId: forceId,
          forceId,
          details: {
            modelVersion: listing.modelVersion,
            faceModel: listing.faceModel,
            activeVersion: active,
            stateBefore: before ?? (active === listing.modelVersion ? ForceModelVersionState.ACTIVE : null),
            ...c,
          },
        });
      }
      return coverage;
    });
  }

  /** How far each version being enrolled covers its force's gallery: what the metrics show of re-enrolment. */
  async enrollingProgress(): Promise<ReenrolmentProgress[]> {
    const manager = this.db.manager;
    const progress: ReenrolmentProgress[] = [];
    for (const { forceId, code, modelVersion } of await ModelVersionRepository.enrolling(manager)) {
      const c = await ModelVersionRepository.coverage(manager, forceId, modelVersion);
      progress.push({
        modelVersion,
        force: code,
        enrolled: c.enrolled,
        failed: c.failures,
        missing: c.missing,
      });
    }
    return progress;
  }

  /** A re-enrolment finished a force: audited with what it did and the coverage now. */
  async completeReenrolment(
    actor: AuditActor | null,
    forceId: string,
    modelVersion: string,
    done: { templates: number; failures: number; seconds: number; imagesPerSecond: number },
  ): Promise<VersionCoverage> {
    return this.db.transaction(async ({ manager }) => {
      const coverage = await ModelVersionRepository.coverage(manager, forceId, modelVersion);
      await appendAudit(manager, actor, {
        action: 'REENROLMENT_COMPLETED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        details: {
          modelVersion,
          templatesMade: done.templates,
          failuresRecorded: done.failures,
          seconds: Math.round(done.seconds * 10) / 10,
          imagesPerSecond: Math.round(done.imagesPerSecond * 10) / 10,
          coverage,
          complete: coverage.missing === 0,
        },
      });
      return coverage;
    });
  }

  /** The force's versions (every one it has had, and the active one), with coverage and thresholds. */
  list(ctx: RequestContext, forceId?: string): Promise<ForceModelVersionView[]> {
    const id = forceId ?? ctx.officer?.forceId ?? '';
    return this.uow.read(ctx, async (manager) => {
      assertCan(ctx, 'read', 'ModelVersion', { forceId: id });
      const force = await manager.findOne(Force, { where: { id } });
      if (!force) throw notFound('Force', id);
      const rows = await manager.find(ForceModelVersion, {
        where: { forceId: id },
        order: { modelVersion: 'ASC' },
      });
      const active = await this.activeVersion(manager, id);
      const states = new Map(rows.map((r) => [r.modelVersion, r.state]));
      if (!states.has(active)) states.set(active, ForceModelVersionState.ACTIVE);
      const views: ForceModelVersionView[] = [];
      for (const [modelVersion, state] of states)
        views.push(await this.viewOf(manager, force, modelVersion, state));
      const order = [
        ForceModelVersionState.ACTIVE,
        ForceModelVersionState.ENROLLING,
        ForceModelVersionState.RETIRED,
        ForceModelVersionState.REMOVED,
      ];
      return views.sort(
        (a, b) =>
          order.indexOf(a.state) - order.indexOf(b.state) || a.modelVersion.localeCompare(b.modelVersion),
      );
    });
  }

  private async viewOf(
    manager: EntityManager,
    force: Force,
    modelVersion: string,
    state: ForceModelVersionState,
  ): Promise<ForceModelVersionView> {
    const listing = (() => {
      try {
        return this.models.resolve(modelVersion);
      } catch {
        return null;
      }
    })();
    const scale = listing?.calibration ?? null;
    const validation = await this.validations.latest(manager, force.id, modelVersion);
    return {
      forceId: force.id,
      modelVersion,
      faceModel: listing?.faceModel ?? null,
      state,
      dimension: listing?.dimension ?? null,
      coverage: await ModelVersionRepository.coverage(manager, force.id, modelVersion),
      calibrationRecorded: await this.calibrations.isRecorded(manager, modelVersion),
      validationId: validation?.id ?? null,
      equitableThreshold: validation?.equitableThreshold ?? null,
      thresholdFloor: scale ? cosineAtFalseMatchRate(scale, force.thresholdFloorFalseMatchRate) : null,
      thresholdFloorFalseMatchRate: force.thresholdFloorFalseMatchRate,
      minimumThreshold: scale ? minimumThreshold(scale) : null,
    };
  }

  /** Switches of the force, newest first (a handful: a plain list). */
  switches(ctx: RequestContext, forceId?: string): Promise<ModelSwitch[]> {
    const id = forceId ?? ctx.officer?.forceId ?? '';
    return this.uow.read(ctx, async (manager) => {
      assertCan(ctx, 'read', 'ModelSwitch', { forceId: id });
      return manager.find(ModelSwitch, { where: { forceId: id }, order: { proposedAt: 'DESC', id: 'ASC' } });
    });
  }

  /**
   * What stands in the way of `modelVersion` becoming the force's active version: the manifest
   * must offer and calibrate it, its calibration must be recorded, the force must have validated it
   * on its own labelled images (npm run validate-model), and it must cover every image of the
   * force's gallery (a template or a recorded failure each).
   */
  private async assertSwitchable(
    manager: EntityManager,
    forceId: string,
    version: string,
  ): Promise<VersionCoverage> {
    this.models.calibration(version); // MODEL_VERSION_UNAVAILABLE when the manifest cannot provide or calibrate it
    const [row] = await manager.query(
      `SELECT state FROM force_model_version WHERE force_id = $1 AND model_version = $2`,
      [forceId, version],
    );
    const state = row?.state as ForceModelVersionState | undefined;
    if (state !== ForceModelVersionState.ENROLLING && state !== ForceModelVersionState.RETIRED)
      throw new DomainError(
        'INVALID_STATE',
        `Face model version ${version} is ${state ? state.toLowerCase() : 'not enrolled'} in this force: run npm run reenrol -- --model ${version} first`,
        { modelVersion: version, state: state ?? null },
      );
    if (!(await this.calibrations.isRecorded(manager, version)))
      throw new DomainError(
        'MODEL_VERSION_NOT_CALIBRATED',
        `Face model version ${version} has no recorded calibration: record its validation (npm run reenrol records the manifest's) before switching to it`,
        { modelVersion: version },
      );
    if (!(await this.validations.latest(manager, forceId, version)))
      throw new DomainError(
        'MODEL_VERSION_NOT_VALIDATED',
        `Face model version ${version} has no validation recorded for this force: run npm run validate-model -- --model ${version} on the force's own labelled images before switching to it`,
        { modelVersion: version },
      );
    const coverage = await ModelVersionRepository.coverage(manager, forceId, version);
    if (coverage.missing > 0)
      throw new DomainError(
        'MODEL_COVERAGE_INCOMPLETE',
        `Face model version ${version} does not cover the gallery yet: ${coverage.missing} of ${coverage.images} images have neither a template nor a recorded failure`,
        { modelVersion: version, ...coverage },
      );
    return coverage;
  }

  /** A gallery manager proposes switching their force to another version, with a reason. */
  proposeSwitch(ctx: RequestContext, input: { modelVersion: string; reason: string }): Promise<ModelSwitch> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'ModelSwitch', { forceId });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.modelSwitchReason);
      await lockForce(manager, forceId);
      const target = this.models.resolve(input.modelVersion).modelVersion;
      const active = await this.activeVersion(manager, forceId);
      if (target === active)
        throw new DomainError('INVALID_STATE', `Face model version ${target} is already active`, {
          modelVersion: target,
        });
      if (await manager.exists(ModelSwitch, { where: { forceId, status: ModelSwitchStatus.PROPOSED } }))
        throw new DomainError('CONFLICT', 'A switch of model version is already proposed for this force', {});
      const coverage = await this.assertSwitchable(manager, forceId, target);
      const proposal = await manager.save(
        manager.create(ModelSwitch, {
          forceId,
          fromVersion: active,
          toVersion: target,
          status: ModelSwitchStatus.PROPOSED,
          proposedById: ctx.officer!.id,
          proposalReason: reason,
          decidedById: null,
          decisionReason: null,
          decidedAt: null,
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'MODEL_SWITCH_PROPOSED',
        subjectType: 'ModelSwitch',
        subjectId: proposal.id,
        forceId,
        reason,
        details: { fromVersion: active, toVersion: target, coverage },
      });
      return proposal;
    });
  }

  /**
   * A second gallery manager of the force approves a proposed switch, with a reason: coverage
   * and calibration are checked again, the target becomes ACTIVE and the old version RETIRED.
   */
  approveSwitch(ctx: RequestContext, input: { switchId: string; reason: string }): Promise<ModelSwitch> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const proposal = await this.lockProposal(ctx, manager, input.switchId, 'update');
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.modelSwitchReason);
      const { forceId, toVersion } = proposal;
      await lockForce(manager, forceId);
      const active = await this.activeVersion(manager, forceId);
      if (active !== proposal.fromVersion)
        throw new DomainError(
          'INVALID_STATE',
          `The force's active version changed since the proposal (now ${active}); withdraw it and propose again`,
          { activeVersion: active },
        );
      const coverage = await this.assertSwitchable(manager, forceId, toVersion);
      await ModelVersionRepository.setState(manager, forceId, active, ForceModelVersionState.RETIRED);
      await ModelVersionRepository.setState(manager, forceId, toVersion, ForceModelVersionState.ACTIVE);
      Object.assign(proposal, {
        status: ModelSwitchStatus.APPROVED,
        decidedById: ctx.officer!.id,
        decisionReason: reason,
        decidedAt: new Date(),
      });
      await manager.save(proposal);
      await this.uow.audit(ctx, tx, {
        action: 'MODEL_SWITCH_APPROVED',
        subjectType: 'ModelSwitch',
        subjectId: proposal.id,
        forceId,
        reason,
        details: { fromVersion: active, toVersion, proposedById: proposal.proposedById, coverage },
      });
      return proposal;
    });
  }

  /** Withdraws (its proposer) or turns down (another gallery manager) a proposed switch, with a reason. */
  withdrawSwitch(ctx: RequestContext, input: { switchId: string; reason: string }): Promise<ModelSwitch> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const proposal = await this.lockProposal(ctx, manager, input.switchId, 'read');
      assertCan(ctx, 'create', 'ModelSwitch', { forceId: proposal.forceId });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.modelSwitchReason);
      Object.assign(proposal, {
        status: ModelSwitchStatus.WITHDRAWN,
        decidedById: ctx.officer!.id,
        decisionReason: reason,
        decidedAt: new Date(),
      });
      await manager.save(proposal);
      await this.uow.audit(ctx, tx, {
        action: 'MODEL_SWITCH_WITHDRAWN',
        subjectType: 'ModelSwitch',
        subjectId: proposal.id,
        forceId: proposal.forceId,
        reason,
        details: { fromVersion: proposal.fromVersion, toVersion: proposal.toVersion },
      });
      return proposal;
    });
  }

  private async lockProposal(
    ctx: RequestContext,
    manager: EntityManager,
    id: string,
    action: 'update' | 'read',
  ): Promise<ModelSwitch> {
    const proposal = await manager.findOne(ModelSwitch, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw notFound('ModelSwitch', id);
    // another force's proposal is NOT_FOUND; one's own proposal FORBIDDEN to approve (two people)
    assertCan(ctx, action, 'ModelSwitch', {
      id: proposal.id,
      forceId: proposal.forceId,
      proposedById: proposal.proposedById,
    });
    if (proposal.status !== ModelSwitchStatus.PROPOSED)
      throw new DomainError('INVALID_STATE', `This switch was already ${proposal.status.toLowerCase()}`, {
        status: proposal.status,
      });
    return proposal;
  }

  /**
   * Deletes every template of a version the force no longer searches with (not the active one),
   * with a reason; the version becomes REMOVED (switching back to it needs a new re-enrolment).
   */
  deleteTemplates(
    ctx: RequestContext,
    input: { modelVersion: string; reason: string },
  ): Promise<ForceModelVersionView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'delete', 'ModelVersion', { forceId });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.modelTemplatesDeletionReason);
      const force = await lockForce(manager, forceId);
      const active = await this.activeVersion(manager, forceId);
      const version = input.modelVersion;
      if (version === active)
        throw new DomainError(
          'INVALID_STATE',
          `Face model version ${version} is the force's active version: switch to another before deleting its templates`,
          { modelVersion: version },
        );
      if (
        await manager.exists(ModelSwitch, {
          where: { forceId, toVersion: version, status: ModelSwitchStatus.PROPOSED },
        })
      )
        throw new DomainError('INVALID_STATE', 'A proposed switch names this version: withdraw it first', {
          modelVersion: version,
        });
      const [row] = await manager.query(
        `SELECT state FROM force_model_version WHERE force_id = $1 AND model_version = $2`,
        [forceId, version],
      );
      if (!row) throw notFound('ModelVersion', version);
      const deleted = await FaceSearchRepository.deleteModelVersion(manager, forceId, version);
      await ModelVersionRepository.setState(manager, forceId, version, ForceModelVersionState.REMOVED);
      await this.uow.audit(ctx, tx, {
        action: 'MODEL_TEMPLATES_DELETED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: { modelVersion: version, stateBefore: row.state, templatesDeleted: deleted },
      });
      return this.viewOf(manager, force, version, ForceModelVersionState.REMOVED);
    });
  }

  /** "1 in 10,000 (cosine 0.41)": a version's threshold floor for messages. */
  describeFloor(force: Force, modelVersion: string): string {
    const scale = this.models.calibration(modelVersion);
    return `${describeFalseMatchRate(force.thresholdFloorFalseMatchRate)} (cosine ${cosineAtFalseMatchRate(scale, force.thresholdFloorFalseMatchRate).toFixed(4)})`;
  }

  /** MODEL_VERSION_UNAVAILABLE unless the version is offered and calibrated here. */
  assertAvailable(modelVersion: string): void {
    if (!this.models.calibrationIfKnown(modelVersion))
      throw modelVersionUnavailable(
        modelVersion,
        'is not offered (with a calibration) by the models manifest',
      );
  }
}

async function lockForce(manager: EntityManager, forceId: string): Promise<Force> {
  const force = await manager.findOne(Force, { where: { id: forceId }, lock: { mode: 'pessimistic_write' } });
  if (!force) throw notFound('Force', forceId);
  return force;
}

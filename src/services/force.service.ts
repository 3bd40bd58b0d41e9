import { requireText, TEXT_LIMITS } from './validation';
import type { EntityManager } from 'typeorm';
import { Database, type Tx } from '../db';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import { Force, SharingAgreement, type AppliedSeriousnessTier, type SeriousnessTier } from '../entities';
import { badInput, notFound } from '../errors';
import {
  abilityToWhere,
  CALIBRATED_FALSE_MATCH_RATES,
  cosineAtFalseMatchRate,
  effectiveSeriousnessTiers,
  FieldMap,
  tierConfigurationProblems,
  isCalibratedFalseMatchRate,
  type ModelScoreScale,
} from '../policy';
import type { ModelRegistry } from './model-registry';
import type { ModelVersionService } from './model-version.service';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

const AGREEMENT_FIELDS: FieldMap = {
  galleryForceId: { column: 'gallery_force_id' },
  searchingForceId: { column: 'searching_force_id' },
};

const FORCE_ORDER: KeysetOrder = {
  list: 'forces',
  keys: [
    { sql: 'f.code', type: 'text' },
    { sql: 'f.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const AGREEMENT_ORDER: KeysetOrder = {
  list: 'sharingAgreements',
  keys: [
    { sql: 'a.created_at', type: 'timestamptz' },
    { sql: 'a.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

export interface NewSharingAgreement {
  searchingForceId: string;
  reference: string;
  validFrom: Date;
  validUntil?: Date | null;
}

/** Forces (tenants) and the agreements that let one search another's gallery. */
export class ForceService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    /** what each face model version's cosines mean (its calibration) */
    private readonly models: ModelRegistry,
    private readonly versions: ModelVersionService,
  ) {}

  /** The force's threshold floor as a cosine of its active face model version. */
  async thresholdFloor(force: Force, manager: EntityManager = this.db.manager): Promise<number> {
    const scale: ModelScoreScale = this.models.calibration(
      await this.versions.activeVersion(manager, force.id),
    );
    return cosineAtFalseMatchRate(scale, force.thresholdFloorFalseMatchRate);
  }

  /** The force's seriousness tiers: its own, or the default configuration (`configured` false). */
  seriousnessTiers(force: Force): AppliedSeriousnessTier[] {
    const { tiers, configured } = effectiveSeriousnessTiers(force);
    return tiers.map((t) => ({ ...t, configured }));
  }

  /**
   * A force admin sets their own force's seriousness tiers, the whole configuration at once: every
   * offence category in exactly one tier (BAD_USER_INPUT naming the field otherwise). Audited with
   * the reason and the tiers before (the default configuration's, when there were none) and after.
   */
  setSeriousnessTiers(
    ctx: RequestContext,
    input: { tiers: SeriousnessTier[]; reason: string },
  ): Promise<AppliedSeriousnessTier[]> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'update', 'Force', { id: forceId });
      const tiers: SeriousnessTier[] = input.tiers.map((t) => ({
        name: t.name.trim(),
        offenceCategories: [...t.offenceCategories],
        authorisation: t.authorisation,
        maxCandidates: t.maxCandidates,
        thresholdFloorFalseMatchRate: t.thresholdFloorFalseMatchRate ?? null,
        under18Searchable: t.under18Searchable,
        notConvictedSearchable: t.notConvictedSearchable,
      }));
      const [problem] = tierConfigurationProblems(tiers);
      if (problem) throw badInput(problem.message, { field: problem.field });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.seriousnessTiersChangeReason);
      const force = await lockForce(tx, forceId);
      const before = effectiveSeriousnessTiers(force);
      force.seriousnessTiers = tiers;
      await tx.manager.save(force);
      await this.uow.audit(ctx, tx, {
        action: 'FORCE_SERIOUSNESS_TIERS_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: { before: { configured: before.configured, tiers: before.tiers }, after: { tiers } },
      });
      return this.seriousnessTiers(force);
    });
  }

  /** The face model version the force's searches use. */
  activeModelVersion(force: Force): Promise<string> {
    return this.versions.activeVersion(this.db.manager, force.id);
  }

  /** Every force, by code. */
  list(ctx: RequestContext, page: PageRequest = {}): Promise<Page<Force>> {
    const query = (manager: EntityManager) => manager.createQueryBuilder(Force, 'f');
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'Force');
      return keysetPage(query(manager), FORCE_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  /** Agreements involving forces the caller may see, newest first. */
  listSharingAgreements(ctx: RequestContext, page: PageRequest = {}): Promise<Page<SharingAgreement>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'SharingAgreement', 'a', AGREEMENT_FIELDS);
      return manager.createQueryBuilder(SharingAgreement, 'a').where(filter.sql, filter.params);
    };
    return this.uow.run(ctx, ({ manager }) =>
      keysetPage(query(manager), AGREEMENT_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      }),
    );
  }

  /**
   * A force admin sets their own force's floor on probes' expected rank-1 rate and whether an
   * authoriser may override it; the change and its reason are audited with the values before.
   */
  setProbeHitRateGate(
    ctx: RequestContext,
    input: { floor: number; overrideAllowed: boolean; reason: string },
  ): Promise<Force> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'update', 'Force', { id: forceId });
      if (!(input.floor >= 0 && input.floor <= 1))
        throw badInput('floor must be from 0 to 1', { field: 'floor' });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.probeGateChangeReason);
      const force = await lockForce(tx, forceId);
      const before = {
        floor: force.probeHitRateFloor,
        overrideAllowed: force.probeHitRateOverrideAllowed,
      };
      force.probeHitRateFloor = input.floor;
      force.probeHitRateOverrideAllowed = input.overrideAllowed;
      await tx.manager.save(force);
      await this.uow.audit(ctx, tx, {
        action: 'FORCE_PROBE_GATE_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: { before, after: { floor: input.floor, overrideAllowed: input.overrideAllowed } },
      });
      return force;
    });
  }

  /**
   * A force admin sets their own force's threshold floor: a false-match rate the calibration
   * measures (1e-3, 1e-4 or 1e-5), whose cosine the active model's calibration gives. Audited with
   * the rate before and both cosines; the absolute minimum (the model's cosine at 1e-3) is not the
   * force's to move.
   */
  setThresholdFloor(ctx: RequestContext, input: { falseMatchRate: number; reason: string }): Promise<Force> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'update', 'Force', { id: forceId });
      if (!isCalibratedFalseMatchRate(input.falseMatchRate))
        throw badInput(`falseMatchRate must be one of ${CALIBRATED_FALSE_MATCH_RATES.join(', ')}`, {
          field: 'falseMatchRate',
        });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.thresholdFloorChangeReason);
      const force = await lockForce(tx, forceId);
      const modelVersion = await this.versions.activeVersion(tx.manager, forceId);
      const before = {
        falseMatchRate: force.thresholdFloorFalseMatchRate,
        cosine: await this.thresholdFloor(force, tx.manager),
      };
      force.thresholdFloorFalseMatchRate = input.falseMatchRate;
      await tx.manager.save(force);
      await this.uow.audit(ctx, tx, {
        action: 'FORCE_THRESHOLD_FLOOR_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: {
          before,
          after: {
            falseMatchRate: input.falseMatchRate,
            cosine: await this.thresholdFloor(force, tx.manager),
          },
          modelVersion,
        },
      });
      return force;
    });
  }

  /** The gallery force's admin grants another force the right to search its gallery. */
  createSharingAgreement(ctx: RequestContext, input: NewSharingAgreement): Promise<SharingAgreement> {
    return this.uow.run(ctx, async (tx) => {
      const galleryForceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'SharingAgreement', { galleryForceId });
      if (input.searchingForceId === galleryForceId)
        throw badInput('A force cannot share its gallery with itself', { field: 'searchingForceId' });
      if (!(await tx.manager.exists(Force, { where: { id: input.searchingForceId } })))
        throw notFound('Force', input.searchingForceId);
      if (input.validUntil && input.validUntil <= input.validFrom)
        throw badInput('validUntil must be after validFrom', { field: 'validUntil' });
      const agreement = await tx.manager.save(
        tx.manager.create(SharingAgreement, {
          ...input,
          galleryForceId,
          validUntil: input.validUntil ?? null,
          revokedAt: null,
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'SHARING_AGREEMENT_CREATED',
        subjectType: 'SharingAgreement',
        subjectId: agreement.id,
        forceId: galleryForceId,
        details: { searchingForceId: agreement.searchingForceId, reference: agreement.reference },
      });
      return agreement;
    });
  }

  revokeSharingAgreement(ctx: RequestContext, id: string): Promise<SharingAgreement> {
    return this.uow.run(ctx, async (tx) => {
      const agreement = await tx.manager.findOne(SharingAgreement, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agreement) throw notFound('SharingAgreement', id);
      assertCan(ctx, 'update', 'SharingAgreement', agreement);
      if (agreement.revokedAt) return agreement; // revoking twice changes nothing
      agreement.revokedAt = new Date();
      await tx.manager.save(agreement);
      await this.uow.audit(ctx, tx, {
        action: 'SHARING_AGREEMENT_REVOKED',
        subjectType: 'SharingAgreement',
        subjectId: id,
        forceId: agreement.galleryForceId,
      });
      return agreement;
    });
  }
}

/** The force's row, locked for the change a force admin is making to it. */
async function lockForce(tx: Tx, forceId: string): Promise<Force> {
  const force = await tx.manager.findOne(Force, {
    where: { id: forceId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!force) throw notFound('Force', forceId);
  return force;
}

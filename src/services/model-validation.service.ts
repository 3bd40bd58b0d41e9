import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit';
import type { Database } from '../db';
import { Force, ModelValidation } from '../entities';
import { badInput, notFound } from '../errors';
import type { ValidationResult } from '../policy';
import type { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

/** What a validation run hands over to be recorded. */
export interface NewModelValidation extends ValidationResult {
  forceId: string;
  modelVersion: string;
  faceModel: string;
  datasetDescription: string;
  datasetSha256: string;
  imageCount: number;
  unusableImages: number;
  gallerySize: number;
  matedSearches: number;
  nonMatedSearches: number;
  topK: number;
  minGroupSize: number;
  falseMatchRateTarget: number;
  maxGroupRatio: number;
  runBy: string;
  runAt: Date;
}

/**
 * Forces' validations of face model versions on their own labelled images: recorded by `npm run
 * validate-model` (as the system, naming who ran it), read by the force's gallery managers,
 * authorisers and admins and by oversight of the force; the latest of a force and version gives
 * the equitable threshold its searches are held to, and a version without one is never activated.
 */
export class ModelValidationService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  /** Records a validation with its audit event, in one transaction. */
  record(input: NewModelValidation): Promise<ModelValidation> {
    const description = input.datasetDescription.trim();
    const runBy = input.runBy.trim();
    if (description.length < 1 || description.length > 2000)
      throw badInput('The data set description must be 1 to 2,000 characters', {
        field: 'datasetDescription',
      });
    if (runBy.length < 1 || runBy.length > 200)
      throw badInput('Who ran the validation must be named (1 to 200 characters)', { field: 'runBy' });
    return this.db.transaction(async ({ manager }) => {
      if (!(await manager.exists(Force, { where: { id: input.forceId } })))
        throw notFound('Force', input.forceId);
      const row = await manager.save(
        manager.create(ModelValidation, {
          forceId: input.forceId,
          modelVersion: input.modelVersion,
          faceModel: input.faceModel,
          datasetDescription: description,
          datasetSha256: input.datasetSha256,
          imageCount: input.imageCount,
          unusableImages: input.unusableImages,
          gallerySize: input.gallerySize,
          matedSearches: input.matedSearches,
          nonMatedSearches: input.nonMatedSearches,
          topK: input.topK,
          minGroupSize: input.minGroupSize,
          falseMatchRateTarget: input.falseMatchRateTarget,
          maxGroupRatio: input.maxGroupRatio,
          ladder: input.ladder,
          groups: input.groups,
          equitableThreshold: input.equitableThreshold,
          runBy,
          runAt: input.runAt,
        }),
      );
      await appendAudit(manager, null, {
        action: 'MODEL_VALIDATION_RECORDED',
        subjectType: 'ModelValidation',
        subjectId: row.id,
        forceId: row.forceId,
        details: {
          modelVersion: row.modelVersion,
          datasetSha256: row.datasetSha256,
          runBy: row.runBy,
          runAt: row.runAt.toISOString(),
          gallerySize: row.gallerySize,
          matedSearches: row.matedSearches,
          nonMatedSearches: row.nonMatedSearches,
          falseMatchRateTarget: row.falseMatchRateTarget,
          maxGroupRatio: row.maxGroupRatio,
          minGroupSize: row.minGroupSize,
          equitableThreshold: row.equitableThreshold,
          groups: row.groups.map((g) => ({
            attribute: g.attribute,
            value: g.value,
            people: g.people,
            belowMinimumSize: g.belowMinimumSize,
          })),
        },
      });
      return row;
    });
  }

  /** The force's latest validation of the version (what its searches and switches are held to). */
  latest(manager: EntityManager, forceId: string, modelVersion: string): Promise<ModelValidation | null> {
    return manager.findOne(ModelValidation, {
      where: { forceId, modelVersion },
      order: { recordedAt: 'DESC', id: 'DESC' },
    });
  }

  /** A force's validations (default one's own), newest first, optionally of one version: a handful, a plain list. */
  list(ctx: RequestContext, filter: { forceId?: string; modelVersion?: string }): Promise<ModelValidation[]> {
    const forceId = filter.forceId ?? ctx.officer?.forceId ?? '';
    return this.uow.read(ctx, (manager) => {
      assertCan(ctx, 'read', 'ModelValidation', { forceId });
      return manager.find(ModelValidation, {
        where: { forceId, ...(filter.modelVersion ? { modelVersion: filter.modelVersion } : {}) },
        order: { recordedAt: 'DESC', id: 'DESC' },
      });
    });
  }

  /** One validation; another force's (not overseen) is NOT_FOUND. */
  get(ctx: RequestContext, id: string): Promise<ModelValidation> {
    return this.uow.read(ctx, async (manager) => {
      const row = /^[0-9a-f-]{36}$/i.test(id)
        ? await manager.findOne(ModelValidation, { where: { id } })
        : null;
      if (!row) throw notFound('ModelValidation', id);
      assertCan(ctx, 'read', 'ModelValidation', { id: row.id, forceId: row.forceId });
      return row;
    });
  }
}

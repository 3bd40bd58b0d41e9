import { Database } from '../db';
import { Force, SharingAgreement } from '../entities';
import { badInput, notFound } from '../errors';
import { abilityToWhere, FieldMap } from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';

const AGREEMENT_FIELDS: FieldMap = { galleryForceId: { column: 'gallery_force_id' }, searchingForceId: { column: 'searching_force_id' } };

export interface NewSharingAgreement {
  searchingForceId: string;
  reference: string;
  validFrom: Date;
  validUntil?: Date | null;
}

/** Forces (tenants) and the agreements that let one search another's gallery. */
export class ForceService {
  constructor(private readonly db: Database, private readonly uow: UnitOfWork) {}

  list(ctx: RequestContext): Promise<Force[]> {
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'Force');
      return manager.find(Force, { order: { code: 'ASC' } });
    });
  }

  listSharingAgreements(ctx: RequestContext): Promise<SharingAgreement[]> {
    return this.uow.run(ctx, async ({ manager }) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'SharingAgreement', 'a', AGREEMENT_FIELDS);
      return manager.createQueryBuilder(SharingAgreement, 'a').where(filter.sql, filter.params).orderBy('a.created_at', 'DESC').getMany();
    });
  }

  /** The gallery force's admin grants another force the right to search its gallery. */
  createSharingAgreement(ctx: RequestContext, input: NewSharingAgreement): Promise<SharingAgreement> {
    return this.uow.run(ctx, async (tx) => {
      const galleryForceId = ctx.officer!.forceId;
      assertCan(ctx, 'create', 'SharingAgreement', { galleryForceId });
      if (input.searchingForceId === galleryForceId) throw badInput('A force cannot share its gallery with itself', { field: 'searchingForceId' });
      if (!(await tx.manager.exists(Force, { where: { id: input.searchingForceId } }))) throw notFound('Force', input.searchingForceId);
      if (input.validUntil && input.validUntil <= input.validFrom) throw badInput('validUntil must be after validFrom', { field: 'validUntil' });
      const agreement = await tx.manager.save(tx.manager.create(SharingAgreement, { ...input, galleryForceId, validUntil: input.validUntil ?? null, revokedAt: null }));
      await this.uow.audit(ctx, tx, {
        action: 'SHARING_AGREEMENT_CREATED', subjectType: 'SharingAgreement', subjectId: agreement.id, forceId: galleryForceId,
        details: { searchingForceId: agreement.searchingForceId, reference: agreement.reference },
      });
      return agreement;
    });
  }

  revokeSharingAgreement(ctx: RequestContext, id: string): Promise<SharingAgreement> {
    return this.uow.run(ctx, async (tx) => {
      const agreement = await tx.manager.findOne(SharingAgreement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agreement) throw notFound('SharingAgreement', id);
      assertCan(ctx, 'update', 'SharingAgreement', agreement);
      if (agreement.revokedAt) return agreement; // revoking twice changes nothing
      agreement.revokedAt = new Date();
      await tx.manager.save(agreement);
      await this.uow.audit(ctx, tx, { action: 'SHARING_AGREEMENT_REVOKED', subjectType: 'SharingAgreement', subjectId: id, forceId: agreement.galleryForceId });
      return agreement;
    });
  }
}

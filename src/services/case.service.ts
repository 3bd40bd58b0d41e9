import type { EntityManager } from 'typeorm';
import { Database } from '../db';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import { CaseFile, CaseStatus, OffenceCategory, Officer, SearchRequest } from '../entities';
import { In } from 'typeorm';
import { badInput, conflict, DomainError, notFound } from '../errors';
import { abilityToWhere, FieldMap } from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';
import { OPEN_STATES } from './workflow/search-request.state-machine';

export const CASE_FIELDS: FieldMap = {
  id: { column: 'id' },
  forceId: { column: 'force_id' },
  createdById: { column: 'created_by_id' },
  assignedOfficerIds: { column: 'assigned_officer_ids', array: true },
  status: { column: 'status' },
};

const CASE_ORDER: KeysetOrder = {
  list: 'cases',
  keys: [
    { sql: 'c.created_at', type: 'timestamptz' },
    { sql: 'c.id', type: 'uuid' },
  ],
  direction: 'DESC',
};

export interface NewCase {
  crimeReference: string;
  offenceCategory: OffenceCategory;
}

/** Investigations; a search request can only be opened on a case its requester works on. */
export class CaseService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  create(ctx: RequestContext, input: NewCase): Promise<CaseFile> {
    return this.uow.run(ctx, async (tx) => {
      const me = ctx.officer!;
      assertCan(ctx, 'create', 'Case', { forceId: me.forceId });
      const crimeReference = input.crimeReference.trim();
      if (await tx.manager.exists(CaseFile, { where: { forceId: me.forceId, crimeReference } })) {
        throw conflict('A case with this crime reference already exists in your force', { crimeReference });
      }
      const created = await tx.manager.save(
        tx.manager.create(CaseFile, {
          forceId: me.forceId,
          crimeReference,
          offenceCategory: input.offenceCategory,
          status: CaseStatus.OPEN,
          createdById: me.id,
          assignedOfficerIds: [me.id],
        }),
      );
      await this.uow.audit(ctx, tx, {
        action: 'CASE_CREATED',
        subjectType: 'Case',
        subjectId: created.id,
        forceId: created.forceId,
        details: { crimeReference, offenceCategory: created.offenceCategory },
      });
      return created;
    });
  }

  get(ctx: RequestContext, id: string): Promise<CaseFile> {
    return this.uow.run(ctx, async ({ manager }) => {
      const found = await manager.findOne(CaseFile, { where: { id } });
      if (!found) throw notFound('Case', id);
      assertCan(ctx, 'read', 'Case', found);
      return found;
    });
  }

  /** Cases the caller may read, newest first, one page at a time. */
  list(
    ctx: RequestContext,
    options: { status?: CaseStatus } = {},
    page: PageRequest = {},
  ): Promise<Page<CaseFile>> {
    const query = (manager: EntityManager) => {
      const filter = abilityToWhere(ctx.ability, 'read', 'Case', 'c', CASE_FIELDS);
      const qb = manager.createQueryBuilder(CaseFile, 'c').where(filter.sql, filter.params);
      if (options.status) qb.andWhere('c.status = :status', { status: options.status });
      return qb;
    };
    return this.uow.run(ctx, ({ manager }) =>
      keysetPage(query(manager), CASE_ORDER, page, (rows) => rows, {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      }),
    );
  }

  assignOfficer(ctx: RequestContext, caseId: string, officerId: string): Promise<CaseFile> {
    return this.uow.run(ctx, async (tx) => {
      const found = await tx.manager.findOne(CaseFile, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw notFound('Case', caseId);
      assertCan(ctx, 'update', 'Case', found);
      const officer = await tx.manager.findOne(Officer, { where: { id: officerId, active: true } });
      if (!officer || officer.forceId !== found.forceId)
        throw badInput("The officer must be an active member of the case's force", { field: 'officerId' });
      if (found.assignedOfficerIds.includes(officerId)) return found;
      found.assignedOfficerIds = [...found.assignedOfficerIds, officerId];
      await tx.manager.save(found);
      await this.uow.audit(ctx, tx, {
        action: 'CASE_OFFICER_ASSIGNED',
        subjectType: 'Case',
        subjectId: found.id,
        forceId: found.forceId,
        details: { officerId },
      });
      return found;
    });
  }

  /**
   * Closes a case once none of its searches is still being worked on, with a reason. The searches'
   * retention after case closure counts from now (RetentionService).
   */
  close(ctx: RequestContext, caseId: string, reasonText: string, now = new Date()): Promise<CaseFile> {
    return this.uow.run(ctx, async (tx) => {
      const found = await tx.manager.findOne(CaseFile, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw notFound('Case', caseId);
      assertCan(ctx, 'update', 'Case', found);
      const reason = requireText(reasonText, 'reason', TEXT_LIMITS.caseCloseReason);
      if (found.status === CaseStatus.CLOSED) throw conflict('The case is closed already');
      const open = await tx.manager.count(SearchRequest, {
        where: { caseId, status: In([...OPEN_STATES]) },
      });
      if (open > 0)
        throw new DomainError(
          'INVALID_STATE',
          'The case has searches still being worked on: withdraw or finish them first',
          {
            openSearchRequests: open,
          },
        );
      Object.assign(found, {
        status: CaseStatus.CLOSED,
        closedAt: now,
        closedById: ctx.officer!.id,
        closeReason: reason,
      });
      await tx.manager.save(found);
      await this.uow.audit(ctx, tx, {
        action: 'CASE_CLOSED',
        subjectType: 'Case',
        subjectId: found.id,
        forceId: found.forceId,
        reason,
        details: { closedAt: now.toISOString() },
      });
      return found;
    });
  }
}

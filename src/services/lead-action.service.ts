import { In, QueryFailedError, type EntityManager } from 'typeorm';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  CorroborationType,
  LeadAction,
  LeadActionEvidence,
  LeadActionStatus,
  LeadActionType,
  LeadCorroboration,
  LeadOutcome,
  LeadOutcomeResult,
  SearchRequest,
} from '../entities';
import { badInput, conflict, DomainError, notFound } from '../errors';
import { abilityToWhere, ACTIONS_NEEDING_CORROBORATION, type FieldMap, requestPartSubject } from '../policy';
import { assertConfirmedLead, insertLeadOutcome, lockLeadRequest } from './lead-outcome.service';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Corroborations one action may name (a lead rarely has more than a handful). */
export const LEAD_ACTION_MAX_EVIDENCE = 50;

const LEAD_ACTION_COLUMNS: FieldMap = {
  forceId: { column: 'force_id' },
  requesterId: { sql: (a) => `SELECT r.requester_id FROM search_request r WHERE r.id = "${a}"."request_id"` },
  proposedById: { column: 'proposed_by_id' },
};

/** A queue: oldest proposal first. */
const LEAD_ACTION_ORDER: KeysetOrder = {
  list: 'leadActions',
  keys: [
    { sql: 'a.proposed_at', type: 'timestamptz' },
    { sql: 'a.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

export interface NewLeadCorroboration {
  requestId: string;
  type: CorroborationType;
  reference: string;
  description: string;
}

export interface NewLeadAction {
  requestId: string;
  type: LeadActionType;
  reason: string;
  /** The corroborations it rests on; absent: every one recorded on the lead. */
  corroborationIds?: readonly string[] | null;
}

export interface LeadActionDecision {
  actionId: string;
  reason: string;
}

export interface LeadActionFilter {
  status?: LeadActionStatus | null;
  forceId?: string | null;
  searchRequestId?: string | null;
}

/** An action as read: with the corroborations it rests on. */
export interface LeadActionView extends LeadAction {
  corroborationIds: string[];
}

/** Everything recorded on one lead after the match. */
export interface LeadView {
  requestId: string;
  forceId: string;
  outcome: LeadOutcome | null;
  corroborations: LeadCorroboration[];
  actions: LeadActionView[];
}

/**
 * The lead after the match. A confirmed possible match is intelligence: an identification
 * procedure, arrest, charge or public appeal on it needs independent corroborating evidence
 * recorded first and a supervisor's approval.
 *
 * - `recordCorroboration`: the requester or a supervisor of the force records evidence found
 *   independently of the search (type, reference, description). The first record on a lead with
 *   no outcome yet is also its CORROBORATED outcome (naming that record), in the same transaction;
 *   a lead recorded as EXCLUDED takes no corroboration.
 * - `propose`: an action with a reason, resting on recorded corroborations (named, or all of them);
 *   with none recorded it is refused (CORROBORATION_REQUIRED) and the refusal is audited.
 * - `approve` / `reject`: a supervisor of the force who did not propose it decides, with a reason;
 *   approved is taken. Of two racing decisions one wins, the other is CONFLICT.
 *
 * Every step locks the request first, is one transaction with its audit event, and carries no
 * biometric data.
 */
export class LeadActionService {
  constructor(private readonly uow: UnitOfWork) {}

  recordCorroboration(ctx: RequestContext, input: NewLeadCorroboration): Promise<LeadCorroboration> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const request = await lockLeadRequest(ctx, manager, input.requestId, 'create', 'LeadCorroboration');
      if (!Object.values(CorroborationType).includes(input.type))
        throw badInput(`type must be one of ${Object.values(CorroborationType).join(', ')}`, {
          field: 'type',
        });
      const reference = requireText(input.reference, 'reference', TEXT_LIMITS.corroborationReference);
      const description = requireText(input.description, 'description', TEXT_LIMITS.corroborationDescription);
      assertConfirmedLead(request);
      const outcome = await manager.findOne(LeadOutcome, { where: { requestId: request.id } });
      if (outcome?.result === LeadOutcomeResult.EXCLUDED)
        throw new DomainError(
          'INVALID_STATE',
          'This lead was recorded as excluded: the person it named was eliminated, so nothing corroborates it',
          { leadOutcome: outcome.result },
        );
      const same = await manager
        .createQueryBuilder(LeadCorroboration, 'c')
        .where('c.request_id = :requestId AND c.type = :type AND lower(c.reference) = lower(:reference)', {
          requestId: request.id,
          type: input.type,
          reference,
        })
        .getOne();
      if (same)
        throw conflict(`This evidence (${same.type} ${same.reference}) is already recorded on the lead`, {
          corroborationId: same.id,
        });
      const row = manager.create(LeadCorroboration, {
        requestId: request.id,
        forceId: request.forceId,
        type: input.type,
        reference,
        description,
        recordedById: ctx.officer!.id,
        recordedAt: new Date(),
      });
      await insertOrConflict(
        manager,
        LeadCorroboration,
        row,
        'This evidence is already recorded on the lead',
      );
      await this.uow.audit(ctx, tx, {
        action: 'LEAD_CORROBORATION_RECORDED',
        subjectType: 'LeadCorroboration',
        subjectId: row.id,
        forceId: request.forceId,
        reason: description,
        details: {
          searchRequestId: request.id,
          corroborationId: row.id,
          type: row.type,
          reference: row.reference,
          makesOutcome: !outcome,
        },
      });
      // recording corroborating evidence is what makes the lead corroborated
      if (!outcome)
        await insertLeadOutcome(this.uow, ctx, tx, request, {
          result: LeadOutcomeResult.CORROBORATED,
          note: description,
          corroborationId: row.id,
        });
      return row;
    });
  }

  propose(ctx: RequestContext, input: NewLeadAction): Promise<LeadActionView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const request = await lockLeadRequest(ctx, manager, input.requestId, 'create', 'LeadAction');
      if (!Object.values(LeadActionType).includes(input.type))
        throw badInput(`type must be one of ${Object.values(LeadActionType).join(', ')}`, { field: 'type' });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.leadActionReason);
      const named = evidenceIds(input.corroborationIds);
      assertConfirmedLead(request);
      const outcome = await manager.findOne(LeadOutcome, { where: { requestId: request.id } });
      if (outcome?.result === LeadOutcomeResult.EXCLUDED)
        throw new DomainError(
          'INVALID_STATE',
          'This lead was recorded as excluded: the person it named was eliminated, so no action may rest on it',
          { leadOutcome: outcome.result },
        );
      const recorded = await manager.find(LeadCorroboration, {
        where: { requestId: request.id },
        order: { recordedAt: 'ASC', id: 'ASC' },
      });
      if (recorded.length === 0 && ACTIONS_NEEDING_CORROBORATION.includes(input.type))
        throw corroborationRequired(request, input.type);
      const known = new Set(recorded.map((c) => c.id));
      const unknown = named?.find((id) => !known.has(id));
      if (unknown)
        throw badInput('corroborationIds names evidence that is not recorded on this lead', {
          field: 'corroborationIds',
          id: unknown,
        });
      const reliedOn = named ?? [...known];
      const open = await manager.findOne(LeadAction, {
        where: { requestId: request.id, type: input.type, status: LeadActionStatus.PROPOSED },
      });
      if (open)
        throw conflict(`A ${input.type} on this lead is already proposed and awaits a supervisor`, {
          leadActionId: open.id,
        });
      const action = manager.create(LeadAction, {
        requestId: request.id,
        forceId: request.forceId,
        type: input.type,
        reason,
        status: LeadActionStatus.PROPOSED,
        proposedById: ctx.officer!.id,
        proposedAt: new Date(),
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
      });
      await insertOrConflict(manager, LeadAction, action, `A ${input.type} on this lead is already proposed`);
      await manager.insert(
        LeadActionEvidence,
        reliedOn.map((corroborationId) => ({ actionId: action.id, corroborationId, requestId: request.id })),
      );
      await this.uow.audit(ctx, tx, {
        action: 'LEAD_ACTION_PROPOSED',
        subjectType: 'LeadAction',
        subjectId: action.id,
        forceId: request.forceId,
        reason,
        details: {
          searchRequestId: request.id,
          leadActionId: action.id,
          type: action.type,
          corroborationIds: reliedOn,
          corroborationTypes: [
            ...new Set(recorded.filter((c) => reliedOn.includes(c.id)).map((c) => c.type)),
          ],
        },
      });
      return { ...action, corroborationIds: reliedOn };
    });
  }

  approve(ctx: RequestContext, input: LeadActionDecision): Promise<LeadActionView> {
    return this.decide(ctx, input, LeadActionStatus.APPROVED);
  }

  reject(ctx: RequestContext, input: LeadActionDecision): Promise<LeadActionView> {
    return this.decide(ctx, input, LeadActionStatus.REJECTED);
  }

  /** Everything recorded on one lead: its outcome, corroborations and actions (requester, supervisors, oversight). */
  lead(ctx: RequestContext, requestId: string): Promise<LeadView> {
    return this.uow.read(ctx, async (manager) => {
      const request = await manager.findOne(SearchRequest, { where: { id: requestId } });
      if (!request) throw notFound('SearchRequest', requestId);
      assertCan(ctx, 'read', 'LeadCorroboration', requestPartSubject(request));
      return loadLead(manager, request.id, request.forceId);
    });
  }

  /** Actions on leads the caller may see (supervisors: their force's queue; oversight: its forces), oldest first. */
  list(
    ctx: RequestContext,
    filter: LeadActionFilter = {},
    page: PageRequest = {},
  ): Promise<Page<LeadActionView>> {
    const query = (manager: EntityManager) => {
      const where = abilityToWhere(ctx.ability, 'read', 'LeadAction', 'a', LEAD_ACTION_COLUMNS);
      const qb = manager.createQueryBuilder(LeadAction, 'a').where(where.sql, where.params);
      if (filter.status) qb.andWhere('a.status = :status', { status: filter.status });
      if (filter.forceId) qb.andWhere('a.force_id = :forceId', { forceId: filter.forceId });
      if (filter.searchRequestId)
        qb.andWhere('a.request_id = :requestId', { requestId: filter.searchRequestId });
      return qb;
    };
    // a list may be served by a read replica (read-your-writes for the caller's own changes)
    return this.uow.read(
      ctx,
      async (manager) => {
        assertCan(ctx, 'read', 'LeadAction');
        if (filter.status && !Object.values(LeadActionStatus).includes(filter.status))
          throw badInput('status is not a lead action status', { field: 'status' });
        return keysetPage(query(manager), LEAD_ACTION_ORDER, page, (rows) => withEvidence(manager, rows), {
          totalCount: () => this.uow.read(ctx, (m) => query(m).getCount(), { replica: 'list' }),
        });
      },
      { replica: 'list' },
    );
  }

  private decide(
    ctx: RequestContext,
    input: LeadActionDecision,
    status: LeadActionStatus.APPROVED | LeadActionStatus.REJECTED,
  ): Promise<LeadActionView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const found = await manager.findOne(LeadAction, { where: { id: input.actionId } });
      if (!found) throw notFound('LeadAction', input.actionId);
      // the request first, as every step on the lead locks it; then the action itself
      const request = await manager.findOne(SearchRequest, {
        where: { id: found.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      const action = await manager.findOne(LeadAction, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request || !action) throw notFound('LeadAction', input.actionId);
      // another force's action is NOT_FOUND; one's own proposal FORBIDDEN (nobody approves their own)
      assertCan(ctx, 'authorise', 'LeadAction', {
        id: action.id,
        forceId: action.forceId,
        requesterId: request.requesterId,
        proposedById: action.proposedById,
      });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.leadActionDecisionReason);
      if (action.status !== LeadActionStatus.PROPOSED)
        throw conflict(`This action was already ${action.status.toLowerCase()}`, {
          status: action.status,
          decidedById: action.decidedById,
        });
      const evidence = await manager.find(LeadActionEvidence, { where: { actionId: action.id } });
      if (status === LeadActionStatus.APPROVED) {
        assertConfirmedLead(request);
        // the database refuses an action without evidence; a stale row must not be approved either
        if (evidence.length === 0) throw corroborationRequired(request, action.type);
      }
      const decidedAt = new Date();
      Object.assign(action, {
        status,
        decidedById: ctx.officer!.id,
        decidedAt,
        decisionReason: reason,
      });
      await manager.update(
        LeadAction,
        { id: action.id },
        { status, decidedById: action.decidedById, decidedAt, decisionReason: reason },
      );
      const corroborationIds = evidence.map((e) => e.corroborationId).sort();
      await this.uow.audit(ctx, tx, {
        action: status === LeadActionStatus.APPROVED ? 'LEAD_ACTION_APPROVED' : 'LEAD_ACTION_REJECTED',
        subjectType: 'LeadAction',
        subjectId: action.id,
        forceId: action.forceId,
        reason,
        details: {
          searchRequestId: request.id,
          leadActionId: action.id,
          type: action.type,
          proposedById: action.proposedById,
          corroborationIds,
          ...(status === LeadActionStatus.APPROVED && request.outcomeAt
            ? { secondsFromOutcome: Math.round((decidedAt.getTime() - request.outcomeAt.getTime()) / 1000) }
            : {}),
        },
      });
      return { ...action, corroborationIds };
    });
  }
}

/** The refusal of an action with no corroboration recorded: CORROBORATION_REQUIRED, audited on its own. */
function corroborationRequired(request: SearchRequest, type: LeadActionType): DomainError {
  return new DomainError(
    'CORROBORATION_REQUIRED',
    `A facial recognition result is intelligence only: record independent corroborating evidence (recordLeadCorroboration) before a ${type} on this lead`,
    { actionType: type },
    {
      refusal: {
        action: 'LEAD_ACTION_REFUSED',
        subjectType: 'SearchRequest',
        subjectId: request.id,
        forceId: request.forceId,
        details: { searchRequestId: request.id, type, refusal: 'CORROBORATION_REQUIRED' },
      },
    },
  );
}

/** Named corroboration ids checked as a list: non-empty, UUIDs, at most LEAD_ACTION_MAX_EVIDENCE, no repeats. */
function evidenceIds(ids: readonly string[] | null | undefined): string[] | null {
  if (ids === undefined || ids === null) return null;
  if (!Array.isArray(ids) || ids.length === 0)
    throw badInput('corroborationIds names at least one corroboration (or leave it out for all of them)', {
      field: 'corroborationIds',
    });
  if (ids.length > LEAD_ACTION_MAX_EVIDENCE)
    throw badInput(`corroborationIds names at most ${LEAD_ACTION_MAX_EVIDENCE}`, {
      field: 'corroborationIds',
      max: LEAD_ACTION_MAX_EVIDENCE,
    });
  if (!ids.every((id) => typeof id === 'string' && UUID.test(id)))
    throw badInput('corroborationIds holds ids only', { field: 'corroborationIds' });
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (unique.length !== ids.length)
    throw badInput('corroborationIds names each once', { field: 'corroborationIds' });
  return unique;
}

async function insertOrConflict<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  row: T,
  message: string,
): Promise<void> {
  try {
    await manager.insert(entity, row as never);
  } catch (error) {
    if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505')
      throw conflict(message);
    throw error;
  }
}

async function withEvidence(manager: EntityManager, actions: LeadAction[]): Promise<LeadActionView[]> {
  if (actions.length === 0) return [];
  const rows = await manager.find(LeadActionEvidence, { where: { actionId: In(actions.map((a) => a.id)) } });
  const byAction = new Map<string, string[]>();
  for (const r of rows) byAction.set(r.actionId, [...(byAction.get(r.actionId) ?? []), r.corroborationId]);
  return actions.map((a) => ({ ...a, corroborationIds: (byAction.get(a.id) ?? []).sort() }));
}

/** One lead's outcome, corroborations and actions, in the order they were recorded. */
export async function loadLead(
  manager: EntityManager,
  requestId: string,
  forceId: string,
): Promise<LeadView> {
  const outcome = await manager.findOne(LeadOutcome, { where: { requestId } });
  const corroborations = await manager.find(LeadCorroboration, {
    where: { requestId },
    order: { recordedAt: 'ASC', id: 'ASC' },
  });
  const actions = await manager.find(LeadAction, {
    where: { requestId },
    order: { proposedAt: 'ASC', id: 'ASC' },
  });
  return { requestId, forceId, outcome, corroborations, actions: await withEvidence(manager, actions) };
}

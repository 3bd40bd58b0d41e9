import { type EntityManager, QueryFailedError } from 'typeorm';
import type { Tx } from '../db';
import {
  LeadOutcome,
  LeadOutcomeResult,
  SearchOutcome,
  SearchRequest,
  SearchRequestStatus,
} from '../entities';
import { badInput, conflict, DomainError, notFound, purged } from '../errors';
import { type Action, requestPartSubject, type SubjectName } from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

/** A request's outcome named a candidate (reviewers agreed or a supervisor adjudicated), whether or not it is closed since. */
const CONFIRMED_STATES: readonly SearchRequestStatus[] = [
  SearchRequestStatus.CONFIRMED,
  SearchRequestStatus.ADJUDICATED,
  SearchRequestStatus.CLOSED,
];

export interface NewLeadOutcome {
  requestId: string;
  result: LeadOutcomeResult;
  note: string;
}

/**
 * The request a lead belongs to, locked as every workflow step locks it (a second step on the same
 * lead queues here and then sees the first), after checking the caller may `action` it as
 * `subjectName`: NOT_FOUND for a request they may not even read (another force's), FORBIDDEN else.
 */
export async function lockLeadRequest(
  ctx: RequestContext,
  manager: EntityManager,
  requestId: string,
  action: Action,
  subjectName: SubjectName,
): Promise<SearchRequest> {
  const request = await manager.findOne(SearchRequest, {
    where: { id: requestId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!request) throw notFound('SearchRequest', requestId);
  assertCan(ctx, action, subjectName, requestPartSubject(request));
  return request;
}

/** PURGED once the candidate the lead named is gone; INVALID_STATE unless the outcome confirmed a candidate. */
export function assertConfirmedLead(request: SearchRequest): void {
  if (request.purgedAt) throw purged('candidate list', request.purgedAt, 'see the request');
  if (
    request.outcome !== SearchOutcome.POSSIBLE_MATCH ||
    !request.outcomeCandidateId ||
    !CONFIRMED_STATES.includes(request.status)
  ) {
    throw new DomainError(
      'INVALID_STATE',
      `Only a confirmed possible match is a lead; this request is ${request.status}`,
      { state: request.status },
    );
  }
}

/**
 * Writes the lead's outcome and its audit event in `tx` (the caller holds the request's lock and
 * has checked it is a confirmed lead with no outcome yet). A CORROBORATED outcome names the
 * corroborating evidence whose recording made it.
 */
export async function insertLeadOutcome(
  uow: UnitOfWork,
  ctx: RequestContext,
  tx: Tx,
  request: SearchRequest,
  outcome: { result: LeadOutcomeResult; note: string; corroborationId: string | null },
): Promise<LeadOutcome> {
  const { manager } = tx;
  const row = manager.create(LeadOutcome, {
    requestId: request.id,
    forceId: request.forceId,
    candidateId: request.outcomeCandidateId,
    result: outcome.result,
    corroborationId: outcome.corroborationId,
    note: outcome.note,
    recordedById: ctx.officer!.id,
    recordedAt: new Date(),
  });
  try {
    await manager.insert(LeadOutcome, row);
  } catch (error) {
    if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505')
      throw conflict('What came of this lead was already recorded');
    throw error;
  }
  await uow.audit(ctx, tx, {
    action: 'LEAD_OUTCOME_RECORDED',
    subjectType: 'SearchRequest',
    subjectId: request.id,
    forceId: request.forceId,
    reason: outcome.note,
    details: {
      searchRequestId: request.id,
      leadOutcomeId: row.id,
      result: row.result,
      candidateId: row.candidateId,
      outcomeBasis: request.outcomeBasis,
      ...(row.corroborationId ? { corroborationId: row.corroborationId } : {}),
    },
  });
  return row;
}

/**
 * What became of a confirmed lead: the requester (or a supervisor of the force) records that the
 * investigation excluded the person the possible match named; a lead is corroborated by recording
 * the independent evidence that corroborates it (LeadActionService.recordCorroboration), whose first
 * record is the CORROBORATED outcome. Once per request and never changed, so outcome monitoring can
 * count confirmed results later found wrong.
 */
export class LeadOutcomeService {
  constructor(private readonly uow: UnitOfWork) {}

  record(ctx: RequestContext, input: NewLeadOutcome): Promise<LeadOutcome> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const request = await lockLeadRequest(ctx, manager, input.requestId, 'create', 'LeadOutcome');
      if (!Object.values(LeadOutcomeResult).includes(input.result))
        throw badInput('result must be EXCLUDED or CORROBORATED', { field: 'result' });
      const note = requireText(input.note, 'note', TEXT_LIMITS.leadNote);
      const existing = await manager.findOne(LeadOutcome, { where: { requestId: request.id } });
      if (existing)
        throw conflict(`What came of this lead was already recorded: ${existing.result}`, {
          leadOutcomeId: existing.id,
          result: existing.result,
        });
      // the candidate the lead named is gone with the purge: the outcome is recorded before it
      assertConfirmedLead(request);
      if (input.result === LeadOutcomeResult.CORROBORATED)
        throw new DomainError(
          'CORROBORATION_REQUIRED',
          'A lead is corroborated by recording the independent evidence that corroborates it (recordLeadCorroboration): its first record is the CORROBORATED outcome',
          { field: 'result' },
        );
      return insertLeadOutcome(this.uow, ctx, tx, request, {
        result: input.result,
        note,
        corroborationId: null,
      });
    });
  }
}

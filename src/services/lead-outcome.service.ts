import { QueryFailedError } from 'typeorm';
import {
  LeadOutcome,
  LeadOutcomeResult,
  SearchOutcome,
  SearchRequest,
  SearchRequestStatus,
} from '../entities';
import { badInput, conflict, DomainError, notFound, purged } from '../errors';
import { requestPartSubject } from '../policy';
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
 * What became of a confirmed lead: the requester (or a supervisor of the force) records that the
 * investigation excluded the person the possible match named, or corroborated the lead. Once per
 * request and never changed, so outcome monitoring can count confirmed results later found wrong.
 */
export class LeadOutcomeService {
  constructor(private readonly uow: UnitOfWork) {}

  record(ctx: RequestContext, input: NewLeadOutcome): Promise<LeadOutcome> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      // the request first, as every workflow step locks it: a second record queues here and then sees the first
      const request = await manager.findOne(SearchRequest, {
        where: { id: input.requestId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw notFound('SearchRequest', input.requestId);
      assertCan(ctx, 'create', 'LeadOutcome', requestPartSubject(request));
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
      if (request.purgedAt) throw purged('candidate list', request.purgedAt, 'see the request');
      if (
        request.outcome !== SearchOutcome.POSSIBLE_MATCH ||
        !request.outcomeCandidateId ||
        !CONFIRMED_STATES.includes(request.status)
      ) {
        throw new DomainError(
          'INVALID_STATE',
          `Only a confirmed possible match is a lead to record the outcome of; this request is ${request.status}`,
          { state: request.status },
        );
      }
      const row = manager.create(LeadOutcome, {
        requestId: request.id,
        forceId: request.forceId,
        candidateId: request.outcomeCandidateId,
        result: input.result,
        note,
        recordedById: ctx.officer!.id,
        recordedAt: new Date(),
      });
      try {
        await manager.insert(LeadOutcome, row);
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error as QueryFailedError & { code?: string }).code === '23505'
        )
          throw conflict('What came of this lead was already recorded');
        throw error;
      }
      await this.uow.audit(ctx, tx, {
        action: 'LEAD_OUTCOME_RECORDED',
        subjectType: 'SearchRequest',
        subjectId: request.id,
        forceId: request.forceId,
        reason: note,
        details: {
          searchRequestId: request.id,
          leadOutcomeId: row.id,
          result: row.result,
          candidateId: row.candidateId,
          outcomeBasis: request.outcomeBasis,
        },
      });
      return row;
    });
  }
}

import type { EntityManager } from 'typeorm';
import { ComplianceReviewRepository, type Participant } from '../db/compliance-review.repository';
import type { Tx } from '../db';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  AUDIT_ACTIONS,
  AuditEventKind,
  ComplianceCriterion,
  ComplianceFindingResult,
  ComplianceReview,
  ComplianceReviewStatus,
  Force,
  type ComplianceFinding,
  type WrittenAuditAction,
} from '../entities';
import { badInput, conflict, DomainError, notFound } from '../errors';
import {
  abilityToWhere,
  COMPLIANCE_CRITERIA,
  COMPLIANCE_DUE_DAYS_MAX,
  COMPLIANCE_SAMPLE_FLOOR,
  type FieldMap,
  findingsProblem,
  subject,
} from '../policy';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';

const COMPLIANCE_COLUMNS: FieldMap = {
  forceId: { column: 'force_id' },
  claimedById: { column: 'claimed_by_id' },
};

/** A work queue: oldest first. */
const COMPLIANCE_ORDER: KeysetOrder = {
  list: 'complianceReviews',
  keys: [
    { sql: 'c.queued_at', type: 'timestamptz' },
    { sql: 'c.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

/** State changes by officers on a request or its tasks: each makes its actor a participant. */
const PARTICIPATING_ACTIONS = (Object.keys(AUDIT_ACTIONS) as Array<keyof typeof AUDIT_ACTIONS>).filter(
  (a) => AUDIT_ACTIONS[a].kind === AuditEventKind.STATE_CHANGE && !a.startsWith('COMPLIANCE_REVIEW_'),
);

export interface ComplianceReviewFilter {
  /** Absent: every drawn review (OPEN, CLAIMED, COMPLETED); NOT_SAMPLED only when asked for. */
  status?: ComplianceReviewStatus;
  /** Past due and not completed (or flagged so by the sweep). */
  overdue?: boolean;
  forceId?: string;
  searchRequestId?: string;
}

export interface ComplianceFindingInput {
  criterion: ComplianceCriterion;
  result: ComplianceFindingResult;
  note?: string | null;
}

/** A compliance review as read, with what follows from the clock. */
export interface ComplianceReviewView extends ComplianceReview {
  /** The search request reviewed (the row's requestId). */
  searchRequestId: string;
  /** Drawn, not completed, and past due (or flagged so by the sweep). */
  overdue: boolean;
  /** Completed after it was due. */
  completedLate: boolean;
}

export interface ComplianceSettingsInput {
  sampleRate: number;
  dueDays: number;
  reason: string;
}

/**
 * Post-search compliance review: every search that reaches its outcome enters its force's queue
 * (or, where the force reviews a sample, is recorded as not drawn: workflow/compliance-queue.ts).
 * A supervisor of the force who took no part in the search claims it (one of two racing claims
 * wins) and completes it with a finding per criterion; the workflow sweep flags reviews past due.
 * Oversight of the force reads the findings; no face image is ever part of a review.
 */
export class ComplianceReviewService {
  constructor(private readonly uow: UnitOfWork) {}

  list(
    ctx: RequestContext,
    filter: ComplianceReviewFilter = {},
    page: PageRequest = {},
    now = new Date(),
  ): Promise<Page<ComplianceReviewView>> {
    const query = (manager: EntityManager) => {
      const where = abilityToWhere(ctx.ability, 'read', 'ComplianceReview', 'c', COMPLIANCE_COLUMNS);
      const qb = manager.createQueryBuilder(ComplianceReview, 'c').where(where.sql, where.params);
      if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
      else qb.andWhere('c.sampled');
      if (filter.overdue !== undefined && filter.overdue !== null) {
        const overdue = `(c.status IN ('OPEN', 'CLAIMED') AND (c.due_at <= :now OR c.overdue_flagged_at IS NOT NULL))`;
        qb.andWhere(filter.overdue ? overdue : `NOT ${overdue}`, { now });
      }
      if (filter.forceId) qb.andWhere('c.force_id = :forceId', { forceId: filter.forceId });
      if (filter.searchRequestId)
        qb.andWhere('c.request_id = :requestId', { requestId: filter.searchRequestId });
      return qb;
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'ComplianceReview');
      return keysetPage(query(manager), COMPLIANCE_ORDER, page, (rows) => rows.map((r) => view(r, now)), {
        totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
      });
    });
  }

  get(ctx: RequestContext, id: string, now = new Date()): Promise<ComplianceReviewView> {
    return this.uow.run(ctx, async ({ manager }) => {
      const review = await manager.findOne(ComplianceReview, { where: { id } });
      if (!review) throw notFound('ComplianceReview', id);
      assertCan(ctx, 'read', 'ComplianceReview', reviewSubject(review, []));
      return view(review, now);
    });
  }

  /** OPEN -> CLAIMED by a supervisor who took no part in the search; of two racing claims one wins (CONFLICT). */
  claim(ctx: RequestContext, id: string, now = new Date()): Promise<ComplianceReviewView> {
    return this.uow.run(ctx, async (tx) => {
      const review = await lockReview(tx, id);
      const participants = await this.participants(tx.manager, review);
      assertNotParticipant(ctx, 'claim', review, participants);
      assertCan(ctx, 'claim', 'ComplianceReview', reviewSubject(review, participants));
      expectStatus(review, ComplianceReviewStatus.OPEN, 'claimed');
      await this.move(tx, ctx, review, ComplianceReviewStatus.CLAIMED, 'COMPLIANCE_REVIEW_CLAIMED', {
        claimedById: ctx.officer!.id,
        claimedAt: now,
      });
      return view(review, now);
    });
  }

  /** The holder hands the review back to the queue. */
  release(ctx: RequestContext, id: string, now = new Date()): Promise<ComplianceReviewView> {
    return this.uow.run(ctx, async (tx) => {
      const review = await lockReview(tx, id);
      const participants = await this.participants(tx.manager, review);
      assertCan(ctx, 'release', 'ComplianceReview', reviewSubject(review, participants));
      expectStatus(review, ComplianceReviewStatus.CLAIMED, 'released');
      await this.move(tx, ctx, review, ComplianceReviewStatus.OPEN, 'COMPLIANCE_REVIEW_RELEASED', {
        claimedById: null,
        claimedAt: null,
      });
      return view(review, now);
    });
  }

  /**
   * The holder records a finding for every criterion (a NOT_MET one with a note saying why).
   * Participation is checked again: someone who took part since the claim (closed the request,
   * recorded its lead outcome) may not complete it.
   */
  complete(
    ctx: RequestContext,
    input: { reviewId: string; findings: ComplianceFindingInput[]; expectedVersion?: number | null },
    now = new Date(),
  ): Promise<ComplianceReviewView> {
    return this.uow.run(ctx, async (tx) => {
      const review = await lockReview(tx, input.reviewId);
      const participants = await this.participants(tx.manager, review);
      assertNotParticipant(ctx, 'review', review, participants);
      assertCan(ctx, 'review', 'ComplianceReview', reviewSubject(review, participants));
      if (
        input.expectedVersion !== undefined &&
        input.expectedVersion !== null &&
        input.expectedVersion !== review.version
      )
        throw conflict(
          `The compliance review has changed since you read it (you had version ${input.expectedVersion}, it is now ${review.version})`,
          { expectedVersion: input.expectedVersion, version: review.version },
        );
      expectStatus(review, ComplianceReviewStatus.CLAIMED, 'completed');
      const findings = validateFindings(input.findings);
      const counts = Object.fromEntries(
        Object.values(ComplianceFindingResult).map((r) => [r, findings.filter((f) => f.result === r).length]),
      );
      await this.move(
        tx,
        ctx,
        review,
        ComplianceReviewStatus.COMPLETED,
        'COMPLIANCE_REVIEW_COMPLETED',
        { completedById: ctx.officer!.id, completedAt: now, findings },
        {
          // the results per criterion, not the notes (they are read on the review itself)
          findings: Object.fromEntries(findings.map((f) => [f.criterion, f.result])),
          counts,
          late: review.dueAt !== null && now > review.dueAt,
        },
      );
      return view(review, now);
    });
  }

  /**
   * The workflow sweep: reviews past due and not completed are flagged once each, with an audit
   * event their force's oversight can see. Each row is locked and re-checked, so two instances
   * sweeping at once flag it once.
   */
  async flagOverdue(ctx: RequestContext, now = new Date()): Promise<number> {
    let flagged = 0;
    for (;;) {
      const done = await this.uow.run(ctx, async (tx) => {
        const review = await tx.manager
          .createQueryBuilder(ComplianceReview, 'c')
          .where(`c.status IN ('OPEN', 'CLAIMED') AND c.due_at <= :now AND c.overdue_flagged_at IS NULL`, {
            now,
          })
          .orderBy('c.due_at')
          .addOrderBy('c.id')
          .limit(1)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getOne();
        if (!review) return true;
        await tx.manager.update(
          ComplianceReview,
          { id: review.id },
          { overdueFlaggedAt: now, version: review.version + 1 },
        );
        await this.uow.audit(ctx, tx, {
          action: 'COMPLIANCE_REVIEW_OVERDUE',
          subjectType: 'ComplianceReview',
          subjectId: review.id,
          forceId: review.forceId,
          details: {
            searchRequestId: review.requestId,
            status: review.status,
            dueAt: review.dueAt!.toISOString(),
            claimedById: review.claimedById,
          },
        });
        return false;
      });
      if (done) return flagged;
      flagged += 1;
    }
  }

  /** A force admin sets their force's sample rate (never below the floor) and due period; audited with the values before. */
  setSettings(ctx: RequestContext, input: ComplianceSettingsInput): Promise<Force> {
    return this.uow.run(ctx, async (tx) => {
      const forceId = ctx.officer!.forceId;
      assertCan(ctx, 'update', 'Force', { id: forceId });
      if (!(input.sampleRate >= COMPLIANCE_SAMPLE_FLOOR && input.sampleRate <= 1))
        throw badInput(`sampleRate must be from ${COMPLIANCE_SAMPLE_FLOOR} to 1`, {
          field: 'sampleRate',
          min: COMPLIANCE_SAMPLE_FLOOR,
          max: 1,
        });
      if (!(
        Number.isInteger(input.dueDays) &&
        input.dueDays >= 1 &&
        input.dueDays <= COMPLIANCE_DUE_DAYS_MAX
      ))
        throw badInput(`dueDays must be a whole number from 1 to ${COMPLIANCE_DUE_DAYS_MAX}`, {
          field: 'dueDays',
          min: 1,
          max: COMPLIANCE_DUE_DAYS_MAX,
        });
      const reason = requireText(input.reason, 'reason', TEXT_LIMITS.complianceSettingsChangeReason);
      const force = await tx.manager.findOne(Force, {
        where: { id: forceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!force) throw notFound('Force', forceId);
      const before = { sampleRate: force.complianceSampleRate, dueDays: force.complianceReviewDueDays };
      force.complianceSampleRate = input.sampleRate;
      force.complianceReviewDueDays = input.dueDays;
      await tx.manager.save(force);
      await this.uow.audit(ctx, tx, {
        action: 'FORCE_COMPLIANCE_SETTINGS_CHANGED',
        subjectType: 'Force',
        subjectId: forceId,
        forceId,
        reason,
        details: { before, after: { sampleRate: input.sampleRate, dueDays: input.dueDays } },
      });
      return force;
    });
  }

  private participants(manager: EntityManager, review: ComplianceReview): Promise<Participant[]> {
    return ComplianceReviewRepository.participants(manager, review.requestId, PARTICIPATING_ACTIONS);
  }

  private async move(
    tx: Tx,
    ctx: RequestContext,
    review: ComplianceReview,
    to: ComplianceReviewStatus,
    action: WrittenAuditAction,
    patch: Partial<ComplianceReview>,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const from = review.status;
    const result = await tx.manager
      .createQueryBuilder()
      .update(ComplianceReview)
      .set({ ...patch, status: to, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: review.id, version: review.version })
      .execute();
    if (result.affected !== 1)
      throw conflict('The compliance review was changed by someone else at the same time', { state: from });
    Object.assign(review, patch, { status: to, version: review.version + 1 });
    await this.uow.audit(ctx, tx, {
      action,
      subjectType: 'ComplianceReview',
      subjectId: review.id,
      forceId: review.forceId,
      details: { searchRequestId: review.requestId, from, to, version: review.version, ...details },
    });
  }
}

async function lockReview(tx: Tx, id: string): Promise<ComplianceReview> {
  const found = await tx.manager.findOne(ComplianceReview, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!found) throw notFound('ComplianceReview', id);
  return found;
}

function reviewSubject(review: ComplianceReview, participants: readonly Participant[]) {
  return {
    id: review.id,
    forceId: review.forceId,
    claimedById: review.claimedById,
    participantIds: participants.map((p) => p.officerId),
  };
}

/**
 * A supervisor who took part in the search is told so, with how, rather than a bare FORBIDDEN
 * (only when the rules would otherwise let them: someone who may not claim at all learns nothing).
 */
function assertNotParticipant(
  ctx: RequestContext,
  action: 'claim' | 'review',
  review: ComplianceReview,
  participants: readonly Participant[],
): void {
  const me = ctx.officer?.id;
  const mine = participants.find((p) => p.officerId === me);
  if (!me || !mine) return;
  if (!ctx.ability.can(action, subject('ComplianceReview', reviewSubject(review, [])))) return;
  throw new DomainError(
    'FORBIDDEN',
    'You took part in this search, so you may not do its compliance review',
    { action, subject: 'ComplianceReview', reason: 'TOOK_PART_IN_SEARCH', participation: mine.parts },
    { subjectId: review.id, forceId: review.forceId },
  );
}

const PAST: Record<'claimed' | 'released' | 'completed', string> = {
  claimed: 'claimed',
  released: 'released',
  completed: 'completed',
};

function expectStatus(
  review: ComplianceReview,
  status: ComplianceReviewStatus,
  verb: 'claimed' | 'released' | 'completed',
): void {
  if (review.status === status) return;
  if (review.status === ComplianceReviewStatus.NOT_SAMPLED)
    throw new DomainError('INVALID_STATE', 'This search was not drawn for compliance review', {
      state: review.status,
    });
  throw conflict(`The compliance review is ${review.status}: it cannot be ${PAST[verb]}`, {
    state: review.status,
  });
}

/** The findings as stored, in the criteria's order; BAD_USER_INPUT naming the first problem. */
function validateFindings(input: readonly ComplianceFindingInput[]): ComplianceFinding[] {
  for (const f of input) {
    if (!COMPLIANCE_CRITERIA.includes(f.criterion))
      throw badInput('Unknown criterion', { field: 'findings', criterion: f.criterion });
    if (!Object.values(ComplianceFindingResult).includes(f.result))
      throw badInput('Unknown finding', { field: 'findings', criterion: f.criterion });
  }
  const problem = findingsProblem(input);
  if (problem) {
    const message = {
      MISSING_CRITERION: `A finding for ${problem.criterion} is missing: a review has one finding per criterion`,
      DUPLICATE_CRITERION: `${problem.criterion} has more than one finding`,
      NOTE_REQUIRED: `The NOT_MET finding for ${problem.criterion} needs a note saying why`,
    }[problem.kind];
    throw badInput(message, { field: 'findings', criterion: problem.criterion, reason: problem.kind });
  }
  const byCriterion = new Map(input.map((f) => [f.criterion, f]));
  return COMPLIANCE_CRITERIA.map((criterion) => {
    const f = byCriterion.get(criterion)!;
    const raw = (f.note ?? '').trim();
    const note =
      f.result === ComplianceFindingResult.NOT_MET || raw
        ? requireText(raw, `note (${criterion})`, TEXT_LIMITS.complianceFindingNote)
        : null;
    return { criterion, result: f.result, note };
  });
}

function view(review: ComplianceReview, now: Date): ComplianceReviewView {
  const open =
    review.status === ComplianceReviewStatus.OPEN || review.status === ComplianceReviewStatus.CLAIMED;
  return Object.assign(review, {
    searchRequestId: review.requestId,
    overdue: open && review.dueAt !== null && (review.dueAt <= now || review.overdueFlaggedAt !== null),
    completedLate:
      review.status === ComplianceReviewStatus.COMPLETED &&
      review.dueAt !== null &&
      review.completedAt !== null &&
      review.completedAt > review.dueAt,
  });
}

import { type EntityManager, In, LessThan } from 'typeorm';
import type { AuditActor } from '../audit';
import { Database, type Tx } from '../db';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  CandidateDecision,
  CustodyImageBlob,
  FirstReviewSeen,
  Force,
  Officer,
  ReviewDecision,
  ReviewStage,
  ReviewTask,
  ReviewTaskStatus,
  SearchCandidate,
  SearchProbe,
  SearchProbeFrame,
  EnhancedProbe,
  SearchRequestPurge,
  OutcomeBasis,
  SearchRequest,
  type ProbeExpectedHitRate,
  type ProbeFusion,
  type ProbeQuality,
  type ProbeProvenance,
} from '../entities';
import { badInput, conflict, DomainError, notFound, purged } from '../errors';
import {
  abilityToWhere,
  CANDIDATE_FIELDS,
  defineAbilityFor,
  type FieldMap,
  permittedFields,
  subject,
  faceImageSubject,
  taskSubject,
} from '../policy';
import { provenanceOf } from './probe-provenance';
import { auditActor, RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';
import {
  discloseFirstReview,
  exposedOfficerIds,
  exposedOfficerIdsSql,
  firstReviewRevealedBy,
  withoutDecisionCounts,
} from './workflow/first-review-exposure';
import {
  CLAIM_TTL_MS,
  decideOutcome,
  taskTransitionTo,
  transitionTo,
} from './workflow/search-request.state-machine';
import {
  auditTaskOpened,
  checkVersion,
  insertReviewTask,
  lockRequest,
  lockTask,
  moveRequest,
  moveTask,
} from './workflow/search-request.transitions';
import { enhancementOf } from './workflow/probe-enhancement.record';
import {
  bareTaskView,
  FaceImageRef,
  type ProbeEnhancementView,
  ReviewTaskView,
  taskView,
} from './workflow/search-request.views';

/** The review_task columns behind the ReviewTask fields that abilities condition on (for list filters in SQL). */
export const REVIEW_TASK_COLUMNS: FieldMap = {
  forceId: { column: 'force_id' },
  stage: { column: 'stage' },
  status: { column: 'status' },
  requesterId: { column: 'requester_id' },
  firstReviewerId: { column: 'first_reviewer_id' },
  claimedById: { column: 'claimed_by_id' },
  exposedOfficerIds: { sql: exposedOfficerIdsSql, array: true },
};

const REVIEW_TASK_ORDER: KeysetOrder = {
  list: 'reviewTasks',
  keys: [
    { sql: 't.created_at', type: 'timestamptz' },
    { sql: 't.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

export interface CandidateDecisionInput {
  candidateId: string;
  decision: CandidateDecision;
  rationale: string;
}

export interface ReviewTaskFilter {
  status?: ReviewTaskStatus;
  stage?: ReviewStage;
  requestId?: string;
}

/**
 * What a reviewer holding a task works from: the probe, where it came from and how far a probe of
 * its quality can be trusted, and the candidates; nothing of the other review.
 */
export interface ReviewPacket {
  task: ReviewTaskView;
  /** The original probe. */
  probe: FaceImageRef;
  /**
   * What was done to the probe before the search (both hashes, every step) with the enhanced image
   * the search ran on: reviewers see both; null when the probe was not enhanced.
   */
  probeEnhancement: ProbeEnhancementView | null;
  /** Where the probe came from (null: a request made before provenance was required). */
  probeProvenance: ProbeProvenance | null;
  /** How often a probe of this quality found its true mate (null: its model has no calibration). */
  probeExpectedHitRate: ProbeExpectedHitRate | null;
  /** How several probe images were fused for the search (null: one probe image). */
  probeFusion: ProbeFusion | null;
  /** Every probe image in order (the probe first), with its measured values. */
  probeFrames: ProbeFrameView[];
  candidates: Array<{ id: string; rank: number; score: number | null; image: FaceImageRef }>;
  /** The force keeps scores from the second, blind, review. */
  scoresHidden: boolean;
}

/** One probe image of a request as a reviewer sees it (measured values and the image to open). */
export interface ProbeFrameView {
  frame: number;
  sha256: string;
  quality: ProbeQuality;
  expectedHitRate: ProbeExpectedHitRate | null;
  image: FaceImageRef;
}

/** What a view of each kind of face image is recorded against in the audit log. */
const FACE_IMAGE_SUBJECT: Record<FaceImageRef['kind'], string> = {
  PROBE: 'SearchProbe',
  PROBE_FRAME: 'SearchProbeFrame',
  ENHANCED_PROBE: 'EnhancedProbe',
  CANDIDATE: 'SearchCandidate',
};

export interface FaceImageContent {
  mimeType: string;
  bytes: Buffer;
  /** The audit event that records this view. */
  viewId: string;
}

/**
 * Blind two-person review: tasks in a pool per force, claimed atomically and held for a while,
 * decisions per candidate, and the outcome of two reviews. Face images reach a reviewer only for
 * a task they hold, one audited read at a time.
 */
export class ReviewService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Reviewers: the tasks they may claim and the ones they hold or held. Supervisors and oversight:
   * all of their forces'. Oldest first (a work queue), one page at a time: the newest are on the
   * last page, never cut off.
   */
  list(
    ctx: RequestContext,
    filter: ReviewTaskFilter = {},
    page: PageRequest = {},
  ): Promise<Page<ReviewTaskView>> {
    const query = (manager: EntityManager) => {
      const where = abilityToWhere(ctx.ability, 'read', 'ReviewTask', 't', REVIEW_TASK_COLUMNS);
      const qb = manager.createQueryBuilder(ReviewTask, 't').where(where.sql, where.params);
      if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
      if (filter.stage) qb.andWhere('t.stage = :stage', { stage: filter.stage });
      if (filter.requestId) qb.andWhere('t.request_id = :requestId', { requestId: filter.requestId });
      return qb;
    };
    return this.uow.run(ctx, async ({ manager }) => {
      assertCan(ctx, 'read', 'ReviewTask');
      return keysetPage(
        query(manager),
        REVIEW_TASK_ORDER,
        page,
        (tasks) => this.taskViews(ctx, manager, tasks),
        {
          totalCount: () => this.uow.run(ctx, ({ manager: m }) => query(m).getCount()),
        },
      );
    });
  }

  /** Tasks as the caller may see them (with decisions where they may read those), position for position. */
  async taskViews(
    ctx: RequestContext,
    manager: EntityManager,
    tasks: ReviewTask[],
  ): Promise<Array<ReviewTaskView | null>> {
    const decisions = tasks.length
      ? await manager.find(ReviewDecision, { where: { taskId: In(tasks.map((t) => t.id)) } })
      : [];
    const ranks = await rankMap(
      manager,
      decisions.map((d) => d.candidateId),
    );
    const exposed = await exposedOfficerIds(
      manager,
      tasks.map((t) => t.requestId),
    );
    return tasks.map((t) => taskView(ctx.ability, t, decisions, ranks, exposed.get(t.requestId)!));
  }

  /** OPEN -> CLAIMED for the caller. Of two reviewers claiming one task, one wins; the other gets CONFLICT. */
  claim(ctx: RequestContext, taskId: string, now = new Date()): Promise<ReviewTaskView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const task = await lockTask(tx, taskId);
      // read after the task's lock: a read that exposed the caller either committed before it, or waits for this claim
      const exposed = await exposedOf(manager, task);
      assertNotExposed(ctx, task, exposed);
      assertCan(ctx, 'claim', 'ReviewTask', taskSubject(task, exposed));
      if (task.status === ReviewTaskStatus.CLAIMED && task.claimExpiresAt && task.claimExpiresAt <= now) {
        await this.expireClaim(tx, null, task);
      }
      await moveTask(
        tx,
        auditActor(ctx),
        task,
        'claim',
        {
          claimedById: ctx.officer!.id,
          claimedAt: now,
          claimExpiresAt: new Date(now.getTime() + CLAIM_TTL_MS),
        },
        {
          action: 'REVIEW_TASK_CLAIMED',
          details: { claimExpiresAt: new Date(now.getTime() + CLAIM_TTL_MS).toISOString() },
        },
      );
      return taskView(ctx.ability, task, [], new Map(), exposed) ?? bareTaskView(task);
    });
  }

  /** The holder hands a task back to the pool. */
  release(ctx: RequestContext, taskId: string): Promise<ReviewTaskView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const task = await lockTask(tx, taskId);
      const exposed = await exposedOf(manager, task);
      assertCan(ctx, 'release', 'ReviewTask', taskSubject(task, exposed));
      await moveTask(
        tx,
        auditActor(ctx),
        task,
        'release',
        { claimedById: null, claimedAt: null, claimExpiresAt: null },
        { action: 'REVIEW_TASK_RELEASED' },
      );
      return taskView(ctx.ability, task, [], new Map(), exposed) ?? bareTaskView(task);
    });
  }

  /**
   * A supervisor moves a stuck task: back to the pool, or to a named reviewer who must be one who
   * could claim it themselves (right force, certified, not the requester, not the first reviewer).
   */
  reassign(
    ctx: RequestContext,
    taskId: string,
    reviewerId: string | null | undefined,
    reason: string,
    now = new Date(),
  ): Promise<ReviewTaskView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const task = await lockTask(tx, taskId);
      const exposed = await exposedOf(manager, task);
      assertCan(ctx, 'reassign', 'ReviewTask', taskSubject(task, exposed));
      const text = requireText(reason, 'reason', TEXT_LIMITS.reassignmentReason);
      if (!reviewerId) {
        await moveTask(
          tx,
          auditActor(ctx),
          task,
          'release',
          { claimedById: null, claimedAt: null, claimExpiresAt: null },
          {
            action: 'REVIEW_TASK_REASSIGNED',
            reason: text,
            details: { to: 'POOL', previousHolderId: task.claimedById },
          },
        );
        return taskView(ctx.ability, task, [], new Map(), exposed) ?? bareTaskView(task);
      }
      const reviewer = await manager.findOne(Officer, { where: { id: reviewerId, active: true } });
      const eligible =
        reviewer &&
        defineAbilityFor(
          {
            officerId: reviewer.id,
            forceId: reviewer.forceId,
            roles: reviewer.roles,
            reviewerCertifiedUntil: reviewer.reviewerCertifiedUntil,
            overseesForceIds: reviewer.overseesForceIds,
          },
          now,
        ).can('claim', subject('ReviewTask', { ...taskSubject(task, exposed) }));
      if (!eligible) {
        throw badInput(
          'That officer may not review this task (another force, no valid certification, their own request, they did the first review, or they have seen it)',
          { field: 'reviewerId' },
        );
      }
      const previousHolderId = task.claimedById;
      await moveTask(
        tx,
        auditActor(ctx),
        task,
        'reassign',
        { claimedById: reviewer.id, claimedAt: now, claimExpiresAt: new Date(now.getTime() + CLAIM_TTL_MS) },
        {
          action: 'REVIEW_TASK_REASSIGNED',
          reason: text,
          details: { to: reviewer.id, previousHolderId },
        },
      );
      return taskView(ctx.ability, task, [], new Map(), exposed) ?? bareTaskView(task);
    });
  }

  /** The probe and candidates of a task the caller holds; scores only where the force allows them. */
  packet(ctx: RequestContext, taskId: string, now = new Date()): Promise<ReviewPacket> {
    return this.uow.run(ctx, async ({ manager }) => {
      const task = await manager.findOne(ReviewTask, { where: { id: taskId } });
      if (!task) throw notFound('ReviewTask', taskId);
      const exposed = await exposedOf(manager, task);
      assertCan(ctx, 'review', 'ReviewTask', taskSubject(task, exposed));
      assertHeld(task, now);
      const force = await manager.findOneOrFail(Force, { where: { id: task.forceId } });
      const scoresVisible = task.stage === ReviewStage.FIRST || force.scoresVisibleToSecondReviewer;
      const fields = permittedFields(
        ctx.ability,
        'read',
        'SearchCandidate',
        { forceId: task.forceId, holderId: ctx.officer!.id, scoresVisible },
        CANDIDATE_FIELDS,
      );
      // the first review's packet shows the scores: whoever reads it may not be the (blind) second reviewer
      if (task.stage === ReviewStage.FIRST && fields.has('score'))
        await discloseFirstReview(
          manager,
          ctx.officer!.id,
          task.requestId,
          FirstReviewSeen.SCORES,
          'ReviewTask.packet',
        );
      const candidates = await manager.find(SearchCandidate, {
        where: { requestId: task.requestId },
        order: { rank: 'ASC' },
      });
      const request = await manager.findOneOrFail(SearchRequest, {
        where: { id: task.requestId },
        select: {
          id: true,
          probeQuality: true,
          probeExpectedHitRate: true,
          probeFusion: true,
          probeSourceType: true,
          probeOtherSourceType: true,
          probeObtainedBy: true,
          probeObtainedAt: true,
          probeObtainedFrom: true,
          probeExhibitReference: true,
        },
      });
      const ref = (kind: FaceImageRef['kind'], candidateId: string | null, frame?: number): FaceImageRef => ({
        requestId: task.requestId,
        kind,
        candidateId,
        taskId: task.id,
        ...(frame === undefined ? {} : { frame }),
      });
      const first = await manager.findOne(SearchProbe, {
        where: { requestId: task.requestId },
        select: { requestId: true, sha256: true },
      });
      const others = await manager.find(SearchProbeFrame, {
        where: { requestId: task.requestId },
        select: { requestId: true, position: true, sha256: true, quality: true, expectedHitRate: true },
        order: { position: 'ASC' },
      });
      const probeFrames: ProbeFrameView[] = [
        ...(first
          ? [
              {
                frame: 0,
                sha256: first.sha256.trim(),
                quality: request.probeQuality,
                expectedHitRate: request.probeExpectedHitRate,
                image: ref('PROBE', null),
              },
            ]
          : []),
        ...others.map((f) => ({
          frame: f.position,
          sha256: f.sha256.trim(),
          quality: f.quality,
          expectedHitRate: f.expectedHitRate,
          image: ref('PROBE_FRAME', null, f.position),
        })),
      ];
      return {
        task: taskView(ctx.ability, task, [], new Map(), exposed)!,
        probe: ref('PROBE', null),
        probeEnhancement: await enhancementOf(manager, task.requestId, ref('ENHANCED_PROBE', null)),
        probeProvenance: provenanceOf(request),
        probeExpectedHitRate: request.probeExpectedHitRate,
        probeFusion: request.probeFusion,
        probeFrames,
        candidates: candidates.map((c) => ({
          id: c.id,
          rank: c.rank,
          score: fields.has('score') ? c.score : null,
          image: ref('CANDIDATE', c.id),
        })),
        scoresHidden: !fields.has('score'),
      };
    });
  }

  /**
   * One view of one face image (the probe or a candidate's custody photo): checked against the
   * ability at the moment of viewing and recorded as its own audit event.
   */
  viewImage(ctx: RequestContext, ref: FaceImageRef, now = new Date()): Promise<FaceImageContent> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const request = await manager.findOne(SearchRequest, { where: { id: ref.requestId } });
      if (!request) throw notFound('SearchRequest', ref.requestId);
      const task = ref.taskId
        ? await manager.findOne(ReviewTask, { where: { id: ref.taskId, requestId: request.id } })
        : null;
      if (ref.taskId && !task) throw notFound('ReviewTask', ref.taskId);
      const holderId =
        task && task.status === ReviewTaskStatus.CLAIMED && task.claimExpiresAt && task.claimExpiresAt > now
          ? task.claimedById
          : null;
      assertCan(ctx, 'read', 'FaceImage', {
        id: ref.candidateId ?? request.id,
        ...faceImageSubject(request, holderId),
      });
      if (request.purgedAt) {
        const tomb = await manager.findOne(SearchRequestPurge, { where: { requestId: request.id } });
        throw purged('face images', request.purgedAt, tomb?.rule ?? 'UNKNOWN');
      }
      let content: { mimeType: string; bytes: Buffer };
      let rank: number | null = null;
      if (ref.kind === 'PROBE') {
        content = await manager.findOneOrFail(SearchProbe, { where: { requestId: request.id } });
      } else if (ref.kind === 'PROBE_FRAME') {
        const frame = Number.isInteger(ref.frame)
          ? await manager.findOne(SearchProbeFrame, {
              where: { requestId: request.id, position: ref.frame! },
            })
          : null;
        if (!frame)
          throw new DomainError('NOT_FOUND', 'This request has no such probe image', { frame: ref.frame });
        content = frame;
      } else if (ref.kind === 'ENHANCED_PROBE') {
        const enhanced = await manager.findOne(EnhancedProbe, { where: { requestId: request.id } });
        if (!enhanced) throw new DomainError('NOT_FOUND', 'The probe of this request was not enhanced');
        content = enhanced;
      } else {
        const candidate = ref.candidateId
          ? await manager.findOne(SearchCandidate, { where: { id: ref.candidateId, requestId: request.id } })
          : null;
        if (!candidate) throw notFound('SearchCandidate', ref.candidateId ?? undefined);
        rank = candidate.rank;
        const blob = await manager.findOne(CustodyImageBlob, { where: { imageId: candidate.imageId } });
        if (!blob)
          throw new DomainError('NOT_FOUND', 'The custody image has been deleted since the search', {
            candidateId: candidate.id,
          });
        content = blob;
      }
      const event = await this.uow.audit(ctx, tx, {
        action: 'FACE_IMAGE_VIEWED',
        subjectType: FACE_IMAGE_SUBJECT[ref.kind],
        subjectId: ref.candidateId ?? request.id,
        forceId: request.forceId,
        details: {
          searchRequestId: request.id,
          kind: ref.kind,
          ...(ref.kind === 'PROBE_FRAME' ? { frame: ref.frame } : {}),
          candidateId: ref.candidateId,
          rank,
          taskId: ref.taskId,
          stage: task?.stage ?? null,
          purpose: task ? 'REVIEW' : 'ADJUDICATION',
        },
      });
      return { mimeType: content.mimeType, bytes: content.bytes, viewId: event.id };
    });
  }

  /**
   * The holder submits a decision and rationale for every candidate. The first review opens the
   * second (for anyone but the first reviewer); the second decides the outcome.
   */
  submit(
    ctx: RequestContext,
    taskId: string,
    input: CandidateDecisionInput[],
    expectedVersion?: number,
    now = new Date(),
  ): Promise<ReviewTaskView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      // lock order: request, then task (as withdrawal does), so concurrent steps queue rather than deadlock
      const peek = await manager.findOne(ReviewTask, { where: { id: taskId } });
      if (!peek) throw notFound('ReviewTask', taskId);
      const request = await lockRequest(tx, peek.requestId);
      const task = await lockTask(tx, taskId);
      const exposed = await exposedOf(manager, task);
      assertCan(ctx, 'review', 'ReviewTask', taskSubject(task, exposed));
      checkVersion('review task', task.version, expectedVersion);
      // state checks before any write: a replayed submission is a CONFLICT, not a duplicate row
      taskTransitionTo(task.status, 'submit');
      assertHeld(task, now);
      transitionTo(request.status, task.stage === ReviewStage.FIRST ? 'firstReviewSubmitted' : 'dispute');
      const candidates = await manager.find(SearchCandidate, {
        where: { requestId: request.id },
        order: { rank: 'ASC' },
      });
      const decisions = validateDecisions(candidates, input);
      // rows first (decisions and the next task lock what they reference), audit after
      await manager.insert(
        ReviewDecision,
        decisions.map((d) => ({
          taskId: task.id,
          candidateId: d.candidateId,
          requestId: request.id,
          reviewerId: ctx.officer!.id,
          decision: d.decision,
          rationale: d.rationale,
        })),
      );
      const next =
        task.stage === ReviewStage.FIRST
          ? await insertReviewTask(tx, request, ReviewStage.SECOND, ctx.officer!.id)
          : null;
      const actor = auditActor(ctx);
      await moveTask(
        tx,
        actor,
        task,
        'submit',
        { submittedById: ctx.officer!.id, submittedAt: now, claimExpiresAt: null },
        {
          action: 'REVIEW_SUBMITTED',
          details: countDecisions(decisions),
        },
      );

      if (task.stage === ReviewStage.FIRST) {
        await moveRequest(tx, actor, request, 'firstReviewSubmitted', {}, { details: { taskId: task.id } });
        await auditTaskOpened(tx, actor, next!);
      } else {
        const first = await manager.findOneOrFail(ReviewTask, {
          where: { requestId: request.id, stage: ReviewStage.FIRST },
        });
        const firstDecisions = await manager.find(ReviewDecision, { where: { taskId: first.id } });
        const outcome = decideOutcome(
          Object.fromEntries(firstDecisions.map((d) => [d.candidateId, d.decision])),
          Object.fromEntries(decisions.map((d) => [d.candidateId, d.decision])),
        );
        if (outcome.transition === 'dispute') {
          await moveRequest(tx, actor, request, 'dispute', {}, { details: { reason: outcome.reason } });
        } else {
          const candidateId = outcome.transition === 'confirm' ? outcome.candidateId : null;
          await moveRequest(
            tx,
            actor,
            request,
            outcome.transition,
            {
              outcome: outcome.outcome,
              outcomeBasis: OutcomeBasis.REVIEWERS_AGREED,
              outcomeCandidateId: candidateId,
              outcomeAt: now,
            },
            {
              details: { candidateId, rank: candidates.find((c) => c.id === candidateId)?.rank ?? null },
            },
          );
        }
      }
      const ranks = new Map(candidates.map((c) => [c.id, c.rank]));
      const stored = await manager.find(ReviewDecision, { where: { taskId: task.id } });
      return taskView(ctx.ability, task, stored, ranks, exposed) ?? bareTaskView(task);
    });
  }

  /**
   * Whether the caller may be shown `seen` of a request's first review, in a read already made
   * (a field of a query's result): records them as exposed, or says no while they hold its second
   * review (src/policy/search-policy.ts, "The blind second review"). Asked once per request, kind
   * and operation.
   */
  discloseFirstReview(
    ctx: RequestContext,
    requestId: string,
    seen: FirstReviewSeen,
    via: string,
  ): Promise<boolean> {
    if (!ctx.officer) return Promise.resolve(false);
    const asked = ctx.memo.firstReviewDisclosures;
    const key = `${requestId}:${seen}`;
    let answer = asked.get(key);
    if (!answer) {
      answer = this.uow.run(ctx, ({ manager }) =>
        discloseFirstReview(manager, ctx.officer!.id, requestId, seen, via),
      );
      asked.set(key, answer);
    }
    return answer;
  }

  /** An audit event's details as the caller may be shown them: a first review's decision counts go through `discloseFirstReview`. */
  async shownAuditDetails(
    ctx: RequestContext,
    event: { action: string; details: Record<string, unknown> },
  ): Promise<Record<string, unknown>> {
    const requestId = firstReviewRevealedBy(event);
    if (!requestId) return event.details;
    return (await this.discloseFirstReview(ctx, requestId, FirstReviewSeen.DECISIONS, 'AuditEvent.details'))
      ? event.details
      : withoutDecisionCounts(event.details);
  }

  /**
   * Claims held past their time go back to the pool (a timer calls this as the system; tests pass
   * `now`). Returns how many were released.
   */
  async releaseExpiredClaims(ctx: RequestContext, now: Date = new Date()): Promise<number> {
    const due = await this.db.manager.find(ReviewTask, {
      where: { status: ReviewTaskStatus.CLAIMED, claimExpiresAt: LessThan(now) },
      select: { id: true },
      take: 500,
    });
    let released = 0;
    for (const { id } of due) {
      const done = await this.db.transaction(async (tx) => {
        const task = await lockTask(tx, id);
        if (task.status !== ReviewTaskStatus.CLAIMED || !task.claimExpiresAt || task.claimExpiresAt >= now)
          return false;
        await this.expireClaim(tx, auditActor(ctx), task);
        return true;
      });
      if (done) released += 1;
    }
    return released;
  }

  private async expireClaim(tx: Tx, actor: AuditActor | null, task: ReviewTask): Promise<void> {
    const previousHolderId = task.claimedById;
    await moveTask(
      tx,
      actor,
      task,
      'release',
      { claimedById: null, claimedAt: null, claimExpiresAt: null },
      { action: 'REVIEW_CLAIM_EXPIRED', details: { previousHolderId } },
    );
  }
}

async function exposedOf(manager: EntityManager, task: ReviewTask): Promise<string[]> {
  return (await exposedOfficerIds(manager, [task.requestId])).get(task.requestId)!;
}

/**
 * A second review the caller could otherwise claim, of a request whose first review they have
 * seen: FORBIDDEN (and audited by the unit of work) with a message that says why.
 */
function assertNotExposed(ctx: RequestContext, task: ReviewTask, exposed: readonly string[]): void {
  const me = ctx.officer?.id;
  if (!me || task.stage !== ReviewStage.SECOND || !exposed.includes(me)) return;
  if (!ctx.ability.can('claim', subject('ReviewTask', taskSubject(task, [])))) return;
  throw new DomainError(
    'FORBIDDEN',
    "You have seen this request's first review (its decisions, or the scores kept from the second reviewer), so you may not do its blind second review",
    { action: 'claim', subject: 'ReviewTask', reason: 'SEEN_FIRST_REVIEW' },
    { subjectId: task.id, forceId: task.forceId },
  );
}

/** A claim past its time is no longer the holder's, even before the timer hands it back. */
function assertHeld(task: ReviewTask, now: Date): void {
  if (task.status !== ReviewTaskStatus.CLAIMED)
    throw conflict(`The review task is ${task.status}`, { state: task.status });
  if (!task.claimExpiresAt || task.claimExpiresAt <= now)
    throw conflict('Your claim on this review task has expired; claim it again', { state: 'CLAIM_EXPIRED' });
}

function validateDecisions(
  candidates: SearchCandidate[],
  input: CandidateDecisionInput[],
): CandidateDecisionInput[] {
  const ids = new Set(candidates.map((c) => c.id));
  const seen = new Set<string>();
  const out: CandidateDecisionInput[] = [];
  for (const [i, d] of input.entries()) {
    if (!ids.has(d.candidateId))
      throw badInput("A decision names a candidate that is not on this request's list", {
        field: `decisions.${i}.candidateId`,
      });
    if (seen.has(d.candidateId))
      throw badInput('Each candidate is decided once', { field: `decisions.${i}.candidateId` });
    seen.add(d.candidateId);
    out.push({
      ...d,
      rationale: requireText(d.rationale, `decisions.${i}.rationale`, TEXT_LIMITS.decisionRationale),
    });
  }
  if (seen.size !== ids.size)
    throw badInput(`Every candidate needs a decision: ${ids.size - seen.size} of ${ids.size} have none`, {
      field: 'decisions',
      missing: ids.size - seen.size,
    });
  return out;
}

function countDecisions(decisions: CandidateDecisionInput[]): Record<string, number> {
  const counts: Record<string, number> = { POSSIBLE_MATCH: 0, NOT_MATCH: 0, INCONCLUSIVE: 0 };
  for (const d of decisions) counts[d.decision] += 1;
  return counts;
}

async function rankMap(manager: EntityManager, candidateIds: string[]): Promise<Map<string, number>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await manager.find(SearchCandidate, { where: { id: In([...new Set(candidateIds)]) } });
  return new Map(rows.map((c) => [c.id, c.rank]));
}

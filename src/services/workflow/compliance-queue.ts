import { appendAudit, type AuditActor } from '../../audit';
import type { Tx } from '../../db';
import {
  ComplianceReview,
  ComplianceReviewStatus,
  Force,
  SearchRequest,
  SearchRequestStatus,
} from '../../entities';
import { complianceSample } from '../../policy';

/** The states in which a search is complete for compliance review: its outcome is recorded. */
export const COMPLIANCE_COMPLETED_STATES: readonly SearchRequestStatus[] = [
  SearchRequestStatus.CONFIRMED,
  SearchRequestStatus.NO_VIABLE_CANDIDATE,
  SearchRequestStatus.ADJUDICATED,
];

const DAY_MS = 24 * 3600_000;

/**
 * A search has just reached its outcome (in the caller's transaction, right after the transition's
 * own audit event): it enters its force's compliance queue, or is recorded as not drawn, with the
 * rate and the draw that decided. Reads the force without a lock and inserts a row that references
 * only the request the step already holds, so it never waits while the step holds the audit chain.
 */
export async function enterComplianceQueue(
  tx: Tx,
  actor: AuditActor | null,
  request: SearchRequest,
): Promise<ComplianceReview> {
  const force = await tx.manager.findOneOrFail(Force, { where: { id: request.forceId } });
  const decision = complianceSample(request.id, force.complianceSampleRate);
  const queuedAt = request.outcomeAt ?? new Date();
  const review = await tx.manager.save(
    tx.manager.create(ComplianceReview, {
      requestId: request.id,
      forceId: request.forceId,
      status: decision.sampled ? ComplianceReviewStatus.OPEN : ComplianceReviewStatus.NOT_SAMPLED,
      searchStatus: request.status,
      outcomeRecordedById: actor?.officerId ?? null,
      sampled: decision.sampled,
      sampleRate: decision.rate,
      sampleDraw: decision.draw,
      sampleRule: decision.rule,
      queuedAt,
      dueAt: decision.sampled ? new Date(queuedAt.getTime() + force.complianceReviewDueDays * DAY_MS) : null,
      overdueFlaggedAt: null,
      claimedById: null,
      claimedAt: null,
      completedById: null,
      completedAt: null,
      findings: [],
      version: 1,
    }),
  );
  await appendAudit(tx.manager, actor, {
    action: decision.sampled ? 'COMPLIANCE_REVIEW_QUEUED' : 'COMPLIANCE_REVIEW_NOT_SAMPLED',
    subjectType: 'ComplianceReview',
    subjectId: review.id,
    forceId: review.forceId,
    details: {
      searchRequestId: request.id,
      searchStatus: request.status,
      sampleRate: decision.rate,
      sampleDraw: decision.draw,
      sampleRule: decision.rule,
      dueAt: review.dueAt?.toISOString() ?? null,
    },
  });
  return review;
}

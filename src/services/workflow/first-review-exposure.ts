import type { EntityManager } from 'typeorm';
import {
  FirstReviewExposure,
  FirstReviewSeen,
  Force,
  ReviewStage,
  ReviewTask,
  ReviewTaskStatus,
  SearchRequest,
} from '../../entities';
import { FIRST_REVIEW_WINDOW } from '../../policy';

/**
 * The blind second review's record of who has seen the first review (src/policy/search-policy.ts,
 * "The blind second review"). Every read that would show a request's first-review decisions, or
 * the scores its force keeps from the second reviewer, asks `discloseFirstReview` in the same
 * transaction before it shows them: the officer is either recorded as exposed (and so barred from
 * the second review) or, holding the second review, gets them withheld.
 *
 * Races with a claim are settled by row locks. This takes the request (FOR SHARE: the first review's
 * submission, which opens the second task, waits for it) and then the second task (FOR SHARE: a
 * claim, which locks the task FOR UPDATE and then reads the exposures, waits for it). So either the
 * claim commits first and this sees the officer holding the task, or this commits first and the
 * claim sees the exposure.
 */

/** The column expression behind the ReviewTask policy field `exposedOfficerIds` (for list filters). */
export const exposedOfficerIdsSql = (alias: string) =>
  `ARRAY(SELECT x.officer_id FROM first_review_exposure x WHERE x.request_id = "${alias}"."request_id")`;

/** Officers exposed to each request's first review. */
export async function exposedOfficerIds(
  manager: EntityManager,
  requestIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(requestIds.map((id) => [id, []]));
  if (requestIds.length === 0) return out;
  // plain SQL: read with every page of review tasks, where TypeORM's builder cost more than the query
  const rows: Array<{ request_id: string; officer_id: string }> = await manager.query(
    'SELECT request_id, officer_id FROM first_review_exposure WHERE request_id = ANY($1::uuid[])',
    [[...new Set(requestIds)]],
  );
  for (const row of rows) out.get(row.request_id)?.push(row.officer_id);
  return out;
}

/**
 * May `officerId` be shown what `seen` names of the request's first review? True when the request is
 * outside the window (no second review is to come), when it is scores the force shows anyway, or
 * after recording the officer as exposed; false (nothing recorded) while they hold its second review.
 */
export async function discloseFirstReview(
  manager: EntityManager,
  officerId: string,
  requestId: string,
  seen: FirstReviewSeen,
  via: string,
): Promise<boolean> {
  // a request never comes back into the window: most reads (of closed requests) stop here, without a lock
  const peek = await manager.findOne(SearchRequest, {
    where: { id: requestId },
    select: { id: true, status: true },
  });
  if (!peek || !FIRST_REVIEW_WINDOW.includes(peek.status)) return true;
  const request = await manager.findOne(SearchRequest, {
    where: { id: requestId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!request || !FIRST_REVIEW_WINDOW.includes(request.status)) return true;
  if (seen === FirstReviewSeen.SCORES) {
    const force = await manager.findOne(Force, { where: { id: request.forceId } });
    if (force?.scoresVisibleToSecondReviewer) return true;
  }
  const second = await manager.findOne(ReviewTask, {
    where: { requestId, stage: ReviewStage.SECOND },
    lock: { mode: 'pessimistic_read' },
  });
  if (second && second.status === ReviewTaskStatus.CLAIMED && second.claimedById === officerId) return false;
  await manager
    .createQueryBuilder()
    .insert()
    .into(FirstReviewExposure)
    .values({ requestId, officerId, seen, via, seenAt: new Date() })
    .orIgnore()
    .execute();
  return true;
}

/** The decision counts a REVIEW_SUBMITTED audit event records (see ReviewService.submit). */
const DECISION_COUNT_KEYS = ['POSSIBLE_MATCH', 'NOT_MATCH', 'INCONCLUSIVE'];

/** The request whose first review an audit event reveals (its decision counts), or null. */
export function firstReviewRevealedBy(event: {
  action: string;
  details: Record<string, unknown>;
}): string | null {
  const { stage, searchRequestId } = event.details ?? {};
  return event.action === 'REVIEW_SUBMITTED' &&
    stage === ReviewStage.FIRST &&
    typeof searchRequestId === 'string'
    ? searchRequestId
    : null;
}

/** The event's details with the first review's decision counts withheld. */
export function withoutDecisionCounts(details: Record<string, unknown>): Record<string, unknown> {
  return {
    ...Object.fromEntries(Object.entries(details).filter(([key]) => !DECISION_COUNT_KEYS.includes(key))),
    decisionsWithheld: true,
  };
}

import type { OfficerRank } from '../entities/roles';
import type { ReviewStage, ReviewTaskStatus, SearchRequestStatus } from '../entities/search.enums';
import { rankLevel } from './seriousness-tiers';

/**
 * The objects the rules are checked against, for the subjects whose rules condition on more than
 * a force: built in one place, so a service step, a view and a live feed put the same question to
 * the same fields (the conditions are listed in search-policy.ts).
 */

/** What the SearchRequest rules condition on. */
export interface RequestSubjectSource {
  id: string;
  forceId: string;
  requesterId: string;
  status: SearchRequestStatus;
  /** The lowest rank that may authorise it (its seriousness tier's); null or absent: any authoriser. */
  authorisationRank?: OfficerRank | null;
}

/**
 * The object the SearchRequest rules are checked against; `extra` for rules that need more (an
 * adjudication's `reviewerIds`). `authorisationRankLevel`: the rank its authoriser needs, as a
 * level (0: any; see seriousness-tiers.ts).
 */
export function requestSubject(r: RequestSubjectSource, extra: Record<string, unknown> = {}) {
  return {
    id: r.id,
    forceId: r.forceId,
    requesterId: r.requesterId,
    status: r.status,
    authorisationRankLevel: rankLevel(r.authorisationRank),
    ...extra,
  };
}

/** The object the rules of what belongs to a request (its disclosure pack, its lead outcome and corroboration) are checked against. */
export function requestPartSubject(r: Omit<RequestSubjectSource, 'status'>) {
  return { id: r.id, forceId: r.forceId, requesterId: r.requesterId };
}

/** What the ReviewTask rules condition on, besides who has seen the request's first review. */
export interface TaskSubjectSource {
  id: string;
  forceId: string;
  stage: ReviewStage;
  status: ReviewTaskStatus;
  requesterId: string;
  firstReviewerId: string | null;
  claimedById: string | null;
}

/** The object the ReviewTask rules are checked against; `exposedOfficerIds`: who has seen its request's first review. */
export function taskSubject(t: TaskSubjectSource, exposedOfficerIds: readonly string[]) {
  return {
    id: t.id,
    forceId: t.forceId,
    stage: t.stage,
    status: t.status,
    requesterId: t.requesterId,
    firstReviewerId: t.firstReviewerId,
    claimedById: t.claimedById,
    exposedOfficerIds: [...exposedOfficerIds],
  };
}

/** The object the FaceImage rules (a request's probe and candidate pixels) are checked against; `holderId`: who holds the review task it is shown for. */
export function faceImageSubject(
  request: { forceId: string; status: SearchRequestStatus },
  holderId: string | null,
) {
  return { forceId: request.forceId, holderId, requestStatus: request.status };
}

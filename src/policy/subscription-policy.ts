import { ReviewStage, ReviewTaskStatus, SearchRequestStatus } from '../entities/search.enums';
import { AppAbility, subject } from './ability';
import { requestSubject, taskSubject } from './subjects';

/**
 * Who hears which live event. Pure: the feed fetches the facts by id when an event arrives and
 * asks these rules with the subscriber's ability as it is now (rebuilt from the officer row), so
 * a reviewer whose role was removed, or whose certification lapsed, stops hearing at once.
 * Each rule is the ability the subscriber would need to act on what they are told about.
 */

/** What the rules need of a review task: what never changes, plus who holds it after the event. */
export interface TaskFacts {
  id: string;
  forceId: string;
  stage: ReviewStage;
  requesterId: string;
  firstReviewerId: string | null;
  /** Who has seen the request's first review (read when the event arrives: it grows). */
  exposedOfficerIds: readonly string[];
  status: ReviewTaskStatus;
  holderId: string | null;
}

export interface TaskEventFacts {
  change: 'OPENED' | 'CLAIMED' | 'RELEASED' | 'REASSIGNED' | 'CLAIM_EXPIRED' | 'SUBMITTED' | 'CANCELLED';
  previousHolderId: string | null;
}

export interface RequestFacts {
  id: string;
  forceId: string;
  requesterId: string;
  status: SearchRequestStatus;
  from: SearchRequestStatus;
  /** Officers who claimed or submitted either review (a supervisor among them may not adjudicate). */
  reviewerIds: readonly string[];
}

/** Changes that put a task into the pool or take it out. Submission follows a claim: it was already out. */
const POOL_CHANGES: ReadonlySet<TaskEventFacts['change']> = new Set([
  'OPENED',
  'CLAIMED',
  'RELEASED',
  'REASSIGNED',
  'CLAIM_EXPIRED',
  'CANCELLED',
]);

/** Changes that take a task away from the reviewer who held it. */
const LOSSES: ReadonlySet<TaskEventFacts['change']> = new Set([
  'RELEASED',
  'REASSIGNED',
  'CLAIM_EXPIRED',
  'CANCELLED',
]);

const claimSubject = (t: TaskFacts) =>
  subject('ReviewTask', taskSubject({ ...t, claimedById: t.holderId }, t.exposedOfficerIds));

/**
 * "Review tasks available to me": the officer may claim this task (their force, a valid
 * certification, not their own request, not the second review of a request they reviewed first
 * or whose first review they have seen),
 * so they hear when it enters the pool and when it leaves it.
 */
export function hearsPoolChange(ability: AppAbility, task: TaskFacts, event: TaskEventFacts): boolean {
  return poolChangeRule(task, event)(ability);
}

/**
 * `hearsPoolChange` for one event, prepared once (the task's subject built once) and then asked
 * of each subscriber's ability: what a fan-out to many sockets uses.
 */
export function poolChangeRule(task: TaskFacts, event: TaskEventFacts): (ability: AppAbility) => boolean {
  if (!POOL_CHANGES.has(event.change)) return () => false;
  const claimable = claimSubject(task);
  return (ability) => ability.can('claim', claimable);
}

/**
 * "A task I hold": its holder hears that it was taken from them (released by a supervisor,
 * reassigned, timed out, cancelled with its request), and a reviewer hears that one was assigned
 * to them; in both cases only while they are still someone who could hold it.
 */
export function hearsHolderChange(
  ability: AppAbility,
  officerId: string,
  task: TaskFacts,
  event: TaskEventFacts,
): boolean {
  return holderChangeRule(task, event)(ability, officerId);
}

/** `hearsHolderChange` for one event, prepared once and asked of each subscriber (ability and officer). */
export function holderChangeRule(
  task: TaskFacts,
  event: TaskEventFacts,
): (ability: AppAbility, officerId: string) => boolean {
  const claimable = claimSubject(task);
  return (ability, officerId) => {
    const lost =
      LOSSES.has(event.change) && event.previousHolderId === officerId && task.holderId !== officerId;
    const given =
      event.change === 'REASSIGNED' && task.holderId === officerId && event.previousHolderId !== officerId;
    return (lost || given) && ability.can('claim', claimable);
  };
}

/** "A request I made": its requester hears each change of state they may read. */
export function hearsOwnRequestChange(
  ability: AppAbility,
  officerId: string,
  request: RequestFacts,
): boolean {
  return (
    request.requesterId === officerId &&
    ability.can('read', subject('SearchRequest', requestSubject(request)), 'status')
  );
}

/** "Disputes": supervisors who may adjudicate hear a request become DISPUTED, and leave that state. */
export function hearsDispute(ability: AppAbility, request: RequestFacts): boolean {
  const concernsDispute =
    request.status === SearchRequestStatus.DISPUTED || request.from === SearchRequestStatus.DISPUTED;
  return (
    concernsDispute &&
    ability.can(
      'adjudicate',
      subject('SearchRequest', requestSubject(request, { reviewerIds: [...request.reviewerIds] })),
    )
  );
}

/** May subscribe to the task feeds at all: a certified reviewer (checked again on every event). */
export const mayWatchReviewTasks = (ability: AppAbility) => ability.can('claim', 'ReviewTask');
/** May subscribe to disputes: someone who adjudicates. */
export const mayWatchDisputes = (ability: AppAbility) => ability.can('adjudicate', 'SearchRequest');

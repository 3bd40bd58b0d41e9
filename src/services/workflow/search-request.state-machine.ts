import type { WrittenAuditAction } from '../../entities/audit-actions';
import {
  CandidateDecision,
  ReviewTaskStatus,
  SearchOutcome,
  SearchRequestStatus as S,
} from '../../entities/search.enums';
import { DomainError } from '../../errors';

/**
 * The life of one search request (DESIGN.md, "The flow of one search"), in one place and without
 * I/O: the states, every named transition with the states it may start from, the policy action
 * its caller needs (null: only the workflow itself makes it, as part of another step), and the
 * audit action it records. Services apply transitions through `transitionTo`, so a request can
 * only move along an edge listed here.
 *
 *   DRAFT -> SUBMITTED -> [AWAITING_AUTHORISATION -> AUTHORISED | REFUSED]
 *         [-> SEARCH_FAILED] -> SEARCHING -> FIRST_REVIEW -> SECOND_REVIEW
 *         -> CONFIRMED | NO_VIABLE_CANDIDATE | DISPUTED -> ADJUDICATED
 *         -> CLOSED                     (WITHDRAWN and EXPIRED from any open state)
 *
 * Two edges are added to the design's picture: SEARCHING -> NO_VIABLE_CANDIDATE when no custody
 * image reaches the threshold, since there is then nothing for reviewers to compare; and
 * SUBMITTED | AUTHORISED -> SEARCH_FAILED when the search that follows the step cannot run for a
 * reason a person must deal with (the probe no longer analyses, a sharing agreement lapsed, the
 * gallery search failed). A SEARCH_FAILED request shows why (`searchFailure`) and may be run again
 * (`runSearch`) or withdrawn; it is never resumed by the workflow's sweep, which takes only SUBMITTED
 * and AUTHORISED requests. A failure that may pass by itself (the database or the face pipeline
 * busy or away) changes no state: it is recorded (SEARCH_FAILED audit event with code UNAVAILABLE)
 * and the sweep retries.
 */

export type WorkflowAction = 'submit' | 'authorise' | 'run' | 'adjudicate' | 'close' | 'withdraw';

export interface TransitionRule {
  readonly from: readonly S[];
  readonly to: S;
  /** The CASL action on SearchRequest the caller needs; null when only the workflow makes it. */
  readonly action: WorkflowAction | null;
  readonly audit: WrittenAuditAction;
}

/** States in which the request is still being worked on: it may be withdrawn, or expire. */
export const OPEN_STATES: readonly S[] = [
  S.DRAFT,
  S.SUBMITTED,
  S.AWAITING_AUTHORISATION,
  S.AUTHORISED,
  S.SEARCH_FAILED,
  S.SEARCHING,
  S.FIRST_REVIEW,
  S.SECOND_REVIEW,
  S.DISPUTED,
];

/** Outcome reached, not yet closed. */
export const OUTCOME_STATES: readonly S[] = [S.CONFIRMED, S.NO_VIABLE_CANDIDATE, S.ADJUDICATED];

/** Nothing further happens. */
export const FINAL_STATES: readonly S[] = [S.REFUSED, S.CLOSED, S.WITHDRAWN, S.EXPIRED];

export const TRANSITIONS = {
  submit: { from: [S.DRAFT], to: S.SUBMITTED, action: 'submit', audit: 'SEARCH_REQUEST_SUBMITTED' },
  requireAuthorisation: {
    from: [S.SUBMITTED],
    to: S.AWAITING_AUTHORISATION,
    action: null,
    audit: 'SEARCH_AUTHORISATION_REQUESTED',
  },
  authorise: {
    from: [S.AWAITING_AUTHORISATION],
    to: S.AUTHORISED,
    action: 'authorise',
    audit: 'SEARCH_AUTHORISED',
  },
  refuse: { from: [S.AWAITING_AUTHORISATION], to: S.REFUSED, action: 'authorise', audit: 'SEARCH_REFUSED' },
  startSearch: {
    from: [S.SUBMITTED, S.AUTHORISED, S.SEARCH_FAILED],
    to: S.SEARCHING,
    action: 'run',
    audit: 'SEARCH_STARTED',
  },
  searchFailed: {
    from: [S.SUBMITTED, S.AUTHORISED, S.SEARCH_FAILED],
    to: S.SEARCH_FAILED,
    action: null,
    audit: 'SEARCH_FAILED',
  },
  searchCompleted: { from: [S.SEARCHING], to: S.FIRST_REVIEW, action: null, audit: 'SEARCH_COMPLETED' },
  noCandidates: {
    from: [S.SEARCHING],
    to: S.NO_VIABLE_CANDIDATE,
    action: null,
    audit: 'SEARCH_NO_CANDIDATES',
  },
  firstReviewSubmitted: {
    from: [S.FIRST_REVIEW],
    to: S.SECOND_REVIEW,
    action: null,
    audit: 'SEARCH_FIRST_REVIEW_COMPLETED',
  },
  confirm: { from: [S.SECOND_REVIEW], to: S.CONFIRMED, action: null, audit: 'SEARCH_CONFIRMED' },
  noViableCandidate: {
    from: [S.SECOND_REVIEW],
    to: S.NO_VIABLE_CANDIDATE,
    action: null,
    audit: 'SEARCH_NO_VIABLE_CANDIDATE',
  },
  dispute: { from: [S.SECOND_REVIEW], to: S.DISPUTED, action: null, audit: 'SEARCH_DISPUTED' },
  adjudicate: { from: [S.DISPUTED], to: S.ADJUDICATED, action: 'adjudicate', audit: 'SEARCH_ADJUDICATED' },
  close: { from: OUTCOME_STATES, to: S.CLOSED, action: 'close', audit: 'SEARCH_REQUEST_CLOSED' },
  withdraw: { from: OPEN_STATES, to: S.WITHDRAWN, action: 'withdraw', audit: 'SEARCH_REQUEST_WITHDRAWN' },
  expire: { from: OPEN_STATES, to: S.EXPIRED, action: null, audit: 'SEARCH_REQUEST_EXPIRED' },
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Every state reachable from `state` by one or more transitions. */
export function reachableFrom(state: S): Set<S> {
  const seen = new Set<S>();
  const queue: S[] = [state];
  while (queue.length) {
    const current = queue.shift()!;
    for (const rule of Object.values(TRANSITIONS) as TransitionRule[]) {
      if (rule.from.includes(current) && !seen.has(rule.to)) {
        seen.add(rule.to);
        queue.push(rule.to);
      }
    }
  }
  return seen;
}

/**
 * Checks that `name` may start from `state` and returns the state it leads to. When it may not,
 * the error names the state and says which of two things happened:
 * - CONFLICT: the transition (or a later step) has already happened, another decision of the same
 *   kind got there first (authorise vs refuse), or the request was withdrawn or expired meanwhile:
 *   a replayed or racing mutation.
 * - INVALID_STATE: the request has not reached the point where the transition applies, or took a
 *   path where it never does.
 */
export function transitionTo(state: S, name: TransitionName): S {
  const rule: TransitionRule = TRANSITIONS[name];
  if (rule.from.includes(state)) return rule.to;
  const details = { state, transition: name, allowedFrom: [...rule.from] };
  if (alreadyDecided(state, name))
    throw new DomainError(
      'CONFLICT',
      `The search request has already moved on: it is ${state}, so it cannot ${describe(name)}`,
      details,
    );
  throw new DomainError(
    'INVALID_STATE',
    `A search request that is ${state} cannot ${describe(name)}`,
    details,
  );
}

function alreadyDecided(state: S, name: TransitionName): boolean {
  const rule: TransitionRule = TRANSITIONS[name];
  const past = (target: S) => target === state || reachableFrom(target).has(state);
  if (past(rule.to)) return true;
  const rivals = (Object.values(TRANSITIONS) as TransitionRule[]).filter(
    (o) =>
      o !== rule &&
      o.action !== null &&
      o.action === rule.action &&
      o.from.some((f) => rule.from.includes(f)),
  );
  if (rivals.some((o) => past(o.to))) return true;
  const endedWhileOpen = state === S.WITHDRAWN || state === S.EXPIRED;
  return endedWhileOpen && rule.from.some((f) => OPEN_STATES.includes(f));
}

function describe(name: TransitionName): string {
  return name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

export const isOpen = (state: S) => OPEN_STATES.includes(state);

/* ----------------------------------------------------------------------------------------- */
/* Review tasks                                                                               */
/* ----------------------------------------------------------------------------------------- */

export const TASK_TRANSITIONS = {
  claim: { from: [ReviewTaskStatus.OPEN], to: ReviewTaskStatus.CLAIMED },
  release: { from: [ReviewTaskStatus.CLAIMED], to: ReviewTaskStatus.OPEN },
  reassign: { from: [ReviewTaskStatus.OPEN, ReviewTaskStatus.CLAIMED], to: ReviewTaskStatus.CLAIMED },
  submit: { from: [ReviewTaskStatus.CLAIMED], to: ReviewTaskStatus.SUBMITTED },
  cancel: { from: [ReviewTaskStatus.OPEN, ReviewTaskStatus.CLAIMED], to: ReviewTaskStatus.CANCELLED },
} as const satisfies Record<string, { from: readonly ReviewTaskStatus[]; to: ReviewTaskStatus }>;

export type TaskTransitionName = keyof typeof TASK_TRANSITIONS;

/** As `transitionTo`, for a review task: a task already taken, submitted or cancelled is a CONFLICT. */
export function taskTransitionTo(status: ReviewTaskStatus, name: TaskTransitionName): ReviewTaskStatus {
  const rule: { from: readonly ReviewTaskStatus[]; to: ReviewTaskStatus } = TASK_TRANSITIONS[name];
  if (rule.from.includes(status)) return rule.to;
  throw new DomainError('CONFLICT', `The review task is ${status}: it cannot be ${TASK_PAST_TENSE[name]}`, {
    state: status,
    transition: name,
  });
}

const TASK_PAST_TENSE: Record<TaskTransitionName, string> = {
  claim: 'claimed',
  release: 'released',
  reassign: 'reassigned',
  submit: 'submitted',
  cancel: 'cancelled',
};

/** How long a claimed task is held before it goes back to the pool. */
export const CLAIM_TTL_MS = 30 * 60_000;
/** How long an open request may wait before it expires: a draft soon, anything else within weeks. */
export const DRAFT_TTL_MS = 7 * 24 * 3600_000;
export const OPEN_REQUEST_TTL_MS = 28 * 24 * 3600_000;

/* ----------------------------------------------------------------------------------------- */
/* Outcome of two blind reviews                                                               */
/* ----------------------------------------------------------------------------------------- */

export type Decisions = ReadonlyMap<string, CandidateDecision> | Readonly<Record<string, CandidateDecision>>;

export type ReviewsOutcome =
  | { transition: 'confirm'; outcome: SearchOutcome.POSSIBLE_MATCH; candidateId: string }
  | { transition: 'noViableCandidate'; outcome: SearchOutcome.NO_VIABLE_CANDIDATE }
  | {
      transition: 'dispute';
      reason: 'DIFFERENT_CANDIDATES' | 'MORE_THAN_ONE_POSSIBLE_MATCH' | 'ONE_FOUND_A_MATCH' | 'INCONCLUSIVE';
    };

const entries = (d: Decisions): Array<[string, CandidateDecision]> =>
  d instanceof Map ? [...d.entries()] : Object.entries(d);

/**
 * The two-person rule. Both reviewers mark the same single candidate a possible match (whatever
 * else they marked): CONFIRMED. Both mark every candidate not a match: NO_VIABLE_CANDIDATE.
 * Anything else, including an inconclusive call that leaves no agreement, goes to a supervisor.
 */
export function decideOutcome(first: Decisions, second: Decisions): ReviewsOutcome {
  const matches = (d: Decisions) =>
    entries(d)
      .filter(([, v]) => v === CandidateDecision.POSSIBLE_MATCH)
      .map(([k]) => k);
  const m1 = matches(first);
  const m2 = matches(second);
  if (m1.length === 1 && m2.length === 1) {
    return m1[0] === m2[0]
      ? { transition: 'confirm', outcome: SearchOutcome.POSSIBLE_MATCH, candidateId: m1[0] }
      : { transition: 'dispute', reason: 'DIFFERENT_CANDIDATES' };
  }
  if (m1.length > 1 || m2.length > 1)
    return { transition: 'dispute', reason: 'MORE_THAN_ONE_POSSIBLE_MATCH' };
  if (m1.length + m2.length > 0) return { transition: 'dispute', reason: 'ONE_FOUND_A_MATCH' };
  const allNot = (d: Decisions) => entries(d).every(([, v]) => v === CandidateDecision.NOT_MATCH);
  if (allNot(first) && allNot(second))
    return { transition: 'noViableCandidate', outcome: SearchOutcome.NO_VIABLE_CANDIDATE };
  return { transition: 'dispute', reason: 'INCONCLUSIVE' };
}

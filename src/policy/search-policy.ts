import type { AbilityBuilder, MongoAbility } from '@casl/ability';
import { OffenceCategory, Role } from '../entities/roles';
import {
  AuthorisationReason,
  ReviewStage,
  ReviewTaskStatus,
  SearchRequestStatus,
} from '../entities/search.enums';
import type { PolicyActor } from './actor';
import { rankLevel } from './seriousness-tiers';

/**
 * Who may do what with searches (DESIGN.md, "Who uses it"), and when a search needs an authoriser.
 * Pure: the workflow services build the objects these rules are checked against, and the same
 * rules become SQL filters for lists through `abilityToWhere`.
 *
 * Objects the conditions refer to:
 * - SearchRequest   { forceId, requesterId, caseOfficerIds (on create: the case's officers), reviewerIds,
 *                     authorisationRankLevel (the rank its seriousness tier needs of an authoriser; 0: any) }
 * - Gallery         { forceId, sharedWithForceIds (forces with an active sharing agreement now) }
 * - ReviewTask      { forceId, stage, status, requesterId, firstReviewerId, claimedById,
 *                     exposedOfficerIds (who saw the request's first review: see "The blind second review") }
 * - SearchCandidate { forceId, holderId (who holds the task it is shown for), scoresVisible }
 * - FaceImage       { forceId, holderId, requestStatus }   (probe and candidate pixels)
 * - DisclosurePack  { forceId }
 */

/**
 * The blind second review. The second reviewer must not know what the first one decided, nor
 * (unless the force allows it) the similarity scores. The rule, in two halves that meet:
 *
 * 1. Whoever has seen the first review of a request while its second review was still to come —
 *    its decisions (through `SearchRequest.reviews`, `ReviewTask.decisions`, the decision counts of
 *    its REVIEW_SUBMITTED audit event in `auditEvents` or an audit export), or the candidates'
 *    scores where the force keeps them from the second reviewer (`SearchCandidate.score`, the
 *    first review's packet) — is recorded as exposed to it, in the same transaction as the read,
 *    whatever their roles at the time. An exposed officer may not claim, be assigned or be offered
 *    (`reviewQueue`, `availableReviewTasks`) that request's second review: `exposedOfficerIds`
 *    below. A supervisor or oversight officer who also reviews chooses, by reading, not to be the
 *    second reviewer.
 * 2. While an officer holds the second review task of a request, every one of those reads
 *    withholds the first review's decisions and (per the force) the scores from them, and records
 *    nothing; once their review is in (the request leaves SECOND_REVIEW) they read as their roles
 *    allow.
 *
 * The services decide which reads are exposures (`FIRST_REVIEW_WINDOW`); this file decides who may
 * claim. A first-review task is never barred by exposure: scores are part of the first review.
 */
export const FIRST_REVIEW_WINDOW: readonly SearchRequestStatus[] = [
  SearchRequestStatus.FIRST_REVIEW,
  SearchRequestStatus.SECOND_REVIEW,
];

export const DEFAULT_K = 20;

/**
 * The most probe images one search request may carry (the probe and its additional frames, e.g.
 * CCTV frames of one unknown person); more is TOO_MANY_PROBE_IMAGES. Each is analysed once.
 */
export const MAX_PROBE_IMAGES = 8;

export interface ForceSearchPolicy {
  id: string;
  /** categories searchable without authorisation: those whose seriousness tier needs none (the plan passes the request's) */
  allowedOffenceCategories: readonly OffenceCategory[];
  /** the floor (the offence's tier's, or the force's) as a cosine of the model the search uses (see score-scale.ts) */
  thresholdFloor: number;
  /**
   * the equitable threshold of the force's latest validation of that model on its own labelled
   * images (model-validation.ts); Infinity when it found no threshold tested equitable (every
   * search then needs an authoriser); null or absent: no validation recorded
   */
  equitableThreshold?: number | null;
}

export interface SearchSettings {
  offenceCategory: OffenceCategory;
  threshold: number;
  includeUnder18: boolean;
  includeNotConvicted: boolean;
  galleryForceIds: readonly string[];
  /** the probe is below the force's expected-hit-rate floor and the requester asked for an override */
  probeOverrideSought?: boolean;
}

export interface ForceProbeGate {
  /** floor on the probe's expected rank-1 rate; 0: none */
  probeHitRateFloor: number;
  probeHitRateOverrideAllowed: boolean;
}

/**
 * The quality gate on a probe: PASS when its expected rank-1 rate reaches the force's floor (or
 * there is no floor); otherwise OVERRIDE_SOUGHT when the force allows an authorised override and
 * the requester gave a reason (the search then needs an authoriser), else REFUSED. A probe with no
 * expected hit rate (its model version has no calibration) is below any floor: a search whose
 * reliability is unknown is not let through silently.
 */
export function probeHitRateGate(
  force: ForceProbeGate,
  expectedRankOne: number | null,
  overrideReason: string | null | undefined,
): 'PASS' | 'OVERRIDE_SOUGHT' | 'REFUSED' {
  if (force.probeHitRateFloor <= 0) return 'PASS';
  if (expectedRankOne !== null && expectedRankOne >= force.probeHitRateFloor) return 'PASS';
  return force.probeHitRateOverrideAllowed && overrideReason ? 'OVERRIDE_SOUGHT' : 'REFUSED';
}

/**
 * Why this search needs authorisation before it runs; empty when it may run at once. From
 * Bridges [2020]: who is searched for and where must not be left to one officer's discretion.
 */
export function authorisationReasons(force: ForceSearchPolicy, s: SearchSettings): AuthorisationReason[] {
  const reasons: AuthorisationReason[] = [];
  if (!force.allowedOffenceCategories.includes(s.offenceCategory))
    reasons.push(AuthorisationReason.OFFENCE_NOT_IN_ALLOWED_LIST);
  if (s.threshold < force.thresholdFloor) reasons.push(AuthorisationReason.THRESHOLD_BELOW_FLOOR);
  // a threshold is a fairness decision (NPL 2023, 2025): below the equitable one, an authoriser decides
  if (
    force.equitableThreshold !== undefined &&
    force.equitableThreshold !== null &&
    s.threshold < force.equitableThreshold
  )
    reasons.push(AuthorisationReason.THRESHOLD_BELOW_EQUITABLE_THRESHOLD);
  if (s.includeUnder18) reasons.push(AuthorisationReason.UNDER_18_INCLUDED);
  if (s.includeNotConvicted) reasons.push(AuthorisationReason.NOT_CONVICTED_INCLUDED);
  if (s.galleryForceIds.some((id) => id !== force.id)) reasons.push(AuthorisationReason.CROSS_FORCE);
  if (s.probeOverrideSought) reasons.push(AuthorisationReason.PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR);
  return reasons;
}

/** Fields of a search request, grouped by who may see them (field-level rules). */
export const SEARCH_REQUEST_FIELDS = {
  /** Where it stands and when things happened. */
  status: [
    'id',
    'forceId',
    'caseId',
    'requesterId',
    'status',
    'version',
    'createdAt',
    'submittedAt',
    'searchedAt',
    'outcomeAt',
    'endedAt',
    'expiresAt',
    'searchFailure',
  ],
  /** How it is to be searched. */
  settings: [
    'threshold',
    'k',
    'includeUnder18',
    'includeNotConvicted',
    'galleryForceIds',
    'authorisationRequired',
    'authorisationReasons',
    'authorisationRank',
  ],
  /** Why, under which law, on what probe (where it came from, its quality), and the authoriser's decision. */
  grounds: [
    'purpose',
    'legalBasis',
    'justification',
    'offenceCategory',
    'crimeReference',
    'probeProvenance',
    'probeEnhancement',
    'probeQuality',
    'probeExpectedHitRate',
    'probeFusion',
    'probeHitRateFloor',
    'probeHitRateOverrideReason',
    'authorisation',
    'endReason',
  ],
  /** The gallery policy the search ran under. */
  search: ['modelVersion', 'policySnapshot', 'candidateCount'],
  /** What the requester is told at the end. */
  outcome: ['outcome'],
  /** The candidate list, each review's decisions and any adjudication. */
  review: ['candidates', 'reviews', 'adjudication'],
} as const;

export type SearchRequestField = (typeof SEARCH_REQUEST_FIELDS)[keyof typeof SEARCH_REQUEST_FIELDS][number];
export const ALL_SEARCH_REQUEST_FIELDS: SearchRequestField[] = Object.values(SEARCH_REQUEST_FIELDS).flat();

export const REVIEW_TASK_FIELDS = [
  'id',
  'requestId',
  'forceId',
  'stage',
  'status',
  'claimedById',
  'claimedAt',
  'claimExpiresAt',
  'submittedAt',
  'createdAt',
  'decisions',
] as const;
const TASK_POOL_FIELDS = REVIEW_TASK_FIELDS.filter((f) => f !== 'decisions' && f !== 'claimedById');

export const CANDIDATE_FIELDS = ['id', 'rank', 'score', 'custodyImageId', 'galleryForceId'] as const;
export const DISCLOSURE_PACK_FIELDS = [
  'request',
  'authorisation',
  'probe',
  'probeImage',
  'search',
  'candidates',
  'reviews',
  'adjudication',
  'outcome',
  'lead',
  'auditTrail',
] as const;

const fields = (...groups: Array<keyof typeof SEARCH_REQUEST_FIELDS>): string[] =>
  groups.flatMap((g) => [...SEARCH_REQUEST_FIELDS[g]]);

/** Adds the search workflow's rules for `actor` (called by `defineAbilityFor`). */
export function defineSearchRules(
  can: AbilityBuilder<MongoAbility>['can'],
  actor: PolicyActor,
  now: Date,
): void {
  const own = actor.forceId;
  const me = actor.officerId;
  const has = (role: Role) => actor.roles.includes(role);
  const notMine = { requesterId: { $ne: me } };

  if (has(Role.REQUESTER)) {
    // a search is opened only on a case the officer is assigned to, in their own force
    can('create', 'SearchRequest', { forceId: own, caseOfficerIds: me });
    can('read', 'SearchRequest', fields('status', 'settings', 'grounds', 'outcome'), { requesterId: me });
    can(['submit', 'run', 'withdraw', 'close'], 'SearchRequest', { requesterId: me, forceId: own });
    // the probe enhanced (allow-listed operations, each step recorded) while the request is a draft
    can('enhance', 'SearchRequest', { requesterId: me, forceId: own });
    // own gallery, or another force's while it shares its gallery with ours under an active agreement
    can('search', 'Gallery', { forceId: own });
    can('search', 'Gallery', { sharedWithForceIds: own });
  }

  if (has(Role.AUTHORISER)) {
    can('read', 'SearchRequest', fields('status', 'settings', 'grounds', 'search'), { forceId: own });
    // at the rank the request's seriousness tier asks for (authorisationRankLevel 0: any authoriser)
    can('authorise', 'SearchRequest', {
      forceId: own,
      ...notMine,
      authorisationRankLevel: { $lte: rankLevel(actor.rank) },
    });
  }

  const certified =
    actor.reviewerCertifiedUntil !== null && actor.reviewerCertifiedUntil.getTime() > now.getTime();
  if (has(Role.REVIEWER) && certified) {
    // The two-person rule: never a request of one's own, never both stages of one request, and
    // never the blind second review of a request whose first review one has seen.
    const eligible = { forceId: own, ...notMine, firstReviewerId: { $ne: me } };
    const claimable = [
      { ...eligible, stage: ReviewStage.FIRST },
      { ...eligible, stage: ReviewStage.SECOND, exposedOfficerIds: { $ne: me } },
    ];
    for (const conditions of claimable) {
      can('read', 'ReviewTask', TASK_POOL_FIELDS, { ...conditions, status: ReviewTaskStatus.OPEN });
      can('claim', 'ReviewTask', conditions);
    }
    can('read', 'ReviewTask', { claimedById: me });
    // The task's packet (`review`) is what a reviewer reads of the request: the probe, where it came
    // from (its provenance) and its expected hit rate, and the candidates; never the request's
    // grounds or the other review.
    can(['review', 'release'], 'ReviewTask', { ...eligible, claimedById: me });
    // Pixels and candidates only while holding the task; scores only where the force allows it
    // (the second, blind, review) — `scoresVisible` is computed per task.
    can('read', 'FaceImage', { forceId: own, holderId: me });
    can('read', 'SearchCandidate', ['id', 'rank'], { forceId: own, holderId: me });
    can('read', 'SearchCandidate', ['score'], { forceId: own, holderId: me, scoresVisible: true });
  }

  if (has(Role.SUPERVISOR)) {
    can('read', 'SearchRequest', { forceId: own });
    can(['run', 'withdraw', 'close'], 'SearchRequest', { forceId: own });
    // not on a request one made or reviewed: adjudication is a third pair of eyes
    can('adjudicate', 'SearchRequest', { forceId: own, ...notMine, reviewerIds: { $ne: me } });
    can(['read', 'reassign'], 'ReviewTask', { forceId: own });
    can('read', 'SearchCandidate', { forceId: own });
    // to adjudicate, a supervisor compares the faces themselves
    can('read', 'FaceImage', { forceId: own, requestStatus: SearchRequestStatus.DISPUTED });
    can('export', 'DisclosurePack', { forceId: own });
  }

  if (has(Role.OVERSIGHT)) {
    const overseen = { $in: [...actor.overseesForceIds] };
    // requests, justifications, decisions and timings; never a face image
    can('read', 'SearchRequest', { forceId: overseen });
    can('read', 'ReviewTask', { forceId: overseen });
    can('read', 'SearchCandidate', { forceId: overseen });
    can(
      'export',
      'DisclosurePack',
      DISCLOSURE_PACK_FIELDS.filter((f) => f !== 'probeImage'),
      { forceId: overseen },
    );
  }

  if (has(Role.ADMIN)) {
    // manages thresholds: sees how searches are set and where they stand, not why or what was found
    can('read', 'SearchRequest', fields('status', 'settings', 'search'), { forceId: own });
  }
}

import { In, type EntityManager } from 'typeorm';
import {
  AuthorisationDecision, AuthorisationReason, CandidateDecision, CaseFile, CustodyImage, CustodyImageStatus, CustodySubject, LegalBasis,
  NO_VIABLE_CANDIDATE_CAVEAT, OffenceCategory, OutcomeBasis, POSSIBLE_MATCH_CAVEAT, ReviewDecision, ReviewStage, ReviewTask, ReviewTaskStatus,
  SearchCandidate, SearchOutcome, SearchPurpose, SearchRequest, SearchRequestStatus, type PolicySnapshot, type ProbeQuality, type SearchFailure,
} from '../../entities';
import { ALL_SEARCH_REQUEST_FIELDS, AppAbility, CANDIDATE_FIELDS, permittedFields, REVIEW_TASK_FIELDS, SearchRequestField, subject as subjectFor } from '../../policy';

/**
 * What one caller may see of a search request, built from the field-level rules: a field the
 * caller may not read is null and listed nowhere, and the related rows behind it (candidates,
 * reviews, the custody record) are not even loaded.
 */

/** A face image the caller may open: the pixels come from a separate, audited read. */
export interface FaceImageRef {
  requestId: string;
  kind: 'PROBE' | 'CANDIDATE';
  candidateId: string | null;
  /** The review task it is shown for (reviewers), null for a supervisor adjudicating. */
  taskId: string | null;
}

export interface AuthorisationView {
  decision: AuthorisationDecision;
  decidedById: string;
  decidedAt: Date;
  rationale: string;
}

export interface CustodyRecordView {
  custodyImageId: string;
  galleryForceId: string;
  custodyReference: string;
  personReference: string;
  capturedAt: Date;
  status: CustodyImageStatus;
}

export interface OutcomeView {
  result: SearchOutcome;
  caveat: string;
  basis: OutcomeBasis;
  decidedAt: Date;
  custodyRecord: CustodyRecordView | null;
}

export interface CandidateView {
  /** The request, and its status when read (not GraphQL fields: what the blind second review's check needs). */
  requestId: string;
  requestStatus: SearchRequestStatus;
  id: string;
  rank: number;
  score: number | null;
  custodyImageId: string | null;
  galleryForceId: string | null;
  image: FaceImageRef | null;
}

export interface DecisionView {
  candidateId: string;
  rank: number;
  decision: CandidateDecision;
  rationale: string;
}

export interface ReviewView {
  /** The request, and its status when read if known (not GraphQL fields: what the blind second review's check needs). */
  requestId: string;
  requestStatus: SearchRequestStatus | null;
  taskId: string;
  stage: ReviewStage;
  status: ReviewTaskStatus;
  reviewerId: string | null;
  createdAt: Date;
  claimedAt: Date | null;
  submittedAt: Date | null;
  decisions: DecisionView[];
}

export interface AdjudicationView {
  adjudicatedById: string;
  adjudicatedAt: Date;
  result: SearchOutcome;
  candidateId: string | null;
  rationale: string;
}

export interface SearchRequestView {
  id: string;
  forceId: string;
  caseId: string;
  requesterId: string;
  status: SearchRequestStatus;
  version: number;
  createdAt: Date;
  submittedAt: Date | null;
  searchedAt: Date | null;
  outcomeAt: Date | null;
  endedAt: Date | null;
  expiresAt: Date;
  threshold: number | null;
  k: number | null;
  includeUnder18: boolean | null;
  includeNotConvicted: boolean | null;
  galleryForceIds: string[] | null;
  authorisationRequired: boolean | null;
  authorisationReasons: AuthorisationReason[] | null;
  purpose: SearchPurpose | null;
  legalBasis: LegalBasis | null;
  justification: string | null;
  offenceCategory: OffenceCategory | null;
  crimeReference: string | null;
  probeQuality: ProbeQuality | null;
  authorisation: AuthorisationView | null;
  endReason: string | null;
  searchFailure: SearchFailure | null;
  modelVersion: string | null;
  policySnapshot: PolicySnapshot | null;
  candidateCount: number | null;
  outcome: OutcomeView | null;
  candidates: CandidateView[] | null;
  reviews: ReviewView[] | null;
  adjudication: AdjudicationView | null;
  /** The probe, for a caller who may open face images of this request. */
  probeImage: FaceImageRef | null;
  /** The fields this caller may read (others are null because they are hidden, not empty). */
  visibleFields: SearchRequestField[];
}

export interface ReviewTaskView {
  id: string;
  requestId: string;
  forceId: string;
  stage: ReviewStage;
  status: ReviewTaskStatus;
  version: number;
  claimedById: string | null;
  claimedAt: Date | null;
  claimExpiresAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  /** Only the reviewer who made them, supervisors and oversight. */
  decisions: DecisionView[] | null;
}

/** The object the SearchRequest rules are checked against. */
export function requestSubject(r: SearchRequest, extra: Record<string, unknown> = {}) {
  return { id: r.id, forceId: r.forceId, requesterId: r.requesterId, status: r.status, ...extra };
}

/** The object the ReviewTask rules are checked against; `exposedOfficerIds` from `exposedOfficerIds()` of its request. */
export function taskSubject(t: ReviewTask, exposedOfficerIds: readonly string[]) {
  return {
    id: t.id, forceId: t.forceId, stage: t.stage, status: t.status, requesterId: t.requesterId, firstReviewerId: t.firstReviewerId, claimedById: t.claimedById,
    exposedOfficerIds: [...exposedOfficerIds],
  };
}

export const OUTCOME_STATUSES: readonly SearchRequestStatus[] = [SearchRequestStatus.CONFIRMED, SearchRequestStatus.NO_VIABLE_CANDIDATE, SearchRequestStatus.ADJUDICATED, SearchRequestStatus.CLOSED];

export interface ViewOptions {
  /** Build with every field regardless of the caller (the disclosure pack, already authorised). */
  allFields?: boolean;
}

export async function buildRequestViews(manager: EntityManager, ability: AppAbility, requests: SearchRequest[], options: ViewOptions = {}): Promise<SearchRequestView[]> {
  if (requests.length === 0) return [];
  const visible = requests.map((r) =>
    options.allFields ? new Set<SearchRequestField>(ALL_SEARCH_REQUEST_FIELDS) : permittedFields(ability, 'read', 'SearchRequest', requestSubject(r), ALL_SEARCH_REQUEST_FIELDS),
  );
  const ids = (pred: (v: Set<SearchRequestField>) => boolean) => requests.filter((_, i) => pred(visible[i])).map((r) => r.id);

  const caseIds = [...new Set(requests.filter((_, i) => visible[i].has('crimeReference')).map((r) => r.caseId))];
  const cases = new Map((caseIds.length ? await manager.find(CaseFile, { where: { id: In(caseIds) } }) : []).map((c) => [c.id, c]));

  const withReview = ids((v) => v.has('candidates') || v.has('reviews'));
  const candidates = withReview.length ? await manager.find(SearchCandidate, { where: { requestId: In(withReview) }, order: { rank: 'ASC' } }) : [];
  const tasks = withReview.length ? await manager.find(ReviewTask, { where: { requestId: In(withReview) }, order: { createdAt: 'ASC' } }) : [];
  const decisions = withReview.length ? await manager.find(ReviewDecision, { where: { requestId: In(withReview) } }) : [];

  const outcomeCandidateIds = requests.filter((r, i) => visible[i].has('outcome') && r.outcomeCandidateId).map((r) => r.outcomeCandidateId!);
  const outcomeCandidates = outcomeCandidateIds.length ? await manager.find(SearchCandidate, { where: { id: In(outcomeCandidateIds) } }) : [];
  const records = await custodyRecords(manager, outcomeCandidates.map((c) => c.imageId));

  return requests.map((r, i) => {
    const v = visible[i];
    const show = <T>(field: SearchRequestField, value: T): T | null => (v.has(field) ? value : null);
    const imageRule = { forceId: r.forceId, holderId: null, requestStatus: r.status };
    const mayOpenImages = !options.allFields && ability.can('read', subjectFor('FaceImage', imageRule));
    const own = candidates.filter((c) => c.requestId === r.id);
    const candidateFields = options.allFields
      ? new Set<string>(CANDIDATE_FIELDS)
      : permittedFields(ability, 'read', 'SearchCandidate', { forceId: r.forceId, holderId: null, scoresVisible: true }, CANDIDATE_FIELDS);
    const rankOf = new Map(own.map((c) => [c.id, c.rank]));
    const outcomeCandidate = outcomeCandidates.find((c) => c.id === r.outcomeCandidateId);
    return {
      id: r.id,
      forceId: r.forceId,
      caseId: r.caseId,
      requesterId: r.requesterId,
      status: r.status,
      version: r.version,
      createdAt: r.createdAt,
      submittedAt: r.submittedAt,
      searchedAt: r.searchedAt,
      outcomeAt: r.outcomeAt,
      endedAt: r.endedAt,
      expiresAt: r.expiresAt,
      threshold: show('threshold', r.threshold),
      k: show('k', r.k),
      includeUnder18: show('includeUnder18', r.includeUnder18),
      includeNotConvicted: show('includeNotConvicted', r.includeNotConvicted),
      galleryForceIds: show('galleryForceIds', r.galleryForceIds),
      authorisationRequired: show('authorisationRequired', r.authorisationRequired),
      authorisationReasons: show('authorisationReasons', r.authorisationReasons),
      purpose: show('purpose', r.purpose),
      legalBasis: show('legalBasis', r.legalBasis),
      justification: show('justification', r.justification),
      offenceCategory: show('offenceCategory', r.offenceCategory),
      crimeReference: show('crimeReference', cases.get(r.caseId)?.crimeReference ?? null),
      probeQuality: show('probeQuality', r.probeQuality),
      authorisation: show('authorisation', authorisationOf(r)),
      endReason: show('endReason', r.endReason),
      searchFailure: show('searchFailure', r.searchFailure),
      modelVersion: show('modelVersion', r.modelVersion),
      policySnapshot: show('policySnapshot', r.policySnapshot),
      candidateCount: show('candidateCount', r.candidateCount),
      outcome: show('outcome', outcomeOf(r, outcomeCandidate ? records.get(outcomeCandidate.imageId) ?? null : null)),
      candidates: show(
        'candidates',
        own.map((c) => ({
          requestId: r.id,
          requestStatus: r.status,
          id: c.id,
          rank: c.rank,
          score: candidateFields.has('score') ? c.score : null,
          custodyImageId: candidateFields.has('custodyImageId') ? c.imageId : null,
          galleryForceId: candidateFields.has('galleryForceId') ? c.forceId : null,
          image: mayOpenImages ? { requestId: r.id, kind: 'CANDIDATE' as const, candidateId: c.id, taskId: null } : null,
        })),
      ),
      reviews: show(
        'reviews',
        tasks.filter((t) => t.requestId === r.id).map((t) => ({ ...reviewOf(t, decisions, rankOf), requestStatus: r.status })),
      ),
      adjudication: show('adjudication', adjudicationOf(r)),
      probeImage: mayOpenImages ? { requestId: r.id, kind: 'PROBE' as const, candidateId: null, taskId: null } : null,
      visibleFields: ALL_SEARCH_REQUEST_FIELDS.filter((f) => v.has(f)),
    };
  });
}

export function taskView(ability: AppAbility, t: ReviewTask, decisions: ReviewDecision[], rankOf: ReadonlyMap<string, number>, exposedOfficerIds: readonly string[]): ReviewTaskView | null {
  const fields = permittedFields(ability, 'read', 'ReviewTask', taskSubject(t, exposedOfficerIds), REVIEW_TASK_FIELDS);
  if (fields.size === 0) return null;
  return {
    id: t.id,
    requestId: t.requestId,
    forceId: t.forceId,
    stage: t.stage,
    status: t.status,
    version: t.version,
    claimedById: fields.has('claimedById') ? t.claimedById : null,
    claimedAt: t.claimedAt,
    claimExpiresAt: t.claimExpiresAt,
    submittedAt: t.submittedAt,
    createdAt: t.createdAt,
    decisions: fields.has('decisions') && t.status === ReviewTaskStatus.SUBMITTED ? reviewOf(t, decisions, rankOf).decisions : null,
  };
}

/** What anyone who acted on a task may be told about it afterwards: where it stands, no decisions. */
export function bareTaskView(t: ReviewTask): ReviewTaskView {
  return { id: t.id, requestId: t.requestId, forceId: t.forceId, stage: t.stage, status: t.status, version: t.version, claimedById: null, claimedAt: t.claimedAt, claimExpiresAt: t.claimExpiresAt, submittedAt: t.submittedAt, createdAt: t.createdAt, decisions: null };
}

export function reviewOf(t: ReviewTask, decisions: ReviewDecision[], rankOf: ReadonlyMap<string, number>): ReviewView {
  return {
    requestId: t.requestId,
    requestStatus: null,
    taskId: t.id,
    stage: t.stage,
    status: t.status,
    reviewerId: t.status === ReviewTaskStatus.SUBMITTED ? t.submittedById : t.claimedById,
    createdAt: t.createdAt,
    claimedAt: t.claimedAt,
    submittedAt: t.submittedAt,
    decisions: decisions
      .filter((d) => d.taskId === t.id)
      .map((d) => ({ candidateId: d.candidateId, rank: rankOf.get(d.candidateId) ?? 0, decision: d.decision, rationale: d.rationale }))
      .sort((a, b) => a.rank - b.rank),
  };
}

function authorisationOf(r: SearchRequest): AuthorisationView | null {
  if (!r.authorisationDecision || !r.authorisedById || !r.authorisationDecidedAt) return null;
  return { decision: r.authorisationDecision, decidedById: r.authorisedById, decidedAt: r.authorisationDecidedAt, rationale: r.authorisationRationale ?? '' };
}

function adjudicationOf(r: SearchRequest): AdjudicationView | null {
  if (!r.adjudicatedById || !r.adjudicatedAt || !r.outcome) return null;
  return { adjudicatedById: r.adjudicatedById, adjudicatedAt: r.adjudicatedAt, result: r.outcome, candidateId: r.outcomeCandidateId, rationale: r.adjudicationRationale ?? '' };
}

/** The outcome once there is one; before that, nothing (not even "pending" hints about candidates). */
function outcomeOf(r: SearchRequest, record: CustodyRecordView | null): OutcomeView | null {
  if (!r.outcome || !r.outcomeBasis || !r.outcomeAt || !OUTCOME_STATUSES.includes(r.status)) return null;
  const possible = r.outcome === SearchOutcome.POSSIBLE_MATCH;
  return { result: r.outcome, caveat: possible ? POSSIBLE_MATCH_CAVEAT : NO_VIABLE_CANDIDATE_CAVEAT, basis: r.outcomeBasis, decidedAt: r.outcomeAt, custodyRecord: possible ? record : null };
}

export async function custodyRecords(manager: EntityManager, imageIds: string[]): Promise<Map<string, CustodyRecordView>> {
  if (imageIds.length === 0) return new Map();
  const images = await manager.find(CustodyImage, { where: { id: In(imageIds) } });
  const subjects = new Map((await manager.find(CustodySubject, { where: { id: In(images.map((i) => i.subjectId)) } })).map((s) => [s.id, s]));
  return new Map(
    images.map((i) => [
      i.id,
      { custodyImageId: i.id, galleryForceId: i.forceId, custodyReference: i.custodyReference, personReference: subjects.get(i.subjectId)?.personReference ?? '', capturedAt: i.capturedAt, status: i.status },
    ]),
  );
}

import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { PreparedEntityQuery } from '../../db';
import {
  AuthorisationDecision,
  CandidateDecision,
  CaseFile,
  CustodyImage,
  CustodyImageStatus,
  CustodySubject,
  NO_VIABLE_CANDIDATE_CAVEAT,
  OutcomeBasis,
  POSSIBLE_MATCH_CAVEAT,
  type ProbeProvenance,
  ReviewDecision,
  ReviewStage,
  ReviewTask,
  ReviewTaskStatus,
  SearchCandidate,
  SearchOutcome,
  SearchRequest,
  SearchRequestStatus,
} from '../../entities';
import {
  ALL_SEARCH_REQUEST_FIELDS,
  AppAbility,
  CANDIDATE_FIELDS,
  faceImageSubject,
  permittedFields,
  redactionOf,
  requestSubject,
  REVIEW_TASK_FIELDS,
  SEARCH_REQUEST_FIELDS,
  SearchRequestField,
  shownFields,
  subject as subjectFor,
  type SubjectName,
  taskSubject,
} from '../../policy';
import { provenanceOf } from '../probe-provenance';
import { enhancementRecords, type ProbeEnhancementRecord } from './probe-enhancement.record';

/**
 * What one caller may see of a search request. The request's own columns are copied (each null
 * when hidden, following the field table in src/policy/field-redaction.ts); its related rows
 * (the case's crime reference, the outcome's custody record, candidates, reviews) are loaded only
 * when a reader asks for them and may see them, through per-call DataLoaders, so a list of N
 * requests loads each kind of related row in one query and a query that does not select
 * candidates does not read them.
 */

/** A face image the caller may open: the pixels come from a separate, audited read. */
export interface FaceImageRef {
  requestId: string;
  /**
   * PROBE: the original probe; ENHANCED_PROBE: the result of its recorded enhancement; PROBE_FRAME:
   * an additional probe image (`frame`: its index among the request's probe images, from 1).
   */
  kind: 'PROBE' | 'ENHANCED_PROBE' | 'PROBE_FRAME' | 'CANDIDATE';
  frame?: number | null;
  candidateId: string | null;
  /** The review task it is shown for (reviewers), null for a supervisor adjudicating. */
  taskId: string | null;
}

/** The record of a probe's enhancement with its enhanced image, for a caller who may open it. */
export interface ProbeEnhancementView extends ProbeEnhancementRecord {
  /** The enhanced image, for a caller who may open this request's face images (null otherwise). */
  enhancedImage: FaceImageRef | null;
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

/** The candidates of several requests, in rank order (read with every request shown with its list). */
const CANDIDATES_OF_REQUESTS = new PreparedEntityQuery(
  SearchCandidate,
  'WHERE request_id = ANY($1::uuid[]) ORDER BY rank',
);

/** Where a request stands: shown to whoever may read it. */
const STATUS_COLUMNS = SEARCH_REQUEST_FIELDS.status;

/** The request's columns shown as stored, each null when the field table hides it from the reader. */
export const REQUEST_COLUMNS = [
  'threshold',
  'k',
  'includeUnder18',
  'includeNotConvicted',
  'galleryForceIds',
  'authorisationRequired',
  'authorisationReasons',
  'authorisationRank',
  'purpose',
  'legalBasis',
  'justification',
  'offenceCategory',
  'probeQuality',
  'probeExpectedHitRate',
  'probeFusion',
  'probeHitRateFloor',
  'probeHitRateOverrideReason',
  'endReason',
  'modelVersion',
  'policySnapshot',
  'candidateCount',
] as const satisfies ReadonlyArray<SearchRequestField & keyof SearchRequest>;

/**
 * The fields of a search request that come from its own row. The shape follows the entity: a new
 * column named in REQUEST_COLUMNS (and in the policy's field groups) appears here with its
 * entity's type, and the GraphQL type, which implements this interface, does not compile until
 * it shows it too.
 */
export type SearchRequestColumns = { [K in (typeof STATUS_COLUMNS)[number]]: SearchRequest[K] } & {
  [K in (typeof REQUEST_COLUMNS)[number]]: SearchRequest[K] | null;
};

export interface SearchRequestFields extends SearchRequestColumns {
  /** Where the probe came from; null also for a request made before provenance was required. */
  probeProvenance: ProbeProvenance | null;
  authorisation: AuthorisationView | null;
  adjudication: AdjudicationView | null;
  /** The probe, for a caller who may open face images of this request. */
  probeImage: FaceImageRef | null;
  /** The fields this caller may read (others are null because they are hidden, not empty). */
  visibleFields: SearchRequestField[];
}

/** A search request as one caller may see it; its related rows are loaded on demand (`requestParts`). */
export interface SearchRequestView extends SearchRequestFields {
  /** Not GraphQL fields: what the related rows are loaded from, and the fields shown to this caller. */
  readonly row: SearchRequest;
  readonly shown: ReadonlySet<string>;
  readonly parts: RequestParts;
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

export const OUTCOME_STATUSES: readonly SearchRequestStatus[] = [
  SearchRequestStatus.CONFIRMED,
  SearchRequestStatus.NO_VIABLE_CANDIDATE,
  SearchRequestStatus.ADJUDICATED,
  SearchRequestStatus.CLOSED,
];

export interface ViewOptions {
  /** Build with every field regardless of the caller (the disclosure pack, already authorised). */
  allFields?: boolean;
}

/**
 * The related rows of the requests one call returns, each kind loaded once for all of them (a
 * DataLoader per kind) and only when a field that shows it is resolved. `manager` is read at load
 * time: the database's own manager for views returned to GraphQL (loaded after the call's
 * transaction), or a transaction's for a caller that loads everything inside it.
 */
export class RequestParts {
  readonly cases: DataLoader<string, CaseFile | null>;
  readonly candidates: DataLoader<string, SearchCandidate[]>;
  readonly tasks: DataLoader<string, ReviewTask[]>;
  readonly decisions: DataLoader<string, ReviewDecision[]>;
  readonly custodyRecords: DataLoader<string, CustodyRecordView | null>;
  readonly enhancements: DataLoader<string, ProbeEnhancementRecord | null>;

  constructor(
    manager: () => EntityManager,
    readonly ability: AppAbility,
    readonly options: ViewOptions = {},
  ) {
    // A transaction's manager holds one connection: its loads run one after another (pg queues
    // overlapping queries on one client with a deprecation warning and refuses them from pg 9 on).
    // The database's own manager takes a pooled connection per query, so its loads may overlap.
    let inTransaction: Promise<unknown> = Promise.resolve();
    const run = <T>(load: (m: EntityManager) => Promise<T>): Promise<T> => {
      const m = manager();
      if (!m.queryRunner) return load(m);
      const result = inTransaction.then(() => load(m));
      inTransaction = result.catch(() => undefined);
      return result;
    };
    const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id) ?? null);
      });
    const byRequest = <T extends { requestId: string }>(load: (requestIds: string[]) => Promise<T[]>) =>
      new DataLoader<string, T[]>(async (requestIds) => {
        const rows = await load([...requestIds]);
        return requestIds.map((id) => rows.filter((row) => row.requestId === id));
      });
    this.cases = byId((ids) => run((m) => m.find(CaseFile, { where: { id: In(ids) } })));
    this.candidates = byRequest((ids) => run((m) => CANDIDATES_OF_REQUESTS.many(m, [ids])));
    this.tasks = byRequest((ids) =>
      run((m) => m.find(ReviewTask, { where: { requestId: In(ids) }, order: { createdAt: 'ASC' } })),
    );
    this.decisions = byRequest((ids) =>
      run((m) => m.find(ReviewDecision, { where: { requestId: In(ids) } })),
    );
    this.enhancements = new DataLoader(async (requestIds) => {
      const records = await run((m) => enhancementRecords(m, requestIds));
      return requestIds.map((id) => records.get(id) ?? null);
    });
    this.custodyRecords = new DataLoader(async (imageIds) => {
      const records = await run((m) => custodyRecords(m, [...imageIds]));
      return imageIds.map((id) => records.get(id) ?? null);
    });
  }
}

/** The views of `requests` for the caller of `parts` (no query: related rows come later, from `parts`). */
export function buildRequestViews(parts: RequestParts, requests: SearchRequest[]): SearchRequestView[] {
  const { ability, options } = parts;
  return requests.map((r) => {
    const visible = options.allFields
      ? new Set<SearchRequestField>(ALL_SEARCH_REQUEST_FIELDS)
      : permittedFields(ability, 'read', 'SearchRequest', requestSubject(r), ALL_SEARCH_REQUEST_FIELDS);
    const mayOpenImages =
      !options.allFields && ability.can('read', subjectFor('FaceImage', faceImageSubject(r, null)));
    const shown = shownFields(
      'SearchRequest',
      [...ALL_SEARCH_REQUEST_FIELDS, 'probeImage'],
      () => visible,
      mayOpenImages,
    );
    const view = { row: r, shown, parts } as unknown as {
      -readonly [K in keyof SearchRequestView]: SearchRequestView[K];
    };
    for (const field of STATUS_COLUMNS) (view as Record<string, unknown>)[field] = r[field];
    for (const field of REQUEST_COLUMNS)
      (view as Record<string, unknown>)[field] = shown.has(field) ? r[field] : null;
    view.probeProvenance = shown.has('probeProvenance') ? provenanceOf(r) : null;
    view.authorisation = shown.has('authorisation') ? authorisationOf(r) : null;
    view.adjudication = shown.has('adjudication') ? adjudicationOf(r) : null;
    // a purged request has no probe to open: the field is null, never a stale image
    view.probeImage =
      shown.has('probeImage') && !r.purgedAt
        ? { requestId: r.id, kind: 'PROBE', candidateId: null, taskId: null }
        : null;
    view.visibleFields = ALL_SEARCH_REQUEST_FIELDS.filter((f) => visible.has(f));
    return view;
  });
}

/**
 * The record of the probe's enhancement (both hashes, every step), when shown and the probe was
 * enhanced; the enhanced image only for a caller who may open the request's face images.
 */
export async function requestProbeEnhancement(view: SearchRequestView): Promise<ProbeEnhancementView | null> {
  if (!view.shown.has('probeEnhancement')) return null;
  const record = await view.parts.enhancements.load(view.row.id);
  if (!record) return null;
  const r = view.row;
  return {
    ...record,
    enhancedImage:
      view.shown.has('probeImage') && !r.purgedAt && record.resultSha256
        ? { requestId: r.id, kind: 'ENHANCED_PROBE', candidateId: null, taskId: null }
        : null,
  };
}

/** The request's crime reference (its case's), when shown. */
export async function requestCrimeReference(view: SearchRequestView): Promise<string | null> {
  if (!view.shown.has('crimeReference')) return null;
  return (await view.parts.cases.load(view.row.caseId))?.crimeReference ?? null;
}

/** The candidate list, when shown, each candidate's fields as the field table allows the caller. */
export async function requestCandidates(view: SearchRequestView): Promise<CandidateView[] | null> {
  if (!view.shown.has('candidates')) return null;
  const r = view.row;
  const { ability, options } = view.parts;
  const granted = (subjectName: SubjectName): ReadonlySet<string> =>
    options.allFields
      ? new Set(CANDIDATE_FIELDS)
      : permittedFields(
          ability,
          'read',
          subjectName,
          { forceId: r.forceId, holderId: null, scoresVisible: true },
          CANDIDATE_FIELDS,
        );
  const fields = shownFields(
    'SearchCandidate',
    ['score', 'custodyImageId', 'galleryForceId', 'image'],
    granted,
    view.shown.has('probeImage'),
  );
  return (await view.parts.candidates.load(r.id)).map((c) => ({
    requestId: r.id,
    requestStatus: r.status,
    id: c.id,
    rank: c.rank,
    score: fields.has('score') ? c.score : null,
    custodyImageId: fields.has('custodyImageId') ? c.imageId : null,
    galleryForceId: fields.has('galleryForceId') ? c.forceId : null,
    image: fields.has('image')
      ? { requestId: r.id, kind: 'CANDIDATE' as const, candidateId: c.id, taskId: null }
      : null,
  }));
}

/** Each review stage with its decisions, when shown. */
export async function requestReviews(view: SearchRequestView): Promise<ReviewView[] | null> {
  if (!view.shown.has('reviews')) return null;
  const r = view.row;
  const [tasks, decisions, candidates] = await Promise.all([
    view.parts.tasks.load(r.id),
    view.parts.decisions.load(r.id),
    view.parts.candidates.load(r.id),
  ]);
  const rankOf = new Map(candidates.map((c) => [c.id, c.rank]));
  return tasks.map((t) => ({ ...reviewOf(t, decisions, rankOf), requestStatus: r.status }));
}

/** An outcome as `requestOutcome` gives it: its custody record is loaded only if asked for (`outcomeCustodyRecord`). */
export interface PendingOutcome extends Omit<OutcomeView, 'custodyRecord'> {
  /** Not a GraphQL field: the request it is the outcome of. */
  readonly of: SearchRequestView;
}

/** The outcome once there is one, when shown; before that, nothing (not even "pending" hints about candidates). */
export function requestOutcome(view: SearchRequestView): PendingOutcome | null {
  const r = view.row;
  if (
    !view.shown.has('outcome') ||
    !r.outcome ||
    !r.outcomeBasis ||
    !r.outcomeAt ||
    !OUTCOME_STATUSES.includes(r.status)
  )
    return null;
  const possible = r.outcome === SearchOutcome.POSSIBLE_MATCH;
  return {
    result: r.outcome,
    caveat: possible ? POSSIBLE_MATCH_CAVEAT : NO_VIABLE_CANDIDATE_CAVEAT,
    basis: r.outcomeBasis,
    decidedAt: r.outcomeAt,
    of: view,
  };
}

/** The custody record a possible match points to (none for any other outcome). */
export async function outcomeCustodyRecord(outcome: PendingOutcome): Promise<CustodyRecordView | null> {
  const r = outcome.of.row;
  if (outcome.result !== SearchOutcome.POSSIBLE_MATCH || !r.outcomeCandidateId) return null;
  const candidate = (await outcome.of.parts.candidates.load(r.id)).find((c) => c.id === r.outcomeCandidateId);
  return candidate ? outcome.of.parts.custodyRecords.load(candidate.imageId) : null;
}

/** Everything of a view that is loaded on demand, loaded now (e.g. inside the transaction that read it). */
export async function loadRequestParts(view: SearchRequestView) {
  const pending = requestOutcome(view);
  const [crimeReference, custodyRecord, candidates, reviews, probeEnhancement] = await Promise.all([
    requestCrimeReference(view),
    pending ? outcomeCustodyRecord(pending) : null,
    requestCandidates(view),
    requestReviews(view),
    requestProbeEnhancement(view),
  ]);
  const outcome: OutcomeView | null = pending
    ? {
        result: pending.result,
        caveat: pending.caveat,
        basis: pending.basis,
        decidedAt: pending.decidedAt,
        custodyRecord,
      }
    : null;
  return { crimeReference, outcome, candidates, reviews, probeEnhancement };
}

/** A view with everything loaded (see `loadRequestParts`). */
export type LoadedRequestView = SearchRequestView & Awaited<ReturnType<typeof loadRequestParts>>;

export function taskView(
  ability: AppAbility,
  t: ReviewTask,
  decisions: ReviewDecision[],
  rankOf: ReadonlyMap<string, number>,
  exposedOfficerIds: readonly string[],
): ReviewTaskView | null {
  const granted = permittedFields(
    ability,
    'read',
    'ReviewTask',
    taskSubject(t, exposedOfficerIds),
    REVIEW_TASK_FIELDS,
  );
  if (granted.size === 0) return null;
  const shown = shownFields('ReviewTask', ['claimedById', 'decisions'], () => granted, false);
  const submitted =
    t.status === ReviewTaskStatus.SUBMITTED || !redactionOf('ReviewTask', 'decisions').submittedOnly;
  return {
    id: t.id,
    requestId: t.requestId,
    forceId: t.forceId,
    stage: t.stage,
    status: t.status,
    version: t.version,
    claimedById: shown.has('claimedById') ? t.claimedById : null,
    claimedAt: t.claimedAt,
    claimExpiresAt: t.claimExpiresAt,
    submittedAt: t.submittedAt,
    createdAt: t.createdAt,
    decisions: shown.has('decisions') && submitted ? reviewOf(t, decisions, rankOf).decisions : null,
  };
}

/** What anyone who acted on a task may be told about it afterwards: where it stands, no decisions. */
export function bareTaskView(t: ReviewTask): ReviewTaskView {
  return {
    id: t.id,
    requestId: t.requestId,
    forceId: t.forceId,
    stage: t.stage,
    status: t.status,
    version: t.version,
    claimedById: null,
    claimedAt: t.claimedAt,
    claimExpiresAt: t.claimExpiresAt,
    submittedAt: t.submittedAt,
    createdAt: t.createdAt,
    decisions: null,
  };
}

export function reviewOf(
  t: ReviewTask,
  decisions: ReviewDecision[],
  rankOf: ReadonlyMap<string, number>,
): ReviewView {
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
      .map((d) => ({
        candidateId: d.candidateId,
        rank: rankOf.get(d.candidateId) ?? 0,
        decision: d.decision,
        rationale: d.rationale,
      }))
      .sort((a, b) => a.rank - b.rank),
  };
}

function authorisationOf(r: SearchRequest): AuthorisationView | null {
  if (!r.authorisationDecision || !r.authorisedById || !r.authorisationDecidedAt) return null;
  return {
    decision: r.authorisationDecision,
    decidedById: r.authorisedById,
    decidedAt: r.authorisationDecidedAt,
    rationale: r.authorisationRationale ?? '',
  };
}

function adjudicationOf(r: SearchRequest): AdjudicationView | null {
  if (!r.adjudicatedById || !r.adjudicatedAt || !r.outcome) return null;
  return {
    adjudicatedById: r.adjudicatedById,
    adjudicatedAt: r.adjudicatedAt,
    result: r.outcome,
    candidateId: r.outcomeCandidateId,
    rationale: r.adjudicationRationale ?? '',
  };
}

export async function custodyRecords(
  manager: EntityManager,
  imageIds: string[],
): Promise<Map<string, CustodyRecordView>> {
  if (imageIds.length === 0) return new Map();
  const images = await manager.find(CustodyImage, { where: { id: In(imageIds) } });
  const subjects = new Map(
    (await manager.find(CustodySubject, { where: { id: In(images.map((i) => i.subjectId)) } })).map((s) => [
      s.id,
      s,
    ]),
  );
  return new Map(
    images.map((i) => [
      i.id,
      {
        custodyImageId: i.id,
        galleryForceId: i.forceId,
        custodyReference: i.custodyReference,
        personReference: subjects.get(i.subjectId)?.personReference ?? '',
        capturedAt: i.capturedAt,
        status: i.status,
      },
    ]),
  );
}

import { createHash } from 'node:crypto';
import { type EntityManager, In, LessThan } from 'typeorm';
import type { AuditActor } from '../audit';
import { appendAudit } from '../audit';
import { Database, isDatabaseUnavailable, Tx } from '../db';
import { FaceSearchRepository, MAX_K } from '../db/face-search.repository';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  AuthorisationDecision, CaseFile, CaseStatus, CustodyImageStatus, Force, LegalBasis, NOT_CONVICTED_CLASSES, OffenceCategory, OutcomeBasis,
  ReviewStage, ReviewTask, SearchCandidate, SearchOutcome, SearchProbe, SearchPurpose, SearchRequest, SearchRequestStatus,
  SharingAgreement, type PolicySnapshot,
} from '../entities';
import { badInput, DomainError, notFound, unavailable } from '../errors';
import type { FacePipeline } from '../inference';
import { ABSOLUTE_MIN_THRESHOLD, abilityToWhere, authorisationReasons, DEFAULT_K, FieldMap } from '../policy';
import { auditActor, RequestContext } from './request-context';
import { assertCan, assertVisible, UnitOfWork } from './unit-of-work';
import { buildDisclosurePack, DisclosurePack } from './workflow/disclosure-pack';
import { sniffImageType } from './workflow/image-type';
import { DRAFT_TTL_MS, isOpen, OPEN_REQUEST_TTL_MS, TRANSITIONS, transitionTo } from './workflow/search-request.state-machine';
import { auditTaskOpened, cancelOpenTasks, checkVersion, insertReviewTask, lockRequest, lockTasksOf, moveRequest, requireText } from './workflow/search-request.store';
import { buildRequestViews, RequestParts, requestSubject, SearchRequestView } from './workflow/search-request.views';

const REQUEST_ORDER: KeysetOrder = { list: 'searchRequests', keys: [{ sql: 'r.created_at', type: 'timestamptz' }, { sql: 'r.id', type: 'uuid' }], direction: 'DESC' };
const REQUEST_FIELDS: FieldMap = { id: { column: 'id' }, forceId: { column: 'force_id' }, requesterId: { column: 'requester_id' }, status: { column: 'status' } };

export const JUSTIFICATION_MIN = 40;
export const JUSTIFICATION_MAX = 5000;
export const RATIONALE_MIN = 20;

export interface NewSearchRequest {
  caseId: string;
  purpose: SearchPurpose;
  legalBasis: LegalBasis;
  justification: string;
  /** Defaults to the case's offence category. */
  offenceCategory?: OffenceCategory;
  probeImage: Buffer;
  /** Which face, when the probe shows several (index from the MULTIPLE_FACES error). */
  probeFaceIndex?: number;
  /** Defaults to the force's floor; lower needs authorisation. */
  threshold?: number;
  /** Candidate list length, default 20, at most 200. */
  k?: number;
  includeUnder18?: boolean;
  includeNotConvicted?: boolean;
  /** Other forces' galleries to search as well, each under an active sharing agreement. */
  otherGalleryForceIds?: string[];
}

export interface SearchRequestFilter {
  status?: SearchRequestStatus;
  caseId?: string;
}

/**
 * Search requests from draft to closure: creation on a case, submission and authorisation, the
 * search itself, adjudication of disputes, withdrawal, expiry and closure. Every change is one
 * transaction with its audit event; face inference runs outside transactions. Reviews are in
 * ReviewService.
 */
export class SearchRequestService {
  constructor(private readonly db: Database, private readonly uow: UnitOfWork, private readonly faces: FacePipeline) {}

  /** Opens a DRAFT on a case: checks who and what first, then analyses the probe, then stores it. */
  async create(ctx: RequestContext, input: NewSearchRequest): Promise<SearchRequestView> {
    const settings = validateSettings(input);
    // Refuse (and record the refusal) before spending inference on a request that may not be made.
    const { kase } = await this.uow.run(ctx, (tx) => this.checkCreate(ctx, tx, input, settings));
    const face = await this.faces.templateFor(input.probeImage, input.probeFaceIndex).catch((error: unknown) => this.auditFailedProbe(ctx, kase, input, settings.justification, error));
    return this.uow.run(ctx, async (tx) => {
      const { kase, force, galleryForceIds } = await this.checkCreate(ctx, tx, input, settings);
      const { manager } = tx;
      const offenceCategory = input.offenceCategory ?? kase.offenceCategory;
      const threshold = settings.threshold ?? force.thresholdFloor;
      const reasons = authorisationReasons(force, { offenceCategory, threshold, includeUnder18: settings.includeUnder18, includeNotConvicted: settings.includeNotConvicted, galleryForceIds });
      const now = new Date();
      const request = await manager.save(
        manager.create(SearchRequest, {
          forceId: kase.forceId, caseId: kase.id, requesterId: ctx.officer!.id, status: SearchRequestStatus.DRAFT, version: 1,
          purpose: input.purpose, legalBasis: input.legalBasis, justification: settings.justification, offenceCategory,
          threshold, k: settings.k, includeUnder18: settings.includeUnder18, includeNotConvicted: settings.includeNotConvicted, galleryForceIds,
          authorisationRequired: reasons.length > 0, authorisationReasons: reasons,
          authorisationDecision: null, authorisedById: null, authorisationRationale: null, authorisationDecidedAt: null,
          probeQuality: { ...face.quality }, modelVersion: null, policySnapshot: null, candidateCount: null, searchedAt: null,
          outcome: null, outcomeBasis: null, outcomeCandidateId: null, outcomeAt: null,
          adjudicatedById: null, adjudicationRationale: null, adjudicatedAt: null, endedAt: null, endedById: null, endReason: null,
          expiresAt: new Date(now.getTime() + DRAFT_TTL_MS), submittedAt: null,
        }),
      );
      await manager.insert(SearchProbe, {
        requestId: request.id, mimeType: sniffImageType(input.probeImage), bytes: input.probeImage,
        sha256: createHash('sha256').update(input.probeImage).digest('hex'), faceIndex: input.probeFaceIndex ?? null, faceBox: { ...face.box },
      });
      await this.uow.audit(ctx, tx, {
        action: 'SEARCH_REQUEST_CREATED', subjectType: 'SearchRequest', subjectId: request.id, forceId: request.forceId, reason: request.justification,
        details: {
          searchRequestId: request.id, caseId: kase.id, purpose: request.purpose, legalBasis: request.legalBasis, offenceCategory, threshold, k: request.k,
          includeUnder18: request.includeUnder18, includeNotConvicted: request.includeNotConvicted, galleryForceIds, authorisationReasons: reasons,
          probe: { faceSizePx: face.quality.faceSizePx, acceptable: face.quality.acceptable, faceIndex: input.probeFaceIndex ?? null },
        },
      });
      return this.view(ctx, request);
    });
  }

  /**
   * A probe in which no single face was found is an attempted search all the same: it is recorded
   * (measured values only, never the image) in its own transaction, as the request itself was
   * never created. The error is thrown on.
   */
  private async auditFailedProbe(ctx: RequestContext, kase: CaseFile, input: NewSearchRequest, justification: string, error: unknown): Promise<never> {
    const code = (error as { code?: unknown }).code;
    if (error instanceof Error && error.name === 'InferenceError' && (code === 'NO_FACE' || code === 'MULTIPLE_FACES')) {
      const measured = (error as Error & { details: Record<string, unknown> }).details;
      await this.db.transaction(({ manager }) =>
        appendAudit(manager, auditActor(ctx), {
          action: 'PROBE_ANALYSIS_FAILED', subjectType: 'Case', subjectId: kase.id, forceId: kase.forceId, reason: justification,
          details: {
            outcome: code, caseId: kase.id, purpose: input.purpose, legalBasis: input.legalBasis,
            faceCount: typeof measured.count === 'number' ? measured.count : 0, faceIndex: input.probeFaceIndex ?? null, requestId: ctx.requestId,
          },
        }),
      );
    }
    throw error;
  }

  private async checkCreate(ctx: RequestContext, tx: Tx, input: NewSearchRequest, settings: ValidSettings) {
    const { manager } = tx;
    const kase = await manager.findOne(CaseFile, { where: { id: input.caseId } });
    if (!kase) throw notFound('Case', input.caseId);
    assertVisible(ctx, 'Case', kase, { action: 'create', subject: 'SearchRequest' });
    assertCan(ctx, 'create', 'SearchRequest', { id: null, forceId: kase.forceId, caseOfficerIds: kase.assignedOfficerIds });
    if (kase.status !== CaseStatus.OPEN) throw new DomainError('INVALID_STATE', `The case is ${kase.status}: searches are opened on open cases only`, { state: kase.status });
    const force = await manager.findOneOrFail(Force, { where: { id: kase.forceId } });
    const galleryForceIds = [kase.forceId, ...new Set((settings.otherGalleryForceIds ?? []).filter((id) => id !== kase.forceId))];
    await this.checkGalleries(ctx, tx, kase.forceId, galleryForceIds, new Date(), true);
    return { kase, force, galleryForceIds };
  }

  /**
   * Each gallery must be the requesting force's own or shared with it under an agreement active
   * now. On creation and submission this is the requester's ability (a FORBIDDEN if not); when the
   * search runs, a lapsed agreement stops it whoever runs it.
   */
  private async checkGalleries(ctx: RequestContext, tx: Tx, requestingForceId: string, galleryForceIds: string[], when: Date, asAbility: boolean): Promise<SharingAgreement[]> {
    const used: SharingAgreement[] = [];
    for (const galleryForceId of galleryForceIds) {
      const agreements = galleryForceId === requestingForceId ? [] : await tx.manager.find(SharingAgreement, { where: { galleryForceId, searchingForceId: requestingForceId } });
      const active = agreements.filter((a) => a.isActiveAt(when));
      if (galleryForceId !== requestingForceId && !(await tx.manager.exists(Force, { where: { id: galleryForceId } }))) throw notFound('Force', galleryForceId);
      if (asAbility) {
        assertCan(ctx, 'search', 'Gallery', { id: galleryForceId, forceId: galleryForceId, sharedWithForceIds: active.map((a) => a.searchingForceId) });
      } else if (galleryForceId !== requestingForceId && active.length === 0) {
        throw new DomainError('INVALID_STATE', 'A sharing agreement this search relies on is no longer active; withdraw the request and submit a new one', { galleryForceId });
      }
      used.push(...active.slice(0, 1));
    }
    return used;
  }

  /**
   * Loaders for the related rows of the views one call returns (read after its transaction, when
   * a field asks for them): one query per kind for all of them, none for a kind not asked for.
   */
  private parts(ctx: RequestContext): RequestParts {
    return new RequestParts(() => this.db.manager, ctx.ability);
  }

  private view(ctx: RequestContext, request: SearchRequest): SearchRequestView {
    return buildRequestViews(this.parts(ctx), [request])[0];
  }

  get(ctx: RequestContext, id: string): Promise<SearchRequestView> {
    return this.uow.read(ctx, async (manager) => {
      const request = await manager.findOne(SearchRequest, { where: { id } });
      if (!request) throw notFound('SearchRequest', id);
      assertCan(ctx, 'read', 'SearchRequest', requestSubject(request));
      return this.view(ctx, request);
    });
  }

  /** Requests the caller may read, newest first, one page at a time (keyset on creation time and id). */
  list(ctx: RequestContext, filter: SearchRequestFilter = {}, page: PageRequest = {}): Promise<Page<SearchRequestView>> {
    const query = (manager: EntityManager) => {
      const where = abilityToWhere(ctx.ability, 'read', 'SearchRequest', 'r', REQUEST_FIELDS);
      const qb = manager.createQueryBuilder(SearchRequest, 'r').where(where.sql, where.params);
      if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
      if (filter.caseId) qb.andWhere('r.case_id = :caseId', { caseId: filter.caseId });
      return qb;
    };
    return this.uow.read(ctx, async (manager) => {
      assertCan(ctx, 'read', 'SearchRequest');
      return keysetPage(query(manager), REQUEST_ORDER, page, async (rows) => buildRequestViews(this.parts(ctx), rows), {
        totalCount: () => this.uow.read(ctx, (m) => query(m).getCount()),
      });
    });
  }

  /**
   * DRAFT -> SUBMITTED, then either AWAITING_AUTHORISATION (when policy says so, re-evaluated now)
   * or straight on to the search.
   */
  async submit(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    const request = await this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx.manager, id);
      assertCan(ctx, TRANSITIONS.submit.action, 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'submit');
      const force = await tx.manager.findOneOrFail(Force, { where: { id: r.forceId } });
      await this.checkGalleries(ctx, tx, r.forceId, r.galleryForceIds, new Date(), true);
      const reasons = authorisationReasons(force, r);
      const now = new Date();
      await moveRequest(tx.manager, auditActor(ctx), r, 'submit', {
        submittedAt: now, authorisationRequired: reasons.length > 0, authorisationReasons: reasons, expiresAt: new Date(now.getTime() + OPEN_REQUEST_TTL_MS),
      }, { details: { authorisationReasons: reasons } });
      if (reasons.length > 0) await moveRequest(tx.manager, auditActor(ctx), r, 'requireAuthorisation', {}, { details: { authorisationReasons: reasons } });
      return r;
    });
    if (request.status === SearchRequestStatus.SUBMITTED) await this.runAfterStep(ctx, request);
    return this.get(ctx, id);
  }

  /** An authoriser's decision, with a rationale; nobody decides on their own request. */
  async decideAuthorisation(ctx: RequestContext, id: string, authorise: boolean, rationale: string, expectedVersion?: number): Promise<SearchRequestView> {
    const request = await this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx.manager, id);
      assertCan(ctx, 'authorise', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      const name = authorise ? 'authorise' : 'refuse';
      transitionTo(r.status, name);
      const text = requireText(rationale, 'rationale', RATIONALE_MIN);
      const now = new Date();
      await moveRequest(
        tx.manager, auditActor(ctx), r, name,
        {
          authorisationDecision: authorise ? AuthorisationDecision.AUTHORISED : AuthorisationDecision.REFUSED, authorisedById: ctx.officer!.id,
          authorisationRationale: text, authorisationDecidedAt: now, ...(authorise ? {} : { endedAt: now, endedById: ctx.officer!.id, endReason: text }),
        },
        { reason: text, details: { authorisationReasons: r.authorisationReasons } },
      );
      return r;
    });
    if (request.status === SearchRequestStatus.AUTHORISED) await this.runAfterStep(ctx, request);
    return this.get(ctx, id);
  }

  /** Runs (or re-runs, after a failure) the search of a submitted or authorised request. */
  async runSearch(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    await this.execute(ctx, id, { checkAbility: true, expectedVersion });
    return this.get(ctx, id);
  }

  /**
   * Submission and authorisation start the search at once. If it cannot run (the probe no longer
   * analyses, a sharing agreement lapsed, someone withdrew it meanwhile), the step that started it
   * still stands and the failure is recorded; the request can be run again. If the database went
   * away after the step committed, the caller is told UNAVAILABLE and `resumeInterrupted` runs the
   * search once the database is back.
   */
  private async runAfterStep(ctx: RequestContext, request: SearchRequest): Promise<void> {
    try {
      await this.execute(ctx, request.id, { checkAbility: false, expectedVersion: request.version });
    } catch (error) {
      await this.searchFailed(ctx, request, error);
    }
  }

  /**
   * Records why a search that should have followed a step did not run (SEARCH_FAILED with the
   * error's code) and rethrows what the caller must see: an outage as UNAVAILABLE (nothing can be
   * recorded then; the sweep retries), an unexpected fault as itself.
   */
  private async searchFailed(ctx: RequestContext, request: Pick<SearchRequest, 'id' | 'forceId' | 'status'>, error: unknown): Promise<void> {
    if (isDatabaseUnavailable(error)) {
      throw unavailable(`The database became unavailable before the search could run. The request stays ${request.status} and its search resumes automatically once the database is back`);
    }
    const code = error instanceof DomainError || (error instanceof Error && error.name === 'InferenceError') ? (error as unknown as { code: string }).code : 'INTERNAL';
    await this.db.transaction(({ manager }) =>
      appendAudit(manager, auditActor(ctx), { action: 'SEARCH_FAILED', subjectType: 'SearchRequest', subjectId: request.id, forceId: request.forceId, details: { searchRequestId: request.id, code } }),
    );
    if (code === 'INTERNAL') throw error;
  }

  /**
   * Resumes work that must follow a commit but did not happen (the database or the process went
   * away between the step and its search): SUBMITTED requests go on to authorisation or their
   * search, AUTHORISED ones to their search. Only requests untouched for `idleMs` are taken, and
   * not those whose last search attempt failed for a reason a person must deal with (those wait
   * for `runSearch` or withdrawal). Each request is claimed under `FOR UPDATE SKIP LOCKED` and its
   * `updated_at` moved on (a lease), so several instances sweeping at once take different
   * requests; the step itself locks the row again and re-checks state and version, so a request
   * is never searched twice. Runs as the system (a timer at start-up and periodically).
   */
  async resumeInterrupted(ctx: RequestContext, options: { idleMs: number; now?: Date; limit?: number; signal?: AbortSignal }): Promise<{ searched: number; sentForAuthorisation: number }> {
    const cutoff = new Date((options.now ?? new Date()).getTime() - options.idleMs);
    const claimed = await this.db.transaction(async ({ manager }) => {
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT r.id FROM search_request r
          WHERE r.status IN ($1, $2) AND r.updated_at <= $3
            AND NOT EXISTS (
              SELECT 1 FROM audit_event e
               WHERE e.subject_type = 'SearchRequest' AND e.subject_id = r.id::text AND e.action = 'SEARCH_FAILED'
                 AND e.occurred_at >= r.updated_at AND coalesce(e.details->>'code', '') <> 'UNAVAILABLE')
          ORDER BY r.updated_at, r.id
          LIMIT $4
          FOR UPDATE OF r SKIP LOCKED`,
        [SearchRequestStatus.SUBMITTED, SearchRequestStatus.AUTHORISED, cutoff, options.limit ?? 100],
      );
      if (rows.length > 0) await manager.query(`UPDATE search_request SET updated_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.map((r) => r.id);
    });
    const done = { searched: 0, sentForAuthorisation: 0 };
    for (const id of claimed) {
      if (options.signal?.aborted) break;
      const step = await this.db.transaction(async ({ manager }) => {
        const r = await lockRequest(manager, id);
        if (r.status === SearchRequestStatus.SUBMITTED && r.authorisationRequired) {
          await moveRequest(manager, auditActor(ctx), r, 'requireAuthorisation', {}, { details: { authorisationReasons: r.authorisationReasons, resumed: true } });
          return 'authorisation' as const;
        }
        return r.status === SearchRequestStatus.SUBMITTED || r.status === SearchRequestStatus.AUTHORISED ? r : null;
      });
      if (step === 'authorisation') done.sentForAuthorisation += 1;
      if (!step || step === 'authorisation') continue;
      try {
        await this.execute(ctx, id, { checkAbility: false, expectedVersion: step.version });
        done.searched += 1;
      } catch (error) {
        if (isDatabaseUnavailable(error)) throw error; // the next sweep tries again
        const now = await this.db.manager.findOne(SearchRequest, { where: { id }, select: { id: true, status: true } });
        if (now?.status !== step.status) continue; // moved on meanwhile (withdrawn, or run by someone else)
        await this.searchFailed(ctx, step, error).catch(() => undefined);
      }
    }
    return done;
  }

  /**
   * SUBMITTED | AUTHORISED -> SEARCHING -> FIRST_REVIEW (or NO_VIABLE_CANDIDATE when nothing reaches
   * the threshold). The probe is analysed outside any transaction; then one transaction takes the
   * policy snapshot, searches, stores the candidates and opens the first review task, so a failure
   * leaves nothing half-done.
   */
  private async execute(ctx: RequestContext, id: string, options: { checkAbility: boolean; expectedVersion?: number }): Promise<void> {
    const seen = await this.uow.run(ctx, async (tx) => {
      const r = await tx.manager.findOne(SearchRequest, { where: { id } });
      if (!r) throw notFound('SearchRequest', id);
      if (options.checkAbility) assertCan(ctx, 'run', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, options.expectedVersion);
      transitionTo(r.status, 'startSearch');
      const probe = await tx.manager.findOneOrFail(SearchProbe, { where: { requestId: id } });
      return { version: r.version, probe };
    });
    const face = await this.faces.templateFor(seen.probe.bytes, seen.probe.faceIndex ?? undefined);

    await this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const r = await lockRequest(manager, id);
      if (options.checkAbility) assertCan(ctx, 'run', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, seen.version);
      const force = await manager.findOneOrFail(Force, { where: { id: r.forceId } });
      const now = new Date();
      const agreements = await this.checkGalleries(ctx, tx, r.forceId, r.galleryForceIds, now, false);
      const forces = await manager.find(Force, { where: { id: In(r.galleryForceIds) } });
      const gallery = {
        modelVersion: this.faces.modelVersion,
        forceIds: r.galleryForceIds,
        includeUnder18: r.includeUnder18,
        excludedRetentionClasses: r.includeNotConvicted ? [] : [...NOT_CONVICTED_CLASSES],
      };
      const snapshot: PolicySnapshot = {
        forceIds: r.galleryForceIds,
        forceCodes: r.galleryForceIds.map((fid) => forces.find((f) => f.id === fid)?.code ?? fid),
        sharingAgreementIds: agreements.map((a) => a.id),
        modelVersion: gallery.modelVersion,
        threshold: r.threshold,
        thresholdFloor: force.thresholdFloor,
        k: r.k,
        includeUnder18: r.includeUnder18,
        excludedRetentionClasses: gallery.excludedRetentionClasses,
        excludedStatuses: [CustodyImageStatus.PENDING_DELETION, CustodyImageStatus.DELETED],
        eligibleCount: await FaceSearchRepository.eligibleCount(manager, gallery),
        takenAt: now.toISOString(),
      };
      // rows first (candidates and the task lock the custody images and officers they reference), audit after
      const { candidates: found, method } = await FaceSearchRepository.search(manager, { ...gallery, probe: face.template, threshold: r.threshold, k: r.k });
      snapshot.searchMethod = method;
      if (found.length > 0) {
        await manager.insert(SearchCandidate, found.map((c) => ({ requestId: r.id, rank: c.rank, score: c.score, imageId: c.imageId, forceId: c.forceId })));
      }
      const task = found.length > 0 ? await insertReviewTask(manager, r, ReviewStage.FIRST, null) : null;
      const actor = auditActor(ctx);
      await moveRequest(manager, actor, r, 'startSearch', { modelVersion: snapshot.modelVersion, policySnapshot: snapshot, searchedAt: now }, { details: { policySnapshot: snapshot } });
      const completed = { candidateCount: found.length, durationMs: Date.now() - now.getTime() };
      if (!task) {
        await moveRequest(manager, actor, r, 'noCandidates', { candidateCount: 0, outcome: SearchOutcome.NO_VIABLE_CANDIDATE, outcomeBasis: OutcomeBasis.NO_CANDIDATES_ABOVE_THRESHOLD, outcomeAt: new Date() }, { details: completed });
        return;
      }
      await moveRequest(manager, actor, r, 'searchCompleted', { candidateCount: found.length }, { details: completed });
      await auditTaskOpened(manager, actor, task);
    });
  }

  /** A supervisor settles a dispute: a possible match on one candidate, or no viable candidate. */
  adjudicate(ctx: RequestContext, id: string, result: SearchOutcome, candidateId: string | null | undefined, rationale: string, expectedVersion?: number): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const r = await lockRequest(manager, id);
      const reviewerIds = (await manager.find(ReviewTask, { where: { requestId: id } })).map((t) => t.submittedById ?? t.claimedById).filter((x): x is string => Boolean(x));
      assertCan(ctx, 'adjudicate', 'SearchRequest', requestSubject(r, { reviewerIds }));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'adjudicate');
      const text = requireText(rationale, 'rationale', RATIONALE_MIN);
      let chosen: SearchCandidate | null = null;
      if (result === SearchOutcome.POSSIBLE_MATCH) {
        if (!candidateId) throw badInput('A possible match names the candidate', { field: 'candidateId' });
        chosen = await manager.findOne(SearchCandidate, { where: { id: candidateId, requestId: id } });
        if (!chosen) throw badInput('The candidate is not on this request\'s list', { field: 'candidateId' });
      } else if (candidateId) {
        throw badInput('No viable candidate names no candidate', { field: 'candidateId' });
      }
      const now = new Date();
      await moveRequest(
        manager, auditActor(ctx), r, 'adjudicate',
        { outcome: result, outcomeBasis: OutcomeBasis.ADJUDICATED, outcomeCandidateId: chosen?.id ?? null, outcomeAt: now, adjudicatedById: ctx.officer!.id, adjudicatedAt: now, adjudicationRationale: text },
        { reason: text, details: { result, candidateId: chosen?.id ?? null, rank: chosen?.rank ?? null } },
      );
      return this.view(ctx, r);
    });
  }

  /** The requester (or a supervisor) closes a request once its outcome is known. */
  close(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx.manager, id);
      assertCan(ctx, 'close', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      await moveRequest(tx.manager, auditActor(ctx), r, 'close', { endedAt: new Date(), endedById: ctx.officer!.id }, { details: { outcome: r.outcome } });
      return this.view(ctx, r);
    });
  }

  withdraw(ctx: RequestContext, id: string, reason: string, expectedVersion?: number): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx.manager, id);
      assertCan(ctx, 'withdraw', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'withdraw');
      const text = requireText(reason, 'reason', 10);
      const tasks = await lockTasksOf(tx.manager, r.id);
      await moveRequest(tx.manager, auditActor(ctx), r, 'withdraw', { endedAt: new Date(), endedById: ctx.officer!.id, endReason: text }, { reason: text });
      await cancelOpenTasks(tx.manager, auditActor(ctx), tasks);
      return this.view(ctx, r);
    });
  }

  /**
   * Expires open requests past their deadline (a timer calls this as the system; tests call it with
   * a chosen `now`). Each request is its own transaction, so one failure does not hold up the rest.
   */
  async expireStale(ctx: RequestContext, now: Date = new Date()): Promise<number> {
    const due = await this.db.manager.find(SearchRequest, { where: { status: In(Object.values(SearchRequestStatus).filter(isOpen)), expiresAt: LessThan(now) }, select: { id: true }, take: 500 });
    let expired = 0;
    for (const { id } of due) {
      const done = await this.db.transaction(async ({ manager }) => {
        const r = await lockRequest(manager, id);
        if (!isOpen(r.status) || r.expiresAt >= now) return false;
        const actor: AuditActor | null = auditActor(ctx);
        const tasks = await lockTasksOf(manager, r.id);
        await moveRequest(manager, actor, r, 'expire', { endedAt: now, endedById: null, endReason: `not moved on from ${r.status} by ${r.expiresAt.toISOString()}` });
        await cancelOpenTasks(manager, actor, tasks);
        return true;
      });
      if (done) expired += 1;
    }
    return expired;
  }

  /** The disclosure pack of a closed request (supervisors; oversight without the probe image). */
  disclosurePack(ctx: RequestContext, id: string): Promise<DisclosurePack> {
    return this.uow.run(ctx, async (tx) => {
      const r = await tx.manager.findOne(SearchRequest, { where: { id } });
      if (!r) throw notFound('SearchRequest', id);
      assertCan(ctx, 'export', 'DisclosurePack', { id: r.id, forceId: r.forceId, requesterId: r.requesterId });
      if (r.status !== SearchRequestStatus.CLOSED) throw new DomainError('INVALID_STATE', `A disclosure pack is produced for a closed request; this one is ${r.status}`, { state: r.status });
      const event = await this.uow.audit(ctx, tx, { action: 'DISCLOSURE_PACK_EXPORTED', subjectType: 'SearchRequest', subjectId: r.id, forceId: r.forceId, details: { searchRequestId: r.id } });
      return buildDisclosurePack(tx.manager, ctx, r, event.id);
    });
  }
}

interface ValidSettings {
  justification: string;
  threshold?: number;
  k: number;
  includeUnder18: boolean;
  includeNotConvicted: boolean;
  otherGalleryForceIds?: string[];
}

function validateSettings(input: NewSearchRequest): ValidSettings {
  const justification = requireText(input.justification, 'justification', JUSTIFICATION_MIN, JUSTIFICATION_MAX);
  if (input.threshold !== undefined && input.threshold !== null && !(input.threshold >= ABSOLUTE_MIN_THRESHOLD && input.threshold < 1)) {
    throw badInput(`threshold must be at least ${ABSOLUTE_MIN_THRESHOLD} and below 1`, { field: 'threshold' });
  }
  const k = input.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < 1 || k > MAX_K) throw badInput(`k must be a whole number from 1 to ${MAX_K}`, { field: 'k' });
  if (input.probeImage.length === 0) throw badInput('The probe image is empty', { field: 'probeImageBase64' });
  return {
    justification, threshold: input.threshold ?? undefined, k, includeUnder18: input.includeUnder18 ?? false, includeNotConvicted: input.includeNotConvicted ?? false,
    otherGalleryForceIds: input.otherGalleryForceIds,
  };
}

import { type EntityManager, In, LessThan } from 'typeorm';
import type { AuditActor } from '../audit';
import { appendAudit } from '../audit';
import { Database, isDatabaseUnavailable, PreparedEntityQuery, Tx } from '../db';
import { FaceSearchRepository, type ProbeTemplate } from '../db/face-search.repository';
import { ProbeFrameRepository } from '../db/probe-frame.repository';
import { keysetPage, type KeysetOrder, type Page, type PageRequest } from '../db/keyset';
import {
  AuthorisationDecision,
  AuthorisationReason,
  CaseFile,
  CaseStatus,
  EnhancedProbe,
  Force,
  LegalBasis,
  OffenceCategory,
  OutcomeBasis,
  ReviewStage,
  ReviewTask,
  SearchCandidate,
  SearchOutcome,
  SearchProbe,
  SearchPurpose,
  SearchRequest,
  SearchRequestStatus,
  SharingAgreement,
  type PolicySnapshot,
  type ProbeFusion,
  type ProbeProvenance,
} from '../entities';
import { badInput, DomainError, notFound, unavailable } from '../errors';
import { InferenceError, type ChosenFace, type DetectedFace } from '../inference';
import {
  abilityToWhere,
  falseMatchRateUpperBound,
  FieldMap,
  MAX_PROBE_IMAGES,
  planGallerySearch,
  probeHitRateGate,
  type GallerySearchPlan,
  type PlanRequest,
  rankMeets,
  requestPartSubject,
  requestSubject,
  subject,
} from '../policy';
import type { ImageSource, ImageUploadService, ResolvedImage } from './image-upload.service';
import { fuseFrames } from './probe-fusion';
import type { ModelCalibrationService } from './model-calibration.service';
import type { ModelValidationService } from './model-validation.service';
import type { ModelRegistry } from './model-registry';
import type { ModelVersionService } from './model-version.service';
import {
  provenanceColumns,
  provenanceDetails,
  validateProbeProvenance,
  type ProbeProvenanceInput,
} from './probe-provenance';
import { assertStepAcknowledged, governanceInForce, governanceMissing } from './governance.service';
import { auditActor, RequestContext } from './request-context';
import { assertCan, assertVisible, UnitOfWork } from './unit-of-work';
import { requireText, TEXT_LIMITS } from './validation';
import { buildDisclosurePack, DisclosurePack } from './workflow/disclosure-pack';
import { DisclosurePdf, generateDisclosurePdf } from './workflow/disclosure-seal';
import { storedImage } from './workflow/image-type';
import {
  DRAFT_TTL_MS,
  isOpen,
  OPEN_REQUEST_TTL_MS,
  TRANSITIONS,
  transitionTo,
} from './workflow/search-request.state-machine';
import {
  auditTaskOpened,
  cancelOpenTasks,
  checkVersion,
  insertReviewTask,
  lockRequest,
  lockTasksOf,
  moveRequest,
} from './workflow/search-request.transitions';
import { buildRequestViews, RequestParts, SearchRequestView } from './workflow/search-request.views';

const REQUEST_ORDER: KeysetOrder = {
  list: 'searchRequests',
  keys: [
    { sql: 'r.created_at', type: 'timestamptz' },
    { sql: 'r.id', type: 'uuid' },
  ],
  direction: 'DESC',
};
const REQUEST_FIELDS: FieldMap = {
  id: { column: 'id' },
  forceId: { column: 'force_id' },
  requesterId: { column: 'requester_id' },
  status: { column: 'status' },
};

/** The request `searchRequest(id)` reads: the hottest read of all, so its SQL is built once. */
const REQUEST_BY_ID = new PreparedEntityQuery(SearchRequest, 'WHERE id = $1');

export interface NewSearchRequest {
  caseId: string;
  purpose: SearchPurpose;
  legalBasis: LegalBasis;
  justification: string;
  /** Defaults to the case's offence category. */
  offenceCategory?: OffenceCategory;
  /** The probe photo: an upload's id (deleted when the request is created), base64 text, or bytes. */
  probe: ImageSource;
  /**
   * More photos of the same unknown person (e.g. other CCTV frames), uploads like `probe`: each is
   * analysed once and the search compares the mean template of all of them
   * (src/services/probe-fusion.ts). At most MAX_PROBE_IMAGES images in all; no upload twice.
   */
  additionalProbes?: ImageSource[];
  /** Where the probe photo came from: required (src/services/probe-provenance.ts). */
  probeProvenance: ProbeProvenanceInput;
  /**
   * Which face, when the probe shows several usable ones (index from the MULTIPLE_FACES error; it
   * counts every detected face in reading order). Out of range: BAD_USER_INPUT.
   */
  probeFaceIndex?: number;
  /** Defaults to the force's floor; lower needs authorisation. */
  threshold?: number;
  /** Candidate list length, default 20, at most 200. */
  k?: number;
  includeUnder18?: boolean;
  includeNotConvicted?: boolean;
  /** Other forces' galleries to search as well, each under an active sharing agreement. */
  otherGalleryForceIds?: string[];
  /**
   * Why a probe below the force's expected-hit-rate floor should be searched all the same: where
   * the force allows it, the request then needs an authoriser.
   */
  probeHitRateOverrideReason?: string;
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
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    /** each model version's pipeline and what its cosines mean (its calibration) */
    private readonly models: ModelRegistry,
    /** which version each force searches with */
    private readonly versions: ModelVersionService,
    /** the calibrations' recorded rows, which each search's policy snapshot names */
    private readonly calibrations: ModelCalibrationService,
    /** where the probe image comes from (an upload, base64 or bytes), under the one image limit */
    private readonly uploads: ImageUploadService,
    /** the force's validation of its model version, whose equitable threshold searches are held to */
    private readonly validations: ModelValidationService,
  ) {}

  /**
   * Opens a DRAFT on a case: checks the text first (justification, the probe's provenance), then
   * who and what (the case, the galleries and settings, planned once), then analyses the probe (the one pass of the face pipeline a probe normally
   * gets), then stores the request with the probe and its template. The case is read again
   * before the insert, as it may have been closed or reassigned while the probe was analysed.
   */
  async create(ctx: RequestContext, input: NewSearchRequest): Promise<SearchRequestView> {
    const settings = validateSettings(input, new Date());
    const sources = probeSources(input);
    // Refuse (and record the refusal) before spending inference on a request that may not be made.
    const { kase, plan, force } = await this.uow.run(ctx, async (tx) => {
      const kase = await this.checkCase(ctx, tx, input.caseId);
      const plan = await this.planFor(
        tx,
        {
          forceId: kase.forceId,
          galleryForceIds: settings.otherGalleryForceIds ?? [],
          offenceCategory: input.offenceCategory ?? kase.offenceCategory,
          threshold: settings.threshold,
          k: settings.k,
          includeUnder18: settings.includeUnder18,
          includeNotConvicted: settings.includeNotConvicted,
        },
        new Date(),
      );
      this.assertPlan(ctx, plan, 'request');
      const force = await tx.manager.findOneOrFail(Force, { where: { id: kase.forceId } });
      // a force that requires governance documents searches only while each has a version in force
      const { missing } = await governanceInForce(tx.manager, kase.forceId, new Date());
      if (missing.length > 0)
        throw governanceMissing(missing, {
          subjectType: 'Case',
          subjectId: kase.id,
          forceId: kase.forceId,
          details: { caseId: kase.id, step: 'create' },
        });
      return { kase, plan, force };
    });
    // an upload stays until the request is created: a probe refused for its face can be retried (e.g. with probeFaceIndex)
    const images: ResolvedImage[] = [];
    for (const [index, source] of sources.entries())
      images.push(
        await this.uploads
          .resolve(ctx, source, index === 0 ? 'probe' : 'additionalProbe')
          .catch((error: unknown) => {
            throw sources.length > 1 ? namingProbeImage(error, index) : error;
          }),
      );
    const probe = images[0];
    // the requesting force's active model version (as planned) analyses every probe image, each once
    const modelVersion = plan.search.modelVersion;
    const faces = await this.models.pipeline(modelVersion);
    const analysed: ChosenFace[] = [];
    for (const [index, image] of images.entries())
      analysed.push(
        await faces
          .templateFor(image.bytes, index === 0 ? input.probeFaceIndex : undefined, {
            use: 'probe',
            // of several faces, one the force's floor would refuse is not one to ask the requester about
            probeHitRateFloor: force.probeHitRateFloor,
          })
          .catch((error: unknown) =>
            this.auditFailedProbe(
              ctx,
              kase,
              input,
              settings.justification,
              images.length > 1 ? namingProbeImage(error, index) : error,
              { index, count: images.length },
            ),
          ),
      );
    const face = analysed[0];
    const fused = fuseFrames(analysed);
    // several images: the fused search's figure (its best frame's, a lower bound) meets the floor
    const gated = fused.fusion ? analysed[fused.fusion.bestFrame] : face;
    const gate = probeHitRateGate(
      force,
      gated.expectedHitRate?.rankOne ?? null,
      settings.probeHitRateOverrideReason,
    );
    if (gate === 'REFUSED')
      await this.refuseBelowFloor(ctx, kase, input, settings.justification, force, gated, modelVersion);
    return this.uow.run(ctx, async (tx) => {
      await this.checkCase(ctx, tx, input.caseId);
      for (const image of images) await this.uploads.consume(ctx, tx, image);
      const { manager } = tx;
      const { threshold, k, forceIds: galleryForceIds } = plan.search;
      const offenceCategory = input.offenceCategory ?? kase.offenceCategory;
      const overrideReason = gate === 'OVERRIDE_SOUGHT' ? settings.probeHitRateOverrideReason! : null;
      const reasons = overrideReason
        ? [...plan.authorisationReasons, AuthorisationReason.PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR]
        : plan.authorisationReasons;
      const now = new Date();
      const request = await manager.save(
        manager.create(SearchRequest, {
          forceId: kase.forceId,
          caseId: kase.id,
          requesterId: ctx.officer!.id,
          status: SearchRequestStatus.DRAFT,
          version: 1,
          purpose: input.purpose,
          legalBasis: input.legalBasis,
          justification: settings.justification,
          offenceCategory,
          threshold,
          k,
          includeUnder18: settings.includeUnder18,
          includeNotConvicted: settings.includeNotConvicted,
          galleryForceIds,
          authorisationRequired: reasons.length > 0,
          authorisationReasons: reasons,
          authorisationRank: reasons.length > 0 ? plan.authorisationRank : null,
          authorisationDecision: null,
          authorisedById: null,
          authorisationRationale: null,
          authorisationDecidedAt: null,
          probeQuality: { ...face.quality },
          probeExpectedHitRate: face.expectedHitRate ? { ...face.expectedHitRate } : null,
          probeHitRateFloor: force.probeHitRateFloor,
          probeFusion: fused.fusion,
          probeHitRateOverrideReason: overrideReason,
          ...provenanceColumns(settings.provenance),
          modelVersion: null,
          policySnapshot: null,
          searchFailure: null,
          candidateCount: null,
          searchedAt: null,
          outcome: null,
          outcomeBasis: null,
          outcomeCandidateId: null,
          outcomeAt: null,
          adjudicatedById: null,
          adjudicationRationale: null,
          adjudicatedAt: null,
          endedAt: null,
          endedById: null,
          endReason: null,
          expiresAt: new Date(now.getTime() + DRAFT_TTL_MS),
          submittedAt: null,
        }),
      );
      await manager.insert(SearchProbe, {
        requestId: request.id,
        ...storedImage(probe.bytes),
        // the face used, when the photo has several (given, or the only usable one): a later
        // analysis under another model version takes the same face
        faceIndex: face.choice.faceCount > 1 || input.probeFaceIndex !== undefined ? face.index : null,
        faceBox: { ...face.box },
      });
      for (const [position, frame] of analysed.entries()) {
        if (position === 0) continue;
        await ProbeFrameRepository.insert(manager, {
          requestId: request.id,
          position,
          ...storedImage(images[position].bytes),
          faceBox: { ...frame.box },
          quality: { ...frame.quality },
          expectedHitRate: frame.expectedHitRate ? { ...frame.expectedHitRate } : null,
          template: { modelVersion, template: frame.template },
        });
      }
      // the template the search compares: the probe's own, or the mean template of every probe image
      await FaceSearchRepository.storeProbeTemplate(manager, request.id, {
        modelVersion,
        template: fused.template,
      });
      await this.uow.audit(ctx, tx, {
        action: 'SEARCH_REQUEST_CREATED',
        subjectType: 'SearchRequest',
        subjectId: request.id,
        forceId: request.forceId,
        reason: request.justification,
        details: {
          searchRequestId: request.id,
          caseId: kase.id,
          purpose: request.purpose,
          legalBasis: request.legalBasis,
          offenceCategory,
          threshold,
          k: request.k,
          includeUnder18: request.includeUnder18,
          includeNotConvicted: request.includeNotConvicted,
          galleryForceIds,
          authorisationReasons: reasons,
          seriousnessTier: plan.tier.name,
          authorisationRank: reasons.length > 0 ? plan.authorisationRank : null,
          // where the image came from, in words (never the image)
          provenance: provenanceDetails(settings.provenance),
          probe: {
            faceSizePx: face.quality.faceSizePx,
            acceptable: face.quality.acceptable,
            uploadId: probe.uploadId,
            faceIndex: input.probeFaceIndex ?? null,
            faceUsed: face.index,
            faceChosenBy: face.choice.by,
            faceCount: face.choice.faceCount,
            modelVersion,
            expectedRankOne: face.expectedHitRate?.rankOne ?? null,
            expectedInCandidateList: face.expectedHitRate?.inCandidateList ?? null,
            hitRateFloor: force.probeHitRateFloor,
            hitRateOverrideSought: overrideReason !== null,
          },
          // several probe images: how they were fused, and each one's measured values (never an image)
          probeFusion: fused.fusion
            ? {
                ...fused.fusion,
                frameFigures: analysed.map((frame, index) => ({
                  probeImageIndex: index,
                  uploadId: images[index].uploadId,
                  faceSizePx: frame.quality.faceSizePx,
                  acceptable: frame.quality.acceptable,
                  expectedRankOne: frame.expectedHitRate?.rankOne ?? null,
                })),
              }
            : null,
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
  private async auditFailedProbe(
    ctx: RequestContext,
    kase: CaseFile,
    input: NewSearchRequest,
    justification: string,
    error: unknown,
    image: { index: number; count: number } = { index: 0, count: 1 },
  ): Promise<never> {
    const code = (error as { code?: unknown }).code;
    if (
      error instanceof Error &&
      error.name === 'InferenceError' &&
      (code === 'NO_FACE' || code === 'MULTIPLE_FACES')
    ) {
      const measured = (error as Error & { details: Record<string, unknown> }).details;
      await this.db.transaction(({ manager }) =>
        appendAudit(manager, auditActor(ctx), {
          action: 'PROBE_ANALYSIS_FAILED',
          subjectType: 'Case',
          subjectId: kase.id,
          forceId: kase.forceId,
          reason: justification,
          details: {
            outcome: code,
            caseId: kase.id,
            purpose: input.purpose,
            legalBasis: input.legalBasis,
            faceCount: typeof measured.count === 'number' ? measured.count : 0,
            faceIndex: image.index === 0 ? (input.probeFaceIndex ?? null) : null,
            probeSourceType: input.probeProvenance.sourceType,
            // which of the request's probe images (0: the first) held no single usable face
            probeImageIndex: image.index,
            probeImages: image.count,
            requestId: ctx.requestId,
          },
        }),
      );
    }
    throw error;
  }

  /**
   * A probe below its force's expected-hit-rate floor, with no authorised override sought or
   * allowed: recorded as an attempted search (figures only) in its own transaction, then refused
   * with the figure and the floor.
   */
  private async refuseBelowFloor(
    ctx: RequestContext,
    kase: CaseFile,
    input: NewSearchRequest,
    justification: string,
    force: Force,
    face: DetectedFace,
    modelVersion: string,
  ): Promise<never> {
    const expected = face.expectedHitRate;
    const figures = {
      expectedRankOne: expected?.rankOne ?? null,
      expectedInCandidateList: expected?.inCandidateList ?? null,
      floor: force.probeHitRateFloor,
      overrideAllowed: force.probeHitRateOverrideAllowed,
      modelVersion,
    };
    await this.db.transaction(({ manager }) =>
      appendAudit(manager, auditActor(ctx), {
        action: 'PROBE_BELOW_HIT_RATE_FLOOR',
        subjectType: 'Case',
        subjectId: kase.id,
        forceId: kase.forceId,
        reason: justification,
        details: {
          caseId: kase.id,
          purpose: input.purpose,
          legalBasis: input.legalBasis,
          faceIndex: input.probeFaceIndex ?? null,
          probeSourceType: input.probeProvenance.sourceType,
          ...figures,
          requestId: ctx.requestId,
        },
      }),
    );
    const figure = expected
      ? `its expected rank-1 rate is ${(100 * expected.rankOne).toFixed(1)}%`
      : 'the model that analysed it has no quality calibration, so its expected hit rate is unknown';
    const next = force.probeHitRateOverrideAllowed
      ? '; give probeHitRateOverrideReason to ask an authoriser to allow it'
      : '';
    throw new DomainError(
      'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR',
      `The probe is below your force's floor for searching (${(100 * force.probeHitRateFloor).toFixed(0)}% expected rank-1): ${figure}${next}`,
      figures,
    );
  }

  /** The case a request is opened on: visible, the officer may open a search on it, and open. */
  private async checkCase(ctx: RequestContext, tx: Tx, caseId: string): Promise<CaseFile> {
    const kase = await tx.manager.findOne(CaseFile, { where: { id: caseId } });
    if (!kase) throw notFound('Case', caseId);
    assertVisible(ctx, 'Case', kase, { action: 'create', subject: 'SearchRequest' });
    assertCan(ctx, 'create', 'SearchRequest', {
      id: null,
      forceId: kase.forceId,
      caseOfficerIds: kase.assignedOfficerIds,
    });
    if (kase.status !== CaseStatus.OPEN)
      throw new DomainError(
        'INVALID_STATE',
        `The case is ${kase.status}: searches are opened on open cases only`,
        { state: kase.status },
      );
    // opening a search is the requester's first workflow step (later ones are checked as they move it)
    await assertStepAcknowledged(tx.manager, auditActor(ctx), {
      on: 'request',
      name: 'create',
      subjectType: 'Case',
      subjectId: kase.id,
    });
    return kase;
  }

  /**
   * The step's plan of the search (src/policy/gallery-plan.ts), from the forces and sharing
   * agreements read once: the requesting force and the galleries' forces in one query, their
   * agreements with it in another.
   */
  private async planFor(tx: Tx, request: PlanRequest, at: Date): Promise<GallerySearchPlan> {
    // the requesting force's active model version: every gallery is searched on it
    const modelVersion = await this.versions.activeVersion(tx.manager, request.forceId);
    const others = [...new Set(request.galleryForceIds)].filter((id) => id !== request.forceId);
    const forces = await tx.manager.find(Force, { where: { id: In([request.forceId, ...others]) } });
    const agreements =
      others.length > 0
        ? await tx.manager.find(SharingAgreement, {
            where: { searchingForceId: request.forceId, galleryForceId: In(others) },
          })
        : [];
    const validation = await this.validations.latest(tx.manager, request.forceId, modelVersion);
    return planGallerySearch(
      request,
      forces,
      agreements,
      { modelVersion, scoreScale: this.models.calibration(modelVersion), validation },
      at,
    );
  }

  /**
   * What stands in the way of a plan, at its step. Each gallery must be the requesting force's own
   * or shared with it under an agreement active now: on creation and submission this is the
   * requester's ability (FORBIDDEN if not); when the search runs, a lapsed agreement stops it
   * whoever runs it.
   */
  private assertPlan(ctx: RequestContext, plan: GallerySearchPlan, step: 'request' | 'search'): void {
    for (const problem of plan.problems) {
      if (problem.kind === 'BAD_SETTING') throw badInput(problem.message, { field: problem.field });
      // asked beyond the tier: refused up front; at the search, the plan keeps within the tier
      if (problem.kind === 'TIER_LIMIT' && step === 'request')
        throw badInput(problem.message, { field: problem.field, seriousnessTier: plan.tier.name });
    }
    for (const g of plan.galleries) {
      if (g.forceCode === null) throw notFound('Force', g.forceId);
      if (step === 'request') {
        assertCan(ctx, 'search', 'Gallery', {
          id: g.forceId,
          forceId: g.forceId,
          sharedWithForceIds: g.sharedWithForceIds,
        });
      } else if (g.forceId !== plan.requestingForceId && g.agreementId === null) {
        throw new DomainError(
          'INVALID_STATE',
          'A sharing agreement this search relies on is no longer active; withdraw the request and submit a new one',
          { galleryForceId: g.forceId },
        );
      }
    }
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

  /**
   * The request's threshold as a false-match rate, an upper bound from the calibration's measured
   * points: as the search recorded it, or, before the search, read against the model in use. Null
   * where the reader may not see the threshold, or the threshold was set for another model version.
   * Read from the stored row, not the view: a reader who sees the threshold but not the snapshot
   * still gets the rate the search used (it tells nothing the threshold does not).
   */
  async thresholdFalseMatchRate(view: SearchRequestView): Promise<number | null> {
    if (view.threshold === null) return null;
    const { policySnapshot: snapshot, modelVersion } = view.row;
    if (snapshot?.thresholdFalseMatchRate !== undefined) return snapshot.thresholdFalseMatchRate;
    // searched: the version it used; not yet: its force's active version
    const version =
      snapshot?.modelVersion ??
      modelVersion ??
      (await this.versions.activeVersion(this.db.manager, view.row.forceId));
    const scale = this.models.calibrationIfKnown(version);
    return scale ? falseMatchRateUpperBound(scale, view.threshold) : null;
  }

  get(ctx: RequestContext, id: string): Promise<SearchRequestView> {
    return this.uow.read(ctx, async (manager) => {
      const request = await REQUEST_BY_ID.one(manager, [id]);
      if (!request) throw notFound('SearchRequest', id);
      assertCan(ctx, 'read', 'SearchRequest', requestSubject(request));
      return this.view(ctx, request);
    });
  }

  /** Requests the caller may read, newest first, one page at a time (keyset on creation time and id). */
  list(
    ctx: RequestContext,
    filter: SearchRequestFilter = {},
    page: PageRequest = {},
  ): Promise<Page<SearchRequestView>> {
    const query = (manager: EntityManager) => {
      const where = abilityToWhere(ctx.ability, 'read', 'SearchRequest', 'r', REQUEST_FIELDS);
      const qb = manager.createQueryBuilder(SearchRequest, 'r').where(where.sql, where.params);
      if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
      if (filter.caseId) qb.andWhere('r.case_id = :caseId', { caseId: filter.caseId });
      return qb;
    };
    // a list may be served by a read replica (read-your-writes for the caller's own changes)
    return this.uow.read(
      ctx,
      async (manager) => {
        assertCan(ctx, 'read', 'SearchRequest');
        return keysetPage(
          query(manager),
          REQUEST_ORDER,
          page,
          async (rows) => buildRequestViews(this.parts(ctx), rows),
          {
            totalCount: () => this.uow.read(ctx, (m) => query(m).getCount(), { replica: 'list' }),
          },
        );
      },
      { replica: 'list' },
    );
  }

  /**
   * DRAFT -> SUBMITTED, then either AWAITING_AUTHORISATION (when policy says so, re-evaluated now)
   * or straight on to the search.
   */
  async submit(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    const request = await this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx, id);
      assertCan(ctx, TRANSITIONS.submit.action, 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'submit');
      const now = new Date();
      const plan = await this.planFor(tx, planRequestOf(r), now);
      this.assertPlan(ctx, plan, 'request');
      const reasons = plan.authorisationReasons;
      const authorisationRank = reasons.length > 0 ? plan.authorisationRank : null;
      await moveRequest(
        tx,
        auditActor(ctx),
        r,
        'submit',
        {
          submittedAt: now,
          authorisationRequired: reasons.length > 0,
          authorisationReasons: reasons,
          authorisationRank,
          expiresAt: new Date(now.getTime() + OPEN_REQUEST_TTL_MS),
        },
        { details: { authorisationReasons: reasons, seriousnessTier: plan.tier.name, authorisationRank } },
      );
      if (reasons.length > 0)
        await moveRequest(
          tx,
          auditActor(ctx),
          r,
          'requireAuthorisation',
          {},
          { details: { authorisationReasons: reasons, authorisationRank } },
        );
      return r;
    });
    if (request.status === SearchRequestStatus.SUBMITTED)
      await this.search(ctx, request, { checkAbility: false, onRefusal: 'audit' });
    return this.get(ctx, id);
  }

  /** An authoriser's decision, with a rationale; nobody decides on their own request. */
  async decideAuthorisation(
    ctx: RequestContext,
    id: string,
    authorise: boolean,
    rationale: string,
    expectedVersion?: number,
  ): Promise<SearchRequestView> {
    const request = await this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx, id);
      assertAuthoriserRank(ctx, r);
      assertCan(ctx, 'authorise', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      const name = authorise ? 'authorise' : 'refuse';
      transitionTo(r.status, name);
      const text = requireText(rationale, 'rationale', TEXT_LIMITS.authorisationRationale);
      const now = new Date();
      await moveRequest(
        tx,
        auditActor(ctx),
        r,
        name,
        {
          authorisationDecision: authorise ? AuthorisationDecision.AUTHORISED : AuthorisationDecision.REFUSED,
          authorisedById: ctx.officer!.id,
          authorisationRationale: text,
          authorisationDecidedAt: now,
          ...(authorise ? {} : { endedAt: now, endedById: ctx.officer!.id, endReason: text }),
        },
        {
          reason: text,
          details: {
            authorisationReasons: r.authorisationReasons,
            authorisationRank: r.authorisationRank,
            authoriserRank: ctx.officer!.rank,
          },
        },
      );
      if (
        authorise &&
        r.authorisationReasons.includes(AuthorisationReason.PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR)
      )
        await this.uow.audit(ctx, tx, {
          action: 'PROBE_HIT_RATE_FLOOR_OVERRIDDEN',
          subjectType: 'SearchRequest',
          subjectId: r.id,
          forceId: r.forceId,
          reason: text,
          details: {
            searchRequestId: r.id,
            expectedRankOne: r.probeExpectedHitRate?.rankOne ?? null,
            expectedInCandidateList: r.probeExpectedHitRate?.inCandidateList ?? null,
            floor: r.probeHitRateFloor,
            requesterReason: r.probeHitRateOverrideReason,
          },
        });
      return r;
    });
    if (request.status === SearchRequestStatus.AUTHORISED)
      await this.search(ctx, request, { checkAbility: false, onRefusal: 'audit' });
    return this.get(ctx, id);
  }

  /**
   * Runs (or re-runs) the search of a submitted, authorised or SEARCH_FAILED request. A failure of
   * the search itself is recorded on the request (as after a step) and told to the caller.
   */
  async runSearch(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    await this.search(ctx, { id, version: expectedVersion }, { checkAbility: true, onRefusal: 'throw' });
    return this.get(ctx, id);
  }

  /**
   * Runs a request's search and records how it failed, if it did. Submission and authorisation
   * start the search at once; if it cannot run, the step that started it still stands:
   * - refused before it began (someone withdrew it or ran it meanwhile, the caller may not run it):
   *   `onRefusal` says whether the caller is told (`runSearch`), a SEARCH_FAILED audit event records
   *   it (after a step), or nothing is done (the sweep: the request moved on);
   * - failed once it began, for a reason a person must deal with (the probe no longer analyses
   *   under a new model, a sharing agreement lapsed, the gallery search failed): the request moves
   *   to SEARCH_FAILED with its `searchFailure` (code, reason, time), so nobody reads it as waiting;
   * - failed for a reason that passes (the face pipeline busy: UNAVAILABLE): recorded, state kept,
   *   and the sweep retries;
   * - the database went away: the caller is told UNAVAILABLE (nothing can be recorded then) and
   *   `resumeInterrupted` runs the search once the database is back.
   * An unexpected fault (INTERNAL) is recorded as a failure and thrown on.
   */
  private async search(
    ctx: RequestContext,
    request: { id: string; version?: number; status?: SearchRequestStatus },
    options: { checkAbility: boolean; onRefusal: 'throw' | 'audit' | 'ignore' },
  ): Promise<'searched' | 'failed' | 'refused'> {
    const attempt: SearchAttempt = { began: null };
    try {
      await this.execute(
        ctx,
        request.id,
        { checkAbility: options.checkAbility, expectedVersion: request.version },
        attempt,
      );
      return 'searched';
    } catch (error) {
      const status = attempt.began?.status ?? request.status;
      if (isDatabaseUnavailable(error)) {
        throw unavailable(
          `The database became unavailable before the search could run. The request stays ${status ?? 'as it was'} and its search resumes automatically once the database is back`,
        );
      }
      const code =
        error instanceof DomainError || (error instanceof Error && error.name === 'InferenceError')
          ? (error as unknown as { code: string }).code
          : 'INTERNAL';
      if (!attempt.began && options.onRefusal === 'throw') throw error;
      if (attempt.began || options.onRefusal === 'audit')
        await this.recordFailure(ctx, request.id, attempt, code, error);
      if (code === 'INTERNAL' || options.onRefusal === 'throw') throw error;
      return attempt.began ? 'failed' : 'refused';
    }
  }

  /**
   * One transaction: a search that began and failed for good moves the request (still as the
   * search found it) to SEARCH_FAILED; anything else is a SEARCH_FAILED audit event with its code.
   */
  private async recordFailure(
    ctx: RequestContext,
    id: string,
    attempt: SearchAttempt,
    code: string,
    error: unknown,
  ): Promise<void> {
    const actor = auditActor(ctx);
    await this.db.transaction(async (tx) => {
      const { manager } = tx;
      const r = await lockRequest(tx, id);
      const began = attempt.began;
      if (began && code !== 'UNAVAILABLE' && r.version === began.version && r.status === began.status) {
        const reason =
          code === 'INTERNAL'
            ? 'The search failed unexpectedly; run it again, or withdraw the request'
            : (error as Error).message;
        const searchFailure = {
          code,
          reason,
          at: new Date().toISOString(),
          from:
            r.status === SearchRequestStatus.SEARCH_FAILED ? (r.searchFailure?.from ?? r.status) : r.status,
        };
        await moveRequest(tx, actor, r, 'searchFailed', { searchFailure }, { details: { code, reason } });
        return;
      }
      await appendAudit(manager, actor, {
        action: 'SEARCH_FAILED',
        subjectType: 'SearchRequest',
        subjectId: r.id,
        forceId: r.forceId,
        details: { searchRequestId: r.id, code },
      });
    });
  }

  /**
   * Resumes work that must follow a commit but did not happen (the database or the process went
   * away between the step and its search): SUBMITTED requests go on to authorisation or their
   * search, AUTHORISED ones to their search. Only requests untouched for `idleMs` are taken. A
   * request whose search failed for a reason a person must deal with is SEARCH_FAILED, which the
   * sweep never takes (it waits for `runSearch` or withdrawal); one whose search failed for a
   * passing reason (UNAVAILABLE) kept its state and is retried. The audit clause keeps skipping
   * requests recorded as failed before SEARCH_FAILED was a state. Each request is claimed under `FOR UPDATE SKIP LOCKED` and its
   * `updated_at` moved on (a lease), so several instances sweeping at once take different
   * requests; the step itself locks the row again and re-checks state and version, so a request
   * is never searched twice. Runs as the system (a timer at start-up and periodically).
   */
  async resumeInterrupted(
    ctx: RequestContext,
    options: { idleMs: number; now?: Date; limit?: number; signal?: AbortSignal },
  ): Promise<{ searched: number; sentForAuthorisation: number }> {
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
      if (rows.length > 0)
        await manager.query(`UPDATE search_request SET updated_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
        ]);
      return rows.map((r) => r.id);
    });
    const done = { searched: 0, sentForAuthorisation: 0 };
    for (const id of claimed) {
      if (options.signal?.aborted) break;
      const step = await this.db.transaction(async (tx) => {
        const r = await lockRequest(tx, id);
        if (r.status === SearchRequestStatus.SUBMITTED && r.authorisationRequired) {
          await moveRequest(
            tx,
            auditActor(ctx),
            r,
            'requireAuthorisation',
            {},
            { details: { authorisationReasons: r.authorisationReasons, resumed: true } },
          );
          return 'authorisation' as const;
        }
        return r.status === SearchRequestStatus.SUBMITTED || r.status === SearchRequestStatus.AUTHORISED
          ? r
          : null;
      });
      if (step === 'authorisation') done.sentForAuthorisation += 1;
      if (!step || step === 'authorisation') continue;
      try {
        if ((await this.search(ctx, step, { checkAbility: false, onRefusal: 'ignore' })) === 'searched')
          done.searched += 1;
      } catch (error) {
        if (error instanceof DomainError && error.code === 'UNAVAILABLE') throw error; // the next sweep tries again
        // an unexpected fault is recorded on the request; the sweep goes on with the others
      }
    }
    return done;
  }

  /**
   * SUBMITTED | AUTHORISED | SEARCH_FAILED -> SEARCHING -> FIRST_REVIEW (or NO_VIABLE_CANDIDATE
   * when nothing reaches the threshold), in one transaction: lock and check the request, take the
   * probe's stored template, plan the gallery (forces and agreements read once), search, store the
   * candidates, open the first review task. Only when the template was made by another model
   * version than the active one is the probe analysed again, outside any transaction, and the
   * transaction run once more with the new template (kept for next time).
   * `attempt.began` is set once the request's own checks have passed.
   */
  private async execute(
    ctx: RequestContext,
    id: string,
    options: { checkAbility: boolean; expectedVersion?: number },
    attempt: SearchAttempt,
  ): Promise<void> {
    let expectedVersion = options.expectedVersion;
    let fresh: ProbeTemplate | null = null;
    // several probe images analysed again: each frame's new template, and the fusion made of them
    let freshFrames: Array<{ position: number; face: ChosenFace }> = [];
    let freshFusion: ProbeFusion | null = null;
    // the configured version's is recorded at start-up; another's on its first search, before the
    // transaction (recording one needs its own), and the transaction runs again
    let calibration = await this.calibrations.recordActive();
    for (;;) {
      const stale = await this.uow.run(ctx, async (tx) => {
        const { manager } = tx;
        const r = await lockRequest(tx, id);
        if (options.checkAbility) assertCan(ctx, 'run', 'SearchRequest', requestSubject(r));
        checkVersion('search request', r.version, expectedVersion);
        transitionTo(r.status, 'startSearch');
        attempt.began = { version: r.version, status: r.status };
        // the requesting force's active model version: the only one this search compares
        const modelVersion = await this.versions.activeVersion(manager, r.forceId);
        if (calibration.modelVersion !== modelVersion)
          return { version: r.version, modelVersion, reason: 'CALIBRATION' as const };
        const stored =
          fresh?.modelVersion === modelVersion
            ? fresh
            : await FaceSearchRepository.probeTemplate(manager, id);
        if (stored?.modelVersion !== modelVersion)
          return { version: r.version, modelVersion, reason: 'PROBE_TEMPLATE' as const };
        if (fresh && stored === fresh) {
          await FaceSearchRepository.storeProbeTemplate(manager, id, fresh);
          for (const { position, face } of freshFrames)
            await FaceSearchRepository.storeProbeFrameTemplate(
              manager,
              id,
              position,
              { modelVersion, template: face.template },
              face.expectedHitRate ? { ...face.expectedHitRate } : null,
            );
        }
        const fusion = fresh && stored === fresh && freshFusion ? freshFusion : r.probeFusion;

        const now = new Date();
        const plan = await this.planFor(tx, planRequestOf(r), now);
        this.assertPlan(ctx, plan, 'search');
        const governance = await governanceInForce(manager, r.forceId, now);
        if (governance.missing.length > 0) throw governanceMissing(governance.missing);
        const snapshot: PolicySnapshot = {
          forceIds: plan.search.forceIds,
          forceCodes: plan.forceCodes,
          sharingAgreementIds: plan.sharingAgreementIds,
          modelVersion,
          threshold: plan.search.threshold,
          thresholdFloor: plan.thresholdFloor,
          thresholdFloorFalseMatchRate: plan.thresholdFloorFalseMatchRate,
          thresholdFalseMatchRate: plan.thresholdFalseMatchRate,
          minimumThreshold: plan.minimumThreshold,
          scoreCalibration: this.models.calibration(modelVersion).dataset,
          calibrationId: calibration.id,
          validationRecordId: plan.validationId,
          equitableThreshold: plan.equitableThreshold,
          k: plan.search.k,
          includeUnder18: plan.search.includeUnder18,
          excludedRetentionClasses: plan.search.excludedRetentionClasses,
          excludedStatuses: plan.excludedStatuses,
          seriousnessTier: plan.tier,
          eligibleCount: 0,
          takenAt: now.toISOString(),
          ...(fusion ? { probeFusion: fusion } : {}),
          governanceDocuments: governance.documents,
        };
        const enhanced = await manager.findOne(EnhancedProbe, {
          where: { requestId: id },
          select: { requestId: true, sha256: true },
        });
        // the gallery is read on a replica when one has replayed every deletion up to now (else
        // here, in this transaction); what the search writes is written here, on the primary
        const {
          eligibleCount,
          candidates: found,
          method,
        } = await this.db.readGallery(tx, async (gallery) => ({
          eligibleCount: await FaceSearchRepository.eligibleCount(gallery, plan.search),
          ...(await FaceSearchRepository.search(gallery, { ...plan.search, probe: stored.template })),
        }));
        snapshot.eligibleCount = eligibleCount;
        // rows first (candidates and the task lock the custody images and officers they reference), audit after
        snapshot.searchMethod = method;
        if (found.length > 0) {
          await manager.insert(
            SearchCandidate,
            found.map((c) => ({
              requestId: r.id,
              rank: c.rank,
              score: c.score,
              imageId: c.imageId,
              forceId: c.forceId,
            })),
          );
        }
        const task = found.length > 0 ? await insertReviewTask(tx, r, ReviewStage.FIRST, null) : null;
        const actor = auditActor(ctx);
        await moveRequest(
          tx,
          actor,
          r,
          'startSearch',
          { modelVersion, policySnapshot: snapshot, searchFailure: null, searchedAt: now },
          {
            details: {
              policySnapshot: snapshot,
              probeTemplate: fresh ? 'REANALYSED' : 'STORED',
              // which image the template is of: the enhanced result (its hash) or the original
              probeImage: enhanced
                ? { enhanced: true, sha256: enhanced.sha256.trim() }
                : { enhanced: false, sha256: null },
            },
          },
        );
        const completed = { candidateCount: found.length, durationMs: Date.now() - now.getTime() };
        if (!task) {
          await moveRequest(
            tx,
            actor,
            r,
            'noCandidates',
            {
              candidateCount: 0,
              outcome: SearchOutcome.NO_VIABLE_CANDIDATE,
              outcomeBasis: OutcomeBasis.NO_CANDIDATES_ABOVE_THRESHOLD,
              outcomeAt: new Date(),
            },
            { details: completed },
          );
          return null;
        }
        await moveRequest(
          tx,
          actor,
          r,
          'searchCompleted',
          { candidateCount: found.length },
          { details: completed },
        );
        await auditTaskOpened(tx, actor, task);
        return null;
      });
      if (!stale) return;
      expectedVersion = stale.version;
      const { modelVersion } = stale;
      if (stale.reason === 'CALIBRATION') {
        calibration = await this.calibrations.recordFor(modelVersion);
        continue;
      }
      // the probe was analysed by another model version than the active one: once more, outside any transaction
      // the image the search runs on: the enhanced probe when there is one, else the original
      const probe =
        (await this.db.manager.findOne(EnhancedProbe, { where: { requestId: id } })) ??
        (await this.db.manager.findOneOrFail(SearchProbe, { where: { requestId: id } }));
      const faces = await this.models.pipeline(modelVersion);
      const face = await faces.templateFor(probe.bytes, probe.faceIndex ?? undefined, { use: 'probe' });
      // several probe images: every frame is analysed again and the fusion made again
      const frames = await ProbeFrameRepository.frames(this.db.manager, id);
      freshFrames = [];
      for (const frame of frames)
        freshFrames.push({
          position: frame.position,
          face: await faces.templateFor(frame.bytes, undefined, { use: 'probe' }),
        });
      const fused = fuseFrames([face, ...freshFrames.map((f) => f.face)]);
      freshFusion = fused.fusion;
      fresh = { modelVersion, template: fused.template };
    }
  }

  /** A supervisor settles a dispute: a possible match on one candidate, or no viable candidate. */
  adjudicate(
    ctx: RequestContext,
    id: string,
    result: SearchOutcome,
    candidateId: string | null | undefined,
    rationale: string,
    expectedVersion?: number,
  ): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      const r = await lockRequest(tx, id);
      const reviewerIds = (await manager.find(ReviewTask, { where: { requestId: id } }))
        .map((t) => t.submittedById ?? t.claimedById)
        .filter((x): x is string => Boolean(x));
      assertCan(ctx, 'adjudicate', 'SearchRequest', requestSubject(r, { reviewerIds }));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'adjudicate');
      const text = requireText(rationale, 'rationale', TEXT_LIMITS.adjudicationRationale);
      let chosen: SearchCandidate | null = null;
      if (result === SearchOutcome.POSSIBLE_MATCH) {
        if (!candidateId) throw badInput('A possible match names the candidate', { field: 'candidateId' });
        chosen = await manager.findOne(SearchCandidate, { where: { id: candidateId, requestId: id } });
        if (!chosen) throw badInput("The candidate is not on this request's list", { field: 'candidateId' });
      } else if (candidateId) {
        throw badInput('No viable candidate names no candidate', { field: 'candidateId' });
      }
      const now = new Date();
      await moveRequest(
        tx,
        auditActor(ctx),
        r,
        'adjudicate',
        {
          outcome: result,
          outcomeBasis: OutcomeBasis.ADJUDICATED,
          outcomeCandidateId: chosen?.id ?? null,
          outcomeAt: now,
          adjudicatedById: ctx.officer!.id,
          adjudicatedAt: now,
          adjudicationRationale: text,
        },
        { reason: text, details: { result, candidateId: chosen?.id ?? null, rank: chosen?.rank ?? null } },
      );
      return this.view(ctx, r);
    });
  }

  /** The requester (or a supervisor) closes a request once its outcome is known. */
  close(ctx: RequestContext, id: string, expectedVersion?: number): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx, id);
      assertCan(ctx, 'close', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      await moveRequest(
        tx,
        auditActor(ctx),
        r,
        'close',
        { endedAt: new Date(), endedById: ctx.officer!.id },
        { details: { outcome: r.outcome } },
      );
      return this.view(ctx, r);
    });
  }

  withdraw(
    ctx: RequestContext,
    id: string,
    reason: string,
    expectedVersion?: number,
  ): Promise<SearchRequestView> {
    return this.uow.run(ctx, async (tx) => {
      const r = await lockRequest(tx, id);
      assertCan(ctx, 'withdraw', 'SearchRequest', requestSubject(r));
      checkVersion('search request', r.version, expectedVersion);
      transitionTo(r.status, 'withdraw');
      const text = requireText(reason, 'reason', TEXT_LIMITS.withdrawalReason);
      const tasks = await lockTasksOf(tx, r.id);
      await moveRequest(
        tx,
        auditActor(ctx),
        r,
        'withdraw',
        { endedAt: new Date(), endedById: ctx.officer!.id, endReason: text },
        { reason: text },
      );
      await cancelOpenTasks(tx, auditActor(ctx), tasks);
      return this.view(ctx, r);
    });
  }

  /**
   * Expires open requests past their deadline (a timer calls this as the system; tests call it with
   * a chosen `now`). Each request is its own transaction, so one failure does not hold up the rest.
   */
  async expireStale(ctx: RequestContext, now: Date = new Date()): Promise<number> {
    const due = await this.db.manager.find(SearchRequest, {
      where: { status: In(Object.values(SearchRequestStatus).filter(isOpen)), expiresAt: LessThan(now) },
      select: { id: true },
      take: 500,
    });
    let expired = 0;
    for (const { id } of due) {
      const done = await this.db.transaction(async (tx) => {
        const r = await lockRequest(tx, id);
        if (!isOpen(r.status) || r.expiresAt >= now) return false;
        const actor: AuditActor | null = auditActor(ctx);
        const tasks = await lockTasksOf(tx, r.id);
        await moveRequest(tx, actor, r, 'expire', {
          endedAt: now,
          endedById: null,
          endReason: `not moved on from ${r.status} by ${r.expiresAt.toISOString()}`,
        });
        await cancelOpenTasks(tx, actor, tasks);
        return true;
      });
      if (done) expired += 1;
    }
    return expired;
  }

  /** The disclosure pack of a closed request (supervisors; oversight without the probe image). */
  disclosurePack(ctx: RequestContext, id: string): Promise<DisclosurePack> {
    return this.uow.run(ctx, async (tx) => {
      const r = await closedForDisclosure(ctx, tx, id);
      const event = await this.uow.audit(ctx, tx, {
        action: 'DISCLOSURE_PACK_EXPORTED',
        subjectType: 'SearchRequest',
        subjectId: r.id,
        forceId: r.forceId,
        details: { searchRequestId: r.id },
      });
      return buildDisclosurePack(tx.manager, ctx, r, event.id);
    });
  }

  /**
   * The disclosure pack as a PDF document, under the same rule as `disclosurePack` (oversight's copy
   * without face images), stating its content hash and the chain head at generation; its
   * generation event records both and the file's sha256 (`npm run verify-pack` checks a copy).
   */
  disclosurePackPdf(ctx: RequestContext, id: string): Promise<DisclosurePdf> {
    return this.uow.run(ctx, async (tx) => {
      const r = await closedForDisclosure(ctx, tx, id);
      return generateDisclosurePdf(tx.manager, ctx, r, (entry) => this.uow.audit(ctx, tx, entry));
    });
  }
}

/** The request whose pack is asked for, once the caller may export it and it is closed. */
async function closedForDisclosure(ctx: RequestContext, tx: Tx, id: string): Promise<SearchRequest> {
  const r = await tx.manager.findOne(SearchRequest, { where: { id } });
  if (!r) throw notFound('SearchRequest', id);
  assertCan(ctx, 'export', 'DisclosurePack', requestPartSubject(r));
  if (r.status !== SearchRequestStatus.CLOSED)
    throw new DomainError(
      'INVALID_STATE',
      `A disclosure pack is produced for a closed request; this one is ${r.status}`,
      { state: r.status },
    );
  return r;
}

/** How far a search attempt got: set once the request's own checks passed (what it then was). */
interface SearchAttempt {
  began: { version: number; status: SearchRequestStatus } | null;
}

/** The settings of a stored request, as the plan takes them. */
function planRequestOf(r: SearchRequest): PlanRequest {
  return {
    forceId: r.forceId,
    galleryForceIds: r.galleryForceIds,
    offenceCategory: r.offenceCategory,
    threshold: r.threshold,
    k: r.k,
    includeUnder18: r.includeUnder18,
    includeNotConvicted: r.includeNotConvicted,
    probeOverrideSought: r.probeHitRateOverrideReason !== null,
  };
}

interface ValidSettings {
  justification: string;
  provenance: ProbeProvenance;
  threshold?: number;
  k?: number;
  includeUnder18: boolean;
  includeNotConvicted: boolean;
  otherGalleryForceIds?: string[];
  probeHitRateOverrideReason?: string;
}

/**
 * An error about one of several probe images, naming it (extensions.probeImageIndex: 0 is the
 * probe, i the i-th additional image); its code and figures are kept.
 */
function namingProbeImage(error: unknown, index: number): unknown {
  const which = index === 0 ? 'the first probe image' : `additional probe image ${index}`;
  if (error instanceof DomainError)
    return new DomainError(
      error.code,
      `${which}: ${error.message}`,
      { ...error.details, probeImageIndex: index },
      error.internal,
    );
  // an inference error may come from a worker thread: known by its name, not its class
  if (error instanceof Error && error.name === 'InferenceError') {
    const e = error as InferenceError;
    return new InferenceError(e.code, `${which}: ${e.message}`, { ...e.details, probeImageIndex: index });
  }
  return error;
}

/**
 * The request's probe images: at most MAX_PROBE_IMAGES (TOO_MANY_PROBE_IMAGES), no upload given
 * twice (BAD_USER_INPUT). Checked before anything else is read or analysed.
 */
function probeSources(input: NewSearchRequest): ImageSource[] {
  const sources = [input.probe, ...(input.additionalProbes ?? [])];
  if (sources.length > MAX_PROBE_IMAGES)
    throw new DomainError(
      'TOO_MANY_PROBE_IMAGES',
      `A search request carries at most ${MAX_PROBE_IMAGES} probe images (the probe and ${MAX_PROBE_IMAGES - 1} additional ones); ${sources.length} were given`,
      { limit: MAX_PROBE_IMAGES, given: sources.length, field: 'additionalProbeUploadIds' },
    );
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (!('uploadId' in source)) return;
    const id = source.uploadId.toLowerCase();
    if (seen.has(id))
      throw badInput('The same upload is given twice as a probe image', {
        field: 'additionalProbeUploadIds',
        probeImageIndex: index,
      });
    seen.add(id);
  });
  return sources;
}

function validateSettings(input: NewSearchRequest, now: Date): ValidSettings {
  const justification = requireText(input.justification, 'justification', TEXT_LIMITS.justification);
  const provenance = validateProbeProvenance(input.probeProvenance, now);
  // threshold and k are checked by the plan (src/policy/gallery-plan.ts)
  return {
    justification,
    provenance,
    threshold: input.threshold ?? undefined,
    k: input.k ?? undefined,
    includeUnder18: input.includeUnder18 ?? false,
    includeNotConvicted: input.includeNotConvicted ?? false,
    otherGalleryForceIds: input.otherGalleryForceIds,
    probeHitRateOverrideReason:
      input.probeHitRateOverrideReason === undefined || input.probeHitRateOverrideReason === null
        ? undefined
        : requireText(
            input.probeHitRateOverrideReason,
            'probeHitRateOverrideReason',
            TEXT_LIMITS.probeHitRateOverrideReason,
          ),
  };
}

/**
 * An authoriser below the rank the request's seriousness tier asks for: AUTHORISER_RANK_TOO_LOW
 * (audited as a denial), naming the rank needed and the one held. Only for a caller who could
 * otherwise authorise it: anyone else gets the ability's FORBIDDEN or NOT_FOUND.
 */
function assertAuthoriserRank(ctx: RequestContext, r: SearchRequest): void {
  const required = r.authorisationRank;
  if (!required || !ctx.officer || rankMeets(ctx.officer.rank, required)) return;
  const anyRank = subject('SearchRequest', { ...requestSubject({ ...r, authorisationRank: null }) });
  if (!ctx.ability.can('authorise', anyRank)) return;
  throw new DomainError(
    'AUTHORISER_RANK_TOO_LOW',
    `This search's seriousness tier needs an authoriser of at least ${required} rank; your rank is ${ctx.officer.rank ?? 'not recorded'}`,
    { requiredRank: required, rank: ctx.officer.rank },
    { denied: true, action: 'authorise', subject: 'SearchRequest', subjectId: r.id, forceId: r.forceId },
  );
}

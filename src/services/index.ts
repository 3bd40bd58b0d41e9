import { DEFAULT_MAX_IMAGE_BYTES, DEFAULT_UPLOAD_TTL_MS } from '../config/config';
import type { Database } from '../db';
import { InProcessPubSub, type PubSub } from '../events';
import type { FacePipeline } from '../inference';
import { ActorCache } from './actor-cache';
import { AuditService } from './audit.service';
import { AuditHistoryService } from './audit-history.service';
import { CaseService } from './case.service';
import { ComplianceReviewService } from './compliance-review.service';
import { FieldGuardService } from './field-guard.service';
import { ForceService } from './force.service';
import { GalleryService } from './gallery.service';
import { GovernanceService } from './governance.service';
import { ImageUploadService, type ImageUploadOptions } from './image-upload.service';
import { LeadActionService } from './lead-action.service';
import { LeadOutcomeService } from './lead-outcome.service';
import { ModelValidationService } from './model-validation.service';
import { ModelCalibrationService } from './model-calibration.service';
import { ModelRegistry } from './model-registry';
import { ModelVersionService } from './model-version.service';
import { OfficerService } from './officer.service';
import { DEFAULT_MIN_GROUP_SIZE, OversightStatisticsService } from './oversight-statistics.service';
import { ReviewFeedService } from './review-feed.service';
import { ReviewService } from './review.service';
import { RetentionService } from './retention.service';
import { SearchContentReadService } from './search-content-read.service';
import { ProbeEnhancementService } from './probe-enhancement.service';
import { SearchRequestService } from './search-request.service';
import { SignInAuditService } from './sign-in-audit.service';
import { UnitOfWork } from './unit-of-work';

/** The domain layer, wired once at start-up and handed to resolvers through the GraphQL context. */
export interface Services {
  /** Face model versions: the pipeline and calibration of each (the configured one loaded at start-up). */
  models: ModelRegistry;
  /** Which version each force searches with; re-enrolment, switches and removal of old templates. */
  modelVersions: ModelVersionService;
  /** Signed-in officers (row, force code, ability) reused briefly across HTTP requests. */
  actors: ActorCache;
  officers: OfficerService;
  forces: ForceService;
  cases: CaseService;
  audit: AuditService;
  auditHistory: AuditHistoryService;
  gallery: GalleryService;
  /** Images sent to POST /uploads ahead of the mutation that uses them, and the image limit of every path. */
  uploads: ImageUploadService;
  searches: SearchRequestService;
  /** A draft's probe enhanced with allow-listed operations, each step recorded; the search then runs on the result. */
  probeEnhancements: ProbeEnhancementService;
  /** Records reads of search requests' justifications and candidate lists. */
  searchContentReads: SearchContentReadService;
  /** What a redacted field's value may still not show (first review) or must record (content reads) as it leaves. */
  fieldGuard: FieldGuardService;
  /** Records failed sign-ins of known officers (rate-limited). */
  signIns: SignInAuditService;
  reviews: ReviewService;
  feed: ReviewFeedService;
  statistics: OversightStatisticsService;
  leadOutcomes: LeadOutcomeService;
  /** The lead after the match: corroborating evidence, and actions a supervisor approves. */
  leadActions: LeadActionService;
  /** Post-search compliance review: the queue, claims, findings, overdue flags and each force's settings. */
  compliance: ComplianceReviewService;
  /** Face model calibrations as recorded (the active one at start-up), which searches' snapshots name. */
  calibrations: ModelCalibrationService;
  /** Forces' validations of model versions on their own labelled images: per-group rates, the equitable threshold. */
  validations: ModelValidationService;
  /** Each force's retention periods, holds for proceedings, and the purge of searches' biometric data. */
  retention: RetentionService;
  /** Each force's governance register: versioned documents, their approval and officers' acknowledgements. */
  governance: GovernanceService;
}

export interface ServiceOptions {
  /** Where live events come from (the pub/sub the outbox relay sends committed events to). */
  events?: PubSub;
  /** How long a live subscriber's ability is reused before their officer row is read again. */
  subscriberAbilityTtlMs?: number;
  onFeedError?: (error: unknown) => void;
  /** Oversight statistics: demographic groups with fewer people than this are suppressed. */
  statsMinGroupSize?: number;
  /** How long a signed-in officer's row and ability are reused across requests (0: not at all). */
  actorCacheTtlMs?: number;
  /** The image limit (MAX_IMAGE_BYTES), the uploads' lifetime and whether base64 images are taken. */
  images?: Partial<ImageUploadOptions>;
  /** The face model registry (default: one over `faces` and the repository's models folder). */
  models?: ModelRegistry;
}

/** The face model's score calibration: thresholds mean nothing without it, so the service does not start. */
function assertCalibrated(faces: FacePipeline): void {
  if (!faces.calibration)
    throw new Error(
      `face model ${faces.faceModel} has no score calibration in models/manifest.json: its thresholds would mean nothing (run npm run eval and rebuild the models)`,
    );
}

/**
 * `faces` is the configured face model's pipeline (FACE_MODEL); other model versions a force uses
 * are loaded from the same models folder when first needed (`options.models` to share a registry).
 */
export function createServices(db: Database, faces: FacePipeline, options: ServiceOptions = {}): Services {
  const uow = new UnitOfWork(db);
  assertCalibrated(faces);
  const models = options.models ?? new ModelRegistry(faces);
  const searchContentReads = new SearchContentReadService(db);
  const reviews = new ReviewService(db, uow);
  const uploads = new ImageUploadService(db, uow, {
    maxBytes: options.images?.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES,
    ttlMs: options.images?.ttlMs ?? DEFAULT_UPLOAD_TTL_MS,
    base64: options.images?.base64 ?? true,
  });
  const calibrations = new ModelCalibrationService(db, uow, models);
  const validations = new ModelValidationService(db, uow);
  const modelVersions = new ModelVersionService(db, uow, models, calibrations, validations);
  return {
    models,
    modelVersions,
    actors: new ActorCache(db, options.actorCacheTtlMs ?? 0),
    officers: new OfficerService(db, uow),
    forces: new ForceService(db, uow, models, modelVersions),
    cases: new CaseService(db, uow),
    audit: new AuditService(db, uow),
    auditHistory: new AuditHistoryService(uow),
    gallery: new GalleryService(db, uow, models, modelVersions, uploads),
    uploads,
    searches: new SearchRequestService(db, uow, models, modelVersions, calibrations, uploads, validations),
    probeEnhancements: new ProbeEnhancementService(db, uow, models, modelVersions),
    searchContentReads,
    fieldGuard: new FieldGuardService(searchContentReads, reviews),
    signIns: new SignInAuditService(db),
    reviews,
    feed: new ReviewFeedService(db, uow, options.events ?? new InProcessPubSub(), {
      abilityTtlMs: options.subscriberAbilityTtlMs ?? 5_000,
      onError: options.onFeedError,
    }),
    statistics: new OversightStatisticsService(uow, {
      minGroupSize: options.statsMinGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    }),
    leadOutcomes: new LeadOutcomeService(uow),
    leadActions: new LeadActionService(uow),
    compliance: new ComplianceReviewService(uow),
    calibrations,
    validations,
    retention: new RetentionService(db, uow),
    governance: new GovernanceService(uow),
  };
}

export { RequestMemo } from './request-context';
export { ModelRegistry, modelVersionUnavailable } from './model-registry';
export type { ForceModelVersionView } from './model-version.service';
export type { VersionCoverage } from '../db/model-version.repository';
export type { RequestContext } from './request-context';
export { TEXT_LIMITS } from './validation';
export { GOVERNANCE_FILE_MAX_BYTES } from './governance.service';
export type { GovernanceDocumentView, GovernanceFileView, GovernanceVersionView } from './governance.service';
export { PROBE_OBTAINED_EARLIEST } from './probe-provenance';
export type { ProbeProvenanceInput } from './probe-provenance';
export type { TextLimit } from './validation';
export { PAGE_DEFAULT, PAGE_MAX } from '../db/keyset';
export type { Page, PageRequest } from '../db/keyset';
export { AUDIT_PAGE_MAX, AuditEventOrder } from './audit-history.service';
export type { AuditChainHead, AuditEventFilter, AuditEventPage, AuditExport } from './audit-history.service';
export type { AuditExportFormat } from './audit-export.format';
export type * from './oversight-statistics.service';
export type { StatisticsExportFormat } from './statistics-export.format';
export type { OversightPackFormat } from './oversight-pack.format';
export { SuppressionReason } from './statistics-suppression';
export type { PublishedGroup } from './statistics-suppression';
export type { NewLeadOutcome } from './lead-outcome.service';
export { LEAD_ACTION_MAX_EVIDENCE } from './lead-action.service';
export type {
  LeadActionDecision,
  LeadActionFilter,
  LeadActionView,
  LeadView,
  NewLeadAction,
  NewLeadCorroboration,
} from './lead-action.service';
export type * from './retention.service';
export type {
  ComplianceFindingInput,
  ComplianceReviewFilter,
  ComplianceReviewView,
  ComplianceSettingsInput,
} from './compliance-review.service';
export type { NewSearchRequest, SearchRequestFilter } from './search-request.service';
export type { ImageSource, StoredUpload } from './image-upload.service';
export type { SearchContentField } from './search-content-read.service';
export type { CachedActor } from './actor-cache';
export type { GuardedOwner } from './field-guard.service';
export type { FailedSignIn, SignInFailure } from './sign-in-audit.service';
export type {
  CandidateDecisionInput,
  FaceImageContent,
  ReviewPacket,
  ReviewTaskFilter,
} from './review.service';
export type { DisclosurePack } from './workflow/disclosure-pack';
export { verifyDisclosurePdf } from './workflow/disclosure-seal';
export type { DisclosurePdf, PackVerification, PackVerificationFailure } from './workflow/disclosure-seal';
export type * from './workflow/search-request.views';
export {
  outcomeCustodyRecord,
  requestCandidates,
  requestCrimeReference,
  requestOutcome,
  requestProbeEnhancement,
  requestReviews,
} from './workflow/search-request.views';
export type { EnhancementStepView, ProbeEnhancementRecord } from './workflow/probe-enhancement.record';
export type { EnhancementStepInput } from './probe-enhancement.operations';
export { ENHANCEMENT_OPERATIONS, ENHANCEMENT_MAX_STEPS } from './probe-enhancement.operations';
export { startWorkflowTimers } from './workflow/workflow-timers';
export type { WorkflowTimers, WorkflowTimerOptions } from './workflow/workflow-timers';
export { startAuditAnchoring } from './audit-anchoring';
export type { ReviewQueue, ReviewTaskNotice, SearchRequestNotice } from './review-feed.service';

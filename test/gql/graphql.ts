/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an audit event records. Stored as its name; the names never change */
export type AuditAction =
  /** DENIAL: An operation was refused (FORBIDDEN, or NOT_FOUND for an object the caller may not know of); the attempted action is in the details. */
  | 'ACCESS_DENIED'
  /** EXPORT: The audit chain's head was exported, to be kept outside the database. */
  | 'AUDIT_CHAIN_HEAD_EXPORTED'
  /** ACCESS: The audit chain was verified (the result is in the details). */
  | 'AUDIT_CHAIN_VERIFIED'
  /** ACCESS: A page of audit history was read (the filters and how many events of the force it returned are in the details). */
  | 'AUDIT_EVENTS_READ'
  /** EXPORT: Audit history was exported to a file (the filters are in the details). */
  | 'AUDIT_EXPORTED'
  /** STATE_CHANGE: A case was closed, with a reason (its searches' retention after closure counts from then). */
  | 'CASE_CLOSED'
  /** STATE_CHANGE: A case was opened (with its crime reference and offence category). */
  | 'CASE_CREATED'
  /** STATE_CHANGE: An officer was assigned to a case. */
  | 'CASE_OFFICER_ASSIGNED'
  /** STATE_CHANGE: A supervisor who took no part in the search claimed its compliance review. */
  | 'COMPLIANCE_REVIEW_CLAIMED'
  /** STATE_CHANGE: A compliance review was completed with a finding per criterion (the findings, without the notes, in the details). */
  | 'COMPLIANCE_REVIEW_COMPLETED'
  /** STATE_CHANGE: A search that reached its outcome was not drawn for compliance review (the sample rate, the search's draw and the rule in the details). */
  | 'COMPLIANCE_REVIEW_NOT_SAMPLED'
  /** STATE_CHANGE: The workflow sweep found a compliance review past its due time and not completed. */
  | 'COMPLIANCE_REVIEW_OVERDUE'
  /** STATE_CHANGE: A search that reached its outcome entered its force's compliance review queue (the sample rate, the search's draw and the rule in the details). */
  | 'COMPLIANCE_REVIEW_QUEUED'
  /** STATE_CHANGE: The holder handed a compliance review back to the queue. */
  | 'COMPLIANCE_REVIEW_RELEASED'
  /** DELETION: A custody image's bytes, template and derived copies were deleted (the row stays as a tombstone). */
  | 'CUSTODY_IMAGE_DELETED'
  /** STATE_CHANGE: A custody image was enrolled in the gallery with its template. */
  | 'CUSTODY_IMAGE_ENROLLED'
  /** DELETION: A deletion request was granted, with a rationale; its images are deleted in the same transaction. */
  | 'DELETION_GRANTED'
  /** STATE_CHANGE: A deletion request was refused, with a rationale; the images are searchable again. */
  | 'DELETION_REFUSED'
  /** STATE_CHANGE: A request to delete a person's custody images was recorded, with its grounds. */
  | 'DELETION_REQUESTED'
  /** STATE_CHANGE: Demonstration forces and officers were created at start-up. */
  | 'DEMO_DATA_SEEDED'
  /** STATE_CHANGE: A demonstration custody gallery was enrolled at start-up (each image's own enrolment is recorded too). */
  | 'DEMO_GALLERY_SEEDED'
  /** EXPORT: A request's disclosure pack was produced (a PDF: its reference, content and file sha256 and the chain head at generation in the details). */
  | 'DISCLOSURE_PACK_EXPORTED'
  /** ACCESS: A probe or candidate face image was opened (for review or adjudication). */
  | 'FACE_IMAGE_VIEWED'
  /** STATE_CHANGE: A force admin changed the force's compliance review sample rate or due period (before and after in the details). */
  | 'FORCE_COMPLIANCE_SETTINGS_CHANGED'
  /** STATE_CHANGE: A force with no recorded face model version was given the configured one (FACE_MODEL) as its active version, at start-up. */
  | 'FORCE_MODEL_VERSION_ASSIGNED'
  /** STATE_CHANGE: A force admin changed the force's floor on probes' expected hit rate or whether it may be overridden (before and after in the details). */
  | 'FORCE_PROBE_GATE_CHANGED'
  /** STATE_CHANGE: A force admin changed which governance documents must be in force before the force's searches run (before and after in the details). */
  | 'FORCE_REQUIRED_DOCUMENTS_CHANGED'
  /** STATE_CHANGE: A force admin set the force's seriousness tiers, with a reason: which offence categories are in which tier, who must authorise, the longest list, the floor and which records may be searched (before and after in the details). */
  | 'FORCE_SERIOUSNESS_TIERS_CHANGED'
  /** STATE_CHANGE: A force admin changed the force's threshold floor, a false-match rate (before and after in the details, with the cosines of the face model in use). */
  | 'FORCE_THRESHOLD_FLOOR_CHANGED'
  /** STATE_CHANGE: An officer acknowledged having read a version of a governance document. */
  | 'GOVERNANCE_DOCUMENT_ACKNOWLEDGED'
  /** STATE_CHANGE: An officer other than its registrar approved a governance document version: in force from its start (the version it superseded in the details). */
  | 'GOVERNANCE_DOCUMENT_VERSION_APPROVED'
  /** STATE_CHANGE: A version of a force's governance document (DPIA, equality impact assessment, appropriate policy document, facial recognition policy, sharing agreement) was registered with its sha256, the file or a reference to it; not in force until another officer approves it. */
  | 'GOVERNANCE_DOCUMENT_VERSION_REGISTERED'
  /** DENIAL: A search request was refused because its force requires governance documents of which one or more had no version in force (the missing kinds in the details). */
  | 'GOVERNANCE_SEARCH_REFUSAL'
  /** STATE_CHANGE: An officer uploaded an image for a search or an enrolment (its upload id and size, never the image); it is deleted when used or once it expires. */
  | 'IMAGE_UPLOADED'
  /** DELETION: Uploaded images nobody used before they expired were deleted (how many, for one force's officers). */
  | 'IMAGE_UPLOADS_EXPIRED'
  /** STATE_CHANGE: A supervisor who did not propose it approved an action on a confirmed lead, with a reason: the action is recorded as taken. */
  | 'LEAD_ACTION_APPROVED'
  /** STATE_CHANGE: An action on a confirmed lead (identification procedure, arrest, charge, public appeal) was proposed with a reason, resting on the corroborations named in the details. */
  | 'LEAD_ACTION_PROPOSED'
  /** DENIAL: An action on a confirmed lead was refused because no corroborating evidence had been recorded for it (the action type in the details). */
  | 'LEAD_ACTION_REFUSED'
  /** STATE_CHANGE: A supervisor turned down a proposed action on a confirmed lead, with a reason. */
  | 'LEAD_ACTION_REJECTED'
  /** STATE_CHANGE: Independent evidence corroborating a confirmed lead was recorded (its type and reference in the details, its description as the reason). */
  | 'LEAD_CORROBORATION_RECORDED'
  /** STATE_CHANGE: What came of a confirmed lead (corroborated or excluded) was recorded; a corroboration names the evidence recorded for it. */
  | 'LEAD_OUTCOME_RECORDED'
  /** STATE_CHANGE: A second gallery manager approved a proposed switch, with a reason: the force's searches use the new version from now on. */
  | 'MODEL_SWITCH_APPROVED'
  /** STATE_CHANGE: A gallery manager proposed switching their force's searches to another face model version, with a reason (coverage in the details). */
  | 'MODEL_SWITCH_PROPOSED'
  /** STATE_CHANGE: A proposed switch of face model version was withdrawn or turned down, with a reason. */
  | 'MODEL_SWITCH_WITHDRAWN'
  /** DELETION: Every template of a face model version no longer active was deleted from a force's gallery on request, with a reason (the count in the details). */
  | 'MODEL_TEMPLATES_DELETED'
  /** STATE_CHANGE: A force's validation of a face model version on its own labelled images was recorded (npm run validate-model): the data set's hash, group sizes, who ran it and the equitable threshold in the details. */
  | 'MODEL_VALIDATION_RECORDED'
  /** STATE_CHANGE: A second officer approved a proposal: the officer's access changed. */
  | 'OFFICER_ACCESS_APPROVED'
  /** STATE_CHANGE: An officer's roles, overseen forces or certification changed (before and after in the details). */
  | 'OFFICER_ACCESS_CHANGED'
  /** STATE_CHANGE: An addition to an officer's access was proposed, for a second officer to approve. */
  | 'OFFICER_ACCESS_PROPOSED'
  /** STATE_CHANGE: A proposal was rejected or withdrawn, with a reason. */
  | 'OFFICER_ACCESS_REJECTED'
  /** STATE_CHANGE: An officer was registered (access held at once, and any proposed, in the details). */
  | 'OFFICER_CREATED'
  /** STATE_CHANGE: An officer's police rank was recorded or changed, with a reason (before and after in the details); seriousness tiers route authorisation by it. */
  | 'OFFICER_RANK_CHANGED'
  /** STATE_CHANGE: An officer's roles changed (written by earlier versions; now OFFICER_ACCESS_CHANGED). */
  | 'OFFICER_ROLES_CHANGED'
  /** EXPORT: A force's oversight meeting pack for a period was produced (CSV or the readable report; the period and format in the details). */
  | 'OVERSIGHT_PACK_EXPORTED'
  /** FAILURE: A probe image held no single usable face (NO_FACE or MULTIPLE_FACES): an attempted search, recorded though no request was created. */
  | 'PROBE_ANALYSIS_FAILED'
  /** DENIAL: A probe's expected hit rate was below its force's floor and no authorised override was sought or allowed: an attempted search, recorded though no request was created. */
  | 'PROBE_BELOW_HIT_RATE_FLOOR'
  /** STATE_CHANGE: A draft's probe was enhanced: the original's and the result's hashes, the steps applied, and the result's measured quality, which the search now runs on. */
  | 'PROBE_ENHANCED'
  /** DENIAL: An enhancement of a probe was refused and nothing of it kept: an operation outside the allow-list (generative, compositing or unknown), a parameter out of range, or a result without a usable face. */
  | 'PROBE_ENHANCEMENT_REFUSED'
  /** STATE_CHANGE: One step of a probe's enhancement, in order: the operation of the allow-list, its parameters, and the hashes of the image before and after it (never the image). */
  | 'PROBE_ENHANCEMENT_STEP_APPLIED'
  /** STATE_CHANGE: An authoriser let a probe below its force's expected-hit-rate floor be searched (the figure, the floor and both reasons in the details). */
  | 'PROBE_HIT_RATE_FLOOR_OVERRIDDEN'
  /** STATE_CHANGE: A re-enrolment finished a force's gallery: templates made, images without a usable face under the version, coverage and rate in the details. */
  | 'REENROLMENT_COMPLETED'
  /** STATE_CHANGE: A re-enrolment began making a face model version's templates from a force's stored images (the version becomes ENROLLING; counts in the details). */
  | 'REENROLMENT_STARTED'
  /** STATE_CHANGE: A search request was retained for proceedings, with a reason and a review date: it is not purged while the hold is in force. */
  | 'RETENTION_HOLD_PLACED'
  /** STATE_CHANGE: A hold for proceedings was released (or replaced by a renewal), with a reason. */
  | 'RETENTION_HOLD_RELEASED'
  /** STATE_CHANGE: A force admin changed how long the force keeps searches' probes, candidate lists and review decisions (periods before and after in the details). */
  | 'RETENTION_POLICY_CHANGED'
  /** STATE_CHANGE: A reviewer's claim on a task lapsed and the task went back to the pool. */
  | 'REVIEW_CLAIM_EXPIRED'
  /** STATE_CHANGE: A reviewer submitted their decision and rationale for every candidate (counts in the details). */
  | 'REVIEW_SUBMITTED'
  /** STATE_CHANGE: An open review task was cancelled because its request was withdrawn or expired. */
  | 'REVIEW_TASK_CANCELLED'
  /** STATE_CHANGE: A reviewer claimed a review task. */
  | 'REVIEW_TASK_CLAIMED'
  /** STATE_CHANGE: A review task (first or second review) was opened. */
  | 'REVIEW_TASK_CREATED'
  /** STATE_CHANGE: A supervisor reassigned a review task (to a reviewer or the pool), with a reason. */
  | 'REVIEW_TASK_REASSIGNED'
  /** STATE_CHANGE: The reviewer holding a task released it to the pool. */
  | 'REVIEW_TASK_RELEASED'
  /** STATE_CHANGE: A supervisor adjudicated a disputed request, with a rationale. */
  | 'SEARCH_ADJUDICATED'
  /** STATE_CHANGE: The request needs an authoriser (the reasons are in the details). */
  | 'SEARCH_AUTHORISATION_REQUESTED'
  /** STATE_CHANGE: An authoriser authorised the search, with a rationale. */
  | 'SEARCH_AUTHORISED'
  /** STATE_CHANGE: The search stored its candidates and the first review opened. */
  | 'SEARCH_COMPLETED'
  /** STATE_CHANGE: Both reviewers marked the same candidate a possible match. */
  | 'SEARCH_CONFIRMED'
  /** STATE_CHANGE: The two reviews disagreed: the request waits for a supervisor. */
  | 'SEARCH_DISPUTED'
  /** FAILURE: A search that should have run did not (the error code is in the details); the request stays where it was. */
  | 'SEARCH_FAILED'
  /** STATE_CHANGE: The first review was submitted and the second (blind) review opened. */
  | 'SEARCH_FIRST_REVIEW_COMPLETED'
  /** STATE_CHANGE: The search found no candidate at or above the threshold: no review needed. */
  | 'SEARCH_NO_CANDIDATES'
  /** STATE_CHANGE: Both reviewers found no candidate a possible match. */
  | 'SEARCH_NO_VIABLE_CANDIDATE'
  /** STATE_CHANGE: An authoriser refused the search, with a rationale. */
  | 'SEARCH_REFUSED'
  /** STATE_CHANGE: The request was closed after its outcome. */
  | 'SEARCH_REQUEST_CLOSED'
  /** ACCESS: Someone read a request's justification or candidate list (the fields read are in the details). */
  | 'SEARCH_REQUEST_CONTENT_READ'
  /** STATE_CHANGE: A search request was drafted with its purpose, legal basis, justification and probe (measured values only, never the image). */
  | 'SEARCH_REQUEST_CREATED'
  /** STATE_CHANGE: The request expired before an outcome. */
  | 'SEARCH_REQUEST_EXPIRED'
  /** DELETION: A search request's probe image and template, candidate list and review decisions were deleted under its force's retention periods (rule, period and counts in the details; the request and its trail stay). */
  | 'SEARCH_REQUEST_PURGED'
  /** FAILURE: A purge of one search request failed and was rolled back (nothing of it was deleted); it is tried again at the next run. */
  | 'SEARCH_REQUEST_PURGE_FAILED'
  /** STATE_CHANGE: The requester submitted the request. */
  | 'SEARCH_REQUEST_SUBMITTED'
  /** STATE_CHANGE: The request was withdrawn before an outcome, with a reason. */
  | 'SEARCH_REQUEST_WITHDRAWN'
  /** STATE_CHANGE: The search started, with the eligible-gallery policy snapshot it searches. */
  | 'SEARCH_STARTED'
  /** STATE_CHANGE: A force shared its gallery with another force under an agreement. */
  | 'SHARING_AGREEMENT_CREATED'
  /** STATE_CHANGE: A gallery-sharing agreement was revoked. */
  | 'SHARING_AGREEMENT_REVOKED'
  /** DENIAL: A token of ours naming a known officer was refused (expired, officer inactive, a claim refused); at most once a minute per officer and failure. */
  | 'SIGN_IN_FAILED'
  /** DENIAL: A workflow step was refused because the officer had not acknowledged the version of their force's facial recognition policy in force (the version and the step in the details). */
  | 'SOP_ACKNOWLEDGEMENT_REFUSAL'
  /** EXPORT: Oversight statistics were exported to a file. */
  | 'STATISTICS_EXPORTED';

/** Every filter given applies (AND); times are [occurredFrom, occurredTo) */
export type AuditEventFilter = {
  /** Any of these actions */
  actions?: Array<AuditAction> | null | undefined;
  /** Only events caused by this officer */
  actorOfficerId?: string | number | null | undefined;
  /** Only events concerning this force (one you oversee) */
  forceId?: string | number | null | undefined;
  /** Inclusive */
  occurredFrom?: string | null | undefined;
  /** Exclusive */
  occurredTo?: string | null | undefined;
  /** The whole trail of one search request in one list: its own events and those about its parts (review tasks, image views, content reads, authorisation, failures, denials, disclosure) */
  searchRequestId?: string | number | null | undefined;
  /** With subjectType: the history of one case or request */
  subjectId?: string | null | undefined;
  /** e.g. Case or SearchRequest */
  subjectType?: string | null | undefined;
};

/** What kind of event an audit action records (stated per action) */
export type AuditEventKind =
  /** Someone read content whose reading is itself recorded: a face image, a request's justification or candidates, the audit log. */
  | 'ACCESS'
  /** Biometric or personal data was deleted, or its deletion granted. */
  | 'DELETION'
  /** An attempt was refused: an operation the caller may not perform, or a failed sign-in. */
  | 'DENIAL'
  /** Data left the system: an export file, a disclosure pack, an exported chain head. */
  | 'EXPORT'
  /** Work the system should have done did not happen: a search that failed, a probe without a usable face. */
  | 'FAILURE'
  /** A record was created or changed, or a workflow moved on (a refusal of a search or a deletion included). */
  | 'STATE_CHANGE';

/** Order of an audit history, by position in the chain */
export type AuditEventOrder =
  | 'NEWEST_FIRST'
  | 'OLDEST_FIRST';

export type AuthorisationDecision =
  | 'AUTHORISED'
  | 'REFUSED';

export type AuthorisationReason =
  | 'CROSS_FORCE'
  | 'NOT_CONVICTED_INCLUDED'
  /** The offence category's seriousness tier needs an authoriser for every search (default configuration: the category is not on the force's list) */
  | 'OFFENCE_NOT_IN_ALLOWED_LIST'
  | 'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR'
  | 'THRESHOLD_BELOW_EQUITABLE_THRESHOLD'
  | 'THRESHOLD_BELOW_FLOOR'
  | 'UNDER_18_INCLUDED';

export type CandidateDecision =
  | 'INCONCLUSIVE'
  | 'NOT_MATCH'
  | 'POSSIBLE_MATCH';

export type CandidateDecisionInput = {
  candidateId: string | number;
  decision: CandidateDecision;
  /** What in the two faces led to the decision */
  rationale: string;
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** What an officer should have. Removals take effect at once; additions other than REQUESTER become a proposal for a second person to approve. */
export type ChangeOfficerAccessInput = {
  officerId: string | number;
  /** The forces the officer should oversee; omitted: unchanged while they keep OVERSIGHT */
  overseesForceIds?: Array<string | number> | null | undefined;
  /** Facial examiner certification end; omitted: unchanged, null: withdrawn. A later date is a proposal. */
  reviewerCertifiedUntil?: string | null | undefined;
  /** The roles the officer should hold */
  roles: Array<Role>;
};

export type CompleteComplianceReviewInput = {
  /** The version you read; refused (CONFLICT) if it changed */
  expectedVersion?: number | null | undefined;
  /** Exactly one finding per criterion */
  findings: Array<ComplianceFindingInput>;
  reviewId: string | number;
};

/** What a compliance review judges, one finding each */
export type ComplianceCriterion =
  /** The written justification stands on its own and fits purpose and legal basis */
  | 'JUSTIFICATION'
  /** The probe image was obtained lawfully and its source recorded */
  | 'LAWFUL_PROBE_SOURCE'
  /** The search was necessary for a law enforcement purpose */
  | 'NECESSITY'
  /** The outcome was handled as a lead only, recorded and disclosed */
  | 'OUTCOME_HANDLED'
  /** The intrusion (galleries, threshold, list size, under-18 or not-convicted records) fitted the aim */
  | 'PROPORTIONALITY';

export type ComplianceFindingInput = {
  criterion: ComplianceCriterion;
  /** Required for NOT_MET (at least 10 characters); at most 2000 */
  note?: string | null | undefined;
  result: ComplianceFindingResult;
};

export type ComplianceFindingResult =
  | 'MET'
  | 'NOT_APPLICABLE'
  /** Needs a note saying why */
  | 'NOT_MET';

/** Where a completed search stands in its force's compliance review queue */
export type ComplianceReviewStatus =
  | 'CLAIMED'
  | 'COMPLETED'
  /** Not drawn for review (the force reviews a sample): recorded, never queued */
  | 'NOT_SAMPLED'
  /** In the queue, for a supervisor who took no part in the search */
  | 'OPEN';

/** Why a completed search was or was not drawn for compliance review */
export type ComplianceSampleRule =
  /** The search's draw fell below the force's sample rate */
  | 'DRAWN'
  /** The force reviews every completed search */
  | 'EVERY_SEARCH'
  /** The search's draw was at or above the force's sample rate */
  | 'NOT_DRAWN';

/** What kind of independent evidence corroborates a confirmed lead */
export type CorroborationType =
  /** The person's movements traced on other footage to or from the scene */
  | 'CCTV_TRACKING'
  | 'DNA'
  /** Records such as phone, bank, travel or custody records */
  | 'DOCUMENTARY'
  | 'FINGERPRINT'
  | 'OTHER'
  /** A witness or victim identified or recognised the person independently (e.g. a PACE Code D procedure) */
  | 'WITNESS_IDENTIFICATION';

export type CreateCaseInput = {
  /** The force's crime reference, e.g. 62/12345/26 */
  crimeReference: string;
  offenceCategory: OffenceCategory;
};

export type CreateOfficerInput = {
  collarNumber?: string | null | undefined;
  displayName: string;
  overseesForceIds?: Array<string | number> | null | undefined;
  reviewerCertifiedUntil?: string | null | undefined;
  roles: Array<Role>;
  /** The identity provider's subject for this officer */
  subject: string;
};

/** A new search on one of your cases; it starts as a DRAFT */
export type CreateSearchRequestInput = {
  /** More photos of the same unknown person (e.g. other CCTV frames), each sent to POST /uploads like probeUploadId: every image is analysed once (a refusal names it in extensions.probeImageIndex: 0 is the probe, i the i-th of these) and the search compares the mean of their templates. At most 8 images in all (more: TOO_MANY_PROBE_IMAGES); an upload given twice is BAD_USER_INPUT */
  additionalProbeUploadIds?: Array<string | number> | null | undefined;
  caseId: string | number;
  /** Also search records of people not charged or released without further action (needs authorisation) */
  includeNotConvicted?: boolean | null | undefined;
  /** Also search records of people under 18 at capture (needs authorisation) */
  includeUnder18?: boolean | null | undefined;
  /** Why this search is necessary and proportionate (at least 40 characters) */
  justification: string;
  /** Candidate list length (default 20, at most 200) */
  k?: number | null | undefined;
  legalBasis: LegalBasis;
  /** Defaults to the case's */
  offenceCategory?: OffenceCategory | null | undefined;
  /** Other forces' galleries to search, each under an active sharing agreement (needs authorisation) */
  otherGalleryForceIds?: Array<string | number> | null | undefined;
  /** Which face to search with when the photo shows several usable ones: an index from the MULTIPLE_FACES error (every detected face counts, left to right). A single usable face is used without it; an index the photo does not have is BAD_USER_INPUT */
  probeFaceIndex?: number | null | undefined;
  /** Why a probe below your force's expected-hit-rate floor should be searched all the same (at least 20 characters): where the force allows it, an authoriser then decides; ignored for a probe above the floor */
  probeHitRateOverrideReason?: string | null | undefined;
  /** The probe photo base64-encoded, where the service takes base64 images (IMAGES_AS_BASE64), under the same MAX_IMAGE_BYTES (decoded); prefer probeUploadId */
  probeImageBase64?: string | null | undefined;
  /** Where the probe image came from (required: a request without it is BAD_USER_INPUT) */
  probeProvenance: ProbeProvenanceInput;
  /** The probe photo (JPEG, PNG or WebP), sent first to POST /uploads (multipart/form-data, at most MAX_IMAGE_BYTES): the id it answered. Yours only; deleted once the request is created. Give this or probeImageBase64 */
  probeUploadId?: string | number | null | undefined;
  purpose: SearchPurpose;
  /** Cosine similarity threshold of the face model in use; defaults to the force's floor (Force.thresholdFloor), below which an authoriser must approve; never below the model's cosine at 1 false match in 1,000 */
  threshold?: number | null | undefined;
};

export type CreateSharingAgreementInput = {
  /** Reference of the signed agreement */
  reference: string;
  /** The force that may search your gallery */
  searchingForceId: string | number;
  validFrom: string;
  validUntil?: string | null | undefined;
};

export type CustodyImageStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'PENDING_DELETION';

/** A supervisor's decision on a proposed action, with a reason */
export type DecideLeadActionInput = {
  actionId: string | number;
  reason: string;
};

export type DecideModelSwitchInput = {
  /** Why, recorded in the audit log (at least 10 characters) */
  reason: string;
  switchId: string | number;
};

export type DeleteModelTemplatesInput = {
  /** A version the force no longer searches with */
  modelVersion: string;
  /** Why, recorded in the audit log (at least 10 characters) */
  reason: string;
};

export type DeletionRequestStatus =
  | 'GRANTED'
  | 'PENDING'
  | 'REFUSED';

/** What a demographic group is drawn from: the custody record of the person (ethnicity, sex) or of the photo (age band at capture) */
export type DemographicDimension =
  | 'AGE_BAND'
  | 'SELF_DEFINED_ETHNICITY'
  | 'SEX';

/** One enhancement step. Allowed operations and their parameters: CROP (left: whole number 0..4096; top: whole number 0..4096; width: whole number 16..4096; height: whole number 16..4096), ROTATE (angle: number -180..180), MIRROR_UNDO (no parameters), BRIGHTNESS (factor: number 0.5..2), CONTRAST (factor: number 0.5..2), GAMMA (gamma: number 0.4..2.5), GREYSCALE (no parameters), SHARPEN (sigma: number 0.5..3), DENOISE (size: whole number 3..7, odd), UPSCALE (factor: number 1.1..4; kernel: one of linear/cubic/mitchell/lanczos3, default lanczos3). Anything else (generative, compositing, unknown) is refused with ENHANCEMENT_NOT_ALLOWED */
export type EnhancementStepInput = {
  /** The operation, by name (refused with ENHANCEMENT_NOT_ALLOWED when not in the allow-list) */
  operation: string;
  /** Its parameters by name; out of range: ENHANCEMENT_PARAMETER_OUT_OF_RANGE */
  parameters?: unknown;
};

/** One custody photograph and the record it belongs to */
export type EnrolCustodyImageInput = {
  /** e.g. 18-24 */
  ageBand?: string | null | undefined;
  capturedAt: string;
  custodyReference: string;
  /** Which face to enrol when the photo shows several usable ones: an index from the MULTIPLE_FACES error (every detected face counts, left to right). A single usable face is used without it; an index the photo does not have is BAD_USER_INPUT */
  faceIndex?: number | null | undefined;
  /** The photograph base64-encoded, where the service takes base64 images (IMAGES_AS_BASE64), under the same MAX_IMAGE_BYTES (decoded); prefer imageUploadId */
  imageBase64?: string | null | undefined;
  /** The photograph (JPEG, PNG or WebP), sent first to POST /uploads (multipart/form-data, at most MAX_IMAGE_BYTES): the id it answered. Yours only; deleted once enrolled. Give this or imageBase64 */
  imageUploadId?: string | number | null | undefined;
  /** The force's person reference (e.g. a PNC id) */
  personReference: string;
  retentionClass: RetentionClass;
  /** 16+1 self-defined ethnicity code, for outcome monitoring only */
  selfDefinedEthnicity?: string | null | undefined;
  sex?: string | null | undefined;
  under18AtCapture: boolean;
};

/** A chain head kept outside the database, as exportAuditChainHead returned it */
export type ExportedChainHeadInput = {
  /** sha256, 64 lowercase hex characters */
  hash: string;
  seq: number;
};

export type FaceImageKind =
  /** A candidate's custody photo */
  | 'CANDIDATE'
  /** The probe after its recorded enhancement steps: the image the search ran on */
  | 'ENHANCED_PROBE'
  /** The probe as received */
  | 'PROBE'
  /** An additional probe image of the same unknown person (its index in `frame`), as received */
  | 'PROBE_FRAME';

/** Where a face model version stands in a force's gallery */
export type ForceModelVersionState =
  | 'ACTIVE'
  | 'ENROLLING'
  | 'REMOVED'
  | 'RETIRED';

/** The kinds of document in a force's governance register */
export type GovernanceDocumentKind =
  /** Appropriate policy document (DPA 2018 s35, s42) */
  | 'APPROPRIATE_POLICY_DOCUMENT'
  /** Data protection impact assessment (DPA 2018 s64) */
  | 'DPIA'
  /** Equality impact assessment (Equality Act 2010 s149) */
  | 'EQUALITY_IMPACT_ASSESSMENT'
  /** The force's facial recognition policy or SOP: each version is acknowledged by every officer before their next workflow step */
  | 'FACIAL_RECOGNITION_POLICY'
  /** An agreement sharing a gallery with another force */
  | 'SHARING_AGREEMENT';

/** A document held elsewhere: where, and the sha256 of its bytes */
export type GovernanceDocumentReferenceInput = {
  /** The sha256 of the file, 64 hexadecimal characters */
  sha256: string;
  /** A URI (a document management system, an intranet page) */
  uri: string;
};

/** A version is in force only once an officer other than its registrar approves it */
export type GovernanceDocumentVersionStatus =
  | 'APPROVED'
  | 'PENDING_APPROVAL';

export type LeadActionStatus =
  /** Approved by a supervisor who did not propose it: recorded as taken */
  | 'APPROVED'
  /** Awaiting a supervisor's decision */
  | 'PROPOSED'
  /** Turned down by a supervisor, with a reason */
  | 'REJECTED';

/** An action on a confirmed lead: each needs corroboration recorded first and a supervisor's approval */
export type LeadActionType =
  | 'ARREST'
  | 'CHARGE'
  /** A PACE Code D identification procedure */
  | 'IDENTIFICATION_PROCEDURE'
  /** Publishing the person's image or details to ask the public for information */
  | 'PUBLIC_APPEAL';

/** What the investigation found of a confirmed lead */
export type LeadOutcomeResult =
  /** Independent evidence supported the lead: recorded by recordLeadCorroboration (its first record), not by recordLeadOutcome */
  | 'CORROBORATED'
  /** The person the possible match named was eliminated: the result was wrong */
  | 'EXCLUDED';

export type LegalBasis =
  | 'COMMON_LAW_POLICING'
  | 'DPA_2018_S35_STRICTLY_NECESSARY'
  | 'DPA_2018_SCH8_VITAL_INTERESTS'
  | 'PACE_1984';

export type ModelSwitchStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'WITHDRAWN';

export type OffenceCategory =
  | 'BURGLARY'
  | 'CRIMINAL_DAMAGE'
  | 'DRUG_OFFENCES'
  | 'FRAUD'
  | 'MISSING_PERSON'
  | 'OTHER'
  | 'POSSESSION_OF_WEAPONS'
  | 'PUBLIC_ORDER'
  | 'ROBBERY'
  | 'SEXUAL_OFFENCES'
  | 'THEFT'
  | 'VEHICLE_OFFENCES'
  | 'VIOLENCE_AGAINST_THE_PERSON';

export type OfficerAccessProposalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** Police rank, lowest first */
export type OfficerRank =
  | 'ASSISTANT_CHIEF_CONSTABLE'
  | 'CHIEF_CONSTABLE'
  | 'CHIEF_INSPECTOR'
  | 'CHIEF_SUPERINTENDENT'
  | 'CONSTABLE'
  | 'DEPUTY_CHIEF_CONSTABLE'
  | 'INSPECTOR'
  | 'SERGEANT'
  | 'SUPERINTENDENT';

export type OutcomeBasis =
  | 'ADJUDICATED'
  | 'NO_CANDIDATES_ABOVE_THRESHOLD'
  | 'REVIEWERS_AGREED';

/** Where the probe image came from: its chain of custody, shown to authorisers, reviewers, supervisors and oversight and in the disclosure pack */
export type ProbeProvenanceInput = {
  /** The evidence or exhibit reference it is held under (2 to 100 characters) */
  exhibitReference: string;
  /** When the police obtained (seized, received or downloaded) the image: not in the future, not before 1980-01-01 */
  obtainedAt: string;
  /** Who obtained the image: officer or staff member (name, collar number) or organisation (2 to 200 characters) */
  obtainedBy: string;
  /** Where it came from: premises and camera, device, account or the role of the person who gave it (10 to 2000 characters) */
  obtainedFrom: string;
  /** The kind of source in words (3 to 200 characters): required when sourceType is OTHER, refused otherwise */
  otherSourceType?: string | null | undefined;
  sourceType: ProbeSourceType;
};

/** Where a probe image came from */
export type ProbeSourceType =
  /** A police officer's body-worn camera */
  | 'BODY_WORN_VIDEO'
  /** A fixed CCTV camera (public space, shop, transport) */
  | 'CCTV'
  /** A private doorbell camera or vehicle dashcam */
  | 'DOORBELL_OR_DASHCAM'
  /** Anything else, described in words (otherSourceType) */
  | 'OTHER'
  /** A social media post, profile or message */
  | 'SOCIAL_MEDIA'
  /** A witness's or victim's own phone or camera */
  | 'WITNESS_OR_VICTIM_PHONE';

/** An action proposed on a confirmed lead; a supervisor who did not propose it approves it */
export type ProposeLeadActionInput = {
  /** The corroborations it rests on (1 to 50); absent: every one recorded on the lead */
  corroborationIds?: Array<string | number> | null | undefined;
  /** Why the action is proportionate on this lead and its corroboration */
  reason: string;
  requestId: string | number;
  type: LeadActionType;
};

export type ProposeModelSwitchInput = {
  /** The version (or FACE_MODEL name) to switch to */
  modelVersion: string;
  /** Why, recorded in the audit log (at least 10 characters), e.g. the validation on the force's own images */
  reason: string;
};

/** Which retention period made a search request due for purging */
export type PurgeRule =
  /** The period after the request's case was closed */
  | 'CASE_CLOSED'
  /** The period after an outcome of no viable candidate */
  | 'NO_VIABLE_CANDIDATE'
  /** The period after a hold for proceedings ended, the later date */
  | 'PROCEEDINGS_HOLD_ENDED';

/** Independent evidence that corroborates a confirmed lead */
export type RecordLeadCorroborationInput = {
  /** What the evidence shows, found independently of the facial recognition search */
  description: string;
  /** Exhibit, laboratory or statement reference (unique per lead and type) */
  reference: string;
  /** The search request whose confirmed possible match it corroborates */
  requestId: string | number;
  type: CorroborationType;
};

/** A version of a governance document: by documentId (a new version of a registered document), or by kind and title (the document is created if the force has none of that title) */
export type RegisterGovernanceDocumentVersionInput = {
  documentId?: string | number | null | undefined;
  /** In force from (once approved) */
  effectiveFrom: string;
  /** In force until (absent: until a later version supersedes it) */
  effectiveTo?: string | null | undefined;
  /** The PDF itself, base64 (at most 10485760 bytes); or give reference */
  fileBase64?: string | null | undefined;
  /** The file name of the PDF */
  fileName?: string | null | undefined;
  kind?: GovernanceDocumentKind | null | undefined;
  reference?: GovernanceDocumentReferenceInput | null | undefined;
  title?: string | null | undefined;
  /** The version as the document names it, e.g. "2.1" (unique per document) */
  version: string;
};

export type RequestDeletionInput = {
  grounds: string;
  /** Defaults to every active image of the subject's record */
  imageIds?: Array<string | number> | null | undefined;
  /** Who asked: the person, or their representative */
  requestedBy: string;
  subjectId: string | number;
};

export type RetentionClass =
  | 'CHARGED_PENDING'
  | 'CONVICTED'
  | 'NOT_CHARGED'
  | 'NO_FURTHER_ACTION';

export type ReviewStage =
  | 'FIRST'
  | 'SECOND';

/** What happened to a review task */
export type ReviewTaskChange =
  | 'CANCELLED'
  | 'CLAIMED'
  | 'CLAIM_EXPIRED'
  | 'OPENED'
  | 'REASSIGNED'
  | 'RELEASED'
  | 'SUBMITTED';

export type ReviewTaskStatus =
  | 'CANCELLED'
  | 'CLAIMED'
  | 'OPEN'
  | 'SUBMITTED';

/** What an officer may do in twokey */
export type Role =
  | 'ADMIN'
  | 'AUTHORISER'
  | 'GALLERY_MANAGER'
  | 'OVERSIGHT'
  | 'OVERSIGHT_ADMIN'
  | 'REQUESTER'
  | 'REVIEWER'
  | 'SUPERVISOR';

export type SearchOutcome =
  | 'NO_VIABLE_CANDIDATE'
  | 'POSSIBLE_MATCH';

export type SearchPurpose =
  | 'IDENTIFY_DECEASED_OR_INCAPACITATED'
  | 'IDENTIFY_SUSPECT'
  | 'IDENTIFY_VICTIM_OR_WITNESS'
  | 'IDENTIFY_WANTED_PERSON'
  | 'LOCATE_MISSING_PERSON';

export type SearchRequestStatus =
  | 'ADJUDICATED'
  | 'AUTHORISED'
  | 'AWAITING_AUTHORISATION'
  | 'CLOSED'
  | 'CONFIRMED'
  | 'DISPUTED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'FIRST_REVIEW'
  | 'NO_VIABLE_CANDIDATE'
  | 'REFUSED'
  | 'SEARCHING'
  | 'SEARCH_FAILED'
  | 'SECOND_REVIEW'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** One seriousness tier: its offence categories and what their searches need and may do */
export type SeriousnessTierInput = {
  authorisation: TierAuthorisation;
  /** The longest candidate list a search of the tier may ask for (1 to 200) */
  maxCandidates: number;
  /** Distinct within the force (2 to 60 characters) */
  name: string;
  /** Whether not-convicted records may be searched (with authorisation) */
  notConvictedSearchable: boolean;
  /** Every offence category is in exactly one tier */
  offenceCategories: Array<OffenceCategory>;
  /** The tier's threshold floor as a false-match rate: 0.001, 0.0001 or 0.00001 (null: the force's floor) */
  thresholdFloorFalseMatchRate?: number | null | undefined;
  /** Whether records of people under 18 at capture may be searched (with authorisation) */
  under18Searchable: boolean;
};

/** Your force's compliance review sample and due period */
export type SetComplianceReviewSettingsInput = {
  /** Days a queued review has before it is overdue (1 to 365) */
  dueDays: number;
  /** Why the settings change, recorded in the audit log (at least 10 characters) */
  reason: string;
  /** Share of completed searches drawn for review: 0.1 (the floor) to 1 (every one) */
  sampleRate: number;
};

/** An officer's police rank, recorded by a force admin (never one's own) */
export type SetOfficerRankInput = {
  officerId: string | number;
  /** null: no rank (e.g. police staff) */
  rank?: OfficerRank | null | undefined;
  /** Why the rank is recorded or changed, kept in the audit log (at least 10 characters) */
  reason: string;
};

export type SetProbeHitRateGateInput = {
  /** Probes whose expected rank-1 rate is below this are refused (0 to 1; 0 turns the floor off) */
  floor: number;
  /** Whether an authoriser may let a probe below the floor be searched */
  overrideAllowed: boolean;
  /** Why the setting changes, recorded in the audit log (at least 10 characters) */
  reason: string;
};

/** Which governance documents must each have a version in force before the force's searches run */
export type SetRequiredGovernanceDocumentsInput = {
  /** Empty: none required */
  kinds: Array<GovernanceDocumentKind>;
  /** Why the setting changes, recorded in the audit log (at least 10 characters) */
  reason: string;
};

/** How long a force keeps what its searches made from the probe: the probe image and template, any copies derived from it, the candidate list and the review decisions (one period per event; the purge takes all of them at once) */
export type SetRetentionPolicyInput = {
  /** Days kept after the request's case is closed (0 to 3653) */
  afterCaseClosureDays: number;
  /** Days kept after a hold for proceedings is released or reaches its review date (0 to 3653) */
  afterHoldDays: number;
  /** Days kept after an outcome of NO_VIABLE_CANDIDATE (0 to 3653) */
  afterNoViableCandidateDays: number;
  /** Your own force (the default); another force is refused */
  forceId?: string | number | null | undefined;
  /** Why the periods change, recorded in the audit log (at least 10 characters) */
  reason: string;
};

/** Your force's seriousness tiers, the whole configuration at once */
export type SetSeriousnessTiersInput = {
  /** Why the tiers change, recorded in the audit log (at least 10 characters) */
  reason: string;
  tiers: Array<SeriousnessTierInput>;
};

/** Your force's threshold floor, as a false-match rate of the calibration */
export type SetThresholdFloorInput = {
  /** Searches below the face model's cosine at this false-match rate need an authoriser: 0.001, 0.0001 or 0.00001 (the rates every model's calibration measures) */
  falseMatchRate: number;
  /** Why the floor changes, recorded in the audit log (at least 10 characters) */
  reason: string;
};

/** A decision and rationale for every candidate of the task */
export type SubmitReviewInput = {
  decisions: Array<CandidateDecisionInput>;
  /** The task version you worked from */
  expectedVersion?: number | null | undefined;
  taskId: string | number;
};

/** Why a group's figures are withheld */
export type SuppressionReason =
  | 'BELOW_MINIMUM_GROUP_SIZE'
  | 'COMPLEMENTARY';

/** Who must authorise a search of a seriousness tier */
export type TierAuthorisation =
  /** Any authoriser, whatever their rank */
  | 'ANY_AUTHORISER'
  /** An authoriser of at least inspector rank */
  | 'INSPECTOR'
  /** Nobody, for the offence itself (a threshold below the floor, under-18 or not-convicted records or another gallery still need any authoriser) */
  | 'NONE'
  /** An authoriser of at least superintendent rank */
  | 'SUPERINTENDENT';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type CovAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
}>;


export type CovAuditEventsQuery = { auditEvents: { edges: Array<{ node: { seq: number, action: AuditAction, subjectType: string, subjectId: string | null, forceId: string | null, details: unknown, actor: { officerId: string } | null } }> } };

export type CovVerifyQueryVariables = Exact<{ [key: string]: never; }>;


export type CovVerifyQuery = { verifyAuditChain: { ok: boolean, checked: number, lastSeq: number | null } };

export type CovExportHeadMutationVariables = Exact<{ [key: string]: never; }>;


export type CovExportHeadMutation = { exportAuditChainHead: { seq: number } };

export type CovRequestContentQueryVariables = Exact<{
  id: string | number;
}>;


export type CovRequestContentQuery = { searchRequest: { id: string, justification: string | null, candidates: Array<{ id: string, rank: number }> | null }, again: { justification: string | null } };

export type CovRequestStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type CovRequestStatusQuery = { searchRequest: { id: string, status: SearchRequestStatus, candidateCount: number | null } };

export type CovRequestListQueryVariables = Exact<{ [key: string]: never; }>;


export type CovRequestListQuery = { searchRequests: { edges: Array<{ node: { id: string, justification: string | null } }> } };

export type CovMeQueryVariables = Exact<{ [key: string]: never; }>;


export type CovMeQuery = { me: { id: string } };

export type VerifyAgainstAnchorsQueryVariables = Exact<{
  exportedHead?: ExportedChainHeadInput | null | undefined;
}>;


export type VerifyAgainstAnchorsQuery = { verifyAuditChain: { ok: boolean, checked: number, lastSeq: number | null, headHash: string | null, anchorsChecked: number, firstBroken: { seq: number, reason: string } | null, latestAnchor: { seq: number, hash: string, anchoredAt: string } | null, missingTail: { source: string, seq: number, expectedHash: string, foundHash: string | null, reason: string, anchoredAt: string | null } | null } };

export type ExportHeadForAnchorsMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportHeadForAnchorsMutation = { exportAuditChainHead: { seq: number, hash: string } };

export type CreateCaseForAnchorsMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseForAnchorsMutation = { createCase: { id: string } };

export type AuditVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVocabularyQuery = { actions: { kind: __TypeKind, enumValues: Array<{ name: string, description: string | null, isDeprecated: boolean }> | null } | null, kinds: { enumValues: Array<{ name: string, description: string | null }> | null } | null, event: { fields: Array<{ name: string, type: { kind: __TypeKind, name: string | null, ofType: { name: string | null } | null } }> | null } | null };

export type AuditEventKindsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventKindsQuery = { auditEvents: { edges: Array<{ node: { seq: number, action: AuditAction, kind: AuditEventKind } }> } };

export type VocabularyCreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type VocabularyCreateCaseMutation = { createCase: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { displayName: string, roles: Array<Role> } };

export type BlindAvailableTasksSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BlindAvailableTasksSubscription = { availableReviewTasks: { taskId: string, requestId: string, stage: ReviewStage, change: ReviewTaskChange } };

export type CrReviewsQueryVariables = Exact<{
  status?: ComplianceReviewStatus | null | undefined;
  overdue?: boolean | null | undefined;
  searchRequestId?: string | number | null | undefined;
  forceId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type CrReviewsQuery = { complianceReviews: { totalCount: number | null, edges: Array<{ node: { id: string, searchRequestId: string, forceId: string, status: ComplianceReviewStatus, searchStatus: SearchRequestStatus, outcomeRecordedById: string | null, sampled: boolean, sampleRate: number, sampleDraw: number, sampleRule: ComplianceSampleRule, queuedAt: string, dueAt: string | null, overdue: boolean, overdueFlaggedAt: string | null, claimedById: string | null, completedById: string | null, version: number } }> } };

export type CrReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type CrReviewQuery = { complianceReview: { id: string, status: ComplianceReviewStatus, completedById: string | null, completedLate: boolean, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, note: string | null }> } };

export type CrClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type CrClaimMutation = { claimComplianceReview: { id: string, status: ComplianceReviewStatus, claimedById: string | null, version: number } };

export type CrCompleteMutationVariables = Exact<{
  input: CompleteComplianceReviewInput;
}>;


export type CrCompleteMutation = { completeComplianceReview: { id: string, status: ComplianceReviewStatus, completedById: string | null, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, note: string | null }> } };

export type CrSettingsMutationVariables = Exact<{
  input: SetComplianceReviewSettingsInput;
}>;


export type CrSettingsMutation = { setComplianceReviewSettings: { code: string, complianceSampleRate: number, complianceReviewDueDays: number } };

export type CrStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  forceId?: string | number | null | undefined;
}>;


export type CrStatisticsQuery = { oversightStatistics: { totals: Array<{ forceCode: string, requests: number, thresholdOverrides: number, compliance: { completedSearches: number, sampled: number, notSampled: number, awaitingReview: number, reviewed: number, overdue: number, completedLate: number, reviewsWithNotMet: number, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, count: number }> } }> } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { id: string, crimeReference: string, offenceCategory: OffenceCategory, status: CaseStatus, forceId: string } };

export type CaseByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseByIdQuery = { case: { id: string, crimeReference: string } };

export type CasesQueryVariables = Exact<{ [key: string]: never; }>;


export type CasesQuery = { cases: { edges: Array<{ node: { id: string, crimeReference: string, forceId: string } }> } };

export type VerifyChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyChainQuery = { verifyAuditChain: { ok: boolean, checked: number, headHash: string | null, firstBroken: { seq: number } | null } };

export type EnrolMutationVariables = Exact<{
  input: EnrolCustodyImageInput;
}>;


export type EnrolMutation = { enrolCustodyImage: { duplicate: boolean, faceIndex: number | null, image: { id: string, subjectId: string, status: CustodyImageStatus, retentionClass: RetentionClass, reviewDueAt: string }, quality: { faceSizePx: number, acceptable: boolean } | null } };

export type CustodyImagePersonQueryVariables = Exact<{
  id: string | number;
}>;


export type CustodyImagePersonQuery = { custodyImage: { id: string, personReference: string } };

export type RequestDeletionMutationVariables = Exact<{
  input: RequestDeletionInput;
}>;


export type RequestDeletionMutation = { requestCustodyImageDeletion: { id: string, status: DeletionRequestStatus, strongerPresumption: boolean, imageIds: Array<string> } };

export type DecideDeletionMutationVariables = Exact<{
  id: string | number;
  grant: boolean;
  rationale: string;
}>;


export type DecideDeletionMutation = { decideDeletionRequest: { id: string, status: DeletionRequestStatus } };

export type DueForReviewQueryVariables = Exact<{
  before: string;
}>;


export type DueForReviewQuery = { custodyImagesDueForReview: { edges: Array<{ node: { id: string, retentionClass: RetentionClass } }> } };

export type GovRegisterMutationVariables = Exact<{
  input: RegisterGovernanceDocumentVersionInput;
}>;


export type GovRegisterMutation = { registerGovernanceDocumentVersion: { id: string, documentId: string, version: string, status: GovernanceDocumentVersionStatus, sha256: string, byteSize: number | null, referenceUri: string | null, registeredById: string, approvedById: string | null, effectiveFrom: string, effectiveTo: string | null, inForce: boolean } };

export type GovApproveMutationVariables = Exact<{
  versionId: string | number;
  note?: string | null | undefined;
}>;


export type GovApproveMutation = { approveGovernanceDocumentVersion: { id: string, status: GovernanceDocumentVersionStatus, approvedById: string | null, supersedesVersionId: string | null, inForce: boolean } };

export type GovAcknowledgeMutationVariables = Exact<{
  versionId: string | number;
}>;


export type GovAcknowledgeMutation = { acknowledgeGovernanceDocument: { versionId: string, officerId: string, acknowledgedAt: string } };

export type GovDocumentsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type GovDocumentsQuery = { governanceDocuments: Array<{ id: string, kind: GovernanceDocumentKind, title: string, currentVersion: { id: string, version: string } | null, versions: Array<{ id: string, version: string, status: GovernanceDocumentVersionStatus, effectiveFrom: string, effectiveTo: string | null, supersedesVersionId: string | null, inForce: boolean, acknowledgedByMe: boolean }> }> };

export type GovFileQueryVariables = Exact<{
  versionId: string | number;
}>;


export type GovFileQuery = { governanceDocumentFile: { versionId: string, sha256: string, mimeType: string | null, byteSize: number | null, referenceUri: string | null, contentBase64: string | null } };

export type GovPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type GovPendingQuery = { pendingGovernanceAcknowledgements: Array<{ id: string, version: string, documentId: string }> };

export type GovSetRequiredMutationVariables = Exact<{
  input: SetRequiredGovernanceDocumentsInput;
}>;


export type GovSetRequiredMutation = { setRequiredGovernanceDocuments: { id: string, requiredGovernanceDocuments: Array<GovernanceDocumentKind> } };

export type GovSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type GovSnapshotQuery = { searchRequest: { id: string, status: SearchRequestStatus, policySnapshot: { validationRecordId: string | null, governanceDocuments: Array<{ documentId: string, versionId: string, kind: GovernanceDocumentKind, title: string, version: string, sha256: string, effectiveFrom: string }> | null } | null } };

export type GovWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type GovWithdrawMutation = { withdrawSearchRequest: { id: string, status: SearchRequestStatus } };

export type GovSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type GovSubmitMutation = { submitSearchRequest: { id: string, status: SearchRequestStatus } };

export type GovDecideMutationVariables = Exact<{
  id: string | number;
}>;


export type GovDecideMutation = { decideSearchAuthorisation: { id: string, status: SearchRequestStatus } };

export type LaRecordCorroborationMutationVariables = Exact<{
  input: RecordLeadCorroborationInput;
}>;


export type LaRecordCorroborationMutation = { recordLeadCorroboration: { id: string, requestId: string, type: CorroborationType, reference: string, description: string, recordedById: string, recordedAt: string } };

export type LaProposeActionMutationVariables = Exact<{
  input: ProposeLeadActionInput;
}>;


export type LaProposeActionMutation = { proposeLeadAction: { id: string, requestId: string, type: LeadActionType, reason: string, status: LeadActionStatus, corroborationIds: Array<string>, proposedById: string, decidedById: string | null } };

export type LaApproveActionMutationVariables = Exact<{
  input: DecideLeadActionInput;
}>;


export type LaApproveActionMutation = { approveLeadAction: { id: string, status: LeadActionStatus, decidedById: string | null, decidedAt: string | null, decisionReason: string | null, corroborationIds: Array<string> } };

export type LaRejectActionMutationVariables = Exact<{
  input: DecideLeadActionInput;
}>;


export type LaRejectActionMutation = { rejectLeadAction: { id: string, status: LeadActionStatus, decidedById: string | null } };

export type LaRecordOutcomeMutationVariables = Exact<{
  requestId: string | number;
  result: LeadOutcomeResult;
}>;


export type LaRecordOutcomeMutation = { recordLeadOutcome: { id: string, result: LeadOutcomeResult } };

export type LaLeadQueryVariables = Exact<{
  requestId: string | number;
}>;


export type LaLeadQuery = { lead: { requestId: string, outcome: { result: LeadOutcomeResult, corroborationId: string | null, candidateId: string | null, note: string } | null, corroborations: Array<{ id: string, type: CorroborationType, reference: string }>, actions: Array<{ id: string, type: LeadActionType, status: LeadActionStatus, corroborationIds: Array<string>, decidedById: string | null }> } };

export type LaLeadActionsQueryVariables = Exact<{
  status?: LeadActionStatus | null | undefined;
  searchRequestId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LaLeadActionsQuery = { leadActions: { totalCount: number | null, edges: Array<{ node: { id: string, requestId: string, status: LeadActionStatus, type: LeadActionType } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LaStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  forceId?: string | number | null | undefined;
}>;


export type LaStatisticsQuery = { oversightStatistics: { months: Array<{ month: string | null, leadActions: { leadsActedOn: number, taken: number } }>, totals: Array<{ leadsCorroborated: number, leadsExcluded: number, leadActions: { leadsActedOn: number, leadsActedOnWithCorroboration: number, leadsActedOnWithoutCorroboration: number, proposed: number, taken: number, rejected: number, awaitingDecision: number, refusedWithoutCorroboration: number, takenByType: Array<{ category: string, count: number }>, timeFromOutcomeToAction: { count: number, medianSeconds: number | null, p90Seconds: number | null, suppressed: boolean } } }> } };

export type LaDisclosurePackQueryVariables = Exact<{
  id: string | number;
}>;


export type LaDisclosurePackQuery = { disclosurePack: { html: string, lead: { outcome: { result: LeadOutcomeResult, corroborationId: string | null } | null, corroborations: Array<{ id: string, type: CorroborationType, reference: string }>, actions: Array<{ type: LeadActionType, status: LeadActionStatus, corroborationIds: Array<string>, decidedById: string | null }> } } };

export type RecordLeadOutcomeMutationVariables = Exact<{
  requestId: string | number;
  result: LeadOutcomeResult;
  note: string;
}>;


export type RecordLeadOutcomeMutation = { recordLeadOutcome: { id: string, requestId: string, candidateId: string | null, result: LeadOutcomeResult, note: string, recordedById: string, recordedAt: string } };

export type LoRecordCorroborationMutationVariables = Exact<{
  input: RecordLeadCorroborationInput;
}>;


export type LoRecordCorroborationMutation = { recordLeadCorroboration: { id: string } };

export type LeadStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  forceId?: string | number | null | undefined;
}>;


export type LeadStatisticsQuery = { oversightStatistics: { totals: Array<{ requests: number, searchesRun: number, leadsCorroborated: number, leadsExcluded: number, outcomes: { confirmed: number }, reviewerAgreement: { reviewedByBoth: number, agreed: number, candidateDecisionsCompared: number, candidateDecisionsAgreed: number }, timeToOutcome: { count: number } }>, outcomeMonitoring: Array<{ dimension: DemographicDimension, group: string, suppressed: boolean, candidatesReturned: number | null, candidatesConfirmed: number | null, confirmedLaterExcluded: number | null }> } };

export type ListSearchRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListSearchRequestsQuery = { searchRequests: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, forceId: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ListReviewTasksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListReviewTasksQuery = { reviewTasks: { totalCount: number | null, edges: Array<{ node: { id: string, requestId: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListCasesQuery = { cases: { totalCount: number | null, edges: Array<{ node: { id: string, forceId: string, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListForcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListForcesQuery = { forces: { totalCount: number | null, edges: Array<{ node: { id: string, code: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ListQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListQueueQuery = { reviewQueue: { available: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type RequestTrailQueryVariables = Exact<{
  searchRequestId: string | number;
  first?: number | null | undefined;
}>;


export type RequestTrailQuery = { auditEvents: { edges: Array<{ node: { seq: number, action: AuditAction, subjectType: string, subjectId: string | null } }>, pageInfo: { hasNextPage: boolean } } };

export type ListsClaimMutationVariables = Exact<{
  taskId: string | number;
}>;


export type ListsClaimMutation = { claimReviewTask: { id: string } };

export type McCalibrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type McCalibrationsQuery = { modelCalibrations: Array<{ id: string, modelVersion: string, faceModel: string, dataset: string, galleryCount: number, probeCount: number, genuinePairs: number, impostorPairs: number, thresholdAtFar1e3: number, thresholdAtFar1e4: number, thresholdAtFar1e5: number, tarAtFar1e5: number, measuredOn: string, recordedAt: string }> };

export type McForcesQueryVariables = Exact<{ [key: string]: never; }>;


export type McForcesQuery = { forces: { edges: Array<{ node: { code: string, thresholdFloor: number, thresholdFloorFalseMatchRate: number } }> } };

export type McSetFloorMutationVariables = Exact<{
  input: SetThresholdFloorInput;
}>;


export type McSetFloorMutation = { setThresholdFloor: { code: string, thresholdFloor: number, thresholdFloorFalseMatchRate: number } };

export type McRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type McRequestQuery = { searchRequest: { status: SearchRequestStatus, threshold: number | null, thresholdFalseMatchRate: number | null, authorisationReasons: Array<AuthorisationReason> | null, policySnapshot: { threshold: number, thresholdFalseMatchRate: number | null, thresholdFloor: number, thresholdFloorFalseMatchRate: number | null, minimumThreshold: number | null, calibrationId: string | null, calibration: { id: string, modelVersion: string, thresholdAtFar1e3: number, thresholdAtFar1e4: number, thresholdAtFar1e5: number } | null } | null } };

export type MvalValidationsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
  modelVersion?: string | null | undefined;
}>;


export type MvalValidationsQuery = { modelValidations: Array<{ id: string, forceId: string, modelVersion: string, datasetDescription: string, datasetSha256: string, imageCount: number, unusableImages: number, gallerySize: number, matedSearches: number, nonMatedSearches: number, minGroupSize: number, equitableThreshold: number | null, runBy: string, ladder: Array<number>, groups: Array<{ attribute: string, value: string, people: number, matedSearches: number, nonMatedSearches: number, impostorPairs: number, belowMinimumSize: boolean, points: Array<{ threshold: number, falseMatch: { count: number, total: number, rate: number | null, low: number | null, high: number | null }, rankOne: { count: number, total: number } }> }> }> };

export type MvalValidationCsvQueryVariables = Exact<{
  id: string | number;
}>;


export type MvalValidationCsvQuery = { modelValidation: { id: string, csv: string } };

export type MvalStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  forceId?: string | number | null | undefined;
}>;


export type MvalStatisticsQuery = { oversightStatistics: { totals: Array<{ forceCode: string, searchesRun: number, thresholdOverrides: number, searchesBelowEquitableThreshold: number }> } };

export type MvVersionsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type MvVersionsQuery = { forceModelVersions: Array<{ modelVersion: string, faceModel: string | null, state: ForceModelVersionState, dimension: number | null, calibrationRecorded: boolean, validationId: string | null, equitableThreshold: number | null, thresholdFloor: number | null, thresholdFloorFalseMatchRate: number, minimumThreshold: number | null, coverage: { images: number, enrolled: number, failures: number, missing: number } }> };

export type MvActiveVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MvActiveVersionsQuery = { forces: { edges: Array<{ node: { code: string, activeModelVersion: string, thresholdFloor: number, thresholdFloorFalseMatchRate: number } }> } };

export type MvProposeMutationVariables = Exact<{
  input: ProposeModelSwitchInput;
}>;


export type MvProposeMutation = { proposeModelSwitch: { id: string, status: ModelSwitchStatus, fromVersion: string, toVersion: string } };

export type MvApproveMutationVariables = Exact<{
  input: DecideModelSwitchInput;
}>;


export type MvApproveMutation = { approveModelSwitch: { id: string, status: ModelSwitchStatus, fromVersion: string, toVersion: string, decidedById: string | null } };

export type MvDeleteTemplatesMutationVariables = Exact<{
  input: DeleteModelTemplatesInput;
}>;


export type MvDeleteTemplatesMutation = { deleteModelTemplates: { modelVersion: string, state: ForceModelVersionState, coverage: { enrolled: number } } };

export type MvSearchSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type MvSearchSnapshotQuery = { searchRequest: { status: SearchRequestStatus, modelVersion: string | null, threshold: number | null, thresholdFalseMatchRate: number | null, policySnapshot: { modelVersion: string, threshold: number, thresholdFloor: number, thresholdFloorFalseMatchRate: number | null, thresholdFalseMatchRate: number | null, minimumThreshold: number | null, eligibleCount: number, calibration: { modelVersion: string, thresholdAtFar1e4: number } | null } | null } };

export type OaCreateOfficerMutationVariables = Exact<{
  input: CreateOfficerInput;
}>;


export type OaCreateOfficerMutation = { createOfficer: { id: string, forceId: string, roles: Array<Role>, overseesForceIds: Array<string>, reviewerCertifiedUntil: string | null } };

export type OaSetRolesMutationVariables = Exact<{
  officerId: string | number;
  roles: Array<Role> | Role;
  overseesForceIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OaSetRolesMutation = { setOfficerRoles: { id: string, roles: Array<Role>, overseesForceIds: Array<string> } };

export type OaChangeAccessMutationVariables = Exact<{
  input: ChangeOfficerAccessInput;
}>;


export type OaChangeAccessMutation = { changeOfficerAccess: { officer: { id: string, roles: Array<Role>, overseesForceIds: Array<string>, reviewerCertifiedUntil: string | null }, proposal: { id: string, officerId: string, addRoles: Array<Role>, addOverseenForceIds: Array<string>, reviewerCertifiedUntil: string | null, status: OfficerAccessProposalStatus, proposedById: string } | null } };

export type OaApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type OaApproveMutation = { approveOfficerAccessProposal: { id: string, status: OfficerAccessProposalStatus, proposedById: string, decidedById: string | null, decidedAt: string | null } };

export type OaRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type OaRejectMutation = { rejectOfficerAccessProposal: { id: string, status: OfficerAccessProposalStatus, decidedById: string | null, decisionReason: string | null } };

export type OaProposalsQueryVariables = Exact<{
  status?: OfficerAccessProposalStatus | null | undefined;
}>;


export type OaProposalsQuery = { officerAccessProposals: { edges: Array<{ node: { id: string, officerId: string, addRoles: Array<Role>, addOverseenForceIds: Array<string>, status: OfficerAccessProposalStatus, proposedById: string } }> } };

export type OaGrantsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type OaGrantsQuery = { oversightGrants: { edges: Array<{ node: { officerId: string, forceId: string, proposalId: string | null, proposedById: string | null, approvedById: string | null, grantedAt: string, revokedAt: string | null, revokedById: string | null } }> } };

export type OaMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OaMeQuery = { me: { id: string, roles: Array<Role>, overseesForceIds: Array<string> } };

export type OaAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type OaAuditEventsQuery = { auditEvents: { edges: Array<{ node: { action: AuditAction, subjectId: string | null, forceId: string | null, reason: string | null, details: unknown, actor: { officerId: string } | null } }> } };

export type OaCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type OaCasesQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type OversightStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  forceId?: string | number | null | undefined;
}>;


export type OversightStatisticsQuery = { oversightStatistics: { from: string, to: string, minGroupSize: number, forces: Array<{ id: string, code: string }>, months: Array<{ forceId: string, forceCode: string, month: string | null, requests: number, authorisationRequired: number, authorised: number, refused: number, searchesRun: number, searchesIncludingUnder18: number, searchesIncludingNotConvicted: number, thresholdOverrides: number, searchesBelowEquitableThreshold: number, crossForceSearches: number, leadsCorroborated: number, leadsExcluded: number, byPurpose: Array<{ category: string, count: number }>, byOffenceCategory: Array<{ category: string, count: number }>, bySourceType: Array<{ category: string, count: number }>, outcomes: { confirmed: number, noViableCandidate: number, noCandidatesAboveThreshold: number, disputed: number, adjudicatedConfirmed: number, adjudicatedNoViableCandidate: number, awaitingAdjudication: number, withdrawn: number, expired: number, inProgress: number }, reviewerAgreement: { reviewedByBoth: number, agreed: number, rate: number | null, candidateDecisionsCompared: number, candidateDecisionsAgreed: number, candidateDecisionRate: number | null }, timeToOutcome: { count: number, medianSeconds: number | null, p90Seconds: number | null }, leadActions: { leadsActedOn: number, leadsActedOnWithCorroboration: number, leadsActedOnWithoutCorroboration: number, proposed: number, taken: number, rejected: number, awaitingDecision: number, refusedWithoutCorroboration: number, takenByType: Array<{ category: string, count: number }>, timeFromOutcomeToAction: { count: number, medianSeconds: number | null, p90Seconds: number | null, suppressed: boolean } }, deletionRequests: { received: number, granted: number, refused: number, pending: number, timeToDecide: { count: number, medianSeconds: number | null, p90Seconds: number | null } }, retention: { requestsPurged: number, purgedAfterNoViableCandidate: number, purgedAfterCaseClosure: number, purgedAfterHold: number, holdsPlaced: number, holdsRenewed: number, holdsReleased: number, holdsLapsed: number }, compliance: { completedSearches: number, sampled: number, notSampled: number, awaitingReview: number, reviewed: number, overdue: number, completedLate: number, reviewsWithNotMet: number, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, count: number }> } }>, totals: Array<{ forceId: string, forceCode: string, month: string | null, requests: number, authorisationRequired: number, authorised: number, refused: number, searchesRun: number, searchesIncludingUnder18: number, searchesIncludingNotConvicted: number, thresholdOverrides: number, searchesBelowEquitableThreshold: number, crossForceSearches: number, leadsCorroborated: number, leadsExcluded: number, byPurpose: Array<{ category: string, count: number }>, byOffenceCategory: Array<{ category: string, count: number }>, bySourceType: Array<{ category: string, count: number }>, outcomes: { confirmed: number, noViableCandidate: number, noCandidatesAboveThreshold: number, disputed: number, adjudicatedConfirmed: number, adjudicatedNoViableCandidate: number, awaitingAdjudication: number, withdrawn: number, expired: number, inProgress: number }, reviewerAgreement: { reviewedByBoth: number, agreed: number, rate: number | null, candidateDecisionsCompared: number, candidateDecisionsAgreed: number, candidateDecisionRate: number | null }, timeToOutcome: { count: number, medianSeconds: number | null, p90Seconds: number | null }, leadActions: { leadsActedOn: number, leadsActedOnWithCorroboration: number, leadsActedOnWithoutCorroboration: number, proposed: number, taken: number, rejected: number, awaitingDecision: number, refusedWithoutCorroboration: number, takenByType: Array<{ category: string, count: number }>, timeFromOutcomeToAction: { count: number, medianSeconds: number | null, p90Seconds: number | null, suppressed: boolean } }, deletionRequests: { received: number, granted: number, refused: number, pending: number, timeToDecide: { count: number, medianSeconds: number | null, p90Seconds: number | null } }, retention: { requestsPurged: number, purgedAfterNoViableCandidate: number, purgedAfterCaseClosure: number, purgedAfterHold: number, holdsPlaced: number, holdsRenewed: number, holdsReleased: number, holdsLapsed: number }, compliance: { completedSearches: number, sampled: number, notSampled: number, awaitingReview: number, reviewed: number, overdue: number, completedLate: number, reviewsWithNotMet: number, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, count: number }> } }>, outcomeMonitoring: Array<{ forceId: string, dimension: DemographicDimension, group: string, suppressed: boolean, suppressionReason: SuppressionReason | null, people: number | null, candidatesReturned: number | null, candidatesConfirmed: number | null, confirmedLaterExcluded: number | null, confirmedLaterCorroborated: number | null, confirmationRate: number | null, exclusionRate: number | null }> } };

export type ForcePeriodFiguresFragment = { forceId: string, forceCode: string, month: string | null, requests: number, authorisationRequired: number, authorised: number, refused: number, searchesRun: number, searchesIncludingUnder18: number, searchesIncludingNotConvicted: number, thresholdOverrides: number, searchesBelowEquitableThreshold: number, crossForceSearches: number, leadsCorroborated: number, leadsExcluded: number, byPurpose: Array<{ category: string, count: number }>, byOffenceCategory: Array<{ category: string, count: number }>, bySourceType: Array<{ category: string, count: number }>, outcomes: { confirmed: number, noViableCandidate: number, noCandidatesAboveThreshold: number, disputed: number, adjudicatedConfirmed: number, adjudicatedNoViableCandidate: number, awaitingAdjudication: number, withdrawn: number, expired: number, inProgress: number }, reviewerAgreement: { reviewedByBoth: number, agreed: number, rate: number | null, candidateDecisionsCompared: number, candidateDecisionsAgreed: number, candidateDecisionRate: number | null }, timeToOutcome: { count: number, medianSeconds: number | null, p90Seconds: number | null }, leadActions: { leadsActedOn: number, leadsActedOnWithCorroboration: number, leadsActedOnWithoutCorroboration: number, proposed: number, taken: number, rejected: number, awaitingDecision: number, refusedWithoutCorroboration: number, takenByType: Array<{ category: string, count: number }>, timeFromOutcomeToAction: { count: number, medianSeconds: number | null, p90Seconds: number | null, suppressed: boolean } }, deletionRequests: { received: number, granted: number, refused: number, pending: number, timeToDecide: { count: number, medianSeconds: number | null, p90Seconds: number | null } }, retention: { requestsPurged: number, purgedAfterNoViableCandidate: number, purgedAfterCaseClosure: number, purgedAfterHold: number, holdsPlaced: number, holdsRenewed: number, holdsReleased: number, holdsLapsed: number }, compliance: { completedSearches: number, sampled: number, notSampled: number, awaitingReview: number, reviewed: number, overdue: number, completedLate: number, reviewsWithNotMet: number, findings: Array<{ criterion: ComplianceCriterion, result: ComplianceFindingResult, count: number }> } };

export type AuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  order: AuditEventOrder;
}>;


export type AuditEventsQuery = { auditEvents: { edges: Array<{ node: { seq: number, id: string, occurredAt: string, action: AuditAction, subjectType: string, subjectId: string | null, forceId: string | null, reason: string | null, details: unknown, prevHash: string, hash: string, actor: { officerId: string, forceId: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ExportAuditChainHeadMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportAuditChainHeadMutation = { exportAuditChainHead: { seq: number, hash: string, occurredAt: string, exportedAt: string } };

export type VerifyChainRangeQueryVariables = Exact<{
  fromSeq?: number | null | undefined;
}>;


export type VerifyChainRangeQuery = { verifyAuditChain: { ok: boolean, checked: number, headHash: string | null, firstBroken: { seq: number, reason: string } | null } };

export type CreateCaseForOversightMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseForOversightMutation = { createCase: { id: string } };

export type CaseForOversightQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForOversightQuery = { case: { id: string } };

export type PmReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PmReviewQueueQuery = { reviewQueue: { available: { edges: Array<{ node: { id: string } }> } } };

export type PmProbeProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type PmProbeProvenanceQuery = { searchRequest: { id: string, probeProvenance: { sourceType: ProbeSourceType } | null } };

export type PmPacketProvenanceQueryVariables = Exact<{
  taskId: string | number;
}>;


export type PmPacketProvenanceQuery = { reviewPacket: { probeProvenance: { sourceType: ProbeSourceType } | null } };

export type PmPackProvenanceQueryVariables = Exact<{
  id: string | number;
}>;


export type PmPackProvenanceQuery = { disclosurePack: { probe: { provenance: { sourceType: ProbeSourceType } | null } } };

export type PmRegisterDocumentMutationVariables = Exact<{
  input: RegisterGovernanceDocumentVersionInput;
}>;


export type PmRegisterDocumentMutation = { registerGovernanceDocumentVersion: { id: string, documentId: string } };

export type PmApproveDocumentMutationVariables = Exact<{
  versionId: string | number;
}>;


export type PmApproveDocumentMutation = { approveGovernanceDocumentVersion: { id: string } };

export type PmAcknowledgeDocumentMutationVariables = Exact<{
  versionId: string | number;
}>;


export type PmAcknowledgeDocumentMutation = { acknowledgeGovernanceDocument: { versionId: string } };

export type PmGovernanceDocumentsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type PmGovernanceDocumentsQuery = { governanceDocuments: Array<{ id: string }> };

export type PmGovernanceFileQueryVariables = Exact<{
  versionId: string | number;
}>;


export type PmGovernanceFileQuery = { governanceDocumentFile: { sha256: string } };

export type PmPendingAcknowledgementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmPendingAcknowledgementsQuery = { pendingGovernanceAcknowledgements: Array<{ id: string }> };

export type PmSetRequiredDocumentsMutationVariables = Exact<{
  input: SetRequiredGovernanceDocumentsInput;
}>;


export type PmSetRequiredDocumentsMutation = { setRequiredGovernanceDocuments: { id: string } };

export type PmEnhanceMutationVariables = Exact<{
  requestId: string | number;
}>;


export type PmEnhanceMutation = { enhanceProbe: { id: string } };

export type PmProbeEnhancementQueryVariables = Exact<{
  id: string | number;
}>;


export type PmProbeEnhancementQuery = { searchRequest: { id: string, probeEnhancement: { resultSha256: string | null } | null } };

export type PmPacketEnhancedQueryVariables = Exact<{
  taskId: string | number;
}>;


export type PmPacketEnhancedQuery = { reviewPacket: { probeEnhancement: { resultSha256: string | null, enhancedImage: { content: { dataBase64: string } } | null } | null } };

export type PmMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PmMeQuery = { me: { id: string } };

export type PmForcesQueryVariables = Exact<{ [key: string]: never; }>;


export type PmForcesQuery = { forces: { edges: Array<{ node: { id: string } }> } };

export type PmOfficersQueryVariables = Exact<{ [key: string]: never; }>;


export type PmOfficersQuery = { officers: { edges: Array<{ node: { id: string } }> } };

export type PmCreateOfficerMutationVariables = Exact<{
  input: CreateOfficerInput;
}>;


export type PmCreateOfficerMutation = { createOfficer: { id: string } };

export type PmSetRolesMutationVariables = Exact<{
  officerId: string | number;
  roles: Array<Role> | Role;
}>;


export type PmSetRolesMutation = { setOfficerRoles: { id: string } };

export type PmChangeAccessMutationVariables = Exact<{
  input: ChangeOfficerAccessInput;
}>;


export type PmChangeAccessMutation = { changeOfficerAccess: { proposal: { id: string } | null } };

export type PmApproveProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PmApproveProposalMutation = { approveOfficerAccessProposal: { id: string } };

export type PmRejectProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PmRejectProposalMutation = { rejectOfficerAccessProposal: { id: string } };

export type PmProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmProposalsQuery = { officerAccessProposals: { edges: Array<{ node: { id: string } }> } };

export type PmOversightGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmOversightGrantsQuery = { oversightGrants: { edges: Array<{ node: { id: string } }> } };

export type PmSharingAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmSharingAgreementsQuery = { sharingAgreements: { edges: Array<{ node: { id: string } }> } };

export type PmCreateAgreementMutationVariables = Exact<{
  input: CreateSharingAgreementInput;
}>;


export type PmCreateAgreementMutation = { createSharingAgreement: { id: string } };

export type PmComplianceReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmComplianceReviewsQuery = { complianceReviews: { edges: Array<{ node: { id: string } }> } };

export type PmClaimComplianceMutationVariables = Exact<{
  id: string | number;
}>;


export type PmClaimComplianceMutation = { claimComplianceReview: { id: string } };

export type PmCompleteComplianceMutationVariables = Exact<{
  input: CompleteComplianceReviewInput;
}>;


export type PmCompleteComplianceMutation = { completeComplianceReview: { id: string } };

export type PmComplianceSettingsMutationVariables = Exact<{
  input: SetComplianceReviewSettingsInput;
}>;


export type PmComplianceSettingsMutation = { setComplianceReviewSettings: { id: string } };

export type PmOwnForceTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type PmOwnForceTiersQuery = { me: { forceId: string }, forces: { edges: Array<{ node: { id: string, seriousnessTiers: Array<{ name: string, offenceCategories: Array<OffenceCategory>, authorisation: TierAuthorisation, maxCandidates: number, thresholdFloorFalseMatchRate: number | null, under18Searchable: boolean, notConvictedSearchable: boolean }> } }> } };

export type PmSetSeriousnessTiersMutationVariables = Exact<{
  input: SetSeriousnessTiersInput;
}>;


export type PmSetSeriousnessTiersMutation = { setSeriousnessTiers: Array<{ name: string }> };

export type PmSetOfficerRankMutationVariables = Exact<{
  input: SetOfficerRankInput;
}>;


export type PmSetOfficerRankMutation = { setOfficerRank: { id: string } };

export type PmSetThresholdFloorMutationVariables = Exact<{
  input: SetThresholdFloorInput;
}>;


export type PmSetThresholdFloorMutation = { setThresholdFloor: { id: string } };

export type PmRetentionPolicyQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type PmRetentionPolicyQuery = { retentionPolicy: { forceId: string, afterNoViableCandidateDays: number } };

export type PmSetRetentionPolicyMutationVariables = Exact<{
  input: SetRetentionPolicyInput;
}>;


export type PmSetRetentionPolicyMutation = { setRetentionPolicy: { forceId: string } };

export type PmRecordCorroborationMutationVariables = Exact<{
  input: RecordLeadCorroborationInput;
}>;


export type PmRecordCorroborationMutation = { recordLeadCorroboration: { id: string } };

export type PmProposeLeadActionMutationVariables = Exact<{
  input: ProposeLeadActionInput;
}>;


export type PmProposeLeadActionMutation = { proposeLeadAction: { id: string } };

export type PmApproveLeadActionMutationVariables = Exact<{
  input: DecideLeadActionInput;
}>;


export type PmApproveLeadActionMutation = { approveLeadAction: { id: string } };

export type PmRejectLeadActionMutationVariables = Exact<{
  input: DecideLeadActionInput;
}>;


export type PmRejectLeadActionMutation = { rejectLeadAction: { id: string } };

export type PmLeadQueryVariables = Exact<{
  requestId: string | number;
}>;


export type PmLeadQuery = { lead: { requestId: string } };

export type PmLeadActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmLeadActionsQuery = { leadActions: { edges: Array<{ node: { id: string } }> } };

export type PmPlaceHoldMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
  reviewAt: string;
}>;


export type PmPlaceHoldMutation = { placeRetentionHold: { id: string, inForce: boolean } };

export type PmReleaseHoldMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type PmReleaseHoldMutation = { releaseRetentionHold: { id: string, inForce: boolean } };

export type PmCloseCaseMutationVariables = Exact<{
  caseId: string | number;
  reason: string;
}>;


export type PmCloseCaseMutation = { closeCase: { id: string, status: CaseStatus } };

export type PmModelCalibrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmModelCalibrationsQuery = { modelCalibrations: Array<{ id: string }> };

export type PmModelVersionsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type PmModelVersionsQuery = { forceModelVersions: Array<{ modelVersion: string }> };

export type PmModelSwitchesQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type PmModelSwitchesQuery = { modelSwitches: Array<{ id: string }> };

export type PmModelValidationsQueryVariables = Exact<{
  forceId?: string | number | null | undefined;
}>;


export type PmModelValidationsQuery = { modelValidations: Array<{ id: string }> };

export type PmModelValidationQueryVariables = Exact<{
  id: string | number;
}>;


export type PmModelValidationQuery = { modelValidation: { id: string, equitableThreshold: number | null } };

export type PmProposeSwitchMutationVariables = Exact<{
  input: ProposeModelSwitchInput;
}>;


export type PmProposeSwitchMutation = { proposeModelSwitch: { id: string } };

export type PmApproveSwitchMutationVariables = Exact<{
  input: DecideModelSwitchInput;
}>;


export type PmApproveSwitchMutation = { approveModelSwitch: { id: string } };

export type PmWithdrawSwitchMutationVariables = Exact<{
  input: DecideModelSwitchInput;
}>;


export type PmWithdrawSwitchMutation = { withdrawModelSwitch: { id: string } };

export type PmDeleteModelTemplatesMutationVariables = Exact<{
  input: DeleteModelTemplatesInput;
}>;


export type PmDeleteModelTemplatesMutation = { deleteModelTemplates: { state: ForceModelVersionState } };

export type PmSetProbeGateMutationVariables = Exact<{
  input: SetProbeHitRateGateInput;
}>;


export type PmSetProbeGateMutation = { setProbeHitRateGate: { id: string } };

export type PmRevokeAgreementMutationVariables = Exact<{
  id: string | number;
}>;


export type PmRevokeAgreementMutation = { revokeSharingAgreement: { id: string } };

export type PmCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type PmCaseQuery = { case: { id: string } };

export type PmCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type PmCasesQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type PmCreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type PmCreateCaseMutation = { createCase: { id: string } };

export type PmAssignMutationVariables = Exact<{
  caseId: string | number;
  officerId: string | number;
}>;


export type PmAssignMutation = { assignCaseOfficer: { id: string } };

export type PmEnrolMutationVariables = Exact<{
  input: EnrolCustodyImageInput;
}>;


export type PmEnrolMutation = { enrolCustodyImage: { duplicate: boolean } };

export type PmCustodyImageQueryVariables = Exact<{
  id: string | number;
}>;


export type PmCustodyImageQuery = { custodyImage: { id: string } };

export type PmCustodyImagePersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PmCustodyImagePersonQuery = { custodyImage: { id: string, personReference: string } };

export type PmDueQueryVariables = Exact<{
  before: string;
}>;


export type PmDueQuery = { custodyImagesDueForReview: { edges: Array<{ node: { id: string } }> } };

export type PmDeletionRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmDeletionRequestsQuery = { deletionRequests: { edges: Array<{ node: { id: string } }> } };

export type PmRequestDeletionMutationVariables = Exact<{
  input: RequestDeletionInput;
}>;


export type PmRequestDeletionMutation = { requestCustodyImageDeletion: { id: string } };

export type PmDecideDeletionMutationVariables = Exact<{
  id: string | number;
}>;


export type PmDecideDeletionMutation = { decideDeletionRequest: { id: string } };

export type PmVerifyQueryVariables = Exact<{ [key: string]: never; }>;


export type PmVerifyQuery = { verifyAuditChain: { ok: boolean } };

export type PmAuditEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type PmAuditEventsQuery = { auditEvents: { pageInfo: { hasNextPage: boolean } } };

export type PmChainHeadMutationVariables = Exact<{ [key: string]: never; }>;


export type PmChainHeadMutation = { exportAuditChainHead: { seq: number } };

export type EnEnhanceMutationVariables = Exact<{
  requestId: string | number;
  steps: Array<EnhancementStepInput> | EnhancementStepInput;
  expectedVersion?: number | null | undefined;
}>;


export type EnEnhanceMutation = { enhanceProbe: { id: string, status: SearchRequestStatus, version: number, probeQuality: { faceSizePx: number, sharpness: number, acceptable: boolean } | null, probeEnhancement: { originalSha256: string, resultSha256: string | null, width: number | null, height: number | null, steps: Array<{ position: number, operation: string, parameters: unknown, appliedById: string, appliedAt: string, inputSha256: string, outputSha256: string }>, enhancedImage: { kind: FaceImageKind } | null } | null } };

export type EnReadQueryVariables = Exact<{
  id: string | number;
}>;


export type EnReadQuery = { searchRequest: { id: string, version: number, visibleFields: Array<string>, probeEnhancement: { originalSha256: string, resultSha256: string | null, steps: Array<{ position: number, operation: string }>, enhancedImage: { kind: FaceImageKind } | null } | null } };

export type EnPacketQueryVariables = Exact<{
  taskId: string | number;
}>;


export type EnPacketQuery = { reviewPacket: { probe: { kind: FaceImageKind, content: { dataBase64: string, viewId: string } }, probeEnhancement: { originalSha256: string, resultSha256: string | null, steps: Array<{ position: number, operation: string, parameters: unknown }>, enhancedImage: { kind: FaceImageKind, content: { mimeType: string, dataBase64: string, viewId: string } } | null } | null } };

export type EnPackQueryVariables = Exact<{
  id: string | number;
}>;


export type EnPackQuery = { disclosurePack: { html: string, probe: { sha256: string | null, imageBase64: string | null, enhancedImageBase64: string | null, enhancement: { originalSha256: string, resultSha256: string | null, steps: Array<{ position: number, operation: string, parameters: unknown, appliedById: string }> } | null } } };

export type PhrSetGateMutationVariables = Exact<{
  input: SetProbeHitRateGateInput;
}>;


export type PhrSetGateMutation = { setProbeHitRateGate: { id: string, probeHitRateFloor: number, probeHitRateOverrideAllowed: boolean } };

export type PhrCreateSearchMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type PhrCreateSearchMutation = { createSearchRequest: { id: string, status: SearchRequestStatus, authorisationReasons: Array<AuthorisationReason> | null, probeHitRateFloor: number | null, probeHitRateOverrideReason: string | null, probeExpectedHitRate: { rankOne: number, inCandidateList: number, basedOnProbes: number, modelVersion: string } | null } };

export type PhrReadSearchQueryVariables = Exact<{
  id: string | number;
}>;


export type PhrReadSearchQuery = { searchRequest: { id: string, status: SearchRequestStatus, visibleFields: Array<string>, probeHitRateFloor: number | null, probeHitRateOverrideReason: string | null, probeExpectedHitRate: { rankOne: number, inCandidateList: number } | null } };

export type PhrSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type PhrSubmitMutation = { submitSearchRequest: { id: string, status: SearchRequestStatus } };

export type PhrAuthoriseMutationVariables = Exact<{
  id: string | number;
  rationale: string;
}>;


export type PhrAuthoriseMutation = { decideSearchAuthorisation: { id: string, status: SearchRequestStatus } };

export type PvCreateMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type PvCreateMutation = { createSearchRequest: { id: string, status: SearchRequestStatus, probeProvenance: { sourceType: ProbeSourceType, otherSourceType: string | null, obtainedBy: string, obtainedAt: string, obtainedFrom: string, exhibitReference: string } | null } };

export type PvReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PvReadQuery = { searchRequest: { id: string, visibleFields: Array<string>, probeProvenance: { sourceType: ProbeSourceType, otherSourceType: string | null, obtainedBy: string, obtainedAt: string, obtainedFrom: string, exhibitReference: string } | null, purged: { rule: PurgeRule } | null } };

export type PvPacketQueryVariables = Exact<{
  taskId: string | number;
}>;


export type PvPacketQuery = { reviewPacket: { probeProvenance: { sourceType: ProbeSourceType, otherSourceType: string | null, obtainedBy: string, obtainedAt: string, obtainedFrom: string, exhibitReference: string } | null } };

export type PvPackQueryVariables = Exact<{
  id: string | number;
}>;


export type PvPackQuery = { disclosurePack: { html: string, request: { probeProvenance: { sourceType: ProbeSourceType, exhibitReference: string } | null }, probe: { imageBase64: string | null, provenance: { sourceType: ProbeSourceType, otherSourceType: string | null, obtainedBy: string, obtainedAt: string, obtainedFrom: string, exhibitReference: string } | null } } };

export type PvStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PvStatisticsQuery = { oversightStatistics: { months: Array<{ forceCode: string, month: string | null, requests: number, bySourceType: Array<{ category: string, count: number }> }>, totals: Array<{ forceCode: string, requests: number, bySourceType: Array<{ category: string, count: number }> }> } };

export type ReplicaRequestDeletionMutationVariables = Exact<{
  input: RequestDeletionInput;
}>;


export type ReplicaRequestDeletionMutation = { requestCustodyImageDeletion: { id: string } };

export type ReplicaDecideDeletionMutationVariables = Exact<{
  id: string | number;
  grant: boolean;
  rationale: string;
}>;


export type ReplicaDecideDeletionMutation = { decideDeletionRequest: { status: DeletionRequestStatus } };

export type ReplicaOversightStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ReplicaOversightStatisticsQuery = { oversightStatistics: { totals: Array<{ forceCode: string, requests: number }> } };

export type RetPurgedRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type RetPurgedRequestQuery = { searchRequest: { id: string, status: SearchRequestStatus, outcome: { result: SearchOutcome, custodyRecord: { custodyImageId: string } | null } | null, probeImage: { kind: FaceImageKind } | null, candidates: Array<{ id: string }> | null, reviews: Array<{ stage: ReviewStage, decisions: Array<{ candidateId: string }> | null }> | null, purged: { purgedAt: string, rule: PurgeRule, retentionDays: number, probeSha256: string | null, counts: { probeImages: number, probeTemplates: number, candidates: number, reviewDecisions: number } } | null, retentionHold: { inForce: boolean } | null } };

export type RetDisclosurePackQueryVariables = Exact<{
  id: string | number;
}>;


export type RetDisclosurePackQuery = { disclosurePack: { html: string, candidates: Array<{ rank: number }>, probe: { mimeType: string | null, sha256: string | null, imageBase64: string | null, purged: { rule: string } | null } } };

export type RetStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RetStatisticsQuery = { oversightStatistics: { totals: Array<{ forceCode: string, retention: { requestsPurged: number, purgedAfterNoViableCandidate: number, purgedAfterCaseClosure: number, holdsPlaced: number, holdsReleased: number } }> } };

export type RetSetPolicyMutationVariables = Exact<{
  input: SetRetentionPolicyInput;
}>;


export type RetSetPolicyMutation = { setRetentionPolicy: { forceId: string, afterNoViableCandidateDays: number, set: boolean } };

export type RetPlaceHoldMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
  reviewAt: string;
}>;


export type RetPlaceHoldMutation = { placeRetentionHold: { id: string, inForce: boolean, reviewAt: string } };

export type RetRecordLeadMutationVariables = Exact<{
  requestId: string | number;
}>;


export type RetRecordLeadMutation = { recordLeadOutcome: { id: string } };

export type WfCreateSearchRawMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type WfCreateSearchRawMutation = { createSearchRequest: { id: string, status: SearchRequestStatus, threshold: number | null, k: number | null, authorisationRequired: boolean | null, authorisationReasons: Array<AuthorisationReason> | null, probeQuality: { acceptable: boolean, faceSizePx: number } | null } };

export type WfForceFloorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WfForceFloorsQuery = { forces: { edges: Array<{ node: { code: string, thresholdFloor: number, thresholdFloorFalseMatchRate: number } }> } };

export type WfDecideAuthorisationRawMutationVariables = Exact<{
  id: string | number;
  authorise: boolean;
  rationale: string;
}>;


export type WfDecideAuthorisationRawMutation = { decideSearchAuthorisation: { id: string } };

export type TsForceTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type TsForceTiersQuery = { forces: { edges: Array<{ node: { code: string, seriousnessTiers: Array<{ name: string, offenceCategories: Array<OffenceCategory>, authorisation: TierAuthorisation, maxCandidates: number, thresholdFloorFalseMatchRate: number | null, under18Searchable: boolean, notConvictedSearchable: boolean, configured: boolean }> } }> } };

export type TsSetTiersMutationVariables = Exact<{
  input: SetSeriousnessTiersInput;
}>;


export type TsSetTiersMutation = { setSeriousnessTiers: Array<{ name: string, offenceCategories: Array<OffenceCategory>, authorisation: TierAuthorisation, maxCandidates: number, thresholdFloorFalseMatchRate: number | null, under18Searchable: boolean, notConvictedSearchable: boolean, configured: boolean }> };

export type TsSetRankMutationVariables = Exact<{
  input: SetOfficerRankInput;
}>;


export type TsSetRankMutation = { setOfficerRank: { id: string, rank: OfficerRank | null } };

export type TsCreateMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type TsCreateMutation = { createSearchRequest: { id: string, status: SearchRequestStatus, threshold: number | null, k: number | null, authorisationRequired: boolean | null, authorisationReasons: Array<AuthorisationReason> | null, authorisationRank: OfficerRank | null } };

export type TsRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type TsRequestQuery = { searchRequest: { id: string, status: SearchRequestStatus, k: number | null, authorisationRequired: boolean | null, authorisationReasons: Array<AuthorisationReason> | null, authorisationRank: OfficerRank | null, candidateCount: number | null, policySnapshot: { k: number, threshold: number, thresholdFloor: number, thresholdFloorFalseMatchRate: number | null, includeUnder18: boolean, excludedRetentionClasses: Array<string>, eligibleCount: number, seriousnessTier: { name: string, authorisation: TierAuthorisation, maxCandidates: number, thresholdFloorFalseMatchRate: number | null, under18Searchable: boolean, notConvictedSearchable: boolean, configured: boolean } | null } | null } };

export type TsAuthoriseMutationVariables = Exact<{
  id: string | number;
  rationale: string;
}>;


export type TsAuthoriseMutation = { decideSearchAuthorisation: { id: string, status: SearchRequestStatus } };

export type LiveAvailableTasksSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveAvailableTasksSubscription = { availableReviewTasks: { taskId: string, requestId: string, stage: ReviewStage, change: ReviewTaskChange, status: ReviewTaskStatus, version: number, occurredAt: string } };

export type LiveMyTasksSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveMyTasksSubscription = { myReviewTaskChanges: { taskId: string, requestId: string, stage: ReviewStage, change: ReviewTaskChange, status: ReviewTaskStatus, version: number } };

export type LiveMyRequestsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveMyRequestsSubscription = { mySearchRequestChanges: { requestId: string, from: SearchRequestStatus, status: SearchRequestStatus, version: number } };

export type LiveDisputesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveDisputesSubscription = { disputedSearchRequests: { requestId: string, from: SearchRequestStatus, status: SearchRequestStatus } };

export type LiveReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveReviewQueueQuery = { reviewQueue: { asOf: string, available: { edges: Array<{ node: { id: string, requestId: string, stage: ReviewStage, status: ReviewTaskStatus } }> }, held: { edges: Array<{ node: { id: string, status: ReviewTaskStatus } }> }, disputes: { edges: Array<{ node: { id: string, status: SearchRequestStatus } }> } } };

export type LiveSetRolesMutationVariables = Exact<{
  officerId: string | number;
  roles: Array<Role> | Role;
}>;


export type LiveSetRolesMutation = { setOfficerRoles: { id: string, roles: Array<Role> } };

export type LiveReassignMutationVariables = Exact<{
  taskId: string | number;
  reason: string;
}>;


export type LiveReassignMutation = { reassignReviewTask: { id: string, status: ReviewTaskStatus } };

export type TrustedMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TrustedMeQuery = { me: { id: string, displayName: string } };

export type UpCreateSearchMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type UpCreateSearchMutation = { createSearchRequest: { id: string, status: SearchRequestStatus } };

export type UpSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type UpSubmitMutation = { submitSearchRequest: { id: string, status: SearchRequestStatus, candidateCount: number | null } };

export type SupportCreateOfficerMutationVariables = Exact<{
  input: CreateOfficerInput;
}>;


export type SupportCreateOfficerMutation = { createOfficer: { id: string } };

export type SupportPendingProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportPendingProposalsQuery = { officerAccessProposals: { edges: Array<{ node: { id: string, officerId: string } }> } };

export type SupportApproveProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportApproveProposalMutation = { approveOfficerAccessProposal: { id: string } };

export type WfCreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type WfCreateCaseMutation = { createCase: { id: string } };

export type WfAssignOfficerMutationVariables = Exact<{
  caseId: string | number;
  officerId: string | number;
}>;


export type WfAssignOfficerMutation = { assignCaseOfficer: { id: string } };

export type WfEnrolMutationVariables = Exact<{
  input: EnrolCustodyImageInput;
}>;


export type WfEnrolMutation = { enrolCustodyImage: { image: { id: string, subjectId: string } } };

export type WfCreateSearchMutationVariables = Exact<{
  input: CreateSearchRequestInput;
}>;


export type WfCreateSearchMutation = { createSearchRequest: { id: string, status: SearchRequestStatus, version: number, authorisationRequired: boolean | null, authorisationReasons: Array<AuthorisationReason> | null, threshold: number | null, k: number | null, probeQuality: { faceSizePx: number, acceptable: boolean } | null } };

export type WfSubmitSearchMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type WfSubmitSearchMutation = { submitSearchRequest: { id: string, status: SearchRequestStatus, version: number, candidateCount: number | null } };

export type WfDecideAuthorisationMutationVariables = Exact<{
  id: string | number;
  authorise: boolean;
  rationale: string;
  expectedVersion?: number | null | undefined;
}>;


export type WfDecideAuthorisationMutation = { decideSearchAuthorisation: { id: string, status: SearchRequestStatus, version: number, candidateCount: number | null } };

export type WfRunSearchMutationVariables = Exact<{
  id: string | number;
}>;


export type WfRunSearchMutation = { runSearch: { id: string, status: SearchRequestStatus } };

export type WfSearchRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type WfSearchRequestQuery = { searchRequest: { id: string, forceId: string, caseId: string, requesterId: string, status: SearchRequestStatus, version: number, createdAt: string, submittedAt: string | null, searchedAt: string | null, outcomeAt: string | null, endedAt: string | null, expiresAt: string, threshold: number | null, k: number | null, includeUnder18: boolean | null, includeNotConvicted: boolean | null, galleryForceIds: Array<string> | null, authorisationRequired: boolean | null, authorisationReasons: Array<AuthorisationReason> | null, purpose: SearchPurpose | null, legalBasis: LegalBasis | null, justification: string | null, offenceCategory: OffenceCategory | null, crimeReference: string | null, endReason: string | null, modelVersion: string | null, candidateCount: number | null, visibleFields: Array<string>, probeQuality: { faceSizePx: number, sharpness: number, detectorScore: number, acceptable: boolean } | null, authorisation: { decision: AuthorisationDecision, decidedById: string, decidedAt: string, rationale: string } | null, policySnapshot: { forceCodes: Array<string>, modelVersion: string, threshold: number, thresholdFloor: number, thresholdFloorFalseMatchRate: number | null, minimumThreshold: number | null, scoreCalibration: string | null, k: number, includeUnder18: boolean, excludedRetentionClasses: Array<string>, excludedStatuses: Array<string>, eligibleCount: number, takenAt: string, searchMethod: { kind: string, reason: string | null, shortlist: number | null } | null } | null, outcome: { result: SearchOutcome, caveat: string, basis: OutcomeBasis, decidedAt: string, custodyRecord: { custodyImageId: string, custodyReference: string, personReference: string, status: CustodyImageStatus } | null } | null, candidates: Array<{ id: string, rank: number, score: number | null, custodyImageId: string | null, image: { kind: FaceImageKind, candidateId: string | null } | null }> | null, reviews: Array<{ stage: ReviewStage, status: ReviewTaskStatus, reviewerId: string | null, claimedAt: string | null, submittedAt: string | null, decisions: Array<{ rank: number, decision: CandidateDecision, rationale: string }> | null }> | null, adjudication: { adjudicatedById: string, adjudicatedAt: string, result: SearchOutcome, candidateId: string | null, rationale: string } | null, probeImage: { kind: FaceImageKind } | null } };

export type WfSearchRequestsQueryVariables = Exact<{
  status?: SearchRequestStatus | null | undefined;
  caseId?: string | number | null | undefined;
}>;


export type WfSearchRequestsQuery = { searchRequests: { edges: Array<{ node: { id: string, status: SearchRequestStatus, forceId: string } }> } };

export type WfReviewTasksQueryVariables = Exact<{
  requestId?: string | number | null | undefined;
  status?: ReviewTaskStatus | null | undefined;
  stage?: ReviewStage | null | undefined;
}>;


export type WfReviewTasksQuery = { reviewTasks: { edges: Array<{ node: { id: string, requestId: string, stage: ReviewStage, status: ReviewTaskStatus, version: number, claimedById: string | null, claimedAt: string | null, claimExpiresAt: string | null, submittedAt: string | null, decisions: Array<{ rank: number, decision: CandidateDecision, rationale: string }> | null } }> } };

export type WfClaimTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type WfClaimTaskMutation = { claimReviewTask: { id: string, status: ReviewTaskStatus, claimedById: string | null, claimExpiresAt: string | null } };

export type WfReleaseTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type WfReleaseTaskMutation = { releaseReviewTask: { id: string, status: ReviewTaskStatus } };

export type WfReassignTaskMutationVariables = Exact<{
  taskId: string | number;
  reviewerId?: string | number | null | undefined;
  reason: string;
}>;


export type WfReassignTaskMutation = { reassignReviewTask: { id: string, status: ReviewTaskStatus, claimedById: string | null } };

export type WfReviewPacketQueryVariables = Exact<{
  taskId: string | number;
}>;


export type WfReviewPacketQuery = { reviewPacket: { scoresHidden: boolean, task: { id: string, stage: ReviewStage, status: ReviewTaskStatus, version: number, claimExpiresAt: string | null }, probe: { kind: FaceImageKind }, candidates: Array<{ id: string, rank: number, score: number | null, image: { kind: FaceImageKind, candidateId: string | null } }> } };

export type WfReviewPacketImagesQueryVariables = Exact<{
  taskId: string | number;
}>;


export type WfReviewPacketImagesQuery = { reviewPacket: { probe: { content: { mimeType: string, dataBase64: string, viewId: string } }, candidates: Array<{ id: string, rank: number, image: { content: { mimeType: string, dataBase64: string, viewId: string } } }> } };

export type WfSubmitReviewMutationVariables = Exact<{
  input: SubmitReviewInput;
}>;


export type WfSubmitReviewMutation = { submitReview: { id: string, stage: ReviewStage, status: ReviewTaskStatus, submittedAt: string | null, decisions: Array<{ rank: number, decision: CandidateDecision }> | null } };

export type WfRequestImagesQueryVariables = Exact<{
  id: string | number;
}>;


export type WfRequestImagesQuery = { searchRequest: { probeImage: { content: { dataBase64: string } } | null, candidates: Array<{ id: string, rank: number, image: { content: { dataBase64: string } } | null }> | null } };

export type WfAdjudicateMutationVariables = Exact<{
  id: string | number;
  result: SearchOutcome;
  candidateId?: string | number | null | undefined;
  rationale: string;
  expectedVersion?: number | null | undefined;
}>;


export type WfAdjudicateMutation = { adjudicateSearchRequest: { id: string, status: SearchRequestStatus, version: number } };

export type WfCloseMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type WfCloseMutation = { closeSearchRequest: { id: string, status: SearchRequestStatus } };

export type WfWithdrawMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type WfWithdrawMutation = { withdrawSearchRequest: { id: string, status: SearchRequestStatus } };

export type WfDisclosurePackQueryVariables = Exact<{
  id: string | number;
}>;


export type WfDisclosurePackQuery = { disclosurePack: { reference: string, generatedAt: string, forceCode: string, outcomeCandidateRank: number | null, html: string, request: { id: string, status: SearchRequestStatus, justification: string | null, threshold: number | null, k: number | null, modelVersion: string | null, policySnapshot: { eligibleCount: number, forceCodes: Array<string> } | null, authorisation: { decision: AuthorisationDecision, rationale: string } | null, outcome: { result: SearchOutcome, caveat: string } | null, reviews: Array<{ stage: ReviewStage, reviewerId: string | null, decisions: Array<{ rank: number, decision: CandidateDecision, rationale: string }> | null }> | null, adjudication: { result: SearchOutcome, rationale: string } | null }, candidates: Array<{ rank: number, score: number, custodyImageId: string, custodyReference: string | null }>, probe: { mimeType: string | null, sha256: string | null, imageBase64: string | null, hitRateFloor: number | null, hitRateOverrideReason: string | null, quality: { faceSizePx: number }, expectedHitRate: { rankOne: number, inCandidateList: number } | null }, officers: Array<{ id: string, displayName: string }>, auditTrail: Array<{ seq: number, action: string, actorOfficerId: string | null }> } };

export type WfVerifyChainQueryVariables = Exact<{ [key: string]: never; }>;


export type WfVerifyChainQuery = { verifyAuditChain: { ok: boolean, checked: number } };

export const ForcePeriodFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForcePeriodFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForcePeriodStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"byPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOffenceCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySourceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"searchesRun"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"noViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"noCandidatesAboveThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicatedConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicatedNoViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAdjudication"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedByBoth"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsCompared"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchesIncludingUnder18"}},{"kind":"Field","name":{"kind":"Name","value":"searchesIncludingNotConvicted"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"searchesBelowEquitableThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"crossForceSearches"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCorroborated"}},{"kind":"Field","name":{"kind":"Name","value":"leadsExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsActedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"refusedWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"takenByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeFromOutcomeToAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"timeToDecide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPurged"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterNoViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterCaseClosure"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterHold"}},{"kind":"Field","name":{"kind":"Name","value":"holdsPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"holdsRenewed"}},{"kind":"Field","name":{"kind":"Name","value":"holdsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"holdsLapsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"notSampled"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsWithNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ForcePeriodFiguresFragment, unknown>;
export const CovAuditEventsDocument = {"__meta__":{"hash":"sha256:d4a02e05b40c23989a085b446aa27de90c139f2891f6046aed00f8f5b0480ac1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovAuditEventsQuery, CovAuditEventsQueryVariables>;
export const CovVerifyDocument = {"__meta__":{"hash":"sha256:791944df97ba12e74eb8342954baadd2bf2606ca712da90a7628af086f8f8aa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovVerify"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}}]}}]}}]} as unknown as DocumentNode<CovVerifyQuery, CovVerifyQueryVariables>;
export const CovExportHeadDocument = {"__meta__":{"hash":"sha256:2f1571fe8067e1d9086504b6915f0e046f44b11bb92e13aaa003fe5564dfd482"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CovExportHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<CovExportHeadMutation, CovExportHeadMutationVariables>;
export const CovRequestContentDocument = {"__meta__":{"hash":"sha256:5a6e15c6f23dbd4a2c59453ffc272cfaf4fc0789e293a856279e26f5ad4e929e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovRequestContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]} as unknown as DocumentNode<CovRequestContentQuery, CovRequestContentQueryVariables>;
export const CovRequestStatusDocument = {"__meta__":{"hash":"sha256:feb315c7daece9dca77ab6216ffc71936d6661e677d51f84dd29008cc4ab3000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}}]}}]} as unknown as DocumentNode<CovRequestStatusQuery, CovRequestStatusQueryVariables>;
export const CovRequestListDocument = {"__meta__":{"hash":"sha256:e5cb7d39facc56554f09a01179bd18ef9c8147e73f235b834a4df7198d6b653d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovRequestList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CovRequestListQuery, CovRequestListQueryVariables>;
export const CovMeDocument = {"__meta__":{"hash":"sha256:d713522f3bbcef57b891ff36c2246f8e357353652f47e13e8bcc994ffb7f0ce9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CovMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CovMeQuery, CovMeQueryVariables>;
export const VerifyAgainstAnchorsDocument = {"__meta__":{"hash":"sha256:f7259b248f22c666def1c6b4f67700b3fd4a3b100aa56277bdd3b210c42e3373"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAgainstAnchors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exportedHead"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportedChainHeadInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"exportedHead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exportedHead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anchorsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"latestAnchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"anchoredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingTail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHash"}},{"kind":"Field","name":{"kind":"Name","value":"foundHash"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"anchoredAt"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAgainstAnchorsQuery, VerifyAgainstAnchorsQueryVariables>;
export const ExportHeadForAnchorsDocument = {"__meta__":{"hash":"sha256:64798ece45cb2f7445dc78118bf74c07ffefeb536a65f3ed4d6c9e8112792d00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportHeadForAnchors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<ExportHeadForAnchorsMutation, ExportHeadForAnchorsMutationVariables>;
export const CreateCaseForAnchorsDocument = {"__meta__":{"hash":"sha256:fc6023f03583040498c5451d8232e19b7aa39c12cbeed960beb8fc97d85051fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCaseForAnchors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCaseForAnchorsMutation, CreateCaseForAnchorsMutationVariables>;
export const AuditVocabularyDocument = {"__meta__":{"hash":"sha256:d4027ec0f8506c53280ecdeb14882b79a3145e6eb8874d1debe429d9613da7b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"actions"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AuditAction","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDeprecated"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kinds"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AuditEventKind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"event"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"AuditEvent","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditVocabularyQuery, AuditVocabularyQueryVariables>;
export const AuditEventKindsDocument = {"__meta__":{"hash":"sha256:94016cac3c1e9e00c404963ce8f49ec07f6505bfe7d618fe8da37902ac387265"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventKindsQuery, AuditEventKindsQueryVariables>;
export const VocabularyCreateCaseDocument = {"__meta__":{"hash":"sha256:62b88095256199a04cb7c9bbb1bf365d800516de75e8c19bb9998e508f12d47d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VocabularyCreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VocabularyCreateCaseMutation, VocabularyCreateCaseMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:c2ff6d302b59c708c5591f9e9dc4cb2f92d18f4eb903985570806b6864fddf94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const BlindAvailableTasksDocument = {"__meta__":{"hash":"sha256:1fde816dbaafdbd701985bfa9bf883ecc20957dedd9386f1f47d1417ff822e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BlindAvailableTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableReviewTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]} as unknown as DocumentNode<BlindAvailableTasksSubscription, BlindAvailableTasksSubscriptionVariables>;
export const CrReviewsDocument = {"__meta__":{"hash":"sha256:2d05b8f107f4bc1632544dd030b108e9a77ffe2a0532bd3d506c997c6a9524d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceReviewStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"searchRequestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"searchRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"searchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedById"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRate"}},{"kind":"Field","name":{"kind":"Name","value":"sampleDraw"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRule"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFlaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedById"}},{"kind":"Field","name":{"kind":"Name","value":"completedById"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CrReviewsQuery, CrReviewsQueryVariables>;
export const CrReviewDocument = {"__meta__":{"hash":"sha256:c51cdfd927d567d5ec57385ffda0e3612dc356ee75b08392d5a896ffd1f80f00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedById"}},{"kind":"Field","name":{"kind":"Name","value":"completedLate"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CrReviewQuery, CrReviewQueryVariables>;
export const CrClaimDocument = {"__meta__":{"hash":"sha256:ab06cee110c819969fbc184512e89f38f5d6dc8b4c9bbe42391cec71b797ee77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimComplianceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedById"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CrClaimMutation, CrClaimMutationVariables>;
export const CrCompleteDocument = {"__meta__":{"hash":"sha256:91198f58b456757d3acc7b9c9ef5da94b8bcb66e910cf3187f8a55f45798c526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteComplianceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeComplianceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedById"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CrCompleteMutation, CrCompleteMutationVariables>;
export const CrSettingsDocument = {"__meta__":{"hash":"sha256:91cdbff7660d1eb6bfde543062ccb7f9731235a025f56d5c016b66c6c64e9ddf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetComplianceReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setComplianceReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"complianceSampleRate"}},{"kind":"Field","name":{"kind":"Name","value":"complianceReviewDueDays"}}]}}]}}]} as unknown as DocumentNode<CrSettingsMutation, CrSettingsMutationVariables>;
export const CrStatisticsDocument = {"__meta__":{"hash":"sha256:2a20c3eb3b75439bfee704deb9df26fd35cfd7f5fe4eee8c0830f0d6fd423df1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"notSampled"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsWithNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrStatisticsQuery, CrStatisticsQueryVariables>;
export const CreateCaseDocument = {"__meta__":{"hash":"sha256:bf999708729a7ad77be2caddc1618aade811cc1110859b99ae93cff38e852c2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const CaseByIdDocument = {"__meta__":{"hash":"sha256:a89d80a6c2f0b1b7b161626c60131b74e73d57ee0b8c6afdb39d8ac3cdcebf87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}}]}}]}}]} as unknown as DocumentNode<CaseByIdQuery, CaseByIdQueryVariables>;
export const CasesDocument = {"__meta__":{"hash":"sha256:1139067bc31771322e69a1f6d25c1a25da24f86d050f3232160ed1b9ec8b1c0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const VerifyChainDocument = {"__meta__":{"hash":"sha256:9d93a37216f2da25cbda190874f4eae238acd5446c535b87a6374673d816a46b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyChainQuery, VerifyChainQueryVariables>;
export const EnrolDocument = {"__meta__":{"hash":"sha256:c4f08ba5be4702319b607032a5c08dda4b33d6c397cd030be70b6991c49c786b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolCustodyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolCustodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"faceIndex"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}},{"kind":"Field","name":{"kind":"Name","value":"acceptable"}}]}}]}}]}}]} as unknown as DocumentNode<EnrolMutation, EnrolMutationVariables>;
export const CustodyImagePersonDocument = {"__meta__":{"hash":"sha256:c115070c86d3dcc70b553be7ddde90fca5e922908a9b21531388984fede1e92c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustodyImagePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personReference"}}]}}]}}]} as unknown as DocumentNode<CustodyImagePersonQuery, CustodyImagePersonQueryVariables>;
export const RequestDeletionDocument = {"__meta__":{"hash":"sha256:937954557eb1e779ad384d40997d0ae7219807afd40f18f665c116dbcc63c408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCustodyImageDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"strongerPresumption"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}}]}}]} as unknown as DocumentNode<RequestDeletionMutation, RequestDeletionMutationVariables>;
export const DecideDeletionDocument = {"__meta__":{"hash":"sha256:50e869e46d98e2c98daddb1df3a487e59cfdd6c390a1ec1e594ae128f742f867"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideDeletionMutation, DecideDeletionMutationVariables>;
export const DueForReviewDocument = {"__meta__":{"hash":"sha256:26f8ed81641d18fd2ad1a7cbbf4a3116151391d4d8590d6ca4dda1d25af74500"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImagesDueForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retentionClass"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueForReviewQuery, DueForReviewQueryVariables>;
export const GovRegisterDocument = {"__meta__":{"hash":"sha256:a7ba747b8290dc33d1d0441ecaab0b70ffb51b146e59b31fc511e431806e2cce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterGovernanceDocumentVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerGovernanceDocumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUri"}},{"kind":"Field","name":{"kind":"Name","value":"registeredById"}},{"kind":"Field","name":{"kind":"Name","value":"approvedById"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<GovRegisterMutation, GovRegisterMutationVariables>;
export const GovApproveDocument = {"__meta__":{"hash":"sha256:9a14e2cfdcb3b0cd22825723369a7efa5c8e6ca8798922c47bed0af06bb66e89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveGovernanceDocumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedById"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<GovApproveMutation, GovApproveMutationVariables>;
export const GovAcknowledgeDocument = {"__meta__":{"hash":"sha256:ff4c4f3a9891d9444cc20a88a584cba87ca4bfee7e67126228f4d76f05d9ed68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeGovernanceDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<GovAcknowledgeMutation, GovAcknowledgeMutationVariables>;
export const GovDocumentsDocument = {"__meta__":{"hash":"sha256:5bab36f69e0d281233a4e8fb94a5f8a4a38d9e0b35abcd032a706ca79b336b92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByMe"}}]}}]}}]}}]} as unknown as DocumentNode<GovDocumentsQuery, GovDocumentsQueryVariables>;
export const GovFileDocument = {"__meta__":{"hash":"sha256:ae5f2563f03d3c70b1b2e45ce3c6653e2b9fa7217278296cee53c92432df830b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceDocumentFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUri"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<GovFileQuery, GovFileQueryVariables>;
export const GovPendingDocument = {"__meta__":{"hash":"sha256:2a36a819107a240fc987d3cb9550a42d9e22c853bd93d134f33b609b9c641938"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingGovernanceAcknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}}]}}]}}]} as unknown as DocumentNode<GovPendingQuery, GovPendingQueryVariables>;
export const GovSetRequiredDocument = {"__meta__":{"hash":"sha256:301ff8e698573f7bc542375abc5b2da50f434bf6828d10cab8ef303bd4d67f33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovSetRequired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRequiredGovernanceDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequiredGovernanceDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requiredGovernanceDocuments"}}]}}]}}]} as unknown as DocumentNode<GovSetRequiredMutation, GovSetRequiredMutationVariables>;
export const GovSnapshotDocument = {"__meta__":{"hash":"sha256:947a60106c6324190770862934173b1841c0072792a0fc9ef5ff61e353e9f3e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GovSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validationRecordId"}},{"kind":"Field","name":{"kind":"Name","value":"governanceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GovSnapshotQuery, GovSnapshotQueryVariables>;
export const GovWithdrawDocument = {"__meta__":{"hash":"sha256:0e8892fe182f43d807d980baa745198d9cd25af2e22e8bbc2900fb830ca2f104"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"No longer needed: suspect identified by other means.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GovWithdrawMutation, GovWithdrawMutationVariables>;
export const GovSubmitDocument = {"__meta__":{"hash":"sha256:9f9cf67a54cd7bae0a460da63ebe5f2b79c34145ba524e6124eb1188b77ab0ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GovSubmitMutation, GovSubmitMutationVariables>;
export const GovDecideDocument = {"__meta__":{"hash":"sha256:a459a9179908df44cd54adbb9e6b24db6a98ab43c68b2da414411651996f2710"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GovDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSearchAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorise"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"StringValue","value":"Serious offence, no other line of enquiry; proportionate.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GovDecideMutation, GovDecideMutationVariables>;
export const LaRecordCorroborationDocument = {"__meta__":{"hash":"sha256:f9ef7e1548a52e8fc746356a41752e2ba3b628a6ac17212d4ce0564a740bd7d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaRecordCorroboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadCorroborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadCorroboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<LaRecordCorroborationMutation, LaRecordCorroborationMutationVariables>;
export const LaProposeActionDocument = {"__meta__":{"hash":"sha256:4c0b67164ffdbeb4cf1fa4e421e5c7e1ecbff3f945d2bebadacb8ec9de0158fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaProposeAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"proposedById"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}}]}}]}}]} as unknown as DocumentNode<LaProposeActionMutation, LaProposeActionMutationVariables>;
export const LaApproveActionDocument = {"__meta__":{"hash":"sha256:91a80bb2bd3f2ccee3cbde6d1b27b148435926c31b9bfce410693e5167e40770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaApproveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationIds"}}]}}]}}]} as unknown as DocumentNode<LaApproveActionMutation, LaApproveActionMutationVariables>;
export const LaRejectActionDocument = {"__meta__":{"hash":"sha256:c38f3d768fb37901043afff211c68b049b8eb33950093657b167f52fa1316273"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaRejectAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}}]}}]}}]} as unknown as DocumentNode<LaRejectActionMutation, LaRejectActionMutationVariables>;
export const LaRecordOutcomeDocument = {"__meta__":{"hash":"sha256:4975349561cc2f747ee1c39fab387b5733b252416811bf216c64921339c5fb32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOutcomeResult"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"Alibi confirmed: in custody elsewhere.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<LaRecordOutcomeMutation, LaRecordOutcomeMutationVariables>;
export const LaLeadDocument = {"__meta__":{"hash":"sha256:d2735da9de4118561f60a14409bdff10788365066e0d5c4204a592979ef1dc5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corroborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}}]}}]}}]}}]} as unknown as DocumentNode<LaLeadQuery, LaLeadQueryVariables>;
export const LaLeadActionsDocument = {"__meta__":{"hash":"sha256:6994f587108f094512db5c60aa1f05cc1a7dccc56b4ad60e4ef6e95c953612a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaLeadActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadActionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"searchRequestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<LaLeadActionsQuery, LaLeadActionsQueryVariables>;
export const LaStatisticsDocument = {"__meta__":{"hash":"sha256:5b1c85d2c3233a7a540d1909dda916585af046f55d968880afce5525c055e0a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsActedOn"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsCorroborated"}},{"kind":"Field","name":{"kind":"Name","value":"leadsExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsActedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"refusedWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"takenByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeFromOutcomeToAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LaStatisticsQuery, LaStatisticsQueryVariables>;
export const LaDisclosurePackDocument = {"__meta__":{"hash":"sha256:a14a7dec8cb942433664014098a4a999f137e37c8db073cfe8a7cb2f58fd99e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaDisclosurePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corroborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"corroborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<LaDisclosurePackQuery, LaDisclosurePackQueryVariables>;
export const RecordLeadOutcomeDocument = {"__meta__":{"hash":"sha256:34f3dab6e3e7931af7a1adba89b1dc4569be6dfec5f7d416a4f3e7d695981f38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeadOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOutcomeResult"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedById"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordLeadOutcomeMutation, RecordLeadOutcomeMutationVariables>;
export const LoRecordCorroborationDocument = {"__meta__":{"hash":"sha256:2eb87f7a98075ffe8251c59dfcb47ecc8c1a4674843238e0b1e7cb6575300dd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoRecordCorroboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadCorroborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadCorroboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoRecordCorroborationMutation, LoRecordCorroborationMutationVariables>;
export const LeadStatisticsDocument = {"__meta__":{"hash":"sha256:9453dc75dc9a284b7342097c7de371841caea94e905c5f7c20391bbc6f6877c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"searchesRun"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedByBoth"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsCompared"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsAgreed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadsCorroborated"}},{"kind":"Field","name":{"kind":"Name","value":"leadsExcluded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeMonitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesReturned"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedLaterExcluded"}}]}}]}}]}}]} as unknown as DocumentNode<LeadStatisticsQuery, LeadStatisticsQueryVariables>;
export const ListSearchRequestsDocument = {"__meta__":{"hash":"sha256:190e9a534e486bdc0afbd8ace89056fead443fe42c6acf1faaaf830064d5e177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSearchRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListSearchRequestsQuery, ListSearchRequestsQueryVariables>;
export const ListReviewTasksDocument = {"__meta__":{"hash":"sha256:a3ff179e967c2a6671c2836b6018bed0ef8e5670598b081e9288786cd6cfbb50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListReviewTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"EnumValue","value":"FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListReviewTasksQuery, ListReviewTasksQueryVariables>;
export const ListCasesDocument = {"__meta__":{"hash":"sha256:e7d6efe5c8ea55f128274af04a9cd3e890fd3db604e6daccf9677131b6e55920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListCasesQuery, ListCasesQueryVariables>;
export const ListForcesDocument = {"__meta__":{"hash":"sha256:f0409c7b5586a4e1e84fe05c28f6014504c1699059e0740bc359ef00addbb228"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListForces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ListForcesQuery, ListForcesQueryVariables>;
export const ListQueueDocument = {"__meta__":{"hash":"sha256:cc0f8891e9447850785303019586fb5a21831e8fac30ee084be9a5a2d1f49e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListQueueQuery, ListQueueQueryVariables>;
export const RequestTrailDocument = {"__meta__":{"hash":"sha256:64c739b46167d222c81dedb756fdb70d4cacc2b4863c1a3b09742c3a8f0578c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"searchRequestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searchRequestId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<RequestTrailQuery, RequestTrailQueryVariables>;
export const ListsClaimDocument = {"__meta__":{"hash":"sha256:5db9a09bebb812f020764af7b2be970e1ef68b564c176610194b070a4a65421e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListsClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListsClaimMutation, ListsClaimMutationVariables>;
export const McCalibrationsDocument = {"__meta__":{"hash":"sha256:e8a266e6c3f3aaecd5903867ca7b3f454d8668b1fced6994257aa70c79dd4526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McCalibrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelCalibrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"faceModel"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"galleryCount"}},{"kind":"Field","name":{"kind":"Name","value":"probeCount"}},{"kind":"Field","name":{"kind":"Name","value":"genuinePairs"}},{"kind":"Field","name":{"kind":"Name","value":"impostorPairs"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e3"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e4"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e5"}},{"kind":"Field","name":{"kind":"Name","value":"tarAtFar1e5"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<McCalibrationsQuery, McCalibrationsQueryVariables>;
export const McForcesDocument = {"__meta__":{"hash":"sha256:9f933874b6da0d89432e65f288ee899cb0fdc3c2799015c905ef749ae6d3f4d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McForces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<McForcesQuery, McForcesQueryVariables>;
export const McSetFloorDocument = {"__meta__":{"hash":"sha256:5510df8ae8dbae5dac84f5b937c793be9655333d1ffda0d5c7fc0b8052f101a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"McSetFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetThresholdFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setThresholdFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}}]}}]}}]} as unknown as DocumentNode<McSetFloorMutation, McSetFloorMutationVariables>;
export const McRequestDocument = {"__meta__":{"hash":"sha256:e15de02b3811eac256089ec32cf25e5ca68793dd37caaf8c506d1f94a7fff4a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"McRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationId"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e3"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e4"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e5"}}]}}]}}]}}]}}]} as unknown as DocumentNode<McRequestQuery, McRequestQueryVariables>;
export const MvalValidationsDocument = {"__meta__":{"hash":"sha256:1cb3059be0a98be1c31d89b5c77882464090ac301ab1b8715d4555be62d90c8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvalValidations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelValidations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"modelVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"datasetDescription"}},{"kind":"Field","name":{"kind":"Name","value":"datasetSha256"}},{"kind":"Field","name":{"kind":"Name","value":"imageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unusableImages"}},{"kind":"Field","name":{"kind":"Name","value":"gallerySize"}},{"kind":"Field","name":{"kind":"Name","value":"matedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"nonMatedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"equitableThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"runBy"}},{"kind":"Field","name":{"kind":"Name","value":"ladder"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"matedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"nonMatedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"impostorPairs"}},{"kind":"Field","name":{"kind":"Name","value":"belowMinimumSize"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"falseMatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MvalValidationsQuery, MvalValidationsQueryVariables>;
export const MvalValidationCsvDocument = {"__meta__":{"hash":"sha256:3ec69bda3d3a8f81cd3d8b8b1547470cb274741bcfcf45fc41a77cf08e7e4746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvalValidationCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<MvalValidationCsvQuery, MvalValidationCsvQueryVariables>;
export const MvalStatisticsDocument = {"__meta__":{"hash":"sha256:92dd4282a50bcf09abe063462aaa5986c9718f209746282a350d648f1b914332"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"searchesRun"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"searchesBelowEquitableThreshold"}}]}}]}}]}}]} as unknown as DocumentNode<MvalStatisticsQuery, MvalStatisticsQueryVariables>;
export const MvVersionsDocument = {"__meta__":{"hash":"sha256:7eeed8a857d756f3a20a2eda1ff3da7c9ef8af61b248c814b1a6018d131749f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceModelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"faceModel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"calibrationRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"validationId"}},{"kind":"Field","name":{"kind":"Name","value":"equitableThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]}}]} as unknown as DocumentNode<MvVersionsQuery, MvVersionsQueryVariables>;
export const MvActiveVersionsDocument = {"__meta__":{"hash":"sha256:1a412737c0446a863e34c52d1e915a78fe65376719c02cf74b694d9c20610d67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvActiveVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"activeModelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MvActiveVersionsQuery, MvActiveVersionsQueryVariables>;
export const MvProposeDocument = {"__meta__":{"hash":"sha256:83e0c8d9425cdefa4ba5fbcbd47ceb9663adaf2836b7be52fe8a68af7b4dc1e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MvPropose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeModelSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeModelSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}}]}}]}}]} as unknown as DocumentNode<MvProposeMutation, MvProposeMutationVariables>;
export const MvApproveDocument = {"__meta__":{"hash":"sha256:5fc31abc1dcdce4db649c2f63a34b58ec9c69134f0fdc8a9d54ec7278181e3cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MvApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideModelSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveModelSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}}]}}]}}]} as unknown as DocumentNode<MvApproveMutation, MvApproveMutationVariables>;
export const MvDeleteTemplatesDocument = {"__meta__":{"hash":"sha256:31c612f8f41cbb2e92345533d095867d09832df87341d271a2147afce42dcef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MvDeleteTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteModelTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteModelTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}}]}}]}}]} as unknown as DocumentNode<MvDeleteTemplatesMutation, MvDeleteTemplatesMutationVariables>;
export const MvSearchSnapshotDocument = {"__meta__":{"hash":"sha256:aa027bd60a5129e659be49b66dc87b9d0161f926053a61248130043ed69ffcaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MvSearchSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdAtFar1e4"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MvSearchSnapshotQuery, MvSearchSnapshotQueryVariables>;
export const OaCreateOfficerDocument = {"__meta__":{"hash":"sha256:98a3cfd7525e1ba71335c9b63451aefdbbf3fd295f8c3db67ecde666e9b3888c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OaCreateOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"overseesForceIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCertifiedUntil"}}]}}]}}]} as unknown as DocumentNode<OaCreateOfficerMutation, OaCreateOfficerMutationVariables>;
export const OaSetRolesDocument = {"__meta__":{"hash":"sha256:15fca61cac1ed61ac00fbe24330cf726e8e4c940ba439cbcb2c999bbb81f73d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OaSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overseesForceIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficerRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}},{"kind":"Argument","name":{"kind":"Name","value":"overseesForceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overseesForceIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"overseesForceIds"}}]}}]}}]} as unknown as DocumentNode<OaSetRolesMutation, OaSetRolesMutationVariables>;
export const OaChangeAccessDocument = {"__meta__":{"hash":"sha256:4524d48f5cf88d8cb2dd2a88bccc8bc7aa488cc4642864073996823e8f0ea2c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OaChangeAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOfficerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOfficerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"overseesForceIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCertifiedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"addRoles"}},{"kind":"Field","name":{"kind":"Name","value":"addOverseenForceIds"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerCertifiedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedById"}}]}}]}}]}}]} as unknown as DocumentNode<OaChangeAccessMutation, OaChangeAccessMutationVariables>;
export const OaApproveDocument = {"__meta__":{"hash":"sha256:4715f2c7950eb5d955f0c65de2a27a19026b7b82c42ed7f81def8dc42768f64c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OaApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOfficerAccessProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedById"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<OaApproveMutation, OaApproveMutationVariables>;
export const OaRejectDocument = {"__meta__":{"hash":"sha256:8ea96b56ba54c8fe862f5658430bfda54bb6d19db1bc1c8b974acd83f3b6c6e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OaReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOfficerAccessProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<OaRejectMutation, OaRejectMutationVariables>;
export const OaProposalsDocument = {"__meta__":{"hash":"sha256:53da6f5063393ee340e6116596818a873920b396f71d767a40e594f371880b20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OaProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerAccessProposalStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerAccessProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"addRoles"}},{"kind":"Field","name":{"kind":"Name","value":"addOverseenForceIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedById"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OaProposalsQuery, OaProposalsQueryVariables>;
export const OaGrantsDocument = {"__meta__":{"hash":"sha256:5cc287c20c90b7e3f281fdf731f59cc255c7f7f588da2eaa0e291aa5f09b60d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OaGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedById"}},{"kind":"Field","name":{"kind":"Name","value":"approvedById"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedById"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OaGrantsQuery, OaGrantsQueryVariables>;
export const OaMeDocument = {"__meta__":{"hash":"sha256:61fdaa2710c0ec0d144d2b01ba3efb5c0095877608390dba6ea1f87161b49f0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OaMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"overseesForceIds"}}]}}]}}]} as unknown as DocumentNode<OaMeQuery, OaMeQueryVariables>;
export const OaAuditEventsDocument = {"__meta__":{"hash":"sha256:56c43901d556749e6f7ed8571f19a510958353d17875fd4e7626664b39a3f837"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OaAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OaAuditEventsQuery, OaAuditEventsQueryVariables>;
export const OaCasesDocument = {"__meta__":{"hash":"sha256:06981458e03ec92b6d9fa2a1ca9dc088af2f1320451429d14b92e5be2793ae6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OaCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OaCasesQuery, OaCasesQueryVariables>;
export const OversightStatisticsDocument = {"__meta__":{"hash":"sha256:70df657eed58c71e9f6e5de31d22046af58b7b43d42bd96c4413506dffb8d844"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OversightStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"minGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"forces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForcePeriodFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForcePeriodFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeMonitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesReturned"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedLaterExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedLaterCorroborated"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationRate"}},{"kind":"Field","name":{"kind":"Name","value":"exclusionRate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForcePeriodFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForcePeriodStatistics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"byPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOffenceCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySourceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorised"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"searchesRun"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"noViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"noCandidatesAboveThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicatedConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicatedNoViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAdjudication"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedByBoth"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsCompared"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionsAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"candidateDecisionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchesIncludingUnder18"}},{"kind":"Field","name":{"kind":"Name","value":"searchesIncludingNotConvicted"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdOverrides"}},{"kind":"Field","name":{"kind":"Name","value":"searchesBelowEquitableThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"crossForceSearches"}},{"kind":"Field","name":{"kind":"Name","value":"leadsCorroborated"}},{"kind":"Field","name":{"kind":"Name","value":"leadsExcluded"}},{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadsActedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"leadsActedOnWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"refusedWithoutCorroboration"}},{"kind":"Field","name":{"kind":"Name","value":"takenByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeFromOutcomeToAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"timeToDecide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"medianSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPurged"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterNoViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterCaseClosure"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterHold"}},{"kind":"Field","name":{"kind":"Name","value":"holdsPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"holdsRenewed"}},{"kind":"Field","name":{"kind":"Name","value":"holdsReleased"}},{"kind":"Field","name":{"kind":"Name","value":"holdsLapsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedSearches"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"notSampled"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsWithNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<OversightStatisticsQuery, OversightStatisticsQueryVariables>;
export const AuditEventsDocument = {"__meta__":{"hash":"sha256:c6bc4fe1ee1225750de1d43924fb93425b43d1bd2af366e5c37cac5bc534d2cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ExportAuditChainHeadDocument = {"__meta__":{"hash":"sha256:074038194f27567c0200fd20f47dc4cadd40a3eb71f9eb8a04e753c27636fc32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}}]}}]}}]} as unknown as DocumentNode<ExportAuditChainHeadMutation, ExportAuditChainHeadMutationVariables>;
export const VerifyChainRangeDocument = {"__meta__":{"hash":"sha256:2aef5f72dbc1bf067f0e8f0879633a23a58ab045d266cc148e738b8d2c4a7957"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyChainRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyChainRangeQuery, VerifyChainRangeQueryVariables>;
export const CreateCaseForOversightDocument = {"__meta__":{"hash":"sha256:4b2c6b86c60bc0de7fc9597ec19def3261cc6715bbc6794f400a46561d72ec93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCaseForOversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCaseForOversightMutation, CreateCaseForOversightMutationVariables>;
export const CaseForOversightDocument = {"__meta__":{"hash":"sha256:52712adee921de330785aff1c3f1646fe1b9d89c67c4eae17d5d6852a450c14b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForOversight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CaseForOversightQuery, CaseForOversightQueryVariables>;
export const PmReviewQueueDocument = {"__meta__":{"hash":"sha256:b50587e926a9ef712f144eca80effedb37190651db948479952b5047441eaaca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmReviewQueueQuery, PmReviewQueueQueryVariables>;
export const PmProbeProvenanceDocument = {"__meta__":{"hash":"sha256:9af8e37653f1d3e0c67555e05100ea3c177a19d38ab1b4f8134eb05273d4c00f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmProbeProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}}]}}]}}]}}]} as unknown as DocumentNode<PmProbeProvenanceQuery, PmProbeProvenanceQueryVariables>;
export const PmPacketProvenanceDocument = {"__meta__":{"hash":"sha256:38fdac3fac8dd7a7ee51faf1342056e5bdf2af98badb3319a5d272d07375853a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmPacketProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}}]}}]}}]}}]} as unknown as DocumentNode<PmPacketProvenanceQuery, PmPacketProvenanceQueryVariables>;
export const PmPackProvenanceDocument = {"__meta__":{"hash":"sha256:a33635c29c64c4e298c628f3fa147f0d76d323ee7f2a71b204da3ad352b306f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmPackProvenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmPackProvenanceQuery, PmPackProvenanceQueryVariables>;
export const PmRegisterDocumentDocument = {"__meta__":{"hash":"sha256:a511b58b9a73c34b4a6fe99bd0fe666071469028fa8efa8de78d4650e7e33748"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRegisterDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterGovernanceDocumentVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerGovernanceDocumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}}]}}]}}]} as unknown as DocumentNode<PmRegisterDocumentMutation, PmRegisterDocumentMutationVariables>;
export const PmApproveDocumentDocument = {"__meta__":{"hash":"sha256:230f9c388a12130c2d989913792e207de190d52b21098a1cc4185748d20ec27a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmApproveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveGovernanceDocumentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmApproveDocumentMutation, PmApproveDocumentMutationVariables>;
export const PmAcknowledgeDocumentDocument = {"__meta__":{"hash":"sha256:8b832cace4906093af5fdb52d331aa6cbab50552bbb15fe490f2ccf4ddc7eb72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmAcknowledgeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeGovernanceDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionId"}}]}}]}}]} as unknown as DocumentNode<PmAcknowledgeDocumentMutation, PmAcknowledgeDocumentMutationVariables>;
export const PmGovernanceDocumentsDocument = {"__meta__":{"hash":"sha256:adafae1134f87343c8090a3aa3ea2d860b067dcc8243a01f18343692f4010862"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmGovernanceDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmGovernanceDocumentsQuery, PmGovernanceDocumentsQueryVariables>;
export const PmGovernanceFileDocument = {"__meta__":{"hash":"sha256:c62cc1819891ca232107364e9e4c2dad9e584d6a19a2dc50e53c36b9b862cb57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmGovernanceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"governanceDocumentFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]} as unknown as DocumentNode<PmGovernanceFileQuery, PmGovernanceFileQueryVariables>;
export const PmPendingAcknowledgementsDocument = {"__meta__":{"hash":"sha256:d203be7ae1ea063a432371c410835394f0de6ee30241fd5867166de3fe2d92b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmPendingAcknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingGovernanceAcknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmPendingAcknowledgementsQuery, PmPendingAcknowledgementsQueryVariables>;
export const PmSetRequiredDocumentsDocument = {"__meta__":{"hash":"sha256:0257ac6c9ec1857057eecf5fa130c8c66efac8afd2fb67b0d850d515f2667eb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetRequiredDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRequiredGovernanceDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequiredGovernanceDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmSetRequiredDocumentsMutation, PmSetRequiredDocumentsMutationVariables>;
export const PmEnhanceDocument = {"__meta__":{"hash":"sha256:0def25c908955a09005967471fa22c7a757ee945754903e6a9634347e71630c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmEnhance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enhanceProbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"operation"},"value":{"kind":"StringValue","value":"GREYSCALE","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmEnhanceMutation, PmEnhanceMutationVariables>;
export const PmProbeEnhancementDocument = {"__meta__":{"hash":"sha256:8a1bc51dd3a6d09754436994631029207ba5a2e33d285fb9789a34dcd0ae6e20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmProbeEnhancement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"probeEnhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}}]}}]}}]}}]} as unknown as DocumentNode<PmProbeEnhancementQuery, PmProbeEnhancementQueryVariables>;
export const PmPacketEnhancedDocument = {"__meta__":{"hash":"sha256:146d8aec4981e27eb263f2d430a873a395ad92f974eb27b7b125856f51978c3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmPacketEnhanced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeEnhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}},{"kind":"Field","name":{"kind":"Name","value":"enhancedImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmPacketEnhancedQuery, PmPacketEnhancedQueryVariables>;
export const PmMeDocument = {"__meta__":{"hash":"sha256:b4e48522ab8b1cf3ec7750c00ee997dc84145a8f6160e7ee9e09ba5071548ff9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmMeQuery, PmMeQueryVariables>;
export const PmForcesDocument = {"__meta__":{"hash":"sha256:f6c519a1413d0ec1655b5f9c65921f672d0c91b6412c14eaa4d93e4cb36d5de4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmForces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmForcesQuery, PmForcesQueryVariables>;
export const PmOfficersDocument = {"__meta__":{"hash":"sha256:cb0a32a22bc26b536b5773229a36e26c7d58efcd84721e6bfa27d37b4a50e1a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmOfficersQuery, PmOfficersQueryVariables>;
export const PmCreateOfficerDocument = {"__meta__":{"hash":"sha256:4b3489dca9087d166eaf2ef3d37ddb854892e7348218fc0b4e5a06935b3f2f90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmCreateOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCreateOfficerMutation, PmCreateOfficerMutationVariables>;
export const PmSetRolesDocument = {"__meta__":{"hash":"sha256:46e243de7465fe940abe27171bdb08f46198c0bd195a9d974a81d20f3004ebad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficerRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmSetRolesMutation, PmSetRolesMutationVariables>;
export const PmChangeAccessDocument = {"__meta__":{"hash":"sha256:67fe272300595563a1432147eef0b4d276cfab5ecc25e6b9ac4d53cfe7a317cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmChangeAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOfficerAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOfficerAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PmChangeAccessMutation, PmChangeAccessMutationVariables>;
export const PmApproveProposalDocument = {"__meta__":{"hash":"sha256:9431e911b3035fce0147abd0a5558c2f16bba7cb837a9ffe55c8485a2b0216b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOfficerAccessProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmApproveProposalMutation, PmApproveProposalMutationVariables>;
export const PmRejectProposalDocument = {"__meta__":{"hash":"sha256:2b02533f0d34b886f945016983910e847e8f3e94652a6ae4d6e7ad04c2ffee22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOfficerAccessProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Not trained for this role yet.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmRejectProposalMutation, PmRejectProposalMutationVariables>;
export const PmProposalsDocument = {"__meta__":{"hash":"sha256:15e4f5103ba282474af3291d5be8597579974b10d1b2f0fabccb9b646c6b5a65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerAccessProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmProposalsQuery, PmProposalsQueryVariables>;
export const PmOversightGrantsDocument = {"__meta__":{"hash":"sha256:deb7f1e2da0cfb85097a40dba21b2720d54099d886e5a29435161bd582245d71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmOversightGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmOversightGrantsQuery, PmOversightGrantsQueryVariables>;
export const PmSharingAgreementsDocument = {"__meta__":{"hash":"sha256:a6fd6c585497516d99b815eeedebe15626758edc6d6be3df09cdcd9b4bd6937f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmSharingAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmSharingAgreementsQuery, PmSharingAgreementsQueryVariables>;
export const PmCreateAgreementDocument = {"__meta__":{"hash":"sha256:03a2b82a3dde3e7d6352603c93b6d0a38325b73866070a5ba492ef3d718c8bb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmCreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSharingAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSharingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCreateAgreementMutation, PmCreateAgreementMutationVariables>;
export const PmComplianceReviewsDocument = {"__meta__":{"hash":"sha256:dca62aed263b56abe132f8d0cd64625c0f4a8afd1ecba289654b506a857b546b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmComplianceReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmComplianceReviewsQuery, PmComplianceReviewsQueryVariables>;
export const PmClaimComplianceDocument = {"__meta__":{"hash":"sha256:802ab1d488a826fb70f4eab17c8b89999db8e7498ea1e268d63c9a973fc62cac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmClaimCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimComplianceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmClaimComplianceMutation, PmClaimComplianceMutationVariables>;
export const PmCompleteComplianceDocument = {"__meta__":{"hash":"sha256:a7768c76226d821e71e25e07904072b2875be05effb2a26a5e279745873bb835"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmCompleteCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteComplianceReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeComplianceReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCompleteComplianceMutation, PmCompleteComplianceMutationVariables>;
export const PmComplianceSettingsDocument = {"__meta__":{"hash":"sha256:a4c1376de0b5df3b91e3d3557e73a2623c68bc2da2772f3bafa0d07c685ad7c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmComplianceSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetComplianceReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setComplianceReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmComplianceSettingsMutation, PmComplianceSettingsMutationVariables>;
export const PmOwnForceTiersDocument = {"__meta__":{"hash":"sha256:c4a484eb0c82b55dae589cbba864f480f5354ddb9fb5fc043cfb97ae7bedbd40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmOwnForceTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"}},{"kind":"Field","name":{"kind":"Name","value":"maxCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"under18Searchable"}},{"kind":"Field","name":{"kind":"Name","value":"notConvictedSearchable"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmOwnForceTiersQuery, PmOwnForceTiersQueryVariables>;
export const PmSetSeriousnessTiersDocument = {"__meta__":{"hash":"sha256:c8be30935e0be8223170e8b3caebb899566c2ed07c40274f2afe81e8f4bdb150"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetSeriousnessTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSeriousnessTiersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSeriousnessTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PmSetSeriousnessTiersMutation, PmSetSeriousnessTiersMutationVariables>;
export const PmSetOfficerRankDocument = {"__meta__":{"hash":"sha256:6592a7647816752b3d82f353c72d9295611f96e4da8ec3d37e4f0f5d20e1ebc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetOfficerRank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfficerRankInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficerRank"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmSetOfficerRankMutation, PmSetOfficerRankMutationVariables>;
export const PmSetThresholdFloorDocument = {"__meta__":{"hash":"sha256:461cb89774199bb462d7b5a90ea4041053313403d0bc79366d7beed67ab1eaf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetThresholdFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetThresholdFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setThresholdFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmSetThresholdFloorMutation, PmSetThresholdFloorMutationVariables>;
export const PmRetentionPolicyDocument = {"__meta__":{"hash":"sha256:c5d7ae7ab0c50b09f33af22c07c6aa792fe51264c898cce0c30ef76c1907b99f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmRetentionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"afterNoViableCandidateDays"}}]}}]}}]} as unknown as DocumentNode<PmRetentionPolicyQuery, PmRetentionPolicyQueryVariables>;
export const PmSetRetentionPolicyDocument = {"__meta__":{"hash":"sha256:a380e17c43a61d29fe68f844686253788b9c41797d87cb46aa5d36ec952f990e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetRetentionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetentionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetentionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]} as unknown as DocumentNode<PmSetRetentionPolicyMutation, PmSetRetentionPolicyMutationVariables>;
export const PmRecordCorroborationDocument = {"__meta__":{"hash":"sha256:70468e6520d6596204f83694e15bcf750aacf9c2013cc91b05f11ede4548e350"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRecordCorroboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeadCorroborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadCorroboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmRecordCorroborationMutation, PmRecordCorroborationMutationVariables>;
export const PmProposeLeadActionDocument = {"__meta__":{"hash":"sha256:306ce7ebb135fc12125a1280bfb0e45a15aa6e0cb8630411a43c276b90f6b442"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmProposeLeadAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmProposeLeadActionMutation, PmProposeLeadActionMutationVariables>;
export const PmApproveLeadActionDocument = {"__meta__":{"hash":"sha256:006e610b5cfd714adbb3ae31ea64de409efde865cdfe815ad10e2eeac81477ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmApproveLeadAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmApproveLeadActionMutation, PmApproveLeadActionMutationVariables>;
export const PmRejectLeadActionDocument = {"__meta__":{"hash":"sha256:c04d0cb5bcf88e133c57494b4928636114aec8da7ef29fd2fc0c8c81ff18e0d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRejectLeadAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeadActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLeadAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmRejectLeadActionMutation, PmRejectLeadActionMutationVariables>;
export const PmLeadDocument = {"__meta__":{"hash":"sha256:c5443611649e89eb1097aeef48b1da859a78e862e41fc15ab6072348367a9daa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<PmLeadQuery, PmLeadQueryVariables>;
export const PmLeadActionsDocument = {"__meta__":{"hash":"sha256:d7ca5f1514097ecad80ed73d86984953f33ce4535178328b0ce2eb0e15b8dc6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmLeadActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmLeadActionsQuery, PmLeadActionsQueryVariables>;
export const PmPlaceHoldDocument = {"__meta__":{"hash":"sha256:fb5075215abe1e58a11daf48a9c14d44b0815efb6fc8f647101df119e3d55d5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmPlaceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeRetentionHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<PmPlaceHoldMutation, PmPlaceHoldMutationVariables>;
export const PmReleaseHoldDocument = {"__meta__":{"hash":"sha256:15932ad31b85eae8798284b28bdf758d9b9e57a95fda22b3ef1b736b4e443499"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmReleaseHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseRetentionHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]} as unknown as DocumentNode<PmReleaseHoldMutation, PmReleaseHoldMutationVariables>;
export const PmCloseCaseDocument = {"__meta__":{"hash":"sha256:5d9754e4e85536a0b2a4860f1d7d8ad27b8e5a4841a38f661222006107a02708"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmCloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PmCloseCaseMutation, PmCloseCaseMutationVariables>;
export const PmModelCalibrationsDocument = {"__meta__":{"hash":"sha256:15a3f438e0141031a47f39ffa40b5c04a871ccf15c9f0a9df91b9f2c2fb6e5a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmModelCalibrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelCalibrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmModelCalibrationsQuery, PmModelCalibrationsQueryVariables>;
export const PmModelVersionsDocument = {"__meta__":{"hash":"sha256:c15a212e91831879d351662201e632d3afb4e9c07ad4433ec3497ea4e448dada"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmModelVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceModelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]} as unknown as DocumentNode<PmModelVersionsQuery, PmModelVersionsQueryVariables>;
export const PmModelSwitchesDocument = {"__meta__":{"hash":"sha256:06ca06d15e77b2c5ba3b365d8f0eb11f258f4363ca03cf0629e67e2fa7799aba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmModelSwitches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelSwitches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmModelSwitchesQuery, PmModelSwitchesQueryVariables>;
export const PmModelValidationsDocument = {"__meta__":{"hash":"sha256:f22b2be4e28b0abb693eb9e66101897032d0871ad52a6ea5029f563c0601851d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmModelValidations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelValidations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmModelValidationsQuery, PmModelValidationsQueryVariables>;
export const PmModelValidationDocument = {"__meta__":{"hash":"sha256:fa52754e78c8efa87e4cda371d0a99c49c7d0806869061feb93f3aae5670c4a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmModelValidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelValidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"equitableThreshold"}}]}}]}}]} as unknown as DocumentNode<PmModelValidationQuery, PmModelValidationQueryVariables>;
export const PmProposeSwitchDocument = {"__meta__":{"hash":"sha256:fe3c27aafeb6c8755d70af1602b85a4f898c4bf6840285052e6e748e30d5ced2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmProposeSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeModelSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeModelSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmProposeSwitchMutation, PmProposeSwitchMutationVariables>;
export const PmApproveSwitchDocument = {"__meta__":{"hash":"sha256:343e7f4d2efaec5095c2473939d340054a1e8ab46e676b35bdc9e8aeea8334a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmApproveSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideModelSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveModelSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmApproveSwitchMutation, PmApproveSwitchMutationVariables>;
export const PmWithdrawSwitchDocument = {"__meta__":{"hash":"sha256:d0181fe535eba5e963c54cfbfc3e843d3fbde1f057cc582104935324885cbf56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmWithdrawSwitch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideModelSwitchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawModelSwitch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmWithdrawSwitchMutation, PmWithdrawSwitchMutationVariables>;
export const PmDeleteModelTemplatesDocument = {"__meta__":{"hash":"sha256:ed7aba43182e8385bb48ab6ba94a38eef7fe5eecea969324b71ab8e586b037d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmDeleteModelTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteModelTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteModelTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PmDeleteModelTemplatesMutation, PmDeleteModelTemplatesMutationVariables>;
export const PmSetProbeGateDocument = {"__meta__":{"hash":"sha256:f8922c9b3a4111f252764ee8073fa09784b444cb0f01869ecc2ccd6ba3bfde7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmSetProbeGate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProbeHitRateGateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProbeHitRateGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmSetProbeGateMutation, PmSetProbeGateMutationVariables>;
export const PmRevokeAgreementDocument = {"__meta__":{"hash":"sha256:92771e3f4f06b32d58d201176fe949da1a9e998611637efd3dcfb9eafc70809b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRevokeAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSharingAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmRevokeAgreementMutation, PmRevokeAgreementMutationVariables>;
export const PmCaseDocument = {"__meta__":{"hash":"sha256:80d9fee8e32318874f82108d7fa4cf0cb05d1940358b367477e0ee81cad33436"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCaseQuery, PmCaseQueryVariables>;
export const PmCasesDocument = {"__meta__":{"hash":"sha256:355c7187d570759398a9ac826a773fc4f7dde0d695a65e72a9da00af212da8cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmCasesQuery, PmCasesQueryVariables>;
export const PmCreateCaseDocument = {"__meta__":{"hash":"sha256:12ea5b852b0ce3af6ea8d56d47daa4c98e1f124ef6088b91e544e9a0bdabbc55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmCreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCreateCaseMutation, PmCreateCaseMutationVariables>;
export const PmAssignDocument = {"__meta__":{"hash":"sha256:dcc6db68ebd734827733caeba85b9112bb18679530cb937f9a3c5f6f70a45eb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmAssignMutation, PmAssignMutationVariables>;
export const PmEnrolDocument = {"__meta__":{"hash":"sha256:e34bad5add425ff6693fce91ca64c61f49fe324ff3997ab3bdcabdc662aae437"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmEnrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolCustodyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolCustodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicate"}}]}}]}}]} as unknown as DocumentNode<PmEnrolMutation, PmEnrolMutationVariables>;
export const PmCustodyImageDocument = {"__meta__":{"hash":"sha256:a2c15c0d1e1b85d6e8680d8d3b916bf7cd971a75dc7a1f9e777006ebd04871dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmCustodyImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmCustodyImageQuery, PmCustodyImageQueryVariables>;
export const PmCustodyImagePersonDocument = {"__meta__":{"hash":"sha256:045ef92c2c32d69916c248cfd0dd5ba9ea5d41fdb904f5158b47523d0bfcc52a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmCustodyImagePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personReference"}}]}}]}}]} as unknown as DocumentNode<PmCustodyImagePersonQuery, PmCustodyImagePersonQueryVariables>;
export const PmDueDocument = {"__meta__":{"hash":"sha256:8a900ae232e0b4b7a0c8844e59674c46483f4905211978c9bebedf2b13ce8c8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImagesDueForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmDueQuery, PmDueQueryVariables>;
export const PmDeletionRequestsDocument = {"__meta__":{"hash":"sha256:6672ea19b2f8f10e98703c571dab7e68e4b5cb0914e65689d3d37ff815899242"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmDeletionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PmDeletionRequestsQuery, PmDeletionRequestsQueryVariables>;
export const PmRequestDeletionDocument = {"__meta__":{"hash":"sha256:246c45406cbe360dcb4d9fc8a4e3007cedafb341c76b7d06b0aa2497c1cf173b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmRequestDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCustodyImageDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmRequestDeletionMutation, PmRequestDeletionMutationVariables>;
export const PmDecideDeletionDocument = {"__meta__":{"hash":"sha256:d828b6852312d1c7931620dee89973582e0fce32c18c4de68fe6cc8b4a5c38aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmDecideDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"StringValue","value":"Convicted; retention justified.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PmDecideDeletionMutation, PmDecideDeletionMutationVariables>;
export const PmVerifyDocument = {"__meta__":{"hash":"sha256:1090a3752d06a45c50305d429b47c4e936da99b02273f3c9f137d0526b7f6a41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmVerify"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<PmVerifyQuery, PmVerifyQueryVariables>;
export const PmAuditEventsDocument = {"__meta__":{"hash":"sha256:2f33f99f811f633fb94c63888f5722e256dfa20944f8669142c9c55f5380b7c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmAuditEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PmAuditEventsQuery, PmAuditEventsQueryVariables>;
export const PmChainHeadDocument = {"__meta__":{"hash":"sha256:4db10981e8ef99b25f288861c4b55fc370a154971fab5cda352edfe6cc493996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PmChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAuditChainHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<PmChainHeadMutation, PmChainHeadMutationVariables>;
export const EnEnhanceDocument = {"__meta__":{"hash":"sha256:aedf28fcbf6d8e399549ad10d126032cc268d2147ac06e8e6f044679190d74a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnEnhance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"steps"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnhancementStepInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enhanceProbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"Variable","name":{"kind":"Name","value":"steps"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"probeQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}},{"kind":"Field","name":{"kind":"Name","value":"sharpness"}},{"kind":"Field","name":{"kind":"Name","value":"acceptable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeEnhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalSha256"}},{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"appliedById"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enhancedImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnEnhanceMutation, EnEnhanceMutationVariables>;
export const EnReadDocument = {"__meta__":{"hash":"sha256:d6c1c85447d5da4a88b5e442f806466bd516087e4420ab7ed823b6623cba2a76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFields"}},{"kind":"Field","name":{"kind":"Name","value":"probeEnhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalSha256"}},{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enhancedImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnReadQuery, EnReadQueryVariables>;
export const EnPacketDocument = {"__meta__":{"hash":"sha256:fdb33b8c91ae7125053943d378fb04e703b1829bfe0f2db3f4941cd1d985749e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnPacket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}},{"kind":"Field","name":{"kind":"Name","value":"viewId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeEnhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalSha256"}},{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enhancedImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}},{"kind":"Field","name":{"kind":"Name","value":"viewId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnPacketQuery, EnPacketQueryVariables>;
export const EnPackDocument = {"__meta__":{"hash":"sha256:37186174d44f96194f62857f9cb234ee8e8cbbd86fa362ffec1610498610f4c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"imageBase64"}},{"kind":"Field","name":{"kind":"Name","value":"enhancedImageBase64"}},{"kind":"Field","name":{"kind":"Name","value":"enhancement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalSha256"}},{"kind":"Field","name":{"kind":"Name","value":"resultSha256"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"appliedById"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<EnPackQuery, EnPackQueryVariables>;
export const PhrSetGateDocument = {"__meta__":{"hash":"sha256:3d1324173fcdef86f4f8960af6993eb34ce4889372dd416af03ebc2c5374dc70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhrSetGate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProbeHitRateGateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProbeHitRateGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateFloor"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateOverrideAllowed"}}]}}]}}]} as unknown as DocumentNode<PhrSetGateMutation, PhrSetGateMutationVariables>;
export const PhrCreateSearchDocument = {"__meta__":{"hash":"sha256:0cd8ac3710b4ac17e3b7b0e3fddb9dfc65423b5b3c7ae9f0d6b6a4549a894699"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhrCreateSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateFloor"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"probeExpectedHitRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOne"}},{"kind":"Field","name":{"kind":"Name","value":"inCandidateList"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnProbes"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}}]}}]}}]}}]} as unknown as DocumentNode<PhrCreateSearchMutation, PhrCreateSearchMutationVariables>;
export const PhrReadSearchDocument = {"__meta__":{"hash":"sha256:ea07c915624d7236d9a3b358bfe8d98f156cef0293b9ef2272f4512f0d318a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhrReadSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFields"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateFloor"}},{"kind":"Field","name":{"kind":"Name","value":"probeHitRateOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"probeExpectedHitRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOne"}},{"kind":"Field","name":{"kind":"Name","value":"inCandidateList"}}]}}]}}]}}]} as unknown as DocumentNode<PhrReadSearchQuery, PhrReadSearchQueryVariables>;
export const PhrSubmitDocument = {"__meta__":{"hash":"sha256:3567db3d9fc6573c3513b30a5e9da5579d6aa14cb3fa55b348920232ad23a594"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhrSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PhrSubmitMutation, PhrSubmitMutationVariables>;
export const PhrAuthoriseDocument = {"__meta__":{"hash":"sha256:dbde730be475a24ab12d93f17bcb522cac2bf9a30b44a579d0a30d8d988e5bbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhrAuthorise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSearchAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorise"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PhrAuthoriseMutation, PhrAuthoriseMutationVariables>;
export const PvCreateDocument = {"__meta__":{"hash":"sha256:7843474a0ca00e11c98f98916ba7fa18ad5a6b52fe98727627610e6fba4b2295"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PvCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"otherSourceType"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedBy"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitReference"}}]}}]}}]}}]} as unknown as DocumentNode<PvCreateMutation, PvCreateMutationVariables>;
export const PvReadDocument = {"__meta__":{"hash":"sha256:4588ab33deaed271b5fd3f1cf23dde0219250d0df76c9d7a887a7441816be60d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PvRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFields"}},{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"otherSourceType"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedBy"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<PvReadQuery, PvReadQueryVariables>;
export const PvPacketDocument = {"__meta__":{"hash":"sha256:b27fa534484b78a50c5e733b8fdf5ec3638ff23624ad187dad8002807cdf1a62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PvPacket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"otherSourceType"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedBy"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitReference"}}]}}]}}]}}]} as unknown as DocumentNode<PvPacketQuery, PvPacketQueryVariables>;
export const PvPackDocument = {"__meta__":{"hash":"sha256:d98d88720d0d1652cb331b0f3b6acfdbc43b177fd5de0df297d63568655c8426"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PvPack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitReference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBase64"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"otherSourceType"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedBy"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"obtainedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitReference"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<PvPackQuery, PvPackQueryVariables>;
export const PvStatisticsDocument = {"__meta__":{"hash":"sha256:f1166e22bab09d2d392bccbe1cdfe25f357e886939fe13a54e86c7d8bb222f4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PvStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"bySourceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"bySourceType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PvStatisticsQuery, PvStatisticsQueryVariables>;
export const ReplicaRequestDeletionDocument = {"__meta__":{"hash":"sha256:7751ecc612542c34d8e7d154e9fdac7f33a6ef72378b2485076339671d425858"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaRequestDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCustodyImageDeletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplicaRequestDeletionMutation, ReplicaRequestDeletionMutationVariables>;
export const ReplicaDecideDeletionDocument = {"__meta__":{"hash":"sha256:e55a71b32dd6c1ebbb36d831351cf18dc5bf2e96d2cae3cfc76d95bcb837ce7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaDecideDeletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReplicaDecideDeletionMutation, ReplicaDecideDeletionMutationVariables>;
export const ReplicaOversightStatisticsDocument = {"__meta__":{"hash":"sha256:61bfc2b6ce2dc8bf286a105dc058326ceffc443726f46ed2ada9eb99dab949bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaOversightStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}}]}}]} as unknown as DocumentNode<ReplicaOversightStatisticsQuery, ReplicaOversightStatisticsQueryVariables>;
export const RetPurgedRequestDocument = {"__meta__":{"hash":"sha256:508fca13c284038e3d3fccc259886a3d2759e3e064e13481c9d11953a51a7859"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetPurgedRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"custodyRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImageId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"probeSha256"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeImages"}},{"kind":"Field","name":{"kind":"Name","value":"probeTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDecisions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"retentionHold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<RetPurgedRequestQuery, RetPurgedRequestQueryVariables>;
export const RetDisclosurePackDocument = {"__meta__":{"hash":"sha256:d8658c291abf7683d97747e4f4d999011055c6374676095c8bb668211c80b5a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetDisclosurePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"imageBase64"}},{"kind":"Field","name":{"kind":"Name","value":"purged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<RetDisclosurePackQuery, RetDisclosurePackQueryVariables>;
export const RetStatisticsDocument = {"__meta__":{"hash":"sha256:3f54d529dea9c08f5f59dc362718df3a9ad8e2d7f4d5d43a087438dff4159162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oversightStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"retention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPurged"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterNoViableCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"purgedAfterCaseClosure"}},{"kind":"Field","name":{"kind":"Name","value":"holdsPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"holdsReleased"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetStatisticsQuery, RetStatisticsQueryVariables>;
export const RetSetPolicyDocument = {"__meta__":{"hash":"sha256:d760db90fc3241657bedc3fcfe2d8509365e4bcf9f6264875644183bbfa7e05e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRetentionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetentionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"afterNoViableCandidateDays"}},{"kind":"Field","name":{"kind":"Name","value":"set"}}]}}]}}]} as unknown as DocumentNode<RetSetPolicyMutation, RetSetPolicyMutationVariables>;
export const RetPlaceHoldDocument = {"__meta__":{"hash":"sha256:62090ccb670ce985a39c11facff97bd533572add0bd5cfcee19b8756bf831330"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetPlaceHold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeRetentionHold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}}]}}]} as unknown as DocumentNode<RetPlaceHoldMutation, RetPlaceHoldMutationVariables>;
export const RetRecordLeadDocument = {"__meta__":{"hash":"sha256:d40b4dca84ba736c82e7f69879153d1defcd0bd203c6dbbe6b4cf22a4d03a05d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetRecordLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeadOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"EnumValue","value":"CORROBORATED"}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"StringValue","value":"Found by other evidence later.","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetRecordLeadMutation, RetRecordLeadMutationVariables>;
export const WfCreateSearchRawDocument = {"__meta__":{"hash":"sha256:6082732d65b67d4505f88e8cb88dd62feb36121a1d2ec1d839bbd844c55dce39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfCreateSearchRaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"probeQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptable"}},{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}}]}}]}}]}}]} as unknown as DocumentNode<WfCreateSearchRawMutation, WfCreateSearchRawMutationVariables>;
export const WfForceFloorsDocument = {"__meta__":{"hash":"sha256:f80340eb04f1a7953b902c68980d2481e77f199eae1c0802b65f1e25b2d4f043"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfForceFloors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfForceFloorsQuery, WfForceFloorsQueryVariables>;
export const WfDecideAuthorisationRawDocument = {"__meta__":{"hash":"sha256:25672104e16b2ea09cda4b7dfa6207170211f963ba5f95bf8004576503dd0499"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfDecideAuthorisationRaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorise"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSearchAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorise"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WfDecideAuthorisationRawMutation, WfDecideAuthorisationRawMutationVariables>;
export const TsForceTiersDocument = {"__meta__":{"hash":"sha256:49144df40f65ff9af21ab5b4873ffdadcbad39a19af92b27058a7cf35c6e17e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TsForceTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"}},{"kind":"Field","name":{"kind":"Name","value":"maxCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"under18Searchable"}},{"kind":"Field","name":{"kind":"Name","value":"notConvictedSearchable"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TsForceTiersQuery, TsForceTiersQueryVariables>;
export const TsSetTiersDocument = {"__meta__":{"hash":"sha256:75d354fd0eab2a48b49598616f8fee9b844334e25d41dda929cb35c1f1fcc864"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TsSetTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSeriousnessTiersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSeriousnessTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategories"}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"}},{"kind":"Field","name":{"kind":"Name","value":"maxCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"under18Searchable"}},{"kind":"Field","name":{"kind":"Name","value":"notConvictedSearchable"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}}]}}]} as unknown as DocumentNode<TsSetTiersMutation, TsSetTiersMutationVariables>;
export const TsSetRankDocument = {"__meta__":{"hash":"sha256:4ddb10e802c73dd410a67ebe663559ab3a0aa6ac06c79a7358826d2723b2c2c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TsSetRank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfficerRankInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficerRank"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<TsSetRankMutation, TsSetRankMutationVariables>;
export const TsCreateDocument = {"__meta__":{"hash":"sha256:9a1940af03190292106bc9095f334e9f96fe0dc09ceb33205cb9db421d7857a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRank"}}]}}]}}]} as unknown as DocumentNode<TsCreateMutation, TsCreateMutationVariables>;
export const TsRequestDocument = {"__meta__":{"hash":"sha256:6c6d8e0347c3747b53427ce785b630e40b6a86eb92c79b95430bcc101b6a11db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TsRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRank"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"includeUnder18"}},{"kind":"Field","name":{"kind":"Name","value":"excludedRetentionClasses"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"seriousnessTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"}},{"kind":"Field","name":{"kind":"Name","value":"maxCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"under18Searchable"}},{"kind":"Field","name":{"kind":"Name","value":"notConvictedSearchable"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TsRequestQuery, TsRequestQueryVariables>;
export const TsAuthoriseDocument = {"__meta__":{"hash":"sha256:56e5ffb64eff06b12fe936d9de5ebb9a3258df4d6ddac34a1ae61c61618f2d06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TsAuthorise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSearchAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorise"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TsAuthoriseMutation, TsAuthoriseMutationVariables>;
export const LiveAvailableTasksDocument = {"__meta__":{"hash":"sha256:bc682a9679a3cfeafad06c652d0492d83a3a5ff138aea2b7b3eff1fe8e564e38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveAvailableTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableReviewTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LiveAvailableTasksSubscription, LiveAvailableTasksSubscriptionVariables>;
export const LiveMyTasksDocument = {"__meta__":{"hash":"sha256:73a6485251da3f2dacaeda2aaf48255d6305f2a4696feb468b2df322941bb5cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReviewTaskChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveMyTasksSubscription, LiveMyTasksSubscriptionVariables>;
export const LiveMyRequestsDocument = {"__meta__":{"hash":"sha256:78089a464c7763b6808d1f35932cd6ff5efb18490171383d884a67ae68706e93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveMyRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySearchRequestChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveMyRequestsSubscription, LiveMyRequestsSubscriptionVariables>;
export const LiveDisputesDocument = {"__meta__":{"hash":"sha256:e04cf478ca1db5c24098bb9ac6b1f9a3302cd172b1019b1eb06ceeeab85d4f35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveDisputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputedSearchRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveDisputesSubscription, LiveDisputesSubscriptionVariables>;
export const LiveReviewQueueDocument = {"__meta__":{"hash":"sha256:f8df81c9d463b3c2b415c83f4783c4b9118840d33080f42372f83bffe5e7c9a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"held"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<LiveReviewQueueQuery, LiveReviewQueueQueryVariables>;
export const LiveSetRolesDocument = {"__meta__":{"hash":"sha256:b29c89b9c0124d929c5e90b02b1f1b4c9b2d8217c8d36f8a42831553c183e3a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficerRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<LiveSetRolesMutation, LiveSetRolesMutationVariables>;
export const LiveReassignDocument = {"__meta__":{"hash":"sha256:9abb3a512345bfd302e7dfc068f05ec3ba5ab82ca6c27dbda3c292db6099ce5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveReassignMutation, LiveReassignMutationVariables>;
export const TrustedMeDocument = {"__meta__":{"hash":"sha256:1f6134a89310414004e616940ec76496b3624f6de37276b6e163efa9dab4ed57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TrustedMeQuery, TrustedMeQueryVariables>;
export const UpCreateSearchDocument = {"__meta__":{"hash":"sha256:2d14b9f49d1b75b2725f73c8148baf4cb78b5e502da261646534bce3c21cabb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpCreateSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpCreateSearchMutation, UpCreateSearchMutationVariables>;
export const UpSubmitDocument = {"__meta__":{"hash":"sha256:37375fc67b1bca0a377b9b6ade2edcc10e74e101be79aa3f1646e02f2d6783bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}}]}}]} as unknown as DocumentNode<UpSubmitMutation, UpSubmitMutationVariables>;
export const SupportCreateOfficerDocument = {"__meta__":{"hash":"sha256:17ee9ef395fcacc7c5b6a6d099c3cc98d7841a4977b712450845b1c923024e93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportCreateOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupportCreateOfficerMutation, SupportCreateOfficerMutationVariables>;
export const SupportPendingProposalsDocument = {"__meta__":{"hash":"sha256:2b01513927d62d3fe19ed517ada012c9ab6579d5ff860c742e7d5586b6ec38b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPendingProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerAccessProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportPendingProposalsQuery, SupportPendingProposalsQueryVariables>;
export const SupportApproveProposalDocument = {"__meta__":{"hash":"sha256:14f61e6d0ee11a68e085720929eccc33d8914362f3ebf9d08ccbd0e07630260b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOfficerAccessProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupportApproveProposalMutation, SupportApproveProposalMutationVariables>;
export const WfCreateCaseDocument = {"__meta__":{"hash":"sha256:79a3cadfecaa36387c6a01f8c5447bffb2f2818e3e0f0d98252ae2f8c42e0d29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfCreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WfCreateCaseMutation, WfCreateCaseMutationVariables>;
export const WfAssignOfficerDocument = {"__meta__":{"hash":"sha256:437693eaf272d2c2ef36db5037d64b2da0fb971779ee1078afa0b2f2fb796cd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfAssignOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WfAssignOfficerMutation, WfAssignOfficerMutationVariables>;
export const WfEnrolDocument = {"__meta__":{"hash":"sha256:62e60e29e4c16d41f6cbb2ec7c04961505f01beb4a140268610ed10055563f67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfEnrol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolCustodyImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolCustodyImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]} as unknown as DocumentNode<WfEnrolMutation, WfEnrolMutationVariables>;
export const WfCreateSearchDocument = {"__meta__":{"hash":"sha256:cc9034a8672ff31b203005dd352f8e619067e2117192c975336b3b62afcbc1ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfCreateSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSearchRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"probeQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}},{"kind":"Field","name":{"kind":"Name","value":"acceptable"}}]}}]}}]}}]} as unknown as DocumentNode<WfCreateSearchMutation, WfCreateSearchMutationVariables>;
export const WfSubmitSearchDocument = {"__meta__":{"hash":"sha256:20f9adcf3259ca49b306426124d7dbd128540be2a9f59778bcd51918fa93c93c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfSubmitSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}}]}}]} as unknown as DocumentNode<WfSubmitSearchMutation, WfSubmitSearchMutationVariables>;
export const WfDecideAuthorisationDocument = {"__meta__":{"hash":"sha256:ec5479e06745253682125c6d97149268ab9a74f98f904889836e7c2afede9f9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfDecideAuthorisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorise"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSearchAuthorisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"authorise"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorise"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}}]}}]}}]} as unknown as DocumentNode<WfDecideAuthorisationMutation, WfDecideAuthorisationMutationVariables>;
export const WfRunSearchDocument = {"__meta__":{"hash":"sha256:19fb7a52b1955f17986ea0cdd675f43b3d01b2d0e0f0e9016541085f098137ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfRunSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WfRunSearchMutation, WfRunSearchMutationVariables>;
export const WfSearchRequestDocument = {"__meta__":{"hash":"sha256:ad8811c8c5960b8d9307989ecadb82718e83f3934651bc1184551a05eee7f4e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfSearchRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"searchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"includeUnder18"}},{"kind":"Field","name":{"kind":"Name","value":"includeNotConvicted"}},{"kind":"Field","name":{"kind":"Name","value":"galleryForceIds"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"authorisationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"offenceCategory"}},{"kind":"Field","name":{"kind":"Name","value":"crimeReference"}},{"kind":"Field","name":{"kind":"Name","value":"probeQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}},{"kind":"Field","name":{"kind":"Name","value":"sharpness"}},{"kind":"Field","name":{"kind":"Name","value":"detectorScore"}},{"kind":"Field","name":{"kind":"Name","value":"acceptable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedById"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloor"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdFloorFalseMatchRate"}},{"kind":"Field","name":{"kind":"Name","value":"minimumThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"scoreCalibration"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"includeUnder18"}},{"kind":"Field","name":{"kind":"Name","value":"excludedRetentionClasses"}},{"kind":"Field","name":{"kind":"Name","value":"excludedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}},{"kind":"Field","name":{"kind":"Name","value":"searchMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"shortlist"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"custodyRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImageId"}},{"kind":"Field","name":{"kind":"Name","value":"custodyReference"}},{"kind":"Field","name":{"kind":"Name","value":"personReference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"custodyImageId"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjudication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjudicatedById"}},{"kind":"Field","name":{"kind":"Name","value":"adjudicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probeImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visibleFields"}}]}}]}}]} as unknown as DocumentNode<WfSearchRequestQuery, WfSearchRequestQueryVariables>;
export const WfSearchRequestsDocument = {"__meta__":{"hash":"sha256:bbca55c01c7eac885eedee563f609322ec96a3fb313a0e01d5926bfd65e80bb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfSearchRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfSearchRequestsQuery, WfSearchRequestsQueryVariables>;
export const WfReviewTasksDocument = {"__meta__":{"hash":"sha256:b5d5c403816ad751ce5fcdd4d32c0e43312e700d248f9757b4f5c880dc1b1429"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfReviewTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTaskStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimedById"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfReviewTasksQuery, WfReviewTasksQueryVariables>;
export const WfClaimTaskDocument = {"__meta__":{"hash":"sha256:0310488bfae2b05eb794b61867805384e2ffb2cd5dd1782b2b2c56604d640f34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfClaimTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedById"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}}]}}]}}]} as unknown as DocumentNode<WfClaimTaskMutation, WfClaimTaskMutationVariables>;
export const WfReleaseTaskDocument = {"__meta__":{"hash":"sha256:7cb32e72c12acd6ec97bd2bb0ff6606cac6548a0ec6968c8fb0da13bf0fa7bb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfReleaseTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WfReleaseTaskMutation, WfReleaseTaskMutationVariables>;
export const WfReassignTaskDocument = {"__meta__":{"hash":"sha256:205b67b451c273d681bfd290233c105afac5d93f50ea5a49b6774902d5880b6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfReassignTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignReviewTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedById"}}]}}]}}]} as unknown as DocumentNode<WfReassignTaskMutation, WfReassignTaskMutationVariables>;
export const WfReviewPacketDocument = {"__meta__":{"hash":"sha256:e3e8fb254f50bc06d704c84870a6db738af173f2b240e5c0df76eed9febdfef8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfReviewPacket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claimExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoresHidden"}},{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfReviewPacketQuery, WfReviewPacketQueryVariables>;
export const WfReviewPacketImagesDocument = {"__meta__":{"hash":"sha256:0bcdce5e6cb38fafd400ea539dde6ce4c7f0cbb829a5961e5483ad4a987f724f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfReviewPacketImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPacket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}},{"kind":"Field","name":{"kind":"Name","value":"viewId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}},{"kind":"Field","name":{"kind":"Name","value":"viewId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfReviewPacketImagesQuery, WfReviewPacketImagesQueryVariables>;
export const WfSubmitReviewDocument = {"__meta__":{"hash":"sha256:4d35900d258fcdc58c4951129fe3009d5fba77609e8ab8cd43b758aa54a51108"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfSubmitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]}}]} as unknown as DocumentNode<WfSubmitReviewMutation, WfSubmitReviewMutationVariables>;
export const WfRequestImagesDocument = {"__meta__":{"hash":"sha256:dbe5b855caea428681e05180f176d6eea11a70b33749db22d33565782c74a24d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfRequestImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"probeImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataBase64"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WfRequestImagesQuery, WfRequestImagesQueryVariables>;
export const WfAdjudicateDocument = {"__meta__":{"hash":"sha256:1bccff058a47e283383524a1d6c9e9a0be148b4ed980c4e8967cfce502c5ef4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfAdjudicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjudicateSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rationale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rationale"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WfAdjudicateMutation, WfAdjudicateMutationVariables>;
export const WfCloseDocument = {"__meta__":{"hash":"sha256:b5a2096169146165cc899cab1d140377f0a3aedefd2920af96ef6defe6b1869a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WfCloseMutation, WfCloseMutationVariables>;
export const WfWithdrawDocument = {"__meta__":{"hash":"sha256:51afa01319b0678a58958f8e2c24be94286434ec6af28db33fd2e34fd23d3544"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WfWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSearchRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WfWithdrawMutation, WfWithdrawMutationVariables>;
export const WfDisclosurePackDocument = {"__meta__":{"hash":"sha256:9d4c11b940d0b23dcf3b9725f311f67414bb3b3fbf1dd5adfbfde6883115d1ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfDisclosurePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosurePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"forceCode"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeCandidateRank"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policySnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"forceCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"caveat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjudication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"custodyImageId"}},{"kind":"Field","name":{"kind":"Name","value":"custodyReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"probe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"imageBase64"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faceSizePx"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedHitRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankOne"}},{"kind":"Field","name":{"kind":"Name","value":"inCandidateList"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hitRateFloor"}},{"kind":"Field","name":{"kind":"Name","value":"hitRateOverrideReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorOfficerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<WfDisclosurePackQuery, WfDisclosurePackQueryVariables>;
export const WfVerifyChainDocument = {"__meta__":{"hash":"sha256:93f1fb6036e82a1e9830e1f7f5fe591a4e47c06d2293bcfe18941a409e3aa113"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WfVerifyChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}}]}}]}}]} as unknown as DocumentNode<WfVerifyChainQuery, WfVerifyChainQueryVariables>;
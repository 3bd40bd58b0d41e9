import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OffenceCategory, OfficerRank, type AppliedSeriousnessTier } from './roles';
import {
  AuthorisationDecision,
  AuthorisationReason,
  LegalBasis,
  OutcomeBasis,
  ProbeSourceType,
  SearchOutcome,
  SearchPurpose,
  SearchRequestStatus,
} from './search.enums';

/** Measured quality of the probe's chosen face (no pixels, no template). */
export interface ProbeQuality {
  faceSizePx: number;
  sharpness: number;
  poseYawProxy: number;
  detectorScore: number;
  acceptable: boolean;
  reasons: string[];
}

/** How often a probe of this quality found its true mate on the model's degradation ladder. */
export interface ProbeExpectedHitRate {
  /** ranked first */
  rankOne: number;
  /** in the candidate list */
  inCandidateList: number;
  qualityIndex: number;
  /** ladder probes the figures rest on */
  basedOnProbes: number;
  /** the model version of the calibration */
  modelVersion: string;
}

/**
 * How the templates of a request's several probe images were fused into the one template its
 * search compares (src/services/probe-fusion.ts). Absent for a request with one probe image.
 */
export interface ProbeFusion {
  /** The frames' L2-normalised templates averaged and normalised again: one vector query. */
  method: 'MEAN_TEMPLATE';
  /** How many probe images were fused. */
  frames: number;
  /**
   * The expected hit rate of the fused search: the best frame's (a lower bound: measured, the fused
   * search found the mate at least as often as its best frame on every condition); null when the
   * model version that analysed the frames has no quality calibration.
   */
  expectedHitRate: ProbeExpectedHitRate | null;
  /** Which probe image gave it (0: the first probe image, i: the i-th additional one). */
  bestFrame: number;
}

/**
 * Where the probe image came from and who obtained it when: the chain of custody of the image a
 * search rests on, required when a request is made. Text only, never image data.
 */
export interface ProbeProvenance {
  sourceType: ProbeSourceType;
  /** The kind of source in words, for OTHER only. */
  otherSourceType: string | null;
  /** Who obtained the image (an officer, staff member or organisation). */
  obtainedBy: string;
  obtainedAt: Date;
  /** Where it came from (premises, device, account, person's role), in words. */
  obtainedFrom: string;
  /** The evidence or exhibit reference it is held under. */
  exhibitReference: string;
}

/** What ran, recorded in the search's policy snapshot so a list can be described and reproduced. */
export type SearchMethod =
  | { kind: 'HNSW'; shortlist: number; efSearch: number }
  /** searches recorded before plain HNSW replaced the centred key (migrations/1764370000000-PlainHnswSearch.ts) */
  | { kind: 'CENTRED_SHORTLIST'; centreFunction: string; shortlist: number; efSearch: number }
  | { kind: 'EXACT_SCAN'; reason: 'REQUESTED' | 'NO_TEMPLATE_SPACE' | 'SHORTLIST_INCOMPLETE' }
  | { kind: 'NO_GALLERY' };

/** Why a request's search could not run after its step (the request is SEARCH_FAILED while this is the latest). */
export interface SearchFailure {
  /** The error's code: an inference code (NO_FACE, LOW_QUALITY, …), INVALID_STATE (a sharing agreement lapsed), INTERNAL. */
  code: string;
  /** What the requester is told; never image data. */
  reason: string;
  /** ISO 8601. */
  at: string;
  /** The state the search started from (SUBMITTED or AUTHORISED). */
  from: SearchRequestStatus;
}

/** The gallery policy a search actually ran under, stored with the request for oversight and disclosure. */
export interface PolicySnapshot {
  forceIds: string[];
  forceCodes: string[];
  sharingAgreementIds: string[];
  modelVersion: string;
  threshold: number;
  /** the force's floor as a cosine of the model */
  thresholdFloor: number;
  /** the false-match rate the floor stands for; absent in snapshots taken before floors were rates */
  thresholdFloorFalseMatchRate?: number;
  /** the lowest threshold the model allowed (its cosine at 1 false match in 1,000); absent before */
  minimumThreshold?: number;
  /** the calibration set the model's cosines were read against; absent before */
  scoreCalibration?: string;
  /** the model_calibration row the threshold was read against; absent before calibrations were recorded */
  calibrationId?: string;
  /**
   * the threshold's false-match rate, an upper bound from the calibration's measured points (null
   * below its cosine at 1e-3); absent before
   */
  thresholdFalseMatchRate?: number | null;
  /**
   * the force's validation of the model version the search used (its model_validation row, the
   * latest when the search ran); null: none recorded; absent before validations were recorded
   */
  validationRecordId?: string | null;
  /** that validation's equitable threshold (cosine); null: none; absent before validations */
  equitableThreshold?: number | null;
  k: number;
  includeUnder18: boolean;
  excludedRetentionClasses: string[];
  excludedStatuses: string[];
  eligibleCount: number;
  takenAt: string;
  /** The seriousness tier the search ran under; absent in snapshots taken before tiers. */
  seriousnessTier?: AppliedSeriousnessTier;
  /** How several probe images were fused into the template searched; absent for one probe image. */
  probeFusion?: ProbeFusion;
  /** How the candidate list was computed (index shortlist and its size, or the exact scan, and why). */
  searchMethod?: SearchMethod;
  /** The force's governance documents in force when the search ran (their versions); absent before the register */
  governanceDocuments?: GovernanceDocumentInForce[];
}

/** One governance document version in force when a search ran, as its policy snapshot names it. */
export interface GovernanceDocumentInForce {
  documentId: string;
  versionId: string;
  kind: string;
  title: string;
  version: string;
  sha256: string;
  effectiveFrom: string;
}

/**
 * One search on one case: who asked, why, under which law and gallery policy, and where it stands.
 * `status` changes only through the transitions of src/services/workflow; `version` goes up with
 * each, so a stale or replayed mutation is refused.
 */
@Entity('search_request')
@Index(['forceId', 'status'])
export class SearchRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The requesting force (its reviewers, supervisors and authorisers handle the request). */
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Index()
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Index()
  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @Column({ type: 'text' })
  status: SearchRequestStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'text' })
  purpose: SearchPurpose;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: LegalBasis;

  @Column({ type: 'text' })
  justification: string;

  @Column({ name: 'offence_category', type: 'text' })
  offenceCategory: OffenceCategory;

  @Column({ type: 'double precision' })
  threshold: number;

  @Column({ type: 'int' })
  k: number;

  @Column({ name: 'include_under18', type: 'boolean' })
  includeUnder18: boolean;

  @Column({ name: 'include_not_convicted', type: 'boolean' })
  includeNotConvicted: boolean;

  /** Galleries to search: the requesting force's own and any shared with it. */
  @Column({ name: 'gallery_force_ids', type: 'uuid', array: true })
  galleryForceIds: string[];

  @Column({ name: 'authorisation_required', type: 'boolean' })
  authorisationRequired: boolean;

  @Column({ name: 'authorisation_reasons', type: 'text', array: true })
  authorisationReasons: AuthorisationReason[];

  /**
   * The lowest rank that may authorise the request (its seriousness tier's, set when it is made and
   * again when it is submitted); null: any authoriser.
   */
  @Column({ name: 'authorisation_rank', type: 'text', nullable: true })
  authorisationRank: OfficerRank | null;

  @Column({ name: 'authorisation_decision', type: 'text', nullable: true })
  authorisationDecision: AuthorisationDecision | null;

  @Column({ name: 'authorised_by_id', type: 'uuid', nullable: true })
  authorisedById: string | null;

  @Column({ name: 'authorisation_rationale', type: 'text', nullable: true })
  authorisationRationale: string | null;

  @Column({ name: 'authorisation_decided_at', type: 'timestamptz', nullable: true })
  authorisationDecidedAt: Date | null;

  @Column({ name: 'probe_quality', type: 'jsonb' })
  probeQuality: ProbeQuality;

  /** Null when the model version that analysed the probe has no quality calibration. */
  @Column({ name: 'probe_expected_hit_rate', type: 'jsonb', nullable: true })
  probeExpectedHitRate: ProbeExpectedHitRate | null;

  /** The force's floor on the expected rank-1 rate when the request was made. */
  @Column({ name: 'probe_hit_rate_floor', type: 'real', nullable: true })
  probeHitRateFloor: number | null;

  /** How several probe images were fused (null: the request has one probe image). */
  @Column({ name: 'probe_fusion', type: 'jsonb', nullable: true })
  probeFusion: ProbeFusion | null;

  /** The requester's reason for searching a probe below the floor (then an authoriser decides). */
  @Column({ name: 'probe_hit_rate_override_reason', type: 'text', nullable: true })
  probeHitRateOverrideReason: string | null;

  /**
   * The probe's provenance (see ProbeProvenance), all set or (requests made before it was
   * required) all null; kept when the request is purged, like the rest of its grounds.
   */
  @Column({ name: 'probe_source_type', type: 'text', nullable: true })
  probeSourceType: ProbeSourceType | null;

  @Column({ name: 'probe_other_source_type', type: 'text', nullable: true })
  probeOtherSourceType: string | null;

  @Column({ name: 'probe_obtained_by', type: 'text', nullable: true })
  probeObtainedBy: string | null;

  @Column({ name: 'probe_obtained_at', type: 'timestamptz', nullable: true })
  probeObtainedAt: Date | null;

  @Column({ name: 'probe_obtained_from', type: 'text', nullable: true })
  probeObtainedFrom: string | null;

  @Column({ name: 'probe_exhibit_reference', type: 'text', nullable: true })
  probeExhibitReference: string | null;

  @Column({ name: 'model_version', type: 'text', nullable: true })
  modelVersion: string | null;

  @Column({ name: 'policy_snapshot', type: 'jsonb', nullable: true })
  policySnapshot: PolicySnapshot | null;

  /** The last failed attempt to search, while the request is SEARCH_FAILED (kept if it is then withdrawn or expires). */
  @Column({ name: 'search_failure', type: 'jsonb', nullable: true })
  searchFailure: SearchFailure | null;

  @Column({ name: 'candidate_count', type: 'int', nullable: true })
  candidateCount: number | null;

  @Column({ name: 'searched_at', type: 'timestamptz', nullable: true })
  searchedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: SearchOutcome | null;

  @Column({ name: 'outcome_basis', type: 'text', nullable: true })
  outcomeBasis: OutcomeBasis | null;

  /** The confirmed candidate of a possible match. */
  @Column({ name: 'outcome_candidate_id', type: 'uuid', nullable: true })
  outcomeCandidateId: string | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ name: 'adjudicated_by_id', type: 'uuid', nullable: true })
  adjudicatedById: string | null;

  @Column({ name: 'adjudication_rationale', type: 'text', nullable: true })
  adjudicationRationale: string | null;

  @Column({ name: 'adjudicated_at', type: 'timestamptz', nullable: true })
  adjudicatedAt: Date | null;

  /** Withdrawn, expired, refused or closed: when, by whom (null for the system) and why. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'ended_by_id', type: 'uuid', nullable: true })
  endedById: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  /** An open request not moved on by then expires. */
  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Its probe, candidate list and review decisions were purged then (search_request_purge says why). */
  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { AuditEvent } from './audit-event.entity';
import { CaseFile } from './case.entity';
import { ComplianceReview } from './compliance-review.entity';
import { CustodyImageBlob } from './custody-image-blob.entity';
import { CustodyImage } from './custody-image.entity';
import { CustodySubject } from './custody-subject.entity';
import { DeletionRequest } from './deletion-request.entity';
import { DerivedImage } from './derived-image.entity';
import { FaceTemplate } from './face-template.entity';
import { FirstReviewExposure } from './first-review-exposure.entity';
import { Force } from './force.entity';
import {
  GovernanceAcknowledgement,
  GovernanceDocument,
  GovernanceDocumentFile,
  GovernanceDocumentVersion,
} from './governance-document.entity';
import { ImageUpload } from './image-upload.entity';
import { LeadAction, LeadActionEvidence, LeadCorroboration } from './lead-action.entity';
import { LeadOutcome } from './lead-outcome.entity';
import { ModelCalibration } from './model-calibration.entity';
import { ModelValidation } from './model-validation.entity';
export type { Rate, ValidationGroup, ValidationPoint } from './model-validation.entity';
import { ForceModelVersion, ModelSwitch, TemplateFailure } from './model-version.entity';
import { Officer } from './officer.entity';
import { OfficerAccessProposal, OversightGrant } from './officer-access.entity';
import { ReviewDecision } from './review-decision.entity';
import { ReviewTask } from './review-task.entity';
import { SearchCandidate } from './search-candidate.entity';
import { SearchProbe } from './search-probe.entity';
import { EnhancedProbe } from './enhanced-probe.entity';
import { SearchProbeFrame } from './search-probe-frame.entity';
import { ProbeEnhancementStep } from './probe-enhancement-step.entity';
import { SearchRequest } from './search-request.entity';
export type { ComplianceFinding } from './compliance-review.entity';
export * from './compliance.enums';
import { SharingAgreement } from './sharing-agreement.entity';
import { ForceRetentionPolicy } from './retention-policy.entity';
import { RetentionHold } from './retention-hold.entity';
import { SearchRequestPurge } from './search-request-purge.entity';

/** Every TypeORM entity, listed explicitly so the DataSource never depends on file globs. */
export const ENTITIES = [
  Force,
  Officer,
  SharingAgreement,
  CaseFile,
  AuditEvent,
  CustodySubject,
  CustodyImage,
  CustodyImageBlob,
  DerivedImage,
  FaceTemplate,
  DeletionRequest,
  SearchRequest,
  SearchProbe,
  SearchProbeFrame,
  EnhancedProbe,
  ProbeEnhancementStep,
  SearchCandidate,
  ReviewTask,
  ReviewDecision,
  LeadOutcome,
  LeadCorroboration,
  LeadAction,
  LeadActionEvidence,
  OfficerAccessProposal,
  OversightGrant,
  FirstReviewExposure,
  ModelCalibration,
  ModelValidation,
  ImageUpload,
  ForceModelVersion,
  TemplateFailure,
  ModelSwitch,
  ForceRetentionPolicy,
  RetentionHold,
  SearchRequestPurge,
  ComplianceReview,
  GovernanceDocument,
  GovernanceDocumentVersion,
  GovernanceDocumentFile,
  GovernanceAcknowledgement,
];

export {
  AuditEvent,
  CaseFile,
  ComplianceReview,
  CustodyImage,
  CustodyImageBlob,
  CustodySubject,
  DeletionRequest,
  DerivedImage,
  EnhancedProbe,
  FaceTemplate,
  FirstReviewExposure,
  Force,
  GovernanceAcknowledgement,
  GovernanceDocument,
  GovernanceDocumentFile,
  GovernanceDocumentVersion,
  ImageUpload,
  LeadAction,
  LeadActionEvidence,
  LeadCorroboration,
  LeadOutcome,
  ForceModelVersion,
  ModelCalibration,
  ModelSwitch,
  ModelValidation,
  Officer,
  OfficerAccessProposal,
  OversightGrant,
  ProbeEnhancementStep,
  ReviewDecision,
  ReviewTask,
  SearchCandidate,
  SearchProbe,
  SearchProbeFrame,
  SearchRequest,
  SharingAgreement,
  TemplateFailure,
  ForceRetentionPolicy,
  RetentionHold,
  SearchRequestPurge,
};
export type {
  GovernanceDocumentInForce,
  PolicySnapshot,
  ProbeExpectedHitRate,
  ProbeFusion,
  ProbeProvenance,
  ProbeQuality,
  SearchFailure,
  SearchMethod,
} from './search-request.entity';
export * from './roles';
export * from './gallery.enums';
export * from './search.enums';
export * from './audit-actions';
export { LeadOutcomeResult } from './lead-outcome.entity';
export * from './lead.enums';
export * from './governance.enums';
export { OfficerAccessProposalStatus } from './officer-access.entity';
export { FirstReviewSeen } from './first-review-exposure.entity';
export { ForceModelVersionState, MAINTAINED_STATES, ModelSwitchStatus } from './model-version.entity';
export { RETENTION_DEFAULT_DAYS, RETENTION_MAX_DAYS } from './retention-policy.entity';
export { PurgeRule } from './search-request-purge.entity';
export type { PurgeCounts, PurgeStatistics } from './search-request-purge.entity';

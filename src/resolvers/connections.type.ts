import {
  CaseFile,
  CustodyImage,
  DeletionRequest,
  Force,
  Officer,
  OfficerAccessProposal,
  OversightGrant,
  SharingAgreement,
} from '../entities';
import { AuditEventRecord } from './audit-history.type';
import { ComplianceReviewType } from './compliance-review.type';
import { Connection } from './connection.type';
import { LeadActionRecord } from './lead-action.type';
import { ReviewTaskType, SearchRequestType } from './search-request.type';

/** The connection type of every list the API returns (see connection.type.ts). */
export const SearchRequestConnection = Connection(SearchRequestType, 'SearchRequest');
export const ReviewTaskConnection = Connection(
  ReviewTaskType,
  'ReviewTask',
  'Rows in the whole list (a second query, run only when selected); null for the review queue',
);
export const CaseConnection = Connection(CaseFile, 'Case');
export const OfficerConnection = Connection(Officer, 'Officer');
export const ForceConnection = Connection(Force, 'Force');
export const SharingAgreementConnection = Connection(SharingAgreement, 'SharingAgreement');
export const CustodyImageConnection = Connection(CustodyImage, 'CustodyImage');
export const DeletionRequestConnection = Connection(DeletionRequest, 'DeletionRequest');
export const OfficerAccessProposalConnection = Connection(
  OfficerAccessProposal,
  'OfficerAccessProposal',
  'Always null: proposals are checked one by one after reading, so a count would not be exact',
);
export const OversightGrantConnection = Connection(OversightGrant, 'OversightGrant');
export const AuditEventConnection = Connection(
  AuditEventRecord,
  'AuditEvent',
  'Always null: counting a long audit history is not cheap',
);
export const ComplianceReviewConnection = Connection(ComplianceReviewType, 'ComplianceReview');
export const LeadActionConnection = Connection(LeadActionRecord, 'LeadAction');

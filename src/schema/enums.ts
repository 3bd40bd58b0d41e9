import { registerEnumType } from 'type-graphql';
import {
  AUDIT_ACTIONS,
  AUDIT_EVENT_KINDS,
  AuditAction,
  AuditEventKind,
  AuthorisationDecision,
  AuthorisationReason,
  CandidateDecision,
  CaseStatus,
  ComplianceCriterion,
  ComplianceFindingResult,
  ComplianceReviewStatus,
  ComplianceSampleRule,
  CorroborationType,
  CustodyImageStatus,
  DeletionRequestStatus,
  ForceModelVersionState,
  GovernanceDocumentKind,
  GovernanceDocumentVersionStatus,
  LeadActionStatus,
  LeadActionType,
  LeadOutcomeResult,
  LegalBasis,
  ModelSwitchStatus,
  OffenceCategory,
  OfficerAccessProposalStatus,
  OutcomeBasis,
  ProbeSourceType,
  PurgeRule,
  RetentionClass,
  ReviewStage,
  ReviewTaskStatus,
  Role,
  SearchOutcome,
  SearchPurpose,
  SearchRequestStatus,
} from '../entities';

/**
 * The GraphQL names and descriptions of the domain's enums. Registered here, in the schema layer,
 * so the entities that define the enums know nothing of GraphQL; build-schema imports this module
 * before building.
 */

// officers and cases
registerEnumType(Role, { name: 'Role', description: 'What an officer may do in twokey' });
registerEnumType(OfficerAccessProposalStatus, { name: 'OfficerAccessProposalStatus' });
registerEnumType(OffenceCategory, { name: 'OffenceCategory' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(GovernanceDocumentKind, {
  name: 'GovernanceDocumentKind',
  description: "The kinds of document in a force's governance register",
  valuesConfig: {
    DPIA: { description: 'Data protection impact assessment (DPA 2018 s64)' },
    EQUALITY_IMPACT_ASSESSMENT: { description: 'Equality impact assessment (Equality Act 2010 s149)' },
    APPROPRIATE_POLICY_DOCUMENT: { description: 'Appropriate policy document (DPA 2018 s35, s42)' },
    FACIAL_RECOGNITION_POLICY: {
      description:
        "The force's facial recognition policy or SOP: each version is acknowledged by every officer before their next workflow step",
    },
    SHARING_AGREEMENT: { description: 'An agreement sharing a gallery with another force' },
  },
});
registerEnumType(GovernanceDocumentVersionStatus, {
  name: 'GovernanceDocumentVersionStatus',
  description: 'A version is in force only once an officer other than its registrar approves it',
});
registerEnumType(PurgeRule, {
  name: 'PurgeRule',
  description: 'Which retention period made a search request due for purging',
  valuesConfig: {
    NO_VIABLE_CANDIDATE: { description: 'The period after an outcome of no viable candidate' },
    CASE_CLOSED: { description: "The period after the request's case was closed" },
    PROCEEDINGS_HOLD_ENDED: { description: 'The period after a hold for proceedings ended, the later date' },
  },
});

// the gallery
registerEnumType(RetentionClass, { name: 'RetentionClass' });
registerEnumType(ForceModelVersionState, {
  name: 'ForceModelVersionState',
  description: "Where a face model version stands in a force's gallery",
});
registerEnumType(ModelSwitchStatus, { name: 'ModelSwitchStatus' });
registerEnumType(CustodyImageStatus, { name: 'CustodyImageStatus' });
registerEnumType(DeletionRequestStatus, { name: 'DeletionRequestStatus' });

// searches and reviews
registerEnumType(SearchRequestStatus, { name: 'SearchRequestStatus' });
registerEnumType(SearchPurpose, { name: 'SearchPurpose' });
registerEnumType(LegalBasis, { name: 'LegalBasis' });
registerEnumType(ProbeSourceType, {
  name: 'ProbeSourceType',
  description: 'Where a probe image came from',
  valuesConfig: {
    CCTV: { description: 'A fixed CCTV camera (public space, shop, transport)' },
    BODY_WORN_VIDEO: { description: "A police officer's body-worn camera" },
    DOORBELL_OR_DASHCAM: { description: 'A private doorbell camera or vehicle dashcam' },
    SOCIAL_MEDIA: { description: 'A social media post, profile or message' },
    WITNESS_OR_VICTIM_PHONE: { description: "A witness's or victim's own phone or camera" },
    OTHER: { description: 'Anything else, described in words (otherSourceType)' },
  },
});
registerEnumType(AuthorisationReason, { name: 'AuthorisationReason' });
registerEnumType(AuthorisationDecision, { name: 'AuthorisationDecision' });
registerEnumType(ReviewStage, { name: 'ReviewStage' });
registerEnumType(ReviewTaskStatus, { name: 'ReviewTaskStatus' });
registerEnumType(CandidateDecision, { name: 'CandidateDecision' });
registerEnumType(SearchOutcome, { name: 'SearchOutcome' });

// post-search compliance review
registerEnumType(ComplianceReviewStatus, {
  name: 'ComplianceReviewStatus',
  description: "Where a completed search stands in its force's compliance review queue",
  valuesConfig: {
    NOT_SAMPLED: { description: 'Not drawn for review (the force reviews a sample): recorded, never queued' },
    OPEN: { description: 'In the queue, for a supervisor who took no part in the search' },
  },
});
registerEnumType(ComplianceCriterion, {
  name: 'ComplianceCriterion',
  description: 'What a compliance review judges, one finding each',
  valuesConfig: {
    NECESSITY: { description: 'The search was necessary for a law enforcement purpose' },
    PROPORTIONALITY: {
      description:
        'The intrusion (galleries, threshold, list size, under-18 or not-convicted records) fitted the aim',
    },
    JUSTIFICATION: {
      description: 'The written justification stands on its own and fits purpose and legal basis',
    },
    LAWFUL_PROBE_SOURCE: { description: 'The probe image was obtained lawfully and its source recorded' },
    OUTCOME_HANDLED: { description: 'The outcome was handled as a lead only, recorded and disclosed' },
  },
});
registerEnumType(ComplianceFindingResult, {
  name: 'ComplianceFindingResult',
  valuesConfig: { NOT_MET: { description: 'Needs a note saying why' } },
});
registerEnumType(ComplianceSampleRule, {
  name: 'ComplianceSampleRule',
  description: 'Why a completed search was or was not drawn for compliance review',
  valuesConfig: {
    EVERY_SEARCH: { description: 'The force reviews every completed search' },
    DRAWN: { description: "The search's draw fell below the force's sample rate" },
    NOT_DRAWN: { description: "The search's draw was at or above the force's sample rate" },
  },
});
registerEnumType(OutcomeBasis, { name: 'OutcomeBasis' });
registerEnumType(LeadOutcomeResult, {
  name: 'LeadOutcomeResult',
  description: 'What the investigation found of a confirmed lead',
  valuesConfig: {
    EXCLUDED: { description: 'The person the possible match named was eliminated: the result was wrong' },
    CORROBORATED: {
      description:
        'Independent evidence supported the lead: recorded by recordLeadCorroboration (its first record), not by recordLeadOutcome',
    },
  },
});
registerEnumType(CorroborationType, {
  name: 'CorroborationType',
  description: 'What kind of independent evidence corroborates a confirmed lead',
  valuesConfig: {
    WITNESS_IDENTIFICATION: {
      description:
        'A witness or victim identified or recognised the person independently (e.g. a PACE Code D procedure)',
    },
    CCTV_TRACKING: { description: "The person's movements traced on other footage to or from the scene" },
    DOCUMENTARY: { description: 'Records such as phone, bank, travel or custody records' },
  },
});
registerEnumType(LeadActionType, {
  name: 'LeadActionType',
  description:
    "An action on a confirmed lead: each needs corroboration recorded first and a supervisor's approval",
  valuesConfig: {
    IDENTIFICATION_PROCEDURE: { description: 'A PACE Code D identification procedure' },
    PUBLIC_APPEAL: {
      description: "Publishing the person's image or details to ask the public for information",
    },
  },
});
registerEnumType(LeadActionStatus, {
  name: 'LeadActionStatus',
  valuesConfig: {
    PROPOSED: { description: "Awaiting a supervisor's decision" },
    APPROVED: { description: 'Approved by a supervisor who did not propose it: recorded as taken' },
    REJECTED: { description: 'Turned down by a supervisor, with a reason' },
  },
});

// the audit log
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What an audit event records. Stored as its name; the names never change',
  valuesConfig: Object.fromEntries(
    Object.entries(AUDIT_ACTIONS).map(([name, info]) => [
      name,
      {
        description: `${info.kind}: ${info.description}`,
        ...('retired' in info
          ? { deprecationReason: 'No longer written; found in events recorded by earlier versions' }
          : {}),
      },
    ]),
  ),
});
registerEnumType(AuditEventKind, {
  name: 'AuditEventKind',
  description: 'What kind of event an audit action records (stated per action)',
  valuesConfig: Object.fromEntries(
    Object.entries(AUDIT_EVENT_KINDS).map(([kind, description]) => [kind, { description }]),
  ),
});

/**
 * The vocabulary of the audit log: every action an audit event can record, what it means, and what
 * kind of event it is. Published in the GraphQL schema (`AuditAction`, `AuditEventKind`), so an
 * oversight body can read, filter and interpret the log without the source. The kind is stated
 * here, per action, never guessed from the action's name.
 *
 * Stored rows hold the action's name as text; the names never change (a renamed action is a new
 * one, and the old name stays here, retired, so rows written under it still read back).
 */

/** What kind of event an audit action records (each one described in AUDIT_EVENT_KINDS). */
export enum AuditEventKind {
  STATE_CHANGE = 'STATE_CHANGE',
  DELETION = 'DELETION',
  ACCESS = 'ACCESS',
  EXPORT = 'EXPORT',
  DENIAL = 'DENIAL',
  FAILURE = 'FAILURE',
}

export const AUDIT_EVENT_KINDS: Readonly<Record<AuditEventKind, string>> = {
  STATE_CHANGE:
    'A record was created or changed, or a workflow moved on (a refusal of a search or a deletion included).',
  DELETION: 'Biometric or personal data was deleted, or its deletion granted.',
  ACCESS:
    "Someone read content whose reading is itself recorded: a face image, a request's justification or candidates, the audit log.",
  EXPORT: 'Data left the system: an export file, a disclosure pack, an exported chain head.',
  DENIAL: 'An attempt was refused: an operation the caller may not perform, or a failed sign-in.',
  FAILURE:
    'Work the system should have done did not happen: a search that failed, a probe without a usable face.',
};

export interface AuditActionInfo {
  readonly kind: AuditEventKind;
  readonly description: string;
  /** Written by earlier versions only: still found in the log, never written now. */
  readonly retired?: true;
}

const K = AuditEventKind;

/** Every audit action, in the order of the domain (cases, searches, reviews, gallery, officers, the log itself). */
export const AUDIT_ACTIONS = {
  // cases
  CASE_CREATED: {
    kind: K.STATE_CHANGE,
    description: 'A case was opened (with its crime reference and offence category).',
  },
  CASE_OFFICER_ASSIGNED: { kind: K.STATE_CHANGE, description: 'An officer was assigned to a case.' },
  CASE_CLOSED: {
    kind: K.STATE_CHANGE,
    description: "A case was closed, with a reason (its searches' retention after closure counts from then).",
  },

  // retention of searches
  RETENTION_POLICY_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin changed how long the force keeps searches' probes, candidate lists and review decisions (periods before and after in the details).",
  },
  RETENTION_HOLD_PLACED: {
    kind: K.STATE_CHANGE,
    description:
      'A search request was retained for proceedings, with a reason and a review date: it is not purged while the hold is in force.',
  },
  RETENTION_HOLD_RELEASED: {
    kind: K.STATE_CHANGE,
    description: 'A hold for proceedings was released (or replaced by a renewal), with a reason.',
  },
  SEARCH_REQUEST_PURGED: {
    kind: K.DELETION,
    description:
      "A search request's probe image and template, candidate list and review decisions were deleted under its force's retention periods (rule, period and counts in the details; the request and its trail stay).",
  },
  SEARCH_REQUEST_PURGE_FAILED: {
    kind: K.FAILURE,
    description:
      'A purge of one search request failed and was rolled back (nothing of it was deleted); it is tried again at the next run.',
  },

  // search requests
  SEARCH_REQUEST_CREATED: {
    kind: K.STATE_CHANGE,
    description:
      'A search request was drafted with its purpose, legal basis, justification and probe (measured values only, never the image).',
  },
  PROBE_ANALYSIS_FAILED: {
    kind: K.FAILURE,
    description:
      'A probe image held no single usable face (NO_FACE or MULTIPLE_FACES): an attempted search, recorded though no request was created.',
  },
  PROBE_BELOW_HIT_RATE_FLOOR: {
    kind: K.DENIAL,
    description:
      "A probe's expected hit rate was below its force's floor and no authorised override was sought or allowed: an attempted search, recorded though no request was created.",
  },
  PROBE_HIT_RATE_FLOOR_OVERRIDDEN: {
    kind: K.STATE_CHANGE,
    description:
      "An authoriser let a probe below its force's expected-hit-rate floor be searched (the figure, the floor and both reasons in the details).",
  },
  PROBE_ENHANCEMENT_STEP_APPLIED: {
    kind: K.STATE_CHANGE,
    description:
      "One step of a probe's enhancement, in order: the operation of the allow-list, its parameters, and the hashes of the image before and after it (never the image).",
  },
  PROBE_ENHANCED: {
    kind: K.STATE_CHANGE,
    description:
      "A draft's probe was enhanced: the original's and the result's hashes, the steps applied, and the result's measured quality, which the search now runs on.",
  },
  PROBE_ENHANCEMENT_REFUSED: {
    kind: K.DENIAL,
    description:
      'An enhancement of a probe was refused and nothing of it kept: an operation outside the allow-list (generative, compositing or unknown), a parameter out of range, or a result without a usable face.',
  },
  SEARCH_REQUEST_SUBMITTED: { kind: K.STATE_CHANGE, description: 'The requester submitted the request.' },
  SEARCH_AUTHORISATION_REQUESTED: {
    kind: K.STATE_CHANGE,
    description: 'The request needs an authoriser (the reasons are in the details).',
  },
  SEARCH_AUTHORISED: {
    kind: K.STATE_CHANGE,
    description: 'An authoriser authorised the search, with a rationale.',
  },
  SEARCH_REFUSED: {
    kind: K.STATE_CHANGE,
    description: 'An authoriser refused the search, with a rationale.',
  },
  SEARCH_STARTED: {
    kind: K.STATE_CHANGE,
    description: 'The search started, with the eligible-gallery policy snapshot it searches.',
  },
  SEARCH_FAILED: {
    kind: K.FAILURE,
    description:
      'A search that should have run did not (the error code is in the details); the request stays where it was.',
  },
  SEARCH_COMPLETED: {
    kind: K.STATE_CHANGE,
    description: 'The search stored its candidates and the first review opened.',
  },
  SEARCH_NO_CANDIDATES: {
    kind: K.STATE_CHANGE,
    description: 'The search found no candidate at or above the threshold: no review needed.',
  },
  SEARCH_FIRST_REVIEW_COMPLETED: {
    kind: K.STATE_CHANGE,
    description: 'The first review was submitted and the second (blind) review opened.',
  },
  SEARCH_CONFIRMED: {
    kind: K.STATE_CHANGE,
    description: 'Both reviewers marked the same candidate a possible match.',
  },
  SEARCH_NO_VIABLE_CANDIDATE: {
    kind: K.STATE_CHANGE,
    description: 'Both reviewers found no candidate a possible match.',
  },
  SEARCH_DISPUTED: {
    kind: K.STATE_CHANGE,
    description: 'The two reviews disagreed: the request waits for a supervisor.',
  },
  SEARCH_ADJUDICATED: {
    kind: K.STATE_CHANGE,
    description: 'A supervisor adjudicated a disputed request, with a rationale.',
  },
  SEARCH_REQUEST_CLOSED: { kind: K.STATE_CHANGE, description: 'The request was closed after its outcome.' },
  SEARCH_REQUEST_WITHDRAWN: {
    kind: K.STATE_CHANGE,
    description: 'The request was withdrawn before an outcome, with a reason.',
  },
  SEARCH_REQUEST_EXPIRED: { kind: K.STATE_CHANGE, description: 'The request expired before an outcome.' },
  SEARCH_REQUEST_CONTENT_READ: {
    kind: K.ACCESS,
    description:
      "Someone read a request's justification or candidate list (the fields read are in the details).",
  },
  LEAD_OUTCOME_RECORDED: {
    kind: K.STATE_CHANGE,
    description:
      'What came of a confirmed lead (corroborated or excluded) was recorded; a corroboration names the evidence recorded for it.',
  },
  LEAD_CORROBORATION_RECORDED: {
    kind: K.STATE_CHANGE,
    description:
      'Independent evidence corroborating a confirmed lead was recorded (its type and reference in the details, its description as the reason).',
  },
  LEAD_ACTION_PROPOSED: {
    kind: K.STATE_CHANGE,
    description:
      'An action on a confirmed lead (identification procedure, arrest, charge, public appeal) was proposed with a reason, resting on the corroborations named in the details.',
  },
  LEAD_ACTION_APPROVED: {
    kind: K.STATE_CHANGE,
    description:
      'A supervisor who did not propose it approved an action on a confirmed lead, with a reason: the action is recorded as taken.',
  },
  LEAD_ACTION_REJECTED: {
    kind: K.STATE_CHANGE,
    description: 'A supervisor turned down a proposed action on a confirmed lead, with a reason.',
  },
  LEAD_ACTION_REFUSED: {
    kind: K.DENIAL,
    description:
      'An action on a confirmed lead was refused because no corroborating evidence had been recorded for it (the action type in the details).',
  },
  DISCLOSURE_PACK_EXPORTED: {
    kind: K.EXPORT,
    description:
      "A request's disclosure pack was produced (a PDF: its reference, content and file sha256 and the chain head at generation in the details).",
  },

  // post-search compliance review
  COMPLIANCE_REVIEW_QUEUED: {
    kind: K.STATE_CHANGE,
    description:
      "A search that reached its outcome entered its force's compliance review queue (the sample rate, the search's draw and the rule in the details).",
  },
  COMPLIANCE_REVIEW_NOT_SAMPLED: {
    kind: K.STATE_CHANGE,
    description:
      "A search that reached its outcome was not drawn for compliance review (the sample rate, the search's draw and the rule in the details).",
  },
  COMPLIANCE_REVIEW_CLAIMED: {
    kind: K.STATE_CHANGE,
    description: 'A supervisor who took no part in the search claimed its compliance review.',
  },
  COMPLIANCE_REVIEW_RELEASED: {
    kind: K.STATE_CHANGE,
    description: 'The holder handed a compliance review back to the queue.',
  },
  COMPLIANCE_REVIEW_COMPLETED: {
    kind: K.STATE_CHANGE,
    description:
      'A compliance review was completed with a finding per criterion (the findings, without the notes, in the details).',
  },
  COMPLIANCE_REVIEW_OVERDUE: {
    kind: K.STATE_CHANGE,
    description: 'The workflow sweep found a compliance review past its due time and not completed.',
  },

  // review tasks
  REVIEW_TASK_CREATED: {
    kind: K.STATE_CHANGE,
    description: 'A review task (first or second review) was opened.',
  },
  REVIEW_TASK_CLAIMED: { kind: K.STATE_CHANGE, description: 'A reviewer claimed a review task.' },
  REVIEW_TASK_RELEASED: {
    kind: K.STATE_CHANGE,
    description: 'The reviewer holding a task released it to the pool.',
  },
  REVIEW_TASK_REASSIGNED: {
    kind: K.STATE_CHANGE,
    description: 'A supervisor reassigned a review task (to a reviewer or the pool), with a reason.',
  },
  REVIEW_CLAIM_EXPIRED: {
    kind: K.STATE_CHANGE,
    description: "A reviewer's claim on a task lapsed and the task went back to the pool.",
  },
  REVIEW_TASK_CANCELLED: {
    kind: K.STATE_CHANGE,
    description: 'An open review task was cancelled because its request was withdrawn or expired.',
  },
  REVIEW_SUBMITTED: {
    kind: K.STATE_CHANGE,
    description:
      'A reviewer submitted their decision and rationale for every candidate (counts in the details).',
  },
  FACE_IMAGE_VIEWED: {
    kind: K.ACCESS,
    description: 'A probe or candidate face image was opened (for review or adjudication).',
  },

  // the gallery
  CUSTODY_IMAGE_ENROLLED: {
    kind: K.STATE_CHANGE,
    description: 'A custody image was enrolled in the gallery with its template.',
  },
  DELETION_REQUESTED: {
    kind: K.STATE_CHANGE,
    description: "A request to delete a person's custody images was recorded, with its grounds.",
  },
  DELETION_REFUSED: {
    kind: K.STATE_CHANGE,
    description: 'A deletion request was refused, with a rationale; the images are searchable again.',
  },
  DELETION_GRANTED: {
    kind: K.DELETION,
    description:
      'A deletion request was granted, with a rationale; its images are deleted in the same transaction.',
  },
  CUSTODY_IMAGE_DELETED: {
    kind: K.DELETION,
    description:
      "A custody image's bytes, template and derived copies were deleted (the row stays as a tombstone).",
  },

  // uploaded images (POST /uploads), waiting for the mutation that uses them
  IMAGE_UPLOADED: {
    kind: K.STATE_CHANGE,
    description:
      'An officer uploaded an image for a search or an enrolment (its upload id and size, never the image); it is deleted when used or once it expires.',
  },
  IMAGE_UPLOADS_EXPIRED: {
    kind: K.DELETION,
    description:
      "Uploaded images nobody used before they expired were deleted (how many, for one force's officers).",
  },
  // face model versions
  FORCE_MODEL_VERSION_ASSIGNED: {
    kind: K.STATE_CHANGE,
    description:
      'A force with no recorded face model version was given the configured one (FACE_MODEL) as its active version, at start-up.',
  },
  REENROLMENT_STARTED: {
    kind: K.STATE_CHANGE,
    description:
      "A re-enrolment began making a face model version's templates from a force's stored images (the version becomes ENROLLING; counts in the details).",
  },
  REENROLMENT_COMPLETED: {
    kind: K.STATE_CHANGE,
    description:
      "A re-enrolment finished a force's gallery: templates made, images without a usable face under the version, coverage and rate in the details.",
  },
  MODEL_SWITCH_PROPOSED: {
    kind: K.STATE_CHANGE,
    description:
      "A gallery manager proposed switching their force's searches to another face model version, with a reason (coverage in the details).",
  },
  MODEL_SWITCH_APPROVED: {
    kind: K.STATE_CHANGE,
    description:
      "A second gallery manager approved a proposed switch, with a reason: the force's searches use the new version from now on.",
  },
  MODEL_SWITCH_WITHDRAWN: {
    kind: K.STATE_CHANGE,
    description: 'A proposed switch of face model version was withdrawn or turned down, with a reason.',
  },
  MODEL_VALIDATION_RECORDED: {
    kind: K.STATE_CHANGE,
    description:
      "A force's validation of a face model version on its own labelled images was recorded (npm run validate-model): the data set's hash, group sizes, who ran it and the equitable threshold in the details.",
  },
  MODEL_TEMPLATES_DELETED: {
    kind: K.DELETION,
    description:
      "Every template of a face model version no longer active was deleted from a force's gallery on request, with a reason (the count in the details).",
  },

  // the governance register
  GOVERNANCE_DOCUMENT_VERSION_REGISTERED: {
    kind: K.STATE_CHANGE,
    description:
      "A version of a force's governance document (DPIA, equality impact assessment, appropriate policy document, facial recognition policy, sharing agreement) was registered with its sha256, the file or a reference to it; not in force until another officer approves it.",
  },
  GOVERNANCE_DOCUMENT_VERSION_APPROVED: {
    kind: K.STATE_CHANGE,
    description:
      'An officer other than its registrar approved a governance document version: in force from its start (the version it superseded in the details).',
  },
  GOVERNANCE_DOCUMENT_ACKNOWLEDGED: {
    kind: K.STATE_CHANGE,
    description: 'An officer acknowledged having read a version of a governance document.',
  },
  FORCE_REQUIRED_DOCUMENTS_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin changed which governance documents must be in force before the force's searches run (before and after in the details).",
  },
  SOP_ACKNOWLEDGEMENT_REFUSAL: {
    kind: K.DENIAL,
    description:
      "A workflow step was refused because the officer had not acknowledged the version of their force's facial recognition policy in force (the version and the step in the details).",
  },
  GOVERNANCE_SEARCH_REFUSAL: {
    kind: K.DENIAL,
    description:
      'A search request was refused because its force requires governance documents of which one or more had no version in force (the missing kinds in the details).',
  },

  // forces and officers
  SHARING_AGREEMENT_CREATED: {
    kind: K.STATE_CHANGE,
    description: 'A force shared its gallery with another force under an agreement.',
  },
  FORCE_PROBE_GATE_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin changed the force's floor on probes' expected hit rate or whether it may be overridden (before and after in the details).",
  },
  FORCE_THRESHOLD_FLOOR_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin changed the force's threshold floor, a false-match rate (before and after in the details, with the cosines of the face model in use).",
  },
  FORCE_SERIOUSNESS_TIERS_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin set the force's seriousness tiers, with a reason: which offence categories are in which tier, who must authorise, the longest list, the floor and which records may be searched (before and after in the details).",
  },
  FORCE_COMPLIANCE_SETTINGS_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "A force admin changed the force's compliance review sample rate or due period (before and after in the details).",
  },
  SHARING_AGREEMENT_REVOKED: {
    kind: K.STATE_CHANGE,
    description: 'A gallery-sharing agreement was revoked.',
  },
  OFFICER_CREATED: {
    kind: K.STATE_CHANGE,
    description: 'An officer was registered (access held at once, and any proposed, in the details).',
  },
  OFFICER_ACCESS_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "An officer's roles, overseen forces or certification changed (before and after in the details).",
  },
  OFFICER_RANK_CHANGED: {
    kind: K.STATE_CHANGE,
    description:
      "An officer's police rank was recorded or changed, with a reason (before and after in the details); seriousness tiers route authorisation by it.",
  },
  OFFICER_ACCESS_PROPOSED: {
    kind: K.STATE_CHANGE,
    description: "An addition to an officer's access was proposed, for a second officer to approve.",
  },
  OFFICER_ACCESS_APPROVED: {
    kind: K.STATE_CHANGE,
    description: "A second officer approved a proposal: the officer's access changed.",
  },
  OFFICER_ACCESS_REJECTED: {
    kind: K.STATE_CHANGE,
    description: 'A proposal was rejected or withdrawn, with a reason.',
  },
  OFFICER_ROLES_CHANGED: {
    kind: K.STATE_CHANGE,
    description: "An officer's roles changed (written by earlier versions; now OFFICER_ACCESS_CHANGED).",
    retired: true,
  },

  // refusals
  ACCESS_DENIED: {
    kind: K.DENIAL,
    description:
      'An operation was refused (FORBIDDEN, or NOT_FOUND for an object the caller may not know of); the attempted action is in the details.',
  },
  SIGN_IN_FAILED: {
    kind: K.DENIAL,
    description:
      'A token of ours naming a known officer was refused (expired, officer inactive, a claim refused); at most once a minute per officer and failure.',
  },

  // the audit log and oversight
  AUDIT_EVENTS_READ: {
    kind: K.ACCESS,
    description:
      'A page of audit history was read (the filters and how many events of the force it returned are in the details).',
  },
  AUDIT_CHAIN_VERIFIED: {
    kind: K.ACCESS,
    description: 'The audit chain was verified (the result is in the details).',
  },
  AUDIT_CHAIN_HEAD_EXPORTED: {
    kind: K.EXPORT,
    description: "The audit chain's head was exported, to be kept outside the database.",
  },
  AUDIT_EXPORTED: {
    kind: K.EXPORT,
    description: 'Audit history was exported to a file (the filters are in the details).',
  },
  STATISTICS_EXPORTED: { kind: K.EXPORT, description: 'Oversight statistics were exported to a file.' },
  OVERSIGHT_PACK_EXPORTED: {
    kind: K.EXPORT,
    description:
      "A force's oversight meeting pack for a period was produced (CSV or the readable report; the period and format in the details).",
  },

  // the system
  DEMO_DATA_SEEDED: {
    kind: K.STATE_CHANGE,
    description: 'Demonstration forces and officers were created at start-up.',
  },
  DEMO_GALLERY_SEEDED: {
    kind: K.STATE_CHANGE,
    description:
      "A demonstration custody gallery was enrolled at start-up (each image's own enrolment is recorded too).",
  },
} as const satisfies Record<string, AuditActionInfo>;

/** Every action the audit log can hold, retired ones included: the GraphQL enum `AuditAction`. */
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The actions the code writes now: the only ones the audit writer accepts. */
export type WrittenAuditAction = {
  [A in AuditAction]: (typeof AUDIT_ACTIONS)[A] extends { retired: true } ? never : A;
}[AuditAction];

/** The actions as an enum-like object (`AuditAction.CASE_CREATED`), for code and for the GraphQL enum. */
export const AuditAction = Object.freeze(
  Object.fromEntries(Object.keys(AUDIT_ACTIONS).map((a) => [a, a])),
) as { readonly [A in AuditAction]: A };

export function isAuditAction(value: string): value is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, value);
}

/** The kind of event an action records, as stated in AUDIT_ACTIONS. */
export function auditEventKind(action: AuditAction): AuditEventKind {
  return AUDIT_ACTIONS[action].kind;
}

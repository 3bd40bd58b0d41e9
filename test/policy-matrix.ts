/**
 * The policy matrix: who may do what, in which situation. The one source of the table: the API test
 * (test/api/policy-matrix.e2e.spec.ts) runs every cell of it through GraphQL against a real
 * database and fails on any difference, and `npm run policy:doc` (scripts/policy-doc.ts) renders it
 * to docs/policy.md. Changing a rule means changing a row here, then regenerating the doc.
 */

export const ACTORS = {
  req: { subject: 'swp.requester', label: 'SWP requester (owns the request)' },
  req2: { subject: 'swp.requester2', label: 'another SWP requester' },
  auth: { subject: 'swp.authoriser', label: 'SWP authoriser' },
  multi: { subject: 'swp.multi', label: 'SWP officer who is requester, authoriser and certified reviewer' },
  rev1: { subject: 'swp.reviewer1', label: 'SWP reviewer 1 (does first reviews)' },
  rev2: { subject: 'swp.reviewer2', label: 'SWP reviewer 2' },
  lapsed: { subject: 'swp.lapsed', label: 'SWP reviewer whose certification lapsed' },
  sup: { subject: 'swp.supervisor', label: 'SWP supervisor' },
  gal: { subject: 'swp.gallery', label: 'SWP gallery manager' },
  adm: { subject: 'swp.admin', label: 'SWP admin' },
  ovs: { subject: 'oversight.commissioner', label: 'oversight of SWP and GWP' },
  oAdm: { subject: 'oversight.admin', label: 'national oversight administrator (registered with SWP)' },
  gReq: { subject: 'gwp.requester', label: 'GWP requester (GWP may search SWP’s gallery)' },
  gAuth: { subject: 'gwp.authoriser', label: 'GWP authoriser' },
  gRev: { subject: 'gwp.reviewer', label: 'GWP reviewer' },
  gAdm: { subject: 'gwp.admin', label: 'GWP admin' },
} as const;
export type Actor = keyof typeof ACTORS;
export const ACTOR_KEYS = Object.keys(ACTORS) as Actor[];

/** Y: allowed (and sees the thing); H: allowed, but the row is not in the list or the field is null; N: FORBIDDEN or NOT_FOUND. */
export type Cell = 'Y' | 'H' | 'N';

export interface MatrixRow {
  /** How the API test finds the way to run this row. */
  id: string;
  /** A root field, or a field path (`searchRequest.candidates`) for field-level rules. */
  operation: string;
  scenario: string;
  /** Everyone not named is denied. */
  allow: Partial<Record<Actor, 'Y' | 'H'>>;
}

const y = (...actors: Actor[]) =>
  Object.fromEntries(actors.map((a) => [a, 'Y'])) as Partial<Record<Actor, 'Y'>>;
const h = (...actors: Actor[]) =>
  Object.fromEntries(actors.map((a) => [a, 'H'])) as Partial<Record<Actor, 'H'>>;

/** The expected outcome of every (actor, row); in the order of the doc. */
export const POLICY_MATRIX = [
  // ---- search requests ----
  {
    id: 'createSearch.ownGallery',
    operation: 'createSearchRequest',
    scenario: "case assigned to swp.requester; own force's gallery",
    allow: y('req'),
  },
  {
    id: 'createSearch.sharedGallery',
    operation: 'createSearchRequest',
    scenario: "GWP case of gwp.requester; also SWP's gallery (shared with GWP)",
    allow: y('gReq'),
  },
  {
    id: 'createSearch.unsharedGallery',
    operation: 'createSearchRequest',
    scenario: "case assigned to swp.requester; also GWP's gallery (not shared with SWP)",
    allow: {},
  },
  {
    id: 'submitSearch.draft',
    operation: 'submitSearchRequest',
    scenario: "swp.requester's draft",
    allow: y('req'),
  },
  {
    id: 'enhanceProbe.draft',
    operation: 'enhanceProbe',
    scenario: "swp.requester's draft (an allow-listed step)",
    allow: y('req'),
  },
  {
    id: 'authorise.request',
    operation: 'decideSearchAuthorisation',
    scenario: "swp.requester's request awaiting authorisation",
    allow: y('auth', 'multi'),
  },
  {
    id: 'authorise.ownRequest',
    operation: 'decideSearchAuthorisation',
    scenario: "swp.multi's own request awaiting authorisation",
    allow: y('auth'),
  },
  {
    id: 'runSearch.unsearched',
    operation: 'runSearch',
    scenario: "swp.requester's submitted request whose search has not run",
    allow: y('req', 'sup'),
  },
  {
    id: 'searchRequest.firstReview',
    operation: 'searchRequest',
    scenario: "swp.requester's request in FIRST_REVIEW",
    allow: y('req', 'auth', 'multi', 'sup', 'adm', 'ovs'),
  },
  {
    id: 'searchRequest.justification',
    operation: 'searchRequest.justification',
    scenario: 'the why of a request',
    allow: { ...y('req', 'auth', 'multi', 'sup', 'ovs'), ...h('adm') },
  },
  {
    id: 'searchRequest.probeProvenance',
    operation: 'searchRequest.probeProvenance',
    scenario: 'where the probe came from (source, who obtained it and when, exhibit reference)',
    allow: { ...y('req', 'auth', 'multi', 'sup', 'ovs'), ...h('adm') },
  },
  {
    id: 'searchRequest.probeEnhancement',
    operation: 'searchRequest.probeEnhancement',
    scenario: 'what was done to the probe (steps, who applied them, original and result hashes)',
    allow: { ...y('req', 'auth', 'multi', 'sup', 'ovs'), ...h('adm') },
  },
  {
    id: 'searchRequest.candidates',
    operation: 'searchRequest.candidates',
    scenario: 'candidate list (ranks, scores, custody image ids) of a request in FIRST_REVIEW',
    allow: { ...y('sup', 'ovs'), ...h('req', 'auth', 'multi', 'adm') },
  },
  {
    id: 'searchRequest.outcome',
    operation: 'searchRequest.outcome',
    scenario: 'outcome and custody record of a CONFIRMED request',
    allow: { ...y('req', 'sup', 'ovs'), ...h('auth', 'multi', 'adm') },
  },
  {
    id: 'faceImage.adjudication',
    operation: 'FaceImage.content',
    scenario: 'probe and candidate images of a DISPUTED request (adjudication)',
    allow: { ...y('sup'), ...h('req', 'auth', 'multi', 'adm', 'ovs') },
  },
  {
    id: 'searchRequests.list',
    operation: 'searchRequests',
    scenario: "lists swp.requester's request",
    allow: { ...y('req', 'auth', 'multi', 'sup', 'adm', 'ovs'), ...h('req2', 'gReq', 'gAuth', 'gAdm') },
  },
  {
    id: 'searchRequest.gwpOverSwp',
    operation: 'searchRequest',
    scenario: "gwp.requester's request, also searching SWP's gallery",
    allow: y('gReq', 'gAuth', 'gAdm', 'ovs'),
  },
  {
    id: 'withdraw.firstReview',
    operation: 'withdrawSearchRequest',
    scenario: "swp.requester's request in FIRST_REVIEW",
    allow: y('req', 'sup'),
  },
  {
    id: 'adjudicate.disputed',
    operation: 'adjudicateSearchRequest',
    scenario: 'DISPUTED request',
    allow: y('sup'),
  },
  {
    id: 'close.confirmed',
    operation: 'closeSearchRequest',
    scenario: 'CONFIRMED request',
    allow: y('req', 'sup'),
  },
  {
    id: 'disclosurePack.closed',
    operation: 'disclosurePack',
    scenario: 'CLOSED request',
    allow: y('sup', 'ovs'),
  },
  {
    id: 'disclosurePack.probeProvenance',
    operation: 'disclosurePack.probe.provenance',
    scenario: 'where the probe came from, in the pack (kept by a purge)',
    allow: y('sup', 'ovs'),
  },
  {
    id: 'disclosurePack.probeImage',
    operation: 'disclosurePack.probe.imageBase64',
    scenario: 'the probe image in the pack',
    allow: { ...y('sup'), ...h('ovs') },
  },
  {
    id: 'disclosurePackPdf.closed',
    operation: 'GET /exports/disclosure-pack.pdf',
    scenario: 'CLOSED request: the pack as a PDF document (its generation audited)',
    allow: y('sup', 'ovs'),
  },
  {
    id: 'disclosurePackPdf.faceImages',
    operation: 'GET /exports/disclosure-pack.pdf (face images)',
    scenario: 'the probe and candidate images in the PDF',
    allow: { ...y('sup'), ...h('ovs') },
  },
  // ---- review tasks ----
  {
    id: 'reviewTasks.list',
    operation: 'reviewTasks',
    scenario: "lists the open first review of swp.requester's request",
    allow: { ...y('rev1', 'rev2', 'multi', 'sup', 'ovs'), ...h('gRev') },
  },
  {
    id: 'reviewQueue.list',
    operation: 'reviewQueue',
    scenario: "lists the open first review of swp.requester's request as claimable",
    allow: { ...h(...ACTOR_KEYS), ...y('rev1', 'rev2', 'multi') },
  },
  {
    id: 'claim.first',
    operation: 'claimReviewTask',
    scenario: "first review of swp.requester's request",
    allow: y('rev1', 'rev2', 'multi'),
  },
  {
    id: 'claim.firstOwnRequest',
    operation: 'claimReviewTask',
    scenario: "first review of swp.multi's own request",
    allow: y('rev1', 'rev2'),
  },
  {
    id: 'claim.secondAfterFirst',
    operation: 'claimReviewTask',
    scenario: 'second review; swp.reviewer1 did the first',
    allow: y('rev2', 'multi'),
  },
  {
    id: 'claim.gwpOverSwp',
    operation: 'claimReviewTask',
    scenario: "first review of gwp.requester's request over SWP's gallery",
    allow: y('gRev'),
  },
  {
    id: 'reviewPacket.held',
    operation: 'reviewPacket',
    scenario: 'first review held by swp.reviewer1',
    allow: y('rev1'),
  },
  {
    id: 'reviewPacket.probeProvenance',
    operation: 'reviewPacket.probeProvenance',
    scenario: 'where the probe came from, in the packet of a first review held by swp.reviewer1',
    allow: y('rev1'),
  },
  {
    id: 'reviewPacket.enhancedProbe',
    operation: 'FaceImage.content',
    scenario:
      'the enhanced probe image (and its steps) in the packet of a first review held by swp.reviewer1',
    allow: y('rev1'),
  },
  {
    id: 'faceImage.heldTask',
    operation: 'FaceImage.content',
    scenario: 'probe and candidate images of a task held by swp.reviewer1',
    allow: y('rev1'),
  },
  { id: 'release.held', operation: 'releaseReviewTask', scenario: 'held by swp.reviewer1', allow: y('rev1') },
  {
    id: 'reassign.held',
    operation: 'reassignReviewTask',
    scenario: 'held by swp.reviewer1, back to the pool',
    allow: y('sup'),
  },
  {
    id: 'submitReview.first',
    operation: 'submitReview',
    scenario: 'first review held by swp.reviewer1',
    allow: y('rev1'),
  },
  {
    id: 'submitReview.second',
    operation: 'submitReview',
    scenario: 'second review held by swp.reviewer2; swp.reviewer1 did the first',
    allow: y('rev2'),
  },
  // ---- post-search compliance review ----
  {
    id: 'complianceReviews.list',
    operation: 'complianceReviews',
    scenario: "lists the compliance review of swp.requester's CONFIRMED request",
    allow: y('sup', 'ovs'),
  },
  {
    id: 'claimCompliance.open',
    operation: 'claimComplianceReview',
    scenario: "compliance review of swp.requester's CONFIRMED request (reviewed by swp.reviewer1 and 2)",
    allow: y('sup'),
  },
  {
    id: 'claimCompliance.participant',
    operation: 'claimComplianceReview',
    scenario: 'compliance review of a request swp.supervisor adjudicated (a participant)',
    allow: {},
  },
  {
    id: 'completeCompliance.held',
    operation: 'completeComplianceReview',
    scenario: 'compliance review held by swp.supervisor',
    allow: y('sup'),
  },
  {
    id: 'setComplianceReviewSettings',
    operation: 'setComplianceReviewSettings',
    scenario: "own force's sample rate and due period",
    allow: y('adm', 'gAdm'),
  },
  // ---- the lead after the match ----
  {
    id: 'recordLeadCorroboration',
    operation: 'recordLeadCorroboration',
    scenario: "swp.requester's CONFIRMED request: independent evidence corroborating the lead",
    allow: y('req', 'sup'),
  },
  {
    id: 'proposeLeadAction',
    operation: 'proposeLeadAction',
    scenario: "an arrest on swp.requester's CONFIRMED request, corroboration recorded",
    allow: y('req', 'sup'),
  },
  {
    id: 'approveLeadAction.othersProposal',
    operation: 'approveLeadAction',
    scenario: 'an arrest swp.requester proposed on their corroborated lead',
    allow: y('sup'),
  },
  {
    id: 'approveLeadAction.ownProposal',
    operation: 'approveLeadAction',
    scenario: 'an arrest swp.supervisor proposed (another supervisor of SWP approves it)',
    allow: {},
  },
  {
    id: 'rejectLeadAction',
    operation: 'rejectLeadAction',
    scenario: 'an arrest swp.requester proposed on their corroborated lead',
    allow: y('sup'),
  },
  {
    id: 'lead',
    operation: 'lead',
    scenario: "swp.requester's corroborated lead: its outcome, evidence and actions",
    allow: y('req', 'sup', 'ovs'),
  },
  {
    id: 'leadActions.list',
    operation: 'leadActions',
    scenario: "lists an arrest proposed on swp.requester's corroborated lead",
    allow: { ...h('req2', 'multi', 'gReq'), ...y('req', 'sup', 'ovs') },
  },
  // ---- the governance register ----
  {
    id: 'registerGovernanceDocumentVersion',
    operation: 'registerGovernanceDocumentVersion',
    scenario: "a new version (PDF) of SWP's DPIA, named by its documentId",
    allow: y('adm'),
  },
  {
    id: 'approveGovernanceDocumentVersion.othersUpload',
    operation: 'approveGovernanceDocumentVersion',
    scenario: "a version of SWP's DPIA registered by swp.admin2",
    allow: y('adm'),
  },
  {
    id: 'approveGovernanceDocumentVersion.ownUpload',
    operation: 'approveGovernanceDocumentVersion',
    scenario: "a version of SWP's DPIA registered by swp.admin (nobody approves their own upload)",
    allow: {},
  },
  {
    id: 'acknowledgeGovernanceDocument',
    operation: 'acknowledgeGovernanceDocument',
    scenario: "an approved version of SWP's DPIA",
    allow: y('req', 'req2', 'auth', 'multi', 'rev1', 'rev2', 'lapsed', 'sup', 'gal', 'adm'),
  },
  {
    id: 'governanceDocuments',
    operation: 'governanceDocuments',
    scenario: "SWP's register (forceId: SWP)",
    allow: y('req', 'req2', 'auth', 'multi', 'rev1', 'rev2', 'lapsed', 'sup', 'gal', 'adm', 'ovs'),
  },
  {
    id: 'governanceDocumentFile',
    operation: 'governanceDocumentFile',
    scenario: "the PDF of a version of SWP's DPIA",
    allow: y('req', 'req2', 'auth', 'multi', 'rev1', 'rev2', 'lapsed', 'sup', 'gal', 'adm', 'ovs'),
  },
  {
    id: 'pendingGovernanceAcknowledgements',
    operation: 'pendingGovernanceAcknowledgements',
    scenario:
      "the caller's own: versions of their force's facial recognition policy they have not acknowledged",
    allow: y(...ACTOR_KEYS),
  },
  {
    id: 'setRequiredGovernanceDocuments',
    operation: 'setRequiredGovernanceDocuments',
    scenario: "the caller's own force's required documents",
    allow: y('adm', 'gAdm'),
  },
  // ---- foundation and gallery operations ----
  { id: 'me', operation: 'me', scenario: 'any signed-in officer', allow: y(...ACTOR_KEYS) },
  { id: 'forces', operation: 'forces', scenario: 'the list of forces', allow: y(...ACTOR_KEYS) },
  {
    id: 'officers.list',
    operation: 'officers',
    scenario: "lists swp.requester's record",
    allow: { ...h(...ACTOR_KEYS), ...y('req', 'adm') },
  },
  {
    id: 'createOfficer.requester',
    operation: 'createOfficer',
    scenario: 'in own force, REQUESTER (held at once)',
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'setOfficerRoles.swpOfficer',
    operation: 'setOfficerRoles',
    scenario: 'an SWP officer',
    allow: y('adm'),
  },
  // ---- officer management: who may grant what, to whom, in which force ----
  {
    id: 'createOfficer.supervisor',
    operation: 'createOfficer',
    scenario: 'in own force, with SUPERVISOR (created without it; the role is proposed for a second admin)',
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'createOfficer.oversight',
    operation: 'createOfficer',
    scenario: 'an OVERSIGHT officer overseeing GWP (proposed)',
    allow: y('gAdm', 'oAdm'),
  },
  {
    id: 'createOfficer.oversightAdmin',
    operation: 'createOfficer',
    scenario: 'a national oversight administrator (OVERSIGHT_ADMIN, proposed)',
    allow: y('oAdm'),
  },
  {
    id: 'setOfficerRoles.self',
    operation: 'setOfficerRoles',
    scenario: 'oneself, adding SUPERVISOR (a self-grant)',
    allow: {},
  },
  {
    id: 'setOfficerRoles.gwpOfficer',
    operation: 'setOfficerRoles',
    scenario: 'gwp.requester (a GWP officer), adding SUPERVISOR (proposed)',
    allow: y('gAdm'),
  },
  {
    id: 'changeAccess.certification',
    operation: 'changeOfficerAccess',
    scenario: 'swp.reviewer2: certification extended by a year (proposed)',
    allow: y('adm'),
  },
  {
    id: 'changeAccess.addOversight',
    operation: 'changeOfficerAccess',
    scenario: 'an oversight officer of SWP: also oversee GWP (proposed)',
    allow: y('gAdm', 'oAdm'),
  },
  {
    id: 'changeAccess.removeOversight',
    operation: 'changeOfficerAccess',
    scenario: 'an oversight officer of SWP and GWP: stop overseeing GWP (at once)',
    allow: y('gAdm', 'oAdm'),
  },
  {
    id: 'proposals.list',
    operation: 'officerAccessProposals',
    scenario: "lists another SWP admin's proposal of SUPERVISOR for an SWP officer",
    allow: { ...h(...ACTOR_KEYS), ...y('adm') },
  },
  {
    id: 'approve.other',
    operation: 'approveOfficerAccessProposal',
    scenario: "another SWP admin's proposal of SUPERVISOR for an SWP officer",
    allow: y('adm'),
  },
  {
    id: 'approve.ownProposal',
    operation: 'approveOfficerAccessProposal',
    scenario: "swp.admin's own proposal (the proposer)",
    allow: {},
  },
  {
    id: 'approve.forTarget',
    operation: 'approveOfficerAccessProposal',
    scenario: 'a proposal of SUPERVISOR for swp.admin (the target)',
    allow: {},
  },
  {
    id: 'approve.gwpOversight',
    operation: 'approveOfficerAccessProposal',
    scenario: "gwp.admin's proposal: an SWP-registered oversight officer also oversees GWP",
    allow: y('oAdm'),
  },
  {
    id: 'reject.other',
    operation: 'rejectOfficerAccessProposal',
    scenario: "another SWP admin's proposal of SUPERVISOR for an SWP officer",
    allow: y('adm'),
  },
  {
    id: 'oversightGrants.list',
    operation: 'oversightGrants',
    scenario: "lists oversight.commissioner's grant of GWP",
    allow: { ...y('gAdm', 'oAdm', 'ovs'), ...h('adm') },
  },
  {
    id: 'sharingAgreements.list',
    operation: 'sharingAgreements',
    scenario: "lists SWP's agreement with GWP",
    allow: { ...h(...ACTOR_KEYS), ...y('adm', 'gAdm', 'ovs') },
  },
  {
    id: 'createSharingAgreement',
    operation: 'createSharingAgreement',
    scenario: "own force's gallery to the other force (from next year)",
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'setProbeHitRateGate',
    operation: 'setProbeHitRateGate',
    scenario: "own force's floor on probes' expected hit rate (set to what it is)",
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'setThresholdFloor',
    operation: 'setThresholdFloor',
    scenario: "own force's threshold floor, a false-match rate (set to what it is)",
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'setSeriousnessTiers',
    operation: 'setSeriousnessTiers',
    scenario: "own force's seriousness tiers (set to what they are)",
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'setOfficerRank',
    operation: 'setOfficerRank',
    scenario: "swp.reviewer2's police rank",
    allow: y('adm'),
  },
  {
    id: 'modelCalibrations',
    operation: 'modelCalibrations',
    scenario: 'the face model calibrations recorded (aggregate figures)',
    allow: y('adm', 'gAdm', 'ovs'),
  },
  // ---- face model versions ----
  {
    id: 'forceModelVersions',
    operation: 'forceModelVersions',
    scenario: "SWP's face model versions, their coverage and the floor under each",
    allow: y('gal', 'adm', 'ovs'),
  },
  {
    id: 'modelSwitches',
    operation: 'modelSwitches',
    scenario: "SWP's switches of face model version",
    allow: y('gal', 'adm', 'ovs'),
  },
  {
    id: 'modelValidations',
    operation: 'modelValidations',
    scenario: "SWP's validations of face model versions on its own labelled images (rates per group)",
    allow: y('auth', 'multi', 'gal', 'adm', 'ovs'),
  },
  {
    id: 'modelValidation',
    operation: 'modelValidation',
    scenario: 'one validation of SWP, by id',
    allow: y('auth', 'multi', 'gal', 'adm', 'ovs'),
  },
  {
    id: 'proposeModelSwitch',
    operation: 'proposeModelSwitch',
    scenario: 'own force, to a calibrated version that covers the gallery',
    allow: y('gal'),
  },
  {
    id: 'approveModelSwitch.ownProposal',
    operation: 'approveModelSwitch',
    scenario: 'a switch swp.gallery proposed (a second gallery manager of SWP approves it)',
    allow: {},
  },
  {
    id: 'withdrawModelSwitch',
    operation: 'withdrawModelSwitch',
    scenario: 'an open switch swp.gallery proposed (any gallery manager of SWP may withdraw it)',
    allow: y('gal'),
  },
  {
    id: 'deleteModelTemplates',
    operation: 'deleteModelTemplates',
    scenario: "own force's templates of a version it does not search with",
    allow: y('gal'),
  },
  {
    id: 'revokeSharingAgreement',
    operation: 'revokeSharingAgreement',
    scenario: "an agreement sharing SWP's gallery",
    allow: y('adm'),
  },
  {
    id: 'case.assigned',
    operation: 'case',
    scenario: 'SWP case assigned to swp.requester',
    allow: y('req', 'auth', 'multi', 'sup', 'ovs'),
  },
  {
    id: 'cases.list',
    operation: 'cases',
    scenario: 'lists an SWP case assigned to swp.requester',
    allow: { ...h(...ACTOR_KEYS), ...y('req', 'auth', 'multi', 'sup', 'ovs') },
  },
  {
    id: 'createCase',
    operation: 'createCase',
    scenario: 'in own force',
    allow: y('req', 'req2', 'multi', 'gReq'),
  },
  {
    id: 'closeCase',
    operation: 'closeCase',
    scenario: 'SWP case assigned to swp.requester, no search still being worked on',
    allow: y('req', 'sup'),
  },
  // ---- retention of searches ----
  {
    id: 'retentionPolicy',
    operation: 'retentionPolicy',
    scenario: "SWP's retention periods for searches",
    allow: y('sup', 'adm', 'ovs'),
  },
  {
    id: 'setRetentionPolicy',
    operation: 'setRetentionPolicy',
    scenario: "own force's retention periods (set to what they are)",
    allow: y('adm', 'gAdm'),
  },
  {
    id: 'placeRetentionHold',
    operation: 'placeRetentionHold',
    scenario: "swp.requester's confirmed request, retained for proceedings",
    allow: y('req', 'sup'),
  },
  {
    id: 'releaseRetentionHold',
    operation: 'releaseRetentionHold',
    scenario: "swp.requester's request held for proceedings",
    allow: y('req', 'sup'),
  },
  {
    id: 'assignCaseOfficer',
    operation: 'assignCaseOfficer',
    scenario: 'SWP case assigned to swp.requester; add swp.requester2',
    allow: y('req', 'sup'),
  },
  { id: 'enrol', operation: 'enrolCustodyImage', scenario: "into own force's gallery", allow: y('gal') },
  { id: 'custodyImage', operation: 'custodyImage', scenario: 'an SWP custody image', allow: y('gal') },
  {
    id: 'custodyImage.personReference',
    operation: 'custodyImage.personReference',
    scenario: 'the person reference of an SWP custody image',
    allow: y('gal'),
  },
  {
    id: 'custodyImagesDue',
    operation: 'custodyImagesDueForReview',
    scenario: 'SWP records',
    allow: y('gal'),
  },
  { id: 'deletionRequests.list', operation: 'deletionRequests', scenario: 'SWP requests', allow: y('gal') },
  {
    id: 'requestDeletion',
    operation: 'requestCustodyImageDeletion',
    scenario: 'an SWP subject',
    allow: y('gal'),
  },
  {
    id: 'decideDeletion',
    operation: 'decideDeletionRequest',
    scenario: 'a pending SWP request (refused, restoring the image)',
    allow: y('gal'),
  },
  { id: 'verifyAuditChain', operation: 'verifyAuditChain', scenario: 'the whole chain', allow: y('ovs') },
  { id: 'auditEvents', operation: 'auditEvents', scenario: 'audit history', allow: y('ovs') },
  {
    id: 'exportAuditChainHead',
    operation: 'exportAuditChainHead',
    scenario: 'the chain head',
    allow: y('ovs'),
  },
] as const satisfies readonly MatrixRow[];

export type MatrixRowId = (typeof POLICY_MATRIX)[number]['id'];

/** What an actor should get for a row. */
export const expectedCell = (row: MatrixRow, actor: Actor): Cell => row.allow[actor] ?? 'N';

/**
 * docs/policy.md: the matrix, who the actors are, the conditions the rules turn on, officer
 * management, and the API operations the matrix does not cover (`uncovered`, from the schema).
 */
export function renderPolicyDoc(uncovered: readonly string[]): string {
  const rows: readonly MatrixRow[] = POLICY_MATRIX;
  const mark: Record<Cell, string> = { Y: '✓', H: '○', N: '✗' };
  const header = `| operation | situation | ${ACTOR_KEYS.join(' | ')} |\n| --- | --- | ${ACTOR_KEYS.map(() => ':-:').join(' | ')} |`;
  const lines = rows.map(
    (r) =>
      `| \`${r.operation}\` | ${r.scenario} | ${ACTOR_KEYS.map((a) => mark[expectedCell(r, a)]).join(' | ')} |`,
  );
  return `# Who may do what: the policy matrix

Generated from \`test/policy-matrix.ts\` by \`npm run policy:doc\` (do not edit by hand; CI checks it is
current). \`test/api/policy-matrix.e2e.spec.ts\` runs every cell below through the GraphQL API against a
real database and fails on any difference. The rules themselves live in \`src/policy/\` (CASL abilities
with conditions, translated to SQL for lists).

✓ allowed · ○ allowed, but the row is not in the caller's list or the field is withheld (null) · ✗ refused
with \`FORBIDDEN\` (or \`NOT_FOUND\`, exactly as for an id that does not exist, when the caller may not
even read the object), and the refusal is written to the audit log (\`ACCESS_DENIED\`).

Demo forces: South Wales Police (SWP) and Gwent Police (GWP). SWP shares its gallery with GWP under an
active agreement; GWP does not share its gallery with SWP. Unless a row says otherwise the request is
swp.requester's, on a case assigned to them.

## Who

${ACTOR_KEYS.map((a) => `- **${a}**: ${ACTORS[a].label} (\`${ACTORS[a].subject}\`)`).join('\n')}

## Matrix

${header}
${lines.join('\n')}

## What the conditions are

- **Force**: every rule is scoped to the caller's force (oversight: the forces they oversee). A request
  belongs to the requesting force; its reviewers, authorisers and supervisors are that force's, even when
  it searched another force's gallery.
- **Assignment**: a search is opened only on a case the requester is assigned to, in their own force.
- **Sharing agreement**: another force's gallery is searched only while it shares it with the
  requesting force under an agreement active at that moment (checked on creation, submission and
  when the search runs); searching it always needs an authoriser.
- **Own request**: nobody authorises, reviews or adjudicates a request they made.
- **Seriousness tier**: the offence's tier may need an authoriser of at least inspector or
  superintendent rank (the officer's rank, recorded by their force admin, never by themselves). An
  authoriser below it is refused whatever else allows them (\`AUTHORISER_RANK_TOO_LOW\`, not a
  policy cell: the demo's requests are in tiers any authoriser may authorise; see
  \`test/api/seriousness-tiers.e2e.spec.ts\`).
- **The lead after the match**: corroborating evidence and proposed actions on a confirmed lead come
  from its requester or a supervisor of the force; an action is approved (taken) or rejected only by
  a supervisor of the force who did not propose it. Without corroboration recorded first, a proposal
  is refused whoever makes it (\`CORROBORATION_REQUIRED\`, not a policy cell: see
  \`test/api/lead-action.e2e.spec.ts\`).
- **Governance register**: a force's admin registers versions of its documents; another admin of the
  force approves each (nobody approves their own upload); every officer of the force reads and
  acknowledges them, and oversight of the force reads them. An officer who has not acknowledged the
  version of their force's facial recognition policy in force takes no workflow step (create, submit,
  authorise, run, adjudicate, claim, review, reassign) until they do (\`SOP_ACKNOWLEDGEMENT_REQUIRED\`,
  not a policy cell: see \`test/api/governance.e2e.spec.ts\`).
- **First reviewer**: whoever did the first review cannot take the second; the second reviewer sees
  neither the first review's decisions nor, unless the force allows it, the scores.
- **Certification**: reviewer rules apply only while the officer's examiner certification is valid.
- **Holding the task**: probe and candidate images open only for the reviewer holding the task (or
  a supervisor adjudicating a dispute); each opening is an audited view.
- **Field level**: the requester sees status and the outcome with its caveat, never the candidate list;
  admins see settings, status and the gallery policy, not justifications, candidates or outcomes;
  oversight sees everything except face images; gallery managers see no searches at all.

## Officer management: who may grant what, to whom, in which force

An officer's access is their roles, the forces they oversee (with OVERSIGHT) and the date their facial
examiner certification runs to. Each part of a change is checked on its own (\`src/policy/ability.ts\`,
\`src/policy/officer-access-policy.ts\`):

| part of an officer's access | may add or remove it | a second person must approve adding it |
| --- | --- | --- |
| REQUESTER | an ADMIN of the officer's force | no |
| AUTHORISER, REVIEWER, SUPERVISOR, GALLERY_MANAGER, ADMIN | an ADMIN of the officer's force | yes |
| OVERSIGHT (the role) | an ADMIN of the officer's force, or an OVERSIGHT_ADMIN | yes |
| oversight of force X | an ADMIN of X, or an OVERSIGHT_ADMIN (whatever force the officer is registered with) | yes |
| OVERSIGHT_ADMIN | an OVERSIGHT_ADMIN | yes |
| reviewer certification | an ADMIN of the officer's force (a later date is an addition; an earlier one or none a removal) | yes, to extend it |

- **Own force**: an admin creates officers in its own force only, changes only its own force's officers,
  and grants or revokes oversight of its own force only. Oversight of a force is granted by that force
  (its admins) or by a national oversight administrator, never by another force's admin.
- **National oversight administrator** (\`OVERSIGHT_ADMIN\`): registers the officers of oversight bodies
  (in the force it is registered with) and grants them oversight of any force; it holds no other role,
  changes no force role and sees no case content, audit history or statistics itself.
- **Nobody changes their own access**: no officer grants, proposes, approves or removes roles, oversight or
  certification for themselves (\`FORBIDDEN\`, audited as \`ACCESS_DENIED\`).
- **Two-person rule**: adding anything but REQUESTER is a proposal; it takes effect only when a second
  officer approves it who is not its proposer, not the officer it is for, and may grant every part of it.
  The proposer must still be allowed to grant it when it is approved. Anyone who may approve it may
  reject it (a reason is required); its proposer may withdraw it the same way. \`createOfficer\` creates
  the officer with REQUESTER (if asked) and proposes the rest; nothing else is held until approved.
- **Removals take effect at once**, with no second person: a role, an overseen force, a shorter or
  withdrawn certification. Live feeds of the officer stop at once.
- **Combinations**: OVERSIGHT and OVERSIGHT_ADMIN are each held alone; OVERSIGHT needs at least one
  overseen force, and only OVERSIGHT oversees forces.
- **Audit**: each change, proposal, approval and rejection (\`OFFICER_CREATED\`, \`OFFICER_ACCESS_CHANGED\`,
  \`OFFICER_ACCESS_PROPOSED\`, \`OFFICER_ACCESS_APPROVED\`, \`OFFICER_ACCESS_REJECTED\`) records the roles,
  overseen forces and certification before and after, and is written once for every affected force (the
  officer's own and every force they oversee before or after), in the transaction that makes the change,
  so each force's oversight reads it. Oversight grants are kept with who proposed and approved them and
  when, and who revoked them and when (\`oversightGrants\`).

## Operations not in this matrix

${uncovered.length ? uncovered.map((o) => `- \`${o}\``).join('\n') : '- none'}

(Subscriptions are covered by \`test/api/subscriptions.e2e.spec.ts\`; other operations by their own feature's tests.)
`;
}

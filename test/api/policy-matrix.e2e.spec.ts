import { AuditEvent, ModelSwitch, ModelSwitchStatus } from '../../src/entities';
import { runReenrolment } from '../../src/services/reenrolment.service';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import {
  Enrolled,
  matchOnly,
  ok,
  RATIONALES,
  WfAdjudicate,
  WfClaimTask,
  WfClose,
  WfCreateSearch,
  WfDecideAuthorisation,
  WfDisclosurePack,
  WfReassignTask,
  WfReleaseTask,
  WfRequestImages,
  WfReviewPacket,
  WfReviewPacketImages,
  WfReviewTasks,
  WfRunSearch,
  WfSearchRequest,
  WfSearchRequests,
  WfSubmitReview,
  WfSubmitSearch,
  WfWithdraw,
  WorkflowDriver,
  JUSTIFICATION,
  PROVENANCE,
} from '../support/search-workflow';
import type { Role } from '../gql/graphql';
import { registerOfficer } from '../support/officers';
import { recordValidation } from '../support/validations';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';
import {
  Actor,
  ACTOR_KEYS,
  ACTORS,
  Cell,
  expectedCell,
  type MatrixRow,
  type MatrixRowId,
  POLICY_MATRIX,
} from '../policy-matrix';

/**
 * Every role against every query and mutation, in the situations the rules turn on: own force or
 * another (with and without a sharing agreement), own request or not, the first reviewer trying
 * the second review, a lapsed certification. The table below is the expectation; each cell is run
 * through the public API, each denial must be FORBIDDEN (NOT_FOUND where the caller may not even
 * read the object, so its existence is not revealed) and leave an ACCESS_DENIED audit event.
 * The table itself is test/policy-matrix.ts (docs/policy.md is rendered from it by
 * `npm run policy:doc`); here is only how to set up and run each of its rows.
 */

const HOLD_REASON = 'policy matrix: trial pending';
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString();

/** A refusal: FORBIDDEN, or NOT_FOUND where the caller may not know the object exists. */
const DENIED: string[] = ['FORBIDDEN', 'NOT_FOUND'];

interface Fx {
  [key: string]: unknown;
}

/** How to run one row of the matrix (test/policy-matrix.ts holds what each actor should get). */
interface Row {
  row: MatrixRowId;
  setup: () => Promise<Fx>;
  run: (as: string, fx: Fx) => Promise<GraphQLResponse<unknown>>;
  /** For Y/H: does the response show the thing (listed / field present)? */
  shows?: (data: unknown, fx: Fx) => boolean;
  /** An allowed call changes the fixture: each allowed actor gets a fresh one. */
  mutates?: boolean;
}

type Conn = { edges: Array<{ node: { id: string } }> };

const PmReviewQueue = graphql(`
  query PmReviewQueue {
    reviewQueue {
      available(first: 200) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const PmProbeProvenance = graphql(`
  query PmProbeProvenance($id: ID!) {
    searchRequest(id: $id) {
      id
      probeProvenance {
        sourceType
      }
    }
  }
`);
const PmPacketProvenance = graphql(`
  query PmPacketProvenance($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probeProvenance {
        sourceType
      }
    }
  }
`);
const PmPackProvenance = graphql(`
  query PmPackProvenance($id: ID!) {
    disclosurePack(id: $id) {
      probe {
        provenance {
          sourceType
        }
      }
    }
  }
`);
const PmRegisterDocument = graphql(`
  mutation PmRegisterDocument($input: RegisterGovernanceDocumentVersionInput!) {
    registerGovernanceDocumentVersion(input: $input) {
      id
      documentId
    }
  }
`);
const PmApproveDocument = graphql(`
  mutation PmApproveDocument($versionId: ID!) {
    approveGovernanceDocumentVersion(versionId: $versionId) {
      id
    }
  }
`);
const PmAcknowledgeDocument = graphql(`
  mutation PmAcknowledgeDocument($versionId: ID!) {
    acknowledgeGovernanceDocument(versionId: $versionId) {
      versionId
    }
  }
`);
const PmGovernanceDocuments = graphql(`
  query PmGovernanceDocuments($forceId: ID) {
    governanceDocuments(forceId: $forceId) {
      id
    }
  }
`);
const PmGovernanceFile = graphql(`
  query PmGovernanceFile($versionId: ID!) {
    governanceDocumentFile(versionId: $versionId) {
      sha256
    }
  }
`);
const PmPendingAcknowledgements = graphql(`
  query PmPendingAcknowledgements {
    pendingGovernanceAcknowledgements {
      id
    }
  }
`);
const PmSetRequiredDocuments = graphql(`
  mutation PmSetRequiredDocuments($input: SetRequiredGovernanceDocumentsInput!) {
    setRequiredGovernanceDocuments(input: $input) {
      id
    }
  }
`);
const PmEnhance = graphql(`
  mutation PmEnhance($requestId: ID!) {
    enhanceProbe(requestId: $requestId, steps: [{ operation: "GREYSCALE" }]) {
      id
    }
  }
`);
const PmProbeEnhancement = graphql(`
  query PmProbeEnhancement($id: ID!) {
    searchRequest(id: $id) {
      id
      probeEnhancement {
        resultSha256
      }
    }
  }
`);
const PmPacketEnhanced = graphql(`
  query PmPacketEnhanced($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probeEnhancement {
        resultSha256
        enhancedImage {
          content {
            dataBase64
          }
        }
      }
    }
  }
`);
const PmMe = graphql(`
  query PmMe {
    me {
      id
    }
  }
`);
const PmForces = graphql(`
  query PmForces {
    forces(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmOfficers = graphql(`
  query PmOfficers {
    officers(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmCreateOfficer = graphql(`
  mutation PmCreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
      id
    }
  }
`);
const PmSetRoles = graphql(`
  mutation PmSetRoles($officerId: ID!, $roles: [Role!]!) {
    setOfficerRoles(officerId: $officerId, roles: $roles) {
      id
    }
  }
`);
const PmChangeAccess = graphql(`
  mutation PmChangeAccess($input: ChangeOfficerAccessInput!) {
    changeOfficerAccess(input: $input) {
      proposal {
        id
      }
    }
  }
`);
const PmApproveProposal = graphql(`
  mutation PmApproveProposal($id: ID!) {
    approveOfficerAccessProposal(id: $id) {
      id
    }
  }
`);
const PmRejectProposal = graphql(`
  mutation PmRejectProposal($id: ID!) {
    rejectOfficerAccessProposal(id: $id, reason: "Not trained for this role yet.") {
      id
    }
  }
`);
const PmProposals = graphql(`
  query PmProposals {
    officerAccessProposals(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmOversightGrants = graphql(`
  query PmOversightGrants {
    oversightGrants(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmSharingAgreements = graphql(`
  query PmSharingAgreements {
    sharingAgreements(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmCreateAgreement = graphql(`
  mutation PmCreateAgreement($input: CreateSharingAgreementInput!) {
    createSharingAgreement(input: $input) {
      id
    }
  }
`);
const PmComplianceReviews = graphql(`
  query PmComplianceReviews {
    complianceReviews(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmClaimCompliance = graphql(`
  mutation PmClaimCompliance($id: ID!) {
    claimComplianceReview(id: $id) {
      id
    }
  }
`);
const PmCompleteCompliance = graphql(`
  mutation PmCompleteCompliance($input: CompleteComplianceReviewInput!) {
    completeComplianceReview(input: $input) {
      id
    }
  }
`);
const PmComplianceSettings = graphql(`
  mutation PmComplianceSettings($input: SetComplianceReviewSettingsInput!) {
    setComplianceReviewSettings(input: $input) {
      id
    }
  }
`);
const PmOwnForceTiers = graphql(`
  query PmOwnForceTiers {
    me {
      forceId
    }
    forces(first: 10) {
      edges {
        node {
          id
          seriousnessTiers {
            name
            offenceCategories
            authorisation
            maxCandidates
            thresholdFloorFalseMatchRate
            under18Searchable
            notConvictedSearchable
          }
        }
      }
    }
  }
`);
const PmSetSeriousnessTiers = graphql(`
  mutation PmSetSeriousnessTiers($input: SetSeriousnessTiersInput!) {
    setSeriousnessTiers(input: $input) {
      name
    }
  }
`);
const PmSetOfficerRank = graphql(`
  mutation PmSetOfficerRank($input: SetOfficerRankInput!) {
    setOfficerRank(input: $input) {
      id
    }
  }
`);
const PmSetThresholdFloor = graphql(`
  mutation PmSetThresholdFloor($input: SetThresholdFloorInput!) {
    setThresholdFloor(input: $input) {
      id
    }
  }
`);
const PmRetentionPolicy = graphql(`
  query PmRetentionPolicy($forceId: ID) {
    retentionPolicy(forceId: $forceId) {
      forceId
      afterNoViableCandidateDays
    }
  }
`);
const PmSetRetentionPolicy = graphql(`
  mutation PmSetRetentionPolicy($input: SetRetentionPolicyInput!) {
    setRetentionPolicy(input: $input) {
      forceId
    }
  }
`);
const PmRecordCorroboration = graphql(`
  mutation PmRecordCorroboration($input: RecordLeadCorroborationInput!) {
    recordLeadCorroboration(input: $input) {
      id
    }
  }
`);
const PmProposeLeadAction = graphql(`
  mutation PmProposeLeadAction($input: ProposeLeadActionInput!) {
    proposeLeadAction(input: $input) {
      id
    }
  }
`);
const PmApproveLeadAction = graphql(`
  mutation PmApproveLeadAction($input: DecideLeadActionInput!) {
    approveLeadAction(input: $input) {
      id
    }
  }
`);
const PmRejectLeadAction = graphql(`
  mutation PmRejectLeadAction($input: DecideLeadActionInput!) {
    rejectLeadAction(input: $input) {
      id
    }
  }
`);
const PmLead = graphql(`
  query PmLead($requestId: ID!) {
    lead(requestId: $requestId) {
      requestId
    }
  }
`);
const PmLeadActions = graphql(`
  query PmLeadActions {
    leadActions(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmPlaceHold = graphql(`
  mutation PmPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {
    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {
      id
      inForce
    }
  }
`);
const PmReleaseHold = graphql(`
  mutation PmReleaseHold($requestId: ID!, $reason: String!) {
    releaseRetentionHold(requestId: $requestId, reason: $reason) {
      id
      inForce
    }
  }
`);
const PmCloseCase = graphql(`
  mutation PmCloseCase($caseId: ID!, $reason: String!) {
    closeCase(caseId: $caseId, reason: $reason) {
      id
      status
    }
  }
`);
const PmModelCalibrations = graphql(`
  query PmModelCalibrations {
    modelCalibrations {
      id
    }
  }
`);
const PmModelVersions = graphql(`
  query PmModelVersions($forceId: ID) {
    forceModelVersions(forceId: $forceId) {
      modelVersion
    }
  }
`);
const PmModelSwitches = graphql(`
  query PmModelSwitches($forceId: ID) {
    modelSwitches(forceId: $forceId) {
      id
    }
  }
`);
const PmModelValidations = graphql(`
  query PmModelValidations($forceId: ID) {
    modelValidations(forceId: $forceId) {
      id
    }
  }
`);
const PmModelValidation = graphql(`
  query PmModelValidation($id: ID!) {
    modelValidation(id: $id) {
      id
      equitableThreshold
    }
  }
`);
const PmProposeSwitch = graphql(`
  mutation PmProposeSwitch($input: ProposeModelSwitchInput!) {
    proposeModelSwitch(input: $input) {
      id
    }
  }
`);
const PmApproveSwitch = graphql(`
  mutation PmApproveSwitch($input: DecideModelSwitchInput!) {
    approveModelSwitch(input: $input) {
      id
    }
  }
`);
const PmWithdrawSwitch = graphql(`
  mutation PmWithdrawSwitch($input: DecideModelSwitchInput!) {
    withdrawModelSwitch(input: $input) {
      id
    }
  }
`);
const PmDeleteModelTemplates = graphql(`
  mutation PmDeleteModelTemplates($input: DeleteModelTemplatesInput!) {
    deleteModelTemplates(input: $input) {
      state
    }
  }
`);
const PmSetProbeGate = graphql(`
  mutation PmSetProbeGate($input: SetProbeHitRateGateInput!) {
    setProbeHitRateGate(input: $input) {
      id
    }
  }
`);

const PmRevokeAgreement = graphql(`
  mutation PmRevokeAgreement($id: ID!) {
    revokeSharingAgreement(id: $id) {
      id
    }
  }
`);
const PmCase = graphql(`
  query PmCase($id: ID!) {
    case(id: $id) {
      id
    }
  }
`);
const PmCases = graphql(`
  query PmCases {
    cases(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmCreateCase = graphql(`
  mutation PmCreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);
const PmAssign = graphql(`
  mutation PmAssign($caseId: ID!, $officerId: ID!) {
    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {
      id
    }
  }
`);
const PmEnrol = graphql(`
  mutation PmEnrol($input: EnrolCustodyImageInput!) {
    enrolCustodyImage(input: $input) {
      duplicate
    }
  }
`);
const PmCustodyImage = graphql(`
  query PmCustodyImage($id: ID!) {
    custodyImage(id: $id) {
      id
    }
  }
`);
const PmCustodyImagePerson = graphql(`
  query PmCustodyImagePerson($id: ID!) {
    custodyImage(id: $id) {
      id
      personReference
    }
  }
`);
const PmDue = graphql(`
  query PmDue($before: DateTimeISO!) {
    custodyImagesDueForReview(before: $before, first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmDeletionRequests = graphql(`
  query PmDeletionRequests {
    deletionRequests(first: 200) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const PmRequestDeletion = graphql(`
  mutation PmRequestDeletion($input: RequestDeletionInput!) {
    requestCustodyImageDeletion(input: $input) {
      id
    }
  }
`);
const PmDecideDeletion = graphql(`
  mutation PmDecideDeletion($id: ID!) {
    decideDeletionRequest(id: $id, grant: false, rationale: "Convicted; retention justified.") {
      id
    }
  }
`);
const PmVerify = graphql(`
  query PmVerify {
    verifyAuditChain {
      ok
    }
  }
`);
const PmAuditEvents = graphql(`
  query PmAuditEvents {
    auditEvents(first: 1) {
      pageInfo {
        hasNextPage
      }
    }
  }
`);
const PmChainHead = graphql(`
  mutation PmChainHead {
    exportAuditChainHead {
      seq
    }
  }
`);

describe('policy matrix (every role x every operation, over GraphQL)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let person: Enrolled;
  let spare: Enrolled;
  let swp: string;
  let gwp: string;
  const officer: Partial<Record<Actor, string>> = {};

  // ---- fixtures, all through the API ----------------------------------------------------------
  const draft = async (requester = 'swp.requester', extra = {}) => {
    const caseId = await wf.createCase(requester);
    const d = await wf.createSearch(caseId, person.face.probe, extra, requester);
    return { caseId, requestId: d.id };
  };
  const awaiting = async (requester = 'swp.requester') => {
    const d = await draft(requester, { includeNotConvicted: true });
    await wf.submit(d.requestId, requester);
    return d;
  };
  const firstReview = async (requester = 'swp.requester') => {
    const { requestId } = await wf.searchToFirstReview(person.face.probe, {}, requester);
    const task = await wf.taskFor(requestId, 'FIRST', 'swp.supervisor');
    return { requestId, taskId: task.id };
  };
  /** A request whose draft's probe was enhanced, in FIRST_REVIEW. */
  const enhancedFirstReview = async () => {
    const d = await draft();
    ok(await server.gql(PmEnhance, { requestId: d.requestId }, { as: 'swp.requester' }));
    await wf.submit(d.requestId);
    const task = await wf.taskFor(d.requestId, 'FIRST', 'swp.supervisor');
    return { requestId: d.requestId, taskId: task.id };
  };
  const firstClaimed = async () => {
    const fx = await firstReview();
    await wf.claim(fx.taskId, 'swp.reviewer1');
    const packet = ok(
      await server.gql(WfReviewPacket, { taskId: fx.taskId }, { as: 'swp.reviewer1' }),
    ).reviewPacket;
    const decisions = packet.candidates.map((c) => ({
      candidateId: c.id,
      decision: 'NOT_MATCH' as const,
      rationale: RATIONALES.NOT_MATCH,
    }));
    return { ...fx, decisions };
  };
  const secondOpen = async () => {
    const fx = await firstReview();
    await wf.claim(fx.taskId, 'swp.reviewer1');
    await wf.review(fx.taskId, 'swp.reviewer1', matchOnly(person));
    const second = await wf.taskFor(fx.requestId, 'SECOND', 'swp.supervisor');
    return { requestId: fx.requestId, taskId: second.id };
  };
  const secondClaimed = async () => {
    const fx = await secondOpen();
    await wf.claim(fx.taskId, 'swp.reviewer2');
    const candidates = await wf.lookAtCandidates(fx.taskId, 'swp.reviewer2');
    const decisions = candidates.map((c) => ({
      candidateId: c.id,
      decision: matchOnly(person)(c),
      rationale: RATIONALES[matchOnly(person)(c)],
    }));
    return { ...fx, decisions };
  };
  const ended = async (how: 'confirm' | 'dispute') => {
    const fx = await secondClaimed();
    const decisions =
      how === 'confirm' ? fx.decisions : fx.decisions.map((d) => ({ ...d, decision: 'NOT_MATCH' as const }));
    ok(
      await server.gql(WfSubmitReview, { input: { taskId: fx.taskId, decisions } }, { as: 'swp.reviewer2' }),
    );
    return { ...fx, mateId: fx.decisions.find((d) => d.decision === 'POSSIBLE_MATCH')!.candidateId };
  };
  const closed = async () => {
    const fx = await ended('confirm');
    ok(await server.gql(WfClose, { id: fx.requestId }, { as: 'swp.requester' }));
    return fx;
  };
  /** The PDF pack over HTTP, as a GraphQL-shaped response: an error code, or whether it embeds images. */
  const disclosurePdf = async (as: string, searchRequestId: string): Promise<GraphQLResponse<unknown>> => {
    const url = new URL('/exports/disclosure-pack.pdf', server.url);
    url.searchParams.append('searchRequestId', searchRequestId);
    const response = await fetch(url, { headers: { authorization: `Bearer ${await server.token(as)}` } });
    if (response.status !== 200) {
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      return {
        errors: [{ message: error.message, extensions: { code: error.code } }],
        status: response.status,
      };
    }
    const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
    return { data: { faceImages: /\/Subtype \/Image/.test(pdf) }, status: 200 };
  };
  /** A submission whose search has not run (as after a failure): the state `runSearch` is for. */
  const submittedUnsearched = async () => {
    const fx = await draft();
    await server.db.dataSource.query(
      `UPDATE search_request SET status = 'SUBMITTED', submitted_at = now(), version = version + 1 WHERE id = $1`,
      [fx.requestId],
    );
    return fx;
  };
  /** The compliance review of a search that has just reached its outcome. */
  const complianceOf = async (outcome: Promise<{ requestId: string }>) => {
    const { requestId } = await outcome;
    const [row] = await server.db.dataSource.query('SELECT id FROM compliance_review WHERE request_id = $1', [
      requestId,
    ]);
    return { requestId, reviewId: row.id as string };
  };
  const gwpFirstReview = async () => {
    const caseId = await wf.createCase('gwp.requester');
    const d = await wf.createSearch(
      caseId,
      person.face.probe,
      { otherGalleryForceIds: [swp] },
      'gwp.requester',
    );
    await wf.submit(d.id, 'gwp.requester');
    await wf.authorise(d.id, 'gwp.authoriser');
    const task = await wf.taskFor(d.id, 'FIRST', 'gwp.reviewer');
    return { requestId: d.id, taskId: task.id };
  };
  /** A CONFIRMED request of swp.requester with one corroboration recorded (its lead is CORROBORATED). */
  const corroboratedLead = async () => {
    const fx = await ended('confirm');
    ok(
      await server.gql(
        PmRecordCorroboration,
        {
          input: {
            requestId: fx.requestId,
            type: 'FINGERPRINT',
            reference: fresh('lab'),
            description: 'policy matrix: a fingerprint from the scene matched',
          },
        },
        { as: 'swp.requester' },
      ),
    );
    return fx;
  };
  /** An arrest `proposer` proposed on a corroborated lead of swp.requester. */
  const proposedArrest = async (proposer = 'swp.requester') => {
    const fx = await corroboratedLead();
    const action = ok(
      await server.gql(
        PmProposeLeadAction,
        { input: { requestId: fx.requestId, type: 'ARREST', reason: 'policy matrix: proportionate arrest' } },
        { as: proposer },
      ),
    ).proposeLeadAction;
    return { ...fx, actionId: action.id };
  };
  const decideArrest =
    (doc: typeof PmApproveLeadAction | typeof PmRejectLeadAction) => (as: string, fx: Fx) =>
      server.gql(
        doc,
        { input: { actionId: fx.actionId as string, reason: 'policy matrix: decided on the evidence' } },
        { as },
      );
  const none = async () => ({});

  // the governance register: versions of SWP's DPIA (never its facial recognition policy, which
  // would hold up every workflow row until acknowledged)
  const DPIA_PDF = Buffer.from('%PDF-1.4\n% policy matrix DPIA\n%%EOF\n', 'latin1').toString('base64');
  const dpiaVersion = async (as: string, approveAs?: string) => {
    const registered = ok(
      await server.gql(
        PmRegisterDocument,
        {
          input: {
            kind: 'DPIA',
            title: 'Policy matrix DPIA',
            version: `pm-${Math.random().toString(36).slice(2)}`,
            effectiveFrom: new Date().toISOString(),
            fileBase64: DPIA_PDF,
          },
        },
        { as },
      ),
    ).registerGovernanceDocumentVersion;
    if (approveAs) ok(await server.gql(PmApproveDocument, { versionId: registered.id }, { as: approveAs }));
    return { versionId: registered.id, documentId: registered.documentId };
  };
  let approvedDpia: Promise<Fx> | undefined;
  const approvedDpiaVersion = () => (approvedDpia ??= dpiaVersion('swp.admin', 'swp.admin2'));

  // a second face model version that covers SWP's gallery (dlib-128, re-enrolled once), so that
  // a gallery manager's switch to it is refused for policy reasons only
  let enrolledSecond: Promise<string> | undefined;
  const secondVersion = () =>
    (enrolledSecond ??= (async () => {
      const { services } = server.twokey;
      const report = await runReenrolment(server.db, services, { model: 'dlib-128', forceCodes: ['SWP'] });
      await recordValidation(server, 'SWP', report.modelVersion);
      return report.modelVersion;
    })());
  const withdrawOpenSwitch = async () => {
    const open = await server.db.manager.findOne(ModelSwitch, {
      where: { forceId: swp, status: ModelSwitchStatus.PROPOSED },
    });
    if (open)
      ok(
        await server.gql(
          PmWithdrawSwitch,
          { input: { switchId: open.id, reason: 'policy matrix: next row' } },
          { as: 'swp.gallery' },
        ),
      );
  };
  /** A switch swp.gallery proposed, open (the one left by an earlier row, or a new one). */
  const openSwitch = async () => {
    const open = await server.db.manager.findOne(ModelSwitch, {
      where: { forceId: swp, status: ModelSwitchStatus.PROPOSED },
    });
    if (open) return open.id;
    return ok(
      await server.gql(
        PmProposeSwitch,
        { input: { modelVersion: await secondVersion(), reason: 'policy matrix: validated on our images' } },
        { as: 'swp.gallery' },
      ),
    ).proposeModelSwitch.id;
  };
  // officer management: fresh officers, through the API (registerOfficer: one admin proposes, the second approves)
  const fresh = (prefix: string) => `pm.${prefix}.${Math.random().toString(36).slice(2, 10)}`;
  /** An SWP officer for whom `proposer` proposed SUPERVISOR on top of REQUESTER. */
  const supervisorProposal = async (proposer: string, target?: string) => {
    const officerId =
      target ?? (await registerOfficer(server, { subject: fresh('swp'), roles: ['REQUESTER'] }, 'swp.admin'));
    const roles = target ? ['ADMIN', 'SUPERVISOR'] : ['REQUESTER', 'SUPERVISOR'];
    const proposal = ok(
      await server.gql(PmChangeAccess, { input: { officerId, roles: roles as never } }, { as: proposer }),
    ).changeOfficerAccess.proposal!;
    return { officerId, proposalId: proposal.id };
  };
  /** An oversight officer registered by the national oversight administrators, overseeing `forces`. */
  const oversightOfficer = async (forces: string[]) => ({
    officerId: await registerOfficer(
      server,
      { subject: fresh('ovs'), roles: ['OVERSIGHT'], overseesForceIds: forces },
      'oversight.admin',
    ),
  });

  const search = (fx: Fx, extra: Record<string, unknown>, as: string) =>
    server.gql(
      WfCreateSearch,
      {
        input: {
          caseId: fx.caseId as string,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          probeProvenance: PROVENANCE,
          probeImageBase64: person.face.probe.toString('base64'),
          k: 5,
          ...extra,
        },
      },
      { as },
    );
  const id = (fx: Fx) => fx.requestId as string;
  /** Whether the fixture's object is on the page (lists are connections: edges of nodes). */
  const listed =
    (list: (d: never) => Conn, key = 'requestId') =>
    (data: unknown, fx: Fx) =>
      list(data as never).edges.some((x) => x.node.id === fx[key]);

  const ROWS: Row[] = [
    // ---- search requests ----
    {
      row: 'createSearch.ownGallery',
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as, fx) => search(fx, {}, as),
    },
    {
      row: 'createSearch.sharedGallery',
      setup: async () => ({ caseId: await wf.createCase('gwp.requester') }),
      run: (as, fx) => search(fx, { otherGalleryForceIds: [swp] }, as),
    },
    {
      row: 'createSearch.unsharedGallery',
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as, fx) => search(fx, { otherGalleryForceIds: [gwp] }, as),
    },
    {
      row: 'submitSearch.draft',
      mutates: true,
      setup: () => draft(),
      run: (as, fx) => server.gql(WfSubmitSearch, { id: id(fx) }, { as }),
    },
    {
      row: 'enhanceProbe.draft',
      mutates: true,
      setup: () => draft(),
      run: (as, fx) => server.gql(PmEnhance, { requestId: id(fx) }, { as }),
    },
    {
      row: 'authorise.request',
      mutates: true,
      setup: () => awaiting(),
      run: (as, fx) =>
        server.gql(
          WfDecideAuthorisation,
          { id: id(fx), authorise: true, rationale: 'Proportionate: serious offence, no other lead.' },
          { as },
        ),
    },
    {
      row: 'authorise.ownRequest',
      mutates: true,
      setup: () => awaiting('swp.multi'),
      run: (as, fx) =>
        server.gql(
          WfDecideAuthorisation,
          { id: id(fx), authorise: true, rationale: 'Proportionate: serious offence, no other lead.' },
          { as },
        ),
    },
    {
      row: 'runSearch.unsearched',
      mutates: true,
      setup: submittedUnsearched,
      run: (as, fx) => server.gql(WfRunSearch, { id: id(fx) }, { as }),
    },
    {
      row: 'searchRequest.firstReview',
      setup: () => firstReview(),
      run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }),
    },
    {
      row: 'searchRequest.justification',
      setup: () => firstReview(),
      run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { searchRequest: { justification: string | null } }).searchRequest.justification !== null,
    },
    {
      row: 'searchRequest.probeProvenance',
      setup: () => firstReview(),
      run: (as, fx) => server.gql(PmProbeProvenance, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { searchRequest: { probeProvenance: unknown } }).searchRequest.probeProvenance !== null,
    },
    {
      row: 'searchRequest.probeEnhancement',
      setup: enhancedFirstReview,
      run: (as, fx) => server.gql(PmProbeEnhancement, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { searchRequest: { probeEnhancement: unknown } }).searchRequest.probeEnhancement !== null,
    },
    {
      row: 'searchRequest.candidates',
      setup: () => firstReview(),
      run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { searchRequest: { candidates: unknown[] | null } }).searchRequest.candidates !== null,
    },
    {
      row: 'searchRequest.outcome',
      setup: () => ended('confirm'),
      run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }),
      shows: (d) => (d as { searchRequest: { outcome: unknown } }).searchRequest.outcome !== null,
    },
    {
      row: 'faceImage.adjudication',
      setup: () => ended('dispute'),
      run: (as, fx) => server.gql(WfRequestImages, { id: id(fx) }, { as }),
      shows: (d) =>
        Boolean(
          (d as { searchRequest: { probeImage: { content: { dataBase64: string } } | null } }).searchRequest
            .probeImage?.content.dataBase64,
        ),
    },
    {
      row: 'searchRequests.list',
      setup: () => firstReview(),
      run: (as) => server.gql(WfSearchRequests, {}, { as }),
      shows: listed((d: { searchRequests: Conn }) => d.searchRequests),
    },
    {
      row: 'searchRequest.gwpOverSwp',
      setup: gwpFirstReview,
      run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }),
    },
    {
      row: 'withdraw.firstReview',
      mutates: true,
      setup: () => firstReview(),
      run: (as, fx) =>
        server.gql(WfWithdraw, { id: id(fx), reason: 'Suspect identified another way.' }, { as }),
    },
    {
      row: 'adjudicate.disputed',
      mutates: true,
      setup: () => ended('dispute'),
      run: (as, fx) =>
        server.gql(
          WfAdjudicate,
          {
            id: id(fx),
            result: 'POSSIBLE_MATCH',
            candidateId: fx.mateId as string,
            rationale: 'Compared the faces myself: same ear and brow detail.',
          },
          { as },
        ),
    },
    {
      row: 'close.confirmed',
      mutates: true,
      setup: () => ended('confirm'),
      run: (as, fx) => server.gql(WfClose, { id: id(fx) }, { as }),
    },
    {
      row: 'disclosurePack.closed',
      setup: closed,
      run: (as, fx) => server.gql(WfDisclosurePack, { id: id(fx) }, { as }),
    },
    {
      row: 'disclosurePack.probeProvenance',
      setup: closed,
      run: (as, fx) => server.gql(PmPackProvenance, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { disclosurePack: { probe: { provenance: unknown } } }).disclosurePack.probe.provenance !==
        null,
    },
    {
      row: 'disclosurePack.probeImage',
      setup: closed,
      run: (as, fx) => server.gql(WfDisclosurePack, { id: id(fx) }, { as }),
      shows: (d) =>
        (d as { disclosurePack: { probe: { imageBase64: string | null } } }).disclosurePack.probe
          .imageBase64 !== null,
    },

    {
      row: 'disclosurePackPdf.closed',
      setup: closed,
      run: (as, fx) => disclosurePdf(as, id(fx)),
    },
    {
      row: 'disclosurePackPdf.faceImages',
      setup: closed,
      run: (as, fx) => disclosurePdf(as, id(fx)),
      shows: (d) => (d as { faceImages: boolean }).faceImages,
    },

    // ---- review tasks ----
    {
      row: 'reviewTasks.list',
      setup: () => firstReview(),
      run: (as, fx) => server.gql(WfReviewTasks, { requestId: id(fx) }, { as }),
      shows: listed((d: { reviewTasks: Conn }) => d.reviewTasks, 'taskId'),
    },
    {
      row: 'reviewQueue.list',
      setup: () => firstReview(),
      run: (as) => server.gql(PmReviewQueue, {}, { as }),
      shows: listed((d: { reviewQueue: { available: Conn } }) => d.reviewQueue.available, 'taskId'),
    },
    {
      row: 'claim.first',
      mutates: true,
      setup: () => firstReview(),
      run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'claim.firstOwnRequest',
      mutates: true,
      setup: () => firstReview('swp.multi'),
      run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'claim.secondAfterFirst',
      mutates: true,
      setup: secondOpen,
      run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'claim.gwpOverSwp',
      mutates: true,
      setup: gwpFirstReview,
      run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'reviewPacket.held',
      setup: firstClaimed,
      run: (as, fx) => server.gql(WfReviewPacket, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'reviewPacket.probeProvenance',
      setup: firstClaimed,
      run: (as, fx) => server.gql(PmPacketProvenance, { taskId: fx.taskId as string }, { as }),
      shows: (d) =>
        (d as { reviewPacket: { probeProvenance: unknown } }).reviewPacket.probeProvenance !== null,
    },
    {
      row: 'reviewPacket.enhancedProbe',
      setup: async () => {
        const fx = await enhancedFirstReview();
        await wf.claim(fx.taskId, 'swp.reviewer1');
        return fx;
      },
      run: (as, fx) => server.gql(PmPacketEnhanced, { taskId: fx.taskId as string }, { as }),
      shows: (d) =>
        (d as { reviewPacket: { probeEnhancement: { enhancedImage: unknown } | null } }).reviewPacket
          .probeEnhancement?.enhancedImage != null,
    },
    {
      row: 'faceImage.heldTask',
      setup: firstClaimed,
      run: (as, fx) => server.gql(WfReviewPacketImages, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'release.held',
      mutates: true,
      setup: firstClaimed,
      run: (as, fx) => server.gql(WfReleaseTask, { taskId: fx.taskId as string }, { as }),
    },
    {
      row: 'reassign.held',
      mutates: true,
      setup: firstClaimed,
      run: (as, fx) =>
        server.gql(
          WfReassignTask,
          { taskId: fx.taskId as string, reason: 'Reviewer on leave this week.' },
          { as },
        ),
    },
    {
      row: 'submitReview.first',
      mutates: true,
      setup: firstClaimed,
      run: (as, fx) =>
        server.gql(
          WfSubmitReview,
          { input: { taskId: fx.taskId as string, decisions: fx.decisions as never } },
          { as },
        ),
    },
    {
      row: 'submitReview.second',
      mutates: true,
      setup: secondClaimed,
      run: (as, fx) =>
        server.gql(
          WfSubmitReview,
          { input: { taskId: fx.taskId as string, decisions: fx.decisions as never } },
          { as },
        ),
    },

    // ---- post-search compliance review ----
    {
      row: 'complianceReviews.list',
      setup: () => complianceOf(ended('confirm')),
      run: (as) => server.gql(PmComplianceReviews, {}, { as }),
      shows: listed((d: { complianceReviews: Conn }) => d.complianceReviews, 'reviewId'),
    },
    {
      row: 'claimCompliance.open',
      mutates: true,
      setup: () => complianceOf(ended('confirm')),
      run: (as, fx) => server.gql(PmClaimCompliance, { id: fx.reviewId as string }, { as }),
    },
    {
      row: 'claimCompliance.participant',
      setup: () =>
        complianceOf(
          ended('dispute').then(async (fx) => {
            ok(
              await server.gql(
                WfAdjudicate,
                {
                  id: fx.requestId,
                  result: 'NO_VIABLE_CANDIDATE',
                  rationale: 'Compared the faces myself: the brow and jaw differ.',
                },
                { as: 'swp.supervisor' },
              ),
            );
            return fx;
          }),
        ),
      run: (as, fx) => server.gql(PmClaimCompliance, { id: fx.reviewId as string }, { as }),
    },
    {
      row: 'completeCompliance.held',
      mutates: true,
      setup: async () => {
        const fx = await complianceOf(ended('confirm'));
        ok(await server.gql(PmClaimCompliance, { id: fx.reviewId }, { as: 'swp.supervisor' }));
        return fx;
      },
      run: (as, fx) =>
        server.gql(
          PmCompleteCompliance,
          {
            input: {
              reviewId: fx.reviewId as string,
              findings: [
                { criterion: 'NECESSITY', result: 'MET' },
                { criterion: 'PROPORTIONALITY', result: 'MET' },
                { criterion: 'JUSTIFICATION', result: 'MET' },
                { criterion: 'LAWFUL_PROBE_SOURCE', result: 'MET' },
                { criterion: 'OUTCOME_HANDLED', result: 'MET' },
              ],
            },
          },
          { as },
        ),
    },
    {
      row: 'setComplianceReviewSettings',
      setup: none,
      // the default settings, unchanged, so the other rows' searches are all queued
      run: (as) =>
        server.gql(
          PmComplianceSettings,
          { input: { sampleRate: 1, dueDays: 28, reason: 'policy matrix: the settings as they stand' } },
          { as },
        ),
    },

    // ---- the lead after the match ----
    {
      row: 'recordLeadCorroboration',
      setup: () => ended('confirm'),
      run: (as, fx) =>
        server.gql(
          PmRecordCorroboration,
          {
            input: {
              requestId: id(fx),
              type: 'CCTV_TRACKING',
              reference: fresh('cctv'),
              description: 'policy matrix: traced on CCTV to the scene',
            },
          },
          { as },
        ),
    },
    {
      row: 'proposeLeadAction',
      mutates: true,
      setup: corroboratedLead,
      run: (as, fx) =>
        server.gql(
          PmProposeLeadAction,
          { input: { requestId: id(fx), type: 'ARREST', reason: 'policy matrix: proportionate arrest' } },
          { as },
        ),
    },
    {
      row: 'approveLeadAction.othersProposal',
      mutates: true,
      setup: () => proposedArrest(),
      run: decideArrest(PmApproveLeadAction),
    },
    {
      row: 'approveLeadAction.ownProposal',
      mutates: true,
      setup: () => proposedArrest('swp.supervisor'),
      run: decideArrest(PmApproveLeadAction),
    },
    {
      row: 'rejectLeadAction',
      mutates: true,
      setup: () => proposedArrest(),
      run: decideArrest(PmRejectLeadAction),
    },
    {
      row: 'lead',
      setup: () => proposedArrest(),
      run: (as, fx) => server.gql(PmLead, { requestId: id(fx) }, { as }),
    },
    {
      row: 'leadActions.list',
      setup: () => proposedArrest(),
      run: (as) => server.gql(PmLeadActions, {}, { as }),
      shows: listed((d: { leadActions: Conn }) => d.leadActions, 'actionId'),
    },

    // ---- the governance register ----
    {
      row: 'registerGovernanceDocumentVersion',
      mutates: true,
      setup: approvedDpiaVersion,
      run: (as, fx) =>
        server.gql(
          PmRegisterDocument,
          {
            input: {
              documentId: fx.documentId as string,
              version: `pm-${Math.random().toString(36).slice(2)}`,
              effectiveFrom: new Date().toISOString(),
              fileBase64: DPIA_PDF,
            },
          },
          { as },
        ),
    },
    {
      row: 'approveGovernanceDocumentVersion.othersUpload',
      mutates: true,
      setup: () => dpiaVersion('swp.admin2'),
      run: (as, fx) => server.gql(PmApproveDocument, { versionId: fx.versionId as string }, { as }),
    },
    {
      row: 'approveGovernanceDocumentVersion.ownUpload',
      mutates: true,
      setup: () => dpiaVersion('swp.admin'),
      run: (as, fx) => server.gql(PmApproveDocument, { versionId: fx.versionId as string }, { as }),
    },
    {
      row: 'acknowledgeGovernanceDocument',
      setup: approvedDpiaVersion,
      run: (as, fx) => server.gql(PmAcknowledgeDocument, { versionId: fx.versionId as string }, { as }),
    },
    {
      row: 'governanceDocuments',
      setup: approvedDpiaVersion,
      run: (as) => server.gql(PmGovernanceDocuments, { forceId: swp }, { as }),
      shows: (data, fx) =>
        (data as { governanceDocuments: Array<{ id: string }> }).governanceDocuments.some(
          (d) => d.id === fx.documentId,
        ),
    },
    {
      row: 'governanceDocumentFile',
      setup: approvedDpiaVersion,
      run: (as, fx) => server.gql(PmGovernanceFile, { versionId: fx.versionId as string }, { as }),
    },
    {
      row: 'pendingGovernanceAcknowledgements',
      setup: none,
      run: (as) => server.gql(PmPendingAcknowledgements, {}, { as }),
    },
    {
      row: 'setRequiredGovernanceDocuments',
      setup: none,
      run: (as) =>
        server.gql(
          PmSetRequiredDocuments,
          { input: { kinds: [], reason: 'policy matrix: nothing required' } },
          { as },
        ),
    },

    // ---- foundation and gallery operations ----
    { row: 'me', setup: none, run: (as) => server.gql(PmMe, {}, { as }) },
    { row: 'forces', setup: none, run: (as) => server.gql(PmForces, {}, { as }) },
    {
      row: 'officers.list',
      setup: async () => ({ officerId: officer.req }),
      run: (as) => server.gql(PmOfficers, {}, { as }),
      shows: listed((d: { officers: Conn }) => d.officers, 'officerId'),
    },
    {
      row: 'createOfficer.requester',
      setup: none,
      run: (as) =>
        server.gql(
          PmCreateOfficer,
          {
            input: {
              subject: `pm.${Math.random().toString(36).slice(2)}`,
              displayName: 'New Officer',
              roles: ['REQUESTER'],
            },
          },
          { as },
        ),
    },
    {
      row: 'setOfficerRoles.swpOfficer',
      setup: async () => ({ officerId: officer.req2 }),
      run: (as, fx) =>
        server.gql(PmSetRoles, { officerId: fx.officerId as string, roles: ['REQUESTER'] }, { as }),
    },
    // ---- officer management: who may grant what, to whom, in which force ----
    {
      row: 'createOfficer.supervisor',
      setup: none,
      run: (as) =>
        server.gql(
          PmCreateOfficer,
          {
            input: { subject: fresh('new'), displayName: 'New Officer', roles: ['REQUESTER', 'SUPERVISOR'] },
          },
          { as },
        ),
    },
    {
      row: 'createOfficer.oversight',
      setup: none,
      run: (as) =>
        server.gql(
          PmCreateOfficer,
          {
            input: {
              subject: fresh('ovs'),
              displayName: 'New Overseer',
              roles: ['OVERSIGHT'],
              overseesForceIds: [gwp],
            },
          },
          { as },
        ),
    },
    {
      row: 'createOfficer.oversightAdmin',
      setup: none,
      run: (as) =>
        server.gql(
          PmCreateOfficer,
          { input: { subject: fresh('oadm'), displayName: 'New Administrator', roles: ['OVERSIGHT_ADMIN'] } },
          { as },
        ),
    },
    {
      row: 'setOfficerRoles.self',
      setup: none,
      run: (as) =>
        server.gql(PmSetRoles, { officerId: officer[actorOf(as)]!, roles: ['SUPERVISOR'] }, { as }),
    },
    {
      row: 'setOfficerRoles.gwpOfficer',
      setup: none,
      run: (as) =>
        server.gql(PmSetRoles, { officerId: officer.gReq!, roles: ['REQUESTER', 'SUPERVISOR'] }, { as }),
    },
    {
      row: 'changeAccess.certification',
      setup: none,
      run: (as) =>
        server.gql(
          PmChangeAccess,
          {
            input: {
              officerId: officer.rev2!,
              roles: ['REVIEWER'],
              reviewerCertifiedUntil: new Date(Date.now() + 730 * 86_400_000).toISOString(),
            },
          },
          { as },
        ),
    },
    {
      row: 'changeAccess.addOversight',
      setup: () => oversightOfficer([swp]),
      run: (as, fx) =>
        server.gql(
          PmChangeAccess,
          {
            input: { officerId: fx.officerId as string, roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp] },
          },
          { as },
        ),
    },
    {
      row: 'changeAccess.removeOversight',
      mutates: true,
      setup: () => oversightOfficer([swp, gwp]),
      run: (as, fx) =>
        server.gql(
          PmChangeAccess,
          { input: { officerId: fx.officerId as string, roles: ['OVERSIGHT'], overseesForceIds: [swp] } },
          { as },
        ),
    },
    {
      row: 'proposals.list',
      setup: () => supervisorProposal('swp.admin2'),
      run: (as) => server.gql(PmProposals, {}, { as }),
      shows: listed((d: { officerAccessProposals: Conn }) => d.officerAccessProposals, 'proposalId'),
    },
    {
      row: 'approve.other',
      mutates: true,
      setup: () => supervisorProposal('swp.admin2'),
      run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }),
    },
    {
      row: 'approve.ownProposal',
      setup: () => supervisorProposal('swp.admin'),
      run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }),
    },
    {
      row: 'approve.forTarget',
      setup: () => supervisorProposal('swp.admin2', officer.adm),
      run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }),
    },
    {
      row: 'approve.gwpOversight',
      mutates: true,
      setup: async () => {
        const { officerId } = await oversightOfficer([swp]);
        const proposal = ok(
          await server.gql(
            PmChangeAccess,
            { input: { officerId, roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp] } },
            { as: 'gwp.admin' },
          ),
        ).changeOfficerAccess.proposal!;
        return { officerId, proposalId: proposal.id };
      },
      run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }),
    },
    {
      row: 'reject.other',
      mutates: true,
      setup: () => supervisorProposal('swp.admin2'),
      run: (as, fx) => server.gql(PmRejectProposal, { id: fx.proposalId as string }, { as }),
    },
    {
      row: 'oversightGrants.list',
      setup: async () => ({
        grantId: (
          await server.db.dataSource.query(
            'SELECT id FROM oversight_grant WHERE officer_id = $1 AND force_id = $2',
            [officer.ovs, gwp],
          )
        )[0].id,
      }),
      run: (as) => server.gql(PmOversightGrants, {}, { as }),
      shows: listed((d: { oversightGrants: Conn }) => d.oversightGrants, 'grantId'),
    },
    {
      row: 'sharingAgreements.list',
      setup: async () => ({
        agreementId: (
          await server.db.dataSource.query(
            `SELECT id FROM sharing_agreement WHERE reference = 'SWP-GWP-2026-01'`,
          )
        )[0].id,
      }),
      run: (as) => server.gql(PmSharingAgreements, {}, { as }),
      shows: listed((d: { sharingAgreements: Conn }) => d.sharingAgreements, 'agreementId'),
    },
    {
      row: 'createSharingAgreement',
      setup: none,
      run: async (as) => {
        const other = as.startsWith('gwp') ? swp : gwp;
        return server.gql(
          PmCreateAgreement,
          {
            input: {
              searchingForceId: other,
              reference: `PM-${Math.random().toString(36).slice(2)}`,
              validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString(),
            },
          },
          { as },
        );
      },
    },
    {
      row: 'setProbeHitRateGate',
      setup: none,
      // the default floor, unchanged, so the other rows' searches meet the same gate
      run: (as) =>
        server.gql(
          PmSetProbeGate,
          { input: { floor: 0.2, overrideAllowed: false, reason: 'policy matrix: the floor as it stands' } },
          { as },
        ),
    },
    {
      row: 'setThresholdFloor',
      setup: none,
      // the default floor, unchanged, so the other rows' searches need the same authorisation
      run: (as) =>
        server.gql(
          PmSetThresholdFloor,
          { input: { falseMatchRate: 1e-4, reason: 'policy matrix: the floor as it stands' } },
          { as },
        ),
    },
    {
      row: 'setSeriousnessTiers',
      setup: none,
      // the caller's force's tiers as they stand (its default configuration), so the other rows' searches are decided alike
      run: async (as) => {
        const { me, forces } = ok(await server.gql(PmOwnForceTiers, {}, { as }));
        const tiers = forces.edges.find((e) => e.node.id === me.forceId)!.node.seriousnessTiers;
        return server.gql(
          PmSetSeriousnessTiers,
          { input: { tiers, reason: 'policy matrix: the tiers as they stand' } },
          { as },
        );
      },
    },
    {
      row: 'setOfficerRank',
      setup: none,
      run: (as) =>
        server.gql(
          PmSetOfficerRank,
          { input: { officerId: officer.rev2!, rank: 'SERGEANT', reason: 'policy matrix: rank recorded' } },
          { as },
        ),
    },
    {
      row: 'modelCalibrations',
      setup: none,
      run: (as) => server.gql(PmModelCalibrations, {}, { as }),
      shows: (data) => (data as { modelCalibrations: unknown[] }).modelCalibrations.length > 0,
    },
    {
      row: 'forceModelVersions',
      setup: none,
      run: (as) => server.gql(PmModelVersions, { forceId: swp }, { as }),
      shows: (data) => (data as { forceModelVersions: unknown[] }).forceModelVersions.length > 0,
    },
    {
      row: 'modelSwitches',
      setup: async () => ({ switchId: await openSwitch() }),
      run: (as) => server.gql(PmModelSwitches, { forceId: swp }, { as }),
      shows: (data, fx) =>
        (data as { modelSwitches: Array<{ id: string }> }).modelSwitches.some((m) => m.id === fx.switchId),
    },
    {
      row: 'modelValidations',
      // the second version is validated by SWP before any switch to it
      setup: async () => ({ version: await secondVersion() }),
      run: (as) => server.gql(PmModelValidations, { forceId: swp }, { as }),
      shows: (data) => (data as { modelValidations: unknown[] }).modelValidations.length > 0,
    },
    {
      row: 'modelValidation',
      setup: async () => {
        const version = await secondVersion();
        const [row] = await server.db.dataSource.query(
          `SELECT id FROM model_validation WHERE force_id = $1 AND model_version = $2`,
          [swp, version],
        );
        return { validationId: row.id as string };
      },
      run: (as, fx) => server.gql(PmModelValidation, { id: fx.validationId as string }, { as }),
      shows: (data, fx) =>
        (data as { modelValidation: { id: string } }).modelValidation.id === fx.validationId,
    },
    {
      row: 'proposeModelSwitch',
      setup: async () => {
        await withdrawOpenSwitch();
        return {};
      },
      mutates: true,
      run: async (as) =>
        server.gql(
          PmProposeSwitch,
          {
            input: { modelVersion: await secondVersion(), reason: 'policy matrix: validated on our images' },
          },
          { as },
        ),
    },
    {
      row: 'approveModelSwitch.ownProposal',
      setup: async () => ({ switchId: await openSwitch() }),
      run: (as, fx) =>
        server.gql(
          PmApproveSwitch,
          { input: { switchId: fx.switchId as string, reason: 'policy matrix: approving' } },
          { as },
        ),
    },
    {
      row: 'withdrawModelSwitch',
      setup: async () => ({ switchId: await openSwitch() }),
      mutates: true,
      run: (as, fx) =>
        server.gql(
          PmWithdrawSwitch,
          { input: { switchId: fx.switchId as string, reason: 'policy matrix: withdrawing' } },
          { as },
        ),
    },
    {
      row: 'deleteModelTemplates',
      setup: async () => {
        await withdrawOpenSwitch();
        return {};
      },
      mutates: true,
      run: async (as) =>
        server.gql(
          PmDeleteModelTemplates,
          { input: { modelVersion: await secondVersion(), reason: 'policy matrix: not used' } },
          { as },
        ),
    },
    {
      row: 'revokeSharingAgreement',
      setup: async () => ({
        agreementId: ok(
          await server.gql(
            PmCreateAgreement,
            {
              input: {
                searchingForceId: gwp,
                reference: `PM-R-${Math.random().toString(36).slice(2)}`,
                validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString(),
              },
            },
            { as: 'swp.admin' },
          ),
        ).createSharingAgreement.id,
      }),
      run: (as, fx) => server.gql(PmRevokeAgreement, { id: fx.agreementId as string }, { as }),
    },
    {
      row: 'case.assigned',
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as, fx) => server.gql(PmCase, { id: fx.caseId as string }, { as }),
    },
    {
      row: 'cases.list',
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as) => server.gql(PmCases, {}, { as }),
      shows: listed((d: { cases: Conn }) => d.cases, 'caseId'),
    },
    {
      row: 'createCase',
      setup: none,
      run: (as) =>
        server.gql(
          PmCreateCase,
          {
            input: {
              crimeReference: `PM/${Math.random().toString(36).slice(2, 10)}`,
              offenceCategory: 'ROBBERY',
            },
          },
          { as },
        ),
    },
    {
      row: 'closeCase',
      mutates: true,
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as, fx) =>
        server.gql(
          PmCloseCase,
          { caseId: fx.caseId as string, reason: 'policy matrix: case complete' },
          { as },
        ),
    },
    // ---- retention of searches ----
    {
      row: 'retentionPolicy',
      setup: none,
      run: (as) => server.gql(PmRetentionPolicy, { forceId: swp }, { as }),
    },
    {
      row: 'setRetentionPolicy',
      setup: none,
      // the defaults, unchanged, so no other row's request becomes due
      run: (as) =>
        server.gql(
          PmSetRetentionPolicy,
          {
            input: {
              afterNoViableCandidateDays: 90,
              afterCaseClosureDays: 365,
              afterHoldDays: 30,
              reason: 'policy matrix: the periods as they stand',
            },
          },
          { as },
        ),
    },
    {
      row: 'placeRetentionHold',
      mutates: true,
      setup: () => ended('confirm'),
      run: (as, fx) =>
        server.gql(PmPlaceHold, { requestId: id(fx), reason: HOLD_REASON, reviewAt: inAYear() }, { as }),
    },
    {
      row: 'releaseRetentionHold',
      mutates: true,
      setup: async () => {
        const fx = await ended('confirm');
        ok(
          await server.gql(
            PmPlaceHold,
            { requestId: fx.requestId, reason: HOLD_REASON, reviewAt: inAYear() },
            { as: 'swp.requester' },
          ),
        );
        return fx;
      },
      run: (as, fx) =>
        server.gql(PmReleaseHold, { requestId: id(fx), reason: 'policy matrix: proceedings ended' }, { as }),
    },
    {
      row: 'assignCaseOfficer',
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }),
      run: (as, fx) =>
        server.gql(PmAssign, { caseId: fx.caseId as string, officerId: officer.req2! }, { as }),
    },
    {
      row: 'enrol',
      setup: none,
      run: (as) =>
        server.gql(
          PmEnrol,
          {
            input: {
              personReference: 'PNC/PM',
              custodyReference: 'CU/PM',
              capturedAt: '2024-01-01T00:00:00.000Z',
              retentionClass: 'CONVICTED',
              under18AtCapture: false,
              imageBase64: spare.face.enrol.toString('base64'),
            },
          },
          { as },
        ),
    },
    {
      row: 'custodyImage',
      setup: async () => ({ imageId: person.imageId }),
      run: (as, fx) => server.gql(PmCustodyImage, { id: fx.imageId as string }, { as }),
    },
    {
      row: 'custodyImage.personReference',
      setup: async () => ({ imageId: person.imageId }),
      run: (as, fx) => server.gql(PmCustodyImagePerson, { id: fx.imageId as string }, { as }),
      shows: (d) =>
        Boolean((d as { custodyImage: { personReference: string } }).custodyImage.personReference),
    },
    {
      row: 'custodyImagesDue',
      setup: none,
      run: (as) => server.gql(PmDue, { before: new Date().toISOString() }, { as }),
    },
    { row: 'deletionRequests.list', setup: none, run: (as) => server.gql(PmDeletionRequests, {}, { as }) },
    {
      row: 'requestDeletion',
      mutates: true,
      setup: async () => ({
        subjectId: (
          await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [
            spare.imageId,
          ])
        )[0].subject_id,
      }),
      run: (as, fx) =>
        server.gql(
          PmRequestDeletion,
          {
            input: {
              subjectId: fx.subjectId as string,
              requestedBy: 'The person',
              grounds: 'Asks for the record to be deleted.',
            },
          },
          { as },
        ),
    },
    {
      row: 'decideDeletion',
      mutates: true,
      setup: async () => {
        // the previous row left one pending; otherwise record one
        const [pending] = await server.db.dataSource.query(
          `SELECT id FROM deletion_request WHERE status = 'PENDING' AND $1 = ANY(image_ids)`,
          [spare.imageId],
        );
        if (pending) return { requestId: pending.id };
        const subjectId = (
          await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [
            spare.imageId,
          ])
        )[0].subject_id;
        const created = await server.gql(
          PmRequestDeletion,
          { input: { subjectId, requestedBy: 'The person', grounds: 'Asks for the record to be deleted.' } },
          { as: 'swp.gallery' },
        );
        return { requestId: ok(created).requestCustodyImageDeletion.id };
      },
      run: (as, fx) => server.gql(PmDecideDeletion, { id: id(fx) }, { as }),
    },
    { row: 'verifyAuditChain', setup: none, run: (as) => server.gql(PmVerify, {}, { as }) },
    { row: 'auditEvents', setup: none, run: (as) => server.gql(PmAuditEvents, {}, { as }) },
    { row: 'exportAuditChainHead', setup: none, run: (as) => server.gql(PmChainHead, {}, { as }) },
  ];

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    swp = await wf.forceId('SWP');
    gwp = await wf.forceId('GWP');
    const faces = await demoFaces(server.twokey.faces);
    person = await wf.enrol(faces[0]);
    for (const face of faces.slice(1, 4)) await wf.enrol(face);
    spare = await wf.enrol(faces[4]);
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const extra: Array<[string, Role[], string | undefined, string]> = [
      ['swp.requester2', ['REQUESTER'], undefined, 'swp.admin'],
      ['swp.multi', ['REQUESTER', 'AUTHORISER', 'REVIEWER'], inAYear, 'swp.admin'],
      ['swp.lapsed', ['REVIEWER'], '2025-01-01T00:00:00.000Z', 'swp.admin'],
    ];
    for (const [subject, roles, reviewerCertifiedUntil, as] of extra)
      await registerOfficer(server, { subject, roles, reviewerCertifiedUntil }, as);
    for (const actor of ACTOR_KEYS) officer[actor] = await wf.officerId(ACTORS[actor].subject);
  }, 300_000); // a fresh service, the demo photos analysed and five enrolments: minutes on a busy machine
  afterAll(() => server.stop());

  const deniedEvents = (actor: Actor) =>
    server.db.manager.count(AuditEvent, {
      where: { action: 'ACCESS_DENIED', actorOfficerId: officer[actor] },
    });

  const actorOf = (subject: string) => ACTOR_KEYS.find((a) => ACTORS[a].subject === subject)!;
  const specOf = new Map<string, MatrixRow>(POLICY_MATRIX.map((r) => [r.id, r]));
  const rowName = (r: Row) => `${specOf.get(r.row)!.operation} — ${specOf.get(r.row)!.scenario}`;

  it('should have one way to run each row of the matrix, in its order', () => {
    expect(ROWS.map((r) => r.row)).toEqual(POLICY_MATRIX.map((r) => r.id));
  });

  it.each(ROWS.map((r) => [rowName(r), r] as const))('%s', async (_name, row) => {
    const spec = specOf.get(row.row)!;
    const expected: Record<string, Cell> = {};
    const observed: Record<string, Cell | string> = {};
    const allowed = ACTOR_KEYS.filter((a) => expectedCell(spec, a) !== 'N');
    const denied = ACTOR_KEYS.filter((a) => expectedCell(spec, a) === 'N');
    let fx = await row.setup();
    for (const actor of denied) {
      expected[actor] = 'N';
      const before = await deniedEvents(actor);
      const response = await row.run(ACTORS[actor].subject, fx);
      const got = codes(response);
      observed[actor] =
        got.length === 1 && DENIED.includes(got[0]!)
          ? 'N'
          : response.errors
            ? `error ${got.join()}`
            : 'allowed';
      if (observed[actor] === 'N' && (await deniedEvents(actor)) !== before + 1)
        observed[actor] = 'N without audit event';
    }
    for (const [i, actor] of allowed.entries()) {
      expected[actor] = expectedCell(spec, actor);
      if (row.mutates && i > 0) fx = await row.setup();
      const response = await row.run(ACTORS[actor].subject, fx);
      if (response.errors) {
        observed[actor] = DENIED.includes(codes(response).join()) ? 'N' : `error ${codes(response).join()}`;
        continue;
      }
      observed[actor] = !row.shows || row.shows(response.data, fx) ? 'Y' : 'H';
    }
    expect(observed).toEqual(expected);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { AuditEvent } from '../../src/entities';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import {
  Enrolled, matchOnly, ok, RATIONALES, WfAdjudicate, WfClaimTask, WfClose, WfCreateSearch, WfDecideAuthorisation, WfDisclosurePack, WfReassignTask,
  WfReleaseTask, WfRequestImages, WfReviewPacket, WfReviewPacketImages, WfReviewTasks, WfRunSearch, WfSearchRequest, WfSearchRequests, WfSubmitReview,
  WfSubmitSearch, WfWithdraw, WorkflowDriver, JUSTIFICATION,
} from '../support/search-workflow';
import type { Role } from '../gql/graphql';
import { registerOfficer } from '../support/officers';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

/**
 * Every role against every query and mutation, in the situations the rules turn on: own force or
 * another (with and without a sharing agreement), own request or not, the first reviewer trying
 * the second review, a lapsed certification. The table below is the expectation; each cell is run
 * through the public API, each denial must be FORBIDDEN (NOT_FOUND where the caller may not even
 * read the object, so its existence is not revealed) and leave an ACCESS_DENIED audit event,
 * and the verified table is written to docs/policy.md.
 */

const ACTORS = {
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
type Actor = keyof typeof ACTORS;
const ACTOR_KEYS = Object.keys(ACTORS) as Actor[];

/** Y: allowed (and sees the thing); H: allowed, but the row is not in the list or the field is null; N: FORBIDDEN or NOT_FOUND. */
type Cell = 'Y' | 'H' | 'N';
/** A refusal: FORBIDDEN, or NOT_FOUND where the caller may not know the object exists. */
const DENIED: string[] = ['FORBIDDEN', 'NOT_FOUND'];

interface Fx {
  [key: string]: unknown;
}

interface Row {
  operation: string;
  scenario: string;
  /** Everyone not named is denied. */
  allow: Partial<Record<Actor, 'Y' | 'H'>>;
  setup: () => Promise<Fx>;
  run: (as: string, fx: Fx) => Promise<GraphQLResponse<unknown>>;
  /** For Y/H: does the response show the thing (listed / field present)? */
  shows?: (data: unknown, fx: Fx) => boolean;
  /** An allowed call changes the fixture: each allowed actor gets a fresh one. */
  mutates?: boolean;
}

type Conn = { edges: Array<{ node: { id: string } }> };

const y = (...actors: Actor[]) => Object.fromEntries(actors.map((a) => [a, 'Y'])) as Partial<Record<Actor, 'Y'>>;
const h = (...actors: Actor[]) => Object.fromEntries(actors.map((a) => [a, 'H'])) as Partial<Record<Actor, 'H'>>;

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
  const verified = new Set<Row>();

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
  const firstClaimed = async () => {
    const fx = await firstReview();
    await wf.claim(fx.taskId, 'swp.reviewer1');
    const packet = ok(await server.gql(WfReviewPacket, { taskId: fx.taskId }, { as: 'swp.reviewer1' })).reviewPacket;
    const decisions = packet.candidates.map((c) => ({ candidateId: c.id, decision: 'NOT_MATCH' as const, rationale: RATIONALES.NOT_MATCH }));
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
    const decisions = candidates.map((c) => ({ candidateId: c.id, decision: matchOnly(person)(c), rationale: RATIONALES[matchOnly(person)(c)] }));
    return { ...fx, decisions };
  };
  const ended = async (how: 'confirm' | 'dispute') => {
    const fx = await secondClaimed();
    const decisions = how === 'confirm' ? fx.decisions : fx.decisions.map((d) => ({ ...d, decision: 'NOT_MATCH' as const }));
    ok(await server.gql(WfSubmitReview, { input: { taskId: fx.taskId, decisions } }, { as: 'swp.reviewer2' }));
    return { ...fx, mateId: fx.decisions.find((d) => d.decision === 'POSSIBLE_MATCH')!.candidateId };
  };
  const closed = async () => {
    const fx = await ended('confirm');
    ok(await server.gql(WfClose, { id: fx.requestId }, { as: 'swp.requester' }));
    return fx;
  };
  /** A submission whose search has not run (as after a failure): the state `runSearch` is for. */
  const submittedUnsearched = async () => {
    const fx = await draft();
    await server.db.dataSource.query(`UPDATE search_request SET status = 'SUBMITTED', submitted_at = now(), version = version + 1 WHERE id = $1`, [fx.requestId]);
    return fx;
  };
  const gwpFirstReview = async () => {
    const caseId = await wf.createCase('gwp.requester');
    const d = await wf.createSearch(caseId, person.face.probe, { otherGalleryForceIds: [swp] }, 'gwp.requester');
    await wf.submit(d.id, 'gwp.requester');
    await wf.authorise(d.id, 'gwp.authoriser');
    const task = await wf.taskFor(d.id, 'FIRST', 'gwp.reviewer');
    return { requestId: d.id, taskId: task.id };
  };
  const none = async () => ({});
  // officer management: fresh officers, through the API (registerOfficer: one admin proposes, the second approves)
  const fresh = (prefix: string) => `pm.${prefix}.${Math.random().toString(36).slice(2, 10)}`;
  /** An SWP officer for whom `proposer` proposed SUPERVISOR on top of REQUESTER. */
  const supervisorProposal = async (proposer: string, target?: string) => {
    const officerId = target ?? (await registerOfficer(server, { subject: fresh('swp'), roles: ['REQUESTER'] }, 'swp.admin'));
    const roles = target ? ['ADMIN', 'SUPERVISOR'] : ['REQUESTER', 'SUPERVISOR'];
    const proposal = ok(await server.gql(PmChangeAccess, { input: { officerId, roles: roles as never } }, { as: proposer })).changeOfficerAccess.proposal!;
    return { officerId, proposalId: proposal.id };
  };
  /** An oversight officer registered by the national oversight administrators, overseeing `forces`. */
  const oversightOfficer = async (forces: string[]) => ({
    officerId: await registerOfficer(server, { subject: fresh('ovs'), roles: ['OVERSIGHT'], overseesForceIds: forces }, 'oversight.admin'),
  });

  const search = (fx: Fx, extra: Record<string, unknown>, as: string) =>
    server.gql(WfCreateSearch, { input: { caseId: fx.caseId as string, purpose: 'IDENTIFY_SUSPECT', legalBasis: 'COMMON_LAW_POLICING', justification: JUSTIFICATION, probeImageBase64: person.face.probe.toString('base64'), k: 5, ...extra } }, { as });
  const id = (fx: Fx) => fx.requestId as string;
  /** Whether the fixture's object is on the page (lists are connections: edges of nodes). */
  const listed = (list: (d: never) => Conn, key = 'requestId') => (data: unknown, fx: Fx) => list(data as never).edges.some((x) => x.node.id === fx[key]);

  const ROWS: Row[] = [
    // ---- search requests ----
    { operation: 'createSearchRequest', scenario: "case assigned to swp.requester; own force's gallery", allow: y('req'),
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }), run: (as, fx) => search(fx, {}, as) },
    { operation: 'createSearchRequest', scenario: "GWP case of gwp.requester; also SWP's gallery (shared with GWP)", allow: y('gReq'),
      setup: async () => ({ caseId: await wf.createCase('gwp.requester') }), run: (as, fx) => search(fx, { otherGalleryForceIds: [swp] }, as) },
    { operation: 'createSearchRequest', scenario: "case assigned to swp.requester; also GWP's gallery (not shared with SWP)", allow: {},
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }), run: (as, fx) => search(fx, { otherGalleryForceIds: [gwp] }, as) },
    { operation: 'submitSearchRequest', scenario: "swp.requester's draft", allow: y('req'), mutates: true,
      setup: () => draft(), run: (as, fx) => server.gql(WfSubmitSearch, { id: id(fx) }, { as }) },
    { operation: 'decideSearchAuthorisation', scenario: "swp.requester's request awaiting authorisation", allow: y('auth', 'multi'), mutates: true,
      setup: () => awaiting(), run: (as, fx) => server.gql(WfDecideAuthorisation, { id: id(fx), authorise: true, rationale: 'Proportionate: serious offence, no other lead.' }, { as }) },
    { operation: 'decideSearchAuthorisation', scenario: "swp.multi's own request awaiting authorisation", allow: y('auth'), mutates: true,
      setup: () => awaiting('swp.multi'), run: (as, fx) => server.gql(WfDecideAuthorisation, { id: id(fx), authorise: true, rationale: 'Proportionate: serious offence, no other lead.' }, { as }) },
    { operation: 'runSearch', scenario: "swp.requester's submitted request whose search has not run", allow: y('req', 'sup'), mutates: true,
      setup: submittedUnsearched, run: (as, fx) => server.gql(WfRunSearch, { id: id(fx) }, { as }) },
    { operation: 'searchRequest', scenario: "swp.requester's request in FIRST_REVIEW", allow: y('req', 'auth', 'multi', 'sup', 'adm', 'ovs'),
      setup: () => firstReview(), run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }) },
    { operation: 'searchRequest.justification', scenario: 'the why of a request', allow: { ...y('req', 'auth', 'multi', 'sup', 'ovs'), ...h('adm') },
      setup: () => firstReview(), run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }), shows: (d) => (d as { searchRequest: { justification: string | null } }).searchRequest.justification !== null },
    { operation: 'searchRequest.candidates', scenario: 'candidate list (ranks, scores, custody image ids) of a request in FIRST_REVIEW', allow: { ...y('sup', 'ovs'), ...h('req', 'auth', 'multi', 'adm') },
      setup: () => firstReview(), run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }), shows: (d) => (d as { searchRequest: { candidates: unknown[] | null } }).searchRequest.candidates !== null },
    { operation: 'searchRequest.outcome', scenario: 'outcome and custody record of a CONFIRMED request', allow: { ...y('req', 'sup', 'ovs'), ...h('auth', 'multi', 'adm') },
      setup: () => ended('confirm'), run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }), shows: (d) => (d as { searchRequest: { outcome: unknown } }).searchRequest.outcome !== null },
    { operation: 'FaceImage.content', scenario: 'probe and candidate images of a DISPUTED request (adjudication)', allow: { ...y('sup'), ...h('req', 'auth', 'multi', 'adm', 'ovs') },
      setup: () => ended('dispute'), run: (as, fx) => server.gql(WfRequestImages, { id: id(fx) }, { as }),
      shows: (d) => Boolean((d as { searchRequest: { probeImage: { content: { dataBase64: string } } | null } }).searchRequest.probeImage?.content.dataBase64) },
    { operation: 'searchRequests', scenario: "lists swp.requester's request", allow: { ...y('req', 'auth', 'multi', 'sup', 'adm', 'ovs'), ...h('req2', 'gReq', 'gAuth', 'gAdm') },
      setup: () => firstReview(), run: (as) => server.gql(WfSearchRequests, {}, { as }), shows: listed((d: { searchRequests: Conn }) => d.searchRequests) },
    { operation: 'searchRequest', scenario: "gwp.requester's request, also searching SWP's gallery", allow: y('gReq', 'gAuth', 'gAdm', 'ovs'),
      setup: gwpFirstReview, run: (as, fx) => server.gql(WfSearchRequest, { id: id(fx) }, { as }) },
    { operation: 'withdrawSearchRequest', scenario: "swp.requester's request in FIRST_REVIEW", allow: y('req', 'sup'), mutates: true,
      setup: () => firstReview(), run: (as, fx) => server.gql(WfWithdraw, { id: id(fx), reason: 'Suspect identified another way.' }, { as }) },
    { operation: 'adjudicateSearchRequest', scenario: 'DISPUTED request', allow: y('sup'), mutates: true,
      setup: () => ended('dispute'), run: (as, fx) => server.gql(WfAdjudicate, { id: id(fx), result: 'POSSIBLE_MATCH', candidateId: fx.mateId as string, rationale: 'Compared the faces myself: same ear and brow detail.' }, { as }) },
    { operation: 'closeSearchRequest', scenario: 'CONFIRMED request', allow: y('req', 'sup'), mutates: true,
      setup: () => ended('confirm'), run: (as, fx) => server.gql(WfClose, { id: id(fx) }, { as }) },
    { operation: 'disclosurePack', scenario: 'CLOSED request', allow: y('sup', 'ovs'),
      setup: closed, run: (as, fx) => server.gql(WfDisclosurePack, { id: id(fx) }, { as }) },
    { operation: 'disclosurePack.probe.imageBase64', scenario: 'the probe image in the pack', allow: { ...y('sup'), ...h('ovs') },
      setup: closed, run: (as, fx) => server.gql(WfDisclosurePack, { id: id(fx) }, { as }), shows: (d) => (d as { disclosurePack: { probe: { imageBase64: string | null } } }).disclosurePack.probe.imageBase64 !== null },

    // ---- review tasks ----
    { operation: 'reviewTasks', scenario: "lists the open first review of swp.requester's request", allow: { ...y('rev1', 'rev2', 'multi', 'sup', 'ovs'), ...h('gRev') },
      setup: () => firstReview(), run: (as, fx) => server.gql(WfReviewTasks, { requestId: id(fx) }, { as }), shows: listed((d: { reviewTasks: Conn }) => d.reviewTasks, 'taskId') },
    { operation: 'reviewQueue', scenario: "lists the open first review of swp.requester's request as claimable", allow: { ...h(...ACTOR_KEYS), ...y('rev1', 'rev2', 'multi') },
      setup: () => firstReview(), run: (as) => server.gql(PmReviewQueue, {}, { as }), shows: listed((d: { reviewQueue: { available: Conn } }) => d.reviewQueue.available, 'taskId') },
    { operation: 'claimReviewTask', scenario: "first review of swp.requester's request", allow: y('rev1', 'rev2', 'multi'), mutates: true,
      setup: () => firstReview(), run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }) },
    { operation: 'claimReviewTask', scenario: "first review of swp.multi's own request", allow: y('rev1', 'rev2'), mutates: true,
      setup: () => firstReview('swp.multi'), run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }) },
    { operation: 'claimReviewTask', scenario: 'second review; swp.reviewer1 did the first', allow: y('rev2', 'multi'), mutates: true,
      setup: secondOpen, run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }) },
    { operation: 'claimReviewTask', scenario: "first review of gwp.requester's request over SWP's gallery", allow: y('gRev'), mutates: true,
      setup: gwpFirstReview, run: (as, fx) => server.gql(WfClaimTask, { taskId: fx.taskId as string }, { as }) },
    { operation: 'reviewPacket', scenario: 'first review held by swp.reviewer1', allow: y('rev1'),
      setup: firstClaimed, run: (as, fx) => server.gql(WfReviewPacket, { taskId: fx.taskId as string }, { as }) },
    { operation: 'FaceImage.content', scenario: 'probe and candidate images of a task held by swp.reviewer1', allow: y('rev1'),
      setup: firstClaimed, run: (as, fx) => server.gql(WfReviewPacketImages, { taskId: fx.taskId as string }, { as }) },
    { operation: 'releaseReviewTask', scenario: 'held by swp.reviewer1', allow: y('rev1'), mutates: true,
      setup: firstClaimed, run: (as, fx) => server.gql(WfReleaseTask, { taskId: fx.taskId as string }, { as }) },
    { operation: 'reassignReviewTask', scenario: 'held by swp.reviewer1, back to the pool', allow: y('sup'), mutates: true,
      setup: firstClaimed, run: (as, fx) => server.gql(WfReassignTask, { taskId: fx.taskId as string, reason: 'Reviewer on leave this week.' }, { as }) },
    { operation: 'submitReview', scenario: 'first review held by swp.reviewer1', allow: y('rev1'), mutates: true,
      setup: firstClaimed, run: (as, fx) => server.gql(WfSubmitReview, { input: { taskId: fx.taskId as string, decisions: fx.decisions as never } }, { as }) },
    { operation: 'submitReview', scenario: 'second review held by swp.reviewer2; swp.reviewer1 did the first', allow: y('rev2'), mutates: true,
      setup: secondClaimed, run: (as, fx) => server.gql(WfSubmitReview, { input: { taskId: fx.taskId as string, decisions: fx.decisions as never } }, { as }) },

    // ---- foundation and gallery operations ----
    { operation: 'me', scenario: 'any signed-in officer', allow: y(...ACTOR_KEYS), setup: none, run: (as) => server.gql(PmMe, {}, { as }) },
    { operation: 'forces', scenario: 'the list of forces', allow: y(...ACTOR_KEYS), setup: none, run: (as) => server.gql(PmForces, {}, { as }) },
    { operation: 'officers', scenario: "lists swp.requester's record", allow: { ...h(...ACTOR_KEYS), ...y('req', 'adm') },
      setup: async () => ({ officerId: officer.req }), run: (as) => server.gql(PmOfficers, {}, { as }), shows: listed((d: { officers: Conn }) => d.officers, 'officerId') },
    { operation: 'createOfficer', scenario: 'in own force, REQUESTER (held at once)', allow: y('adm', 'gAdm'),
      setup: none, run: (as) => server.gql(PmCreateOfficer, { input: { subject: `pm.${Math.random().toString(36).slice(2)}`, displayName: 'New Officer', roles: ['REQUESTER'] } }, { as }) },
    { operation: 'setOfficerRoles', scenario: 'an SWP officer', allow: y('adm'),
      setup: async () => ({ officerId: officer.req2 }), run: (as, fx) => server.gql(PmSetRoles, { officerId: fx.officerId as string, roles: ['REQUESTER'] }, { as }) },
    // ---- officer management: who may grant what, to whom, in which force ----
    { operation: 'createOfficer', scenario: 'in own force, with SUPERVISOR (created without it; the role is proposed for a second admin)', allow: y('adm', 'gAdm'),
      setup: none, run: (as) => server.gql(PmCreateOfficer, { input: { subject: fresh('new'), displayName: 'New Officer', roles: ['REQUESTER', 'SUPERVISOR'] } }, { as }) },
    { operation: 'createOfficer', scenario: 'an OVERSIGHT officer overseeing GWP (proposed)', allow: y('gAdm', 'oAdm'),
      setup: none, run: (as) => server.gql(PmCreateOfficer, { input: { subject: fresh('ovs'), displayName: 'New Overseer', roles: ['OVERSIGHT'], overseesForceIds: [gwp] } }, { as }) },
    { operation: 'createOfficer', scenario: 'a national oversight administrator (OVERSIGHT_ADMIN, proposed)', allow: y('oAdm'),
      setup: none, run: (as) => server.gql(PmCreateOfficer, { input: { subject: fresh('oadm'), displayName: 'New Administrator', roles: ['OVERSIGHT_ADMIN'] } }, { as }) },
    { operation: 'setOfficerRoles', scenario: 'oneself, adding SUPERVISOR (a self-grant)', allow: {},
      setup: none, run: (as) => server.gql(PmSetRoles, { officerId: officer[actorOf(as)]!, roles: ['SUPERVISOR'] }, { as }) },
    { operation: 'setOfficerRoles', scenario: 'gwp.requester (a GWP officer), adding SUPERVISOR (proposed)', allow: y('gAdm'),
      setup: none, run: (as) => server.gql(PmSetRoles, { officerId: officer.gReq!, roles: ['REQUESTER', 'SUPERVISOR'] }, { as }) },
    { operation: 'changeOfficerAccess', scenario: 'swp.reviewer2: certification extended by a year (proposed)', allow: y('adm'),
      setup: none, run: (as) => server.gql(PmChangeAccess, { input: { officerId: officer.rev2!, roles: ['REVIEWER'], reviewerCertifiedUntil: new Date(Date.now() + 730 * 86_400_000).toISOString() } }, { as }) },
    { operation: 'changeOfficerAccess', scenario: 'an oversight officer of SWP: also oversee GWP (proposed)', allow: y('gAdm', 'oAdm'),
      setup: () => oversightOfficer([swp]), run: (as, fx) => server.gql(PmChangeAccess, { input: { officerId: fx.officerId as string, roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp] } }, { as }) },
    { operation: 'changeOfficerAccess', scenario: 'an oversight officer of SWP and GWP: stop overseeing GWP (at once)', allow: y('gAdm', 'oAdm'), mutates: true,
      setup: () => oversightOfficer([swp, gwp]), run: (as, fx) => server.gql(PmChangeAccess, { input: { officerId: fx.officerId as string, roles: ['OVERSIGHT'], overseesForceIds: [swp] } }, { as }) },
    { operation: 'officerAccessProposals', scenario: "lists another SWP admin's proposal of SUPERVISOR for an SWP officer", allow: { ...h(...ACTOR_KEYS), ...y('adm') },
      setup: () => supervisorProposal('swp.admin2'), run: (as) => server.gql(PmProposals, {}, { as }), shows: listed((d: { officerAccessProposals: Conn }) => d.officerAccessProposals, 'proposalId') },
    { operation: 'approveOfficerAccessProposal', scenario: "another SWP admin's proposal of SUPERVISOR for an SWP officer", allow: y('adm'), mutates: true,
      setup: () => supervisorProposal('swp.admin2'), run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }) },
    { operation: 'approveOfficerAccessProposal', scenario: "swp.admin's own proposal (the proposer)", allow: {},
      setup: () => supervisorProposal('swp.admin'), run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }) },
    { operation: 'approveOfficerAccessProposal', scenario: 'a proposal of SUPERVISOR for swp.admin (the target)', allow: {},
      setup: () => supervisorProposal('swp.admin2', officer.adm), run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }) },
    { operation: 'approveOfficerAccessProposal', scenario: "gwp.admin's proposal: an SWP-registered oversight officer also oversees GWP", allow: y('oAdm'), mutates: true,
      setup: async () => {
        const { officerId } = await oversightOfficer([swp]);
        const proposal = ok(await server.gql(PmChangeAccess, { input: { officerId, roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp] } }, { as: 'gwp.admin' })).changeOfficerAccess.proposal!;
        return { officerId, proposalId: proposal.id };
      },
      run: (as, fx) => server.gql(PmApproveProposal, { id: fx.proposalId as string }, { as }) },
    { operation: 'rejectOfficerAccessProposal', scenario: "another SWP admin's proposal of SUPERVISOR for an SWP officer", allow: y('adm'), mutates: true,
      setup: () => supervisorProposal('swp.admin2'), run: (as, fx) => server.gql(PmRejectProposal, { id: fx.proposalId as string }, { as }) },
    { operation: 'oversightGrants', scenario: "lists oversight.commissioner's grant of GWP", allow: { ...y('gAdm', 'oAdm', 'ovs'), ...h('adm') },
      setup: async () => ({ grantId: (await server.db.dataSource.query('SELECT id FROM oversight_grant WHERE officer_id = $1 AND force_id = $2', [officer.ovs, gwp]))[0].id }),
      run: (as) => server.gql(PmOversightGrants, {}, { as }), shows: listed((d: { oversightGrants: Conn }) => d.oversightGrants, 'grantId') },
    { operation: 'sharingAgreements', scenario: "lists SWP's agreement with GWP", allow: { ...h(...ACTOR_KEYS), ...y('adm', 'gAdm', 'ovs') },
      setup: async () => ({ agreementId: (await server.db.dataSource.query(`SELECT id FROM sharing_agreement WHERE reference = 'SWP-GWP-2026-01'`))[0].id }),
      run: (as) => server.gql(PmSharingAgreements, {}, { as }), shows: listed((d: { sharingAgreements: Conn }) => d.sharingAgreements, 'agreementId') },
    { operation: 'createSharingAgreement', scenario: "own force's gallery to the other force (from next year)", allow: y('adm', 'gAdm'),
      setup: none,
      run: async (as) => {
        const other = as.startsWith('gwp') ? swp : gwp;
        return server.gql(PmCreateAgreement, { input: { searchingForceId: other, reference: `PM-${Math.random().toString(36).slice(2)}`, validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString() } }, { as });
      } },
    { operation: 'revokeSharingAgreement', scenario: "an agreement sharing SWP's gallery", allow: y('adm'),
      setup: async () => ({ agreementId: ok(await server.gql(PmCreateAgreement, { input: { searchingForceId: gwp, reference: `PM-R-${Math.random().toString(36).slice(2)}`, validFrom: new Date(Date.now() + 365 * 86_400_000).toISOString() } }, { as: 'swp.admin' })).createSharingAgreement.id }),
      run: (as, fx) => server.gql(PmRevokeAgreement, { id: fx.agreementId as string }, { as }) },
    { operation: 'case', scenario: 'SWP case assigned to swp.requester', allow: y('req', 'auth', 'multi', 'sup', 'ovs'),
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }), run: (as, fx) => server.gql(PmCase, { id: fx.caseId as string }, { as }) },
    { operation: 'cases', scenario: 'lists an SWP case assigned to swp.requester', allow: { ...h(...ACTOR_KEYS), ...y('req', 'auth', 'multi', 'sup', 'ovs') },
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }), run: (as) => server.gql(PmCases, {}, { as }), shows: listed((d: { cases: Conn }) => d.cases, 'caseId') },
    { operation: 'createCase', scenario: 'in own force', allow: y('req', 'req2', 'multi', 'gReq'),
      setup: none, run: (as) => server.gql(PmCreateCase, { input: { crimeReference: `PM/${Math.random().toString(36).slice(2, 10)}`, offenceCategory: 'ROBBERY' } }, { as }) },
    { operation: 'assignCaseOfficer', scenario: 'SWP case assigned to swp.requester; add swp.requester2', allow: y('req', 'sup'),
      setup: async () => ({ caseId: await wf.createCase('swp.requester') }), run: (as, fx) => server.gql(PmAssign, { caseId: fx.caseId as string, officerId: officer.req2! }, { as }) },
    { operation: 'enrolCustodyImage', scenario: "into own force's gallery", allow: y('gal'),
      setup: none,
      run: (as) => server.gql(PmEnrol, { input: { personReference: 'PNC/PM', custodyReference: 'CU/PM', capturedAt: '2024-01-01T00:00:00.000Z', retentionClass: 'CONVICTED', under18AtCapture: false, imageBase64: spare.face.enrol.toString('base64') } }, { as }) },
    { operation: 'custodyImage', scenario: 'an SWP custody image', allow: y('gal'),
      setup: async () => ({ imageId: person.imageId }), run: (as, fx) => server.gql(PmCustodyImage, { id: fx.imageId as string }, { as }) },
    { operation: 'custodyImagesDueForReview', scenario: 'SWP records', allow: y('gal'),
      setup: none, run: (as) => server.gql(PmDue, { before: new Date().toISOString() }, { as }) },
    { operation: 'deletionRequests', scenario: 'SWP requests', allow: y('gal'),
      setup: none, run: (as) => server.gql(PmDeletionRequests, {}, { as }) },
    { operation: 'requestCustodyImageDeletion', scenario: 'an SWP subject', allow: y('gal'), mutates: true,
      setup: async () => ({ subjectId: (await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [spare.imageId]))[0].subject_id }),
      run: (as, fx) => server.gql(PmRequestDeletion, { input: { subjectId: fx.subjectId as string, requestedBy: 'The person', grounds: 'Asks for the record to be deleted.' } }, { as }) },
    { operation: 'decideDeletionRequest', scenario: 'a pending SWP request (refused, restoring the image)', allow: y('gal'), mutates: true,
      setup: async () => {
        // the previous row left one pending; otherwise record one
        const [pending] = await server.db.dataSource.query(`SELECT id FROM deletion_request WHERE status = 'PENDING' AND $1 = ANY(image_ids)`, [spare.imageId]);
        if (pending) return { requestId: pending.id };
        const subjectId = (await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [spare.imageId]))[0].subject_id;
        const created = await server.gql(PmRequestDeletion, { input: { subjectId, requestedBy: 'The person', grounds: 'Asks for the record to be deleted.' } }, { as: 'swp.gallery' });
        return { requestId: ok(created).requestCustodyImageDeletion.id };
      },
      run: (as, fx) => server.gql(PmDecideDeletion, { id: id(fx) }, { as }) },
    { operation: 'verifyAuditChain', scenario: 'the whole chain', allow: y('ovs'), setup: none, run: (as) => server.gql(PmVerify, {}, { as }) },
    { operation: 'auditEvents', scenario: 'audit history', allow: y('ovs'), setup: none, run: (as) => server.gql(PmAuditEvents, {}, { as }) },
    { operation: 'exportAuditChainHead', scenario: 'the chain head', allow: y('ovs'), setup: none, run: (as) => server.gql(PmChainHead, {}, { as }) },
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
      ['gwp.authoriser', ['AUTHORISER'], undefined, 'gwp.admin'],
    ];
    for (const [subject, roles, reviewerCertifiedUntil, as] of extra) await registerOfficer(server, { subject, roles, reviewerCertifiedUntil }, as);
    for (const actor of ACTOR_KEYS) officer[actor] = await wf.officerId(ACTORS[actor].subject);
  });
  afterAll(() => server.stop());

  const deniedEvents = (actor: Actor) => server.db.manager.count(AuditEvent, { where: { action: 'ACCESS_DENIED', actorOfficerId: officer[actor] } });

  const actorOf = (subject: string) => ACTOR_KEYS.find((a) => ACTORS[a].subject === subject)!;
  const rowName = (r: Row) => `${r.operation} — ${r.scenario}`;

  it.each(ROWS.map((r) => [rowName(r), r] as const))('%s', async (_name, row) => {
    const expected: Record<string, Cell> = {};
    const observed: Record<string, Cell | string> = {};
    const allowed = ACTOR_KEYS.filter((a) => row.allow[a]);
    const denied = ACTOR_KEYS.filter((a) => !row.allow[a]);
    let fx = await row.setup();
    for (const actor of denied) {
      expected[actor] = 'N';
      const before = await deniedEvents(actor);
      const response = await row.run(ACTORS[actor].subject, fx);
      const got = codes(response);
      observed[actor] = got.length === 1 && DENIED.includes(got[0]!) ? 'N' : response.errors ? `error ${got.join()}` : 'allowed';
      if (observed[actor] === 'N' && (await deniedEvents(actor)) !== before + 1) observed[actor] = 'N without audit event';
    }
    for (const [i, actor] of allowed.entries()) {
      expected[actor] = row.allow[actor]!;
      if (row.mutates && i > 0) fx = await row.setup();
      const response = await row.run(ACTORS[actor].subject, fx);
      if (response.errors) {
        observed[actor] = DENIED.includes(codes(response).join()) ? 'N' : `error ${codes(response).join()}`;
        continue;
      }
      observed[actor] = !row.shows || row.shows(response.data, fx) ? 'Y' : 'H';
    }
    expect(observed).toEqual(expected);
    verified.add(row);
  });

  it('should write the verified table to docs/policy.md, and list operations it does not cover', async () => {
    expect(verified.size).toBe(ROWS.length);
    const introspection = (await server.gql(getIntrospectionQuery(), {}, { as: 'swp.admin' })).data as unknown as IntrospectionQuery;
    const rootFields = (name: string | undefined) =>
      (introspection.__schema.types.find((t) => t.name === name) as { fields?: Array<{ name: string }> } | undefined)?.fields?.map((f) => f.name) ?? [];
    const operations = [
      ...rootFields(introspection.__schema.queryType?.name),
      ...rootFields(introspection.__schema.mutationType?.name ?? undefined),
      ...rootFields(introspection.__schema.subscriptionType?.name ?? undefined).map((n) => `${n} (subscription)`),
    ];
    const covered = new Set(ROWS.map((r) => r.operation.split('.')[0]));
    const uncovered = operations.filter((o) => !covered.has(o)).sort();
    const mark: Record<Cell, string> = { Y: '✓', H: '○', N: '✗' };
    const header = `| operation | situation | ${ACTOR_KEYS.join(' | ')} |\n| --- | --- | ${ACTOR_KEYS.map(() => ':-:').join(' | ')} |`;
    const lines = ROWS.map((r) => `| \`${r.operation}\` | ${r.scenario} | ${ACTOR_KEYS.map((a) => mark[(r.allow[a] ?? 'N') as Cell]).join(' | ')} |`);
    const doc = `# Who may do what: the policy matrix

Generated by \`test/api/policy-matrix.e2e.spec.ts\`, which runs every cell below through the GraphQL API
against a real database (do not edit by hand; run the test to regenerate). The rules themselves live
in \`src/policy/\` (CASL abilities with conditions, translated to SQL for lists).

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
    writeFileSync(join(__dirname, '..', '..', 'docs', 'policy.md'), doc);
  });
});

import { graphql } from '../gql';
import type {
  CandidateDecision,
  CreateSearchRequestInput,
  OffenceCategory,
  ProbeProvenanceInput,
} from '../gql/graphql';
import type { DemoFace } from './faces';
import { GraphQLResponse, TestServer } from './test-server';

/**
 * The search workflow's GraphQL operations and a small driver over them, shared by the end-to-end,
 * policy-matrix and concurrency tests. Everything goes through the public API.
 */

export const WfCreateCase = graphql(`
  mutation WfCreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

export const WfAssignOfficer = graphql(`
  mutation WfAssignOfficer($caseId: ID!, $officerId: ID!) {
    assignCaseOfficer(caseId: $caseId, officerId: $officerId) {
      id
    }
  }
`);

export const WfEnrol = graphql(`
  mutation WfEnrol($input: EnrolCustodyImageInput!) {
    enrolCustodyImage(input: $input) {
      image {
        id
        subjectId
      }
    }
  }
`);

export const WfCreateSearch = graphql(`
  mutation WfCreateSearch($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      version
      authorisationRequired
      authorisationReasons
      threshold
      k
      probeQuality {
        faceSizePx
        acceptable
      }
    }
  }
`);

export const WfSubmitSearch = graphql(`
  mutation WfSubmitSearch($id: ID!, $expectedVersion: Int) {
    submitSearchRequest(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
      candidateCount
    }
  }
`);

export const WfDecideAuthorisation = graphql(`
  mutation WfDecideAuthorisation($id: ID!, $authorise: Boolean!, $rationale: String!, $expectedVersion: Int) {
    decideSearchAuthorisation(
      id: $id
      authorise: $authorise
      rationale: $rationale
      expectedVersion: $expectedVersion
    ) {
      id
      status
      version
      candidateCount
    }
  }
`);

export const WfRunSearch = graphql(`
  mutation WfRunSearch($id: ID!) {
    runSearch(id: $id) {
      id
      status
    }
  }
`);

export const WfSearchRequest = graphql(`
  query WfSearchRequest($id: ID!) {
    searchRequest(id: $id) {
      id
      forceId
      caseId
      requesterId
      status
      version
      createdAt
      submittedAt
      searchedAt
      outcomeAt
      endedAt
      expiresAt
      threshold
      k
      includeUnder18
      includeNotConvicted
      galleryForceIds
      authorisationRequired
      authorisationReasons
      purpose
      legalBasis
      justification
      offenceCategory
      crimeReference
      probeQuality {
        faceSizePx
        sharpness
        detectorScore
        acceptable
      }
      authorisation {
        decision
        decidedById
        decidedAt
        rationale
      }
      endReason
      modelVersion
      policySnapshot {
        forceCodes
        modelVersion
        threshold
        thresholdFloor
        thresholdFloorFalseMatchRate
        minimumThreshold
        scoreCalibration
        k
        includeUnder18
        excludedRetentionClasses
        excludedStatuses
        eligibleCount
        takenAt
        searchMethod {
          kind
          reason
          shortlist
        }
      }
      candidateCount
      outcome {
        result
        caveat
        basis
        decidedAt
        custodyRecord {
          custodyImageId
          custodyReference
          personReference
          status
        }
      }
      candidates {
        id
        rank
        score
        custodyImageId
        image {
          kind
          candidateId
        }
      }
      reviews {
        stage
        status
        reviewerId
        claimedAt
        submittedAt
        decisions {
          rank
          decision
          rationale
        }
      }
      adjudication {
        adjudicatedById
        adjudicatedAt
        result
        candidateId
        rationale
      }
      probeImage {
        kind
      }
      visibleFields
    }
  }
`);

export const WfSearchRequests = graphql(`
  query WfSearchRequests($status: SearchRequestStatus, $caseId: ID) {
    searchRequests(status: $status, caseId: $caseId) {
      edges {
        node {
          id
          status
          forceId
        }
      }
    }
  }
`);

export const WfReviewTasks = graphql(`
  query WfReviewTasks($requestId: ID, $status: ReviewTaskStatus, $stage: ReviewStage) {
    reviewTasks(requestId: $requestId, status: $status, stage: $stage) {
      edges {
        node {
          id
          requestId
          stage
          status
          version
          claimedById
          claimedAt
          claimExpiresAt
          submittedAt
          decisions {
            rank
            decision
            rationale
          }
        }
      }
    }
  }
`);

export const WfClaimTask = graphql(`
  mutation WfClaimTask($taskId: ID!) {
    claimReviewTask(taskId: $taskId) {
      id
      status
      claimedById
      claimExpiresAt
    }
  }
`);

export const WfReleaseTask = graphql(`
  mutation WfReleaseTask($taskId: ID!) {
    releaseReviewTask(taskId: $taskId) {
      id
      status
    }
  }
`);

export const WfReassignTask = graphql(`
  mutation WfReassignTask($taskId: ID!, $reviewerId: ID, $reason: String!) {
    reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: $reason) {
      id
      status
      claimedById
    }
  }
`);

export const WfReviewPacket = graphql(`
  query WfReviewPacket($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      task {
        id
        stage
        status
        version
        claimExpiresAt
      }
      scoresHidden
      probe {
        kind
      }
      candidates {
        id
        rank
        score
        image {
          kind
          candidateId
        }
      }
    }
  }
`);

export const WfReviewPacketImages = graphql(`
  query WfReviewPacketImages($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probe {
        content {
          mimeType
          dataBase64
          viewId
        }
      }
      candidates {
        id
        rank
        image {
          content {
            mimeType
            dataBase64
            viewId
          }
        }
      }
    }
  }
`);

export const WfSubmitReview = graphql(`
  mutation WfSubmitReview($input: SubmitReviewInput!) {
    submitReview(input: $input) {
      id
      stage
      status
      submittedAt
      decisions {
        rank
        decision
      }
    }
  }
`);

export const WfRequestImages = graphql(`
  query WfRequestImages($id: ID!) {
    searchRequest(id: $id) {
      probeImage {
        content {
          dataBase64
        }
      }
      candidates {
        id
        rank
        image {
          content {
            dataBase64
          }
        }
      }
    }
  }
`);

export const WfAdjudicate = graphql(`
  mutation WfAdjudicate(
    $id: ID!
    $result: SearchOutcome!
    $candidateId: ID
    $rationale: String!
    $expectedVersion: Int
  ) {
    adjudicateSearchRequest(
      id: $id
      result: $result
      candidateId: $candidateId
      rationale: $rationale
      expectedVersion: $expectedVersion
    ) {
      id
      status
      version
    }
  }
`);

export const WfClose = graphql(`
  mutation WfClose($id: ID!, $expectedVersion: Int) {
    closeSearchRequest(id: $id, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

export const WfWithdraw = graphql(`
  mutation WfWithdraw($id: ID!, $reason: String!, $expectedVersion: Int) {
    withdrawSearchRequest(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

export const WfDisclosurePack = graphql(`
  query WfDisclosurePack($id: ID!) {
    disclosurePack(id: $id) {
      reference
      generatedAt
      forceCode
      outcomeCandidateRank
      request {
        id
        status
        justification
        threshold
        k
        modelVersion
        policySnapshot {
          eligibleCount
          forceCodes
        }
        authorisation {
          decision
          rationale
        }
        outcome {
          result
          caveat
        }
        reviews {
          stage
          reviewerId
          decisions {
            rank
            decision
            rationale
          }
        }
        adjudication {
          result
          rationale
        }
      }
      candidates {
        rank
        score
        custodyImageId
        custodyReference
      }
      probe {
        mimeType
        sha256
        imageBase64
        quality {
          faceSizePx
        }
        expectedHitRate {
          rankOne
          inCandidateList
        }
        hitRateFloor
        hitRateOverrideReason
      }
      officers {
        id
        displayName
      }
      auditTrail {
        seq
        action
        actorOfficerId
      }
      html
    }
  }
`);

export const WfVerifyChain = graphql(`
  query WfVerifyChain {
    verifyAuditChain {
      ok
      checked
    }
  }
`);

export const JUSTIFICATION =
  'CCTV still of the suspect leaving the scene of the offence on 3 March; no other line of enquiry has identified him.';

/** Where the tests' probes came from: every search request must say (`probeProvenance`). */
export const PROVENANCE = {
  sourceType: 'CCTV',
  obtainedBy: 'DC 4417 Rhys Morgan',
  obtainedAt: '2026-03-04T10:15:00.000Z',
  obtainedFrom: 'Shop CCTV, camera 3, 12 Queen Street, Cardiff: exported by the store manager',
  exhibitReference: 'RM/1',
} as const satisfies ProbeProvenanceInput;

/** The data of a response that must have succeeded; otherwise a failure that shows the errors. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data)
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter += 1)}`;

export interface Enrolled {
  face: DemoFace;
  imageId: string;
  personReference: string;
}

/** Drives the workflow as the demo officers, one GraphQL call at a time. */
/** A search request's input as the workflow tests make it (an identification, k 5), with `probe` fields and any others in `extra`. */
export function searchRequestInput(
  caseId: string,
  extra: Partial<CreateSearchRequestInput>,
): CreateSearchRequestInput {
  return {
    caseId,
    purpose: 'IDENTIFY_SUSPECT',
    legalBasis: 'COMMON_LAW_POLICING',
    justification: JUSTIFICATION,
    probeProvenance: PROVENANCE,
    k: 5,
    ...extra,
  };
}

export class WorkflowDriver {
  constructor(readonly server: TestServer) {}

  gql: TestServer['gql'] = (doc, vars, auth) => this.server.gql(doc, vars, auth);

  async officerId(subject: string): Promise<string> {
    const [row] = await this.server.db.dataSource.query('SELECT id FROM officer WHERE subject = $1', [
      subject,
    ]);
    return row.id;
  }

  async forceId(code: string): Promise<string> {
    const [row] = await this.server.db.dataSource.query('SELECT id FROM force WHERE code = $1', [code]);
    return row.id;
  }

  async enrol(face: DemoFace, extra: Record<string, unknown> = {}, as = 'swp.gallery'): Promise<Enrolled> {
    const personReference = unique('PNC/');
    const data = ok(
      await this.gql(
        WfEnrol,
        {
          input: {
            personReference,
            custodyReference: unique('CU/'),
            capturedAt: '2024-06-01T09:00:00.000Z',
            retentionClass: 'CONVICTED',
            under18AtCapture: false,
            imageBase64: face.enrol.toString('base64'),
            ...extra,
          },
        },
        { as },
      ),
    );
    return { face, imageId: data.enrolCustodyImage.image.id, personReference };
  }

  async createCase(as = 'swp.requester', offenceCategory: OffenceCategory = 'ROBBERY'): Promise<string> {
    return ok(
      await this.gql(WfCreateCase, { input: { crimeReference: unique('62/'), offenceCategory } }, { as }),
    ).createCase.id;
  }

  async createSearch(
    caseId: string,
    probe: Buffer,
    extra: Partial<CreateSearchRequestInput> = {},
    as = 'swp.requester',
  ) {
    return ok(
      await this.gql(
        WfCreateSearch,
        { input: searchRequestInput(caseId, { probeImageBase64: probe.toString('base64'), ...extra }) },
        { as },
      ),
    ).createSearchRequest;
  }

  async submit(id: string, as = 'swp.requester') {
    return ok(await this.gql(WfSubmitSearch, { id }, { as })).submitSearchRequest;
  }

  async authorise(id: string, as = 'swp.authoriser') {
    return ok(
      await this.gql(
        WfDecideAuthorisation,
        { id, authorise: true, rationale: 'Serious offence, no other line of enquiry; proportionate.' },
        { as },
      ),
    ).decideSearchAuthorisation;
  }

  async taskFor(requestId: string, stage: 'FIRST' | 'SECOND', as: string) {
    const tasks = ok(await this.gql(WfReviewTasks, { requestId, stage }, { as })).reviewTasks.edges.map(
      (e) => e.node,
    );
    return tasks[0];
  }

  async claim(taskId: string, as: string) {
    return ok(await this.gql(WfClaimTask, { taskId }, { as })).claimReviewTask;
  }

  /**
   * What a reviewer does: opens the probe and every candidate (each view audited) and compares
   * them. In the test the comparison is exact: the candidate whose custody photo is the enrolled
   * photo of `person` is theirs.
   */
  async lookAtCandidates(taskId: string, as: string) {
    const data = ok(await this.gql(WfReviewPacketImages, { taskId }, { as }));
    return data.reviewPacket.candidates.map((c) => ({
      id: c.id,
      rank: c.rank,
      bytes: Buffer.from(c.image.content.dataBase64, 'base64'),
    }));
  }

  async review(
    taskId: string,
    as: string,
    decide: (candidate: { id: string; rank: number; bytes: Buffer }) => CandidateDecision,
  ) {
    const candidates = await this.lookAtCandidates(taskId, as);
    const decisions = candidates.map((c) => {
      const decision = decide(c);
      return { candidateId: c.id, decision, rationale: RATIONALES[decision] };
    });
    return ok(await this.gql(WfSubmitReview, { input: { taskId, decisions } }, { as })).submitReview;
  }

  /** Create (on a new case), submit and, when needed, authorise: the request ends in FIRST_REVIEW. */
  async searchToFirstReview(
    probe: Buffer,
    extra: Partial<CreateSearchRequestInput> = {},
    requester = 'swp.requester',
  ) {
    const caseId = await this.createCase(requester);
    const draft = await this.createSearch(caseId, probe, extra, requester);
    const submitted = await this.submit(draft.id, requester);
    if (submitted.status === 'AWAITING_AUTHORISATION') await this.authorise(draft.id);
    return { caseId, requestId: draft.id };
  }
}

export const RATIONALES: Record<CandidateDecision, string> = {
  POSSIBLE_MATCH: 'Same ear shape, nose bridge and brow line; no unexplained differences.',
  NOT_MATCH: 'Different face shape and eye spacing.',
  INCONCLUSIVE: 'Probe too oblique to compare the jaw line.',
};

/** A decision rule for `review`: possible match on the person's own photo, not a match otherwise. */
export const matchOnly =
  (person: Enrolled | null) =>
  (c: { bytes: Buffer }): CandidateDecision =>
    person && c.bytes.equals(person.face.enrol) ? 'POSSIBLE_MATCH' : 'NOT_MATCH';

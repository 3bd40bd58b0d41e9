import { writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { SEARCH_TUNING } from '../../src/db/face-search.repository';
import { SearchRequest } from '../../src/entities';
import { graphql } from '../gql';
import { sample } from '../inference/helpers';
import { demoFaces, DemoFace } from '../support/faces';
import {
  Enrolled,
  matchOnly,
  ok,
  PROVENANCE,
  RATIONALES,
  WfAdjudicate,
  WfClose,
  WfDisclosurePack,
  WfRequestImages,
  WfReviewPacket,
  WfReviewTasks,
  WfSearchRequest,
  WfSearchRequests,
  WfSubmitReview,
  WfVerifyChain,
  WorkflowDriver,
} from '../support/search-workflow';
import { registerOfficer } from '../support/officers';
import { codes, TestServer } from '../support/test-server';

const WfCreateSearchRaw = graphql(`
  mutation WfCreateSearchRaw($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      threshold
      k
      authorisationRequired
      authorisationReasons
      probeQuality {
        acceptable
        faceSizePx
      }
    }
  }
`);

const WfForceFloors = graphql(`
  query WfForceFloors {
    forces {
      edges {
        node {
          code
          thresholdFloor
          thresholdFloorFalseMatchRate
        }
      }
    }
  }
`);

const WfDecideAuthorisationRaw = graphql(`
  mutation WfDecideAuthorisationRaw($id: ID!, $authorise: Boolean!, $rationale: String!) {
    decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) {
      id
    }
  }
`);

/**
 * The three ways a search can end, each driven through the public GraphQL API only with real
 * models and photos: a case, a request that needs authorisation, the search, a first review and a
 * blind second review, then CONFIRMED, NO_VIABLE_CANDIDATE, or DISPUTED and ADJUDICATED.
 */
describe('SearchRequestService and ReviewService (over GraphQL)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let gallery: Enrolled[];
  let stranger: DemoFace;
  const ids: Record<string, string> = {};
  // thresholds in the default face model's own scale (its calibration), never another model's cosines
  const floor = (): number => server.twokey.faces.calibration!.thresholdAtFar1e4;
  const lowestThreshold = (): number => server.twokey.faces.calibration!.thresholdAtFar1e3;

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    gallery = [];
    for (const face of faces.slice(0, 8)) gallery.push(await wf.enrol(face));
    // someone not in the gallery, on a probe with one face usable as a probe (as the force's floor judges it)
    const { probeHitRateFloor } = (
      await server.db.dataSource.query(
        `SELECT probe_hit_rate_floor AS "probeHitRateFloor" FROM force WHERE code = 'SWP'`,
      )
    )[0] as { probeHitRateFloor: number };
    for (const face of faces.slice(8).reverse()) {
      if (
        await server.twokey.faces
          .templateFor(face.probe, undefined, { use: 'probe', probeHitRateFloor })
          .then(
            () => true,
            () => false,
          )
      ) {
        stranger = face;
        break;
      }
    }
    for (const subject of [
      'swp.requester',
      'swp.authoriser',
      'swp.reviewer1',
      'swp.reviewer2',
      'swp.supervisor',
    ])
      ids[subject] = await wf.officerId(subject);
  });
  afterAll(() => server.stop());

  const view = (id: string, as: string) => server.gql(WfSearchRequest, { id }, { as });
  // the workflow's steps; reads of the justification and candidates are recorded too, and have tests of their own
  const trailOf = async (id: string) =>
    ok(await server.gql(WfDisclosurePack, { id }, { as: 'swp.supervisor' }))
      .disclosurePack.auditTrail.map((e) => e.action)
      .filter((a) => a !== 'SEARCH_REQUEST_CONTENT_READ');
  /**
   * The examiner compares every candidate shown (as the FBI requires): a review that leaves one
   * out, decides one twice or names one not on the list is refused as BAD_USER_INPUT, and nothing
   * of it is kept (the task stays claimed, with no decisions).
   */
  const expectEveryCandidateDecided = async (taskId: string, as: string) => {
    // the candidates the packet shows (their ids: opening the images is each reviewer's own audited step)
    const shown = ok(await server.gql(WfReviewPacket, { taskId }, { as })).reviewPacket.candidates;
    expect(shown.length).toBeGreaterThan(1);
    const decision = (id: string) => ({
      candidateId: id,
      decision: 'NOT_MATCH' as const,
      rationale: RATIONALES.NOT_MATCH,
    });
    const all = shown.map((c) => decision(c.id));
    const missingOne = await server.gql(
      WfSubmitReview,
      { input: { taskId, decisions: all.slice(1) } },
      { as },
    );
    expect(codes(missingOne)).toEqual(['BAD_USER_INPUT']);
    expect(missingOne.errors![0].extensions).toMatchObject({ field: 'decisions', missing: 1 });
    // no decision at all is refused at the boundary, naming the field
    const none = await server.gql(WfSubmitReview, { input: { taskId, decisions: [] } }, { as });
    expect(codes(none)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(none.errors![0].extensions)).toContain('decisions');
    const twice = await server.gql(
      WfSubmitReview,
      { input: { taskId, decisions: [...all.slice(1), all[1]] } },
      { as },
    );
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    const [otherTask] = await server.db.dataSource.query(
      `SELECT c.id FROM search_candidate c JOIN review_task t ON t.request_id <> c.request_id WHERE t.id = $1 LIMIT 1`,
      [taskId],
    );
    if (otherTask) {
      const foreign = await server.gql(
        WfSubmitReview,
        { input: { taskId, decisions: [...all.slice(1), decision(otherTask.id)] } },
        { as },
      );
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
    }
    const [task] = await server.db.dataSource.query(
      `SELECT status, (SELECT count(*)::int FROM review_decision d WHERE d.task_id = t.id) AS decisions FROM review_task t WHERE t.id = $1`,
      [taskId],
    );
    expect(task).toEqual({ status: 'CLAIMED', decisions: 0 });
  };
  const chainVerifies = async () => {
    const result = ok(await server.gql(WfVerifyChain, {}, { as: 'oversight.commissioner' })).verifyAuditChain;
    expect(result.ok).toBe(true);
  };

  describe('a possible match confirmed by two reviewers', () => {
    let requestId: string;
    let secondReviewerPacket: unknown;
    const person = () => gallery[2];

    it('should hold a request that needs authorisation until an authoriser approves it, then search', async () => {
      const caseId = await wf.createCase('swp.requester', 'THEFT');
      const draft = await wf.createSearch(caseId, person().face.probe);
      requestId = draft.id;
      expect(draft).toMatchObject({
        status: 'DRAFT',
        authorisationRequired: true,
        authorisationReasons: ['OFFENCE_NOT_IN_ALLOWED_LIST'],
        threshold: floor(),
        k: 5,
      });
      expect(draft.probeQuality?.acceptable).toBe(true);

      const submitted = await wf.submit(requestId);
      expect(submitted.status).toBe('AWAITING_AUTHORISATION');
      expect(submitted.candidateCount).toBeNull();

      const authorised = await wf.authorise(requestId);
      expect(authorised.status).toBe('FIRST_REVIEW');
      expect(authorised.candidateCount).toBeGreaterThan(0);

      const supervisorView = ok(await view(requestId, 'swp.supervisor')).searchRequest;
      expect(supervisorView.policySnapshot).toMatchObject({
        forceCodes: ['SWP'],
        threshold: floor(),
        thresholdFloor: floor(),
        thresholdFloorFalseMatchRate: 1e-4,
        minimumThreshold: lowestThreshold(),
        k: 5,
        includeUnder18: false,
        excludedRetentionClasses: ['NOT_CHARGED', 'NO_FURTHER_ACTION'],
      });
      expect(supervisorView.policySnapshot?.eligibleCount).toBe(gallery.length);
      expect(supervisorView.policySnapshot?.searchMethod).toEqual({
        kind: 'HNSW',
        reason: null,
        shortlist: 5, // K: the halfvec order is the exact order up to rounding, re-scored exactly
      });
      // a snapshot recorded before plain HNSW replaced the centred key still reads as it was
      const setMethod = (method: unknown) =>
        server.db.dataSource.query(
          `UPDATE search_request SET policy_snapshot = jsonb_set(policy_snapshot, '{searchMethod}', $2::jsonb) WHERE id = $1`,
          [requestId, JSON.stringify(method)],
        );
      await setMethod({
        kind: 'CENTRED_SHORTLIST',
        centreFunction: 'face_centre_3',
        shortlist: 100,
        efSearch: 100,
      });
      expect(ok(await view(requestId, 'swp.supervisor')).searchRequest.policySnapshot?.searchMethod).toEqual({
        kind: 'CENTRED_SHORTLIST',
        reason: null,
        shortlist: 100,
      });
      await setMethod({ kind: 'HNSW', shortlist: 5, efSearch: SEARCH_TUNING.efSearch });
      expect(supervisorView.candidates?.[0].custodyImageId).toBe(person().imageId);
      expect(supervisorView.authorisation).toMatchObject({
        decision: 'AUTHORISED',
        decidedById: ids['swp.authoriser'],
      });
    });

    it('should let the first reviewer claim the task, see probe and candidates with scores, and decide on every one', async () => {
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      expect(task).toMatchObject({ status: 'OPEN', claimedById: null });
      const claimed = await wf.claim(task.id, 'swp.reviewer1');
      expect(claimed).toMatchObject({ status: 'CLAIMED', claimedById: ids['swp.reviewer1'] });

      const packet = ok(
        await server.gql(WfReviewPacket, { taskId: task.id }, { as: 'swp.reviewer1' }),
      ).reviewPacket;
      expect(packet.scoresHidden).toBe(false);
      expect(packet.candidates.every((c) => typeof c.score === 'number')).toBe(true);

      await expectEveryCandidateDecided(task.id, 'swp.reviewer1');
      const submitted = await wf.review(task.id, 'swp.reviewer1', matchOnly(person()));
      expect(submitted.status).toBe('SUBMITTED');
      expect(submitted.decisions?.find((d) => d.decision === 'POSSIBLE_MATCH')?.rank).toBe(1);
      expect(ok(await view(requestId, 'swp.supervisor')).searchRequest.status).toBe('SECOND_REVIEW');
    });

    it('should keep the second review blind: no first decisions, no scores, no way round', async () => {
      const task = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
      // the first reviewer may not take the second review
      expect(
        codes(await server.gql(WfReviewTasks, { requestId, stage: 'SECOND' }, { as: 'swp.reviewer1' })),
      ).toEqual([]);
      expect(
        ok(
          await server.gql(WfReviewTasks, { requestId, stage: 'SECOND' }, { as: 'swp.reviewer1' }),
        ).reviewTasks.edges.map((e) => e.node),
      ).toEqual([]);
      await wf.claim(task.id, 'swp.reviewer2');

      const packet = ok(
        await server.gql(WfReviewPacket, { taskId: task.id }, { as: 'swp.reviewer2' }),
      ).reviewPacket;
      secondReviewerPacket = packet;
      expect(packet.scoresHidden).toBe(true);
      expect(packet.candidates.map((c) => c.score)).toEqual(packet.candidates.map(() => null));
      // nothing of the first review is reachable: not the request, not the first task
      expect(codes(await view(requestId, 'swp.reviewer2'))).toEqual(['NOT_FOUND']);
      expect(
        ok(await server.gql(WfReviewTasks, { requestId }, { as: 'swp.reviewer2' }))
          .reviewTasks.edges.map((e) => e.node)
          .map((t) => t.stage),
      ).toEqual(['SECOND']);
      const first = ok(
        await server.gql(WfReviewTasks, { requestId, stage: 'FIRST' }, { as: 'swp.supervisor' }),
      ).reviewTasks.edges.map((e) => e.node)[0];
      expect(codes(await server.gql(WfReviewPacket, { taskId: first.id }, { as: 'swp.reviewer2' }))).toEqual([
        'NOT_FOUND',
      ]);

      await expectEveryCandidateDecided(task.id, 'swp.reviewer2');
      const submitted = await wf.review(task.id, 'swp.reviewer2', matchOnly(person()));
      expect(submitted.status).toBe('SUBMITTED');
    });

    it('should tell the requester the outcome with its caveat and custody record, never the candidate list', async () => {
      const requesterView = ok(await view(requestId, 'swp.requester')).searchRequest;
      expect(requesterView.status).toBe('CONFIRMED');
      expect(requesterView.outcome).toMatchObject({
        result: 'POSSIBLE_MATCH',
        caveat: 'possible match — intelligence only, not evidence of identity',
        basis: 'REVIEWERS_AGREED',
        custodyRecord: {
          custodyImageId: person().imageId,
          personReference: person().personReference,
          status: 'ACTIVE',
        },
      });
      expect(requesterView.candidates).toBeNull();
      expect(requesterView.reviews).toBeNull();
      expect(requesterView.candidateCount).toBeNull();
      expect(requesterView.visibleFields).not.toContain('candidates');

      const closed = ok(
        await server.gql(WfClose, { id: requestId }, { as: 'swp.requester' }),
      ).closeSearchRequest;
      expect(closed.status).toBe('CLOSED');
    });

    it('should produce a disclosure pack with every step, and a chain that verifies', async () => {
      const pack = ok(
        await server.gql(WfDisclosurePack, { id: requestId }, { as: 'swp.supervisor' }),
      ).disclosurePack;
      expect(pack.request.outcome?.caveat).toBe(
        'possible match — intelligence only, not evidence of identity',
      );
      expect(pack.outcomeCandidateRank).toBe(1);
      expect(pack.probe.imageBase64).toBe(person().face.probe.toString('base64'));
      expect(pack.candidates[0]).toMatchObject({ rank: 1, custodyImageId: person().imageId });
      expect(
        pack.request.reviews?.map((r) => [
          r.stage,
          r.decisions?.find((d) => d.decision === 'POSSIBLE_MATCH')?.rationale,
        ]),
      ).toEqual([
        ['FIRST', RATIONALES.POSSIBLE_MATCH],
        ['SECOND', RATIONALES.POSSIBLE_MATCH],
      ]);
      expect(pack.html).toContain('<!doctype html>');
      // what the threshold meant for the model that ran the search
      expect(pack.html).toContain(`force floor ${floor()}: the model's cosine at 1 in 10,000 false matches`);
      // the threshold as a false-match rate (an upper bound) and the recorded calibration it was read against
      expect(pack.html).toMatch(
        /\(at most 1 in [\d,]+ false matches on the calibration set, calibration [0-9a-f-]{36}; force floor /,
      );
      expect(pack.html).toContain('possible match — intelligence only, not evidence of identity');
      expect(pack.html).toContain(
        `data:image/jpeg;base64,${person().face.probe.toString('base64').slice(0, 40)}`,
      );

      const oversightPack = ok(
        await server.gql(WfDisclosurePack, { id: requestId }, { as: 'oversight.commissioner' }),
      ).disclosurePack;
      expect(oversightPack.probe.imageBase64).toBeNull();
      expect(oversightPack.html).not.toContain('base64,');

      // each reviewer opened the probe and every candidate once
      const imagesViewed = Array(1 + pack.candidates.length).fill('FACE_IMAGE_VIEWED');
      expect(await trailOf(requestId)).toEqual([
        'SEARCH_REQUEST_CREATED',
        'SEARCH_REQUEST_SUBMITTED',
        'SEARCH_AUTHORISATION_REQUESTED',
        'SEARCH_AUTHORISED',
        'SEARCH_STARTED',
        'SEARCH_COMPLETED',
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        ...imagesViewed,
        'REVIEW_SUBMITTED',
        'SEARCH_FIRST_REVIEW_COMPLETED',
        // the second reviewer refused the request and then its first task's packet: the task's denial names only the task, and is the request's all the same
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        'ACCESS_DENIED',
        'ACCESS_DENIED',
        ...imagesViewed,
        'REVIEW_SUBMITTED',
        'SEARCH_CONFIRMED',
        'COMPLIANCE_REVIEW_QUEUED',
        'SEARCH_REQUEST_CLOSED',
        'DISCLOSURE_PACK_EXPORTED',
        'DISCLOSURE_PACK_EXPORTED',
        'DISCLOSURE_PACK_EXPORTED',
      ]);
      await chainVerifies();
    });

    it('should show each role its own view of the same request', async () => {
      const views = {
        requester: ok(await view(requestId, 'swp.requester')).searchRequest,
        reviewer: {
          // what the second reviewer worked from while holding the task (images are separate, audited reads)
          secondReviewerPacket,
          searchRequest: codes(await view(requestId, 'swp.reviewer1')),
          reviewTasks: ok(
            await server.gql(WfReviewTasks, { requestId }, { as: 'swp.reviewer1' }),
          ).reviewTasks.edges.map((e) => e.node),
        },
        oversight: ok(await view(requestId, 'oversight.commissioner')).searchRequest,
        admin: ok(await view(requestId, 'swp.admin')).searchRequest,
        galleryManager: codes(await view(requestId, 'swp.gallery')),
      };
      expect(views.reviewer.searchRequest).toEqual(['NOT_FOUND']);
      // a decision on every candidate
      expect(views.reviewer.reviewTasks.map((t) => [t.stage, t.decisions?.length])).toEqual([
        ['FIRST', views.oversight.candidates?.length],
      ]);
      expect(views.oversight.reviews?.length).toBe(2);
      expect(views.oversight.candidates?.[0].image).toBeNull();
      expect(views.oversight.probeImage).toBeNull();
      expect(views.admin).toMatchObject({
        justification: null,
        outcome: null,
        candidates: null,
        reviews: null,
        purpose: null,
      });
      expect(views.admin.policySnapshot?.eligibleCount).toBe(gallery.length);
      expect(views.galleryManager).toEqual(['NOT_FOUND']);
      if (process.env.PRINT_VIEWS_TO)
        writeFileSync(process.env.PRINT_VIEWS_TO, `${JSON.stringify(views, null, 2)}\n`);
    });
  });

  describe('no viable candidate', () => {
    it('should end NO_VIABLE_CANDIDATE when both reviewers find no match, and say so to the requester', async () => {
      // the lowest threshold the model allows, below the force's floor: it needs an authoriser
      const { requestId } = await wf.searchToFirstReview(gallery[5].face.probe, {
        threshold: lowestThreshold(),
      });
      expect(ok(await view(requestId, 'swp.requester')).searchRequest).toMatchObject({
        status: 'FIRST_REVIEW',
        authorisationReasons: ['THRESHOLD_BELOW_FLOOR'],
      });
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer2');
      await wf.claim(first.id, 'swp.reviewer2');
      await wf.review(first.id, 'swp.reviewer2', matchOnly(null));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer1');
      await wf.claim(second.id, 'swp.reviewer1');
      await wf.review(second.id, 'swp.reviewer1', matchOnly(null));

      const requesterView = ok(await view(requestId, 'swp.requester')).searchRequest;
      expect(requesterView).toMatchObject({
        status: 'NO_VIABLE_CANDIDATE',
        outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', custodyRecord: null },
      });
      expect(requesterView.outcome?.caveat).toMatch(/^no viable candidate/);
      ok(await server.gql(WfClose, { id: requestId }, { as: 'swp.requester' }));

      const trail = await trailOf(requestId);
      expect(trail.filter((a) => a !== 'FACE_IMAGE_VIEWED')).toEqual([
        'SEARCH_REQUEST_CREATED',
        'SEARCH_REQUEST_SUBMITTED',
        'SEARCH_AUTHORISATION_REQUESTED',
        'SEARCH_AUTHORISED',
        'SEARCH_STARTED',
        'SEARCH_COMPLETED',
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        'REVIEW_SUBMITTED',
        'SEARCH_FIRST_REVIEW_COMPLETED',
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        'REVIEW_SUBMITTED',
        'SEARCH_NO_VIABLE_CANDIDATE',
        'COMPLIANCE_REVIEW_QUEUED',
        'SEARCH_REQUEST_CLOSED',
        'DISCLOSURE_PACK_EXPORTED',
      ]);
      await chainVerifies();
    });

    it('should end NO_VIABLE_CANDIDATE at once when nothing reaches the threshold, with nothing to review', async () => {
      const { requestId } = await wf.searchToFirstReview(stranger.probe, { threshold: 0.99 });
      const v = ok(await view(requestId, 'swp.requester')).searchRequest;
      expect(v).toMatchObject({
        status: 'NO_VIABLE_CANDIDATE',
        outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'NO_CANDIDATES_ABOVE_THRESHOLD' },
      });
      expect(
        ok(await server.gql(WfReviewTasks, { requestId }, { as: 'swp.supervisor' })).reviewTasks.edges.map(
          (e) => e.node,
        ),
      ).toEqual([]);
    });
  });

  describe('a dispute settled by a supervisor', () => {
    it("should go to DISPUTED when reviewers disagree, and to ADJUDICATED with the supervisor's rationale", async () => {
      const person = gallery[5];
      const { requestId } = await wf.searchToFirstReview(person.face.probe, { includeUnder18: true });
      expect(ok(await view(requestId, 'swp.supervisor')).searchRequest.authorisationReasons).toEqual([
        'UNDER_18_INCLUDED',
      ]);
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
      await wf.claim(second.id, 'swp.reviewer2');
      await wf.review(second.id, 'swp.reviewer2', (c) =>
        c.bytes.equals(person.face.enrol) ? 'INCONCLUSIVE' : 'NOT_MATCH',
      );

      expect(ok(await view(requestId, 'swp.requester')).searchRequest).toMatchObject({
        status: 'DISPUTED',
        outcome: null,
      });
      // images of a disputed request open for the supervisor (audited), never for the requester
      const images = ok(
        await server.gql(WfRequestImages, { id: requestId }, { as: 'swp.supervisor' }),
      ).searchRequest;
      const mate = images.candidates!.find((c) =>
        Buffer.from(c.image!.content.dataBase64, 'base64').equals(person.face.enrol),
      )!;
      expect(
        ok(await server.gql(WfRequestImages, { id: requestId }, { as: 'swp.requester' })).searchRequest,
      ).toEqual({ probeImage: null, candidates: null });

      const supervisorView = ok(await view(requestId, 'swp.supervisor')).searchRequest;
      expect(
        supervisorView.reviews?.map((r) => r.decisions?.find((d) => d.rank === mate.rank)?.decision),
      ).toEqual(['POSSIBLE_MATCH', 'INCONCLUSIVE']);
      const adjudicated = ok(
        await server.gql(
          WfAdjudicate,
          {
            id: requestId,
            result: 'POSSIBLE_MATCH',
            candidateId: mate.id,
            rationale:
              'Probe and custody photo share a scar on the left brow; the second reviewer was unsure only of the angle.',
          },
          { as: 'swp.supervisor' },
        ),
      ).adjudicateSearchRequest;
      expect(adjudicated.status).toBe('ADJUDICATED');

      const requesterView = ok(await view(requestId, 'swp.requester')).searchRequest;
      expect(requesterView.outcome).toMatchObject({
        result: 'POSSIBLE_MATCH',
        basis: 'ADJUDICATED',
        caveat: 'possible match — intelligence only, not evidence of identity',
        custodyRecord: { custodyImageId: person.imageId },
      });
      expect(requesterView.adjudication).toBeNull();
      ok(await server.gql(WfClose, { id: requestId }, { as: 'swp.requester' }));

      const pack = ok(
        await server.gql(WfDisclosurePack, { id: requestId }, { as: 'swp.supervisor' }),
      ).disclosurePack;
      expect(pack.request.adjudication?.rationale).toMatch(/scar on the left brow/);
      expect(pack.html).toContain('Adjudication');
      const trail = await trailOf(requestId);
      expect(trail.filter((a) => a !== 'FACE_IMAGE_VIEWED')).toEqual([
        'SEARCH_REQUEST_CREATED',
        'SEARCH_REQUEST_SUBMITTED',
        'SEARCH_AUTHORISATION_REQUESTED',
        'SEARCH_AUTHORISED',
        'SEARCH_STARTED',
        'SEARCH_COMPLETED',
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        'REVIEW_SUBMITTED',
        'SEARCH_FIRST_REVIEW_COMPLETED',
        'REVIEW_TASK_CREATED',
        'REVIEW_TASK_CLAIMED',
        'REVIEW_SUBMITTED',
        'SEARCH_DISPUTED',
        'SEARCH_ADJUDICATED',
        'COMPLIANCE_REVIEW_QUEUED',
        'SEARCH_REQUEST_CLOSED',
        'DISCLOSURE_PACK_EXPORTED',
        'DISCLOSURE_PACK_EXPORTED',
      ]);
      // two reviews of the candidates and the probe, and the supervisor's look at all of them
      expect(trail.filter((a) => a === 'FACE_IMAGE_VIEWED').length).toBe(3 * (1 + pack.candidates.length));
      await chainVerifies();
    });
  });

  describe('createSearchRequest', () => {
    const base = async () => ({ caseId: await wf.createCase() });
    const attempt = async (extra: Record<string, unknown>, probe = gallery[0].face.probe) => {
      const { caseId } = await base();
      return server.gql(
        WfCreateSearchRaw,
        {
          input: {
            caseId,
            purpose: 'IDENTIFY_SUSPECT',
            legalBasis: 'PACE_1984',
            justification: 'A robbery at knifepoint; CCTV still of the offender is the only lead.',
            probeProvenance: PROVENANCE,
            probeImageBase64: probe.toString('base64'),
            ...extra,
          },
        },
        { as: 'swp.requester' },
      );
    };

    it.each([
      ['a justification of a few words', { justification: 'Need to know.' }, 'BAD_USER_INPUT'],
      ['a justification of blanks', { justification: ' '.repeat(60) }, 'BAD_USER_INPUT'],
      ['more than 200 candidates', { k: 201 }, 'BAD_USER_INPUT'],
      ['a threshold no authoriser may approve', { threshold: 0.1 }, 'BAD_USER_INPUT'],
      [
        'a probe that is not an image',
        { probeImageBase64: Buffer.from('not an image at all, just text').toString('base64') },
        'UNREADABLE_IMAGE',
      ],
    ])('should refuse %s with a typed error and store nothing', async (_name, extra, code) => {
      const before = await server.db.manager.count(SearchRequest);
      const response = await attempt(extra);
      expect(codes(response)).toEqual([code]);
      expect(await server.db.manager.count(SearchRequest)).toBe(before);
    });

    it('should ask which face to search for in a group photo, then take the chosen one and record its quality', async () => {
      // sample3: several faces good enough to search with (in sample2 only one clears the force's
      // floor on the expected hit rate, so that one would be taken without asking)
      const group = sample(3);
      const refused = await attempt({}, group);
      expect(codes(refused)).toEqual(['MULTIPLE_FACES']);
      const faces = refused.errors![0].extensions!.faces as Array<{ index: number; box: unknown }>;
      expect(faces.length).toBeGreaterThan(1);
      expect(JSON.stringify(refused.errors)).not.toMatch(/template|embedding|base64/i);
      const chosen = (await server.twokey.faces.analyse(group)).faces.find((f) => f.quality.acceptable)!;
      const created = ok(await attempt({ probeFaceIndex: chosen.index }, group)).createSearchRequest;
      expect(created).toMatchObject({ status: 'DRAFT', probeQuality: { acceptable: true } });
    });

    it('should search with the only usable face of a group photo without asking, and list only usable faces', async () => {
      // sample1 (three people) made small enough that only its largest face reaches the 40 px minimum
      const small = async (width: number) =>
        sharp(sample(1)).resize({ width }).jpeg({ quality: 92 }).toBuffer();
      const oneUsable = await small(440);
      const found = (await server.twokey.faces.analyse(oneUsable)).faces;
      expect(found.map((f) => f.quality.faceSizePx >= 40)).toEqual([true, false, false]);
      const created = ok(await attempt({}, oneUsable)).createSearchRequest;
      expect(created).toMatchObject({ status: 'DRAFT', probeQuality: { acceptable: true } });
      const [probe] = await server.db.dataSource.query(
        'SELECT face_index, face_box FROM search_probe WHERE request_id = $1',
        [created.id],
      );
      expect(probe).toEqual({ face_index: 0, face_box: found[0].box });

      const twoUsable = await small(480);
      const refused = await attempt({}, twoUsable);
      expect(codes(refused)).toEqual(['MULTIPLE_FACES']);
      expect(refused.errors![0].extensions).toMatchObject({ count: 3, usableCount: 2 });
      const listed = refused.errors![0].extensions!.faces as Array<{ index: number }>;
      expect(listed.map((f) => f.index)).toEqual([0, 1]);
    });

    it('should refuse a face index the photo does not have as BAD_USER_INPUT, writing nothing', async () => {
      const { caseId } = await base();
      const written = async () =>
        (
          await server.db.dataSource.query(
            `SELECT (SELECT count(*) FROM search_request)::int AS requests, (SELECT count(*) FROM search_probe)::int AS probes,
                    (SELECT count(*) FROM audit_event)::int AS events`,
          )
        )[0];
      const before = await written();
      const response = await server.gql(
        WfCreateSearchRaw,
        {
          input: {
            caseId,
            purpose: 'IDENTIFY_SUSPECT',
            legalBasis: 'PACE_1984',
            justification: 'A robbery at knifepoint; CCTV still of the offender is the only lead.',
            probeProvenance: PROVENANCE,
            probeImageBase64: sample(2).toString('base64'),
            probeFaceIndex: 7,
          },
        },
        { as: 'swp.requester' },
      );
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions).toMatchObject({ faceIndex: 7, count: 3 });
      expect(await written()).toEqual(before);
    });

    it("should show each force's floor as a false-match rate and as the face model's cosine at that rate", async () => {
      const forces = ok(await server.gql(WfForceFloors, {}, { as: 'swp.requester' })).forces.edges.map(
        (e) => e.node,
      );
      expect(forces.length).toBeGreaterThan(0);
      for (const f of forces)
        expect(f).toMatchObject({ thresholdFloor: floor(), thresholdFloorFalseMatchRate: 1e-4 });
    });

    it("should refuse a threshold below the model's cosine at 1 false match in 1,000, saying what that cosine is", async () => {
      const response = await attempt({ threshold: lowestThreshold() - 0.001 });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toContain(String(lowestThreshold()));
      expect(response.errors![0].extensions).toMatchObject({ field: 'threshold' });
      // the lowest is allowed, with an authoriser
      expect(ok(await attempt({ threshold: lowestThreshold() })).createSearchRequest).toMatchObject({
        authorisationReasons: ['THRESHOLD_BELOW_FLOOR'],
      });
    });

    it('should default the threshold to the force floor and K to 20, and need no authorisation for an allowed offence', async () => {
      const created = ok(await attempt({})).createSearchRequest;
      expect(created).toMatchObject({
        threshold: floor(),
        k: 20,
        authorisationRequired: false,
        authorisationReasons: [],
      });
      const submitted = await wf.submit(created.id);
      expect(submitted.status).toBe('FIRST_REVIEW');
    });

    it('should let another force search this gallery under the sharing agreement, after authorisation, and review it in that force', async () => {
      const caseId = await wf.createCase('gwp.requester');
      const swp = await wf.forceId('SWP');
      const draft = await wf.createSearch(
        caseId,
        gallery[1].face.probe,
        { otherGalleryForceIds: [swp] },
        'gwp.requester',
      );
      expect(draft.authorisationReasons).toEqual(['CROSS_FORCE']);
      await wf.submit(draft.id, 'gwp.requester');
      expect(
        codes(
          await server.gql(
            WfDecideAuthorisationRaw,
            { id: draft.id, authorise: true, rationale: 'SWP authoriser has no say over a GWP request.' },
            { as: 'swp.authoriser' },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      // one GWP admin proposes the authoriser, the other approves (two-person rule)
      await registerOfficer(
        server,
        { subject: 'gwp.inspector', displayName: 'Insp. Gwent', roles: ['AUTHORISER'] },
        'gwp.admin',
      );
      expect((await wf.authorise(draft.id, 'gwp.inspector')).status).toBe('FIRST_REVIEW');
      const snapshot = ok(await view(draft.id, 'oversight.commissioner')).searchRequest.policySnapshot!;
      expect(snapshot.forceCodes.sort()).toEqual(['GWP', 'SWP']);
      expect(
        ok(
          await server.gql(WfReviewTasks, { requestId: draft.id }, { as: 'swp.reviewer1' }),
        ).reviewTasks.edges.map((e) => e.node),
      ).toEqual([]);
      expect((await wf.taskFor(draft.id, 'FIRST', 'gwp.reviewer')).status).toBe('OPEN');
    });
  });

  describe('lists', () => {
    it('should list only the requests a caller may read', async () => {
      const mine = ok(
        await server.gql(WfSearchRequests, {}, { as: 'swp.requester' }),
      ).searchRequests.edges.map((e) => e.node);
      expect(mine.length).toBeGreaterThanOrEqual(4);
      const gwp = await wf.forceId('GWP');
      const gwpAdmin = ok(
        await server.gql(WfSearchRequests, {}, { as: 'gwp.admin' }),
      ).searchRequests.edges.map((e) => e.node);
      expect(gwpAdmin.length).toBeGreaterThan(0);
      expect(gwpAdmin.every((r) => r.forceId === gwp)).toBe(true);
      const oversight = ok(await server.gql(WfSearchRequests, {}, { as: 'oversight.commissioner' }))
        .searchRequests.edges.map((e) => e.node)
        .map((r) => r.id);
      expect(oversight).toEqual(
        expect.arrayContaining([...mine.map((r) => r.id), ...gwpAdmin.map((r) => r.id)]),
      );
      expect(codes(await server.gql(WfSearchRequests, {}, { as: 'swp.reviewer1' }))).toEqual(['FORBIDDEN']);
    });
  });
});

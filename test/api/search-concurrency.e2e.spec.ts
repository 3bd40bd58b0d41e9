import { IsNull } from 'typeorm';
import { AuditEvent, ReviewDecision } from '../../src/entities';
import { systemContext } from '../../src/services/system-context';
import { demoFaces } from '../support/faces';
import {
  Enrolled,
  matchOnly,
  ok,
  RATIONALES,
  WfAdjudicate,
  WfClaimTask,
  WfClose,
  WfDecideAuthorisation,
  WfReassignTask,
  WfReviewPacket,
  WfReviewTasks,
  WfSearchRequest,
  WfSubmitReview,
  WfSubmitSearch,
  WfWithdraw,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

/**
 * Two people acting on one thing at once, and the same call arriving twice: exactly one wins, the
 * other gets CONFLICT, and the audit log holds the winner's step once. On PGlite transactions
 * queue on its single connection; on PostgreSQL they queue on row locks.
 */
describe('search workflow under concurrency', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let person: Enrolled;
  let events: (where: Record<string, unknown>) => Promise<number>;

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 4)) {
      const enrolled = await wf.enrol(face);
      person ??= enrolled;
    }
    events = (where) => server.db.manager.count(AuditEvent, { where });
  });
  afterAll(() => server.stop());

  const winnerAndLoser = <T>(responses: Array<GraphQLResponse<T>>) => {
    const outcomes = responses.map((r) => (r.errors ? codes(r).join() : 'OK'));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'OK']);
    return responses.find((r) => !r.errors)!;
  };

  /** A request in SECOND_REVIEW whose second task is claimed by swp.reviewer2. */
  async function inSecondReview() {
    const { requestId } = await wf.searchToFirstReview(person.face.probe);
    const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
    await wf.claim(first.id, 'swp.reviewer1');
    await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
    const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
    await wf.claim(second.id, 'swp.reviewer2');
    const candidates = await wf.lookAtCandidates(second.id, 'swp.reviewer2');
    const decisions = candidates.map((c) => ({
      candidateId: c.id,
      decision: matchOnly(person)(c),
      rationale: RATIONALES[matchOnly(person)(c)],
    }));
    return { requestId, taskId: second.id, decisions };
  }

  describe('claimReviewTask', () => {
    it('should give a task to exactly one of two reviewers claiming it at once', async () => {
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      const winner = winnerAndLoser(
        await Promise.all([
          server.gql(WfClaimTask, { taskId: task.id }, { as: 'swp.reviewer1' }),
          server.gql(WfClaimTask, { taskId: task.id }, { as: 'swp.reviewer2' }),
        ]),
      );
      expect(await events({ action: 'REVIEW_TASK_CLAIMED', subjectId: task.id })).toBe(1);
      const holder = winner.data!.claimReviewTask.claimedById;
      const loser = holder === (await wf.officerId('swp.reviewer1')) ? 'swp.reviewer2' : 'swp.reviewer1';
      // the loser sees nothing of the task now: no packet, no images (not even that it exists)
      expect(codes(await server.gql(WfReviewPacket, { taskId: task.id }, { as: loser }))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('should refuse a claim replayed by its winner', async () => {
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(task.id, 'swp.reviewer1');
      const replay = await server.gql(WfClaimTask, { taskId: task.id }, { as: 'swp.reviewer1' });
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(replay.errors![0].extensions).toMatchObject({ state: 'CLAIMED' });
    });
  });

  describe('submitReview', () => {
    it('should confirm once when the same second review is submitted twice at once', async () => {
      const { requestId, taskId, decisions } = await inSecondReview();
      const submit = () =>
        server.gql(WfSubmitReview, { input: { taskId, decisions } }, { as: 'swp.reviewer2' });
      winnerAndLoser(await Promise.all([submit(), submit()]));
      expect(
        ok(await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.requester' })).searchRequest
          .status,
      ).toBe('CONFIRMED');
      expect(await events({ action: 'SEARCH_CONFIRMED', subjectId: requestId })).toBe(1);
      expect(await server.db.manager.count(ReviewDecision, { where: { taskId } })).toBe(decisions.length);
    });

    it('should let one of a confirmation and a withdrawal racing each other win, never both', async () => {
      const { requestId, taskId, decisions } = await inSecondReview();
      const [review, withdrawal] = await Promise.all([
        server.gql(WfSubmitReview, { input: { taskId, decisions } }, { as: 'swp.reviewer2' }),
        server.gql(
          WfWithdraw,
          { id: requestId, reason: 'Suspect identified by a witness meanwhile.' },
          { as: 'swp.requester' },
        ),
      ]);
      const status = ok(await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.requester' }))
        .searchRequest.status;
      if (review.errors) {
        expect([codes(review), status]).toEqual([['CONFLICT'], 'WITHDRAWN']);
        expect(await events({ action: 'REVIEW_TASK_CANCELLED', subjectId: taskId })).toBe(1);
      } else {
        // a confirmed request has an outcome: it can be closed, no longer withdrawn
        expect([codes(withdrawal), status]).toEqual([['INVALID_STATE'], 'CONFIRMED']);
      }
    });

    it('should refuse a review replayed after it was submitted, and keep the first', async () => {
      const { requestId, taskId, decisions } = await inSecondReview();
      ok(await server.gql(WfSubmitReview, { input: { taskId, decisions } }, { as: 'swp.reviewer2' }));
      const before = await server.db.manager.count(AuditEvent);
      const changed = decisions.map((d) => ({
        ...d,
        decision: 'NOT_MATCH' as const,
        rationale: RATIONALES.NOT_MATCH,
      }));
      const replay = await server.gql(
        WfSubmitReview,
        { input: { taskId, decisions: changed } },
        { as: 'swp.reviewer2' },
      );
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(await server.db.manager.count(AuditEvent)).toBe(before);
      expect(
        ok(
          await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.supervisor' }),
        ).searchRequest.reviews?.[1].decisions?.map((d) => d.decision),
      ).toContain('POSSIBLE_MATCH');
    });

    it('should refuse to change a submitted review even in the database', async () => {
      const [decision] = await server.db.manager.find(ReviewDecision, { take: 1 });
      await expect(
        server.db.manager.update(
          ReviewDecision,
          { taskId: decision.taskId, candidateId: decision.candidateId },
          { decision: 'NOT_MATCH' as ReviewDecision['decision'] },
        ),
      ).rejects.toThrow(/append-only/);
    });
  });

  describe('adjudicateSearchRequest', () => {
    it('should settle a dispute once when two adjudications race', async () => {
      const { requestId, taskId, decisions } = await inSecondReview();
      const disputing = decisions.map((d) => ({
        ...d,
        decision: 'NOT_MATCH' as const,
        rationale: RATIONALES.NOT_MATCH,
      }));
      ok(
        await server.gql(
          WfSubmitReview,
          { input: { taskId, decisions: disputing } },
          { as: 'swp.reviewer2' },
        ),
      );
      const adjudicate = (result: 'POSSIBLE_MATCH' | 'NO_VIABLE_CANDIDATE') =>
        server.gql(
          WfAdjudicate,
          {
            id: requestId,
            result,
            candidateId:
              result === 'POSSIBLE_MATCH'
                ? decisions.find((d) => d.decision === 'POSSIBLE_MATCH')!.candidateId
                : undefined,
            rationale: 'Compared both faces myself; the decision follows from the ear and brow detail.',
          },
          { as: 'swp.supervisor' },
        );
      winnerAndLoser(await Promise.all([adjudicate('POSSIBLE_MATCH'), adjudicate('NO_VIABLE_CANDIDATE')]));
      expect(await events({ action: 'SEARCH_ADJUDICATED', subjectId: requestId })).toBe(1);
    });
  });

  describe('replayed and stale mutations', () => {
    it('should refuse a replayed submission, authorisation and closure with CONFLICT naming the state', async () => {
      const caseId = await wf.createCase();
      const draft = await wf.createSearch(caseId, person.face.probe, { includeNotConvicted: true });
      await wf.submit(draft.id);
      const resubmit = await server.gql(WfSubmitSearch, { id: draft.id }, { as: 'swp.requester' });
      expect(codes(resubmit)).toEqual(['CONFLICT']);
      expect(resubmit.errors![0].extensions).toMatchObject({ state: 'AWAITING_AUTHORISATION' });

      await wf.authorise(draft.id);
      const reauthorise = await server.gql(
        WfDecideAuthorisation,
        { id: draft.id, authorise: false, rationale: 'Second thoughts from another inspector.' },
        { as: 'swp.authoriser' },
      );
      expect(codes(reauthorise)).toEqual(['CONFLICT']);
      expect(reauthorise.errors![0].extensions).toMatchObject({ state: 'FIRST_REVIEW' });

      const close = await server.gql(WfClose, { id: draft.id }, { as: 'swp.requester' });
      expect(codes(close)).toEqual(['INVALID_STATE']);
      expect(close.errors![0].message).toContain('FIRST_REVIEW');
    });

    it('should refuse a change made from a stale version', async () => {
      const caseId = await wf.createCase();
      const draft = await wf.createSearch(caseId, person.face.probe, { includeNotConvicted: true });
      const submitted = await wf.submit(draft.id);
      const stale = await server.gql(
        WfDecideAuthorisation,
        {
          id: draft.id,
          authorise: true,
          rationale: 'Proportionate for a serious robbery.',
          expectedVersion: draft.version,
        },
        { as: 'swp.authoriser' },
      );
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors![0].extensions).toMatchObject({
        expectedVersion: draft.version,
        version: submitted.version,
      });
      const fresh = await server.gql(
        WfDecideAuthorisation,
        {
          id: draft.id,
          authorise: true,
          rationale: 'Proportionate for a serious robbery.',
          expectedVersion: submitted.version,
        },
        { as: 'swp.authoriser' },
      );
      expect(ok(fresh).decideSearchAuthorisation.status).toBe('FIRST_REVIEW');
    });
  });

  describe('timeouts', () => {
    it('should return a claim held past its time to the pool, for someone else to take', async () => {
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      const claimed = await wf.claim(task.id, 'swp.reviewer1');
      const later = new Date(new Date(claimed.claimExpiresAt!).getTime() + 1000);
      // (claims left by earlier tests may go too)
      await server.twokey.services.reviews.releaseExpiredClaims(
        systemContext(),
        new Date(later.getTime() - 2000),
      );
      expect(await events({ action: 'REVIEW_CLAIM_EXPIRED', subjectId: task.id })).toBe(0);
      expect(
        await server.twokey.services.reviews.releaseExpiredClaims(systemContext(), later),
      ).toBeGreaterThanOrEqual(1);
      expect(
        await events({ action: 'REVIEW_CLAIM_EXPIRED', subjectId: task.id, actorOfficerId: IsNull() }),
      ).toBe(1);

      expect(codes(await server.gql(WfReviewPacket, { taskId: task.id }, { as: 'swp.reviewer1' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(
        ok(await server.gql(WfReviewTasks, { requestId, status: 'OPEN' }, { as: 'swp.reviewer2' }))
          .reviewTasks.edges.map((e) => e.node)
          .map((t) => t.id),
      ).toEqual([task.id]);
      expect((await wf.claim(task.id, 'swp.reviewer2')).claimedById).toBe(
        await wf.officerId('swp.reviewer2'),
      );
    });

    it('should let a supervisor move a stuck task, but only to a reviewer who may take it', async () => {
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(task.id, 'swp.reviewer1');
      const reason = 'Reviewer 1 is on leave this week.';
      const toRequester = await server.gql(
        WfReassignTask,
        { taskId: task.id, reviewerId: await wf.officerId('swp.requester'), reason },
        { as: 'swp.supervisor' },
      );
      expect(codes(toRequester)).toEqual(['BAD_USER_INPUT']);
      const toGwp = await server.gql(
        WfReassignTask,
        { taskId: task.id, reviewerId: await wf.officerId('gwp.reviewer'), reason },
        { as: 'swp.supervisor' },
      );
      expect(codes(toGwp)).toEqual(['BAD_USER_INPUT']);
      const moved = ok(
        await server.gql(
          WfReassignTask,
          { taskId: task.id, reviewerId: await wf.officerId('swp.reviewer2'), reason },
          { as: 'swp.supervisor' },
        ),
      ).reassignReviewTask;
      expect(moved).toMatchObject({ status: 'CLAIMED', claimedById: await wf.officerId('swp.reviewer2') });
      expect(
        codes(await server.gql(WfReassignTask, { taskId: task.id, reason }, { as: 'swp.reviewer2' })),
      ).toEqual(['FORBIDDEN']);
    });

    it('should expire open requests past their deadline and take their tasks out of the pool', async () => {
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      const view = ok(
        await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.requester' }),
      ).searchRequest;
      const after = new Date(new Date(view.expiresAt).getTime() + 1000);
      expect(
        await server.twokey.services.searches.expireStale(systemContext(), after),
      ).toBeGreaterThanOrEqual(1);
      const expired = ok(
        await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.requester' }),
      ).searchRequest;
      expect(expired.status).toBe('EXPIRED');
      expect(expired.endReason).toMatch(/not moved on from FIRST_REVIEW/);
      expect(
        ok(await server.gql(WfReviewTasks, { requestId }, { as: 'swp.supervisor' }))
          .reviewTasks.edges.map((e) => e.node)
          .map((t) => t.status),
      ).toEqual(['CANCELLED']);
      expect(codes(await server.gql(WfClaimTask, { taskId: task.id }, { as: 'swp.reviewer1' }))).toEqual([
        'CONFLICT',
      ]);
    });
  });
});

import { graphql } from '../gql';
import { demoFaces, DemoFace } from '../support/faces';
import { LiveClient, Received } from '../support/live-client';
import { Enrolled, matchOnly, ok, WorkflowDriver } from '../support/search-workflow';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

/**
 * The blind second review, attacked by officers with two roles (issue 11, item 2). Whoever has
 * seen a request's first review — its decisions, or the scores the force keeps from the second
 * reviewer — through any query or export may not take its second review; and whoever holds the
 * second review is shown neither until their own review is in.
 *
 * The role combinations are set up directly in the database (how roles are granted through the
 * API is not what is under test here).
 */

const Reviews = `query ($id: ID!) { searchRequest(id: $id) { id status reviews { stage status reviewerId decisions { candidateId rank decision rationale } } } }`;
const Scores = `query ($id: ID!) { searchRequest(id: $id) { id candidates { id rank score } } }`;
const StatusOnly = `query ($id: ID!) { searchRequest(id: $id) { id status candidates { id rank } reviews { stage status } } }`;
const TaskDecisions = `query ($requestId: ID!) { reviewTasks(requestId: $requestId, stage: FIRST) { edges { node { id stage status decisions { rank decision } } } } }`;
const AuditOf = `query ($subjectId: String!) { auditEvents(filter: { subjectId: $subjectId, actions: [REVIEW_SUBMITTED] }) { edges { node { action subjectId details } } } }`;
const Claim = `mutation ($taskId: ID!) { claimReviewTask(taskId: $taskId) { id status } }`;
const Release = `mutation ($taskId: ID!) { releaseReviewTask(taskId: $taskId) { id status } }`;
const Reassign = `mutation ($taskId: ID!, $reviewerId: ID!) { reassignReviewTask(taskId: $taskId, reviewerId: $reviewerId, reason: "Reviewer two is on leave this week.") { id status } }`;
const Packet = `query ($taskId: ID!) { reviewPacket(taskId: $taskId) { scoresHidden candidates { id score } } }`;
const Queue = `query { reviewQueue { available(first: 100) { edges { node { id stage requestId } } } } }`;
const Adjudicate = `mutation ($id: ID!) { adjudicateSearchRequest(id: $id, result: NO_VIABLE_CANDIDATE, rationale: "Neither reviewer's reasoning survives a side-by-side comparison.") { id status } }`;

const AvailableTasks = graphql(`
  subscription BlindAvailableTasks {
    availableReviewTasks {
      taskId
      requestId
      stage
      change
    }
  }
`);
type TaskNotice = {
  availableReviewTasks: { taskId: string; requestId: string; stage: string; change: string };
};

interface Decision {
  candidateId: string;
  rank: number;
  decision: string;
  rationale: string;
}
interface ReviewRead {
  searchRequest: {
    status: string;
    reviews: Array<{ stage: string; status: string; decisions: Decision[] | null }>;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the blind second review (dual-role officers)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  const gallery: Enrolled[] = [];
  const ids: Record<string, string> = {};
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 4)) gallery.push(await wf.enrol(face));
    const swp = await wf.forceId('SWP');
    const inAYear = new Date(Date.now() + 365 * 24 * 3600_000);
    await server.db.dataSource.query(
      `INSERT INTO officer (force_id, subject, display_name, roles, reviewer_certified_until, oversees_force_ids) VALUES
         ($1, 'swp.suprev', 'Sgt and examiner', '{SUPERVISOR,REVIEWER}', $2, '{}'),
         ($1, 'swp.suprev2', 'Sgt and examiner two', '{SUPERVISOR,REVIEWER}', $2, '{}'),
         ($1, 'swp.ovsrev', 'Oversight and examiner', '{OVERSIGHT,REVIEWER}', $2, ARRAY[$1]::uuid[]),
         ($1, 'swp.reviewer3', 'Examiner Three', '{REVIEWER}', $2, '{}')`,
      [swp, inAYear],
    );
    for (const subject of [
      'swp.reviewer1',
      'swp.reviewer2',
      'swp.reviewer3',
      'swp.suprev',
      'swp.suprev2',
      'swp.ovsrev',
    ])
      ids[subject] = await wf.officerId(subject);
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await server.stop();
  });

  /** A request whose first review swp.reviewer1 has submitted: it waits in SECOND_REVIEW. */
  async function inSecondReview(person = gallery[0]) {
    const { requestId } = await wf.searchToFirstReview(person.face.probe);
    const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
    await wf.claim(first.id, 'swp.reviewer1');
    await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
    const [second] = await server.db.dataSource.query(
      `SELECT id FROM review_task WHERE request_id = $1 AND stage = 'SECOND'`,
      [requestId],
    );
    return { requestId, firstTaskId: first.id as string, secondTaskId: second.id as string };
  }

  const claim = (taskId: string, as: string) => server.gql(Claim, { taskId }, { as });
  const deniedClaims = async (as: string, taskId: string) =>
    (
      await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_officer_id = $1 AND subject_id = $2`,
        [ids[as], taskId],
      )
    )[0].n as number;

  /** The claim is refused as FORBIDDEN, says why, is audited, and the task stays in the pool. */
  async function expectClaimRefused(taskId: string, as: string) {
    const before = await deniedClaims(as, taskId);
    const refused = await claim(taskId, as);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0].message).toMatch(/seen this request's first review/);
    expect(refused.errors?.[0].extensions?.reason).toBe('SEEN_FIRST_REVIEW');
    expect(await deniedClaims(as, taskId)).toBe(before + 1);
    const [task] = await server.db.dataSource.query(
      'SELECT status, claimed_by_id FROM review_task WHERE id = $1',
      [taskId],
    );
    expect(task).toEqual({ status: 'OPEN', claimed_by_id: null });
  }

  const firstDecisions = (read: GraphQLResponse<ReviewRead>) =>
    ok(read).searchRequest.reviews.find((r) => r.stage === 'FIRST')!.decisions;
  const queued = async (as: string) =>
    ok(
      await server.gql<{ reviewQueue: { available: { edges: Array<{ node: { id: string } }> } } }>(
        Queue,
        {},
        { as },
      ),
    ).reviewQueue.available.edges.map((e) => e.node.id);

  describe('an officer who has seen the first review', () => {
    it('should not let a supervisor-reviewer who read searchRequest.reviews in SECOND_REVIEW claim the second review', async () => {
      const { requestId, secondTaskId } = await inSecondReview();
      expect(await queued('swp.suprev')).toContain(secondTaskId);
      const read = await server.gql<ReviewRead>(Reviews, { id: requestId }, { as: 'swp.suprev' });
      expect(ok(read).searchRequest.status).toBe('SECOND_REVIEW');
      expect(firstDecisions(read)?.map((d) => d.decision)).toContain('POSSIBLE_MATCH');

      await expectClaimRefused(secondTaskId, 'swp.suprev');
      expect(await queued('swp.suprev')).not.toContain(secondTaskId);
      // nor may a supervisor hand it to them
      const reassigned = await server.gql(
        Reassign,
        { taskId: secondTaskId, reviewerId: ids['swp.suprev'] },
        { as: 'swp.suprev2' },
      );
      expect(codes(reassigned)).toEqual(['BAD_USER_INPUT']);
      // someone who has not seen it still can
      expect(ok(await claim(secondTaskId, 'swp.reviewer2'))).toBeTruthy();
    });

    it('should not bar a supervisor-reviewer who read the request without its decisions or scores', async () => {
      const { requestId, secondTaskId } = await inSecondReview();
      ok(await server.gql(StatusOnly, { id: requestId }, { as: 'swp.suprev' }));
      expect(ok(await claim(secondTaskId, 'swp.suprev'))).toBeTruthy();
    });

    it("should not let a supervisor-reviewer who read the first task's decisions through reviewTasks claim the second", async () => {
      const { requestId, secondTaskId } = await inSecondReview();
      const tasks = ok(
        await server.gql<{ reviewTasks: { edges: Array<{ node: { decisions: Decision[] | null } }> } }>(
          TaskDecisions,
          { requestId },
          { as: 'swp.suprev' },
        ),
      ).reviewTasks.edges.map((e) => e.node);
      expect(tasks[0].decisions?.length).toBeGreaterThan(0);
      await expectClaimRefused(secondTaskId, 'swp.suprev');
    });

    it('should not let a supervisor-reviewer who read the scores during the first review claim the second (the force keeps scores from it)', async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[1].face.probe);
      const scores = ok(
        await server.gql<{ searchRequest: { candidates: Array<{ score: number | null }> } }>(
          Scores,
          { id: requestId },
          { as: 'swp.suprev' },
        ),
      ).searchRequest.candidates;
      expect(scores[0].score).toEqual(expect.any(Number));
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(gallery[1]));
      const [second] = await server.db.dataSource.query(
        `SELECT id FROM review_task WHERE request_id = $1 AND stage = 'SECOND'`,
        [requestId],
      );
      await expectClaimRefused(second.id, 'swp.suprev');
    });

    it("should not let a reviewer who opened the first review's packet (scores shown) and let it go claim the second", async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[2].face.probe);
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer3');
      await wf.claim(first.id, 'swp.reviewer3');
      const packet = ok(
        await server.gql<{ reviewPacket: { scoresHidden: boolean } }>(
          Packet,
          { taskId: first.id },
          { as: 'swp.reviewer3' },
        ),
      ).reviewPacket;
      expect(packet.scoresHidden).toBe(false);
      ok(await server.gql(Release, { taskId: first.id }, { as: 'swp.reviewer3' }));
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(gallery[2]));
      const [second] = await server.db.dataSource.query(
        `SELECT id FROM review_task WHERE request_id = $1 AND stage = 'SECOND'`,
        [requestId],
      );
      await expectClaimRefused(second.id, 'swp.reviewer3');
    });

    it("should not let an oversight-reviewer who read the first review's audit event (its decision counts) claim the second", async () => {
      const { secondTaskId, firstTaskId } = await inSecondReview();
      const events = ok(
        await server.gql<{ auditEvents: { edges: Array<{ node: { details: Record<string, unknown> } }> } }>(
          AuditOf,
          { subjectId: firstTaskId },
          { as: 'swp.ovsrev' },
        ),
      ).auditEvents.edges.map((e) => e.node);
      expect(events[0].details).toMatchObject({ stage: 'FIRST', POSSIBLE_MATCH: 1 });
      await expectClaimRefused(secondTaskId, 'swp.ovsrev');
    });

    it('should not let an oversight-reviewer who exported the audit log claim the second review', async () => {
      const { secondTaskId, firstTaskId } = await inSecondReview();
      const response = await fetch(
        new URL(`/exports/audit-events.jsonl?subjectId=${firstTaskId}&actions=REVIEW_SUBMITTED`, server.url),
        {
          headers: { authorization: `Bearer ${await server.token('swp.ovsrev')}` },
        },
      );
      expect(response.status).toBe(200);
      const lines = (await response.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { details: Record<string, unknown> });
      expect(lines[0].details).toMatchObject({ stage: 'FIRST', POSSIBLE_MATCH: 1 });
      await expectClaimRefused(secondTaskId, 'swp.ovsrev');
    });

    it('should not offer the second review to an exposed officer on the live feed', async () => {
      const { requestId, secondTaskId } = await inSecondReview();
      ok(await server.gql(Reviews, { id: requestId }, { as: 'swp.suprev2' }));
      const exposed = new LiveClient(server.url, await server.token('swp.suprev2'));
      const control = new LiveClient(server.url, await server.token('swp.reviewer3'));
      clients.push(exposed, control);
      await Promise.all([exposed.connected, control.connected]);
      const exposedFeed: Received<TaskNotice> = exposed.subscribe(AvailableTasks);
      const controlFeed: Received<TaskNotice> = control.subscribe(AvailableTasks);
      await sleep(300);
      await wf.claim(secondTaskId, 'swp.reviewer2');
      ok(await server.gql(Release, { taskId: secondTaskId }, { as: 'swp.reviewer2' }));
      await controlFeed.waitFor(
        (n) => n.availableReviewTasks.taskId === secondTaskId && n.availableReviewTasks.change === 'RELEASED',
      );
      await sleep(300);
      expect(exposedFeed.items.filter((n) => n.availableReviewTasks.taskId === secondTaskId)).toEqual([]);
      expect(await queued('swp.suprev2')).not.toContain(secondTaskId);
      expect(await queued('swp.reviewer3')).toContain(secondTaskId);
    });
  });

  describe('the second reviewer', () => {
    it("should not be shown the first review's decisions or the scores until their own review is in, then should", async () => {
      const person = gallery[3];
      const { requestId, secondTaskId } = await inSecondReview(person);
      expect(ok(await claim(secondTaskId, 'swp.suprev'))).toBeTruthy();

      const during = await server.gql<ReviewRead>(Reviews, { id: requestId }, { as: 'swp.suprev' });
      expect(firstDecisions(during)).toBeNull();
      const scores = ok(
        await server.gql<{ searchRequest: { candidates: Array<{ score: number | null }> } }>(
          Scores,
          { id: requestId },
          { as: 'swp.suprev' },
        ),
      ).searchRequest.candidates;
      expect(scores.length).toBeGreaterThan(0);
      expect(scores.every((c) => c.score === null)).toBe(true);
      const tasks = ok(
        await server.gql<{ reviewTasks: { edges: Array<{ node: { decisions: Decision[] | null } }> } }>(
          TaskDecisions,
          { requestId },
          { as: 'swp.suprev' },
        ),
      ).reviewTasks.edges.map((e) => e.node);
      expect(tasks[0].decisions).toBeNull();
      // reading did not bar them from the review they hold
      expect(
        (
          await server.db.dataSource.query(
            'SELECT count(*)::int AS n FROM first_review_exposure WHERE request_id = $1 AND officer_id = $2',
            [requestId, ids['swp.suprev']],
          )
        )[0].n,
      ).toBe(0);

      await wf.review(secondTaskId, 'swp.suprev', matchOnly(person));
      const after = await server.gql<ReviewRead>(Reviews, { id: requestId }, { as: 'swp.suprev' });
      expect(ok(after).searchRequest.status).toBe('CONFIRMED');
      expect(firstDecisions(after)?.map((d) => d.decision)).toContain('POSSIBLE_MATCH');
      const scoresAfter = ok(
        await server.gql<{ searchRequest: { candidates: Array<{ score: number | null }> } }>(
          Scores,
          { id: requestId },
          { as: 'swp.suprev' },
        ),
      ).searchRequest.candidates;
      expect(scoresAfter.every((c) => typeof c.score === 'number')).toBe(true);
    });

    it("should not be shown the first review's decision counts in the audit log or its export while holding the second review", async () => {
      const { firstTaskId, secondTaskId } = await inSecondReview();
      expect(ok(await claim(secondTaskId, 'swp.ovsrev'))).toBeTruthy();
      const events = ok(
        await server.gql<{ auditEvents: { edges: Array<{ node: { details: Record<string, unknown> } }> } }>(
          AuditOf,
          { subjectId: firstTaskId },
          { as: 'swp.ovsrev' },
        ),
      ).auditEvents.edges.map((e) => e.node);
      expect(events[0].details).toMatchObject({ stage: 'FIRST', decisionsWithheld: true });
      expect(events[0].details).not.toHaveProperty('POSSIBLE_MATCH');
      expect(events[0].details).not.toHaveProperty('NOT_MATCH');
      const response = await fetch(
        new URL(`/exports/audit-events.jsonl?subjectId=${firstTaskId}&actions=REVIEW_SUBMITTED`, server.url),
        {
          headers: { authorization: `Bearer ${await server.token('swp.ovsrev')}` },
        },
      );
      const line = JSON.parse((await response.text()).trim().split('\n')[0]) as {
        details: Record<string, unknown>;
      };
      expect(line.details).toMatchObject({ stage: 'FIRST', decisionsWithheld: true });
      expect(line.details).not.toHaveProperty('POSSIBLE_MATCH');
    });
  });

  it('should still let a supervisor who read both reviews adjudicate the dispute', async () => {
    const person = gallery[0];
    const { requestId, secondTaskId } = await inSecondReview(person);
    await wf.claim(secondTaskId, 'swp.reviewer2');
    await wf.review(secondTaskId, 'swp.reviewer2', () => 'NOT_MATCH');
    const read = await server.gql<ReviewRead>(Reviews, { id: requestId }, { as: 'swp.suprev2' });
    expect(ok(read).searchRequest.status).toBe('DISPUTED');
    expect(ok(read).searchRequest.reviews.every((r) => (r.decisions?.length ?? 0) > 0)).toBe(true);
    expect(
      ok(
        await server.gql<{ adjudicateSearchRequest: { status: string } }>(
          Adjudicate,
          { id: requestId },
          { as: 'swp.suprev2' },
        ),
      ).adjudicateSearchRequest.status,
    ).toBe('ADJUDICATED');
  });
});

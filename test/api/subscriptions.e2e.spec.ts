import { Topic } from '../../src/events';
import { lockTask, moveTask } from '../../src/services/workflow/search-request.transitions';
import { graphql } from '../gql';
import { demoFaces, DemoFace } from '../support/faces';
import { LiveClient, RawSocket, Received } from '../support/live-client';
import { Enrolled, matchOnly, ok, WfWithdraw, WorkflowDriver } from '../support/search-workflow';
import { usingPostgres } from '../support/test-database';
import { codes, TestServer } from '../support/test-server';

const AvailableTasks = graphql(`
  subscription LiveAvailableTasks {
    availableReviewTasks {
      taskId
      requestId
      stage
      change
      status
      version
      occurredAt
    }
  }
`);

const MyTasks = graphql(`
  subscription LiveMyTasks {
    myReviewTaskChanges {
      taskId
      requestId
      stage
      change
      status
      version
    }
  }
`);

const MyRequests = graphql(`
  subscription LiveMyRequests {
    mySearchRequestChanges {
      requestId
      from
      status
      version
    }
  }
`);

const Disputes = graphql(`
  subscription LiveDisputes {
    disputedSearchRequests {
      requestId
      from
      status
    }
  }
`);

const Queue = graphql(`
  query LiveReviewQueue {
    reviewQueue {
      available {
        edges {
          node {
            id
            requestId
            stage
            status
          }
        }
      }
      held {
        edges {
          node {
            id
            status
          }
        }
      }
      disputes {
        edges {
          node {
            id
            status
          }
        }
      }
      asOf
    }
  }
`);

const SetRoles = graphql(`
  mutation LiveSetRoles($officerId: ID!, $roles: [Role!]!) {
    setOfficerRoles(officerId: $officerId, roles: $roles) {
      id
      roles
    }
  }
`);

type TaskNotice = {
  availableReviewTasks: { taskId: string; requestId: string; stage: string; change: string; status: string };
};
type HolderNotice = { myReviewTaskChanges: { taskId: string; change: string; status: string } };
type RequestNotice = { mySearchRequestChanges: { requestId: string; status: string } };
type DisputeNotice = { disputedSearchRequests: { requestId: string; status: string } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long to keep listening before concluding that nothing is coming. */
const QUIET_MS = 1_500;

/**
 * Review work pushed over graphql-ws. With PostgreSQL, two instances share one database: every
 * change is made through instance A and every subscriber is connected to instance B, so each
 * notice has crossed instances through LISTEN/NOTIFY. The embedded PGlite is one process: there
 * both roles are played by one instance (multi-instance deployments need PostgreSQL).
 */
describe('live review queue over graphql-ws', () => {
  let a: TestServer;
  let b: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  const gallery: Enrolled[] = [];
  const ids: Record<string, string> = {};
  const clients: LiveClient[] = [];

  const connect = async (subject: string, server = b) => {
    const client = new LiveClient(server.url, await server.token(subject));
    clients.push(client);
    await client.connected;
    return client;
  };
  const poolOf = (r: Received<TaskNotice>, taskId: string) =>
    r.items.filter((n) => n.availableReviewTasks.taskId === taskId);
  const taskOf = async (requestId: string, stage: 'FIRST' | 'SECOND') => {
    const [row] = await a.db.dataSource.query(
      'SELECT id FROM review_task WHERE request_id = $1 AND stage = $2',
      [requestId, stage],
    );
    return row.id as string;
  };

  let reviewer1Pool: Received<TaskNotice>;
  let reviewer2Pool: Received<TaskNotice>;
  let reviewer2Held: Received<HolderNotice>;
  let gwpPool: Received<TaskNotice>;
  let dualPool: Received<TaskNotice>;
  let reviewer3Pool: Received<TaskNotice>;
  let requesterFeed: Received<RequestNotice>;
  let supervisorFeed: Received<DisputeNotice>;

  beforeAll(async () => {
    a = await TestServer.start({ INFERENCE_SESSIONS: '1' });
    b = usingPostgres() ? await a.startPeer() : a;
    wf = new WorkflowDriver(a);
    faces = await demoFaces(a.twokey.faces);
    for (const face of faces.slice(0, 4)) gallery.push(await wf.enrol(face));
    // a reviewer who also makes requests, and one whose role will be taken away
    const swp = await wf.forceId('SWP');
    const inAYear = new Date(Date.now() + 365 * 24 * 3600_000);
    await a.db.dataSource.query(
      `INSERT INTO officer (force_id, subject, display_name, roles, reviewer_certified_until)
       VALUES ($1, 'swp.dual', 'Examiner and investigator', '{REQUESTER,REVIEWER}', $2), ($1, 'swp.reviewer3', 'Examiner Three', '{REVIEWER}', $2)`,
      [swp, inAYear],
    );
    for (const subject of [
      'swp.requester',
      'swp.reviewer1',
      'swp.reviewer2',
      'swp.reviewer3',
      'swp.dual',
      'swp.supervisor',
      'gwp.reviewer',
    ])
      ids[subject] = await wf.officerId(subject);

    reviewer1Pool = (await connect('swp.reviewer1')).subscribe(AvailableTasks);
    const reviewer2 = await connect('swp.reviewer2');
    reviewer2Pool = reviewer2.subscribe(AvailableTasks);
    reviewer2Held = reviewer2.subscribe(MyTasks);
    gwpPool = (await connect('gwp.reviewer')).subscribe(AvailableTasks);
    dualPool = (await connect('swp.dual')).subscribe(AvailableTasks);
    reviewer3Pool = (await connect('swp.reviewer3')).subscribe(AvailableTasks);
    requesterFeed = (await connect('swp.requester')).subscribe(MyRequests);
    supervisorFeed = (await connect('swp.supervisor')).subscribe(Disputes);
    await sleep(300); // subscriptions are registered once the server has run their subscribe step
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    if (b !== a) await b.stop();
    await a.stop();
  });

  describe('connection_init', () => {
    it('should close a socket without a token with 4401', async () => {
      const client = new LiveClient(b.url, undefined);
      clients.push(client);
      await expect(client.closed).resolves.toMatchObject({ code: 4401 });
    });

    it('should close a socket with an invalid token with 4401', async () => {
      const client = new LiveClient(b.url, 'not-a-jwt');
      clients.push(client);
      await expect(client.closed).resolves.toMatchObject({ code: 4401 });
    });

    it('should close a socket with 4401 when its token expires', async () => {
      const client = new LiveClient(b.url, await b.token('swp.reviewer1', { expiresIn: '3s' }));
      clients.push(client);
      await client.connected;
      const started = Date.now();
      const closed = await client.closed;
      expect(closed).toMatchObject({ code: 4401, reason: 'Token expired' });
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('should refuse a feed the officer may not watch with FORBIDDEN, and audit it', async () => {
      const client = await connect('swp.reviewer1');
      const denied = client.subscribe(Disputes);
      const errors = (await denied.waitForError()) as Array<{ extensions?: { code?: string } }>;
      expect(errors[0].extensions?.code).toBe('FORBIDDEN');
      const [row] = await a.db.dataSource.query(
        "SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor_officer_id = $1",
        [ids['swp.reviewer1']],
      );
      expect(row.n).toBeGreaterThan(0);
    });
  });

  describe('availableReviewTasks', () => {
    let requestId: string;
    let firstTaskId: string;

    it('should bring a search completed through instance A to eligible reviewers on instance B', async () => {
      if (usingPostgres()) expect(b.url).not.toBe(a.url); // two instances, two pools, two listeners
      ({ requestId } = await wf.searchToFirstReview(gallery[0].face.probe));
      firstTaskId = await taskOf(requestId, 'FIRST');
      for (const feed of [reviewer1Pool, reviewer2Pool, dualPool, reviewer3Pool]) {
        const notice = await feed.waitFor((n) => n.availableReviewTasks.taskId === firstTaskId);
        expect(notice.availableReviewTasks).toMatchObject({
          requestId,
          stage: 'FIRST',
          change: 'OPENED',
          status: 'OPEN',
        });
      }
      // the requester followed their request from submission to review
      await requesterFeed.waitFor(
        (n) =>
          n.mySearchRequestChanges.requestId === requestId &&
          n.mySearchRequestChanges.status === 'FIRST_REVIEW',
      );
      const states = requesterFeed.items
        .filter((n) => n.mySearchRequestChanges.requestId === requestId)
        .map((n) => n.mySearchRequestChanges.status);
      expect(states).toEqual(['SUBMITTED', 'SEARCHING', 'FIRST_REVIEW']);
    });

    it('should tell nothing to a reviewer of another force', async () => {
      await sleep(QUIET_MS);
      expect(gwpPool.items).toEqual([]);
    });

    it('should tell nothing to a reviewer about a request they made themselves', async () => {
      const caseId = await wf.createCase('swp.dual');
      const draft = await wf.createSearch(caseId, gallery[1].face.probe, {}, 'swp.dual');
      await wf.submit(draft.id, 'swp.dual');
      const ownTask = await taskOf(draft.id, 'FIRST');
      await reviewer1Pool.waitFor((n) => n.availableReviewTasks.taskId === ownTask);
      await sleep(QUIET_MS);
      expect(poolOf(dualPool, ownTask)).toEqual([]);
    });

    it('should tell nothing to the first reviewer about the second review of the same request', async () => {
      await wf.claim(firstTaskId, 'swp.reviewer1');
      await reviewer2Pool.waitFor(
        (n) => n.availableReviewTasks.taskId === firstTaskId && n.availableReviewTasks.change === 'CLAIMED',
      );
      await wf.review(firstTaskId, 'swp.reviewer1', matchOnly(gallery[0]));
      const secondTaskId = await taskOf(requestId, 'SECOND');
      const opened = await reviewer2Pool.waitFor((n) => n.availableReviewTasks.taskId === secondTaskId);
      expect(opened.availableReviewTasks).toMatchObject({
        stage: 'SECOND',
        change: 'OPENED',
        status: 'OPEN',
      });
      await sleep(QUIET_MS);
      expect(poolOf(reviewer1Pool, secondTaskId)).toEqual([]);
    });

    it('should check each officer on their own when their sockets share one notice, and give each socket its own shape', async () => {
      // the same document from several officers and sockets: the notice is executed once for all of them
      const firstAgain = (await connect('swp.reviewer1')).subscribe(AvailableTasks);
      const secondAgain = (await connect('swp.reviewer2')).subscribe(AvailableTasks);
      const aliased = (await connect('swp.reviewer2')).subscribe<{
        availableReviewTasks: { id: string; stage: string };
      }>('subscription { availableReviewTasks { id: taskId stage } }');
      await sleep(300);
      const { requestId: other } = await wf.searchToFirstReview(gallery[1].face.probe);
      const firstTask = await taskOf(other, 'FIRST');
      await wf.claim(firstTask, 'swp.reviewer1');
      await wf.review(firstTask, 'swp.reviewer1', matchOnly(gallery[1]));
      const secondTask = await taskOf(other, 'SECOND');
      for (const feed of [reviewer2Pool, secondAgain, dualPool]) {
        const notice = await feed.waitFor((n) => n.availableReviewTasks.taskId === secondTask);
        expect(notice.availableReviewTasks).toMatchObject({
          requestId: other,
          stage: 'SECOND',
          change: 'OPENED',
        });
      }
      expect(await aliased.waitFor((n) => n.availableReviewTasks.id === secondTask)).toEqual({
        availableReviewTasks: { id: secondTask, stage: 'SECOND' },
      });
      await sleep(QUIET_MS);
      // the first reviewer, on both sockets, and the other force heard nothing of it
      expect(poolOf(reviewer1Pool, secondTask)).toEqual([]);
      expect(poolOf(firstAgain, secondTask)).toEqual([]);
      expect(poolOf(firstAgain, firstTask).map((n) => n.availableReviewTasks.change)).toEqual([
        'OPENED',
        'CLAIMED',
      ]);
      expect(gwpPool.items).toEqual([]);
    });
  });

  describe('myReviewTaskChanges and disputedSearchRequests', () => {
    let requestId: string;
    let secondTaskId: string;

    it('should tell the holder when a supervisor takes their task back to the pool', async () => {
      ({ requestId } = await wf.searchToFirstReview(gallery[2].face.probe));
      const firstTaskId = await taskOf(requestId, 'FIRST');
      await wf.claim(firstTaskId, 'swp.reviewer1');
      await wf.review(firstTaskId, 'swp.reviewer1', matchOnly(gallery[2]));
      secondTaskId = await taskOf(requestId, 'SECOND');
      await wf.claim(secondTaskId, 'swp.reviewer2');
      ok(
        await a.gql(
          graphql(`
            mutation LiveReassign($taskId: ID!, $reason: String!) {
              reassignReviewTask(taskId: $taskId, reason: $reason) {
                id
                status
              }
            }
          `),
          { taskId: secondTaskId, reason: 'Reviewer called away to court' },
          { as: 'swp.supervisor' },
        ),
      );
      const lost = await reviewer2Held.waitFor((n) => n.myReviewTaskChanges.taskId === secondTaskId);
      expect(lost.myReviewTaskChanges).toMatchObject({ change: 'REASSIGNED', status: 'OPEN' });
      await reviewer2Pool.waitFor(
        (n) =>
          n.availableReviewTasks.taskId === secondTaskId && n.availableReviewTasks.change === 'REASSIGNED',
      );
    });

    it('should bring a dispute to the supervisor and tell the requester', async () => {
      await wf.claim(secondTaskId, 'swp.reviewer2');
      await wf.review(secondTaskId, 'swp.reviewer2', () => 'NOT_MATCH');
      const dispute = await supervisorFeed.waitFor((n) => n.disputedSearchRequests.requestId === requestId);
      expect(dispute.disputedSearchRequests.status).toBe('DISPUTED');
      await requesterFeed.waitFor(
        (n) =>
          n.mySearchRequestChanges.requestId === requestId && n.mySearchRequestChanges.status === 'DISPUTED',
      );
    });

    it('should tell the holder when the request is withdrawn under them', async () => {
      const { requestId: withdrawn } = await wf.searchToFirstReview(gallery[3].face.probe);
      const taskId = await taskOf(withdrawn, 'FIRST');
      await wf.claim(taskId, 'swp.reviewer2');
      ok(
        await a.gql(
          WfWithdraw,
          { id: withdrawn, reason: 'Suspect identified by other means' },
          { as: 'swp.requester' },
        ),
      );
      const lost = await reviewer2Held.waitFor((n) => n.myReviewTaskChanges.taskId === taskId);
      expect(lost.myReviewTaskChanges).toMatchObject({ change: 'CANCELLED', status: 'CANCELLED' });
      await requesterFeed.waitFor(
        (n) =>
          n.mySearchRequestChanges.requestId === withdrawn && n.mySearchRequestChanges.status === 'WITHDRAWN',
      );
    });

    it("should list the dispute in the supervisor's catch-up queue", async () => {
      const queue = ok(await b.gql(Queue, {}, { as: 'swp.supervisor' })).reviewQueue;
      expect(queue.disputes.edges.map((e) => e.node).map((d) => d.id)).toContain(requestId);
      expect(queue.available.edges.map((e) => e.node)).toEqual([]);
    });
  });

  describe('current ability', () => {
    it('should stop telling a reviewer whose role was removed', async () => {
      ok(
        await a.gql(SetRoles, { officerId: ids['swp.reviewer3'], roles: ['REQUESTER'] }, { as: 'swp.admin' }),
      );
      const { requestId } = await wf.searchToFirstReview(gallery[3].face.probe);
      const taskId = await taskOf(requestId, 'FIRST');
      await reviewer1Pool.waitFor((n) => n.availableReviewTasks.taskId === taskId);
      await sleep(QUIET_MS);
      expect(poolOf(reviewer3Pool, taskId)).toEqual([]);
    });

    it('should publish nothing from a transaction that rolls back', async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[1].face.probe);
      const taskId = await taskOf(requestId, 'FIRST');
      await reviewer2Pool.waitFor((n) => n.availableReviewTasks.taskId === taskId);
      await expect(
        a.db.transaction(async (tx) => {
          const task = await lockTask(tx, taskId);
          await moveTask(
            tx,
            null,
            task,
            'cancel',
            { claimedById: null, claimedAt: null, claimExpiresAt: null },
            { action: 'REVIEW_TASK_CANCELLED' },
          );
          throw new Error('the step failed after the change');
        }),
      ).rejects.toThrow('the step failed');
      await wf.claim(taskId, 'swp.reviewer1');
      await reviewer2Pool.waitFor(
        (n) => n.availableReviewTasks.taskId === taskId && n.availableReviewTasks.change === 'CLAIMED',
      );
      await sleep(QUIET_MS / 3);
      expect(poolOf(reviewer2Pool, taskId).map((n) => n.availableReviewTasks.change)).toEqual([
        'OPENED',
        'CLAIMED',
      ]);
    });

    it('should cut off, with 4403, a subscriber whose officer is deactivated', async () => {
      const client = await connect('swp.dual');
      const feed = client.subscribe(AvailableTasks);
      await sleep(300);
      await a.db.dataSource.query('UPDATE officer SET active = false WHERE id = $1', [ids['swp.dual']]);
      // what an admin's deactivation would publish: every instance drops its cached ability
      await a.db.transaction(async (tx) =>
        tx.publish(Topic.OFFICER_CHANGED, {
          officerId: ids['swp.dual'],
          occurredAt: new Date().toISOString(),
        }),
      );
      const { requestId } = await wf.searchToFirstReview(gallery[2].face.probe);
      await reviewer1Pool.waitFor((n) => n.availableReviewTasks.requestId === requestId);
      const errors = (await feed.waitForError()) as Array<{ extensions?: { code?: string } }>;
      expect(errors[0].extensions?.code).toBe('FORBIDDEN');
      await expect(client.closed).resolves.toMatchObject({ code: 4403 });
    });
  });

  describe('reviewQueue', () => {
    it('should give a reconnecting reviewer every open task they may claim, whatever they missed', async () => {
      const offline = await connect('swp.reviewer2');
      await offline.dispose();
      const { requestId } = await wf.searchToFirstReview(gallery[3].face.probe);
      const taskId = await taskOf(requestId, 'FIRST');
      const queue = ok(await b.gql(Queue, {}, { as: 'swp.reviewer2' })).reviewQueue;
      expect(queue.available.edges.map((e) => e.node).map((t) => t.id)).toContain(taskId);
      expect(queue.available.edges.map((e) => e.node).every((t) => t.status === 'OPEN')).toBe(true);
      // the other force sees none of it
      const theirs = ok(await b.gql(Queue, {}, { as: 'gwp.reviewer' })).reviewQueue;
      expect(theirs.available.edges.map((e) => e.node)).toEqual([]);
    });

    it('should require a signed-in officer', async () => {
      expect(codes(await b.gql(Queue))).toEqual(['UNAUTHENTICATED']);
    });
  });

  it("should never have told the other force's reviewer anything", () => {
    expect(gwpPool.items).toEqual([]);
    expect(gwpPool.errors).toEqual([]);
  });
});

/**
 * The socket enforces what HTTP enforces, and more: a small message limit (images go over HTTP),
 * a smaller one before connection_ack, caps on operations per socket and sockets per officer,
 * the query limits, and no introspection in production.
 */
describe('graphql-ws limits', () => {
  let server: TestServer;
  const clients: LiveClient[] = [];
  const raws: RawSocket[] = [];

  const connect = async (subject: string) => {
    const client = new LiveClient(server.url, await server.token(subject));
    clients.push(client);
    return client;
  };
  const raw = () => {
    const socket = new RawSocket(server.url);
    raws.push(socket);
    return socket;
  };
  const errorsOf = async (received: Received<unknown>) =>
    (await received.waitForError(10_000)) as Array<{ message: string; extensions?: { code?: string } }>;

  beforeAll(async () => {
    server = await TestServer.start({
      NODE_ENV: 'production',
      INFERENCE_SESSIONS: '1',
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '3',
      WS_MAX_SOCKETS_PER_OFFICER: '2',
      GRAPHQL_MAX_DEPTH: '2',
      GRAPHQL_MAX_ALIASES: '2',
      GRAPHQL_MAX_COST: '20',
      GRAPHQL_MAX_TOKENS: '100',
    });
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    for (const socket of raws) socket.close();
    await server.stop();
  });

  describe('message size', () => {
    it('should close with 1009 a message before connection_ack over the small limit, without reading it', async () => {
      const socket = raw();
      await socket.opened;
      socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${'x'.repeat(20_000)}` } });
      await expect(socket.closed).resolves.toMatchObject({ code: 1009 });
    });

    it('should close with 1009 an unauthenticated 40 MB frame from its header', async () => {
      const socket = raw();
      await socket.opened;
      const frame = `{"type":"connection_init","payload":{"authorization":"Bearer ${'x'.repeat(40 * 1024 * 1024)}"}}`;
      const started = Date.now();
      socket.send(frame);
      await expect(socket.closed).resolves.toMatchObject({ code: 1009 });
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it("should close a signed-in officer's 40 MB subscribe with 1009, quickly and without the memory growing", async () => {
      const socket = raw();
      await socket.signIn(await server.token('swp.reviewer1'));
      const message = JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `subscription { availableReviewTasks { taskId } }${' '.repeat(40 * 1024 * 1024)}` },
      });
      const before = process.memoryUsage().rss;
      const started = Date.now();
      socket.send(message);
      await expect(socket.closed).resolves.toMatchObject({ code: 1009 });
      expect(Date.now() - started).toBeLessThan(5_000);
      // the client's own copies of the message are ~80 MB; reading and parsing it took gigabytes
      expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
      expect((await server.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    });

    it('should still accept a subscribe message within the limit', async () => {
      const socket = raw();
      await socket.signIn(await server.token('swp.reviewer1'));
      socket.send({
        id: 'ok',
        type: 'subscribe',
        payload: { query: 'subscription { availableReviewTasks { taskId } }' },
      });
      await sleep(300);
      expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    });
  });

  describe('caps', () => {
    it('should refuse an operation beyond the per-socket cap with TOO_MANY_SUBSCRIPTIONS and keep the socket', async () => {
      const client = await connect('swp.reviewer1');
      await client.connected;
      const held = [1, 2, 3].map(() => client.subscribe(AvailableTasks));
      await sleep(300);
      const errors = await errorsOf(client.subscribe(AvailableTasks));
      expect(errors[0].extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 3 });
      expect(held.every((r) => r.errors.length === 0)).toBe(true);
      await expect(Promise.race([client.closed, sleep(300).then(() => 'open')])).resolves.toBe('open');
    });

    it("should close an officer's socket beyond the per-officer cap with 4429, and count sockets down as they close", async () => {
      const first = await connect('swp.reviewer2');
      const second = await connect('swp.reviewer2');
      await Promise.all([first.connected, second.connected]);
      const third = await connect('swp.reviewer2');
      await expect(third.closed).resolves.toMatchObject({ code: 4429 });
      await (
        await connect('gwp.reviewer')
      ).connected; // another officer is not affected
      await first.dispose();
      await sleep(300);
      await (
        await connect('swp.reviewer2')
      ).connected;
    });
  });

  describe('query limits and errors', () => {
    const refusedWith = async (
      query: string,
      code: string,
      message: RegExp,
      variables?: Record<string, unknown>,
    ) => {
      const client = await connect('oversight.commissioner');
      await client.connected;
      const errors = await errorsOf(client.subscribe(query, variables as Record<string, never>));
      expect(errors[0].extensions?.code).toBe(code);
      expect(errors[0].message).toMatch(message);
      await client.dispose();
      return errors;
    };

    it('should refuse a query deeper than the limit with QUERY_TOO_DEEP', async () => {
      const [error] = await refusedWith(
        '{ verifyAuditChain { firstBroken { seq } } }',
        'QUERY_TOO_DEEP',
        /^Query depth limit of 2 exceeded/,
      );
      expect(error.message).not.toMatch(/syntax/i);
    });

    it('should refuse too many aliases with TOO_MANY_ALIASES', async () => {
      await refusedWith('{ a: me { id } b: me { id } c: me { id } }', 'TOO_MANY_ALIASES', /alias/i);
    });

    it('should refuse a query over the cost limit with QUERY_TOO_COSTLY', async () => {
      await refusedWith('{ forces(first: 10) { totalCount } }', 'QUERY_TOO_COSTLY', /cost/i);
    });

    it('should refuse a query over the token limit', async () => {
      await refusedWith(`{ ${'__typename '.repeat(120)}}`, 'GRAPHQL_PARSE_FAILED', /tokens/);
    });

    it('should refuse introspection in production', async () => {
      await refusedWith('{ __schema { queryType { name } } }', 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    });

    it('should give validation and syntax errors their own codes, not INTERNAL_SERVER_ERROR', async () => {
      await refusedWith('subscription { noSuchFeed { id } }', 'GRAPHQL_VALIDATION_FAILED', /noSuchFeed/);
      await refusedWith('subscription {', 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    });

    it('should refuse a malformed id with BAD_USER_INPUT, never echoing it', async () => {
      const errors = await refusedWith(
        'query Case($id: ID!) { case(id: $id) { id } }',
        'BAD_USER_INPUT',
        /malformed id/,
        { id: "x' OR 1=1--" },
      );
      expect(JSON.stringify(errors)).not.toContain('OR 1=1');
    });
  });
});

import { Client } from 'pg';
import { print } from 'graphql';
import { Topic, type InProcessPubSub } from '../../src/events';
import { demoFaces } from '../support/faces';
import { LiveClient, Received } from '../support/live-client';
import { WfClaimTask, WorkflowDriver } from '../support/search-workflow';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';
import { usingPostgres } from '../support/test-database';
import { TestServer } from '../support/test-server';

/**
 * Review notices are delivered at least once (a transactional outbox) and each reaches a
 * subscriber once (deduplicated by event id); /readyz covers the database, the event listener and
 * relay, and the inference workers.
 */

const AvailableTasks = `subscription { availableReviewTasks { taskId change status version } }`;
type TaskNotice = {
  availableReviewTasks: { taskId: string; change: string; status: string; version: number };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long to keep listening before concluding that nothing (more) is coming. */
const QUIET_MS = 1_500;

const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(50);
  }
};

const readyz = async (server: { url: string }) => {
  const response = await fetch(server.url.replace(/\/graphql$/, '/readyz'));
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string>; failed?: string[] },
  };
};

const claimedNotices = (feed: Received<TaskNotice>, taskId: string) =>
  feed.items.filter(
    (n) => n.availableReviewTasks.taskId === taskId && n.availableReviewTasks.change === 'CLAIMED',
  );

(usingPostgres() ? describe : describe.skip)('kill -9 between commit and relay (PostgreSQL)', () => {
  let b: TestServer;
  let a: ServiceProcess | undefined;
  const clients: LiveClient[] = [];

  const startA = async (env: Record<string, string>) => {
    const database = b.config.database;
    if (database.kind !== 'postgres') throw new Error('PostgreSQL only');
    const service = startServiceProcess({
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      INFERENCE_SESSIONS: '1',
      SEED_DEMO_DATA: 'false',
      AUTH_PUBLIC_KEY: b.config.auth.publicKeyPem!,
      DATABASE_URL: database.url,
      DATABASE_MIGRATION_URL: database.migrationUrl!,
      EVENT_RELAY_INTERVAL_MS: '3600000',
      ...env,
    });
    a = service;
    const [ready] = await service.ready();
    return { service, url: String(ready.url) };
  };

  beforeAll(async () => {
    // instance B keeps the reviewer's socket; its periodic pass is off (1 h), so only A's restart
    // can relay what A left behind
    b = await TestServer.start({ INFERENCE_SESSIONS: '1', EVENT_RELAY_INTERVAL_MS: '3600000' });
  }, 300_000);
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    if (a && a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    await b?.stop();
  });

  it("should deliver the notice of a change committed by a process killed before relaying it exactly once, after that process's restart", async () => {
    const wf = new WorkflowDriver(b);
    const [face] = await demoFaces(b.twokey.faces);
    await wf.enrol(face);
    const { requestId } = await wf.searchToFirstReview(face.probe);
    const [{ id: taskId }] = await b.db.dataSource.query(
      "SELECT id FROM review_task WHERE request_id = $1 AND stage = 'FIRST'",
      [requestId],
    );

    const reviewer = new LiveClient(b.url, await b.token('swp.reviewer2'));
    clients.push(reviewer);
    await reviewer.connected;
    const feed = reviewer.subscribe<TaskNotice>(AvailableTasks);
    await sleep(300);

    // instance A, its relay held back by the test-only hook
    const first = await startA({ EVENT_RELAY_TEST_PAUSE: 'true' });
    expect(first.service.log()).toContain('event relay paused');
    const claim = await fetch(first.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await b.token('swp.reviewer1')}`,
      },
      body: JSON.stringify({ query: print(WfClaimTask), variables: { taskId } }),
    });
    const claimed = (await claim.json()) as {
      data?: { claimReviewTask: { status: string } };
      errors?: unknown;
    };
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data?.claimReviewTask.status).toBe('CLAIMED');
    // committed, with its event in the outbox, and not sent
    const outboxRow = async () =>
      (await b.db.dataSource.query(
        `SELECT id, relayed_at FROM event_outbox
           WHERE topic = $1 AND payload->>'taskId' = $2 AND payload->>'change' = 'CLAIMED'`,
        [Topic.REVIEW_TASK_CHANGED, taskId],
      )) as Array<{ id: string; relayed_at: Date | null }>;
    expect(await outboxRow()).toEqual([{ id: expect.any(String), relayed_at: null }]);
    await sleep(QUIET_MS);
    expect(claimedNotices(feed, taskId)).toEqual([]);

    first.service.child.kill('SIGKILL');
    expect(await first.service.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await outboxRow()).toEqual([{ id: expect.any(String), relayed_at: null }]);
    await sleep(QUIET_MS);
    expect(claimedNotices(feed, taskId)).toEqual([]);

    // restarted (no hook): its start-up relays what the killed process left
    const second = await startA({});
    const notice = await feed.waitFor(
      (n) => n.availableReviewTasks.taskId === taskId && n.availableReviewTasks.change === 'CLAIMED',
    );
    expect(notice.availableReviewTasks.status).toBe('CLAIMED');
    const [row] = await outboxRow();
    expect(row.relayed_at).not.toBeNull();

    // the same event sent again (a second relay, a replay) reaches the subscriber once all the same
    const [{ message }] = await b.db.dataSource.query(
      `SELECT json_build_object('i', id, 't', topic, 'p', payload)::text AS message FROM event_outbox WHERE id = $1`,
      [row.id],
    );
    for (let i = 0; i < 2; i += 1)
      await b.db.dataSource.query(`SELECT pg_notify('twokey_events', $1)`, [message]);
    await sleep(QUIET_MS);
    expect(claimedNotices(feed, taskId)).toHaveLength(1);
    expect(feed.errors).toEqual([]);

    second.service.child.kill('SIGTERM');
    expect(await second.service.exited).toEqual({ code: 0, signal: null });
  }, 420_000);
});

describe('duplicate event ids (both database modes)', () => {
  let server: TestServer;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await TestServer.start({ INFERENCE_SESSIONS: '1' });
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await server?.stop();
  });

  it("should give a graphql-ws subscriber one notice for an event delivered twice, and the next event's as usual", async () => {
    const wf = new WorkflowDriver(server);
    const [face] = await demoFaces(server.twokey.faces);
    await wf.enrol(face);
    const reviewer = new LiveClient(server.url, await server.token('swp.reviewer2'));
    clients.push(reviewer);
    await reviewer.connected;
    const feed = reviewer.subscribe<TaskNotice>(AvailableTasks);
    await sleep(300);
    const { requestId } = await wf.searchToFirstReview(face.probe);
    const [{ id: taskId }] = await server.db.dataSource.query(
      "SELECT id FROM review_task WHERE request_id = $1 AND stage = 'FIRST'",
      [requestId],
    );
    await feed.waitFor((n) => n.availableReviewTasks.taskId === taskId);
    const [row] = await server.db.dataSource.query(
      `SELECT id, json_build_object('i', id, 't', topic, 'p', payload)::text AS message FROM event_outbox
       WHERE topic = $1 AND payload->>'taskId' = $2`,
      [Topic.REVIEW_TASK_CHANGED, taskId],
    );
    // delivered again, twice: through NOTIFY on PostgreSQL, straight into the in-process adapter embedded
    for (let i = 0; i < 2; i += 1) {
      if (usingPostgres())
        await server.db.dataSource.query(`SELECT pg_notify('twokey_events', $1)`, [row.message]);
      else {
        const [{ topic, payload }] = await server.db.dataSource.query(
          'SELECT topic, payload FROM event_outbox WHERE id = $1',
          [row.id],
        );
        (server.twokey.events as InProcessPubSub).deliver([{ id: row.id, topic, payload }]);
      }
    }
    await wf.claim(taskId, 'swp.reviewer1');
    await feed.waitFor(
      (n) => n.availableReviewTasks.taskId === taskId && n.availableReviewTasks.change === 'CLAIMED',
    );
    await sleep(QUIET_MS / 2);
    expect(
      feed.items
        .filter((n) => n.availableReviewTasks.taskId === taskId)
        .map((n) => n.availableReviewTasks.change),
    ).toEqual(['OPENED', 'CLAIMED']);
  }, 120_000);
});

describe('/readyz', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ INFERENCE_SESSIONS: '1' });
  }, 120_000);
  afterAll(() => server?.stop());

  it('should report each part ready', async () => {
    expect(await readyz(server)).toEqual({
      status: 200,
      body: {
        status: 'ready',
        database: server.db.kind,
        checks: { database: 'ok', events: 'ok', inference: 'ok' },
      },
    });
  });

  (usingPostgres() ? it : it.skip)(
    'should answer 503 naming the event listener while its connection is gone, and recover',
    async () => {
      const database = server.config.database;
      if (database.kind !== 'postgres') throw new Error('PostgreSQL only');
      const name = new URL(database.url).pathname.slice(1);
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        // new connections refused for a while, so the listener cannot come straight back
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        const { rows } = await admin.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
           WHERE datname = $1 AND application_name = 'twokey-events'`,
          [name],
        );
        expect(rows).toEqual([{ killed: true }]);
        const down = await waitFor(async () => {
          const r = await readyz(server);
          return r.status === 503 ? r : undefined;
        }, 10_000);
        expect(down.body).toMatchObject({
          status: 'unavailable',
          failed: expect.arrayContaining(['events']),
          checks: { events: 'the event listener connection is lost (reconnecting)', inference: 'ok' },
        });
      } finally {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      const up = await waitFor(async () => {
        const r = await readyz(server);
        return r.status === 200 ? r : undefined;
      }, 20_000);
      expect(up.body.checks).toEqual({ database: 'ok', events: 'ok', inference: 'ok' });
    },
    60_000,
  );

  (usingPostgres() ? it : it.skip)(
    'should answer 503 naming the events while the outbox relay fails, and recover once it relays again',
    async () => {
      const publish = (officerId: string) =>
        server.db.transaction(async (tx) =>
          tx.publish(Topic.OFFICER_CHANGED, { officerId, occurredAt: new Date().toISOString() }),
        );
      // the serving role may still write events but no longer mark them relayed
      await server.asOwner((m) => m.query('REVOKE UPDATE ON event_outbox FROM twokey_app'));
      try {
        await publish('relay-blocked');
        const down = await waitFor(async () => {
          const r = await readyz(server);
          return r.status === 503 ? r : undefined;
        }, 10_000);
        expect(down.body).toMatchObject({
          failed: ['events'],
          checks: { database: 'ok', events: "the event relay's last statement failed", inference: 'ok' },
        });
      } finally {
        await server.asOwner((m) => m.query('GRANT UPDATE ON event_outbox TO twokey_app'));
      }
      await publish('relay-unblocked');
      const up = await waitFor(async () => {
        const r = await readyz(server);
        return r.status === 200 ? r : undefined;
      }, 10_000);
      expect(up.body.checks.events).toBe('ok');
      // the event the failed statement left is relayed by the periodic pass
      await waitFor(async () => {
        const [row] = await server.db.dataSource.query(
          `SELECT count(*)::int AS n FROM event_outbox WHERE relayed_at IS NULL`,
        );
        return row.n === 0 ? true : undefined;
      }, 20_000);
    },
    60_000,
  );

  it('should answer 503 naming inference when no face inference worker is alive', async () => {
    await server.twokey.faces.close();
    const r = await readyz(server);
    expect(r).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        database: server.db.kind,
        checks: { database: 'ok', events: 'ok', inference: 'no face inference worker is alive' },
        failed: ['inference'],
      },
    });
  });
});

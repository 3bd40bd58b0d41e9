import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Database } from '../../src/db';
import {
  InProcessPubSub,
  OutboxRelay,
  PgNotifyPubSub,
  PubSub,
  SubscriberOverflowError,
  Topic,
  TopicPayloads,
} from '../../src/events';
import { EventQueue } from '../../src/events/pubsub';
import { openTestDatabase, testLogger, usingPostgres } from '../support/test-database';

const officerChanged = (officerId: string): TopicPayloads[Topic.OFFICER_CHANGED] => ({
  officerId,
  occurredAt: new Date().toISOString(),
});

const pending = new WeakMap<AsyncIterator<unknown>, Promise<IteratorResult<unknown>>>();

/** The next value of `events`, or 'timeout' if none comes within `ms` (a later call still gets it). */
async function nextOf<T>(events: AsyncIterator<T>, ms = 2_000): Promise<T | 'timeout'> {
  const next = (pending.get(events) as Promise<IteratorResult<T>> | undefined) ?? events.next();
  pending.set(events, next);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    const result = await Promise.race([next, timeout]);
    if (result === 'timeout') return result;
    pending.delete(events);
    return result.done ? 'timeout' : result.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Every officerId `events` yields until nothing more comes for `quietMs`. */
async function drain(events: AsyncIterator<{ officerId: string }>, quietMs = 500): Promise<string[]> {
  const got: string[] = [];
  for (;;) {
    const next = await nextOf(events, quietMs);
    if (next === 'timeout') return got;
    got.push(next.officerId);
  }
}

/** One instance's event path: its pub/sub (listener) and outbox relay, told of `db`'s commits. */
async function instance(
  db: Database,
  url: string | undefined,
  options: { intervalMs?: number; batchSize?: number } = {},
) {
  const pubsub: PubSub = usingPostgres()
    ? await PgNotifyPubSub.start({
        connectionString: url!,
        logger: testLogger,
        reconnectDelayMs: { initial: 20, max: 200 },
      })
    : new InProcessPubSub();
  const relay = new OutboxRelay({
    query: (sql, params) => db.dataSource.query(sql, params),
    target: pubsub.relayTarget,
    logger: testLogger,
    intervalMs: options.intervalMs ?? 60_000,
    retentionMs: 3_600_000,
    batchSize: options.batchSize,
  });
  return {
    pubsub,
    relay,
    /** Relays this Database's commits from now on. */
    attach() {
      db.onCommittedEvents((events) => relay.committed(events.map((e) => e.id)));
    },
    async close() {
      await relay.stop();
      await pubsub.close();
    },
  };
}

const unrelayed = async (db: Database) =>
  Number(
    (await db.dataSource.query('SELECT count(*)::int AS n FROM event_outbox WHERE relayed_at IS NULL'))[0].n,
  );

describe('events', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let one: Awaited<ReturnType<typeof instance>>;

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    one = await instance(db, handle.url);
    await one.relay.start();
    one.attach();
  });
  afterAll(async () => {
    await one.close();
    await handle.close();
  });

  describe('Tx.publish', () => {
    it('should deliver an event only after its transaction commits', async () => {
      const events = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      let deliveredBeforeCommit: unknown = null;
      await db.transaction(async (tx) => {
        tx.publish(Topic.OFFICER_CHANGED, officerChanged('committed'));
        deliveredBeforeCommit = await nextOf(events, 200);
      });
      expect(deliveredBeforeCommit).toBe('timeout');
      expect(await nextOf(events)).toMatchObject({ officerId: 'committed' });
      await events.return!();
    });

    it('should write the event to the outbox with its transaction and mark it relayed once sent', async () => {
      const events = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('stored')));
      expect(await nextOf(events)).toMatchObject({ officerId: 'stored' });
      const rows = await db.dataSource.query(
        "SELECT id, relayed_at FROM event_outbox WHERE payload->>'officerId' = 'stored'",
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].relayed_at).not.toBeNull();
      await events.return!();
    });

    it('should publish nothing from a transaction that rolls back, and store nothing', async () => {
      const events = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await expect(
        db.transaction(async (tx) => {
          tx.publish(Topic.OFFICER_CHANGED, officerChanged('rolled-back'));
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      // a later committed event arrives first: the rolled-back one was never sent
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('after')));
      expect(await nextOf(events)).toMatchObject({ officerId: 'after' });
      expect(await nextOf(events, 300)).toBe('timeout');
      const [row] = await db.dataSource.query(
        "SELECT count(*)::int AS n FROM event_outbox WHERE payload->>'officerId' = 'rolled-back'",
      );
      expect(row.n).toBe(0);
      await events.return!();
    });

    it('should fail the transaction when an event is malformed or carries more than ids', async () => {
      const bad = {
        officerId: 'x',
        occurredAt: new Date().toISOString(),
        image: 'AAAA',
      } as unknown as TopicPayloads[Topic.OFFICER_CHANGED];
      await expect(db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, bad))).rejects.toThrow(
        /invalid officer.changed payload/,
      );
    });

    it("should keep the order of one transaction's events", async () => {
      const events = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => {
        for (const id of ['a', 'b', 'c']) tx.publish(Topic.OFFICER_CHANGED, officerChanged(id));
      });
      const got = [await nextOf(events), await nextOf(events), await nextOf(events)];
      expect(got.map((e) => (e === 'timeout' ? e : e.officerId))).toEqual(['a', 'b', 'c']);
      await events.return!();
    });

    it('should keep the order of consecutive transactions', async () => {
      const events = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      const ids = Array.from({ length: 20 }, (_, i) => `seq-${i}`);
      for (const id of ids)
        await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged(id)));
      expect(await drain(events)).toEqual(ids);
      await events.return!();
    });
  });

  describe('OutboxRelay', () => {
    it('should relay, when it starts, events committed while no relay ran, each once, and report readiness', async () => {
      const detached = await openTestDatabase();
      try {
        // committed with nobody relaying: as if the process died between COMMIT and the relay
        for (const id of ['left-1', 'left-2'])
          await detached.db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged(id)));
        expect(await unrelayed(detached.db)).toBe(2);
        const next = await instance(detached.db, detached.url);
        try {
          expect(next.relay.problem()).toBe('the event relay has not started');
          const events = next.pubsub.subscribe(Topic.OFFICER_CHANGED);
          await next.relay.start();
          expect(next.relay.problem()).toBeNull();
          expect(await drain(events)).toEqual(['left-1', 'left-2']);
          expect(await unrelayed(detached.db)).toBe(0);
          // a second start (another instance starting, or a restart) finds nothing to send again
          const again = await instance(detached.db, detached.url);
          await again.relay.start();
          expect(again.relay.relayed).toBe(0);
          await again.close();
          expect(await drain(events)).toEqual([]);
        } finally {
          await next.close();
        }
      } finally {
        await detached.close();
      }
    }, 120_000);

    it('should relay the rows a dead instance left, on the periodic pass once they are old enough', async () => {
      const detached = await openTestDatabase();
      try {
        const survivor = await instance(detached.db, detached.url, { intervalMs: 200 });
        try {
          await survivor.relay.start();
          const events = survivor.pubsub.subscribe(Topic.OFFICER_CHANGED);
          // a commit whose instance never relayed it (this Database tells nobody)
          await detached.db.transaction(async (tx) =>
            tx.publish(Topic.OFFICER_CHANGED, officerChanged('orphan')),
          );
          // left to its own instance for a while (5 s), then taken up by the survivor's pass
          expect(await nextOf(events, 2_000)).toBe('timeout');
          expect(await nextOf(events, 8_000)).toMatchObject({ officerId: 'orphan' });
          expect(await unrelayed(detached.db)).toBe(0);
          await events.return!();
        } finally {
          await survivor.close();
        }
      } finally {
        await detached.close();
      }
    }, 120_000);

    it('should delete relayed rows after the retention, and keep unrelayed ones', async () => {
      const detached = await openTestDatabase();
      try {
        await detached.db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('old')));
        const pubsub = usingPostgres()
          ? await PgNotifyPubSub.start({ connectionString: detached.url!, logger: testLogger })
          : new InProcessPubSub();
        const relay = new OutboxRelay({
          query: (sql, params) => detached.db.dataSource.query(sql, params),
          target: pubsub.relayTarget,
          logger: testLogger,
          intervalMs: 60_000,
          retentionMs: 0,
        });
        // relayed, then deleted at once (retention 0); an unrelayed row is never deleted
        await relay.start();
        await relay.stop();
        await pubsub.close();
        await detached.db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('new')));
        const rows = await detached.db.dataSource.query(
          "SELECT payload->>'officerId' AS officer, relayed_at FROM event_outbox ORDER BY seq",
        );
        expect(rows.map((r: { officer: string }) => r.officer)).toEqual(['new']);
        expect(rows[0].relayed_at).toBeNull();
      } finally {
        await detached.close();
      }
    }, 120_000);
  });

  describe('EventQueue', () => {
    it('should end a subscriber that falls too far behind instead of growing without bound', async () => {
      const queue = new EventQueue<number>(3);
      for (let i = 0; i < 5; i += 1) queue.push(i);
      expect(await queue.next()).toEqual({ value: 0, done: false });
      await queue.next();
      await queue.next();
      await expect(queue.next()).rejects.toBeInstanceOf(SubscriberOverflowError);
      expect(await queue.next()).toEqual({ value: undefined, done: true });
    });
  });

  (usingPostgres() ? describe.skip : describe)('InProcessPubSub (embedded)', () => {
    it('should hand an event id delivered twice (a replay) to subscribers once', async () => {
      const pubsub = new InProcessPubSub();
      const events = pubsub.subscribe(Topic.OFFICER_CHANGED);
      const message = {
        id: '6f1c1a52-5b8e-4a57-9a55-0e3f3c1d2b10',
        topic: Topic.OFFICER_CHANGED,
        payload: officerChanged('once'),
      };
      pubsub.deliver([message]);
      pubsub.deliver([message, { ...message, id: '6f1c1a52-5b8e-4a57-9a55-0e3f3c1d2b11' }]);
      expect(await drain(events)).toEqual(['once', 'once']); // two ids, each once
      expect(pubsub.duplicates).toBe(1);
      await pubsub.close();
    });

    it('should relay, after a restart on the same data folder, the events committed before it and never relayed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'twokey-outbox-'));
      try {
        const first = await Database.open({ kind: 'pglite', dataDir: dir }, testLogger);
        await first.migrate();
        // the relay paused (the test hook): committed, never sent
        const paused = new OutboxRelay({
          query: (sql, params) => first.dataSource.query(sql, params),
          target: new InProcessPubSub().relayTarget,
          logger: testLogger,
          intervalMs: 60_000,
          retentionMs: 3_600_000,
          paused: true,
        });
        await paused.start();
        first.onCommittedEvents((events) => paused.committed(events.map((e) => e.id)));
        await first.transaction(async (tx) =>
          tx.publish(Topic.OFFICER_CHANGED, officerChanged('before-restart')),
        );
        expect(paused.problem()).toMatch(/paused/);
        expect(await unrelayed(first)).toBe(1);
        await first.close();

        const second = await Database.open({ kind: 'pglite', dataDir: dir }, testLogger);
        try {
          const next = await instance(second, undefined);
          const events = next.pubsub.subscribe(Topic.OFFICER_CHANGED);
          await next.relay.start();
          expect(await drain(events)).toEqual(['before-restart']);
          expect(await unrelayed(second)).toBe(0);
          await next.close();
        } finally {
          await second.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });

  (usingPostgres() ? describe : describe.skip)('PgNotifyPubSub (PostgreSQL)', () => {
    let other: Awaited<ReturnType<typeof instance>>;
    let otherDb: Database;

    beforeAll(async () => {
      otherDb = await Database.open({ kind: 'postgres', url: handle.url!, poolSize: 2 }, testLogger);
      other = await instance(otherDb, handle.url);
      await other.relay.start();
      other.attach();
    });
    afterAll(async () => {
      await other.close();
      await otherDb.close();
    });

    it('should carry an event committed through one instance to the other', async () => {
      const events = other.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('cross-instance')));
      expect(await nextOf(events)).toMatchObject({ officerId: 'cross-instance' });
      await events.return!();
    });

    it('should ignore messages on its channel that are not well-formed events', async () => {
      const events = other.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.dataSource.query(
        'SELECT pg_notify(\'twokey_events\', \'not json\'), pg_notify(\'twokey_events\', \'{"t":"officer.changed","p":{"officerId":1}}\'), pg_notify(\'twokey_events\', \'{"t":"officer.changed","p":{"officerId":"no-id","occurredAt":"2026-01-01T00:00:00Z"}}\')',
      );
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('fine')));
      expect(await nextOf(events)).toMatchObject({ officerId: 'fine' });
      expect(await drain(events, 300)).toEqual([]);
      await events.return!();
    });

    it('should hand an event NOTIFYed again (a replay) to each instance once', async () => {
      const here = one.pubsub.subscribe(Topic.OFFICER_CHANGED);
      const there = other.pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('replayed')));
      expect(await nextOf(there)).toMatchObject({ officerId: 'replayed' });
      // the same row sent again, twice, as a second relay would
      const [row] = await db.dataSource.query(
        `SELECT json_build_object('i', id, 't', topic, 'p', payload)::text AS message
         FROM event_outbox WHERE payload->>'officerId' = 'replayed'`,
      );
      await db.dataSource.query("SELECT pg_notify('twokey_events', $1)", [row.message]);
      await db.dataSource.query("SELECT pg_notify('twokey_events', $1)", [row.message]);
      expect(await drain(here)).toEqual(['replayed']);
      expect(await drain(there)).toEqual([]);
      await here.return!();
      await there.return!();
    });

    it('should have two relays starting at once send each left-over event once between them', async () => {
      const detached = await openTestDatabase();
      const relays: Array<Awaited<ReturnType<typeof instance>>> = [];
      try {
        const ids = Array.from({ length: 300 }, (_, i) => `race-${i}`);
        await detached.db.transaction(async (tx) => {
          for (const id of ids) tx.publish(Topic.OFFICER_CHANGED, officerChanged(id));
        });
        const pools = await Promise.all(
          [0, 1].map(() => Database.open({ kind: 'postgres', url: detached.url!, poolSize: 2 }, testLogger)),
        );
        // small batches, so that the two interleave
        for (const pool of pools) relays.push(await instance(pool, detached.url, { batchSize: 20 }));
        const feeds = relays.map((r) => r.pubsub.subscribe(Topic.OFFICER_CHANGED));
        await Promise.all(relays.map((r) => r.relay.start()));
        expect(relays[0].relay.relayed + relays[1].relay.relayed).toBe(ids.length);
        for (const feed of feeds) expect((await drain(feed)).sort()).toEqual([...ids].sort());
        for (const r of relays) await r.close();
        for (const pool of pools) await pool.close();
      } finally {
        await detached.close();
      }
    }, 120_000);

    it('should reconnect its listener after losing it, report the gap, and be not ready meanwhile', async () => {
      const pubsub = other.pubsub as PgNotifyPubSub;
      const gaps: number[] = [];
      const stopGaps = pubsub.onGap(() => gaps.push(Date.now()));
      const events = pubsub.subscribe(Topic.OFFICER_CHANGED);
      const pid = await pubsub.listenerPid();
      expect(pubsub.problem()).toBeNull();
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await admin.end();
      const problems: Array<string | null> = [];
      for (let i = 0; i < 100 && gaps.length === 0; i += 1) {
        problems.push(pubsub.problem());
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(gaps).toHaveLength(1);
      expect(problems).toContain('the event listener connection is lost (reconnecting)');
      expect(pubsub.problem()).toBeNull();
      expect(await pubsub.listenerPid()).not.toBe(pid);
      await db.transaction(async (tx) =>
        tx.publish(Topic.OFFICER_CHANGED, officerChanged('after-reconnect')),
      );
      expect(await nextOf(events)).toMatchObject({ officerId: 'after-reconnect' });
      stopGaps();
      await events.return!();
    });
  });
});

import { Client } from 'pg';
import { Database } from '../../src/db';
import {
  InProcessPubSub,
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

describe('events', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let pubsub: PubSub;

  beforeAll(async () => {
    handle = await openTestDatabase({ migrate: false });
    db = handle.db;
    pubsub = usingPostgres()
      ? await PgNotifyPubSub.start({
          connectionString: handle.url!,
          query: (sql, params) => db.dataSource.query(sql, params),
          logger: testLogger,
        })
      : new InProcessPubSub();
    db.usePubSub(pubsub);
  });
  afterAll(async () => {
    await pubsub.close();
    await handle.close();
  });

  describe('Tx.publish', () => {
    it('should deliver an event only after its transaction commits', async () => {
      const events = pubsub.subscribe(Topic.OFFICER_CHANGED);
      let deliveredBeforeCommit: unknown = null;
      await db.transaction(async (tx) => {
        tx.publish(Topic.OFFICER_CHANGED, officerChanged('committed'));
        deliveredBeforeCommit = await nextOf(events, 200);
      });
      expect(deliveredBeforeCommit).toBe('timeout');
      expect(await nextOf(events)).toMatchObject({ officerId: 'committed' });
      await events.return!();
    });

    it('should publish nothing from a transaction that rolls back', async () => {
      const events = pubsub.subscribe(Topic.OFFICER_CHANGED);
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
      const events = pubsub.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => {
        for (const id of ['a', 'b', 'c']) tx.publish(Topic.OFFICER_CHANGED, officerChanged(id));
      });
      const got = [await nextOf(events), await nextOf(events), await nextOf(events)];
      expect(got.map((e) => (e === 'timeout' ? e : e.officerId))).toEqual(['a', 'b', 'c']);
      await events.return!();
    });
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

  (usingPostgres() ? describe : describe.skip)('PgNotifyPubSub (PostgreSQL)', () => {
    let other: PgNotifyPubSub;

    beforeAll(async () => {
      other = await PgNotifyPubSub.start({
        connectionString: handle.url!,
        query: (sql, params) => db.dataSource.query(sql, params),
        logger: testLogger,
        reconnectDelayMs: { initial: 20, max: 200 },
      });
    });
    afterAll(() => other.close());

    it('should carry an event committed through one instance to the other', async () => {
      const events = other.subscribe(Topic.OFFICER_CHANGED);
      await db.transaction(async (tx) => tx.publish(Topic.OFFICER_CHANGED, officerChanged('cross-instance')));
      expect(await nextOf(events)).toMatchObject({ officerId: 'cross-instance' });
      await events.return!();
    });

    it('should ignore messages on its channel that are not well-formed events', async () => {
      const events = other.subscribe(Topic.OFFICER_CHANGED);
      await db.dataSource.query(
        'SELECT pg_notify(\'twokey_events\', \'not json\'), pg_notify(\'twokey_events\', \'{"t":"officer.changed","p":{"officerId":1}}\')',
      );
      await pubsub.publish(Topic.OFFICER_CHANGED, officerChanged('fine'));
      expect(await nextOf(events)).toMatchObject({ officerId: 'fine' });
      await events.return!();
    });

    it('should reconnect its listener after losing it, and report the gap', async () => {
      const gaps: number[] = [];
      const stopGaps = other.onGap(() => gaps.push(Date.now()));
      const events = other.subscribe(Topic.OFFICER_CHANGED);
      const pid = await other.listenerPid();
      const admin = new Client({ connectionString: handle.url });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await admin.end();
      for (let i = 0; i < 100 && gaps.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(gaps).toHaveLength(1);
      expect(await other.listenerPid()).not.toBe(pid);
      await pubsub.publish(Topic.OFFICER_CHANGED, officerChanged('after-reconnect'));
      expect(await nextOf(events)).toMatchObject({ officerId: 'after-reconnect' });
      stopGaps();
      await events.return!();
    });
  });
});

import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger';
import type { RelayTarget } from './pubsub';
import { checkPayload, decodeMessage, encodeMessage, EventMessage, Topic, TopicPayloads } from './topics';

/**
 * The transactional outbox. `Tx.publish` (src/db/database.ts) turns each event into an
 * `OutboxEvent` with an id of its own and writes it to `event_outbox` in the publishing
 * transaction, so an event is stored exactly when its change committed. The `OutboxRelay` of every
 * instance then sends committed rows on and marks them relayed:
 *
 * - right after a commit, the committing instance relays its own events (by id), at once;
 * - every `intervalMs`, any instance relays rows still unrelayed `orphanAfterMs` after their
 *   commit (their instance died between commit and relay, or its relay statement failed);
 * - at start-up, an instance relays every unrelayed row (what a killed predecessor left).
 *
 * Claiming is `FOR UPDATE SKIP LOCKED` and marking happens in the same statement that sends: on
 * PostgreSQL `pg_notify` inside that statement, so the NOTIFY goes out exactly when the rows are
 * marked (a relay that dies before its commit sent nothing and marked nothing). A row is therefore
 * relayed once by whichever instance claims it, and every instance LISTENing hears it once; the
 * message carries the event id, so a replay (a row marked unrelayed again, or a second relay path)
 * still reaches each instance's subscribers once. Relayed rows are deleted after `retentionMs`.
 *
 * In the embedded mode the statement returns the claimed rows and the relay hands them to the
 * in-process subscribers.
 */

/** An event as `Tx.publish` records it: checked, with its id. */
export interface OutboxEvent<T extends Topic = Topic> {
  id: string;
  topic: T;
  payload: TopicPayloads[T];
}

/** Checks `payload` (shape, and size as a NOTIFY message) and gives the event its id. */
export function outboxEvent<T extends Topic>(topic: T, payload: TopicPayloads[T]): OutboxEvent<T> {
  const id = randomUUID();
  const checked = checkPayload(topic, payload);
  encodeMessage(id, topic, checked); // throws if it could not be sent
  return { id, topic, payload: checked };
}

export type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/** Writes `events` (in their order) in the caller's transaction: one statement. */
export async function writeOutbox(query: Query, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [];
  const rows = events.map((e) => {
    params.push(e.id, e.topic, JSON.stringify(e.payload));
    const n = params.length;
    return `($${n - 2}::uuid, $${n - 1}, $${n}::jsonb)`;
  });
  await query(`INSERT INTO event_outbox (id, topic, payload) VALUES ${rows.join(', ')}`, params);
}

export interface OutboxRelayOptions {
  /** Runs one statement on the application's pool (autocommit). */
  query: (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;
  target: RelayTarget;
  logger: Logger;
  /** How often unrelayed rows older than `orphanAfterMs` are looked for, and old ones deleted. */
  intervalMs: number;
  /** How long after its commit an event is left to the instance that committed it. */
  orphanAfterMs?: number;
  /** How long relayed rows are kept (then deleted); 0: deleted at the next pass. */
  retentionMs: number;
  /** Rows claimed per statement. */
  batchSize?: number;
  /**
   * Test only (EVENT_RELAY_TEST_PAUSE, refused with NODE_ENV=production): relay nothing at all,
   * so that a test can kill the process between a commit and its relay.
   */
  paused?: boolean;
}

const DEFAULT_ORPHAN_AFTER_MS = 5_000;
const DEFAULT_BATCH = 500;
/** Own events queued for relay beyond this are left to the periodic pass (memory stays bounded). */
const MAX_QUEUED = 100_000;

/** Which unrelayed rows one relay statement claims. */
type Claim = { ids: string[] } | { olderThanMs: number };

export class OutboxRelay {
  private readonly queue: string[] = [];
  private readonly batchSize: number;
  private readonly orphanAfterMs: number;
  private draining: Promise<void> | null = null;
  private again = false;
  private sweepDue = false;
  private sweepAge = 0;
  private timer: NodeJS.Timeout | null = null;
  private started = false;
  private closed = false;
  private lastFailure: string | null = null;
  private lastPurgeAt = 0;
  /** Events this relay has sent (for tests and diagnostics). */
  relayed = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH;
    this.orphanAfterMs = options.orphanAfterMs ?? DEFAULT_ORPHAN_AFTER_MS;
  }

  /** Relays every unrelayed row (a predecessor's included), then starts the periodic pass. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.options.paused) {
      this.options.logger.warn('event relay paused (EVENT_RELAY_TEST_PAUSE, for tests only)');
      return;
    }
    this.sweep(0);
    await this.draining;
    this.timer = setInterval(() => this.sweep(this.orphanAfterMs), this.options.intervalMs);
    this.timer.unref();
  }

  /** Called right after a commit that wrote these events: relays them now (in commit order). */
  committed(ids: string[]): void {
    if (this.closed || this.options.paused || ids.length === 0) return;
    if (this.queue.length + ids.length > MAX_QUEUED) {
      this.options.logger.warn(
        { queued: this.queue.length, dropped: ids.length },
        'event relay queue full; the periodic pass will relay these events',
      );
      return;
    }
    this.queue.push(...ids);
    this.drain();
  }

  /** Null while relaying works; else why not (for readiness). */
  problem(): string | null {
    if (this.closed) return 'the event relay is stopped';
    if (this.options.paused) return 'the event relay is paused (test hook)';
    if (!this.started) return 'the event relay has not started';
    // the database's own message is logged, not shown
    return this.lastFailure ? "the event relay's last statement failed" : null;
  }

  /** Stops the periodic pass and waits for a statement in flight (unrelayed rows stay for the next start). */
  async stop(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.queue.length = 0;
    await this.draining;
  }

  private sweep(olderThanMs: number): void {
    if (this.closed) return;
    this.sweepAge = this.sweepDue ? Math.min(this.sweepAge, olderThanMs) : olderThanMs;
    this.sweepDue = true;
    this.drain();
  }

  /** One statement at a time per instance, so this instance sends its events in commit order. */
  private drain(): void {
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      do {
        this.again = false;
        while (this.queue.length && !this.closed) {
          const ids = this.queue.splice(0, this.batchSize);
          // on failure these are left to the periodic pass
          await this.attempt({ ids });
        }
        if (this.sweepDue && !this.closed) {
          this.sweepDue = false;
          const olderThanMs = this.sweepAge;
          while ((await this.attempt({ olderThanMs })) === this.batchSize && !this.closed);
          await this.purge();
        }
      } while ((this.again || this.queue.length) && !this.closed);
    })().finally(() => {
      this.draining = null;
      // work that arrived between the loop's last check and here
      if ((this.again || this.queue.length || this.sweepDue) && !this.closed) this.drain();
    });
  }

  /** Relays one batch; the number of rows it relayed (0 after a failure, which is logged). */
  private async attempt(claim: Claim): Promise<number> {
    try {
      const n = await this.relay(claim);
      this.lastFailure = null;
      return n;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (this.lastFailure !== message)
        this.options.logger.error(
          { err: message },
          'event relay failed; unrelayed events wait for a later pass',
        );
      this.lastFailure = message;
      return 0;
    }
  }

  private async relay(claim: Claim): Promise<number> {
    const params: unknown[] = [this.batchSize];
    let which: string;
    if ('ids' in claim) {
      params.push(claim.ids);
      which = `id = ANY($2::uuid[])`;
    } else {
      params.push(claim.olderThanMs);
      which = `created_at <= now() - make_interval(secs => $2::double precision / 1000)`;
    }
    const notify = 'notify' in this.options.target ? this.options.target.notify : null;
    if (notify) params.push(notify);
    // volatile pg_notify is evaluated after the sort: messages go out in the order of the rows
    const rows = await this.options.query(
      `WITH claimed AS (
         SELECT seq FROM event_outbox
         WHERE relayed_at IS NULL AND ${which}
         ORDER BY seq LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), relayed AS (
         UPDATE event_outbox o SET relayed_at = clock_timestamp()
         FROM claimed c WHERE o.seq = c.seq
         RETURNING o.seq, json_build_object('i', o.id, 't', o.topic, 'p', o.payload)::text AS message
       )
       SELECT ${notify ? 'pg_notify($3, message) AS sent' : 'message'}
       FROM relayed ORDER BY seq`,
      params,
    );
    this.relayed += rows.length;
    const target = this.options.target;
    if ('deliver' in target && rows.length) {
      const messages: EventMessage[] = [];
      for (const row of rows) {
        const message = decodeMessage(String(row.message));
        if (message) messages.push(message);
        else this.options.logger.warn('ignored a malformed event_outbox row');
      }
      target.deliver(messages);
    }
    return rows.length;
  }

  /** Deletes relayed rows past the retention, at most once per interval. */
  private async purge(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurgeAt < this.options.intervalMs) return;
    this.lastPurgeAt = now;
    try {
      await this.options.query(
        // <=, not <: PGlite's clock has millisecond steps, so on a fast machine a row relayed just
        // before can carry this statement's now(), and a retention of 0 must still delete it
        `DELETE FROM event_outbox
         WHERE relayed_at IS NOT NULL AND relayed_at <= now() - make_interval(secs => $1::double precision / 1000)`,
        [this.options.retentionMs],
      );
    } catch (error) {
      this.options.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'event outbox clean-up failed',
      );
    }
  }
}

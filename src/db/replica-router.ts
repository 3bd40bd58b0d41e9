import { DataSource, type EntityManager } from 'typeorm';
import { ENTITIES, type WrittenAuditAction } from '../entities';
import type { Logger } from '../logging/logger';
import { recordRoutedRead, type RoutedReadPurpose } from '../observability/metrics';
import { isDatabaseUnavailable } from './availability';

/**
 * Read routing over PostgreSQL streaming replicas (DATABASE_REPLICA_URLS): the one place that
 * decides whether a read may run on a replica, and on which.
 *
 * - Writes, and every read inside a write transaction, run on the primary; callers never get a
 *   replica's manager for those.
 * - Never search what was deleted: every change that takes something out of the searchable
 *   gallery stamps the fence row (`replica_fence`, see `stampGalleryFence`) in its own
 *   transaction with the primary's WAL position. A gallery search reads the fence on the primary
 *   (in the search's transaction) and uses a replica only once the replica shows the fence row at
 *   that value or later: the row is visible there only once the change's commit has been replayed.
 * - Read-your-writes: after each unit of work an officer commits, the primary's WAL insert
 *   position is remembered for that officer (this instance only); their routed reads use a replica
 *   only once its replay position (pg_last_wal_replay_lsn) has passed it.
 * A replica that is not there yet is polled for up to `maxWaitMs`; then the read runs on the
 * primary. A replica that cannot be reached is skipped for a while; a routed read that fails
 * because its replica went away runs again on the primary (reads are safe to repeat).
 */

/** Audit actions whose transaction takes images or templates out of what a search may return. */
export const GALLERY_FENCE_ACTIONS: ReadonlySet<string> = new Set<WrittenAuditAction>([
  'DELETION_REQUESTED', // the images stop being searchable while the request is decided
  'DELETION_GRANTED',
  'CUSTODY_IMAGE_DELETED',
  'SEARCH_REQUEST_PURGED',
  'MODEL_SWITCH_APPROVED',
  'MODEL_TEMPLATES_DELETED',
  'SHARING_AGREEMENT_REVOKED',
]);

/**
 * Moves the fence to the primary's current WAL position, in the caller's transaction (the audit
 * writer calls this for every GALLERY_FENCE_ACTIONS event). GREATEST keeps it monotonic; a second
 * change waits on the row lock until the first commits, so its value is past the first's commit.
 */
export async function stampGalleryFence(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE replica_fence SET gallery_lsn = GREATEST(gallery_lsn, pg_current_wal_insert_lsn()), gallery_changed_at = now() WHERE id = 1`,
  );
}

/** The primary's fence, read in the caller's transaction on the primary. */
export async function readGalleryFence(manager: EntityManager): Promise<string> {
  const rows: Array<{ lsn: string }> = await manager.query(
    `SELECT gallery_lsn::text AS lsn FROM replica_fence WHERE id = 1`,
  );
  return rows[0]?.lsn ?? '0/0';
}

/** A WAL position 'X/Y' as a number, for comparison. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaRouterOptions {
  urls: string[];
  poolSize: number;
  /** How long a read waits for a replica to catch up before it runs on the primary. */
  maxWaitMs: number;
}

/** What a replica must have replayed before it may serve a read. */
export interface Freshness {
  /** The primary's gallery fence (searches). */
  galleryFence?: string;
  /** A WAL position the replica's replay must have passed (read-your-writes). */
  lsn?: string;
}

export interface ReplicaLag {
  replica: string;
  /** Bytes of WAL the primary has written that the replica has not replayed. */
  bytes: number;
  /** Seconds since the last transaction the replica replayed was committed on the primary, when it is behind. */
  seconds: number;
}

interface Replica {
  /** host:port, for logs and metrics (never the credentials). */
  name: string;
  dataSource: DataSource;
  /** Until when it is skipped after it could not be reached. */
  downUntil: number;
}

const POLL_MS = 10;
const DOWN_FOR_MS = 5_000;
const SESSION_LIMIT = 10_000;

export class ReplicaRouter {
  private next = 0;
  /** Officer id -> the primary's WAL position after their latest unit of work (oldest first, bounded). */
  private readonly sessions = new Map<string, string>();

  private constructor(
    private readonly primary: DataSource,
    private readonly replicas: Replica[],
    private readonly maxWaitMs: number,
    private readonly logger: Logger,
  ) {}

  static async open(
    primary: DataSource,
    options: ReplicaRouterOptions,
    logger: Logger,
  ): Promise<ReplicaRouter> {
    const replicas = options.urls.map((url) => {
      const parsed = new URL(url);
      return {
        name: `${parsed.hostname}:${parsed.port || '5432'}`,
        dataSource: new DataSource({
          type: 'postgres',
          url,
          entities: ENTITIES,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          poolSize: options.poolSize,
          applicationName: 'twokey-replica-read',
          // a replica is read-only: CREATE EXTENSION (TypeORM's default for vector columns) would fail
          installExtensions: false,
        }),
        downUntil: 0,
      };
    });
    const router = new ReplicaRouter(primary, replicas, options.maxWaitMs, logger);
    // a replica that is down at start-up is tried again when a read needs it
    await Promise.all(replicas.map((r) => router.connect(r)));
    return router;
  }

  get size(): number {
    return this.replicas.length;
  }

  /**
   * A gallery search's reads (`work`, in a read-only transaction of its own on a replica whose
   * fence row has reached the primary's `fence`); else `onPrimary` (the caller's transaction).
   */
  gallery<T>(
    fence: string,
    work: (manager: EntityManager) => Promise<T>,
    onPrimary: () => Promise<T>,
  ): Promise<T> {
    return this.route('search', { galleryFence: fence }, true, work, onPrimary);
  }

  /** A read, statement by statement, that may be a little stale, but never older than what `officerId` last committed. */
  read<T>(
    purpose: RoutedReadPurpose,
    officerId: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
    onPrimary: () => Promise<T>,
  ): Promise<T> {
    const lsn = officerId ? this.sessions.get(officerId) : undefined;
    return this.route(purpose, { lsn }, false, work, onPrimary);
  }

  /** Remembers the primary's WAL position after `officerId` committed a unit of work. */
  async noteCommitted(officerId: string): Promise<void> {
    try {
      const rows: Array<{ lsn: string }> = await this.primary.query(
        'SELECT pg_current_wal_insert_lsn()::text AS lsn',
      );
      this.sessions.delete(officerId);
      this.sessions.set(officerId, rows[0].lsn);
      if (this.sessions.size > SESSION_LIMIT) this.sessions.delete(this.sessions.keys().next().value!);
    } catch (error) {
      // without a position the officer's reads go to the primary (the safe side)
      this.sessions.set(officerId, 'FFFFFFFF/FFFFFFFF');
      if (!isDatabaseUnavailable(error)) throw error;
    }
  }

  /** Each replica's lag behind the primary (the replication lag metric); unreachable ones are left out. */
  async lag(): Promise<ReplicaLag[]> {
    const primary: Array<{ lsn: string }> = await this.primary.query(
      'SELECT pg_current_wal_lsn()::text AS lsn',
    );
    const out: ReplicaLag[] = [];
    for (const replica of this.replicas) {
      try {
        if (!replica.dataSource.isInitialized) continue;
        const [row]: Array<{ replay: string | null; seconds: number | null }> =
          await replica.dataSource.query(
            `SELECT pg_last_wal_replay_lsn()::text AS replay,
                    CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                         ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END::float8 AS seconds`,
          );
        if (!row.replay) continue; // promoted: no longer a replica
        const behind = lsnValue(primary[0].lsn) - lsnValue(row.replay);
        out.push({
          replica: replica.name,
          bytes: Number(behind > 0n ? behind : 0n),
          seconds: Math.max(0, row.seconds ?? 0),
        });
      } catch {
        // unreachable: no sample
      }
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.replicas.map((r) => (r.dataSource.isInitialized ? r.dataSource.destroy() : undefined)),
    );
  }

  private async route<T>(
    purpose: RoutedReadPurpose,
    need: Freshness,
    transaction: boolean,
    work: (manager: EntityManager) => Promise<T>,
    onPrimary: () => Promise<T>,
  ): Promise<T> {
    const deadline = Date.now() + this.maxWaitMs;
    let reason: 'behind' | 'unavailable' = 'unavailable';
    for (;;) {
      for (let i = 0; i < this.replicas.length; i++) {
        const replica = this.replicas[(this.next + i) % this.replicas.length];
        const state = await this.check(replica, need);
        if (state === 'behind') reason = 'behind';
        if (state !== 'fresh') continue;
        this.next = (this.next + i + 1) % this.replicas.length;
        try {
          const result = transaction
            ? await replica.dataSource.transaction((manager) => work(manager))
            : await work(replica.dataSource.manager);
          recordRoutedRead(purpose, 'replica', 'fresh');
          return result;
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          this.markDown(replica, error);
          reason = 'unavailable';
        }
      }
      if (reason !== 'behind' || Date.now() + POLL_MS > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    recordRoutedRead(purpose, 'primary', reason);
    return onPrimary();
  }

  /** Whether `replica` has replayed what `need` asks for, is behind, or cannot serve now. */
  private async check(replica: Replica, need: Freshness): Promise<'fresh' | 'behind' | 'unavailable'> {
    if (replica.downUntil > Date.now()) return 'unavailable';
    if (!replica.dataSource.isInitialized && !(await this.connect(replica))) return 'unavailable';
    try {
      const [row]: Array<{ replay: string; fence: string }> = await replica.dataSource.query(
        `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_insert_lsn() END)::text AS replay,
                (SELECT gallery_lsn::text FROM replica_fence WHERE id = 1) AS fence`,
      );
      if (need.galleryFence && (!row.fence || lsnValue(row.fence) < lsnValue(need.galleryFence)))
        return 'behind';
      if (need.lsn && (!row.replay || lsnValue(row.replay) < lsnValue(need.lsn))) return 'behind';
      return 'fresh';
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        // e.g. the fence table not there yet (a replica of a database before its migration)
        this.logger.warn({ replica: replica.name, err: (error as Error).message }, 'replica check failed');
      }
      this.markDown(replica, error);
      return 'unavailable';
    }
  }

  private async connect(replica: Replica): Promise<boolean> {
    try {
      await replica.dataSource.initialize();
      return true;
    } catch (error) {
      this.markDown(replica, error);
      return false;
    }
  }

  private markDown(replica: Replica, error: unknown): void {
    replica.downUntil = Date.now() + DOWN_FOR_MS;
    this.logger.warn(
      { replica: replica.name, err: error instanceof Error ? error.message : String(error) },
      'replica unavailable: reads go to the primary for now',
    );
  }
}

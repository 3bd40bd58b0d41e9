import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { Client } from 'pg';
import { DataSource, EntityManager, MigrationExecutor, type Logger as QueryLogger } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../../migrations';
import { outboxEvent, writeOutbox, type OutboxEvent, type Topic, type TopicPayloads } from '../events';
import type { Logger } from '../logging/logger';
import type { RoutedReadPurpose } from '../observability/metrics';
import { readGalleryFence, type ReplicaRouter } from './replica-router';

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

export interface DatabaseOptions {
  /** Sees every statement sent (TypeORM's logger interface): for tools such as the SQL snapshot, never in the service. */
  queryLogger?: QueryLogger;
}

/**
 * The advisory lock key held while migrations run (any constant; advisory locks are per database):
 * a second instance or migration job on the same database waits for it, then finds nothing pending.
 */
export const MIGRATION_LOCK_KEY = 7_262_101;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** A unit of work: one database transaction plus work to run only once it has committed. */
export interface Tx {
  readonly manager: EntityManager;
  /** Runs after COMMIT succeeds (never after a rollback). */
  afterCommit(hook: () => void | Promise<void>): void;
  /**
   * Publishes an event with this transaction: it is written to the outbox (event_outbox) just
   * before COMMIT, in the order given, and relayed once committed; a rollback drops it. The
   * payload is checked (and copied) now, so a malformed event fails the transaction.
   */
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): void;
}

/** Told of every committed transaction's events (the outbox relay, and local caches). */
export type CommittedEvents = (events: OutboxEvent[]) => void;

/**
 * The one way into the database, in either mode. PostgreSQL through `pg`; or PGlite in-process,
 * reached through node-postgres' interface with a pool of exactly one connection, so
 * transactions are serialised but isolated (PGlite is a single session).
 */
export class Database {
  private constructor(
    readonly dataSource: DataSource,
    readonly kind: DatabaseTarget['kind'],
    private readonly logger: Logger,
    /** PostgreSQL: the URL this database was opened with (the migration lock's session uses it). */
    private readonly url: string | undefined,
    private readonly pglite?: PGlite,
  ) {}

  private committedEvents: CommittedEvents | null = null;

  /** Read replicas (DATABASE_REPLICA_URLS), set once at start-up; null: every read on this database. */
  private replicas: ReplicaRouter | null = null;

  /** Routes the reads that may run on a replica through `router` (see src/db/replica-router.ts). */
  useReplicas(router: ReplicaRouter | null): void {
    this.replicas = router;
  }

  /**
   * A gallery search's reads: on a replica that has replayed every change that took something out
   * of the gallery up to now (the fence, read here in the caller's transaction on the primary),
   * else in the caller's transaction `tx`. `work` must only read.
   */
  async readGallery<T>(tx: Tx, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.replicas) return work(tx.manager);
    const fence = await readGalleryFence(tx.manager);
    return this.replicas.gallery(fence, work, () => work(tx.manager));
  }

  /**
   * A read outside any transaction that may run on a replica, as long as the replica has replayed
   * what `officerId` last committed through this instance (read-your-writes); else on the primary.
   */
  readRouted<T>(
    purpose: RoutedReadPurpose,
    officerId: string | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (!this.replicas) return work(this.manager);
    return this.replicas.read(purpose, officerId, work, () => work(this.manager));
  }

  /** After an officer's unit of work committed: remembered for their read-your-writes (replicas only). */
  async committedBy(officerId: string): Promise<void> {
    await this.replicas?.noteCommitted(officerId);
  }

  /**
   * Who is told, right after COMMIT, of the events a transaction wrote to the outbox (set once at
   * start-up: the relay). Without one, events wait in the outbox for a relay to start.
   */
  onCommittedEvents(listener: CommittedEvents): void {
    this.committedEvents = listener;
  }

  static async open(
    target: DatabaseTarget,
    logger: Logger,
    options: DatabaseOptions = {},
  ): Promise<Database> {
    let pglite: PGlite | undefined;
    let dataSource: DataSource;
    const logging = options.queryLogger
      ? { logging: ['query' as const], logger: options.queryLogger }
      : { logging: false };
    const common = {
      type: 'postgres' as const,
      entities: ENTITIES,
      migrations: MIGRATIONS,
      synchronize: false,
      migrationsRun: false,
      ...logging,
    };
    if (target.kind === 'postgres') {
      dataSource = new DataSource({
        ...common,
        url: target.url,
        poolSize: target.poolSize,
        applicationName: 'twokey',
      });
    } else {
      if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
      pglite = await PGlite.create(target.dataDir, { extensions: { vector } });
      dataSource = new DataSource({
        ...common,
        poolSize: 1,
        // Keep the single in-process connection for the life of the service.
        extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
      });
    }
    await dataSource.initialize();
    return new Database(
      dataSource,
      target.kind,
      logger,
      target.kind === 'postgres' ? target.url : undefined,
      pglite,
    );
  }

  /**
   * Applies pending migrations, each in its own transaction; returns their names. On PostgreSQL
   * this holds the advisory lock MIGRATION_LOCK_KEY (on a session of its own) throughout, so a
   * second instance or job arriving meanwhile waits (`onWait` is called once), then finds nothing
   * left to do. The embedded PGlite lives in one process: nothing else can migrate it at once.
   */
  async migrate(options: { onWait?: () => void } = {}): Promise<string[]> {
    const run = async () => (await this.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
    if (this.kind !== 'postgres' || !this.url) return run();
    const lock = new Client({ connectionString: this.url, application_name: 'twokey-migration-lock' });
    await lock.connect();
    try {
      const { rows } = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY]);
      if (!rows[0].locked) {
        (options.onWait ?? (() => this.logger.info('waiting for another migration run to finish')))();
        await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      }
      return await run();
    } finally {
      // ending the session releases the lock, even if unlocking failed
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
  }

  /** The migrations this database has applied and those it has not, by name, oldest first. */
  async migrationStatus(): Promise<MigrationStatus> {
    const executor = new MigrationExecutor(this.dataSource);
    const applied = new Set((await executor.getExecutedMigrations()).map((m) => m.name));
    const all = this.dataSource.migrations.map((m) => m.name ?? m.constructor.name);
    return { applied: all.filter((n) => applied.has(n)), pending: all.filter((n) => !applied.has(n)) };
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: Array<() => void | Promise<void>> = [];
    const events: OutboxEvent[] = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const tx: Tx = {
        manager,
        afterCommit: (hook) => hooks.push(hook),
        publish: (topic, payload) => {
          events.push(outboxEvent(topic, payload));
        },
      };
      const value = await work(tx);
      // the transactional outbox: the events commit with the change, or not at all
      await writeOutbox((sql, params) => manager.query(sql, params), events);
      return value;
    });
    if (events.length && this.committedEvents) hooks.push(() => this.committedEvents?.(events));
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        this.logger.error(
          { err: error instanceof Error ? error.message : String(error) },
          'after-commit hook failed',
        );
      }
    }
    return result;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** The connection pool's counters (node-postgres Pool; PGlite is reached through a pool of one). */
  poolState(): { total: number; idle: number; waiting: number; max: number } | undefined {
    const pool = (this.dataSource.driver as { master?: Partial<Record<string, unknown>> }).master as
      { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } } | undefined;
    if (!pool || typeof pool.totalCount !== 'number') return undefined;
    return {
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: pool.options?.max ?? 0,
    };
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.pglite && !this.pglite.closed) await this.pglite.close();
  }
}

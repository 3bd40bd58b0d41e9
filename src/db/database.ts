import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { DataSource, EntityManager, type Logger as QueryLogger } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../../migrations';
import { checkPayload, type PubSub, type Topic, type TopicPayloads } from '../events';
import type { Logger } from '../logging/logger';

export type DatabaseTarget =
  { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string };

export interface DatabaseOptions {
  /** Sees every statement sent (TypeORM's logger interface): for tools such as the SQL snapshot, never in the service. */
  queryLogger?: QueryLogger;
}

/** A unit of work: one database transaction plus work to run only once it has committed. */
export interface Tx {
  readonly manager: EntityManager;
  /** Runs after COMMIT succeeds (never after a rollback): event publishing goes here. */
  afterCommit(hook: () => void | Promise<void>): void;
  /**
   * Publishes an event once this transaction has committed, in the order given; a rollback drops
   * it. The payload is checked (and copied) now, so a malformed event fails the transaction.
   */
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): void;
}

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
    private readonly pglite?: PGlite,
  ) {}

  private events: PubSub | null = null;

  /** Where `Tx.publish` sends events after commit (set once at start-up; without one they are dropped). */
  usePubSub(events: PubSub): void {
    this.events = events;
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
    return new Database(dataSource, target.kind, logger, pglite);
  }

  /** Applies pending migrations; returns their names. */
  async migrate(): Promise<string[]> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: Array<() => void | Promise<void>> = [];
    const result = await this.dataSource.transaction(async (manager) => {
      const tx: Tx = {
        manager,
        afterCommit: (hook) => hooks.push(hook),
        publish: (topic, payload) => {
          const checked = checkPayload(topic, payload);
          hooks.push(() => this.events?.publish(topic, checked));
        },
      };
      return work(tx);
    });
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

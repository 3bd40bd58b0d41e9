import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { DataSource, EntityManager, type Logger as QueryLogger } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { vector } from '@electric-sql/pglite-pgvector';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from '../../migrations';
import { outboxEvent, writeOutbox, type OutboxEvent, type Topic, type TopicPayloads } from '../events';
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
    private readonly pglite?: PGlite,
  ) {}

  private committedEvents: CommittedEvents | null = null;

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
    return new Database(dataSource, target.kind, logger, pglite);
  }

  /** Applies pending migrations; returns their names. */
  async migrate(): Promise<string[]> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
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

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    if (this.pglite && !this.pglite.closed) await this.pglite.close();
  }
}

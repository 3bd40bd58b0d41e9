import { createHash } from 'node:crypto';
import {
  QueryFailedError,
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';

/**
 * One entity's columns as TypeORM's `find` selects them (so `select: false` stays unread), written
 * out once, and rows hydrated as `find` hydrates them: each column through the driver's conversion
 * and the column's transformer. For the hottest reads, where TypeORM's `find` and query builder
 * rebuild, re-alias and re-escape their SQL on every call.
 */
export class EntityColumns<T extends ObjectLiteral> {
  private metadata?: EntityMetadata;
  private readonly lists = new Map<string, string>();

  constructor(private readonly target: EntityTarget<T>) {}

  /** The escaped table name. */
  table(manager: EntityManager): string {
    return manager.connection.driver.escape(this.meta(manager).tableName);
  }

  /** The select list, each column qualified by `alias` when one is given. */
  list(manager: EntityManager, alias = ''): string {
    let list = this.lists.get(alias);
    if (list === undefined) {
      const escape = (name: string) => manager.connection.driver.escape(name);
      const prefix = alias ? `${escape(alias)}.` : '';
      list = this.selected(manager)
        .map((column) => prefix + escape(column.databaseName))
        .join(', ');
      this.lists.set(alias, list);
    }
    return list;
  }

  /** Entities from rows that carry the selected columns under their own names (other keys are ignored). */
  hydrate(manager: EntityManager, rows: Array<Record<string, unknown>>): T[] {
    const metadata = this.meta(manager);
    const columns = this.selected(manager);
    const { driver } = manager.connection;
    return rows.map((row) => {
      const entity = metadata.create(manager.queryRunner, { fromDeserializer: true }) as T;
      for (const column of columns)
        column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
      return entity;
    });
  }

  private meta(manager: EntityManager): EntityMetadata {
    return (this.metadata ??= manager.connection.getMetadata(this.target));
  }

  private selected(manager: EntityManager) {
    return this.meta(manager).columns.filter((column) => column.isSelect && !column.isVirtual);
  }
}

/**
 * A SELECT of one entity's columns whose SQL is built once: `tail` is the SQL after `FROM <table>`,
 * with positional parameters, in column names, e.g. `WHERE id = $1` or
 * `WHERE request_id = ANY($1::uuid[]) ORDER BY rank`.
 */
export class PreparedEntityQuery<T extends ObjectLiteral> {
  private readonly columns: EntityColumns<T>;
  private sql?: string;

  constructor(
    target: EntityTarget<T>,
    private readonly tail: string,
  ) {
    this.columns = new EntityColumns(target);
  }

  async many(manager: EntityManager, parameters: unknown[]): Promise<T[]> {
    this.sql ??= `SELECT ${this.columns.list(manager)} FROM ${this.columns.table(manager)} ${this.tail}`;
    return this.columns.hydrate(manager, await queryPrepared(manager, this.sql, parameters));
  }

  async one(manager: EntityManager, parameters: unknown[]): Promise<T | null> {
    return (await this.many(manager, parameters))[0] ?? null;
  }
}

/**
 * Runs `text` as a named prepared statement of its connection (named by the text's hash): parsed
 * and planned once per connection instead of on every read. On the embedded PGlite planning was
 * most of a review queue read's cost. Logged through TypeORM's logger like any other query.
 */
export async function queryPrepared(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<Array<Record<string, unknown>>> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as {
      query(q: {
        name: string;
        text: string;
        values: unknown[];
      }): Promise<{ rows: Array<Record<string, unknown>> }>;
    };
    manager.connection.logger.logQuery(text, values, runner);
    const name = `twokey_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return (await client.query({ name, text, values })).rows;
  } catch (error) {
    // as TypeORM's own query() reports a failed statement
    throw new QueryFailedError(text, values, error as Error);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors';
import { queryPrepared, type EntityColumns } from './prepared-entity-query';

/**
 * Keyset (cursor) pagination for every list the API returns. A page is the rows after a cursor in
 * a fixed order whose last key is unique (the id), read with `WHERE (k1, …, id) > (cursor)`, so a
 * walk through the pages sees every row that existed throughout it exactly once, however many rows
 * are added meanwhile, and never more than the caller's own filters (the ability's SQL filter among
 * them) let through. Nothing is cut off silently: a page holds at most `first` rows and says
 * whether more follow.
 */

/** How a key is carried in a cursor; timestamps keep their microseconds (a JS Date would lose them). */
export type KeyType = 'timestamptz' | 'uuid' | 'text' | 'bigint';

export interface KeysetOrder {
  /** Names the list in its cursors: a cursor from another list is refused as BAD_USER_INPUT. */
  list: string;
  /** SQL over the query's alias, most significant first; the last one must be unique (e.g. `r.id`). */
  keys: ReadonlyArray<{ sql: string; type: KeyType }>;
  /** One direction for every key, so the bound is one row comparison an index on the keys serves. */
  direction: 'ASC' | 'DESC';
}

export interface PageRequest {
  /** Page size; the list's default when absent. */
  first?: number | null;
  /** An `endCursor` (or an edge's cursor) from an earlier page of the same list. */
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  /** Forward paging only: true when the page was asked for after a cursor. */
  hasPreviousPage: boolean;
  startCursor: string | null;
  /** The last row read for this page; with none, the `after` that was given (poll it for newer rows). */
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  /**
   * Rows in the whole list: a second query, run only when this property is read (GraphQL reads it
   * only when `totalCount` is selected); null where a count is not cheap or would not be exact.
   */
  readonly totalCount: Promise<number> | null;
}

export const PAGE_DEFAULT = 50;
/** The largest page of every list except the audit history (AUDIT_PAGE_MAX). */
export const PAGE_MAX = 200;

/** `first` checked against the list's maximum: BAD_USER_INPUT outside 1..max. */
export function pageSize(first: number | null | undefined, max = PAGE_MAX, fallback = PAGE_DEFAULT): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max)
    throw badInput(`first must be between 1 and ${max}`, { field: 'first', max });
  return size;
}

const CURSOR_VALUE: Record<KeyType, RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^-?\d{1,18}$/,
  text: /^[\s\S]{0,1000}$/,
};

/** The key as text, exactly (microseconds, UTC), for the cursor. */
function keyText(key: { sql: string; type: KeyType }): string {
  switch (key.type) {
    case 'timestamptz':
      return `to_char(${key.sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    case 'text':
      // parenthesised: TypeORM takes a bare `alias.column` selected under another name away from the entity
      return `(${key.sql})`;
    default:
      return `(${key.sql})::text`;
  }
}

export function encodeCursor(order: KeysetOrder, values: readonly string[]): string {
  return Buffer.from(JSON.stringify([order.list, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(order: KeysetOrder, cursor: string): string[] {
  const refused = () => badInput('after is not a cursor from this list', { field: 'after' });
  if (cursor.length > 4096) throw refused();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.list || parsed.length !== order.keys.length + 1)
    throw refused();
  const values = parsed.slice(1);
  if (!values.every((v, i) => typeof v === 'string' && CURSOR_VALUE[order.keys[i].type].test(v)))
    throw refused();
  return values as string[];
}

/** The row comparison after `after` (exclusive, in the order's direction); its parameters go into `params`. */
function keysetBound(order: KeysetOrder, after: readonly string[], params: Record<string, unknown>): string {
  const bound = order.keys.map((key, i) => {
    params[`keyset_${i}`] = after[i];
    return `CAST(:keyset_${i} AS ${key.type === 'text' ? 'text' : key.type})`;
  });
  return `(${order.keys.map((k) => k.sql).join(', ')}) ${order.direction === 'ASC' ? '>' : '<'} (${bound.join(', ')})`;
}

/** Adds the bound after `cursor` (exclusive, in the order's direction) and the order itself. */
export function applyKeyset<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  order: KeysetOrder,
  after: readonly string[] | null,
): SelectQueryBuilder<E> {
  if (after) {
    const params: Record<string, unknown> = {};
    qb.andWhere(keysetBound(order, after, params), params);
  }
  order.keys.forEach((key, i) =>
    i === 0 ? qb.orderBy(key.sql, order.direction) : qb.addOrderBy(key.sql, order.direction),
  );
  return qb;
}

type PageOptions = { max?: number; fallback?: number; totalCount?: () => Promise<number> };
type ToNodes<E, N> = (
  rows: E[],
  raw: Array<Record<string, unknown>>,
) => Promise<Array<N | null>> | Array<N | null>;

/**
 * Reads one page of `qb` (already filtered, without order or limit) in `order`. `toNodes` turns the
 * rows into what the page shows, position for position; a null drops a row the caller may not be
 * shown after all (the page is then shorter, and its cursors still move past that row).
 */
export async function keysetPage<E extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<E>,
  order: KeysetOrder,
  page: PageRequest,
  toNodes: ToNodes<E, N>,
  options: PageOptions = {},
): Promise<Page<N>> {
  const first = pageSize(page.first, options.max, options.fallback);
  const after = page.after ? decodeCursor(order, page.after) : null;
  applyKeyset(qb, order, after);
  order.keys.forEach((key, i) => qb.addSelect(keyText(key), `keyset_value_${i}`));
  const { entities, raw } = await qb.limit(first + 1).getRawAndEntities();
  if (entities.length !== raw.length)
    throw new Error('keyset page: rows and keys differ (a join in a paged query?)');
  return assemblePage(entities, raw, order, first, after, page, toNodes, options);
}

/** The rows of one entity a hot list pages through in plain SQL (`keysetPageSql`). */
export interface SqlPageSource<E extends ObjectLiteral> {
  columns: EntityColumns<E>;
  /** The table's alias in `where`, `order` and `extra`. */
  alias: string;
  /** Conditions, all of which a row must meet (TypeORM `:name` parameters, as `abilityToWhere` gives them). */
  where: Array<{ sql: string; params: Record<string, unknown> }>;
  /** Further output columns, `<expression> AS <name>`, handed to `toNodes` in its raw rows. */
  extra?: string[];
}

/**
 * `keysetPage` for the hottest lists: the same page, cursors and checks, from one SQL statement
 * written here instead of by TypeORM's query builder, whose building and hydration cost more than
 * the query on a review queue; `extra` columns save the follow-up reads `toNodes` would make.
 */
export async function keysetPageSql<E extends ObjectLiteral, N>(
  manager: EntityManager,
  source: SqlPageSource<E>,
  order: KeysetOrder,
  page: PageRequest,
  toNodes: ToNodes<E, N>,
  options: PageOptions = {},
): Promise<Page<N>> {
  const first = pageSize(page.first, options.max, options.fallback);
  const after = page.after ? decodeCursor(order, page.after) : null;
  const params: Record<string, unknown> = {};
  const where = source.where.map((w) => {
    Object.assign(params, w.params);
    return `(${w.sql})`;
  });
  if (after) where.push(keysetBound(order, after, params));
  const select = [
    source.columns.list(manager, source.alias),
    ...order.keys.map((key, i) => `${keyText(key)} AS keyset_value_${i}`),
    ...(source.extra ?? []),
  ];
  const sql =
    `SELECT ${select.join(', ')} FROM ${source.columns.table(manager)} ${source.alias}` +
    ` WHERE ${where.join(' AND ') || 'TRUE'}` +
    ` ORDER BY ${order.keys.map((k) => `${k.sql} ${order.direction}`).join(', ')} LIMIT ${first + 1}`;
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
  const raw = await queryPrepared(manager, text, values);
  return assemblePage(source.columns.hydrate(manager, raw), raw, order, first, after, page, toNodes, options);
}

async function assemblePage<E, N>(
  entities: E[],
  raw: Array<Record<string, unknown>>,
  order: KeysetOrder,
  first: number,
  after: readonly string[] | null,
  page: PageRequest,
  toNodes: ToNodes<E, N>,
  options: PageOptions,
): Promise<Page<N>> {
  const rows = entities.slice(0, first);
  const shownRaw = raw.slice(0, first);
  const cursors = shownRaw.map((r) =>
    encodeCursor(
      order,
      order.keys.map((_k, i) => String(r[`keyset_value_${i}`])),
    ),
  );
  const nodes = await toNodes(rows, shownRaw);
  const edges: Array<Edge<N>> = [];
  nodes.forEach((node, i) => {
    if (node !== null) edges.push({ cursor: cursors[i], node });
  });
  const result: Page<N> = {
    edges,
    pageInfo: {
      hasNextPage: entities.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: cursors.at(-1) ?? page.after ?? null,
    },
    totalCount: null,
  };
  const count = options.totalCount;
  if (count) {
    let counted: Promise<number> | undefined;
    Object.defineProperty(result, 'totalCount', { enumerable: true, get: () => (counted ??= count()) });
  }
  return result;
}

/** The page of a list the caller has no part in (e.g. the review pool for a non-reviewer). */
export function emptyPage<N>(page: PageRequest, max = PAGE_MAX): Page<N> {
  pageSize(page.first, max);
  return {
    edges: [],
    pageInfo: {
      hasNextPage: false,
      hasPreviousPage: Boolean(page.after),
      startCursor: null,
      endCursor: page.after ?? null,
    },
    totalCount: null,
  };
}

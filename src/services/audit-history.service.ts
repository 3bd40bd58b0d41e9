import { randomUUID } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { anchorAuditHead } from '../audit';
import { decodeCursor, keysetPage, type KeysetOrder, type Page } from '../db/keyset';
import { AuditAction, AuditEvent, FirstReviewSeen, Force, isAuditAction } from '../entities';
import { badInput } from '../errors';
import { abilityToWhere, FieldMap } from '../policy';
import {
  AUDIT_EXPORT_CONTENT_TYPES,
  AuditExportFormat,
  csvHeader,
  csvRow,
  jsonLine,
} from './audit-export.format';
import { auditScopeForceIds } from './audit-scope';
import { RequestContext } from './request-context';
import { assertCan, UnitOfWork } from './unit-of-work';
import {
  discloseFirstReview,
  firstReviewRevealedBy,
  withoutDecisionCounts,
} from './workflow/first-review-exposure';

/** Policy conditions on audit events, as columns (oversight is scoped by the event's force). */
const AUDIT_EVENT_FIELDS: FieldMap = { forceId: { column: 'force_id' } };
/** The same conditions read against the force table: which forces' events a caller may see. */
const AUDIT_FORCE_FIELDS: FieldMap = { forceId: { column: 'id' } };

export enum AuditEventOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

/** Every filter is optional; those given are all applied (AND). */
export interface AuditEventFilter {
  /** The force whose data the event concerns. */
  forceId?: string | null;
  actorOfficerId?: string | null;
  /**
   * The whole trail of one search request: its own events and every event about a part of it (its
   * review tasks, probe and candidate image views, content reads, failures, denials, disclosure).
   */
  searchRequestId?: string | null;
  /** e.g. `Case`, `SearchRequest`; with `subjectId` it selects one thing's history. */
  subjectType?: string | null;
  subjectId?: string | null;
  /** Any of these actions. */
  actions?: AuditAction[] | null;
  /** Inclusive lower bound. */
  occurredFrom?: Date | null;
  /** Exclusive upper bound. */
  occurredTo?: Date | null;
}

export interface AuditEventPageRequest {
  first?: number | null;
  /** An `endCursor` from an earlier page. */
  after?: string | null;
  order?: AuditEventOrder | null;
}

export type AuditEventPage = Page<AuditEvent>;

/**
 * The search request an event concerns: the id its details name, or its subject's when the subject
 * is the request (or its disclosure pack or lead outcome, which are keyed by the request). The
 * audit writer names the request in the details of every event about a part of one. Indexed as
 * this very expression (migration 1764291000000); keep the two the same.
 */
export const SEARCH_REQUEST_OF_EVENT = `COALESCE(e.details->>'searchRequestId', CASE WHEN e.subject_type IN ('SearchRequest', 'DisclosurePack', 'LeadOutcome') THEN e.subject_id END)`;
const NEWEST_FIRST: KeysetOrder = {
  list: 'auditEvents',
  keys: [{ sql: 'e.seq', type: 'bigint' }],
  direction: 'DESC',
};
const OLDEST_FIRST: KeysetOrder = { ...NEWEST_FIRST, direction: 'ASC' };

export interface AuditChainHead {
  seq: number;
  hash: string;
  occurredAt: Date;
  exportedAt: Date;
}

export interface AuditExport {
  exportId: string;
  format: AuditExportFormat;
  contentType: string;
  fileName: string;
  /** The chain head when the export was recorded; the export holds no event after it. */
  snapshotSeq: number;
  /** The file, one page of events per chunk; stop pulling and the database reads stop too. */
  chunks(): AsyncGenerator<string, void, undefined>;
}

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;
const EXPORT_PAGE_DEFAULT = 1000;
const MAX_ACTIONS = 50;
const OWN_READ_ACTION = AuditAction.AUDIT_EVENTS_READ;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit log as oversight sees it: a filtered, cursor-paged history, streaming exports and
 * the chain head for anchoring elsewhere. Every read is cut to the caller's ability
 * (`abilityToWhere`), so no page or file ever holds an event outside the forces they oversee.
 * Events hold ids, states and measured values only (never images or templates), and that is
 * all these methods return.
 */
export class AuditHistoryService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * One page of history. The read itself is recorded (AUDIT_EVENTS_READ, after the page was
   * taken) once per force whose events the page could hold, with the filters and how many of
   * that force's events it returned; the reader's own such records are not listed to them.
   */
  history(
    ctx: RequestContext,
    filter: AuditEventFilter = {},
    page: AuditEventPageRequest = {},
  ): Promise<AuditEventPage> {
    return this.uow.run(ctx, async (tx) => {
      const { manager } = tx;
      authorise(ctx, 'read', filter);
      const order = page.order ?? AuditEventOrder.NEWEST_FIRST;
      const checked = validated(filter);
      // cursors name a position in the chain, so one taken in either order is good for the other
      const result = await keysetPage(
        this.filtered(manager, ctx, 'read', checked),
        order === AuditEventOrder.NEWEST_FIRST ? NEWEST_FIRST : OLDEST_FIRST,
        page,
        (rows) => rows,
        {
          max: AUDIT_PAGE_MAX,
          fallback: AUDIT_PAGE_DEFAULT,
        },
      );
      const events = result.edges.map((e) => e.node);
      const first = page.first ?? AUDIT_PAGE_DEFAULT;
      const details = {
        filters: describeFilter(checked),
        order,
        after: page.after ? Number(decodeCursor(NEWEST_FIRST, page.after)[0]) : null,
        first,
        requestId: ctx.requestId,
      };
      const forces = await auditScopeForceIds(manager, ctx, 'read', checked.forceId);
      for (const forceId of forces.length ? forces : [null]) {
        const returned = events.filter((e) => e.forceId === forceId).length;
        await this.uow.audit(ctx, tx, {
          action: OWN_READ_ACTION,
          subjectType: 'AuditEvent',
          forceId,
          details: { ...details, returned, seqs: returned ? seqRange(events, forceId) : null },
        });
      }
      return result;
    });
  }

  /**
   * Records the export of the chain head and returns that record as the head: anchoring its
   * hash outside the database fixes every event up to and including the fact of anchoring.
   */
  exportHead(ctx: RequestContext): Promise<AuditChainHead> {
    return this.uow.run(ctx, async (tx) => {
      assertCan(ctx, 'export', 'AuditChain');
      // one event per overseen force, so each force's oversight sees that the head left the database
      const forces = await auditScopeForceIds(tx.manager, ctx, 'read');
      let event: AuditEvent | null = null;
      for (const forceId of forces.length ? forces : [null]) {
        event = await this.uow.audit(ctx, tx, {
          action: 'AUDIT_CHAIN_HEAD_EXPORTED',
          subjectType: 'AuditChain',
          forceId,
          details: { requestId: ctx.requestId, forceIds: forces },
        });
      }
      const head = event!;
      // the exported head is anchored inside the database too (committed with the events above)
      await anchorAuditHead(tx.manager);
      return { seq: head.seq, hash: head.hash, occurredAt: head.occurredAt, exportedAt: new Date() };
    });
  }

  /**
   * Checks the caller may export, records the export and fixes its snapshot, all in one short
   * transaction and before a byte is sent (so a refusal can still be a clean HTTP error). One
   * AUDIT_EXPORTED event is written per force whose events the file can hold, so oversight of
   * each of those forces sees that its records left the database, and with which filters.
   *
   * The rows are then read page by page, each page in its own short transaction, rather than
   * through one cursor held open for the whole download. A slow client would otherwise pin a
   * pooled connection for minutes, and on the embedded PGlite (one connection) it would stall
   * every other request. Paging gives up nothing: the log is append-only and `seq` is gapless and
   * assigned under the chain lock, so the events up to `snapshotSeq` never change and a keyset
   * walk over them is a consistent snapshot.
   */
  openExport(
    ctx: RequestContext,
    format: AuditExportFormat,
    filter: AuditEventFilter = {},
    options: { order?: AuditEventOrder | null; pageSize?: number } = {},
  ): Promise<AuditExport> {
    const order = options.order ?? AuditEventOrder.OLDEST_FIRST;
    const pageSize = options.pageSize ?? EXPORT_PAGE_DEFAULT;
    return this.uow.run(ctx, async (tx) => {
      authorise(ctx, 'export', filter);
      const checked = validated(filter);
      const scope = abilityToWhere(ctx.ability, 'export', 'AuditEvent', 'f', AUDIT_FORCE_FIELDS);
      const forcesQuery = tx.manager
        .createQueryBuilder(Force, 'f')
        .select(['f.id', 'f.code'])
        .where(scope.sql, scope.params)
        .orderBy('f.code');
      if (checked.forceId) forcesQuery.andWhere('f.id = :forceId', { forceId: checked.forceId });
      const forces = await forcesQuery.getMany();
      const exportId = randomUUID();
      const details = {
        exportId,
        format,
        order,
        filters: describeFilter(checked),
        forceIds: forces.map((f) => f.id),
        requestId: ctx.requestId,
      };
      let snapshotSeq = 0;
      for (const forceId of forces.length ? forces.map((f) => f.id) : [null]) {
        const event = await this.uow.audit(ctx, tx, {
          action: 'AUDIT_EXPORTED',
          subjectType: 'AuditEvent',
          forceId,
          details,
        });
        snapshotSeq = event.seq;
      }
      const chunks = () => this.exportPages(ctx, format, checked, order, snapshotSeq, pageSize);
      return {
        exportId,
        format,
        contentType: AUDIT_EXPORT_CONTENT_TYPES[format],
        fileName: `audit-events-${snapshotSeq}.${format}`,
        snapshotSeq,
        chunks,
      };
    });
  }

  /** Only ever called for an export that was authorised and recorded. */
  private async *exportPages(
    ctx: RequestContext,
    format: AuditExportFormat,
    filter: AuditEventFilter,
    order: AuditEventOrder,
    snapshotSeq: number,
    pageSize: number,
  ): AsyncGenerator<string, void, undefined> {
    if (format === 'csv') yield csvHeader();
    const write = format === 'csv' ? csvRow : jsonLine;
    let cursor: number | null = null;
    for (;;) {
      const after: number | null = cursor;
      const rows: AuditEvent[] = await this.uow.run(ctx, async ({ manager }) => {
        // An export walks the log in seq order, so the planner is told to do just that: an
        // ordered primary-key scan picking up at the cursor, one pass over the log for the whole
        // file. Left to itself without statistics (PGlite runs no autovacuum) it picks a bitmap
        // scan that sorts every matching row again for each page, quadratic in the log's length.
        await manager.query('SET LOCAL enable_bitmapscan = off');
        await manager.query('SET LOCAL enable_sort = off');
        const page = await this.pageQuery(manager, ctx, 'export', filter, order, after, snapshotSeq)
          .limit(pageSize)
          .getMany();
        // a first review's decision counts, like its decisions anywhere else, are seen only by someone who may then not be its second reviewer
        for (const event of page) {
          const requestId = firstReviewRevealedBy(event);
          if (
            requestId &&
            ctx.officer &&
            !(await discloseFirstReview(
              manager,
              ctx.officer.id,
              requestId,
              FirstReviewSeen.DECISIONS,
              'audit export',
            ))
          ) {
            event.details = withoutDecisionCounts(event.details);
          }
        }
        return page;
      });
      if (rows.length === 0) return;
      let chunk = '';
      for (const row of rows) chunk += write(row);
      yield chunk;
      if (rows.length < pageSize) return;
      cursor = rows[rows.length - 1].seq;
    }
  }

  /** The caller's scope and the filters, without order or bounds. */
  private filtered(
    manager: EntityManager,
    ctx: RequestContext,
    action: 'read' | 'export',
    filter: AuditEventFilter,
  ): SelectQueryBuilder<AuditEvent> {
    const scope = abilityToWhere(ctx.ability, action, 'AuditEvent', 'e', AUDIT_EVENT_FIELDS);
    const qb = manager.createQueryBuilder(AuditEvent, 'e').where(scope.sql, scope.params);
    // The records of the caller's own reads of the log are left out of what they read (everyone
    // else who oversees those forces sees them): each page read appends such a record, and a
    // reader walking to the end of the log would otherwise chase their own records for ever.
    if (ctx.officer)
      qb.andWhere(`(e.action <> '${OWN_READ_ACTION}' OR e.actorOfficerId IS DISTINCT FROM :reader)`, {
        reader: ctx.officer.id,
      });
    if (filter.forceId) qb.andWhere('e.forceId = :forceId', { forceId: filter.forceId });
    if (filter.actorOfficerId)
      qb.andWhere('e.actorOfficerId = :actorOfficerId', { actorOfficerId: filter.actorOfficerId });
    if (filter.searchRequestId)
      qb.andWhere(`${SEARCH_REQUEST_OF_EVENT} = :searchRequestId`, {
        searchRequestId: filter.searchRequestId,
      });
    if (filter.subjectType) qb.andWhere('e.subjectType = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId) qb.andWhere('e.subjectId = :subjectId', { subjectId: filter.subjectId });
    if (filter.actions?.length) qb.andWhere('e.action IN (:...actions)', { actions: filter.actions });
    if (filter.occurredFrom)
      qb.andWhere('e.occurredAt >= :occurredFrom', { occurredFrom: filter.occurredFrom });
    if (filter.occurredTo) qb.andWhere('e.occurredAt < :occurredTo', { occurredTo: filter.occurredTo });
    return qb;
  }

  /** An export page: `afterSeq` is exclusive in the direction of `order`, nothing after `untilSeq`. */
  private pageQuery(
    manager: EntityManager,
    ctx: RequestContext,
    action: 'read' | 'export',
    filter: AuditEventFilter,
    order: AuditEventOrder,
    afterSeq: number | null,
    untilSeq: number,
  ): SelectQueryBuilder<AuditEvent> {
    const qb = this.filtered(manager, ctx, action, filter).andWhere('e.seq <= :untilSeq', { untilSeq });
    const newestFirst = order === AuditEventOrder.NEWEST_FIRST;
    if (afterSeq !== null) qb.andWhere(newestFirst ? 'e.seq < :afterSeq' : 'e.seq > :afterSeq', { afterSeq });
    return qb.orderBy('e.seq', newestFirst ? 'DESC' : 'ASC');
  }
}

/**
 * FORBIDDEN (and audited by the unit of work) unless the caller may see some audit events at all,
 * and the force they filter on is one they oversee. The list is cut to scope in SQL either way;
 * asking for another force by name is refused so that the attempt is on record.
 */
function authorise(ctx: RequestContext, action: 'read' | 'export', filter: AuditEventFilter) {
  assertCan(ctx, action, 'AuditEvent');
  if (filter.forceId) {
    if (!UUID.test(filter.forceId)) throw badInput('forceId must be a UUID', { field: 'forceId' });
    assertCan(ctx, action, 'AuditEvent', { forceId: filter.forceId });
  }
}

function validated(filter: AuditEventFilter): AuditEventFilter {
  if (filter.actorOfficerId && !UUID.test(filter.actorOfficerId))
    throw badInput('actorOfficerId must be a UUID', { field: 'actorOfficerId' });
  if (filter.searchRequestId && !UUID.test(filter.searchRequestId))
    throw badInput('searchRequestId must be a UUID', { field: 'searchRequestId' });
  for (const field of ['subjectType', 'subjectId'] as const) {
    const value = filter[field];
    if (value !== null && value !== undefined && (value.length === 0 || value.length > 200))
      throw badInput(`${field} must be 1 to 200 characters`, { field });
  }
  const actions = filter.actions ?? [];
  if (actions.length > MAX_ACTIONS)
    throw badInput(`actions must be at most ${MAX_ACTIONS} action names`, { field: 'actions' });
  const unknown = (actions as readonly string[]).find((a) => !isAuditAction(a)); // the type is a claim: exports parse text
  if (unknown !== undefined)
    throw badInput(`${JSON.stringify(unknown.slice(0, 100))} is not an audit action`, { field: 'actions' });
  for (const field of ['occurredFrom', 'occurredTo'] as const) {
    const value = filter[field];
    if (value && Number.isNaN(value.getTime())) throw badInput(`${field} is not a valid time`, { field });
  }
  if (filter.occurredFrom && filter.occurredTo && filter.occurredFrom >= filter.occurredTo) {
    throw badInput('occurredFrom must be before occurredTo', { field: 'occurredTo' });
  }
  return filter;
}

/** The filters as recorded in the export's audit event (only those given). */
function describeFilter(filter: AuditEventFilter): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    described[key] = value instanceof Date ? value.toISOString() : value;
  }
  return described;
}

/** The first and last position of one force's events in a page. */
function seqRange(events: AuditEvent[], forceId: string | null): { from: number; to: number } {
  const seqs = events.filter((e) => e.forceId === forceId).map((e) => e.seq);
  return { from: Math.min(...seqs), to: Math.max(...seqs) };
}

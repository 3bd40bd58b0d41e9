import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { GALLERY_FENCE_ACTIONS, stampGalleryFence } from '../db/replica-router';
import { AuditEvent, type WrittenAuditAction } from '../entities';
import { audit as auditMetrics } from '../observability/metrics';
import { currentRequestId, currentTraceId } from '../observability/request-scope';
import { chainHash, GENESIS_HASH } from './audit-hash';

/** Who did it; null for the system itself (start-up seeding, timers). */
export interface AuditActor {
  officerId: string;
  forceId: string;
}

export interface AuditEntry {
  /** Only an action the code writes now (src/entities/audit-actions.ts): a new action is added there first. */
  action: WrittenAuditAction;
  subjectType: string;
  subjectId?: string | null;
  /** The force whose data this concerns; oversight of that force can see the event. */
  forceId?: string | null;
  reason?: string | null;
  /** Ids, states and measured values only: never images, templates or tokens. */
  details?: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Parts of a search request that events are about (a denial names only the part): how to find the
 * request from the part's id. A face image is a candidate's, or the probe's (named by the request id).
 */
const REQUEST_OF_PART: Record<string, string> = {
  ReviewTask: 'SELECT request_id::text AS id FROM review_task WHERE id = $1',
  SearchCandidate: 'SELECT request_id::text AS id FROM search_candidate WHERE id = $1',
  FaceImage:
    'SELECT request_id::text AS id FROM search_candidate WHERE id = $1 UNION ALL SELECT id::text FROM search_request WHERE id = $1',
};

/**
 * Every event about a part of a search request names the request in its details
 * (`searchRequestId`), so the request's whole trail is one indexed query (and, being in the
 * details, inside what the chain protects). Callers that know it pass it; for the rest (denials
 * name only the task or image refused) it is looked up here.
 */
async function withSearchRequest(
  manager: EntityManager,
  entry: AuditEntry,
): Promise<Record<string, unknown>> {
  const details = entry.details ?? {};
  const lookup = REQUEST_OF_PART[entry.subjectType];
  if (details.searchRequestId !== undefined || !lookup || !entry.subjectId || !UUID.test(entry.subjectId))
    return details;
  const rows: Array<{ id: string }> = await manager.query(lookup, [entry.subjectId]);
  return rows[0] ? { ...details, searchRequestId: rows[0].id } : details;
}

/** Any constant will do: it names the lock that serialises appends to the one chain. */
const CHAIN_LOCK_KEY = 7_262_001;

/**
 * Appends to the hash-chained audit log through the CALLER's transaction, so an event exists
 * exactly when the change it records does: a rollback takes both away.
 */
export async function appendAudit(
  manager: EntityManager,
  actor: AuditActor | null,
  entry: AuditEntry,
): Promise<AuditEvent> {
  return (await appendAuditMany(manager, [{ actor, entry }]))[0];
}

/**
 * Appends several events, in order, through the caller's transaction: one lock, one read of the
 * chain's head and one INSERT for all of them (e.g. the content reads of many concurrent requests).
 */
export async function appendAuditMany(
  manager: EntityManager,
  entries: ReadonlyArray<{ actor: AuditActor | null; entry: AuditEntry }>,
): Promise<AuditEvent[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must run inside a transaction');
  }
  if (entries.length === 0) return [];
  // the request each event concerns is looked up before the chain's lock is taken
  const details: Array<Record<string, unknown>> = [];
  const correlation = correlationIds();
  for (const { entry } of entries)
    details.push({ ...correlation, ...(await withSearchRequest(manager, entry)) });
  // Held until commit/rollback: the next writer reads the head only after we are done.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
  const head: Array<{ seq: string; hash: string }> = await manager.query(
    'SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1',
  );
  let prevHash = head[0]?.hash ?? GENESIS_HASH;
  let seq = head[0] ? Number(head[0].seq) : 0;
  const events = entries.map(({ actor, entry }, i) => {
    seq += 1;
    const event = manager.create(AuditEvent, {
      seq,
      id: randomUUID(),
      occurredAt: new Date(),
      actorOfficerId: actor?.officerId ?? null,
      actorForceId: actor?.forceId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      forceId: entry.forceId ?? null,
      reason: entry.reason ?? null,
      details: details[i],
      prevHash,
    });
    event.hash = chainHash(prevHash, event);
    prevHash = event.hash;
    return event;
  });
  await insertEvents(manager, events);
  // a change that takes something out of the searchable gallery moves the replicas' fence with it
  if (entries.some(({ entry }) => GALLERY_FENCE_ACTIONS.has(entry.action))) await stampGalleryFence(manager);
  for (const event of events) auditMetrics.appended(event.action);
  return events;
}

const AUDIT_COLUMNS = [
  'seq',
  'id',
  'occurred_at',
  'actor_officer_id',
  'actor_force_id',
  'action',
  'subject_type',
  'subject_id',
  'force_id',
  'reason',
  'details',
  'prev_hash',
  'hash',
] as const;

/**
 * One INSERT of the events, written out rather than through TypeORM's insert builder, which
 * rebuilds its SQL on every call: every content read appends an event, so this is on the hot
 * read path. The values are exactly those the hash was computed over.
 */
async function insertEvents(manager: EntityManager, events: AuditEvent[]): Promise<void> {
  const parameters: unknown[] = [];
  const rows = events.map((e) => {
    const values = [
      e.seq,
      e.id,
      e.occurredAt,
      e.actorOfficerId,
      e.actorForceId,
      e.action,
      e.subjectType,
      e.subjectId,
      e.forceId,
      e.reason,
      JSON.stringify(e.details),
      e.prevHash,
      e.hash,
    ];
    const placeholders = values.map((value) => `$${parameters.push(value)}`);
    return `(${placeholders.join(', ')})`;
  });
  await manager.query(
    `INSERT INTO audit_event (${AUDIT_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
    parameters,
  );
}

/**
 * The HTTP request (or graphql-ws operation) and trace an event was written in, for finding its
 * log lines and trace: `requestId` always while serving a request, `traceId` with tracing on.
 * Part of the details, so the chain protects them like the rest; a caller's own value wins.
 */
function correlationIds(): Record<string, string> {
  const ids: Record<string, string> = {};
  const requestId = currentRequestId();
  if (requestId) ids.requestId = requestId;
  const traceId = currentTraceId();
  if (traceId) ids.traceId = traceId;
  return ids;
}

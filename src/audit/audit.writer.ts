import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEvent, type WrittenAuditAction } from '../entities';
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

/** Any constant will do: it names the lock that serialises appends to the one chain. */
const CHAIN_LOCK_KEY = 7_262_001;

/**
 * Appends to the hash-chained audit log through the CALLER's transaction, so an event exists
 * exactly when the change it records does: a rollback takes both away.
 */
export async function appendAudit(manager: EntityManager, actor: AuditActor | null, entry: AuditEntry): Promise<AuditEvent> {
  return (await appendAuditMany(manager, [{ actor, entry }]))[0];
}

/**
 * Appends several events, in order, through the caller's transaction: one lock, one read of the
 * chain's head and one INSERT for all of them (e.g. the content reads of many concurrent requests).
 */
export async function appendAuditMany(manager: EntityManager, entries: ReadonlyArray<{ actor: AuditActor | null; entry: AuditEntry }>): Promise<AuditEvent[]> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must run inside a transaction');
  }
  if (entries.length === 0) return [];
  // Held until commit/rollback: the next writer reads the head only after we are done.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
  const head: Array<{ seq: string; hash: string }> = await manager.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1');
  let prevHash = head[0]?.hash ?? GENESIS_HASH;
  let seq = head[0] ? Number(head[0].seq) : 0;
  const events = entries.map(({ actor, entry }) => {
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
      details: entry.details ?? {},
      prevHash,
    });
    event.hash = chainHash(prevHash, event);
    prevHash = event.hash;
    return event;
  });
  await manager.insert(AuditEvent, events as Array<QueryDeepPartialEntity<AuditEvent>>);
  return events;
}

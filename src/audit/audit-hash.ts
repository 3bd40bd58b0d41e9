import { createHash } from 'node:crypto';

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that the chain protects, in a stable shape. */
export interface ChainedFields {
  seq: number;
  id: string;
  occurredAt: Date;
  actorOfficerId: string | null;
  actorForceId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  forceId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

/**
 * Canonical JSON: object keys sorted, no whitespace, dates as ISO-8601 with milliseconds.
 * The same event always encodes to the same bytes, whatever order jsonb returns keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error('audit details must not contain non-finite numbers');
  return JSON.stringify(value);
}

/** Exactly the fields the chain protects, picked from an event row (which has more). */
export function chainedFields(event: ChainedFields): ChainedFields {
  return {
    seq: event.seq,
    id: event.id,
    occurredAt: event.occurredAt,
    actorOfficerId: event.actorOfficerId,
    actorForceId: event.actorForceId,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    forceId: event.forceId,
    reason: event.reason,
    details: event.details,
  };
}

/** sha256(previous hash ‖ "\n" ‖ canonical encoding of the event), hex. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(chainedFields(event)))
    .digest('hex');
}

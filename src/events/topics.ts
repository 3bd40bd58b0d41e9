import { z } from 'zod';

/**
 * Every event twokey publishes, and what each one carries. Payloads are ids, statuses and
 * versions only: never an image, a template, a name or free text. They are kept in the
 * event_outbox table until relayed and travel through PostgreSQL NOTIFY (8000 bytes at most,
 * shared by every instance), so a subscriber fetches the
 * details it needs by id when the event arrives, and checks them against the reader's ability
 * then.
 *
 * The status strings are the values of the workflow's enums (`ReviewTaskStatus`,
 * `SearchRequestStatus` in src/entities); they are plain strings here so that a message from
 * another instance (possibly of another version) is parsed, not trusted.
 */
export enum Topic {
  /** A review task was opened, claimed, released, reassigned, timed out, submitted or cancelled. */
  REVIEW_TASK_CHANGED = 'review-task.changed',
  /** A search request moved from one state to another. */
  SEARCH_REQUEST_CHANGED = 'search-request.changed',
  /** An officer's roles, certification or status changed: cached abilities must be dropped. */
  OFFICER_CHANGED = 'officer.changed',
}

/** What happened to a review task (one per kind of task transition). */
export const REVIEW_TASK_CHANGES = [
  'OPENED',
  'CLAIMED',
  'RELEASED',
  'REASSIGNED',
  'CLAIM_EXPIRED',
  'SUBMITTED',
  'CANCELLED',
] as const;
export type ReviewTaskChange = (typeof REVIEW_TASK_CHANGES)[number];

const id = z.string().min(1).max(64);
const status = z.string().regex(/^[A-Z_]{1,40}$/);
const instant = z.iso.datetime({ offset: true });

/** The shape of each topic's payload, checked on every message received from the database. */
export const TOPIC_SCHEMAS = {
  [Topic.REVIEW_TASK_CHANGED]: z.strictObject({
    taskId: id,
    requestId: id,
    change: z.enum(REVIEW_TASK_CHANGES),
    /** The task's status after the change. */
    status,
    version: z.number().int().min(0),
    /** Who held the task before this change (null if nobody): they are told when they lose it. */
    previousHolderId: id.nullable(),
    /** Who holds it after the change (null if nobody): a reviewer a task is reassigned to is told. */
    holderId: id.nullable(),
    occurredAt: instant,
  }),
  [Topic.SEARCH_REQUEST_CHANGED]: z.strictObject({
    requestId: id,
    from: status,
    status,
    version: z.number().int().min(0),
    occurredAt: instant,
  }),
  [Topic.OFFICER_CHANGED]: z.strictObject({
    officerId: id,
    occurredAt: instant,
  }),
} as const satisfies Record<Topic, z.ZodType>;

export type TopicPayloads = { [T in Topic]: z.infer<(typeof TOPIC_SCHEMAS)[T]> };
export type ReviewTaskChanged = TopicPayloads[Topic.REVIEW_TASK_CHANGED];
export type SearchRequestChanged = TopicPayloads[Topic.SEARCH_REQUEST_CHANGED];
export type OfficerChanged = TopicPayloads[Topic.OFFICER_CHANGED];

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; keep well below. */
export const MAX_MESSAGE_BYTES = 7900;

/** One message as it travels between instances. */
export interface EventMessage<T extends Topic = Topic> {
  /**
   * The event's own id (a UUID, its event_outbox row's): the same event relayed twice carries the
   * same id, and each instance hands it to its subscribers once.
   */
  id: string;
  topic: T;
  payload: TopicPayloads[T];
}

const EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class EventPayloadError extends Error {
  override readonly name = 'EventPayloadError';
}

/** A checked copy of `payload`; throws EventPayloadError if it is not of its topic's shape. */
export function checkPayload<T extends Topic>(topic: T, payload: TopicPayloads[T]): TopicPayloads[T] {
  const checked = TOPIC_SCHEMAS[topic].safeParse(payload);
  if (!checked.success)
    throw new EventPayloadError(
      `invalid ${topic} payload: ${checked.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}`,
    );
  return checked.data as TopicPayloads[T];
}

/** Serialises a message, refusing anything not of its topic's shape or too large to NOTIFY. */
export function encodeMessage<T extends Topic>(id: string, topic: T, payload: TopicPayloads[T]): string {
  if (!EVENT_ID.test(id)) throw new EventPayloadError('an event id must be a lower-case UUID');
  const text = JSON.stringify({ i: id, t: topic, p: checkPayload(topic, payload) });
  if (Buffer.byteLength(text) > MAX_MESSAGE_BYTES)
    throw new EventPayloadError(
      `${topic} message is ${Buffer.byteLength(text)} bytes; events carry ids only`,
    );
  return text;
}

/** Parses a message from the wire; null for anything that is not one of ours, well formed. */
export function decodeMessage(text: string): EventMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { i, t, p } = raw as { i?: unknown; t?: unknown; p?: unknown };
  if (typeof i !== 'string' || !EVENT_ID.test(i)) return null;
  if (typeof t !== 'string' || !(Object.values(Topic) as string[]).includes(t)) return null;
  const topic = t as Topic;
  const checked = TOPIC_SCHEMAS[topic].safeParse(p);
  return checked.success ? ({ id: i, topic, payload: checked.data } as EventMessage) : null;
}

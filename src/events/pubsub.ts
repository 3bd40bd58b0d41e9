import type { EventMessage, Topic, TopicPayloads } from './topics';

/**
 * Where a relay sends the committed events it claims from the outbox (src/events/outbox.ts):
 * PostgreSQL NOTIFY on a channel, sent by the same statement that marks the rows relayed, or
 * this process' own subscribers.
 */
export type RelayTarget = { notify: string } | { deliver: (messages: EventMessage[]) => void };

/**
 * The one way events enter an instance. Two adapters implement it: PostgreSQL LISTEN/NOTIFY
 * (every instance sharing a database hears every event) and in-process (the embedded PGlite mode,
 * which is one process by construction). A Redis adapter would be one more class like these.
 *
 * Events are never sent from here directly: `Tx.publish` writes them to the outbox in the
 * publishing transaction and the relay sends committed rows to `relayTarget`. The relay sends each
 * event at least once; every adapter hands each event id to its subscribers once (a bounded
 * memory of recent ids), so a replayed or twice-relayed event reaches a subscriber once.
 */
export interface PubSub {
  readonly relayTarget: RelayTarget;
  /** Events of `topic` from now on, until the iterator is returned or the pub/sub closes. */
  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]>;
  /**
   * Calls `listener` when events may have been missed (e.g. the database connection carrying
   * them was lost and is back). Returns a function that removes the listener.
   */
  onGap(listener: () => void): () => void;
  /** Null when events can arrive; else why not (for readiness), e.g. the listener connection is lost. */
  problem(): string | null;
  close(): Promise<void>;
}

/** Raised into a subscription whose consumer fell too far behind; it has missed events. */
export class SubscriberOverflowError extends Error {
  override readonly name = 'SubscriberOverflowError';
}

/**
 * A push-to-pull queue behind one subscription: `push` never blocks the publisher; a consumer
 * more than `limit` events behind is ended with SubscriberOverflowError rather than letting
 * memory grow.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private readonly waiting: Array<{ resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }> =
    [];
  private ended = false;
  private failure: unknown = null;

  constructor(
    private readonly limit: number,
    private readonly onEnd: () => void = () => undefined,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter.resolve({ value, done: false });
    if (this.buffer.length >= this.limit)
      return this.fail(new SubscriberOverflowError(`subscriber fell more than ${this.limit} events behind`));
    this.buffer.push(value);
  }

  /** Ends the iteration with an error once the buffered events are consumed. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.failure = error;
    this.finish();
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.failure = null;
    this.finish();
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.fail(error);
    return this.next();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}

/** How many recent event ids an instance remembers to hand each event to its subscribers once. */
export const RECENT_EVENT_IDS = 10_000;

/** A set of the last `limit` ids added (insertion order; the oldest are forgotten). */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly limit: number) {}

  /** Adds `id`; false if it was already among the recent ones. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * Per-topic sets of local subscriber queues: the fan-out shared by both adapters, and the one
 * place each instance receives events, so the one place duplicates (same event id) are dropped.
 */
export class LocalFanOut {
  private readonly queues = new Map<Topic, Set<EventQueue<unknown>>>();
  private readonly gapListeners = new Set<() => void>();
  private readonly seen: RecentIds;
  /** Events dropped as already delivered (for tests and diagnostics). */
  duplicates = 0;

  constructor(
    private readonly queueLimit: number,
    recentIds = RECENT_EVENT_IDS,
  ) {
    this.seen = new RecentIds(recentIds);
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    const set = this.queues.get(topic) ?? new Set();
    this.queues.set(topic, set);
    const queue: EventQueue<unknown> = new EventQueue(this.queueLimit, () => set.delete(queue));
    set.add(queue);
    return queue as EventQueue<TopicPayloads[T]>;
  }

  /** Hands `message` to the subscribers of its topic, unless its id was delivered recently. */
  deliver(message: EventMessage): void {
    if (!this.seen.add(message.id)) {
      this.duplicates += 1;
      return;
    }
    for (const queue of this.queues.get(message.topic) ?? []) queue.push(message.payload);
  }

  onGap(listener: () => void): () => void {
    this.gapListeners.add(listener);
    return () => this.gapListeners.delete(listener);
  }

  gap(): void {
    for (const listener of this.gapListeners) listener();
  }

  endAll(): void {
    for (const set of this.queues.values()) for (const queue of [...set]) void queue.return();
    this.queues.clear();
    this.gapListeners.clear();
  }
}

/**
 * In-process delivery for a single instance (the embedded PGlite mode): the relay hands it the
 * events it claimed from the outbox, which reach subscribers on a later turn of the event loop.
 *
 * PGlite's own LISTEN/NOTIFY works in-process as well (measured: ~0.3 ms from commit to callback),
 * but it reaches no other process either, and the in-process path needs no hold on the PGlite
 * handle, so this adapter is the embedded mode's choice.
 */
export class InProcessPubSub implements PubSub {
  readonly relayTarget: RelayTarget;
  private readonly fanOut: LocalFanOut;
  private closed = false;

  constructor(options: { queueLimit?: number; recentIds?: number } = {}) {
    this.fanOut = new LocalFanOut(options.queueLimit ?? 10_000, options.recentIds);
    this.relayTarget = { deliver: (messages) => this.deliver(messages) };
  }

  /** Events handed to subscribers: each id once, in the order given, never inside this call. */
  deliver(messages: EventMessage[]): void {
    if (this.closed || messages.length === 0) return;
    setImmediate(() => {
      for (const message of messages) this.fanOut.deliver(message);
    });
  }

  /** Events dropped because their id had been delivered already. */
  get duplicates(): number {
    return this.fanOut.duplicates;
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    return this.fanOut.subscribe(topic);
  }

  onGap(listener: () => void): () => void {
    return this.fanOut.onGap(listener);
  }

  problem(): string | null {
    return this.closed ? 'closed' : null;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fanOut.endAll();
  }
}

import { events as eventMetrics } from '../observability/metrics';
import { decodeMessage, encodeMessage, Topic, TopicPayloads } from './topics';

/**
 * The one way events leave and enter an instance. Two adapters implement it: PostgreSQL
 * LISTEN/NOTIFY (every instance sharing a database hears every event) and in-process (the
 * embedded PGlite mode, which is one process by construction). A Redis adapter would be one more
 * class with these three methods.
 *
 * Publishers call `publish` only after their transaction has committed (see `Tx.publish` in
 * src/db); delivery is at most once, so clients re-read the current state after any gap.
 */
export interface PubSub {
  /** Sends one event to every instance's subscribers of `topic`, this one included. */
  publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void>;
  /** Events of `topic` from now on, until the iterator is returned or the pub/sub closes. */
  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]>;
  /**
   * Calls `listener` when events may have been missed (e.g. the database connection carrying
   * them was lost and is back). Returns a function that removes the listener.
   */
  onGap(listener: () => void): () => void;
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
    private readonly onOverflow: () => void = () => undefined,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  push(value: T): void {
    if (this.ended) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter.resolve({ value, done: false });
    if (this.buffer.length >= this.limit) {
      this.onOverflow();
      return this.fail(new SubscriberOverflowError(`subscriber fell more than ${this.limit} events behind`));
    }
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

/** Per-topic sets of local subscriber queues: the fan-out shared by both adapters. */
export class LocalFanOut {
  private readonly queues = new Map<Topic, Set<EventQueue<unknown>>>();
  private readonly gapListeners = new Set<() => void>();

  constructor(private readonly queueLimit: number) {}

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    const set = this.queues.get(topic) ?? new Set();
    this.queues.set(topic, set);
    const queue: EventQueue<unknown> = new EventQueue(
      this.queueLimit,
      () => set.delete(queue),
      () => eventMetrics.dropped(topic, 'overflow'),
    );
    set.add(queue);
    return queue as EventQueue<TopicPayloads[T]>;
  }

  deliver(topic: Topic, payload: unknown): void {
    const queues = this.queues.get(topic);
    if (!queues) return;
    for (const queue of queues) queue.push(payload);
    eventMetrics.delivered(topic, queues.size);
  }

  onGap(listener: () => void): () => void {
    this.gapListeners.add(listener);
    return () => this.gapListeners.delete(listener);
  }

  gap(): void {
    eventMetrics.gap();
    for (const listener of this.gapListeners) listener();
  }

  endAll(): void {
    for (const set of this.queues.values()) for (const queue of [...set]) void queue.return();
    this.queues.clear();
    this.gapListeners.clear();
  }
}

/**
 * In-process delivery for a single instance (the embedded PGlite mode). Messages go through the
 * same encoding as the PostgreSQL adapter, so a payload that could not cross instances fails
 * here too, and are delivered on a later turn of the event loop, never inside `publish`.
 *
 * PGlite's own LISTEN/NOTIFY works in-process as well (measured: ~0.3 ms from commit to callback),
 * but it reaches no other process either, and the in-process path needs no hold on the PGlite
 * handle, so this adapter is the embedded mode's choice.
 */
export class InProcessPubSub implements PubSub {
  private readonly fanOut: LocalFanOut;
  private closed = false;

  constructor(options: { queueLimit?: number } = {}) {
    this.fanOut = new LocalFanOut(options.queueLimit ?? 10_000);
  }

  async publish<T extends Topic>(topic: T, payload: TopicPayloads[T]): Promise<void> {
    if (this.closed) return;
    const message = decodeMessage(encodeMessage(topic, payload))!;
    setImmediate(() => this.fanOut.deliver(message.topic, message.payload));
  }

  subscribe<T extends Topic>(topic: T): AsyncIterableIterator<TopicPayloads[T]> {
    return this.fanOut.subscribe(topic);
  }

  onGap(listener: () => void): () => void {
    return this.fanOut.onGap(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fanOut.endAll();
  }
}

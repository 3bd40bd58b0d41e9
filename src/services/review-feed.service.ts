import { In } from 'typeorm';
import type { Database } from '../db';
import { events as feedMetrics } from '../observability/metrics';
import { EntityColumns } from '../db/prepared-entity-query';
import {
  emptyPage,
  keysetPage,
  keysetPageSql,
  type KeysetOrder,
  type Page,
  type PageRequest,
  type SqlPageSource,
} from '../db/keyset';
import { ReviewStage, ReviewTask, ReviewTaskStatus, SearchRequest, SearchRequestStatus } from '../entities';
import {
  EventQueue,
  PubSub,
  ReviewTaskChange,
  ReviewTaskChanged,
  SearchRequestChanged,
  Topic,
  TopicPayloads,
} from '../events';
import { forbidden, unauthenticated } from '../errors';
import {
  abilityToWhere,
  AppAbility,
  hearsDispute,
  hearsOwnRequestChange,
  holderChangeRule,
  mayWatchDisputes,
  mayWatchReviewTasks,
  poolChangeRule,
  RequestFacts,
  TaskFacts,
} from '../policy';
import type { RequestContext } from './request-context';
import { REVIEW_TASK_COLUMNS } from './review.service';
import { SubscriberAbilities, SubscriberAbility } from './subscriber-abilities';
import { assertCan, UnitOfWork } from './unit-of-work';
import { exposedOfficerIds, exposedOfficerIdsSql } from './workflow/first-review-exposure';
import {
  buildRequestViews,
  RequestParts,
  ReviewTaskView,
  SearchRequestView,
  taskView,
} from './workflow/search-request.views';

/** A review task changed: ids and status, never its content. */
export interface ReviewTaskNotice {
  taskId: string;
  requestId: string;
  stage: ReviewStage;
  change: ReviewTaskChange;
  status: ReviewTaskStatus;
  version: number;
  occurredAt: Date;
}

/** A search request changed state. */
export interface SearchRequestNotice {
  requestId: string;
  from: SearchRequestStatus;
  status: SearchRequestStatus;
  version: number;
  occurredAt: Date;
}

export type TaskFeed = 'AVAILABLE_TASKS' | 'MY_TASKS';
export type RequestFeed = 'MY_REQUESTS' | 'DISPUTES';

/** What a (re)connecting client reads to be sure it has missed nothing: its lists are read page by page after `asOf`. */
export interface ReviewQueue {
  asOf: Date;
}

const AVAILABLE_ORDER: KeysetOrder = {
  list: 'reviewQueue.available',
  keys: [
    { sql: 't.created_at', type: 'timestamptz' },
    { sql: 't.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
const HELD_ORDER: KeysetOrder = {
  list: 'reviewQueue.held',
  keys: [
    { sql: 't.claimed_at', type: 'timestamptz' },
    { sql: 't.id', type: 'uuid' },
  ],
  direction: 'ASC',
};
// a request's updated_at does not move while it stays DISPUTED, so it is a stable key for this list
const DISPUTE_ORDER: KeysetOrder = {
  list: 'reviewQueue.disputes',
  keys: [
    { sql: 'r.updated_at', type: 'timestamptz' },
    { sql: 'r.id', type: 'uuid' },
  ],
  direction: 'ASC',
};

const TASK_COLUMNS = new EntityColumns(ReviewTask);

/**
 * The review queue's lists, read on every (re)connection of every reviewer: one statement per page,
 * which also brings each task's officers exposed to its first review (a second round trip before).
 */
const queueSource = (where: SqlPageSource<ReviewTask>['where']): SqlPageSource<ReviewTask> => ({
  columns: TASK_COLUMNS,
  alias: 't',
  where,
  extra: [`${exposedOfficerIdsSql('t')} AS exposed_officer_ids`],
});

export interface ReviewFeedOptions {
  /** How long a subscriber's ability is reused before the officer row is read again. */
  abilityTtlMs: number;
  /** Per-subscriber backlog before a slow consumer is cut off. */
  subscriberQueueLimit?: number;
  onError?: (error: unknown) => void;
}

interface Listener<N> {
  officerId: string;
  queue: EventQueue<N>;
}

type StaticTask = Pick<
  ReviewTask,
  'id' | 'requestId' | 'forceId' | 'stage' | 'requesterId' | 'firstReviewerId'
>;
type StaticRequest = Pick<SearchRequest, 'id' | 'forceId' | 'requesterId'>;

/**
 * Live review queues. One subscription per topic per instance feeds every local subscriber: an
 * event names a task or a request, its details are fetched by id once (what never changes is
 * cached), and each subscriber is checked against the rules of src/policy/subscription-policy.ts
 * with their ability as it is now. `queue` is the catch-up read for a client that (re)connects.
 */
export class ReviewFeedService {
  private readonly abilities: SubscriberAbilities;
  private readonly taskListeners = {
    AVAILABLE_TASKS: new Set<Listener<ReviewTaskNotice>>(),
    MY_TASKS: new Set<Listener<ReviewTaskNotice>>(),
  };
  private readonly requestListeners = {
    MY_REQUESTS: new Set<Listener<SearchRequestNotice>>(),
    DISPUTES: new Set<Listener<SearchRequestNotice>>(),
  };
  private readonly tasks = new BoundedCache<string, StaticTask>(20_000);
  private readonly requests = new BoundedCache<string, StaticRequest>(20_000);
  private readonly gapListeners = new Set<() => void>();
  private readonly loops: Array<AsyncIterableIterator<unknown>> = [];
  private stopGap: (() => void) | null = null;
  private started = false;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly pubsub: PubSub,
    private readonly options: ReviewFeedOptions,
  ) {
    this.abilities = new SubscriberAbilities(db, options.abilityTtlMs);
  }

  /** Review task notices for the caller: tasks they may claim entering or leaving the pool, or tasks taken from or given to them. */
  async watchTasks(ctx: RequestContext, feed: TaskFeed): Promise<AsyncIterableIterator<ReviewTaskNotice>> {
    await this.uow.read(ctx, async () => assertCan(ctx, 'claim', 'ReviewTask'));
    return this.listen(this.taskListeners[feed], ctx);
  }

  /** State changes of the caller's own requests, or disputes the caller may adjudicate. */
  async watchRequests(
    ctx: RequestContext,
    feed: RequestFeed,
  ): Promise<AsyncIterableIterator<SearchRequestNotice>> {
    await this.uow.read(ctx, async () => {
      if (!ctx.officer) throw unauthenticated();
      if (feed === 'DISPUTES') assertCan(ctx, 'adjudicate', 'SearchRequest');
    });
    return this.listen(this.requestListeners[feed], ctx);
  }

  /** Called when events may have been missed: clients should reconnect and read `queue`. */
  onGap(listener: () => void): () => void {
    this.gapListeners.add(listener);
    return () => this.gapListeners.delete(listener);
  }

  /**
   * The caller's open work as it stands: what a reconnecting client reads before trusting the live
   * feed. The three lists are paged (`queueAvailable`, `queueHeld`, `queueDisputes`), each read after
   * `asOf`, so a notice newer than `asOf` may already be reflected (notices carry versions).
   */
  queue(ctx: RequestContext): Promise<ReviewQueue> {
    return this.uow.read(ctx, async () => {
      if (!ctx.officer) throw unauthenticated();
      return { asOf: new Date() };
    });
  }

  /** Open tasks the caller may claim now, oldest first. */
  queueAvailable(ctx: RequestContext, page: PageRequest = {}): Promise<Page<ReviewTaskView>> {
    return this.uow.read(ctx, async (manager) => {
      if (!ctx.officer) throw unauthenticated();
      if (!mayWatchReviewTasks(ctx.ability)) return emptyPage(page);
      const claimable = abilityToWhere(ctx.ability, 'claim', 'ReviewTask', 't', REVIEW_TASK_COLUMNS);
      const open = { sql: 't.status = :open', params: { open: ReviewTaskStatus.OPEN } };
      return keysetPageSql(manager, queueSource([claimable, open]), AVAILABLE_ORDER, page, (tasks, raw) =>
        this.views(ctx, tasks, raw),
      );
    });
  }

  /** Tasks the caller holds (claim not expired at `now`), in the order they were claimed. */
  queueHeld(ctx: RequestContext, page: PageRequest = {}, now = new Date()): Promise<Page<ReviewTaskView>> {
    return this.uow.read(ctx, async (manager) => {
      if (!ctx.officer) throw unauthenticated();
      if (!mayWatchReviewTasks(ctx.ability)) return emptyPage(page);
      const held = {
        sql: 't.claimed_by_id = :me AND t.status = :claimed AND t.claim_expires_at > :now',
        params: { me: ctx.officer.id, claimed: ReviewTaskStatus.CLAIMED, now },
      };
      return keysetPageSql(manager, queueSource([held]), HELD_ORDER, page, (tasks, raw) =>
        this.views(ctx, tasks, raw),
      );
    });
  }

  /** Disputed requests the caller may adjudicate, longest waiting first. */
  queueDisputes(ctx: RequestContext, page: PageRequest = {}): Promise<Page<SearchRequestView>> {
    return this.uow.read(ctx, async (manager) => {
      if (!ctx.officer) throw unauthenticated();
      if (!mayWatchDisputes(ctx.ability)) return emptyPage(page);
      const readable = abilityToWhere(ctx.ability, 'read', 'SearchRequest', 'r', {
        id: { column: 'id' },
        forceId: { column: 'force_id' },
        requesterId: { column: 'requester_id' },
        status: { column: 'status' },
      });
      const qb = manager
        .createQueryBuilder(SearchRequest, 'r')
        .where(readable.sql, readable.params)
        .andWhere('r.status = :disputed', { disputed: SearchRequestStatus.DISPUTED });
      return keysetPage(qb, DISPUTE_ORDER, page, async (rows) => {
        const reviewers = await reviewerIdsOf(
          manager,
          rows.map((r) => r.id),
        );
        const mine = rows.filter((r) =>
          hearsDispute(ctx.ability, { ...r, from: r.status, reviewerIds: reviewers.get(r.id) ?? [] }),
        );
        const views = new Map(
          buildRequestViews(new RequestParts(() => this.db.manager, ctx.ability), mine).map((v) => [v.id, v]),
        );
        return rows.map((r) => views.get(r.id) ?? null);
      });
    });
  }

  /** Queue rows as the caller may see them; each row carries its request's exposed officers (`queueSource`). */
  private views(
    ctx: RequestContext,
    tasks: ReviewTask[],
    raw: Array<Record<string, unknown>>,
  ): Array<ReviewTaskView | null> {
    return tasks.map((t, i) =>
      taskView(ctx.ability, t, [], new Map(), raw[i].exposed_officer_ids as string[]),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopGap?.();
    for (const loop of this.loops.splice(0)) await loop.return?.();
    for (const set of [...Object.values(this.taskListeners), ...Object.values(this.requestListeners)]) {
      for (const listener of [...set]) await listener.queue.return();
    }
  }

  private listen<N>(set: Set<Listener<N>>, ctx: RequestContext): AsyncIterableIterator<N> {
    if (this.closed) throw new Error('the review feed is closed');
    this.start();
    const listener: Listener<N> = {
      officerId: ctx.officer!.id,
      queue: new EventQueue<N>(this.options.subscriberQueueLimit ?? 1_000, () => set.delete(listener)),
    };
    set.add(listener);
    return listener.queue;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.consume(Topic.REVIEW_TASK_CHANGED, (e) => this.onTaskChanged(e));
    this.consume(Topic.SEARCH_REQUEST_CHANGED, (e) => this.onRequestChanged(e));
    this.consume(Topic.OFFICER_CHANGED, async (e) => this.abilities.invalidate(e.officerId));
    this.stopGap = this.pubsub.onGap(() => this.gap());
  }

  /** Handles one topic's events in order; if this instance fell behind, it reports a gap and carries on. */
  private consume<T extends Topic>(topic: T, handle: (payload: TopicPayloads[T]) => Promise<void>): void {
    const events = this.pubsub.subscribe(topic);
    this.loops.push(events);
    void (async () => {
      try {
        for await (const payload of events) {
          try {
            await handle(payload);
          } catch (error) {
            this.options.onError?.(error);
          }
        }
      } catch (error) {
        if (this.closed) return;
        this.options.onError?.(error);
        this.loops.splice(this.loops.indexOf(events), 1);
        this.consume(topic, handle);
        this.gap();
      }
    })();
  }

  private gap(): void {
    // an officer-changed event may be among those missed
    this.abilities.clear();
    for (const listener of this.gapListeners) listener();
  }

  private async onTaskChanged(e: ReviewTaskChanged): Promise<void> {
    const pool = this.taskListeners.AVAILABLE_TASKS;
    // only the previous and the new holder can hear a holder change
    const holders = [...this.taskListeners.MY_TASKS].filter(
      (l) => l.officerId === e.previousHolderId || l.officerId === e.holderId,
    );
    if (pool.size === 0 && holders.length === 0) return;
    const task = await this.staticTask(e.taskId);
    if (!task) return;
    // who has seen the first review changes over time: read it now, for second reviews only
    const exposed =
      task.stage === ReviewStage.SECOND
        ? (await exposedOfficerIds(this.db.manager, [task.requestId])).get(task.requestId)!
        : [];
    const facts: TaskFacts = {
      ...task,
      status: e.status as ReviewTaskStatus,
      holderId: e.holderId,
      exposedOfficerIds: exposed,
    };
    const notice: ReviewTaskNotice = {
      taskId: task.id,
      requestId: task.requestId,
      stage: task.stage,
      change: e.change,
      status: e.status as ReviewTaskStatus,
      version: e.version,
      occurredAt: new Date(e.occurredAt),
    };
    await this.deliver(notice, [
      { listeners: pool, hears: poolChangeRule(facts, e) },
      { listeners: holders, hears: holderChangeRule(facts, e) },
    ]);
  }

  private async onRequestChanged(e: SearchRequestChanged): Promise<void> {
    const mine = this.requestListeners.MY_REQUESTS;
    const disputes = this.requestListeners.DISPUTES;
    const aboutDispute = e.status === SearchRequestStatus.DISPUTED || e.from === SearchRequestStatus.DISPUTED;
    if (mine.size === 0 && (disputes.size === 0 || !aboutDispute)) return;
    const request = await this.staticRequest(e.requestId);
    if (!request) return;
    const owners = [...mine].filter((l) => l.officerId === request.requesterId);
    const supervisors = aboutDispute ? [...disputes] : [];
    if (owners.length === 0 && supervisors.length === 0) return;
    const reviewerIds = supervisors.length
      ? ((await reviewerIdsOf(this.db.manager, [request.id])).get(request.id) ?? [])
      : [];
    const facts: RequestFacts = {
      ...request,
      status: e.status as SearchRequestStatus,
      from: e.from as SearchRequestStatus,
      reviewerIds,
    };
    const notice: SearchRequestNotice = {
      requestId: request.id,
      from: facts.from,
      status: facts.status,
      version: e.version,
      occurredAt: new Date(e.occurredAt),
    };
    await this.deliver(notice, [
      { listeners: owners, hears: (a, officerId) => hearsOwnRequestChange(a, officerId, facts) },
      { listeners: supervisors, hears: (a) => hearsDispute(a, facts) },
    ]);
  }

  /**
   * Checks each candidate against their current ability and queues the notice for those who may
   * hear it. Abilities come from the cache without waiting when they are fresh (those that are
   * not are loaded together), and each rule is asked once per officer, however many sockets the
   * officer has open: an answer is never shared between officers. Every listener is given the
   * same notice object, so what is sent for it is worked out once (see src/server/graphql-ws.ts).
   */
  private async deliver<N>(
    notice: N,
    groups: Array<{
      listeners: Iterable<Listener<N>>;
      hears: (ability: AppAbility, officerId: string) => boolean;
    }>,
  ): Promise<void> {
    // who is listening now: a socket that subscribes while abilities load hears from the next event
    const snapshot = groups.map(({ listeners, hears }) => ({ listeners: [...listeners], hears }));
    const current = new Map<string, SubscriberAbility | null>();
    const missing = new Set<string>();
    const now = this.abilities.clock();
    for (const { listeners } of snapshot) {
      for (const { officerId } of listeners) {
        if (current.has(officerId) || missing.has(officerId)) continue;
        const cached = this.abilities.peek(officerId, now);
        if (cached === undefined) missing.add(officerId);
        else current.set(officerId, cached);
      }
    }
    if (missing.size) {
      const ids = [...missing];
      const loaded = await Promise.all(ids.map((id) => this.abilities.get(id)));
      ids.forEach((id, i) => current.set(id, loaded[i]));
    }
    let queued = 0;
    for (const { listeners, hears } of snapshot) {
      const answers = new Map<string, boolean>();
      for (const listener of listeners) {
        const officer = current.get(listener.officerId);
        if (!officer) {
          listener.queue.fail(forbidden('watch', 'live feed'));
          continue;
        }
        let heard = answers.get(listener.officerId);
        if (heard === undefined)
          answers.set(listener.officerId, (heard = hears(officer.ability, listener.officerId)));
        if (heard) {
          listener.queue.push(notice);
          queued += 1;
        }
      }
    }
    feedMetrics.reviewNoticesQueued(queued);
  }

  private async staticTask(id: string): Promise<StaticTask | null> {
    const cached = this.tasks.get(id);
    if (cached) return cached;
    const row = await this.db.manager.findOne(ReviewTask, {
      where: { id },
      select: {
        id: true,
        requestId: true,
        forceId: true,
        stage: true,
        requesterId: true,
        firstReviewerId: true,
      },
    });
    if (row) this.tasks.set(id, row);
    return row;
  }

  private async staticRequest(id: string): Promise<StaticRequest | null> {
    const cached = this.requests.get(id);
    if (cached) return cached;
    const row = await this.db.manager.findOne(SearchRequest, {
      where: { id },
      select: { id: true, forceId: true, requesterId: true },
    });
    if (row) this.requests.set(id, row);
    return row;
  }
}

/** Who claimed or submitted each request's reviews (a supervisor among them may not adjudicate). */
async function reviewerIdsOf(
  manager: Database['manager'],
  requestIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (requestIds.length === 0) return out;
  const tasks = await manager.find(ReviewTask, {
    where: { requestId: In(requestIds) },
    select: { requestId: true, submittedById: true, claimedById: true },
  });
  for (const t of tasks) {
    const who = t.submittedById ?? t.claimedById;
    if (who) out.set(t.requestId, [...(out.get(t.requestId) ?? []), who]);
  }
  return out;
}

/** A Map that forgets its oldest entries beyond `limit` (for facts that never change). */
class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as K);
  }
}

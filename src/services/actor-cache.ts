import type { Database } from '../db';
import { Force, Officer } from '../entities';
import { Topic, type PubSub } from '../events';
import { AppAbility, defineAbilityFor } from '../policy';

interface Entry {
  value: Promise<CachedActor | null>;
  expiresAt: number;
  /** Loaded: whose it is is known. Until then an invalidation of anyone drops it (it may have read the old row). */
  settled: boolean;
}

export interface CachedActor {
  officer: Officer;
  /** The code of the officer's force (a token's `force` claim must match it). */
  forceCode: string | null;
  ability: AppAbility;
}

/**
 * Who a token's subject is, for HTTP requests: the active officer row, their force's code and
 * their CASL ability, reused for a short TTL instead of two queries and an ability build per
 * request. An entry never outlives a reviewer's certification, and is dropped at once when the
 * officer changes: this instance's own changes reach it before the changing request answers
 * (`invalidate`, from the commit's publish), other instances' through the officer-changed event;
 * missed events clear everything. TTL 0 turns the cache off.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly subjectsOf = new Map<string, string>();
  private stop: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The active officer registered for `subject` (null if none) with their force code and ability now. */
  get(subject: string): Promise<CachedActor | null> {
    if (this.ttlMs <= 0) return this.load(subject, this.clock());
    const now = this.clock();
    const hit = this.entries.get(subject);
    if (hit && hit.expiresAt > now) return hit.value;
    const entry: Entry = { value: this.load(subject, now), expiresAt: now + this.ttlMs, settled: false };
    this.entries.delete(subject);
    this.entries.set(subject, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    entry.value.then(
      (actor) => {
        entry.settled = true;
        // nobody is remembered as absent: an officer registered a moment later may sign in at once
        if (!actor) return this.forget(subject, entry);
        this.subjectsOf.set(actor.officer.id, subject);
        const lapses = actor.officer.reviewerCertifiedUntil?.getTime();
        if (lapses !== undefined && lapses > now && lapses < entry.expiresAt) entry.expiresAt = lapses;
      },
      () => this.forget(subject, entry),
    );
    return entry.value;
  }

  /** Drops what is cached about one officer (their roles, certification, force or status changed). */
  invalidate(officerId: string): void {
    const subject = this.subjectsOf.get(officerId);
    if (subject !== undefined) this.entries.delete(subject);
    this.subjectsOf.delete(officerId);
    for (const [key, entry] of this.entries) if (!entry.settled) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.subjectsOf.clear();
  }

  /** Follows other instances' officer changes (and clears everything after missed events) until `close`. */
  listen(events: PubSub, onError: (error: unknown) => void = () => undefined): void {
    if (this.stop) return;
    const changes = events.subscribe(Topic.OFFICER_CHANGED);
    const stopGap = events.onGap(() => this.clear());
    let closed = false;
    this.stop = () => {
      closed = true;
      stopGap();
      void changes.return?.();
    };
    void (async () => {
      try {
        for await (const change of changes) this.invalidate(change.officerId);
      } catch (error) {
        this.clear();
        if (!closed) onError(error);
      }
    })();
  }

  close(): void {
    this.stop?.();
    this.stop = null;
    this.clear();
  }

  private forget(subject: string, entry: Entry): void {
    if (this.entries.get(subject) === entry) this.entries.delete(subject);
  }

  private async load(subject: string, now: number): Promise<CachedActor | null> {
    const officer = await this.db.manager.findOne(Officer, { where: { subject, active: true } });
    if (!officer) return null;
    const force = await this.db.manager.findOne(Force, {
      where: { id: officer.forceId },
      select: { id: true, code: true },
    });
    const ability = defineAbilityFor(
      {
        officerId: officer.id,
        forceId: officer.forceId,
        roles: officer.roles,
        reviewerCertifiedUntil: officer.reviewerCertifiedUntil,
        overseesForceIds: officer.overseesForceIds,
        rank: officer.rank,
      },
      new Date(now),
    );
    return { officer, forceCode: force?.code ?? null, ability };
  }
}

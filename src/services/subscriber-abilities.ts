import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../db';
import { Officer } from '../entities';
import { AppAbility, defineAbilityFor } from '../policy';

export interface SubscriberAbility {
  officer: Officer;
  ability: AppAbility;
}

interface Entry {
  value: Promise<SubscriberAbility | null>;
  /** Set once `value` has settled successfully: read without waiting. */
  settled?: { current: SubscriberAbility | null };
  /** Never used at or after this moment (the officer row is read again). */
  expiresAt: number;
  /** From this moment a use starts reading the row again in the background. */
  refreshAt: number;
  refreshing: boolean;
}

/** Share of the TTL after which an entry in use is re-read ahead of its expiry. */
const REFRESH_AHEAD = 0.75;

/**
 * The current ability of each live subscriber, rebuilt from the officer row. Entries live for a
 * short TTL (and never past a reviewer's certification), are dropped at once when an
 * officer-changed event arrives from any instance, and officers missing from the cache when one
 * event fans out are loaded in a single query. A removed role therefore stops deliveries within
 * one NOTIFY round trip, and within the TTL even if that event were lost.
 *
 * An entry still in use late in its life is re-read in the background (officers due together in
 * one query), so a fan-out does not wait for the database whenever a TTL runs out; the old entry
 * is served only until its own expiry, and a refresh that an officer-changed event overtook is
 * thrown away.
 */
export class SubscriberAbilities {
  private readonly entries = new Map<string, Entry>();
  private readonly loader: DataLoader<string, Officer | null>;

  constructor(
    db: Database,
    private readonly ttlMs: number,
    readonly clock: () => number = Date.now,
  ) {
    this.loader = new DataLoader(
      async (ids) => {
        const rows = await db.manager.find(Officer, { where: { id: In([...ids]), active: true } });
        const byId = new Map(rows.map((o) => [o.id, o]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { cache: false, maxBatchSize: 1000 },
    );
  }

  /** The officer (if still active) and their ability now; null when they are gone or inactive. */
  get(officerId: string): Promise<SubscriberAbility | null> {
    const now = this.clock();
    const hit = this.entries.get(officerId);
    if (hit && hit.expiresAt > now) {
      this.refreshAhead(officerId, hit, now);
      return hit.value;
    }
    const entry = this.load(officerId, now);
    this.entries.set(officerId, entry);
    return entry.value;
  }

  /**
   * What `get` would give, without waiting: the cached value if it is loaded and not expired,
   * otherwise undefined (then call `get`). `now` lets a caller asking for many read the clock once.
   */
  peek(officerId: string, now = this.clock()): SubscriberAbility | null | undefined {
    const hit = this.entries.get(officerId);
    if (!hit?.settled || hit.expiresAt <= now) return undefined;
    this.refreshAhead(officerId, hit, now);
    return hit.settled.current;
  }

  invalidate(officerId: string): void {
    this.entries.delete(officerId);
  }

  /** Forgets everyone (e.g. after missed events, when any cached ability may be stale). */
  clear(): void {
    this.entries.clear();
  }

  /** Starts reading the officer again if `entry` is late in its life; installs the result only if `entry` is still current then. */
  private refreshAhead(officerId: string, entry: Entry, now: number): void {
    if (entry.refreshing || now < entry.refreshAt) return;
    entry.refreshing = true;
    const next = this.load(officerId, now);
    next.value.then(
      () => {
        if (this.entries.get(officerId) === entry) this.entries.set(officerId, next);
      },
      () => {
        entry.refreshing = false;
      },
    );
  }

  private load(officerId: string, now: number): Entry {
    const entry: Entry = {
      value: this.build(officerId),
      expiresAt: now + this.ttlMs,
      refreshAt: now + this.ttlMs * REFRESH_AHEAD,
      refreshing: false,
    };
    entry.value.then(
      (loaded) => {
        const lapses = loaded?.officer.reviewerCertifiedUntil?.getTime();
        if (lapses !== undefined && lapses > now && lapses < entry.expiresAt) entry.expiresAt = lapses;
        entry.settled = { current: loaded };
      },
      () => this.entries.get(officerId) === entry && this.entries.delete(officerId),
    );
    return entry;
  }

  private async build(officerId: string): Promise<SubscriberAbility | null> {
    const officer = await this.loader.load(officerId);
    if (!officer) return null;
    const ability = defineAbilityFor(
      {
        officerId: officer.id,
        forceId: officer.forceId,
        roles: officer.roles,
        reviewerCertifiedUntil: officer.reviewerCertifiedUntil,
        overseesForceIds: officer.overseesForceIds,
        rank: officer.rank,
      },
      new Date(this.clock()),
    );
    return { officer, ability };
  }
}

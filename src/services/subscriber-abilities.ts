import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../db';
import { Officer } from '../entities';
import { AppAbility, defineAbilityFor } from '../policy';

export interface SubscriberAbility {
  officer: Officer;
  ability: AppAbility;
}

/**
 * The current ability of each live subscriber, rebuilt from the officer row. Entries live for a
 * short TTL (and never past a reviewer's certification), are dropped at once when an
 * officer-changed event arrives from any instance, and officers missing from the cache when one
 * event fans out are loaded in a single query. A removed role therefore stops deliveries within
 * one NOTIFY round trip, and within the TTL even if that event were lost.
 */
export class SubscriberAbilities {
  private readonly entries = new Map<string, { value: Promise<SubscriberAbility | null>; expiresAt: number }>();
  private readonly loader: DataLoader<string, Officer | null>;

  constructor(
    db: Database,
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
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
    if (hit && hit.expiresAt > now) return hit.value;
    const entry = { value: this.load(officerId), expiresAt: now + this.ttlMs };
    this.entries.set(officerId, entry);
    entry.value.then(
      (loaded) => {
        const lapses = loaded?.officer.reviewerCertifiedUntil?.getTime();
        if (lapses !== undefined && lapses > now && lapses < entry.expiresAt) entry.expiresAt = lapses;
      },
      () => this.entries.get(officerId) === entry && this.entries.delete(officerId),
    );
    return entry.value;
  }

  invalidate(officerId: string): void {
    this.entries.delete(officerId);
  }

  /** Forgets everyone (e.g. after missed events, when any cached ability may be stale). */
  clear(): void {
    this.entries.clear();
  }

  private async load(officerId: string): Promise<SubscriberAbility | null> {
    const officer = await this.loader.load(officerId);
    if (!officer) return null;
    const ability = defineAbilityFor(
      { officerId: officer.id, forceId: officer.forceId, roles: officer.roles, reviewerCertifiedUntil: officer.reviewerCertifiedUntil, overseesForceIds: officer.overseesForceIds },
      new Date(this.clock()),
    );
    return { officer, ability };
  }
}

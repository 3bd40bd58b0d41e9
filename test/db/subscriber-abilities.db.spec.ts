import { Database } from '../../src/db';
import { mayWatchReviewTasks } from '../../src/policy';
import { SubscriberAbilities } from '../../src/services/subscriber-abilities';
import { openTestDatabase } from '../support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The live feed's cache of subscribers' abilities: read without waiting while fresh, re-read in
 * the background late in its life (so a fan-out never waits for the database when a TTL runs
 * out), never used past its TTL, and never refilled by a read that an officer-changed event overtook.
 */
describe(SubscriberAbilities.name, () => {
  const TTL = 1_000;
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let officerId: string;
  let now: number;
  let abilities: SubscriberAbilities;

  const setRoles = (roles: string) =>
    db.dataSource.query('UPDATE officer SET roles = $2 WHERE id = $1', [officerId, roles]);
  /** Waits (briefly, really) for `check` to hold. */
  const eventually = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i += 1) await sleep(20);
    return check();
  };

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    const [force] = await db.dataSource.query(
      `INSERT INTO force (code, name) VALUES ('SAF', 'Ability Force') RETURNING id`,
    );
    const [officer] = await db.dataSource.query(
      `INSERT INTO officer (force_id, subject, display_name, roles, reviewer_certified_until) VALUES ($1, 'saf.reviewer', 'R', '{REVIEWER}', now() + interval '1 year') RETURNING id`,
      [force.id],
    );
    officerId = officer.id;
  });
  afterAll(() => handle.close());

  beforeEach(async () => {
    await setRoles('{REVIEWER}');
    now = Date.now();
    abilities = new SubscriberAbilities(db, TTL, () => now);
    expect(abilities.peek(officerId)).toBeUndefined();
    expect(mayWatchReviewTasks((await abilities.get(officerId))!.ability)).toBe(true);
  });

  it('should give a loaded, fresh ability without waiting', () => {
    expect(mayWatchReviewTasks(abilities.peek(officerId)!.ability)).toBe(true);
  });

  it('should re-read an officer in use late in the TTL in the background, serving the old entry meanwhile', async () => {
    await setRoles('{REQUESTER}');
    now += TTL / 2;
    expect(mayWatchReviewTasks(abilities.peek(officerId)!.ability)).toBe(true);
    await sleep(200);
    // not yet due: nothing was read again
    expect(mayWatchReviewTasks(abilities.peek(officerId)!.ability)).toBe(true);
    now += TTL * 0.3;
    const stillValid = abilities.peek(officerId)!;
    expect(mayWatchReviewTasks(stillValid.ability)).toBe(true);
    // before the old entry's TTL has run out, the new roles are in
    expect(await eventually(() => !mayWatchReviewTasks(abilities.peek(officerId)!.ability))).toBe(true);
    expect(abilities.peek(officerId)!.officer.roles).toEqual(['REQUESTER']);
  });

  it('should never give an entry past its TTL', async () => {
    await setRoles('{REQUESTER}');
    now += TTL;
    expect(abilities.peek(officerId)).toBeUndefined();
    expect(mayWatchReviewTasks((await abilities.get(officerId))!.ability)).toBe(false);
  });

  it('should throw away a background read that an officer-changed event overtook', async () => {
    now += TTL * 0.8;
    abilities.peek(officerId); // starts the re-read
    abilities.invalidate(officerId); // an officer-changed event arrives while it runs
    await sleep(300);
    expect(abilities.peek(officerId)).toBeUndefined();
  });

  it('should stop giving an officer who was deactivated once the entry is read again', async () => {
    await db.dataSource.query('UPDATE officer SET active = false WHERE id = $1', [officerId]);
    now += TTL * 0.8;
    abilities.peek(officerId);
    expect(await eventually(() => abilities.peek(officerId) === null)).toBe(true);
    await db.dataSource.query('UPDATE officer SET active = true WHERE id = $1', [officerId]);
  });
});

import { FirstReviewExposure1764281000000 } from '../../migrations/1764281000000-FirstReviewExposure';
import { Database } from '../../src/db';
import { openTestDatabase } from '../support/test-database';

/** The record of who has seen a first review: append-only, and its migration undoes cleanly. */
describe('first_review_exposure', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let row: { request_id: string; officer_id: string };

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    const [force] = await db.dataSource.query(
      `INSERT INTO force (code, name) VALUES ('XFR', 'Exposure Force') RETURNING id`,
    );
    const [officer] = await db.dataSource.query(
      `INSERT INTO officer (force_id, subject, display_name, roles) VALUES ($1, 'x.sup', 'X', '{SUPERVISOR}') RETURNING id`,
      [force.id],
    );
    const [kase] = await db.dataSource.query(
      `INSERT INTO case_file (force_id, crime_reference, offence_category, status, created_by_id, assigned_officer_ids) VALUES ($1, 'X/1', 'ROBBERY', 'OPEN', $2, ARRAY[$2]::uuid[]) RETURNING id`,
      [force.id, officer.id],
    );
    const [request] = await db.dataSource.query(
      `INSERT INTO search_request (force_id, case_id, requester_id, status, purpose, legal_basis, justification, offence_category, threshold, k, include_under18, include_not_convicted,
         gallery_force_ids, authorisation_required, authorisation_reasons, probe_quality, expires_at,
         probe_source_type, probe_obtained_by, probe_obtained_at, probe_obtained_from, probe_exhibit_reference)
       VALUES ($1, $2, $3, 'DRAFT', 'IDENTIFY_SUSPECT', 'COMMON_LAW_POLICING', 'x', 'ROBBERY', 0.6, 20, false, false, ARRAY[$1]::uuid[], false, '{}', '{}', now(),
         'CCTV', 'x', now(), 'x', 'X/1') RETURNING id`,
      [force.id, kase.id, officer.id],
    );
    row = { request_id: request.id, officer_id: officer.id };
    await db.dataSource.query(
      `INSERT INTO first_review_exposure (request_id, officer_id, seen, via) VALUES ($1, $2, 'DECISIONS', 'test')`,
      [row.request_id, row.officer_id],
    );
  });
  afterAll(() => handle.close());

  it('should refuse to change or forget an exposure', async () => {
    await expect(
      db.dataSource.query(`UPDATE first_review_exposure SET via = 'other' WHERE request_id = $1`, [
        row.request_id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.dataSource.query(`DELETE FROM first_review_exposure WHERE request_id = $1`, [row.request_id]),
    ).rejects.toThrow(/append-only/);
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM first_review_exposure'))[0].n).toBe(1);
  });

  it('should refuse what is neither decisions nor scores', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO first_review_exposure (request_id, officer_id, seen, via) VALUES ($1, $2, 'IMAGES', 'test')`,
        [row.request_id, row.officer_id],
      ),
    ).rejects.toThrow();
  });

  it('should undo its migration and apply it again', async () => {
    const migration = new FirstReviewExposure1764281000000();
    // as the owner of the tables (on PostgreSQL the service's role may not drop them), in one
    // transaction through its runner: the embedded database has one connection
    await handle.asOwner(async (manager) => {
      const runner = manager.queryRunner!;
      await migration.down(runner);
      expect(await runner.query(`SELECT to_regclass('first_review_exposure') AS t`)).toEqual([{ t: null }]);
      await migration.up(runner);
      expect((await runner.query('SELECT count(*)::int AS n FROM first_review_exposure'))[0].n).toBe(0);
    });
  });
});

import { Database } from '../../src/db';
import { openTestDatabase } from '../support/test-database';

describe('migrations', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    handle = await openTestDatabase({ migrate: false });
    db = handle.db;
  });
  afterAll(() => handle.close());

  it('should apply every migration to an empty database, then have nothing left to do', async () => {
    const applied = await db.migrate();
    expect(applied.length).toBeGreaterThan(0);
    expect(await db.migrate()).toEqual([]);
  });

  it('should undo the audit roles and anchors migration and apply it again', async () => {
    const applied = async () =>
      (await db.dataSource.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name);
    // (and any migration after it)
    while ((await applied()).includes('AuditRolesAndAnchors1764282000000'))
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect((await db.dataSource.query(`SELECT to_regclass('audit_anchor') AS t`))[0].t).toBeNull();
    expect(await db.migrate()).toContain('AuditRolesAndAnchors1764282000000');
    expect(
      (await db.dataSource.query(`SELECT prosecdef FROM pg_proc WHERE proname = 'audit_anchor_head'`))[0]
        .prosecdef,
    ).toBe(true);
  });

  it('should install pgvector 0.8 or newer', async () => {
    const [row] = await db.dataSource.query(`SELECT extversion FROM pg_extension WHERE extname = 'vector'`);
    const [major, minor] = String(row.extversion).split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(8);
  });

  it('should create every table and column the entities map, with the same nullability', async () => {
    // Migrations are hand-written (constraint and index names are ours), so compare what matters
    // to the mapping rather than TypeORM's generated DDL.
    const live: Array<{ table_name: string; column_name: string; is_nullable: string }> =
      await db.dataSource.query(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      );
    const liveColumns = new Map(
      live.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === 'YES']),
    );
    for (const entity of db.dataSource.entityMetadatas) {
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        expect([key, liveColumns.get(key)]).toEqual([key, column.isNullable]);
      }
    }
  });

  it("should let a force's floor be a false-match rate of 1e-3, 1e-4 or 1e-5 and nothing else", async () => {
    const [force] = await db.dataSource.query(
      `INSERT INTO force (code, name) VALUES ('MIGF', 'Migration test force') RETURNING id`,
    );
    const setFloor = (rate: number) =>
      db.dataSource.query(`UPDATE force SET threshold_floor_false_match_rate = $1 WHERE id = $2`, [
        rate,
        force.id,
      ]);
    for (const rate of [0.001, 0.0001, 0.00001]) await setFloor(rate);
    for (const rate of [0.01, 0.000001, 0.0005, 0])
      await expect(setFloor(rate)).rejects.toThrow(/threshold_floor_false_match_rate_check/);
    await db.dataSource.query(`DELETE FROM force WHERE id = $1`, [force.id]);
  });

  it('should keep recorded model calibrations as they were, and in order', async () => {
    const insert = (t5: number) =>
      db.dataSource.query(
        `INSERT INTO model_calibration (model_version, face_model, fingerprint, dataset, gallery_count, probe_count,
           genuine_pairs, impostor_pairs, threshold_at_far_1e3, threshold_at_far_1e4, threshold_at_far_1e5,
           tar_at_far_1e3, tar_at_far_1e4, tar_at_far_1e5, measured_on)
         VALUES ('m@1', 'm', $1, 'a set', 10, 5, 5, 45, 0.3, 0.4, $2, 0.99, 0.97, 0.95, '2026-11-30') RETURNING id`,
        [`fp-${t5}`, t5],
      );
    const [row] = await insert(0.46);
    // the cosine at 1e-5 cannot be below that at 1e-4
    await expect(insert(0.39)).rejects.toThrow(/model_calibration_ordered/);
    await expect(
      db.dataSource.query(`UPDATE model_calibration SET threshold_at_far_1e5 = 0.5 WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/never changed/);
    await expect(
      db.dataSource.query(`DELETE FROM model_calibration WHERE id = $1`, [row.id]),
    ).rejects.toThrow(/never changed/);
  });
});

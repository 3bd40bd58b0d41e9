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

  it('should undo plain HNSW back to the centred indexes and apply it again', async () => {
    const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
    const indexes = async () =>
      (
        await q(
          `SELECT indexname FROM pg_indexes WHERE tablename = 'face_template' AND indexname ~ '^face_(search|centre)_' ORDER BY indexname`,
        )
      ).map((r: { indexname: string }) => r.indexname);
    const spaces: Array<{ id: number }> = await q(`SELECT id FROM template_space ORDER BY id`);
    expect(spaces.length).toBeGreaterThan(0);
    const [force] = await q(
      `INSERT INTO force (code, name) VALUES ('HNSW', 'Index test force') RETURNING id`,
    );
    const forces: Array<{ id: string }> = await q(`SELECT id FROM force`);
    // every space's global index and one partial index per force, under either design's names
    const expected = (prefix: string) =>
      spaces
        .flatMap((s) => [
          `${prefix}_${s.id}_all`,
          ...forces.map((f) => `${prefix}_${s.id}_${f.id.replaceAll('-', '')}`),
        ])
        .sort();
    expect(await indexes()).toEqual(expected('face_search'));
    expect(await q(`SELECT proname FROM pg_proc WHERE proname ~ '^face_centre_'`)).toEqual([]);

    // a space with no recorded mean and no templates cannot go back to a centred key
    await q(`SELECT face_search_register_model('no-templates@1', 8, 'test')`);
    const undo = () => db.dataSource.undoLastMigration({ transaction: 'each' });
    while (
      (await q(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`))[0].name !==
      'PlainHnswSearch1764370000000'
    )
      await undo();
    await expect(undo()).rejects.toThrow(/no-templates@1 has no recorded mean/);
    await q(`DELETE FROM template_space WHERE model_version = 'no-templates@1'`);

    await undo();
    expect(await indexes()).toEqual(expected('face_centre'));
    const centred: Array<{ id: number; centre_function: string; dims: number; dimension: number }> = await q(
      `SELECT id, centre_function, vector_dims(mean) AS dims, dimension FROM template_space ORDER BY id`,
    );
    for (const s of centred) {
      expect(s).toMatchObject({ centre_function: `face_centre_${s.id}`, dims: s.dimension });
      expect(await q(`SELECT 1 FROM pg_proc WHERE proname = $1`, [s.centre_function])).toHaveLength(1);
    }
    // the old registration works again
    expect(
      await q(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'face_search_register_model'`),
    ).toEqual([{ n: 1 }]);

    expect(await db.migrate()).toContain('PlainHnswSearch1764370000000');
    expect(await indexes()).toEqual(expected('face_search'));
    expect(await q(`SELECT proname FROM pg_proc WHERE proname ~ '^face_centre_'`)).toEqual([]);
    const columns = await q(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'template_space' AND column_name IN ('mean', 'centre_function')`,
    );
    expect(columns).toEqual([]);
    await q(`DELETE FROM force WHERE id = $1`, [force.id]);
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

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
});

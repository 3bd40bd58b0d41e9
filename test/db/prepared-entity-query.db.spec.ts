import { appendAudit } from '../../src/audit';
import { Database, PreparedEntityQuery } from '../../src/db';
import { AuditEvent } from '../../src/entities';
import { openTestDatabase } from '../support/test-database';

describe('PreparedEntityQuery', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    for (const [i, reason] of ['first', null, 'third'].entries())
      await db.transaction(({ manager }) =>
        appendAudit(manager, null, {
          action: 'CASE_CREATED',
          subjectType: 'Test',
          subjectId: i === 1 ? null : String(i),
          reason,
          details: { i, nested: { when: '2026-01-01', list: [i, 'x'] } },
        }),
      );
  });
  afterAll(() => handle.close());

  // AuditEvent has a transformed bigint key, jsonb, timestamptz, char and null columns
  it('should hydrate rows exactly as TypeORM find does', async () => {
    const prepared = new PreparedEntityQuery(AuditEvent, 'WHERE seq = ANY($1::bigint[]) ORDER BY seq DESC');
    const found = await db.manager.find(AuditEvent, { order: { seq: 'DESC' } });
    const read = await prepared.many(db.manager, [[1, 2, 3]]);
    expect(found).toHaveLength(3);
    expect(read).toEqual(found);
    expect(read[0]).toBeInstanceOf(AuditEvent);
    expect(typeof read[0].seq).toBe('number');
    expect(read[0].occurredAt).toBeInstanceOf(Date);
    expect(read[1].subjectId).toBeNull();
  });

  it('should give null for no row, and run inside a transaction on its connection', async () => {
    const byId = new PreparedEntityQuery(AuditEvent, 'WHERE id = $1');
    expect(await byId.one(db.manager, ['00000000-0000-4000-8000-000000000000'])).toBeNull();
    const [first] = await db.manager.find(AuditEvent, { where: { seq: 1 } });
    const inTx = await db.transaction(({ manager }) => byId.one(manager, [first.id]));
    expect(inTx).toEqual(first);
  });
});

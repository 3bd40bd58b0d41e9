import { appendAudit, verifyAuditChain } from '../../src/audit';
import { Database } from '../../src/db';
import { AuditEvent } from '../../src/entities';
import { openTestDatabase } from '../support/test-database';

describe('audit log', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    for (let i = 0; i < 5; i += 1) {
      await db.transaction(({ manager }) =>
        appendAudit(manager, null, {
          action: 'CASE_CREATED',
          subjectType: 'Test',
          subjectId: String(i),
          details: { i, nested: { z: 1, a: [i] } },
        }),
      );
    }
  });
  afterAll(() => handle.close());

  describe('appendAudit', () => {
    it('should chain each event to the previous one with gapless sequence numbers', async () => {
      const events = await db.manager.find(AuditEvent, { order: { seq: 'ASC' } });
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(events[0].prevHash).toBe('0'.repeat(64));
      for (let i = 1; i < events.length; i += 1) expect(events[i].prevHash).toBe(events[i - 1].hash);
    });

    it('should refuse to write outside a transaction', async () => {
      await expect(
        appendAudit(db.manager, null, { action: 'CASE_CREATED', subjectType: 'Test' }),
      ).rejects.toThrow(/inside a transaction/);
    });

    it('should leave no event when the transaction that wrote it rolls back', async () => {
      const before = await db.manager.count(AuditEvent);
      await expect(
        db.transaction(async ({ manager }) => {
          await appendAudit(manager, null, { action: 'SHARING_AGREEMENT_REVOKED', subjectType: 'Test' });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await db.manager.count(AuditEvent)).toBe(before);
      expect(await db.manager.count(AuditEvent, { where: { action: 'SHARING_AGREEMENT_REVOKED' } })).toBe(0);
    });

    it('should keep the chain intact when writers race', async () => {
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          db.transaction(({ manager }) =>
            appendAudit(manager, null, {
              action: 'CASE_OFFICER_ASSIGNED',
              subjectType: 'Test',
              subjectId: String(i),
            }),
          ),
        ),
      );
      const result = await verifyAuditChain(db.manager);
      expect(result).toMatchObject({ ok: true, checked: 11, firstBroken: null });
    });
  });

  describe('append-only trigger', () => {
    it.each([
      ['UPDATE', `UPDATE audit_event SET reason = 'edited' WHERE seq = 2`],
      ['DELETE', `DELETE FROM audit_event WHERE seq = 2`],
      ['TRUNCATE', `TRUNCATE audit_event`],
    ])('should reject %s, even by the owner of the table', async (_op, sql) => {
      await expect(handle.asOwner((manager) => manager.query(sql))).rejects.toThrow(/append-only/);
      expect(await db.manager.count(AuditEvent)).toBe(11);
    });
  });

  describe('verifyAuditChain', () => {
    it('should verify a range and report its head', async () => {
      const all = await verifyAuditChain(db.manager);
      const part = await verifyAuditChain(db.manager, { fromSeq: 3, toSeq: 6 });
      expect(part).toMatchObject({ ok: true, checked: 4, firstSeq: 3, lastSeq: 6 });
      expect(all.headHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('should find a row altered by hand with the trigger disabled, and name the first broken link', async () => {
      // only the owner (or a superuser) can do this; the service's role cannot (audit-roles.db.spec)
      await handle.asOwner(async (manager) => {
        await manager.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        await manager.query(`UPDATE audit_event SET details = '{"i": 99}' WHERE seq = 4`);
        await manager.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
      });
      const result = await verifyAuditChain(db.manager);
      expect(result).toMatchObject({
        ok: false,
        checked: 3,
        lastSeq: 3,
        firstBroken: { seq: 4, reason: 'HASH_MISMATCH' },
      });
      expect((await verifyAuditChain(db.manager, { fromSeq: 5 })).ok).toBe(true);
    });
  });
});

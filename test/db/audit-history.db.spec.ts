import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../src/audit';
import { Database } from '../../src/db';
import { seedDemoData } from '../../src/db/demo-data';
import { AuditEvent, Force, Officer } from '../../src/entities';
import { defineAbilityFor } from '../../src/policy';
import {
  AuditEventOrder,
  AuditHistoryService,
  SEARCH_REQUEST_OF_EVENT,
} from '../../src/services/audit-history.service';
import { RequestMemo, type RequestContext } from '../../src/services/request-context';
import { UnitOfWork } from '../../src/services/unit-of-work';
import { openTestDatabase } from '../support/test-database';

/** Fails instead of hanging when the database is held by someone else (PGlite has one connection). */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function drain(chunks: AsyncGenerator<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe(AuditHistoryService.name, () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let service: AuditHistoryService;
  let commissioner: RequestContext;
  let forces: Record<string, string>;
  const otherForce = randomUUID(); // a force nobody here oversees

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    await seedDemoData(db);
    forces = Object.fromEntries((await db.manager.find(Force)).map((f) => [f.code, f.id]));
    const officer = await db.manager.findOneByOrFail(Officer, { subject: 'oversight.commissioner' });
    commissioner = {
      requestId: randomUUID(),
      officer,
      ability: defineAbilityFor({
        officerId: officer.id,
        forceId: officer.forceId,
        roles: officer.roles,
        reviewerCertifiedUntil: null,
        overseesForceIds: officer.overseesForceIds,
      }),
      memo: new RequestMemo(),
    };
    service = new AuditHistoryService(new UnitOfWork(db));
    await db.transaction(async ({ manager }) => {
      for (let i = 0; i < 30; i += 1) {
        const forceId = [forces.SWP, forces.GWP, otherForce][i % 3];
        await appendAudit(manager, null, {
          action: 'CASE_CREATED',
          subjectType: 'Test',
          subjectId: String(i),
          forceId,
          details: { i },
        });
      }
    });
  });
  afterAll(() => handle.close());

  describe('openExport', () => {
    it('should read page by page in short transactions, so other work runs while a download is paused', async () => {
      const started = await service.openExport(
        commissioner,
        'jsonl',
        { actions: ['CASE_CREATED'] },
        { pageSize: 4 },
      );
      const chunks = started.chunks();
      const first = await chunks.next();
      expect((first.value as string).trimEnd().split('\n')).toHaveLength(4);
      // the download is paused between pages: a write must get through (on PGlite it would hang otherwise)
      const late = await within(
        5000,
        db.transaction(({ manager }) =>
          appendAudit(manager, null, {
            action: 'CASE_CREATED',
            subjectType: 'Test',
            subjectId: 'late',
            forceId: forces.SWP,
          }),
        ),
      );
      const rest = await drain(chunks);
      const lines = [first.value as string, ...rest]
        .join('')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { seq: number; forceId: string });
      expect(rest).toHaveLength(4); // 20 events in scope, 4 a page: 5 pages
      expect(lines).toHaveLength(20);
      expect(late.seq).toBeGreaterThan(started.snapshotSeq);
      expect(lines.map((l) => l.seq)).not.toContain(late.seq);
      expect(lines.map((l) => l.seq)).toEqual([...lines.map((l) => l.seq)].sort((a, b) => a - b));
    });

    it('should not export events of another force', async () => {
      const started = await service.openExport(commissioner, 'jsonl', {}, { pageSize: 7 });
      const lines = (await drain(started.chunks()))
        .join('')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { forceId: string });
      expect(lines.length).toBe(
        await db.manager
          .createQueryBuilder(AuditEvent, 'e')
          .where('e.forceId IN (:...ids)', { ids: [forces.SWP, forces.GWP] })
          .andWhere('e.seq <= :s', { s: started.snapshotSeq })
          .getCount(),
      );
      expect(lines.some((l) => l.forceId === otherForce)).toBe(false);
    });

    it('should give the same events newest first as oldest first, reversed', async () => {
      const oldest = await service.openExport(commissioner, 'csv', { forceId: forces.GWP }, { pageSize: 3 });
      const oldestRows = (await drain(oldest.chunks())).join('').trimEnd().split('\r\n').slice(1);
      const newest = await service.openExport(
        commissioner,
        'csv',
        { forceId: forces.GWP },
        { order: AuditEventOrder.NEWEST_FIRST, pageSize: 3 },
      );
      const newestRows = (await drain(newest.chunks())).join('').trimEnd().split('\r\n').slice(1);
      // the second export also holds the record of the first one (and of itself)
      const seqOf = (row: string) => Number(row.split(',')[0]);
      expect(newestRows.filter((r) => seqOf(r) <= oldest.snapshotSeq)).toEqual([...oldestRows].reverse());
      expect(newestRows.map(seqOf).filter((s) => s > oldest.snapshotSeq)).toEqual([newest.snapshotSeq]);
    });
  });

  describe('history', () => {
    it("should give one search request's trail: its own events and those naming it, through one index", async () => {
      const requestId = randomUUID();
      const other = randomUUID();
      await db.transaction(async ({ manager }) => {
        await appendAudit(manager, null, {
          action: 'SEARCH_REQUEST_CREATED',
          subjectType: 'SearchRequest',
          subjectId: requestId,
          forceId: forces.SWP,
        });
        await appendAudit(manager, null, {
          action: 'REVIEW_TASK_CREATED',
          subjectType: 'ReviewTask',
          subjectId: randomUUID(),
          forceId: forces.SWP,
          details: { searchRequestId: requestId },
        });
        await appendAudit(manager, null, {
          action: 'SEARCH_REQUEST_CREATED',
          subjectType: 'SearchRequest',
          subjectId: other,
          forceId: forces.SWP,
        });
        await appendAudit(manager, null, {
          action: 'CASE_CREATED',
          subjectType: 'CaseFile',
          subjectId: requestId,
          forceId: forces.SWP,
        });
      });
      const page = await service.history(
        commissioner,
        { searchRequestId: requestId },
        { order: AuditEventOrder.OLDEST_FIRST },
      );
      expect(page.edges.map((e) => e.node.action)).toEqual(['SEARCH_REQUEST_CREATED', 'REVIEW_TASK_CREATED']);
      // the filter is the migration's indexed expression: a drift between the two would scan the whole log
      const plan: Array<Record<string, string>> = await db.transaction(async ({ manager }) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        return manager.query(
          `EXPLAIN SELECT e.seq FROM audit_event e WHERE ${SEARCH_REQUEST_OF_EVENT} = $1 ORDER BY e.seq`,
          [requestId],
        );
      });
      expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain('IDX_audit_event_search_request');
    });

    it('should refuse a searchRequestId that is not a UUID', async () => {
      await expect(service.history(commissioner, { searchRequestId: "x' OR 1=1" })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
    });
  });
});

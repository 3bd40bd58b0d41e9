import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/db';
import { seedDemoData } from '../../src/db/demo-data';
import { OversightStatisticsRepository } from '../../src/db/oversight-statistics.repository';
import { scrape } from '../../src/observability/metrics';
import { ActorCache } from '../../src/services/actor-cache';
import { CaseService } from '../../src/services/case.service';
import { RequestMemo, type RequestContext } from '../../src/services/request-context';
import { RetentionService } from '../../src/services/retention.service';
import { UnitOfWork } from '../../src/services/unit-of-work';
import { markerBytes, OversightFixture } from '../support/oversight-fixture';
import { openTestDatabase, testLogger, usingPostgres, type TestDatabase } from '../support/test-database';
import type { TestServer } from '../support/test-server';

jest.setTimeout(300_000);

const DAY = 86_400_000;
const fixtureOn = (db: Database) => OversightFixture.create({ db } as unknown as TestServer);

/** Everything still stored about a request: probe bytes and template, candidates, decisions, tombstone. */
async function stored(db: Database, requestId: string) {
  const [row] = await db.dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM search_probe WHERE request_id = $1) AS probes,
       (SELECT count(*)::int FROM search_probe WHERE request_id = $1 AND template IS NOT NULL) AS templates,
       (SELECT count(*)::int FROM search_candidate WHERE request_id = $1) AS candidates,
       (SELECT count(*)::int FROM review_decision WHERE request_id = $1) AS decisions,
       (SELECT count(*)::int FROM review_task WHERE request_id = $1) AS tasks,
       (SELECT count(*)::int FROM search_request_purge WHERE request_id = $1) AS tombstones,
       (SELECT purged_at FROM search_request WHERE id = $1) AS "purgedAt",
       (SELECT outcome FROM search_request WHERE id = $1) AS outcome`,
    [requestId],
  );
  return row as Record<string, unknown>;
}

describe(RetentionService.name, () => {
  let handle: TestDatabase;
  let db: Database;
  let fixture: OversightFixture;
  let retention: RetentionService;
  let cases: CaseService;
  let actors: ActorCache;
  let swp: string;
  const as = async (subject: string): Promise<RequestContext> => {
    const actor = (await actors.get(subject))!;
    return {
      requestId: randomUUID(),
      officer: actor.officer,
      ability: actor.ability,
      memo: new RequestMemo(),
    };
  };
  const audits = (action: string, requestId: string) =>
    db.dataSource.query(
      `SELECT actor_officer_id AS "actor", reason, details FROM audit_event WHERE action = $1 AND subject_id = $2 ORDER BY seq`,
      [action, requestId],
    ) as Promise<Array<{ actor: string | null; reason: string | null; details: Record<string, unknown> }>>;

  /** A NO_VIABLE_CANDIDATE request reviewed by both, with a probe template; outcome at `submittedAt` + 1 h. */
  const nvcRequest = async (submittedAt: string) => {
    const made = await fixture.request({
      force: 'SWP',
      submittedAt,
      status: 'NO_VIABLE_CANDIDATE',
      candidates: ['a', 'b', 'c'],
      reviews: { first: { a: 'INCONCLUSIVE' }, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 3600 },
    });
    await db.dataSource.query(
      `UPDATE search_probe SET template = '[0.25,0.5,0.75]', template_model_version = 'fixture-model' WHERE request_id = $1`,
      [made.id],
    );
    return made;
  };

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    await seedDemoData(db);
    fixture = await fixtureOn(db);
    await fixture.person('a', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '25-34' });
    await fixture.person('b', 'SWP', { ethnicity: 'B1', sex: 'F', ageBand: '35-44' });
    await fixture.person('c', 'SWP', { ethnicity: 'A1', sex: 'M' });
    const uow = new UnitOfWork(db);
    retention = new RetentionService(db, uow);
    cases = new CaseService(db, uow);
    actors = new ActorCache(db, 0);
    swp = fixture.forces.SWP;
    await retention.setPolicy(await as('swp.admin'), {
      afterNoViableCandidateDays: 30,
      afterCaseClosureDays: 60,
      afterHoldDays: 7,
      reason: 'Force retention policy 2026, as the DPIA sets it out.',
    });
  });
  afterAll(() => handle.close());

  describe('purgeDue', () => {
    it('should leave no probe bytes, template, candidates or decisions, only the tombstone, and keep the statistics', async () => {
      const { id } = await nvcRequest('2026-01-10T09:00:00Z');
      const scope = {
        forceIds: [swp],
        from: new Date('2026-01-01T00:00:00Z'),
        to: new Date('2026-02-01T00:00:00Z'),
      };
      const figures = async () => ({
        agreement: await OversightStatisticsRepository.decisionAgreement(db.manager, scope),
        groups: await OversightStatisticsRepository.demographicGroups(db.manager, scope),
        requests: await OversightStatisticsRepository.requestMonths(db.manager, scope),
      });
      const before = await figures();
      expect(before.agreement.find((r) => r.month === null)).toMatchObject({ compared: 3, agreed: 2 });
      expect(await stored(db, id)).toMatchObject({ probes: 1, templates: 1, candidates: 3, decisions: 6 });

      // 30 days after the outcome: not yet due one minute before, due one minute after
      const outcomeAt = new Date('2026-01-10T10:00:00Z').getTime();
      const early = await retention.purgeDue({
        forceCodes: ['SWP'],
        now: new Date(outcomeAt + 30 * DAY - 60_000),
      });
      expect(early.purged.map((p) => p.requestId)).not.toContain(id);
      const now = new Date(outcomeAt + 30 * DAY + 60_000);
      const dry = await retention.purgeDue({ forceCodes: ['SWP'], now, dryRun: true });
      expect(dry.purged.find((p) => p.requestId === id)?.counts).toMatchObject({
        candidates: 3,
        probeImages: 1,
      });
      expect(await stored(db, id)).toMatchObject({ probes: 1, candidates: 3, tombstones: 0 });

      const report = await retention.purgeDue({ forceCodes: ['SWP'], now });
      const mine = report.purged.find((p) => p.requestId === id)!;
      expect(mine).toMatchObject({
        forceCode: 'SWP',
        rule: 'NO_VIABLE_CANDIDATE',
        retentionDays: 30,
        counts: {
          probeImages: 1,
          probeImageBytes: markerBytes(`probe:${id}`).length,
          probeTemplates: 1,
          candidates: 3,
          reviewDecisions: 6,
        },
      });
      expect(report.failed).toEqual([]);
      // the tables themselves: nothing of the probe, list or decisions; the request, tasks and tombstone stay
      expect(await stored(db, id)).toMatchObject({
        probes: 0,
        templates: 0,
        candidates: 0,
        decisions: 0,
        tasks: 2,
        tombstones: 1,
        purgedAt: now,
        outcome: 'NO_VIABLE_CANDIDATE',
      });
      const marker = markerBytes(`probe:${id}`);
      const [{ copies }] = await db.dataSource.query(
        `SELECT (SELECT count(*) FROM search_probe WHERE bytes = $1) + (SELECT count(*) FROM image_upload WHERE bytes = $1) AS copies`,
        [marker],
      );
      expect(Number(copies)).toBe(0);
      const [tomb] = await db.dataSource.query(`SELECT * FROM search_request_purge WHERE request_id = $1`, [
        id,
      ]);
      expect(tomb).toMatchObject({
        rule: 'NO_VIABLE_CANDIDATE',
        retention_days: 30,
        probe_sha256: 'f'.repeat(64),
      });
      // an audit event by the system, with counts and the rule; nothing of the image or the template
      const [event] = await audits('SEARCH_REQUEST_PURGED', id);
      expect(event).toMatchObject({
        actor: null,
        details: { searchRequestId: id, rule: 'NO_VIABLE_CANDIDATE' },
      });
      const text = JSON.stringify(event);
      expect(text).not.toContain(marker.toString('base64'));
      expect(text).not.toContain('twokey-fixture-image');
      expect(text).not.toMatch(/0\.25|0\.75/);
      // oversight figures of the period read the same after the purge as before it
      expect(await figures()).toEqual(before);
      // the job's progress and the purge counter, as Prometheus scrapes them (counts only, no ids)
      const { body } = await scrape();
      expect(body).toMatch(/twokey_job_items\{job="purge",state="done"\} [1-9]/);
      expect(body).toMatch(/twokey_job_running\{job="purge"\} 0/);
      expect(body).toMatch(/twokey_search_requests_purged_total\{rule="NO_VIABLE_CANDIDATE"\} [1-9]/);
      expect(body).not.toContain(id);
      // a second run finds nothing more to do for it
      const again = await retention.purgeDue({ forceCodes: ['SWP'], now });
      expect(again.purged.map((p) => p.requestId)).not.toContain(id);
    });

    it('should not purge a held request, and purge it the after-hold period after the hold is released', async () => {
      const { id } = await nvcRequest('2026-02-10T09:00:00Z');
      const supervisor = await as('swp.supervisor');
      const placedAt = new Date('2026-03-01T00:00:00Z');
      await retention.placeHold(
        supervisor,
        id,
        {
          reason: 'Trial at Cardiff Crown Court, disclosure pending.',
          reviewAt: new Date('2026-09-01T00:00:00Z'),
        },
        placedAt,
      );
      // well past the no-viable-candidate period: the hold keeps it
      const held = await retention.purgeDue({ now: new Date('2026-06-01T00:00:00Z') });
      expect(held.purged.map((p) => p.requestId)).not.toContain(id);
      expect(await stored(db, id)).toMatchObject({ probes: 1, candidates: 3, tombstones: 0 });

      const releasedAt = new Date('2026-06-02T00:00:00Z');
      await retention.releaseHold(supervisor, id, 'Proceedings concluded, verdict given.', releasedAt);
      const [placed] = await audits('RETENTION_HOLD_PLACED', id);
      const [released] = await audits('RETENTION_HOLD_RELEASED', id);
      expect(placed).toMatchObject({
        actor: supervisor.officer!.id,
        reason: expect.stringContaining('Crown Court'),
      });
      expect(released).toMatchObject({ reason: 'Proceedings concluded, verdict given.' });
      // the after-hold period (7 days) runs from the release
      const soon = await retention.purgeDue({ now: new Date(releasedAt.getTime() + 6 * DAY) });
      expect(soon.purged.map((p) => p.requestId)).not.toContain(id);
      const later = await retention.purgeDue({ now: new Date(releasedAt.getTime() + 8 * DAY) });
      expect(later.purged.find((p) => p.requestId === id)).toMatchObject({
        rule: 'PROCEEDINGS_HOLD_ENDED',
        retentionDays: 7,
        countedFrom: releasedAt,
      });
      expect(await stored(db, id)).toMatchObject({ probes: 0, candidates: 0, decisions: 0, tombstones: 1 });
    });

    it('should roll back only the request whose purge fails, and audit the failure', async () => {
      const failing = await nvcRequest('2026-04-01T09:00:00Z');
      const other = await nvcRequest('2026-04-01T10:00:00Z');
      // a real database failure half-way through one request's purge (after its probe was deleted)
      await handle.asOwner(async (m) => {
        await m.query(`
          CREATE FUNCTION test_fail_candidate_delete() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'test: candidate delete refused'; END $$`);
        await m.query(
          `CREATE TRIGGER test_fail_candidate_delete BEFORE DELETE ON search_candidate FOR EACH ROW
           WHEN (OLD.request_id = '${failing.id}') EXECUTE FUNCTION test_fail_candidate_delete()`,
        );
      });
      try {
        const report = await retention.purgeDue({ now: new Date('2026-06-01T00:00:00Z') });
        expect(report.failed).toEqual([{ requestId: failing.id, code: 'INTERNAL' }]);
        expect(report.purged.map((p) => p.requestId)).toContain(other.id);
        expect(await stored(db, failing.id)).toMatchObject({
          probes: 1,
          templates: 1,
          candidates: 3,
          decisions: 6,
          tombstones: 0,
          purgedAt: null,
        });
        expect(await stored(db, other.id)).toMatchObject({ probes: 0, candidates: 0, tombstones: 1 });
        expect(await audits('SEARCH_REQUEST_PURGED', failing.id)).toEqual([]);
        expect(await audits('SEARCH_REQUEST_PURGE_FAILED', failing.id)).toEqual([
          expect.objectContaining({ details: expect.objectContaining({ code: 'INTERNAL' }) }),
        ]);
      } finally {
        await handle.asOwner(async (m) => {
          await m.query(`DROP TRIGGER test_fail_candidate_delete ON search_candidate`);
          await m.query(`DROP FUNCTION test_fail_candidate_delete()`);
        });
      }
      const retry = await retention.purgeDue({ now: new Date('2026-06-01T00:00:00Z') });
      expect(retry.purged.map((p) => p.requestId)).toEqual([failing.id]);
    });

    it('should purge a confirmed lead after its case is closed, keeping the lead outcome without its candidate', async () => {
      const made = await fixture.request({
        force: 'SWP',
        submittedAt: '2026-05-01T09:00:00Z',
        status: 'CONFIRMED',
        candidates: ['a', 'b'],
        reviews: { first: { a: 'POSSIBLE_MATCH' }, second: { a: 'POSSIBLE_MATCH' } },
        outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'a', afterSeconds: 3600 },
        lead: 'CORROBORATED',
      });
      const requester = await as('swp.requester');
      const closedAt = new Date('2026-07-01T00:00:00Z');
      const closed = await cases.close(
        requester,
        made.caseId,
        'Charged and convicted; case complete.',
        closedAt,
      );
      expect(closed).toMatchObject({ status: 'CLOSED', closedAt });
      const due = await retention.purgeDue({ now: new Date(closedAt.getTime() + 59 * DAY) });
      expect(due.purged.map((p) => p.requestId)).not.toContain(made.id);
      const report = await retention.purgeDue({ now: new Date(closedAt.getTime() + 61 * DAY) });
      expect(report.purged.find((p) => p.requestId === made.id)).toMatchObject({
        rule: 'CASE_CLOSED',
        retentionDays: 60,
        counts: { candidates: 2, leadOutcomesUnlinked: 1 },
      });
      expect(await stored(db, made.id)).toMatchObject({
        probes: 0,
        candidates: 0,
        tombstones: 1,
        outcome: 'POSSIBLE_MATCH',
      });
      const [lead] = await db.dataSource.query(
        `SELECT candidate_id, result FROM lead_outcome WHERE request_id = $1`,
        [made.id],
      );
      expect(lead).toEqual({ candidate_id: null, result: 'CORROBORATED' });
      // the append-only tables still refuse any other change
      await expect(
        db.dataSource.query(`UPDATE lead_outcome SET result = 'EXCLUDED' WHERE request_id = $1`, [made.id]),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.dataSource.query(`DELETE FROM search_request_purge WHERE request_id = $1`, [made.id]),
      ).rejects.toThrow(/append-only|permission denied/);
    });
  });

  describe('setPolicy and holds', () => {
    it('should refuse bad periods, unknown and other forces, holds without a reason or with a past review date', async () => {
      const admin = await as('swp.admin');
      const periods = {
        afterNoViableCandidateDays: 30,
        afterCaseClosureDays: 60,
        afterHoldDays: 7,
        reason: 'A good reason here.',
      };
      for (const bad of [
        { afterNoViableCandidateDays: -1 },
        { afterCaseClosureDays: 100_000 },
        { afterHoldDays: 1.5 },
      ])
        await expect(retention.setPolicy(admin, { ...periods, ...bad })).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          details: { field: Object.keys(bad)[0] },
        });
      await expect(retention.setPolicy(admin, { ...periods, forceId: randomUUID() })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        retention.setPolicy(admin, { ...periods, forceId: fixture.forces.GWP }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(retention.setPolicy(admin, { ...periods, reason: ' ' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'reason' },
      });
      await expect(retention.setPolicy(await as('swp.requester'), periods)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const [{ n }] = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ACCESS_DENIED' AND details ->> 'attempted' = 'update' AND subject_type = 'RetentionPolicy'`,
      );
      expect(n).toBe(2);

      const { id } = await nvcRequest('2026-08-01T09:00:00Z');
      const requester = await as('swp.requester');
      const now = new Date('2026-08-02T00:00:00Z');
      await expect(
        retention.placeHold(requester, id, { reason: '', reviewAt: new Date('2027-01-01T00:00:00Z') }, now),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reason' } });
      await expect(
        retention.placeHold(
          requester,
          id,
          { reason: 'Trial listed for next spring.', reviewAt: new Date('2026-08-01T00:00:00Z') },
          now,
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reviewAt' } });
      await expect(
        retention.placeHold(
          await as('swp.reviewer1'),
          id,
          { reason: 'Trial listed for next spring.', reviewAt: new Date('2027-01-01T00:00:00Z') },
          now,
        ),
      ).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
      await expect(
        retention.releaseHold(requester, id, 'Nothing to release here.', now),
      ).rejects.toMatchObject({
        code: 'INVALID_STATE',
      });
      // a renewal releases the hold in force as RENEWED and keeps one in force
      await retention.placeHold(
        requester,
        id,
        { reason: 'Trial listed for next spring.', reviewAt: new Date('2027-01-01T00:00:00Z') },
        now,
      );
      const renewed = await retention.placeHold(
        requester,
        id,
        { reason: 'Trial adjourned to the autumn.', reviewAt: new Date('2027-10-01T00:00:00Z') },
        new Date('2026-08-03T00:00:00Z'),
      );
      const holds = await db.dataSource.query(
        `SELECT id, released_at IS NULL AS open, release_reason FROM retention_hold WHERE request_id = $1 ORDER BY placed_at`,
        [id],
      );
      expect(holds).toEqual([
        expect.objectContaining({ open: false, release_reason: 'RENEWED' }),
        expect.objectContaining({ id: renewed.id, open: true, release_reason: null }),
      ]);
      // a hold that reaches its review date unrenewed lapses: the after-hold period runs from then
      const lapsed = await retention.purgeDue({
        now: new Date(new Date('2027-10-01T00:00:00Z').getTime() + 8 * DAY),
      });
      expect(lapsed.purged.find((p) => p.requestId === id)).toMatchObject({ rule: 'PROCEEDINGS_HOLD_ENDED' });
    });
  });
});

describe('npm run purge', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'twokey-purge-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const runCli = (env: NodeJS.ProcessEnv, args: string[]) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, '../../src/cli/purge.ts'), ...args],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stdout, stderr })),
    );
  };

  it('should report what is due on a dry run, then purge it, as a child process', async () => {
    let handle: TestDatabase | null = await openTestDatabase();
    let dataDir: string | undefined;
    let env: NodeJS.ProcessEnv;
    const prepare = async (db: Database) => {
      await seedDemoData(db);
      const fixture = await fixtureOn(db);
      await fixture.person('p', 'SWP', { sex: 'F' });
      const ids: string[] = [];
      // default periods (90 days after no viable candidate): long past for these
      for (const submittedAt of ['2025-01-10T09:00:00Z', '2025-02-10T09:00:00Z'])
        ids.push(
          (
            await fixture.request({
              force: 'SWP',
              submittedAt,
              status: 'NO_VIABLE_CANDIDATE',
              candidates: ['p'],
              reviews: { first: {}, second: {} },
              outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 600 },
            })
          ).id,
        );
      return ids;
    };
    let ids: string[];
    if (usingPostgres()) {
      ids = await prepare(handle.db);
      env = { ...process.env, DATABASE_URL: handle.url, DATABASE_MIGRATION_URL: handle.ownerUrl };
    } else {
      await handle.close();
      handle = null;
      dataDir = join(root, 'pglite');
      const prepared = await Database.open({ kind: 'pglite', dataDir }, testLogger);
      await prepared.migrate();
      ids = await prepare(prepared);
      await prepared.close();
      env = { ...process.env, PGLITE_DATA_DIR: dataDir };
      delete env.DATABASE_URL;
    }
    const open = async () => (dataDir ? Database.open({ kind: 'pglite', dataDir }, testLogger) : handle!.db);
    const counts = async () => {
      const db = await open();
      try {
        const [row] = await db.dataSource.query(
          `SELECT (SELECT count(*)::int FROM search_probe WHERE request_id = ANY($1::uuid[])) AS probes,
                  (SELECT count(*)::int FROM search_candidate WHERE request_id = ANY($1::uuid[])) AS candidates,
                  (SELECT count(*)::int FROM search_request_purge WHERE request_id = ANY($1::uuid[])) AS tombstones,
                  (SELECT count(*)::int FROM audit_event WHERE action = 'SEARCH_REQUEST_PURGED') AS events`,
          [ids],
        );
        return row;
      } finally {
        if (dataDir) await db.close();
      }
    };
    try {
      const unknown = await runCli(env, ['--force', 'XYZ']);
      expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Unknown force code: XYZ')]);

      const dry = await runCli(env, ['--force', 'SWP', '--dry-run', '--json']);
      expect([dry.code, dry.stderr.slice(-300)]).toEqual([0, expect.any(String)]);
      const dryReport = JSON.parse(dry.stdout);
      expect(dryReport).toMatchObject({ dryRun: true, due: 2, totals: { probeImages: 2, candidates: 2 } });
      expect(await counts()).toEqual({ probes: 2, candidates: 2, tombstones: 0, events: 0 });

      const first = await runCli(env, ['--force', 'SWP', '--batch', '1']);
      expect([first.code, first.stdout]).toEqual([0, expect.stringContaining('purged 1 of 2 requests due')]);
      expect(first.stderr).toMatch(/progress 1\/1 failed 0|purging/);
      expect(await counts()).toEqual({ probes: 1, candidates: 1, tombstones: 1, events: 1 });

      const rest = await runCli(env, ['--json']);
      expect(rest.code).toBe(0);
      const report = JSON.parse(rest.stdout);
      expect(report).toMatchObject({ dryRun: false, due: 1, failed: [] });
      expect(report.purged).toEqual([
        expect.objectContaining({ forceCode: 'SWP', rule: 'NO_VIABLE_CANDIDATE' }),
      ]);
      expect(await counts()).toEqual({ probes: 0, candidates: 0, tombstones: 2, events: 2 });
    } finally {
      if (handle) await handle.close();
    }
  });
});

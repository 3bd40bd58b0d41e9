import { parse as parseCsv } from 'csv-parse/sync';
import { In, LessThan, LessThanOrEqual, type FindOptionsWhere } from 'typeorm';
import { appendAudit, chainHash } from '../../src/audit';
import { AuditEvent, Force, OffenceCategory, Officer, Role } from '../../src/entities';
import { AuditService } from '../../src/services/audit.service';
import { AuditHistoryService } from '../../src/services/audit-history.service';
import { graphql } from '../gql';
import type { AuditEventFilter, AuditEventOrder, AuditEventsQuery } from '../gql/graphql';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

const AuditEvents = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $order: AuditEventOrder!) {
    auditEvents(filter: $filter, first: $first, after: $after, order: $order) {
      edges {
        node {
          seq
          id
          occurredAt
          actor {
            officerId
            forceId
          }
          action
          subjectType
          subjectId
          forceId
          reason
          details
          prevHash
          hash
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ExportHead = graphql(`
  mutation ExportAuditChainHead {
    exportAuditChainHead {
      seq
      hash
      occurredAt
      exportedAt
    }
  }
`);

const VerifyChainRange = graphql(`
  query VerifyChainRange($fromSeq: Int) {
    verifyAuditChain(fromSeq: $fromSeq) {
      ok
      checked
      headHash
      firstBroken {
        seq
        reason
      }
    }
  }
`);

const CreateCaseForOversight = graphql(`
  mutation CreateCaseForOversight($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

const CaseForOversight = graphql(`
  query CaseForOversight($id: ID!) {
    case(id: $id) {
      id
    }
  }
`);

type EventView = AuditEventsQuery['auditEvents']['edges'][number]['node'];
type ForceCode = 'SWP' | 'GWP' | 'NWP';

/** Everyone except oversight; none of them may read or export the audit log. */
const NON_OVERSIGHT = [
  'swp.requester',
  'swp.authoriser',
  'swp.reviewer1',
  'swp.supervisor',
  'swp.gallery',
  'swp.admin',
  'gwp.admin',
];

/**
 * The commissioner oversees SWP and GWP; a third force (NWP) and an ethics committee that
 * oversees GWP only are added here, straight into the database.
 */
async function startWithThreeForces() {
  const server = await TestServer.start();
  const m = server.db.manager;
  const forces = Object.fromEntries((await m.find(Force)).map((f) => [f.code, f.id])) as Record<
    ForceCode,
    string
  >;
  forces.NWP = (
    await m.save(
      m.create(Force, {
        code: 'NWP',
        name: 'North Wales Police',
        allowedOffenceCategories: [OffenceCategory.ROBBERY],
      }),
    )
  ).id;
  await m.save([
    m.create(Officer, {
      subject: 'nwp.requester',
      forceId: forces.NWP,
      displayName: 'DC Nia Roberts',
      roles: [Role.REQUESTER],
      overseesForceIds: [],
    }),
    m.create(Officer, {
      subject: 'gwp.ethics',
      forceId: forces.GWP,
      displayName: 'Gwent Ethics Committee',
      roles: [Role.OVERSIGHT],
      overseesForceIds: [forces.GWP],
    }),
  ]);
  const officerId = async (subject: string) => (await m.findOneByOrFail(Officer, { subject })).id;
  return { server, forces, officerId };
}

describe(AuditHistoryService.name, () => {
  let server: TestServer;
  let forces: Record<ForceCode, string>;
  let officerId: (subject: string) => Promise<string>;
  const caseIds: Record<ForceCode, string[]> = { SWP: [], GWP: [], NWP: [] };
  const auditCount = (where: FindOptionsWhere<AuditEvent>) => server.db.manager.count(AuditEvent, { where });
  const base = () => server.url.replace(/\/graphql$/, '');

  /**
   * Every event a caller can list, walking the pages; with `untilSeq`, those up to it (each read
   * of the log is itself recorded, so later listings also hold the records of earlier ones).
   */
  async function listAll(
    as: string,
    filter: AuditEventFilter = {},
    order: AuditEventOrder = 'OLDEST_FIRST',
    first = 500,
    untilSeq = Number.MAX_SAFE_INTEGER,
  ): Promise<EventView[]> {
    const events: EventView[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<AuditEventsQuery> = await server.gql(
        AuditEvents,
        { filter, first, after, order },
        { as },
      );
      expect(response.errors).toBeUndefined();
      const page: AuditEventsQuery['auditEvents'] = response.data!.auditEvents;
      expect(page.edges.length).toBeLessThanOrEqual(first);
      events.push(...page.edges.map((e) => e.node).filter((e) => e.seq <= untilSeq));
      if (!page.pageInfo.hasNextPage) return events;
      after = page.pageInfo.endCursor!;
    }
  }

  async function download(
    format: 'csv' | 'jsonl',
    params: Record<string, string | string[]> = {},
    as?: string,
  ) {
    const url = new URL(`/exports/audit-events.${format}`, base());
    for (const [key, value] of Object.entries(params))
      for (const v of [value].flat()) url.searchParams.append(key, v);
    const response = await fetch(url, {
      headers: as ? { authorization: `Bearer ${await server.token(as)}` } : {},
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  beforeAll(async () => {
    ({ server, forces, officerId } = await startWithThreeForces());
    const open = async (as: string, force: ForceCode, n: number) => {
      for (let i = 0; i < n; i += 1) {
        const created = await server.gql(
          CreateCaseForOversight,
          { input: { crimeReference: `${force}/${i}/26`, offenceCategory: 'ROBBERY' } },
          { as },
        );
        expect(created.errors).toBeUndefined();
        caseIds[force].push(created.data!.createCase.id);
      }
    };
    await open('swp.requester', 'SWP', 3);
    await open('gwp.requester', 'GWP', 2);
    await open('nwp.requester', 'NWP', 2);
    // a refusal that concerns SWP: Gwent's requester asks for an SWP case (told NOT_FOUND, recorded as a denial)
    expect(
      codes(await server.gql(CaseForOversight, { id: caseIds.SWP[0] }, { as: 'gwp.requester' })),
    ).toEqual(['NOT_FOUND']);
    // free text that needs quoting in CSV, and non-ASCII details (no case officer is assigned otherwise here)
    await server.db.transaction(({ manager }) =>
      appendAudit(manager, null, {
        action: 'CASE_OFFICER_ASSIGNED',
        subjectType: 'Case',
        subjectId: caseIds.SWP[1],
        forceId: forces.SWP,
        reason: 'Seen "near" the station,\r\nthen left',
        details: { note: 'Ynys Môn, Llŷn', empty: '', nested: { n: 1 } },
      }),
    );
  });
  afterAll(() => server.stop());

  describe('auditEvents', () => {
    it('should show oversight every event of the forces it oversees, and only those', async () => {
      const events = await listAll('oversight.commissioner');
      // the read's own records come after what it read
      expect(events.length).toBe(
        await auditCount({ forceId: In([forces.SWP, forces.GWP]), seq: LessThanOrEqual(events.at(-1)!.seq) }),
      );
      expect(new Set(events.map((e) => e.forceId))).toEqual(new Set([forces.SWP, forces.GWP]));
      const created = events.filter((e) => e.action === 'CASE_CREATED').map((e) => e.subjectId);
      expect(created).toEqual([...caseIds.SWP, ...caseIds.GWP]);
      expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
    });

    it('should not show events of another force', async () => {
      const events = await listAll('gwp.ethics');
      expect(events.length).toBe(
        await auditCount({ forceId: forces.GWP, seq: LessThanOrEqual(events.at(-1)!.seq) }),
      );
      expect(events.every((e) => e.forceId === forces.GWP)).toBe(true);
      const subjects = events.map((e) => e.subjectId);
      for (const id of [...caseIds.SWP, ...caseIds.NWP]) expect(subjects).not.toContain(id);
      const commissioner = await listAll('oversight.commissioner');
      for (const id of caseIds.NWP) expect(commissioner.map((e) => e.subjectId)).not.toContain(id);
    });

    it('should refuse a filter on a force the caller does not oversee, and record the attempt', async () => {
      const ethics = await officerId('gwp.ethics');
      const before = await auditCount({
        action: 'ACCESS_DENIED',
        actorOfficerId: ethics,
        forceId: forces.SWP,
      });
      const response = await server.gql(
        AuditEvents,
        { filter: { forceId: forces.SWP }, first: 10, order: 'NEWEST_FIRST' },
        { as: 'gwp.ethics' },
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
      expect(await auditCount({ action: 'ACCESS_DENIED', actorOfficerId: ethics, forceId: forces.SWP })).toBe(
        before + 1,
      );
      const nwp = await server.gql(
        AuditEvents,
        { filter: { forceId: forces.NWP }, first: 10, order: 'NEWEST_FIRST' },
        { as: 'oversight.commissioner' },
      );
      expect(codes(nwp)).toEqual(['FORBIDDEN']);
    });

    it('should show each event with its actor, subject, reason, details and place in the chain', async () => {
      const events = await listAll('oversight.commissioner');
      const created = events.find((e) => e.action === 'CASE_CREATED' && e.subjectId === caseIds.SWP[0])!;
      expect(created).toMatchObject({
        actor: { officerId: await officerId('swp.requester'), forceId: forces.SWP },
        subjectType: 'Case',
        forceId: forces.SWP,
        reason: null,
        details: { crimeReference: 'SWP/0/26', offenceCategory: 'ROBBERY' },
      });
      const stored = await server.db.manager.findOneByOrFail(AuditEvent, { seq: created.seq });
      expect(created).toMatchObject({
        id: stored.id,
        hash: stored.hash,
        prevHash: stored.prevHash,
        occurredAt: stored.occurredAt.toISOString(),
      });
      const note = events.find((e) => e.action === 'CASE_OFFICER_ASSIGNED')!;
      expect(note).toMatchObject({
        actor: null,
        reason: 'Seen "near" the station,\r\nthen left',
        details: { note: 'Ynys Môn, Llŷn', empty: '', nested: { n: 1 } },
      });
      // consecutive visible events of a contiguous stretch link up
      const previous = events.find((e) => e.seq === created.seq - 1);
      if (previous) expect(created.prevHash).toBe(previous.hash);
    });

    it('should filter by actor, subject, actions and time range, alone and together', async () => {
      const all = await listAll('oversight.commissioner');
      const gwpRequester = await officerId('gwp.requester');
      const middle = all[Math.floor(all.length / 2)];
      const at = (e: EventView) => new Date(e.occurredAt).getTime();
      const cases: Array<[AuditEventFilter, (e: EventView) => boolean]> = [
        [{ actorOfficerId: gwpRequester }, (e) => e.actor?.officerId === gwpRequester],
        [
          { subjectType: 'Case', subjectId: caseIds.SWP[0] },
          (e) => e.subjectType === 'Case' && e.subjectId === caseIds.SWP[0],
        ],
        [
          { actions: ['ACCESS_DENIED', 'CASE_OFFICER_ASSIGNED'] },
          (e) => e.action === 'ACCESS_DENIED' || e.action === 'CASE_OFFICER_ASSIGNED',
        ],
        [{ forceId: forces.GWP }, (e) => e.forceId === forces.GWP],
        [{ occurredFrom: middle.occurredAt }, (e) => at(e) >= at(middle)],
        [{ occurredTo: middle.occurredAt }, (e) => at(e) < at(middle)],
        [
          {
            actions: ['CASE_CREATED'],
            forceId: forces.SWP,
            occurredFrom: all[0].occurredAt,
            occurredTo: new Date(Date.now() + 60_000).toISOString(),
          },
          (e) => e.action === 'CASE_CREATED' && e.forceId === forces.SWP,
        ],
      ];
      const until = all.at(-1)!.seq;
      for (const [filter, keep] of cases) {
        const expected = all.filter(keep).map((e) => e.seq);
        expect(expected.length).toBeGreaterThan(0);
        expect(
          (await listAll('oversight.commissioner', filter, 'OLDEST_FIRST', 2, until)).map((e) => e.seq),
        ).toEqual(expected);
        expect(
          (await listAll('oversight.commissioner', filter, 'NEWEST_FIRST', 3, until)).map((e) => e.seq),
        ).toEqual([...expected].reverse());
      }
      const accessDenied = await listAll('oversight.commissioner', {
        actions: ['ACCESS_DENIED'],
        subjectType: 'Case',
        subjectId: caseIds.SWP[0],
      });
      expect(accessDenied.map((e) => e.actor?.officerId)).toEqual([gwpRequester]);
    });

    it('should page newest first and oldest first with an opaque cursor, without gaps or repeats', async () => {
      const all = (await listAll('oversight.commissioner')).map((e) => e.seq);
      const newest = (await listAll('oversight.commissioner', {}, 'NEWEST_FIRST', 2, all.at(-1))).map(
        (e) => e.seq,
      );
      const oldest = (await listAll('oversight.commissioner', {}, 'OLDEST_FIRST', 3, all.at(-1))).map(
        (e) => e.seq,
      );
      expect(newest).toEqual([...all].reverse());
      expect(oldest).toEqual(all);
      const first = await server.gql(
        AuditEvents,
        { first: 2, order: 'NEWEST_FIRST' },
        { as: 'oversight.commissioner' },
      );
      const cursor = first.data!.auditEvents.pageInfo.endCursor!;
      expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
      expect(cursor).not.toContain(String(first.data!.auditEvents.edges.map((e) => e.node)[1].seq));
    });

    it('should give a reader who keeps the last cursor only the events added since', async () => {
      const last = await server.gql(AuditEvents, { first: 500, order: 'OLDEST_FIRST' }, { as: 'gwp.ethics' });
      expect(last.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
      const cursor = last.data!.auditEvents.pageInfo.endCursor;
      const empty = await server.gql(
        AuditEvents,
        { first: 10, after: cursor, order: 'OLDEST_FIRST' },
        { as: 'gwp.ethics' },
      );
      // (the reader's own reads are recorded, but not listed back to them)
      expect(empty.data!.auditEvents.edges).toEqual([]);
      expect(empty.data!.auditEvents.pageInfo).toMatchObject({ endCursor: cursor, hasNextPage: false });
      const created = await server.gql(
        CreateCaseForOversight,
        { input: { crimeReference: 'GWP/tail/26', offenceCategory: 'ROBBERY' } },
        { as: 'gwp.requester' },
      );
      caseIds.GWP.push(created.data!.createCase.id);
      const next = await server.gql(
        AuditEvents,
        { first: 10, after: cursor, order: 'OLDEST_FIRST' },
        { as: 'gwp.ethics' },
      );
      expect(next.data!.auditEvents.edges.map((e) => e.node).map((e) => [e.action, e.subjectId])).toEqual([
        ['CASE_CREATED', created.data!.createCase.id],
      ]);
    });

    it('should refuse a page size over the maximum and a cursor it did not issue', async () => {
      expect(
        codes(
          await server.gql(
            AuditEvents,
            { first: 501, order: 'NEWEST_FIRST' },
            { as: 'oversight.commissioner' },
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(
          await server.gql(
            AuditEvents,
            { first: 0, order: 'NEWEST_FIRST' },
            { as: 'oversight.commissioner' },
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(
          await server.gql(
            AuditEvents,
            { first: 5, after: 'bm90LWEtY3Vyc29y', order: 'NEWEST_FIRST' },
            { as: 'oversight.commissioner' },
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(
          await server.gql(
            AuditEvents,
            { filter: { actorOfficerId: 'not-a-uuid' }, first: 5, order: 'NEWEST_FIRST' },
            { as: 'oversight.commissioner' },
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it.each(NON_OVERSIGHT)('should refuse %s with FORBIDDEN and record the refusal', async (as) => {
      const actor = await officerId(as);
      const before = await auditCount({
        action: 'ACCESS_DENIED',
        actorOfficerId: actor,
        subjectType: 'AuditEvent',
      });
      const response = await server.gql(AuditEvents, { first: 10, order: 'NEWEST_FIRST' }, { as });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
      expect(
        await auditCount({ action: 'ACCESS_DENIED', actorOfficerId: actor, subjectType: 'AuditEvent' }),
      ).toBe(before + 1);
    });
  });

  describe('exportHead', () => {
    it('should return the chain head, recorded as its own export, matching the stored chain', async () => {
      const response = await server.gql(ExportHead, {}, { as: 'oversight.commissioner' });
      expect(response.errors).toBeUndefined();
      const head = response.data!.exportAuditChainHead;
      const stored = await server.db.manager.find(AuditEvent, { order: { seq: 'DESC' }, take: 1 });
      expect(stored[0]).toMatchObject({
        seq: head.seq,
        hash: head.hash,
        action: 'AUDIT_CHAIN_HEAD_EXPORTED',
        actorOfficerId: await officerId('oversight.commissioner'),
      });
      expect(stored[0].occurredAt.toISOString()).toBe(head.occurredAt);
      expect(new Date(head.exportedAt).getTime()).toBeGreaterThanOrEqual(new Date(head.occurredAt).getTime());
      // verification recomputes the chain up to this head before recording itself
      const verified = await server.gql(VerifyChainRange, {}, { as: 'oversight.commissioner' });
      // `checked` counts the commissioner's forces' events only; the whole chain is verified
      const ownEvents = await auditCount({
        forceId: In([forces.SWP, forces.GWP]),
        seq: LessThanOrEqual(head.seq),
      });
      expect(ownEvents).toBeLessThan(head.seq);
      expect(verified.data!.verifyAuditChain).toMatchObject({
        ok: true,
        checked: ownEvents,
        headHash: head.hash,
      });
    });

    it('should refuse everyone but oversight with FORBIDDEN, and record the refusal', async () => {
      const before = await auditCount({ action: 'ACCESS_DENIED', subjectType: 'AuditChain' });
      for (const as of ['swp.admin', 'gwp.requester'])
        expect(codes(await server.gql(ExportHead, {}, { as }))).toEqual(['FORBIDDEN']);
      expect(await auditCount({ action: 'ACCESS_DENIED', subjectType: 'AuditChain' })).toBe(before + 2);
      expect(await auditCount({ action: 'AUDIT_CHAIN_HEAD_EXPORTED' })).toBe(2); // one export, recorded for each overseen force
    });
  });

  describe('openExport over HTTP', () => {
    /** What the API says about the same events, for comparison with a file. */
    const viaApi = async (as: string, filter: AuditEventFilter, untilSeq: number) =>
      (await listAll(as, filter)).filter((e) => e.seq <= untilSeq);
    const asRecord = (e: EventView) => ({
      seq: e.seq,
      id: e.id,
      occurredAt: e.occurredAt,
      actorOfficerId: e.actor?.officerId ?? null,
      actorForceId: e.actor?.forceId ?? null,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId ?? null,
      forceId: e.forceId ?? null,
      reason: e.reason ?? null,
      details: e.details,
      prevHash: e.prevHash,
      hash: e.hash,
    });

    it('should stream CSV that parses back to the same events as the query', async () => {
      const file = await download('csv', {}, 'oversight.commissioner');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(file.headers.get('content-disposition')).toMatch(
        /^attachment; filename="audit-events-\d+\.csv"$/,
      );
      const snapshot = Number(file.headers.get('x-audit-snapshot-seq'));
      // an empty unquoted field is null; a quoted empty one is the empty string
      const rows: Array<Record<string, string>> = parseCsv(file.body, {
        columns: true,
        cast: (value, context) => (value === '' && !context.quoting ? null : value),
      });
      expect(file.body.split('\r\n')[0]).toBe(
        'seq,id,occurredAt,actorOfficerId,actorForceId,action,subjectType,subjectId,forceId,reason,details,prevHash,hash',
      );
      const parsed: Array<Record<string, unknown>> = rows.map((r) => ({
        ...r,
        seq: Number(r.seq),
        details: JSON.parse(r.details) as unknown,
      }));
      expect(parsed).toEqual((await viaApi('oversight.commissioner', {}, snapshot)).map(asRecord));
      expect(parsed.find((r) => r.action === 'CASE_OFFICER_ASSIGNED')).toMatchObject({
        reason: 'Seen "near" the station,\r\nthen left',
        details: { note: 'Ynys Môn, Llŷn', empty: '' },
      });
    });

    it('should stream JSON Lines whose every line re-verifies against the chain', async () => {
      const filter = { forceId: forces.SWP, actions: 'CASE_CREATED,ACCESS_DENIED', order: 'NEWEST_FIRST' };
      const file = await download('jsonl', filter, 'oversight.commissioner');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^application\/jsonl/);
      expect(file.body.endsWith('\n')).toBe(true);
      const lines = file.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      const expected = await viaApi(
        'oversight.commissioner',
        { forceId: forces.SWP, actions: ['CASE_CREATED', 'ACCESS_DENIED'] },
        Number(file.headers.get('x-audit-snapshot-seq')),
      );
      expect(lines).toEqual(expected.reverse().map(asRecord));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines)
        expect(chainHash(line.prevHash, { ...line, occurredAt: new Date(line.occurredAt) })).toBe(line.hash);
    });

    it('should record the export with its filters before the first byte, once per force it can hold', async () => {
      const commissioner = await officerId('oversight.commissioner');
      const filtered = await download(
        'jsonl',
        { forceId: forces.GWP, actions: ['CASE_CREATED'], occurredFrom: '2020-01-01T00:00:00Z' },
        'oversight.commissioner',
      );
      const snapshot = Number(filtered.headers.get('x-audit-snapshot-seq'));
      const recorded = await server.db.manager.findOneByOrFail(AuditEvent, { seq: snapshot });
      expect(recorded).toMatchObject({
        action: 'AUDIT_EXPORTED',
        subjectType: 'AuditEvent',
        forceId: forces.GWP,
        actorOfficerId: commissioner,
        details: {
          exportId: filtered.headers.get('x-audit-export-id'),
          format: 'jsonl',
          order: 'OLDEST_FIRST',
          forceIds: [forces.GWP],
          filters: {
            forceId: forces.GWP,
            actions: ['CASE_CREATED'],
            occurredFrom: '2020-01-01T00:00:00.000Z',
          },
        },
      });

      const all = await download('csv', {}, 'oversight.commissioner');
      const exportId = all.headers.get('x-audit-export-id');
      const records = (
        await server.db.manager.find(AuditEvent, {
          where: { action: 'AUDIT_EXPORTED', actorOfficerId: commissioner },
          order: { seq: 'ASC' },
        })
      ).filter((e) => e.details.exportId === exportId);
      expect(records.map((e) => e.forceId).sort()).toEqual([forces.SWP, forces.GWP].sort());
      expect(records.at(-1)!.seq).toBe(Number(all.headers.get('x-audit-snapshot-seq')));
      // the file holds the record of its own making, and oversight of GWP can see it happened
      expect(all.body).toContain(records[0].id);
      const seenByEthics = await listAll('gwp.ethics', { actions: ['AUDIT_EXPORTED'] });
      expect(
        seenByEthics.some(
          (e) =>
            (e.details as { exportId?: string }).exportId === exportId && e.actor?.officerId === commissioner,
        ),
      ).toBe(true);
    });

    it('should not export events of another force', async () => {
      const file = await download('jsonl', {}, 'gwp.ethics');
      expect(file.status).toBe(200);
      const lines = file.body
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.every((l) => l.forceId === forces.GWP)).toBe(true);
      const refused = await download('csv', { forceId: forces.SWP }, 'gwp.ethics');
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    });

    it.each(['swp.admin', 'swp.requester', 'gwp.reviewer'])(
      'should refuse %s with HTTP 403 and a coded JSON error, and record the refusal',
      async (as) => {
        const actor = await officerId(as);
        const before = await auditCount({ action: 'ACCESS_DENIED', actorOfficerId: actor });
        const exportsBefore = await auditCount({ action: 'AUDIT_EXPORTED' });
        for (const format of ['csv', 'jsonl'] as const) {
          const file = await download(format, {}, as);
          expect(file.status).toBe(403);
          expect(file.headers.get('content-type')).toMatch(/^application\/json/);
          expect(JSON.parse(file.body)).toEqual({
            error: {
              code: 'FORBIDDEN',
              message: expect.any(String),
              action: 'export',
              subject: 'AuditEvent',
            },
          });
        }
        expect(await auditCount({ action: 'ACCESS_DENIED', actorOfficerId: actor })).toBe(before + 2);
        expect(await auditCount({ action: 'AUDIT_EXPORTED' })).toBe(exportsBefore);
      },
    );

    it('should refuse a missing token with 401, and unknown or malformed parameters with 400', async () => {
      const anonymous = await download('csv');
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.body).error.code).toBe('UNAUTHENTICATED');
      const malformed: Array<Record<string, string | string[]>> = [
        { forceID: forces.GWP },
        { occurredFrom: 'yesterday' },
        { order: 'sideways' },
        { actorOfficerId: 'not-a-uuid' },
        { forceId: [forces.GWP, forces.SWP] },
      ];
      for (const params of malformed) {
        const file = await download('jsonl', params, 'oversight.commissioner');
        expect([file.status, JSON.parse(file.body).error.code]).toEqual([400, 'BAD_USER_INPUT']);
      }
    });
  });
});

describe(AuditService.name, () => {
  let server: TestServer;
  let forces: Record<ForceCode, string>;

  beforeAll(async () => {
    ({ server, forces } = await startWithThreeForces());
    for (let i = 0; i < 3; i += 1) {
      await server.gql(
        CreateCaseForOversight,
        { input: { crimeReference: `T/${i}/26`, offenceCategory: 'BURGLARY' } },
        { as: 'swp.requester' },
      );
    }
  });
  afterAll(() => server.stop());

  describe('verifyChain', () => {
    it('should find an event tampered with in the database, and name the first broken link', async () => {
      const target = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'CASE_CREATED' },
        order: { seq: 'DESC' },
      });
      expect(
        (await server.gql(VerifyChainRange, {}, { as: 'oversight.commissioner' })).data!.verifyAuditChain.ok,
      ).toBe(true);
      // only the owner role (or a superuser) can do this; the service's role cannot
      await server.asOwner(async (manager) => {
        await manager.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
        await manager.query(
          `UPDATE audit_event SET details = jsonb_set(details, '{crimeReference}', '"T/forged/26"') WHERE seq = $1`,
          [target.seq],
        );
        await manager.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
      });
      const result = (await server.gql(VerifyChainRange, {}, { as: 'oversight.commissioner' })).data!
        .verifyAuditChain;
      const overseenBefore = await server.db.manager.count(AuditEvent, {
        where: { forceId: In([forces.SWP, forces.GWP]), seq: LessThan(target.seq) },
      });
      expect(result).toMatchObject({
        ok: false,
        checked: overseenBefore,
        firstBroken: { seq: target.seq, reason: 'HASH_MISMATCH' },
      });
      const after = (
        await server.gql(VerifyChainRange, { fromSeq: target.seq + 1 }, { as: 'oversight.commissioner' })
      ).data!.verifyAuditChain;
      expect(after.ok).toBe(true);

      // the exported copy shows the same: its stored hash no longer fits its content
      const response = await fetch(new URL('/exports/audit-events.jsonl', server.url), {
        headers: { authorization: `Bearer ${await server.token('oversight.commissioner')}` },
      });
      const lines = (await response.text())
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      const misfits = lines
        .filter((l) => chainHash(l.prevHash, { ...l, occurredAt: new Date(l.occurredAt) }) !== l.hash)
        .map((l) => l.seq);
      expect(misfits).toEqual([target.seq]);
    });
  });
});

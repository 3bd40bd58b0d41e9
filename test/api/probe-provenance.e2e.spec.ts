import { parse as parseCsv } from 'csv-parse/sync';
import { AuditEvent, SearchRequest } from '../../src/entities';
import { graphql } from '../gql';
import type { ProbeProvenanceInput } from '../gql/graphql';
import { demoFaces } from '../support/faces';
import { OversightFixture } from '../support/oversight-fixture';
import {
  Enrolled,
  JUSTIFICATION,
  matchOnly,
  ok,
  PROVENANCE,
  WfClose,
  WfWithdraw,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, GraphQLResponse, TestServer } from '../support/test-server';

/**
 * Probe provenance (issue 16, item 1): where a probe image came from is required when a search is
 * requested — source type, who obtained it and when, from where, its exhibit reference — refused
 * with BAD_USER_INPUT naming the field when missing or wrong, stored with the request, recorded in
 * the creation's audit event, shown to those who read the request's grounds and to the reviewer
 * holding a task, put in the disclosure pack, kept by a purge, and counted in oversight statistics
 * (requests by source type; NOT_RECORDED for requests made before it was required).
 */
const PvCreate = graphql(`
  mutation PvCreate($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      probeProvenance {
        sourceType
        otherSourceType
        obtainedBy
        obtainedAt
        obtainedFrom
        exhibitReference
      }
    }
  }
`);

const PvRead = graphql(`
  query PvRead($id: ID!) {
    searchRequest(id: $id) {
      id
      visibleFields
      probeProvenance {
        sourceType
        otherSourceType
        obtainedBy
        obtainedAt
        obtainedFrom
        exhibitReference
      }
      purged {
        rule
      }
    }
  }
`);

const PvPacket = graphql(`
  query PvPacket($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probeProvenance {
        sourceType
        otherSourceType
        obtainedBy
        obtainedAt
        obtainedFrom
        exhibitReference
      }
    }
  }
`);

const PvPack = graphql(`
  query PvPack($id: ID!) {
    disclosurePack(id: $id) {
      request {
        probeProvenance {
          sourceType
          exhibitReference
        }
      }
      probe {
        imageBase64
        provenance {
          sourceType
          otherSourceType
          obtainedBy
          obtainedAt
          obtainedFrom
          exhibitReference
        }
      }
      html
    }
  }
`);

const PvStatistics = graphql(`
  query PvStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    oversightStatistics(from: $from, to: $to) {
      months {
        forceCode
        month
        requests
        bySourceType {
          category
          count
        }
      }
      totals {
        forceCode
        requests
        bySourceType {
          category
          count
        }
      }
    }
  }
`);

const SOURCE_TYPES = [
  'CCTV',
  'BODY_WORN_VIDEO',
  'DOORBELL_OR_DASHCAM',
  'SOCIAL_MEDIA',
  'WITNESS_OR_VICTIM_PHONE',
  'OTHER',
] as const;

/** Every source type with its count (zeros included), then NOT_RECORDED when given. */
const bySource = (counts: Partial<Record<(typeof SOURCE_TYPES)[number] | 'NOT_RECORDED', number>>) => [
  ...SOURCE_TYPES.map((category) => ({ category, count: counts[category] ?? 0 })),
  ...(counts.NOT_RECORDED ? [{ category: 'NOT_RECORDED', count: counts.NOT_RECORDED }] : []),
];

const DRONE: ProbeProvenanceInput = {
  sourceType: 'OTHER',
  otherSourceType: ' Police drone, force air support unit ',
  obtainedBy: '  PC 1207 Hughes, air support  ',
  obtainedAt: '2026-02-20T22:40:00.000Z',
  obtainedFrom: 'Drone footage over Splott Road during the disorder, camera 2',
  exhibitReference: ' AH/3 ',
};
const DRONE_STORED = {
  sourceType: 'OTHER',
  otherSourceType: 'Police drone, force air support unit',
  obtainedBy: 'PC 1207 Hughes, air support',
  obtainedAt: '2026-02-20T22:40:00.000Z',
  obtainedFrom: 'Drone footage over Splott Road during the disorder, camera 2',
  exhibitReference: 'AH/3',
};

describe('probe provenance', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let person: Enrolled;

  const create = (input: Record<string, unknown>, as = 'swp.requester') =>
    server.gql(PvCreate, { input } as never, { as });
  const inputFor = async (probeProvenance: unknown) => ({
    caseId: await wf.createCase(),
    purpose: 'IDENTIFY_SUSPECT',
    legalBasis: 'COMMON_LAW_POLICING',
    justification: JUSTIFICATION,
    probeImageBase64: person.face.probe.toString('base64'),
    k: 5,
    ...(probeProvenance === undefined ? {} : { probeProvenance }),
  });
  /** What a refused request could have written: requests, and audit events of creations and failed probes. */
  const written = async () => ({
    requests: await server.db.manager.count(SearchRequest),
    events: await server.db.manager.count(AuditEvent, {
      where: [
        { action: 'SEARCH_REQUEST_CREATED' },
        { action: 'PROBE_ANALYSIS_FAILED' },
        { action: 'PROBE_BELOW_HIT_RATE_FLOOR' },
      ],
    }),
  });
  /** The fields a refusal names: its own `field`, or those class-validator named at the API boundary. */
  const namedFields = (response: GraphQLResponse<unknown>): string[] => {
    const extensions = response.errors?.[0]?.extensions ?? {};
    const fields = (extensions.fields as Array<{ property: string }> | undefined)?.map((f) => f.property);
    return fields ?? (typeof extensions.field === 'string' ? [extensions.field] : []);
  };
  /** A request taken through both reviews to CONFIRMED and closed by its requester. */
  const closedRequest = async (probeProvenance: ProbeProvenanceInput) => {
    const { requestId } = await wf.searchToFirstReview(person.face.probe, { probeProvenance });
    for (const [stage, reviewer] of [
      ['FIRST', 'swp.reviewer1'],
      ['SECOND', 'swp.reviewer2'],
    ] as const) {
      const task = await wf.taskFor(requestId, stage, 'swp.supervisor');
      await wf.claim(task.id, reviewer);
      await wf.review(task.id, reviewer, matchOnly(person));
    }
    ok(await server.gql(WfClose, { id: requestId }, { as: 'swp.requester' }));
    return requestId;
  };
  /** A request as if made before provenance was required: its provenance columns all null. */
  const forgetProvenance = (id: string) =>
    server.db.dataSource.query(
      `UPDATE search_request SET probe_source_type = NULL, probe_other_source_type = NULL, probe_obtained_by = NULL,
         probe_obtained_at = NULL, probe_obtained_from = NULL, probe_exhibit_reference = NULL WHERE id = $1`,
      [id],
    );

  beforeAll(async () => {
    server = await TestServer.start({ WORKFLOW_SWEEP_INTERVAL_MS: '3600000' });
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    person = await wf.enrol(faces[0]);
    for (const other of faces.slice(1, 4)) await wf.enrol(other);
  }, 180_000);
  afterAll(() => server?.stop());

  describe('createSearchRequest', () => {
    it('should refuse a request without provenance with BAD_USER_INPUT naming it, before the probe is analysed', async () => {
      const before = await written();
      const response = await create(await inputFor(undefined));
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].message).toMatch(/probeProvenance/);
      const empty = await create(await inputFor(null));
      expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
      expect(empty.errors?.[0].message).toMatch(/probeProvenance/);
      expect(await written()).toEqual(before);
    });

    const patches: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown source type', { sourceType: 'DRONE' }, 'sourceType'],
      ['an OTHER source not described', { sourceType: 'OTHER' }, 'probeProvenance.otherSourceType'],
      [
        'an OTHER source described in blanks',
        { sourceType: 'OTHER', otherSourceType: '   ' },
        'probeProvenance.otherSourceType',
      ],
      [
        'a description for a named source type',
        { otherSourceType: 'Police drone' },
        'probeProvenance.otherSourceType',
      ],
      ['no one who obtained it', { obtainedBy: '   ' }, 'probeProvenance.obtainedBy'],
      ['where it came from in too few words', { obtainedFrom: 'a shop' }, 'probeProvenance.obtainedFrom'],
      ['no exhibit reference', { exhibitReference: '' }, 'probeProvenance.exhibitReference'],
      [
        'an exhibit reference too long',
        { exhibitReference: 'X'.repeat(101) },
        'probeProvenance.exhibitReference',
      ],
      [
        'a time in the future',
        { obtainedAt: new Date(Date.now() + 86_400_000).toISOString() },
        'probeProvenance.obtainedAt',
      ],
      ['a time before 1980', { obtainedAt: '1979-12-31T23:59:00.000Z' }, 'probeProvenance.obtainedAt'],
      ['a time that is not one', { obtainedAt: 'last Tuesday' }, 'obtainedAt'],
      ['no time at all', { obtainedAt: undefined }, 'obtainedAt'],
    ];
    it.each(patches)('should refuse %s with BAD_USER_INPUT naming the field', async (_what, patch, field) => {
      const before = await written();
      const response = await create(await inputFor({ ...PROVENANCE, ...patch }));
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      // the field is named: by its path (checks in the service, class-validator at the boundary), or in
      // the message of a value GraphQL itself could not take (an enum or a time)
      const named = [...namedFields(response), response.errors?.[0].message ?? ''];
      expect(named.some((n) => n.includes(field))).toBe(true);
      expect(await written()).toEqual(before);
    });
  });

  describe('reading', () => {
    let requestId: string;
    let taskId: string;

    beforeAll(async () => {
      ({ requestId } = await wf.searchToFirstReview(person.face.probe, { probeProvenance: DRONE }));
      taskId = (await wf.taskFor(requestId, 'FIRST', 'swp.supervisor')).id;
    });

    it('should store it trimmed and show it to the requester, the authoriser, a supervisor and oversight', async () => {
      for (const as of ['swp.requester', 'swp.authoriser', 'swp.supervisor', 'oversight.commissioner']) {
        const read = ok(await server.gql(PvRead, { id: requestId }, { as })).searchRequest;
        expect([as, read.probeProvenance]).toEqual([as, DRONE_STORED]);
        expect(read.visibleFields).toContain('probeProvenance');
      }
      // a force admin sees how searches are set, not their grounds
      const admin = ok(await server.gql(PvRead, { id: requestId }, { as: 'swp.admin' })).searchRequest;
      expect(admin.probeProvenance).toBeNull();
      expect(admin.visibleFields).not.toContain('probeProvenance');
    });

    it('should show it to the reviewer holding the task, in the packet, and to no one else', async () => {
      await wf.claim(taskId, 'swp.reviewer1');
      const packet = ok(await server.gql(PvPacket, { taskId }, { as: 'swp.reviewer1' })).reviewPacket;
      expect(packet.probeProvenance).toEqual(DRONE_STORED);
      const other = await server.gql(PvPacket, { taskId }, { as: 'swp.reviewer2' });
      expect(other.data?.reviewPacket ?? null).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codes(other)[0]);
    });

    it("should record it in the creation's audit event, with no image data", async () => {
      const event = await server.db.manager.findOneByOrFail(AuditEvent, {
        action: 'SEARCH_REQUEST_CREATED',
        subjectId: requestId,
      });
      expect(event.details.provenance).toEqual(DRONE_STORED);
      const text = JSON.stringify(event.details);
      expect(text).not.toContain(person.face.probe.toString('base64').slice(0, 64));
      // no long run of base64 (an image) anywhere in the event
      expect(text).not.toMatch(/[A-Za-z0-9+/]{200}/);
    });
  });

  describe('disclosurePack', () => {
    it('should state where the probe came from, as data and on the printed page, for a supervisor and oversight', async () => {
      const id = await closedRequest(DRONE);
      const pack = ok(await server.gql(PvPack, { id }, { as: 'swp.supervisor' })).disclosurePack;
      expect(pack.probe.provenance).toEqual(DRONE_STORED);
      expect(pack.request.probeProvenance).toEqual({ sourceType: 'OTHER', exhibitReference: 'AH/3' });
      expect(pack.html).toContain('Where the probe image came from');
      expect(pack.html).toContain('other: Police drone, force air support unit');
      expect(pack.html).toContain('AH/3');
      expect(pack.html).toContain('PC 1207 Hughes, air support');
      // oversight's copy: provenance, never the image
      const oversight = ok(await server.gql(PvPack, { id }, { as: 'oversight.commissioner' })).disclosurePack;
      expect(oversight.probe).toMatchObject({ imageBase64: null, provenance: DRONE_STORED });
    });

    it('should say when no provenance was recorded (a request made before it was required)', async () => {
      const id = await closedRequest(PROVENANCE);
      await forgetProvenance(id);
      expect(
        ok(await server.gql(PvRead, { id }, { as: 'swp.supervisor' })).searchRequest.probeProvenance,
      ).toBeNull();
      const pack = ok(await server.gql(PvPack, { id }, { as: 'swp.supervisor' })).disclosurePack;
      expect(pack.probe.provenance).toBeNull();
      expect(pack.html).toMatch(
        /not recorded \(the request was made before the probe.s provenance was required\)/,
      );
    });
  });

  describe('retention', () => {
    it('should keep the provenance when the probe is purged, with the rest of the request’s grounds', async () => {
      const created = ok(await create(await inputFor(DRONE))).createSearchRequest;
      ok(
        await server.gql(
          WfWithdraw,
          { id: created.id, reason: 'Suspect identified another way.' },
          { as: 'swp.requester' },
        ),
      );
      await server.db.dataSource.query(
        `UPDATE case_file SET status = 'CLOSED', closed_at = now() WHERE id = (SELECT case_id FROM search_request WHERE id = $1)`,
        [created.id],
      );
      const report = await server.twokey.services.retention.purgeDue({
        forceCodes: ['SWP'],
        now: new Date(Date.now() + 400 * 86_400_000),
      });
      expect(report.purged.map((p) => p.requestId)).toContain(created.id);
      const read = ok(await server.gql(PvRead, { id: created.id }, { as: 'swp.supervisor' })).searchRequest;
      expect(read.purged).toEqual({ rule: 'CASE_CLOSED' });
      expect(read.probeProvenance).toEqual(DRONE_STORED);
      // the purge's own audit event carries no text of the request
      const purged = await server.db.manager.findOneByOrFail(AuditEvent, {
        action: 'SEARCH_REQUEST_PURGED',
        subjectId: created.id,
      });
      expect(JSON.stringify(purged.details)).not.toContain('AH/3');
    });
  });

  describe('the database', () => {
    it('should keep the provenance whole, and a description for OTHER sources only', async () => {
      const { id } = ok(await create(await inputFor(PROVENANCE))).createSearchRequest;
      await expect(
        server.db.dataSource.query(`UPDATE search_request SET probe_obtained_by = NULL WHERE id = $1`, [id]),
      ).rejects.toThrow(/search_request_probe_provenance_whole/);
      await expect(
        server.db.dataSource.query(`UPDATE search_request SET probe_source_type = 'OTHER' WHERE id = $1`, [
          id,
        ]),
      ).rejects.toThrow(/search_request_probe_other_source_type/);
      await expect(
        server.db.dataSource.query(`UPDATE search_request SET probe_source_type = 'DRONE' WHERE id = $1`, [
          id,
        ]),
      ).rejects.toThrow(/search_request_probe_source_type/);
    });
  });

  describe('oversightStatistics', () => {
    const PERIOD = { from: '2025-05-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' };
    let fx: OversightFixture;

    beforeAll(async () => {
      fx = await OversightFixture.create(server);
      const may = (day: number) => `2025-05-${String(day).padStart(2, '0')}T10:00:00Z`;
      const june = '2025-06-03T10:00:00Z';
      for (const [submittedAt, source] of [
        [may(2), 'BODY_WORN_VIDEO'],
        [may(3), 'BODY_WORN_VIDEO'],
        [may(4), 'SOCIAL_MEDIA'],
        [may(5), 'OTHER'],
        [may(6), null],
        [june, 'CCTV'],
        [june, 'WITNESS_OR_VICTIM_PHONE'],
      ] as const)
        await fx.request({ force: 'SWP', submittedAt, status: 'WITHDRAWN', source });
      // never submitted: not counted
      await fx.request({ force: 'SWP', submittedAt: null, status: 'DRAFT', source: 'DOORBELL_OR_DASHCAM' });
      await fx.request({
        force: 'GWP',
        submittedAt: may(7),
        status: 'WITHDRAWN',
        source: 'DOORBELL_OR_DASHCAM',
      });
    });

    it('should count submitted requests by source type per month and over the period, not recorded apart', async () => {
      const s = ok(
        await server.gql(PvStatistics, PERIOD, { as: 'oversight.commissioner' }),
      ).oversightStatistics;
      const month = (force: string, m: string) =>
        s.months.find((x) => x.forceCode === force && x.month === m);
      expect(month('SWP', '2025-05')).toEqual({
        forceCode: 'SWP',
        month: '2025-05',
        requests: 5,
        bySourceType: bySource({ BODY_WORN_VIDEO: 2, SOCIAL_MEDIA: 1, OTHER: 1, NOT_RECORDED: 1 }),
      });
      expect(month('SWP', '2025-06')?.bySourceType).toEqual(
        bySource({ CCTV: 1, WITNESS_OR_VICTIM_PHONE: 1 }),
      );
      expect(s.totals.find((t) => t.forceCode === 'SWP')).toEqual({
        forceCode: 'SWP',
        requests: 7,
        bySourceType: bySource({
          CCTV: 1,
          BODY_WORN_VIDEO: 2,
          SOCIAL_MEDIA: 1,
          WITNESS_OR_VICTIM_PHONE: 1,
          OTHER: 1,
          NOT_RECORDED: 1,
        }),
      });
      expect(s.totals.find((t) => t.forceCode === 'GWP')?.bySourceType).toEqual(
        bySource({ DOORBELL_OR_DASHCAM: 1 }),
      );
    });

    it('should count a request made through the API under the source type it was made with', async () => {
      const first = new Date();
      first.setUTCDate(1);
      first.setUTCHours(0, 0, 0, 0);
      const period = {
        from: first.toISOString(),
        to: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)).toISOString(),
      };
      const phones = async () =>
        ok(await server.gql(PvStatistics, period, { as: 'oversight.commissioner' }))
          .oversightStatistics.totals.find((t) => t.forceCode === 'SWP')!
          .bySourceType.find((c) => c.category === 'WITNESS_OR_VICTIM_PHONE')!.count;
      const before = await phones();
      await wf.searchToFirstReview(person.face.probe, {
        probeProvenance: {
          ...PROVENANCE,
          sourceType: 'WITNESS_OR_VICTIM_PHONE',
          obtainedFrom: "The victim's own phone: photo taken on the bus, sent by email",
        },
      });
      expect(await phones()).toBe(before + 1);
    });

    const download = async (path: string, params: Record<string, string>) => {
      const url = new URL(path, server.url.replace(/\/graphql$/, ''));
      for (const [key, value] of Object.entries(params)) url.searchParams.append(key, value);
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${await server.token('oversight.commissioner')}` },
      });
      return { status: response.status, body: await response.text() };
    };

    it('should put the counts in the statistics CSV and the oversight meeting pack', async () => {
      const params = { ...PERIOD, forceId: fx.forces.SWP };
      const csv = await download('/exports/statistics.csv', params);
      expect(csv.status).toBe(200);
      const rows: Array<Record<string, string>> = parseCsv(csv.body, { columns: true });
      const sourceRows = (section: string, month: string) =>
        rows
          .filter((r) => r.section === section && r.month === month && r.dimension === 'sourceType')
          .map((r) => [r.measure, r.category, r.value, r.suppressed]);
      expect(sourceRows('MONTH', '2025-05')).toEqual(
        bySource({ BODY_WORN_VIDEO: 2, SOCIAL_MEDIA: 1, OTHER: 1, NOT_RECORDED: 1 }).map((c) => [
          'requests',
          c.category,
          String(c.count),
          'false',
        ]),
      );
      expect(sourceRows('PERIOD', '')).toHaveLength(SOURCE_TYPES.length + 1);

      const packCsv = await download('/exports/oversight-pack.csv', params);
      expect(packCsv.status).toBe(200);
      const packRows: Array<Record<string, string>> = parseCsv(packCsv.body, { columns: true });
      expect(
        packRows
          .filter((r) => r.dimension === 'sourceType')
          .map((r) => [r.section, r.category, r.value])
          .filter(([, category]) => ['BODY_WORN_VIDEO', 'NOT_RECORDED'].includes(category)),
      ).toEqual([
        ['VOLUMES', 'BODY_WORN_VIDEO', '2'],
        ['VOLUMES', 'NOT_RECORDED', '1'],
      ]);

      const html = await download('/exports/oversight-pack.html', params);
      expect(html.status).toBe(200);
      expect(html.body).toContain('Requests by probe source');
      expect(html.body).toMatch(/<th>body-worn video<\/th><td>2<\/td>/);
      expect(html.body).toMatch(/<th>not recorded \(made before provenance was required\)<\/th><td>1<\/td>/);
    });
  });
});

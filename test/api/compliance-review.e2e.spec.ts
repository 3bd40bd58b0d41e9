import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { AuditEvent, ComplianceReview } from '../../src/entities';
import { graphql } from '../gql';
import type { ComplianceFindingInput } from '../gql/graphql';
import { demoFaces, type DemoFace } from '../support/faces';
import { registerOfficer } from '../support/officers';
import { Enrolled, matchOnly, ok, WfAdjudicate, WfClose, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

const CrReviews = graphql(`
  query CrReviews(
    $status: ComplianceReviewStatus
    $overdue: Boolean
    $searchRequestId: ID
    $forceId: ID
    $first: Int
  ) {
    complianceReviews(
      status: $status
      overdue: $overdue
      searchRequestId: $searchRequestId
      forceId: $forceId
      first: $first
    ) {
      edges {
        node {
          id
          searchRequestId
          forceId
          status
          searchStatus
          outcomeRecordedById
          sampled
          sampleRate
          sampleDraw
          sampleRule
          queuedAt
          dueAt
          overdue
          overdueFlaggedAt
          claimedById
          completedById
          version
        }
      }
      totalCount
    }
  }
`);

const CrReview = graphql(`
  query CrReview($id: ID!) {
    complianceReview(id: $id) {
      id
      status
      completedById
      completedLate
      findings {
        criterion
        result
        note
      }
    }
  }
`);

const CrClaim = graphql(`
  mutation CrClaim($id: ID!) {
    claimComplianceReview(id: $id) {
      id
      status
      claimedById
      version
    }
  }
`);

const CrComplete = graphql(`
  mutation CrComplete($input: CompleteComplianceReviewInput!) {
    completeComplianceReview(input: $input) {
      id
      status
      completedById
      findings {
        criterion
        result
        note
      }
    }
  }
`);

const CrSettings = graphql(`
  mutation CrSettings($input: SetComplianceReviewSettingsInput!) {
    setComplianceReviewSettings(input: $input) {
      code
      complianceSampleRate
      complianceReviewDueDays
    }
  }
`);

const CrStatistics = graphql(`
  query CrStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
    oversightStatistics(from: $from, to: $to, forceId: $forceId) {
      totals {
        forceCode
        requests
        thresholdOverrides
        compliance {
          completedSearches
          sampled
          notSampled
          awaitingReview
          reviewed
          overdue
          completedLate
          reviewsWithNotMet
          findings {
            criterion
            result
            count
          }
        }
      }
    }
  }
`);

const ALL_MET: ComplianceFindingInput[] = [
  { criterion: 'NECESSITY', result: 'MET' },
  { criterion: 'PROPORTIONALITY', result: 'MET' },
  { criterion: 'JUSTIFICATION', result: 'MET' },
  { criterion: 'LAWFUL_PROBE_SOURCE', result: 'MET' },
  { criterion: 'OUTCOME_HANDLED', result: 'NOT_APPLICABLE' },
];
const NECESSITY_NOTE = 'Other lines of enquiry (door-to-door, CCTV trawl) had not been tried first.';

/**
 * Post-search compliance review over the public API, with the real models: a completed search
 * enters the queue; nobody who took part in it may review it (each kind of part), a supervisor who
 * did not completes it with a finding per criterion; racing claims; findings feeding the
 * statistics and the oversight meeting pack; overdue reviews flagged by the sweep on a moved clock.
 */
describe('ComplianceReviewService (over GraphQL)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let gallery: Enrolled[];
  let stranger: DemoFace;
  const ids: Record<string, string> = {};
  /** Searches of SWP that reached an outcome in this file, and how many were drawn. */
  let completed = 0;
  let drawn = 0;
  // a period around now, for the statistics and the pack
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    gallery = [];
    for (const face of faces.slice(0, 5)) gallery.push(await wf.enrol(face));
    // someone not in the gallery whose probe passes the force's floor on its own (one usable face)
    const [{ floor }] = await server.db.dataSource.query(
      `SELECT probe_hit_rate_floor AS floor FROM force WHERE code = 'SWP'`,
    );
    for (const face of faces.slice(5).reverse()) {
      const usable = await server.twokey.faces
        .templateFor(face.probe, undefined, { use: 'probe', probeHitRateFloor: floor })
        .then(
          () => true,
          () => false,
        );
      if (usable) {
        stranger = face;
        break;
      }
    }
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    // supervisors who also hold the roles that take part in a search, and two who take none
    const officers: Array<[string, Array<'REQUESTER' | 'AUTHORISER' | 'REVIEWER' | 'SUPERVISOR'>]> = [
      ['swp.reqsup', ['REQUESTER', 'SUPERVISOR']],
      ['swp.authsup', ['AUTHORISER', 'SUPERVISOR']],
      ['swp.revsup1', ['REVIEWER', 'SUPERVISOR']],
      ['swp.revsup2', ['REVIEWER', 'SUPERVISOR']],
      ['swp.closesup', ['SUPERVISOR']],
      ['swp.compliance1', ['SUPERVISOR']],
      ['swp.compliance2', ['SUPERVISOR']],
    ];
    for (const [subject, roles] of officers)
      ids[subject] = await registerOfficer(server, {
        subject,
        roles,
        ...(roles.includes('REVIEWER') ? { reviewerCertifiedUntil: inAYear } : {}),
      });
    for (const subject of ['swp.supervisor', 'swp.requester', 'swp.reviewer1', 'swp.reviewer2'])
      ids[subject] = await wf.officerId(subject);
  }, 240_000);
  afterAll(() => server.stop());

  const reviewsOf = async (searchRequestId: string, as = 'swp.compliance1', status?: 'NOT_SAMPLED') =>
    ok(await server.gql(CrReviews, { searchRequestId, status }, { as })).complianceReviews.edges.map(
      (e) => e.node,
    );
  const events = (action: string, subjectId: string) =>
    server.db.manager.find(AuditEvent, {
      where: { action: action as never, subjectId },
      order: { seq: 'ASC' },
    });

  /** swp.requester's search confirmed by swp.reviewer1 and swp.reviewer2. */
  async function confirmedSearch(person: Enrolled): Promise<string> {
    const { requestId } = await wf.searchToFirstReview(person.face.probe);
    const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
    await wf.claim(first.id, 'swp.reviewer1');
    await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
    const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
    await wf.claim(second.id, 'swp.reviewer2');
    expect((await wf.review(second.id, 'swp.reviewer2', matchOnly(person))).status).toBe('SUBMITTED');
    completed += 1;
    drawn += 1;
    return requestId;
  }

  describe('a search with every kind of participant', () => {
    let requestId: string;
    let reviewId: string;

    it('should enter the queue when its outcome is recorded, due in the force’s period', async () => {
      const person = gallery[1];
      // asked for by a requester who is also a supervisor; under-18 records need an authoriser
      const caseId = await wf.createCase('swp.reqsup');
      const draft = await wf.createSearch(caseId, person.face.probe, { includeUnder18: true }, 'swp.reqsup');
      requestId = draft.id;
      expect((await wf.submit(requestId, 'swp.reqsup')).status).toBe('AWAITING_AUTHORISATION');
      expect((await wf.authorise(requestId, 'swp.authsup')).status).toBe('FIRST_REVIEW');
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.revsup1');
      await wf.claim(first.id, 'swp.revsup1');
      await wf.review(first.id, 'swp.revsup1', matchOnly(person));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.revsup2');
      await wf.claim(second.id, 'swp.revsup2');
      await wf.review(second.id, 'swp.revsup2', (c) =>
        c.bytes.equals(person.face.enrol) ? 'INCONCLUSIVE' : 'NOT_MATCH',
      );
      // disputed: nothing is complete yet
      expect(await reviewsOf(requestId)).toEqual([]);
      const adjudicated = ok(
        await server.gql(
          WfAdjudicate,
          {
            id: requestId,
            result: 'NO_VIABLE_CANDIDATE',
            rationale: 'The brow and jaw differ on close comparison; the probe is too oblique to say more.',
          },
          { as: 'swp.supervisor' },
        ),
      ).adjudicateSearchRequest;
      expect(adjudicated.status).toBe('ADJUDICATED');
      completed += 1;
      drawn += 1;

      const [review] = await reviewsOf(requestId);
      reviewId = review.id;
      expect(review).toMatchObject({
        searchRequestId: requestId,
        status: 'OPEN',
        searchStatus: 'ADJUDICATED',
        outcomeRecordedById: ids['swp.supervisor'],
        sampled: true,
        sampleRate: 1,
        sampleRule: 'EVERY_SEARCH',
        overdue: false,
        claimedById: null,
      });
      expect(new Date(review.dueAt!).getTime() - new Date(review.queuedAt).getTime()).toBe(28 * 86_400_000);
      const [queued] = await events('COMPLIANCE_REVIEW_QUEUED', reviewId);
      expect(queued).toMatchObject({ actorOfficerId: ids['swp.supervisor'] });
      expect(queued.details).toMatchObject({ searchRequestId: requestId, sampleRule: 'EVERY_SEARCH' });

      // closing the request afterwards makes the closer a participant too
      expect(
        ok(await server.gql(WfClose, { id: requestId }, { as: 'swp.closesup' })).closeSearchRequest.status,
      ).toBe('CLOSED');
    });

    it('should refuse the review to each participant, saying how they took part, and audit it', async () => {
      const parts: Array<[string, string]> = [
        ['swp.reqsup', 'REQUESTER'],
        ['swp.authsup', 'AUTHORISER'],
        ['swp.revsup1', 'FIRST_REVIEWER'],
        ['swp.revsup2', 'SECOND_REVIEWER'],
        ['swp.supervisor', 'ADJUDICATOR'],
        ['swp.supervisor', 'OUTCOME_RECORDER'],
        ['swp.closesup', 'CLOSED_OR_ENDED'],
      ];
      for (const [as, part] of parts) {
        const denials = await server.db.manager.count(AuditEvent, {
          where: { action: 'ACCESS_DENIED', actorOfficerId: ids[as] },
        });
        const response = await server.gql(CrClaim, { id: reviewId }, { as });
        expect([as, codes(response)]).toEqual([as, ['FORBIDDEN']]);
        const extensions = response.errors![0].extensions!;
        expect(extensions.reason).toBe('TOOK_PART_IN_SEARCH');
        expect(extensions.participation).toContain(part);
        expect(
          await server.db.manager.count(AuditEvent, {
            where: { action: 'ACCESS_DENIED', actorOfficerId: ids[as] },
          }),
        ).toBe(denials + 1);
      }
      expect((await reviewsOf(requestId))[0]).toMatchObject({ status: 'OPEN', version: 1 });
    });

    it('should keep it from other forces and from roles that do not review', async () => {
      expect(codes(await server.gql(CrClaim, { id: reviewId }, { as: 'gwp.supervisor' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await server.gql(CrReview, { id: reviewId }, { as: 'gwp.supervisor' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(await reviewsOf(requestId, 'gwp.supervisor')).toEqual([]);
      for (const as of ['swp.requester', 'swp.reviewer1', 'swp.admin', 'swp.gallery'])
        expect([as, codes(await server.gql(CrClaim, { id: reviewId }, { as }))]).toEqual([as, ['NOT_FOUND']]);
    });

    it('should let a supervisor who took no part claim and complete it, refusing a NOT_MET without a note', async () => {
      const claimed = ok(
        await server.gql(CrClaim, { id: reviewId }, { as: 'swp.compliance1' }),
      ).claimComplianceReview;
      expect(claimed).toMatchObject({ status: 'CLAIMED', claimedById: ids['swp.compliance1'] });
      // only the holder completes it
      expect(
        codes(
          await server.gql(CrComplete, { input: { reviewId, findings: ALL_MET } }, { as: 'swp.compliance2' }),
        ),
      ).toEqual(['FORBIDDEN']);

      const withNotMet = (note: string | null): ComplianceFindingInput[] =>
        ALL_MET.map((f) => (f.criterion === 'NECESSITY' ? { ...f, result: 'NOT_MET', note } : f));
      for (const note of [null, '   ']) {
        const refused = await server.gql(
          CrComplete,
          { input: { reviewId, findings: withNotMet(note) } },
          { as: 'swp.compliance1' },
        );
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
        expect(refused.errors![0].extensions).toMatchObject({
          criterion: 'NECESSITY',
          reason: 'NOTE_REQUIRED',
        });
      }
      const missing = await server.gql(
        CrComplete,
        { input: { reviewId, findings: ALL_MET.slice(0, 4) } },
        { as: 'swp.compliance1' },
      );
      expect(missing.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MISSING_CRITERION',
        criterion: 'OUTCOME_HANDLED',
      });
      const twice = await server.gql(
        CrComplete,
        { input: { reviewId, findings: [...ALL_MET, ALL_MET[0]] } },
        { as: 'swp.compliance1' },
      );
      expect(twice.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DUPLICATE_CRITERION',
      });
      expect((await reviewsOf(requestId))[0].status).toBe('CLAIMED');

      const done = ok(
        await server.gql(
          CrComplete,
          { input: { reviewId, findings: withNotMet(NECESSITY_NOTE) } },
          { as: 'swp.compliance1' },
        ),
      ).completeComplianceReview;
      expect(done).toMatchObject({ status: 'COMPLETED', completedById: ids['swp.compliance1'] });
      expect(done.findings).toEqual([
        { criterion: 'NECESSITY', result: 'NOT_MET', note: NECESSITY_NOTE },
        { criterion: 'PROPORTIONALITY', result: 'MET', note: null },
        { criterion: 'JUSTIFICATION', result: 'MET', note: null },
        { criterion: 'LAWFUL_PROBE_SOURCE', result: 'MET', note: null },
        { criterion: 'OUTCOME_HANDLED', result: 'NOT_APPLICABLE', note: null },
      ]);
      const [event] = await events('COMPLIANCE_REVIEW_COMPLETED', reviewId);
      expect(event).toMatchObject({ actorOfficerId: ids['swp.compliance1'] });
      expect(event.details).toMatchObject({ searchRequestId: requestId, findings: { NECESSITY: 'NOT_MET' } });
      expect(JSON.stringify(event.details)).not.toContain(NECESSITY_NOTE);
      // a completed review is never changed
      expect(
        codes(
          await server.gql(CrComplete, { input: { reviewId, findings: ALL_MET } }, { as: 'swp.compliance1' }),
        ),
      ).toEqual(['CONFLICT']);
    });

    it('should show oversight the findings of the forces it oversees', async () => {
      const seen = ok(
        await server.gql(CrReview, { id: reviewId }, { as: 'oversight.commissioner' }),
      ).complianceReview;
      expect(seen).toMatchObject({ status: 'COMPLETED', completedLate: false });
      expect(seen.findings[0]).toEqual({ criterion: 'NECESSITY', result: 'NOT_MET', note: NECESSITY_NOTE });
      expect(codes(await server.gql(CrClaim, { id: reviewId }, { as: 'oversight.commissioner' }))).toEqual([
        'FORBIDDEN',
      ]);
    });
  });

  describe('claims', () => {
    it('should let one of two racing claims win and tell the other CONFLICT', async () => {
      const requestId = await confirmedSearch(gallery[2]);
      const [review] = await reviewsOf(requestId);
      expect(review).toMatchObject({
        status: 'OPEN',
        searchStatus: 'CONFIRMED',
        outcomeRecordedById: ids['swp.reviewer2'],
      });
      const results = await Promise.all([
        server.gql(CrClaim, { id: review.id }, { as: 'swp.compliance1' }),
        server.gql(CrClaim, { id: review.id }, { as: 'swp.compliance2' }),
      ]);
      expect(results.map((r) => codes(r).join())).toEqual(expect.arrayContaining(['', 'CONFLICT']));
      const winner = results.find((r) => !r.errors)!.data!.claimComplianceReview;
      expect([ids['swp.compliance1'], ids['swp.compliance2']]).toContain(winner.claimedById);
      expect(await events('COMPLIANCE_REVIEW_CLAIMED', review.id)).toHaveLength(1);
      expect((await reviewsOf(requestId))[0]).toMatchObject({
        status: 'CLAIMED',
        claimedById: winner.claimedById,
      });
    });
  });

  describe('sampling', () => {
    it('should let only a force admin set the sample rate and due period, never below the floor', async () => {
      const settings = (sampleRate: number, dueDays: number, as: string) =>
        server.gql(
          CrSettings,
          { input: { sampleRate, dueDays, reason: 'Oversight board decision 2026/11.' } },
          { as },
        );
      expect(codes(await settings(0.05, 28, 'swp.admin'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await settings(1.5, 28, 'swp.admin'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await settings(0.5, 0, 'swp.admin'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await settings(0.1, 28, 'swp.supervisor'))).toEqual(['FORBIDDEN']);
      expect(ok(await settings(0.1, 14, 'swp.admin')).setComplianceReviewSettings).toEqual({
        code: 'SWP',
        complianceSampleRate: 0.1,
        complianceReviewDueDays: 14,
      });
      const [changed] = await server.db.manager.find(AuditEvent, {
        where: { action: 'FORCE_COMPLIANCE_SETTINGS_CHANGED' },
      });
      expect(changed.details).toMatchObject({
        before: { sampleRate: 1, dueDays: 28 },
        after: { sampleRate: 0.1, dueDays: 14 },
      });
    });

    it('should draw each completed search by the hash of its id, record why, and queue only those drawn', async () => {
      // a search that finds nothing above the threshold completes at once; at 10% most are not drawn
      let notDrawn: ComplianceReview | null = null;
      for (let i = 0; i < 6 && !notDrawn; i += 1) {
        const { requestId } = await wf.searchToFirstReview(stranger.probe, { threshold: 0.99 });
        completed += 1;
        const row = await server.db.manager.findOneByOrFail(ComplianceReview, { requestId });
        const hex = createHash('sha256').update(`twokey-compliance-sample:${requestId}`).digest('hex');
        const draw = parseInt(hex.slice(0, 13), 16) / 2 ** 52;
        expect(row).toMatchObject({ sampleRate: 0.1, sampleDraw: draw, searchStatus: 'NO_VIABLE_CANDIDATE' });
        expect(row.sampled).toBe(draw < 0.1);
        expect(row.sampleRule).toBe(draw < 0.1 ? 'DRAWN' : 'NOT_DRAWN');
        // the requester's submission ran the search that recorded the outcome
        expect(row.outcomeRecordedById).toBe(ids['swp.requester']);
        const [audit] = await events(
          row.sampled ? 'COMPLIANCE_REVIEW_QUEUED' : 'COMPLIANCE_REVIEW_NOT_SAMPLED',
          row.id,
        );
        expect(audit.details).toMatchObject({
          sampleRate: 0.1,
          sampleDraw: draw,
          sampleRule: row.sampleRule,
        });
        if (row.sampled) {
          drawn += 1;
          expect(row.dueAt!.getTime() - row.queuedAt.getTime()).toBe(14 * 86_400_000);
        } else notDrawn = row;
      }
      expect(notDrawn).not.toBeNull();
      // not in the queue, but on record for whoever asks for it
      expect(await reviewsOf(notDrawn!.requestId)).toEqual([]);
      expect(await reviewsOf(notDrawn!.requestId, 'swp.compliance1', 'NOT_SAMPLED')).toMatchObject([
        { status: 'NOT_SAMPLED', sampled: false, dueAt: null, sampleRule: 'NOT_DRAWN' },
      ]);
      const refused = await server.gql(CrClaim, { id: notDrawn!.id }, { as: 'swp.compliance1' });
      expect(codes(refused)).toEqual(['INVALID_STATE']);
      ok(
        await server.gql(
          CrSettings,
          { input: { sampleRate: 1, dueDays: 28, reason: 'Back to reviewing every search.' } },
          { as: 'swp.admin' },
        ),
      );
    });
  });

  describe('statistics and the oversight meeting pack', () => {
    it('should count completed searches, the sample, reviews and findings by criterion', async () => {
      const totals = ok(
        await server.gql(
          CrStatistics,
          { from, to, forceId: await wf.forceId('SWP') },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics.totals;
      const swp = totals.find((t) => t.forceCode === 'SWP')!;
      expect(swp.compliance).toMatchObject({
        completedSearches: completed,
        sampled: drawn,
        notSampled: completed - drawn,
        reviewed: 1,
        awaitingReview: drawn - 1,
        overdue: 0,
        completedLate: 0,
        reviewsWithNotMet: 1,
      });
      const count = (criterion: string, result: string) =>
        swp.compliance.findings.find((f) => f.criterion === criterion && f.result === result)!.count;
      expect(swp.compliance.findings).toHaveLength(15);
      expect(count('NECESSITY', 'NOT_MET')).toBe(1);
      expect(count('NECESSITY', 'MET')).toBe(0);
      expect(count('PROPORTIONALITY', 'MET')).toBe(1);
      expect(count('OUTCOME_HANDLED', 'NOT_APPLICABLE')).toBe(1);
      // GWP had none
      expect(totals.find((t) => t.forceCode === 'GWP')).toBeUndefined();
    });

    const download = async (format: 'csv' | 'html', as: string, params: Record<string, string>) => {
      const url = new URL(`/exports/oversight-pack.${format}`, server.url.replace(/\/graphql$/, ''));
      for (const [key, value] of Object.entries(params)) url.searchParams.append(key, value);
      const response = await fetch(url, { headers: { authorization: `Bearer ${await server.token(as)}` } });
      return { status: response.status, headers: response.headers, body: await response.text() };
    };

    it('should give the pack per force as CSV: volumes, outcomes, compliance findings with notes, overrides, deletions', async () => {
      const swpId = await wf.forceId('SWP');
      const before = await server.db.manager.count(AuditEvent, {
        where: { action: 'OVERSIGHT_PACK_EXPORTED' },
      });
      const file = await download('csv', 'oversight.commissioner', { from, to, forceId: swpId });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(file.headers.get('content-disposition')).toMatch(/oversight-pack-SWP-.*\.csv"$/);
      const rows: Array<Record<string, string>> = parseCsv(file.body, { columns: true });
      expect(new Set(rows.map((r) => r.section))).toEqual(
        new Set([
          'VOLUMES',
          'OUTCOMES',
          'COMPLIANCE',
          'COMPLIANCE_NOT_MET',
          'LEAD_ACTIONS',
          'THRESHOLD_OVERRIDES',
          'DELETIONS',
          'OUTCOME_MONITORING',
        ]),
      );
      expect(rows.every((r) => r.forceCode === 'SWP')).toBe(true);
      const value = (section: string, measure: string, dimension = '', category = '') =>
        rows.find(
          (r) =>
            r.section === section &&
            r.measure === measure &&
            r.dimension === dimension &&
            r.category === category,
        )?.value;
      expect(value('VOLUMES', 'requests')).toBe(String(completed));
      expect(value('OUTCOMES', 'outcomes.adjudicatedNoViableCandidate')).toBe('1');
      expect(value('COMPLIANCE', 'compliance.completedSearches')).toBe(String(completed));
      expect(value('COMPLIANCE', 'compliance.reviewed')).toBe('1');
      expect(value('COMPLIANCE', 'compliance.findings', 'NECESSITY', 'NOT_MET')).toBe('1');
      expect(value('THRESHOLD_OVERRIDES', 'thresholdOverrides')).toBe('0');
      expect(value('DELETIONS', 'deletionRequests.received')).toBe('0');
      const notMet = rows.filter((r) => r.section === 'COMPLIANCE_NOT_MET');
      expect(notMet).toHaveLength(1);
      expect(notMet[0]).toMatchObject({ dimension: 'NECESSITY', category: 'NOT_MET', note: NECESSITY_NOTE });
      // demographic groups of fewer than STATS_MIN_GROUP_SIZE people are suppressed, as in the statistics
      const groups = rows.filter((r) => r.section === 'OUTCOME_MONITORING');
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((r) => r.suppressed === 'true' && r.value === '')).toBe(true);
      expect(
        await server.db.manager.count(AuditEvent, { where: { action: 'OVERSIGHT_PACK_EXPORTED' } }),
      ).toBe(before + 1);
    });

    it('should give the readable report, without images, and refuse anyone without an oversight grant', async () => {
      const file = await download('html', 'oversight.commissioner', { from, to });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/html/);
      expect(file.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(file.body).toContain('Oversight meeting pack');
      expect(file.body).toContain('Post-search compliance review');
      expect(file.body).toContain(NECESSITY_NOTE);
      expect(file.body).not.toMatch(/<img|data:image|<script/);
      for (const as of ['swp.supervisor', 'swp.admin', 'gwp.supervisor'])
        expect([as, (await download('csv', as, { from, to })).status]).toEqual([as, 403]);
      // a force the commissioner does not oversee is refused, not emptied
      const other = await server.asOwner(async (m) => {
        const [row] = await m.query(
          `INSERT INTO force (code, name) VALUES ('XCR', 'Elsewhere') RETURNING id`,
        );
        return row.id as string;
      });
      expect((await download('csv', 'oversight.commissioner', { from, to, forceId: other })).status).toBe(
        403,
      );
    });
  });

  describe('overdue reviews', () => {
    it('should be flagged by the workflow sweep once past due, shown by the filter and counted', async () => {
      const requestId = await confirmedSearch(gallery[3]);
      const [review] = await reviewsOf(requestId);
      expect(review.overdue).toBe(false);
      expect(
        ok(await server.gql(CrReviews, { overdue: true }, { as: 'swp.compliance1' })).complianceReviews.edges,
      ).toEqual([]);
      // the clock moves past the due time (28 days)
      const later = new Date(new Date(review.dueAt!).getTime() + 60_000);
      const tick = await server.twokey.timers.tick(later);
      // the open ones: this search's, the one claimed in the race, and any drawn in the sample
      expect(tick.complianceReviewsOverdue).toBe(drawn - 1);
      expect((await server.twokey.timers.tick(later)).complianceReviewsOverdue).toBe(0);

      const overdue = ok(
        await server.gql(CrReviews, { overdue: true }, { as: 'swp.compliance1' }),
      ).complianceReviews;
      expect(overdue.totalCount).toBe(drawn - 1);
      expect(overdue.edges.map((e) => e.node.searchRequestId)).toContain(requestId);
      expect(overdue.edges.every((e) => e.node.overdue && e.node.overdueFlaggedAt)).toBe(true);
      const [flag] = await events('COMPLIANCE_REVIEW_OVERDUE', review.id);
      expect(flag).toMatchObject({ actorOfficerId: null });
      expect(flag.details).toMatchObject({ searchRequestId: requestId, status: 'OPEN' });
      // the completed one is not overdue
      expect(
        ok(
          await server.gql(CrReviews, { overdue: false }, { as: 'swp.compliance1' }),
        ).complianceReviews.edges.map((e) => e.node.status),
      ).toEqual(['COMPLETED']);
      const swp = ok(
        await server.gql(
          CrStatistics,
          { from, to, forceId: await wf.forceId('SWP') },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics.totals[0];
      expect(swp.compliance.overdue).toBe(drawn - 1);

      // a flagged review may still be completed, and then is no longer overdue
      ok(await server.gql(CrClaim, { id: review.id }, { as: 'swp.compliance2' }));
      const done = ok(
        await server.gql(
          CrComplete,
          { input: { reviewId: review.id, findings: ALL_MET } },
          { as: 'swp.compliance2' },
        ),
      ).completeComplianceReview;
      expect(done.status).toBe('COMPLETED');
      expect((await reviewsOf(requestId))[0]).toMatchObject({ status: 'COMPLETED', overdue: false });
    });
  });
});

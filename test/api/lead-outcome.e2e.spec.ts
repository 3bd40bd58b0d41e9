import { AuditEvent, type AuditAction, LeadOutcome } from '../../src/entities';
import { LeadOutcomeService } from '../../src/services/lead-outcome.service';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import { OversightFixture } from '../support/oversight-fixture';
import { matchOnly, ok, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

const RecordLeadOutcome = graphql(`
  mutation RecordLeadOutcome($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) {
    recordLeadOutcome(requestId: $requestId, result: $result, note: $note) {
      id
      requestId
      candidateId
      result
      note
      recordedById
      recordedAt
    }
  }
`);

const RecordCorroboration = graphql(`
  mutation LoRecordCorroboration($input: RecordLeadCorroborationInput!) {
    recordLeadCorroboration(input: $input) {
      id
    }
  }
`);

const LeadStatistics = graphql(`
  query LeadStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
    oversightStatistics(from: $from, to: $to, forceId: $forceId) {
      totals {
        requests
        searchesRun
        outcomes {
          confirmed
        }
        reviewerAgreement {
          reviewedByBoth
          agreed
          candidateDecisionsCompared
          candidateDecisionsAgreed
        }
        timeToOutcome {
          count
        }
        leadsCorroborated
        leadsExcluded
      }
      outcomeMonitoring {
        dimension
        group
        suppressed
        candidatesReturned
        candidatesConfirmed
        confirmedLaterExcluded
      }
    }
  }
`);

const NOTE = 'Alibi confirmed: in custody in Cardiff at the time of the offence.';

describe(LeadOutcomeService.name, () => {
  let server: TestServer;
  let fx: OversightFixture;
  const requests: Record<string, { id: string; candidates: Record<string, string> }> = {};
  const record = (
    as: string,
    requestId: string,
    result: 'EXCLUDED' | 'CORROBORATED' = 'EXCLUDED',
    note = NOTE,
  ) => server.gql(RecordLeadOutcome, { requestId, result, note }, { as });
  const count = (action: AuditAction, actor: string) =>
    server.db.manager.count(AuditEvent, { where: { action, actorOfficerId: fx.officers[actor] } });

  beforeAll(async () => {
    server = await TestServer.start({ STATS_MIN_GROUP_SIZE: '1' });
    fx = await OversightFixture.create(server);
    await fx.person('A', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '25-34' });
    await fx.person('B', 'SWP', { ethnicity: 'B2', sex: 'F', ageBand: '18-24' });
    const at = '2025-06-10T10:00:00Z';
    const confirmedOn = (candidate: string) => ({
      result: 'POSSIBLE_MATCH' as const,
      basis: 'REVIEWERS_AGREED' as const,
      candidate,
      afterSeconds: 3600,
    });
    const agree = { first: { A: 'POSSIBLE_MATCH' as const }, second: { A: 'POSSIBLE_MATCH' as const } };
    requests.confirmed = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'CONFIRMED',
      candidates: ['A', 'B'],
      reviews: agree,
      outcome: confirmedOn('A'),
    });
    requests.confirmedOther = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'CONFIRMED',
      candidates: ['A', 'B'],
      reviews: agree,
      outcome: confirmedOn('A'),
    });
    requests.adjudicatedClosed = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'CLOSED',
      candidates: ['A', 'B'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { B: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'ADJUDICATED', candidate: 'B', afterSeconds: 7200 },
    });
    requests.adjudicatedNone = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'ADJUDICATED',
      candidates: ['A'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'ADJUDICATED', afterSeconds: 7200 },
    });
    requests.noViable = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'NO_VIABLE_CANDIDATE',
      candidates: ['A'],
      reviews: { first: {}, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 60 },
    });
    requests.inReview = await fx.request({
      force: 'SWP',
      submittedAt: at,
      status: 'SECOND_REVIEW',
      candidates: ['A'],
      reviews: { first: { A: 'POSSIBLE_MATCH' } },
    });
    requests.gwp = await fx.request({
      force: 'GWP',
      submittedAt: at,
      status: 'CONFIRMED',
      otherGalleries: ['SWP'],
      candidates: ['A'],
      reviews: agree,
      outcome: confirmedOn('A'),
    });
  });
  afterAll(() => server.stop());

  describe('record', () => {
    it('should let the requester record that a confirmed lead was excluded, once, with the audit event in the same change', async () => {
      const before = await count('LEAD_OUTCOME_RECORDED', 'swp.requester');
      const recorded = ok(await record('swp.requester', requests.confirmed.id)).recordLeadOutcome;
      expect(recorded).toMatchObject({
        requestId: requests.confirmed.id,
        candidateId: requests.confirmed.candidates.A,
        result: 'EXCLUDED',
        note: NOTE,
        recordedById: fx.officers['swp.requester'],
      });
      const stored = await server.db.manager.findOneByOrFail(LeadOutcome, { id: recorded.id });
      expect(stored).toMatchObject({
        requestId: requests.confirmed.id,
        forceId: fx.forces.SWP,
        result: 'EXCLUDED',
      });
      expect(await count('LEAD_OUTCOME_RECORDED', 'swp.requester')).toBe(before + 1);
      const event = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'LEAD_OUTCOME_RECORDED', subjectId: requests.confirmed.id },
      });
      expect(event).toMatchObject({ subjectType: 'SearchRequest', forceId: fx.forces.SWP, reason: NOTE });
      expect(event.details).toMatchObject({
        searchRequestId: requests.confirmed.id,
        leadOutcomeId: recorded.id,
        result: 'EXCLUDED',
        candidateId: requests.confirmed.candidates.A,
      });
    });

    it('should refuse a replay, or a second record with another result, as a CONFLICT', async () => {
      const replay = await record('swp.requester', requests.confirmed.id);
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(replay.errors![0].extensions).toMatchObject({ result: 'EXCLUDED' });
      expect(codes(await record('swp.supervisor', requests.confirmed.id, 'CORROBORATED'))).toEqual([
        'CONFLICT',
      ]);
      expect(await server.db.manager.countBy(LeadOutcome, { requestId: requests.confirmed.id })).toBe(1);
    });

    it('should refuse to record a lead as corroborated without its evidence, and point to recording the evidence', async () => {
      const refused = await record(
        'swp.supervisor',
        requests.adjudicatedClosed.id,
        'CORROBORATED',
        'Fingerprints from the scene matched the named person.',
      );
      expect(codes(refused)).toEqual(['CORROBORATION_REQUIRED']);
      expect(refused.errors![0].message).toMatch(/recordLeadCorroboration/);
      expect(await server.db.manager.countBy(LeadOutcome, { requestId: requests.adjudicatedClosed.id })).toBe(
        0,
      );
    });

    it('should record a lead that an adjudication confirmed as corroborated when a supervisor records its evidence, after the request was closed', async () => {
      const evidence = ok(
        await server.gql(
          RecordCorroboration,
          {
            input: {
              requestId: requests.adjudicatedClosed.id,
              type: 'FINGERPRINT',
              reference: 'IDENT1/2025/118',
              description: 'Fingerprints from the scene matched the named person.',
            },
          },
          { as: 'swp.supervisor' },
        ),
      ).recordLeadCorroboration;
      const stored = await server.db.manager.findOneByOrFail(LeadOutcome, {
        requestId: requests.adjudicatedClosed.id,
      });
      expect(stored).toMatchObject({
        result: 'CORROBORATED',
        candidateId: requests.adjudicatedClosed.candidates.B,
        corroborationId: evidence.id,
        note: 'Fingerprints from the scene matched the named person.',
        recordedById: fx.officers['swp.supervisor'],
      });
    });

    it('should refuse a request whose outcome named nobody, or that has no outcome yet', async () => {
      for (const name of ['noViable', 'adjudicatedNone', 'inReview']) {
        const response = await record('swp.requester', requests[name].id);
        expect([name, codes(response)]).toEqual([name, ['INVALID_STATE']]);
      }
    });

    it('should refuse anyone but the requester and supervisors of the force, and record each refusal', async () => {
      // FORBIDDEN for those who may read the request; NOT_FOUND (as for an id that does not exist) for those who may not
      const refusals: Record<string, string> = {
        'swp.requester2': 'NOT_FOUND',
        'swp.reviewer1': 'NOT_FOUND',
        'swp.authoriser': 'FORBIDDEN',
        'swp.gallery': 'NOT_FOUND',
        'swp.admin': 'FORBIDDEN',
        'oversight.commissioner': 'FORBIDDEN',
        'gwp.requester': 'NOT_FOUND',
        'gwp.supervisor': 'NOT_FOUND',
      };
      for (const [as, code] of Object.entries(refusals)) {
        const before = await count('ACCESS_DENIED', as);
        expect([as, codes(await record(as, requests.confirmedOther.id))]).toEqual([as, [code]]);
        expect(await count('ACCESS_DENIED', as)).toBe(before + 1);
      }
      const denial = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'ACCESS_DENIED', actorOfficerId: fx.officers['gwp.supervisor'] },
        order: { seq: 'DESC' },
      });
      expect(denial).toMatchObject({
        subjectType: 'LeadOutcome',
        subjectId: requests.confirmedOther.id,
        forceId: fx.forces.SWP,
      });
      expect(await server.db.manager.countBy(LeadOutcome, { requestId: requests.confirmedOther.id })).toBe(0);
    });

    it('should not let a supervisor record a lead of another force', async () => {
      expect(codes(await record('swp.supervisor', requests.gwp.id))).toEqual(['NOT_FOUND']);
      expect(ok(await record('gwp.requester', requests.gwp.id)).recordLeadOutcome.result).toBe('EXCLUDED');
    });

    it('should refuse an unknown request as not found and a note that says nothing as bad input', async () => {
      expect(codes(await record('swp.requester', '00000000-0000-4000-8000-000000000000'))).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        codes(await record('swp.requester', requests.confirmedOther.id, 'EXCLUDED', '  short  ')),
      ).toEqual(['BAD_USER_INPUT']);
    });

    it('should keep a recorded lead outcome unchangeable in the database itself', async () => {
      await expect(
        server.db.manager.query(`UPDATE lead_outcome SET result = 'CORROBORATED' WHERE request_id = $1`, [
          requests.confirmed.id,
        ]),
      ).rejects.toThrow(/append-only/);
      await expect(
        server.db.manager.query(`DELETE FROM lead_outcome WHERE request_id = $1`, [requests.confirmed.id]),
      ).rejects.toThrow(/append-only/);
    });

    it('should show in the statistics as a confirmed result later found wrong, in the group of the person it named', async () => {
      const s = ok(
        await server.gql(
          LeadStatistics,
          { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z', forceId: fx.forces.SWP },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics;
      expect(s.totals[0]).toMatchObject({
        requests: 6,
        leadsExcluded: 1,
        leadsCorroborated: 1,
        outcomes: { confirmed: 2 },
      });
      // A was confirmed twice and excluded once; B confirmed once (adjudicated) and corroborated
      const w1 = s.outcomeMonitoring.find(
        (g) => g.dimension === 'SELF_DEFINED_ETHNICITY' && g.group === 'W1',
      );
      expect(w1).toMatchObject({
        suppressed: false,
        candidatesReturned: 6,
        candidatesConfirmed: 2,
        confirmedLaterExcluded: 1,
      });
      const b2 = s.outcomeMonitoring.find(
        (g) => g.dimension === 'SELF_DEFINED_ETHNICITY' && g.group === 'B2',
      );
      expect(b2).toMatchObject({
        suppressed: false,
        candidatesReturned: 3,
        candidatesConfirmed: 1,
        confirmedLaterExcluded: 0,
      });
    });
  });

  describe('with the search workflow', () => {
    it('should count a request driven through the workflow to CONFIRMED, and its lead, in the statistics', async () => {
      const wf = new WorkflowDriver(server);
      const faces = await demoFaces(server.twokey.faces);
      const gallery = [];
      for (const [i, face] of faces.slice(0, 4).entries()) {
        gallery.push(
          await wf.enrol(face, {
            selfDefinedEthnicity: i % 2 ? 'A2' : 'W2',
            sex: i % 2 ? 'F' : 'M',
            ageBand: '35-44',
          }),
        );
      }
      const person = gallery[1];
      const startedAt = new Date();
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      for (const [stage, reviewer] of [
        ['FIRST', 'swp.reviewer1'],
        ['SECOND', 'swp.reviewer2'],
      ] as const) {
        const task = await wf.taskFor(requestId, stage, reviewer);
        await wf.claim(task.id, reviewer);
        await wf.review(task.id, reviewer, matchOnly(person));
      }
      const recorded = ok(await record('swp.requester', requestId, 'EXCLUDED')).recordLeadOutcome;
      const [confirmed] = await server.db.manager.query(
        `SELECT outcome_candidate_id FROM search_request WHERE id = $1 AND status = 'CONFIRMED'`,
        [requestId],
      );
      expect(recorded.candidateId).toBe(confirmed.outcome_candidate_id);
      const s = ok(
        await server.gql(
          LeadStatistics,
          {
            from: startedAt.toISOString(),
            to: new Date(Date.now() + 60_000).toISOString(),
            forceId: fx.forces.SWP,
          },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics;
      expect(s.totals[0]).toMatchObject({
        requests: 1,
        searchesRun: 1,
        outcomes: { confirmed: 1 },
        reviewerAgreement: { reviewedByBoth: 1, agreed: 1 },
        timeToOutcome: { count: 1 },
        leadsExcluded: 1,
      });
      expect(s.totals[0].reviewerAgreement.candidateDecisionsCompared).toBe(
        s.totals[0].reviewerAgreement.candidateDecisionsAgreed,
      );
      const a2 = s.outcomeMonitoring.find(
        (g) => g.dimension === 'SELF_DEFINED_ETHNICITY' && g.group === 'A2',
      );
      expect(a2).toMatchObject({ candidatesConfirmed: 1, confirmedLaterExcluded: 1 });
      const returned = s.outcomeMonitoring
        .filter((g) => g.dimension === 'AGE_BAND')
        .reduce((n, g) => n + (g.candidatesReturned ?? 0), 0);
      expect(returned).toBeGreaterThan(0);
    });
  });
});

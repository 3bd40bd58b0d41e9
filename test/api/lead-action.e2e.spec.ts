import { parse as parseCsv } from 'csv-parse/sync';
import {
  AuditEvent,
  type AuditAction,
  LeadAction,
  LeadCorroboration,
  LeadOutcome,
  Officer,
  Role,
} from '../../src/entities';
import { LeadActionService } from '../../src/services/lead-action.service';
import { graphql } from '../gql';
import { OversightFixture } from '../support/oversight-fixture';
import { ok } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

const RecordCorroboration = graphql(`
  mutation LaRecordCorroboration($input: RecordLeadCorroborationInput!) {
    recordLeadCorroboration(input: $input) {
      id
      requestId
      type
      reference
      description
      recordedById
      recordedAt
    }
  }
`);

const ProposeAction = graphql(`
  mutation LaProposeAction($input: ProposeLeadActionInput!) {
    proposeLeadAction(input: $input) {
      id
      requestId
      type
      reason
      status
      corroborationIds
      proposedById
      decidedById
    }
  }
`);

const ApproveAction = graphql(`
  mutation LaApproveAction($input: DecideLeadActionInput!) {
    approveLeadAction(input: $input) {
      id
      status
      decidedById
      decidedAt
      decisionReason
      corroborationIds
    }
  }
`);

const RejectAction = graphql(`
  mutation LaRejectAction($input: DecideLeadActionInput!) {
    rejectLeadAction(input: $input) {
      id
      status
      decidedById
    }
  }
`);

const RecordOutcome = graphql(`
  mutation LaRecordOutcome($requestId: ID!, $result: LeadOutcomeResult!) {
    recordLeadOutcome(
      requestId: $requestId
      result: $result
      note: "Alibi confirmed: in custody elsewhere."
    ) {
      id
      result
    }
  }
`);

const Lead = graphql(`
  query LaLead($requestId: ID!) {
    lead(requestId: $requestId) {
      requestId
      outcome {
        result
        corroborationId
        candidateId
        note
      }
      corroborations {
        id
        type
        reference
      }
      actions {
        id
        type
        status
        corroborationIds
        decidedById
      }
    }
  }
`);

const LeadActions = graphql(`
  query LaLeadActions($status: LeadActionStatus, $searchRequestId: ID, $first: Int, $after: String) {
    leadActions(status: $status, searchRequestId: $searchRequestId, first: $first, after: $after) {
      edges {
        node {
          id
          requestId
          status
          type
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const LeadStatistics = graphql(`
  query LaStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
    oversightStatistics(from: $from, to: $to, forceId: $forceId) {
      months {
        month
        leadActions {
          leadsActedOn
          taken
        }
      }
      totals {
        leadsCorroborated
        leadsExcluded
        leadActions {
          leadsActedOn
          leadsActedOnWithCorroboration
          leadsActedOnWithoutCorroboration
          proposed
          taken
          rejected
          awaitingDecision
          refusedWithoutCorroboration
          takenByType {
            category
            count
          }
          timeFromOutcomeToAction {
            count
            medianSeconds
            p90Seconds
            suppressed
          }
        }
      }
    }
  }
`);

const LeadDisclosurePack = graphql(`
  query LaDisclosurePack($id: ID!) {
    disclosurePack(id: $id) {
      lead {
        outcome {
          result
          corroborationId
        }
        corroborations {
          id
          type
          reference
        }
        actions {
          type
          status
          corroborationIds
          decidedById
        }
      }
      html
    }
  }
`);

const DESCRIPTION = 'Fingerprint on the till drawer matched the person named, confirmed by the bureau.';
const REASON = 'Fingerprint identification independent of the search; arrest is necessary to interview.';
const APPROVAL = 'Corroboration is independent and reliable; arrest is proportionate.';
const NOBODY = '00000000-0000-4000-8000-000000000000';

describe(LeadActionService.name, () => {
  let server: TestServer;
  let fx: OversightFixture;
  const requests: Record<string, { id: string; candidates: Record<string, string> }> = {};

  const corroborate = (
    as: string,
    requestId: string,
    extra: Partial<{ type: string; reference: string; description: string }> = {},
  ) =>
    server.gql(
      RecordCorroboration,
      {
        input: {
          requestId,
          type: 'FINGERPRINT',
          reference: `LAB/${Math.random().toString(36).slice(2, 8)}`,
          description: DESCRIPTION,
          ...extra,
        } as never,
      },
      { as },
    );
  const propose = (
    as: string,
    requestId: string,
    type = 'ARREST',
    extra: Partial<{ reason: string; corroborationIds: string[] }> = {},
  ) =>
    server.gql(
      ProposeAction,
      { input: { requestId, type: type as never, reason: REASON, ...extra } },
      { as },
    );
  const approve = (as: string, actionId: string, reason = APPROVAL) =>
    server.gql(ApproveAction, { input: { actionId, reason } }, { as });
  const reject = (as: string, actionId: string) =>
    server.gql(RejectAction, { input: { actionId, reason: 'Not yet: wait for the DNA result.' } }, { as });
  const lead = (as: string, requestId: string) => server.gql(Lead, { requestId }, { as });
  const count = (action: AuditAction, actor: string) =>
    server.db.manager.count(AuditEvent, { where: { action, actorOfficerId: fx.officers[actor] } });
  /** A confirmed SWP lead (possible match on A), submitted in June 2025. */
  const confirmed = (status: 'CONFIRMED' | 'CLOSED' = 'CONFIRMED', force: 'SWP' | 'GWP' = 'SWP') =>
    fx.request({
      force,
      submittedAt: '2025-06-10T10:00:00Z',
      status,
      candidates: ['A', 'B'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { A: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'A', afterSeconds: 3600 },
    });
  /** A confirmed lead with one corroboration recorded by its requester. */
  const corroborated = async () => {
    const request = await confirmed();
    const corroboration = ok(await corroborate('swp.requester', request.id)).recordLeadCorroboration;
    return { requestId: request.id, corroborationId: corroboration.id };
  };

  beforeAll(async () => {
    server = await TestServer.start({ STATS_MIN_GROUP_SIZE: '1' });
    fx = await OversightFixture.create(server);
    await fx.person('A', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '25-34' });
    await fx.person('B', 'SWP', { ethnicity: 'B2', sex: 'F', ageBand: '18-24' });
    // a second supervisor of SWP, so that a supervisor's own proposal has someone to approve it
    const m = server.db.manager;
    await m.save(
      m.create(Officer, {
        subject: 'swp.supervisor2',
        forceId: fx.forces.SWP,
        displayName: 'swp.supervisor2',
        roles: [Role.SUPERVISOR],
        overseesForceIds: [],
      }),
    );
    fx.officers['swp.supervisor2'] = (await m.findOneByOrFail(Officer, { subject: 'swp.supervisor2' })).id;
    requests.noViable = await fx.request({
      force: 'SWP',
      submittedAt: '2025-06-10T10:00:00Z',
      status: 'NO_VIABLE_CANDIDATE',
      candidates: ['A'],
      reviews: { first: {}, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 60 },
    });
    requests.inReview = await fx.request({
      force: 'SWP',
      submittedAt: '2025-06-10T10:00:00Z',
      status: 'SECOND_REVIEW',
      candidates: ['A'],
      reviews: { first: { A: 'POSSIBLE_MATCH' } },
    });
    requests.excluded = await fx.request({
      force: 'SWP',
      submittedAt: '2025-06-10T10:00:00Z',
      status: 'CONFIRMED',
      candidates: ['A'],
      reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { A: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'A', afterSeconds: 3600 },
      lead: 'EXCLUDED',
    });
  });
  afterAll(() => server.stop());

  describe('propose', () => {
    it('should refuse an arrest recorded without corroboration, and record the refusal', async () => {
      const request = await confirmed();
      const before = await count('LEAD_ACTION_REFUSED', 'swp.requester');
      const refused = await propose('swp.requester', request.id, 'ARREST');
      expect(codes(refused)).toEqual(['CORROBORATION_REQUIRED']);
      expect(refused.errors![0].extensions).toMatchObject({ actionType: 'ARREST' });
      expect(refused.errors![0].message).toMatch(/intelligence only/);
      // a supervisor cannot do it either, nor any of the other actions
      for (const type of ['IDENTIFICATION_PROCEDURE', 'CHARGE', 'PUBLIC_APPEAL'])
        expect([type, codes(await propose('swp.supervisor', request.id, type))]).toEqual([
          type,
          ['CORROBORATION_REQUIRED'],
        ]);
      expect(await server.db.manager.countBy(LeadAction, { requestId: request.id })).toBe(0);
      expect(await count('LEAD_ACTION_REFUSED', 'swp.requester')).toBe(before + 1);
      const event = await server.db.manager.findOneOrFail(AuditEvent, {
        where: {
          action: 'LEAD_ACTION_REFUSED',
          subjectId: request.id,
          actorOfficerId: fx.officers['swp.requester'],
        },
      });
      expect(event).toMatchObject({ subjectType: 'SearchRequest', forceId: fx.forces.SWP });
      expect(event.details).toMatchObject({ searchRequestId: request.id, type: 'ARREST' });
    });

    it('should make an action without corroboration impossible in the database itself', async () => {
      const request = await confirmed();
      const insert = (manager: import('typeorm').EntityManager) =>
        manager.query(
          `INSERT INTO lead_action (request_id, force_id, type, reason, status, proposed_by_id, proposed_at, decided_by_id, decided_at, decision_reason)
           VALUES ($1, $2, 'ARREST', 'Straight to arrest.', 'APPROVED', $3, now(), $4, now(), 'Approved.')`,
          [request.id, fx.forces.SWP, fx.officers['swp.requester'], fx.officers['swp.supervisor']],
        );
      await expect(server.db.transaction(({ manager }) => insert(manager))).rejects.toThrow(
        /rests on no corroborating evidence/,
      );
      await expect(server.asOwner(insert)).rejects.toThrow(/rests on no corroborating evidence/);
      // nor resting on another lead's evidence
      const other = await corroborated();
      await expect(
        server.db.transaction(async ({ manager }) => {
          const [row] = await manager.query(
            `INSERT INTO lead_action (request_id, force_id, type, reason, status, proposed_by_id, proposed_at)
             VALUES ($1, $2, 'ARREST', 'Borrowed evidence.', 'PROPOSED', $3, now()) RETURNING id`,
            [request.id, fx.forces.SWP, fx.officers['swp.requester']],
          );
          await manager.query(
            `INSERT INTO lead_action_evidence (action_id, corroboration_id, request_id) VALUES ($1, $2, $3)`,
            [row.id, other.corroborationId, request.id],
          );
        }),
      ).rejects.toThrow(/foreign key/);
      expect(await server.db.manager.countBy(LeadAction, { requestId: request.id })).toBe(0);
    });

    it('should record a proposal resting on the corroboration, once per type while it is open', async () => {
      const { requestId, corroborationId } = await corroborated();
      const before = await count('LEAD_ACTION_PROPOSED', 'swp.requester');
      const proposed = ok(await propose('swp.requester', requestId)).proposeLeadAction;
      expect(proposed).toMatchObject({
        requestId,
        type: 'ARREST',
        status: 'PROPOSED',
        corroborationIds: [corroborationId],
        proposedById: fx.officers['swp.requester'],
        decidedById: null,
      });
      expect(await count('LEAD_ACTION_PROPOSED', 'swp.requester')).toBe(before + 1);
      const event = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'LEAD_ACTION_PROPOSED', subjectId: proposed.id },
      });
      expect(event).toMatchObject({ subjectType: 'LeadAction', reason: REASON, forceId: fx.forces.SWP });
      expect(event.details).toMatchObject({
        searchRequestId: requestId,
        type: 'ARREST',
        corroborationIds: [corroborationId],
        corroborationTypes: ['FINGERPRINT'],
      });
      const replay = await propose('swp.supervisor', requestId);
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(replay.errors![0].extensions).toMatchObject({ leadActionId: proposed.id });
      // another type is another proposal
      expect(ok(await propose('swp.supervisor', requestId, 'PUBLIC_APPEAL')).proposeLeadAction.status).toBe(
        'PROPOSED',
      );
    });

    it('should refuse evidence of another lead, an empty list, and text that says nothing, as bad input', async () => {
      const { requestId, corroborationId } = await corroborated();
      const other = await corroborated();
      const foreign = await propose('swp.requester', requestId, 'ARREST', {
        corroborationIds: [corroborationId, other.corroborationId],
      });
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(foreign.errors![0].extensions).toMatchObject({
        field: 'corroborationIds',
        id: other.corroborationId,
      });
      expect(codes(await propose('swp.requester', requestId, 'ARREST', { corroborationIds: [] }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await propose('swp.requester', requestId, 'ARREST', { reason: '   too short ' }))).toEqual(
        ['BAD_USER_INPUT'],
      );
      expect(codes(await propose('swp.requester', requestId, 'DETENTION'))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await propose('swp.requester', NOBODY))).toEqual(['NOT_FOUND']);
      const named = ok(
        await propose('swp.requester', requestId, 'CHARGE', { corroborationIds: [corroborationId] }),
      ).proposeLeadAction;
      expect(named.corroborationIds).toEqual([corroborationId]);
    });

    it('should refuse a lead that was excluded, and requests that confirmed nobody', async () => {
      expect(codes(await propose('swp.requester', requests.excluded.id))).toEqual(['INVALID_STATE']);
      for (const name of ['noViable', 'inReview'])
        expect([name, codes(await propose('swp.requester', requests[name].id))]).toEqual([
          name,
          ['INVALID_STATE'],
        ]);
    });

    it('should refuse anyone but the requester and supervisors of the force, and record each refusal', async () => {
      const { requestId } = await corroborated();
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
        expect([as, codes(await propose(as, requestId))]).toEqual([as, [code]]);
        expect(await count('ACCESS_DENIED', as)).toBe(before + 1);
      }
      expect(await server.db.manager.countBy(LeadAction, { requestId })).toBe(0);
    });
  });

  describe('recordCorroboration', () => {
    it('should record the evidence and, the first time, the lead as corroborated, in one change with both audit events', async () => {
      const request = await confirmed();
      const before = await count('LEAD_OUTCOME_RECORDED', 'swp.requester');
      const recorded = ok(
        await corroborate('swp.requester', request.id, { type: 'DNA', reference: 'FSS/2025/0042' }),
      ).recordLeadCorroboration;
      expect(recorded).toMatchObject({
        requestId: request.id,
        type: 'DNA',
        reference: 'FSS/2025/0042',
        description: DESCRIPTION,
        recordedById: fx.officers['swp.requester'],
      });
      const shown = ok(await lead('swp.requester', request.id)).lead;
      expect(shown.outcome).toEqual({
        result: 'CORROBORATED',
        corroborationId: recorded.id,
        candidateId: request.candidates.A,
        note: DESCRIPTION,
      });
      expect(await count('LEAD_OUTCOME_RECORDED', 'swp.requester')).toBe(before + 1);
      const [evidence, outcome] = await Promise.all([
        server.db.manager.findOneOrFail(AuditEvent, {
          where: { action: 'LEAD_CORROBORATION_RECORDED', subjectId: recorded.id },
        }),
        server.db.manager.findOneOrFail(AuditEvent, {
          where: { action: 'LEAD_OUTCOME_RECORDED', subjectId: request.id },
        }),
      ]);
      expect(evidence).toMatchObject({ subjectType: 'LeadCorroboration', reason: DESCRIPTION });
      expect(evidence.details).toMatchObject({
        searchRequestId: request.id,
        type: 'DNA',
        reference: 'FSS/2025/0042',
        makesOutcome: true,
      });
      expect(outcome.details).toMatchObject({ result: 'CORROBORATED', corroborationId: recorded.id });
      expect(Number(outcome.seq)).toBe(Number(evidence.seq) + 1);

      // more evidence adds to the lead; its outcome stays the first record's
      const second = ok(
        await corroborate('swp.supervisor', request.id, { type: 'CCTV_TRACKING', reference: 'CCTV/77' }),
      ).recordLeadCorroboration;
      const after = ok(await lead('swp.supervisor', request.id)).lead;
      expect(after.corroborations.map((c) => c.id)).toEqual([recorded.id, second.id]);
      expect(after.outcome?.corroborationId).toBe(recorded.id);
      expect(await server.db.manager.countBy(LeadOutcome, { requestId: request.id })).toBe(1);
      // the same exhibit again (any case) is a replay
      const replay = await corroborate('swp.requester', request.id, {
        type: 'DNA',
        reference: 'fss/2025/0042',
      });
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(replay.errors![0].extensions).toMatchObject({ corroborationId: recorded.id });
      // and the lead's outcome cannot then be recorded as anything else
      expect(
        codes(
          await server.gql(
            RecordOutcome,
            { requestId: request.id, result: 'EXCLUDED' },
            { as: 'swp.requester' },
          ),
        ),
      ).toEqual(['CONFLICT']);
    });

    it('should not let a lead be recorded as corroborated without its evidence', async () => {
      const request = await confirmed();
      const refused = await server.gql(
        RecordOutcome,
        { requestId: request.id, result: 'CORROBORATED' },
        { as: 'swp.requester' },
      );
      expect(codes(refused)).toEqual(['CORROBORATION_REQUIRED']);
      expect(await server.db.manager.countBy(LeadOutcome, { requestId: request.id })).toBe(0);
      await expect(
        server.db.manager.query(
          `INSERT INTO lead_outcome (request_id, force_id, candidate_id, result, note, recorded_by_id, recorded_at)
           VALUES ($1, $2, $3, 'CORROBORATED', 'Corroborated, says who?', $4, now())`,
          [request.id, fx.forces.SWP, request.candidates.A, fx.officers['swp.requester']],
        ),
      ).rejects.toThrow(/names the corroborating evidence/);
    });

    it('should refuse evidence on an excluded lead or a request that confirmed nobody, and input that says nothing', async () => {
      expect(codes(await corroborate('swp.requester', requests.excluded.id))).toEqual(['INVALID_STATE']);
      expect(codes(await corroborate('swp.requester', requests.noViable.id))).toEqual(['INVALID_STATE']);
      expect(codes(await corroborate('swp.requester', requests.inReview.id))).toEqual(['INVALID_STATE']);
      expect(codes(await corroborate('swp.requester', NOBODY))).toEqual(['NOT_FOUND']);
      const request = await confirmed();
      expect(codes(await corroborate('swp.requester', request.id, { reference: ' ' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await corroborate('swp.requester', request.id, { description: 'a print' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await corroborate('swp.requester', request.id, { type: 'HUNCH' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(await server.db.manager.countBy(LeadCorroboration, { requestId: request.id })).toBe(0);
    });

    it('should refuse anyone but the requester and supervisors of the force, and not another force', async () => {
      const request = await confirmed();
      for (const [as, code] of Object.entries({
        'swp.requester2': 'NOT_FOUND',
        'swp.authoriser': 'FORBIDDEN',
        'swp.admin': 'FORBIDDEN',
        'oversight.commissioner': 'FORBIDDEN',
        'gwp.supervisor': 'NOT_FOUND',
      })) {
        const before = await count('ACCESS_DENIED', as);
        expect([as, codes(await corroborate(as, request.id))]).toEqual([as, [code]]);
        expect(await count('ACCESS_DENIED', as)).toBe(before + 1);
      }
      const gwp = await confirmed('CONFIRMED', 'GWP');
      expect(codes(await corroborate('swp.supervisor', gwp.id))).toEqual(['NOT_FOUND']);
      expect(ok(await corroborate('gwp.supervisor', gwp.id)).recordLeadCorroboration.requestId).toBe(gwp.id);
    });

    it('should keep recorded evidence unchangeable in the database itself', async () => {
      const { requestId, corroborationId } = await corroborated();
      ok(await propose('swp.requester', requestId));
      for (const sql of [
        `UPDATE lead_corroboration SET description = 'Something else entirely.' WHERE id = $1`,
        `DELETE FROM lead_corroboration WHERE id = $1`,
        `DELETE FROM lead_action_evidence WHERE corroboration_id = $1`,
      ]) {
        // the service's role may not (PostgreSQL), and the owner is stopped by the trigger
        await expect(server.db.manager.query(sql, [corroborationId])).rejects.toThrow();
        await expect(server.asOwner((m) => m.query(sql, [corroborationId]))).rejects.toThrow(/append-only/);
      }
    });
  });

  describe('approve and reject', () => {
    it("should take an action when a supervisor approves another officer's proposal, with its audit event", async () => {
      const { requestId, corroborationId } = await corroborated();
      const proposed = ok(await propose('swp.requester', requestId)).proposeLeadAction;
      // the requester is no supervisor
      expect(codes(await approve('swp.requester', proposed.id))).toEqual(['FORBIDDEN']);
      const approved = ok(await approve('swp.supervisor', proposed.id)).approveLeadAction;
      expect(approved).toMatchObject({
        id: proposed.id,
        status: 'APPROVED',
        decidedById: fx.officers['swp.supervisor'],
        decisionReason: APPROVAL,
        corroborationIds: [corroborationId],
      });
      const event = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'LEAD_ACTION_APPROVED', subjectId: proposed.id },
      });
      expect(event).toMatchObject({ subjectType: 'LeadAction', reason: APPROVAL, forceId: fx.forces.SWP });
      expect(event.details).toMatchObject({
        searchRequestId: requestId,
        type: 'ARREST',
        proposedById: fx.officers['swp.requester'],
        corroborationIds: [corroborationId],
        secondsFromOutcome: expect.any(Number),
      });
      // a replay, or a late rejection, is a CONFLICT saying what happened
      const replay = await approve('swp.supervisor', proposed.id);
      expect(codes(replay)).toEqual(['CONFLICT']);
      expect(replay.errors![0].extensions).toMatchObject({
        status: 'APPROVED',
        decidedById: fx.officers['swp.supervisor'],
      });
      expect(codes(await reject('swp.supervisor2', proposed.id))).toEqual(['CONFLICT']);
      expect(
        await server.db.manager.countBy(AuditEvent, {
          action: 'LEAD_ACTION_APPROVED',
          subjectId: proposed.id,
        }),
      ).toBe(1);
    });

    it('should let nobody approve their own proposal', async () => {
      const { requestId } = await corroborated();
      const proposed = ok(await propose('swp.supervisor', requestId)).proposeLeadAction;
      const before = await count('ACCESS_DENIED', 'swp.supervisor');
      expect(codes(await approve('swp.supervisor', proposed.id))).toEqual(['FORBIDDEN']);
      expect(codes(await reject('swp.supervisor', proposed.id))).toEqual(['FORBIDDEN']);
      expect(await count('ACCESS_DENIED', 'swp.supervisor')).toBe(before + 2);
      // nor can it be written so
      await expect(
        server.db.manager.query(
          `UPDATE lead_action SET status = 'APPROVED', decided_by_id = proposed_by_id, decided_at = now(), decision_reason = 'Mine.' WHERE id = $1`,
          [proposed.id],
        ),
      ).rejects.toThrow(/lead_action_not_own_decision/);
      expect(ok(await approve('swp.supervisor2', proposed.id)).approveLeadAction.decidedById).toBe(
        fx.officers['swp.supervisor2'],
      );
    });

    it('should let one of two supervisors approving at once win, and tell the other CONFLICT', async () => {
      const { requestId } = await corroborated();
      const proposed = ok(await propose('swp.requester', requestId)).proposeLeadAction;
      const results = await Promise.all([
        approve('swp.supervisor', proposed.id),
        approve('swp.supervisor2', proposed.id),
      ]);
      expect(results.map((r) => (r.errors ? codes(r).join() : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
      const winner = results.find((r) => !r.errors)!.data!.approveLeadAction.decidedById;
      const stored = await server.db.manager.findOneByOrFail(LeadAction, { id: proposed.id });
      expect(stored).toMatchObject({ status: 'APPROVED', decidedById: winner });
      expect(
        await server.db.manager.countBy(AuditEvent, {
          action: 'LEAD_ACTION_APPROVED',
          subjectId: proposed.id,
        }),
      ).toBe(1);
    });

    it('should refuse another force and unknown ids as not found, and keep a decision final', async () => {
      const { requestId } = await corroborated();
      const proposed = ok(await propose('swp.requester', requestId)).proposeLeadAction;
      expect(codes(await approve('gwp.supervisor', proposed.id))).toEqual(['NOT_FOUND']);
      expect(codes(await approve('swp.requester2', proposed.id))).toEqual(['NOT_FOUND']);
      expect(codes(await approve('swp.authoriser', proposed.id))).toEqual(['FORBIDDEN']);
      expect(codes(await approve('swp.supervisor', NOBODY))).toEqual(['NOT_FOUND']);
      expect(codes(await approve('swp.supervisor', proposed.id, 'ok'))).toEqual(['BAD_USER_INPUT']);
      const rejected = ok(await reject('swp.supervisor', proposed.id)).rejectLeadAction;
      expect(rejected).toMatchObject({ status: 'REJECTED', decidedById: fx.officers['swp.supervisor'] });
      await expect(
        server.db.manager.query(`UPDATE lead_action SET status = 'APPROVED' WHERE id = $1`, [proposed.id]),
      ).rejects.toThrow(/decided once/);
      await expect(
        server.db.manager.query(`DELETE FROM lead_action WHERE id = $1`, [proposed.id]),
      ).rejects.toThrow();
      // turned down, it may be proposed again
      expect(ok(await propose('swp.requester', requestId)).proposeLeadAction.status).toBe('PROPOSED');
    });
  });

  describe('lead and leadActions', () => {
    it("should show a lead to its requester, the force's supervisors and oversight, and to nobody else", async () => {
      const { requestId } = await corroborated();
      ok(await propose('swp.requester', requestId));
      for (const as of ['swp.requester', 'swp.supervisor', 'oversight.commissioner'])
        expect([as, ok(await lead(as, requestId)).lead.actions.map((a) => a.type)]).toEqual([as, ['ARREST']]);
      for (const [as, code] of Object.entries({
        'swp.requester2': 'NOT_FOUND',
        'swp.reviewer1': 'NOT_FOUND',
        'swp.authoriser': 'FORBIDDEN',
        'gwp.supervisor': 'NOT_FOUND',
      }))
        expect([as, codes(await lead(as, requestId))]).toEqual([as, [code]]);
    });

    it("should list a supervisor's queue of proposals, a requester's own, and refuse those with no part", async () => {
      const { requestId } = await corroborated();
      const proposed = ok(
        await propose('swp.requester', requestId, 'IDENTIFICATION_PROCEDURE'),
      ).proposeLeadAction;
      const queue = async (as: string, status?: 'PROPOSED') => {
        const ids: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page: {
            leadActions: {
              edges: Array<{ node: { id: string } }>;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          } = ok(await server.gql(LeadActions, { status, first: 3, after }, { as }));
          ids.push(...page.leadActions.edges.map((e) => e.node.id));
          if (!page.leadActions.pageInfo.hasNextPage) return ids;
          after = page.leadActions.pageInfo.endCursor;
        }
      };
      const pending = await queue('swp.supervisor', 'PROPOSED');
      expect(pending).toContain(proposed.id);
      expect(new Set(pending).size).toBe(pending.length);
      const stored = await server.db.manager.find(LeadAction, {
        where: { status: 'PROPOSED' as never, forceId: fx.forces.SWP },
      });
      expect(pending.sort()).toEqual(stored.map((a) => a.id).sort());
      expect(await queue('swp.requester')).toContain(proposed.id);
      expect(await queue('swp.requester2')).toEqual([]);
      expect(await queue('gwp.supervisor')).not.toContain(proposed.id);
      expect(await queue('oversight.commissioner')).toContain(proposed.id);
      expect(codes(await server.gql(LeadActions, {}, { as: 'swp.reviewer1' }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('in the statistics, the exports and the disclosure pack', () => {
    const PERIOD = { from: '2025-09-01T00:00:00Z', to: '2025-11-01T00:00:00Z' };
    let packRequest: { id: string };

    beforeAll(async () => {
      const lead = (
        submittedAt: string,
        actions: NonNullable<Parameters<OversightFixture['request']>[0]['actions']>,
        status: 'CONFIRMED' | 'CLOSED' = 'CONFIRMED',
      ) =>
        fx.request({
          force: 'SWP',
          submittedAt,
          status,
          candidates: ['A', 'B'],
          reviews: { first: { A: 'POSSIBLE_MATCH' }, second: { A: 'POSSIBLE_MATCH' } },
          outcome: {
            result: 'POSSIBLE_MATCH',
            basis: 'REVIEWERS_AGREED',
            candidate: 'A',
            afterSeconds: 3600,
          },
          lead: 'CORROBORATED',
          actions,
        });
      // September: one lead arrested after an hour and charged after two; one appealed after ten minutes
      await lead('2025-09-05T10:00:00Z', [
        { type: 'ARREST', afterSeconds: 3600 },
        { type: 'CHARGE', afterSeconds: 7200 },
      ]);
      await lead('2025-09-12T10:00:00Z', [{ type: 'PUBLIC_APPEAL', afterSeconds: 600 }]);
      // October: one turned down, one awaiting a decision
      await lead('2025-10-03T10:00:00Z', [
        { type: 'ARREST', afterSeconds: 900, status: 'REJECTED' },
        { type: 'IDENTIFICATION_PROCEDURE', afterSeconds: 0, status: 'PROPOSED' },
      ]);
      packRequest = await lead(
        '2025-10-20T10:00:00Z',
        [{ type: 'IDENTIFICATION_PROCEDURE', afterSeconds: 86_400 }],
        'CLOSED',
      );
    });

    it('should count leads acted on, with and without corroboration, and the time from outcome to action', async () => {
      const s = ok(
        await server.gql(
          LeadStatistics,
          { ...PERIOD, forceId: fx.forces.SWP },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics;
      expect(s.totals[0].leadsCorroborated).toBe(4);
      expect(s.totals[0].leadActions).toEqual({
        leadsActedOn: 3,
        leadsActedOnWithCorroboration: 3,
        leadsActedOnWithoutCorroboration: 0,
        proposed: 6,
        taken: 4,
        rejected: 1,
        awaitingDecision: 1,
        refusedWithoutCorroboration: 0,
        takenByType: [
          { category: 'IDENTIFICATION_PROCEDURE', count: 1 },
          { category: 'ARREST', count: 1 },
          { category: 'CHARGE', count: 1 },
          { category: 'PUBLIC_APPEAL', count: 1 },
        ],
        // 600, 3600, 7200, 86400 seconds: continuous percentiles
        timeFromOutcomeToAction: {
          count: 4,
          medianSeconds: 5400,
          p90Seconds: expect.closeTo(62640, 6),
          suppressed: false,
        },
      });
      expect(s.months.map((m) => [m.month, m.leadActions.leadsActedOn, m.leadActions.taken])).toEqual([
        ['2025-09', 2, 3],
        ['2025-10', 1, 1],
      ]);
    });

    it('should count the refused attempts in the month of their request', async () => {
      const s = ok(
        await server.gql(
          LeadStatistics,
          { from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z', forceId: fx.forces.SWP },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics;
      const refused = await server.db.manager.countBy(AuditEvent, { action: 'LEAD_ACTION_REFUSED' });
      expect(refused).toBeGreaterThanOrEqual(4);
      expect(s.totals[0].leadActions).toMatchObject({
        refusedWithoutCorroboration: refused,
        leadsActedOnWithoutCorroboration: 0,
      });
      expect(s.totals[0].leadActions.leadsActedOn).toBeGreaterThan(0);
    });

    it('should write the figures in the statistics CSV and the oversight meeting pack', async () => {
      const base = server.url.replace(/\/graphql$/, '');
      const download = async (path: string) => {
        const url = new URL(path, base);
        url.searchParams.append('from', PERIOD.from);
        url.searchParams.append('to', PERIOD.to);
        url.searchParams.append('forceId', fx.forces.SWP);
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${await server.token('oversight.commissioner')}` },
        });
        expect(response.status).toBe(200);
        return response.text();
      };
      const statistics: Array<Record<string, string>> = parseCsv(await download('/exports/statistics.csv'), {
        columns: true,
      });
      const value = (measure: string, category = '') =>
        statistics.find((r) => r.section === 'PERIOD' && r.measure === measure && r.category === category);
      expect(value('leadActions.leadsActedOn')?.value).toBe('3');
      expect(value('leadActions.leadsActedOnWithoutCorroboration')?.value).toBe('0');
      expect(value('leadActions.taken', 'ARREST')?.value).toBe('1');
      expect(value('leadActions.timeFromOutcomeToAction.medianSeconds')).toMatchObject({
        value: '5400',
        suppressed: 'false',
      });
      const pack: Array<Record<string, string>> = parseCsv(await download('/exports/oversight-pack.csv'), {
        columns: true,
      });
      const inPack = (measure: string) =>
        pack.find((r) => r.section === 'LEAD_ACTIONS' && r.measure === measure)?.value;
      expect(inPack('leadActions.leadsActedOnWithCorroboration')).toBe('3');
      expect(inPack('leadActions.taken.CHARGE')).toBe('1');
      expect(Number(inPack('leadActions.timeFromOutcomeToAction.p90Seconds'))).toBeCloseTo(62640, 6);
      const html = await download('/exports/oversight-pack.html');
      expect(html).toContain('The lead after the match: actions on confirmed leads');
      expect(html).toMatch(/leads acted on without corroboration<\/th><td>0</);
    });

    it('should put the corroboration and every action in the disclosure pack', async () => {
      const pack = ok(
        await server.gql(LeadDisclosurePack, { id: packRequest.id }, { as: 'swp.supervisor' }),
      ).disclosurePack;
      expect(pack.lead.outcome).toEqual({
        result: 'CORROBORATED',
        corroborationId: pack.lead.corroborations[0].id,
      });
      expect(pack.lead.corroborations).toEqual([expect.objectContaining({ type: 'FINGERPRINT' })]);
      expect(pack.lead.actions).toEqual([
        expect.objectContaining({
          type: 'IDENTIFICATION_PROCEDURE',
          status: 'APPROVED',
          decidedById: fx.officers['swp.supervisor'],
          corroborationIds: [expect.any(String)],
        }),
      ]);
      expect(pack.html).toContain('The lead after the match');
      expect(pack.html).toContain(pack.lead.corroborations[0].reference);
      expect(pack.html).toMatch(/identification procedure/);
      // oversight's copy holds it too
      const oversight = ok(
        await server.gql(LeadDisclosurePack, { id: packRequest.id }, { as: 'oversight.commissioner' }),
      ).disclosurePack;
      expect(oversight.lead.actions).toHaveLength(1);
    });
  });
});

import { graphql } from '../gql';
import { markerBytes, OversightFixture } from '../support/oversight-fixture';
import { codes, TestServer } from '../support/test-server';

const RetPurgedRequest = graphql(`
  query RetPurgedRequest($id: ID!) {
    searchRequest(id: $id) {
      id
      status
      outcome {
        result
        custodyRecord {
          custodyImageId
        }
      }
      probeImage {
        kind
      }
      candidates {
        id
      }
      reviews {
        stage
        decisions {
          candidateId
        }
      }
      purged {
        purgedAt
        rule
        retentionDays
        probeSha256
        counts {
          probeImages
          probeTemplates
          candidates
          reviewDecisions
        }
      }
      retentionHold {
        inForce
      }
    }
  }
`);

const RetDisclosurePack = graphql(`
  query RetDisclosurePack($id: ID!) {
    disclosurePack(id: $id) {
      candidates {
        rank
      }
      probe {
        mimeType
        sha256
        imageBase64
        purged {
          rule
        }
      }
      html
    }
  }
`);

const RetStatistics = graphql(`
  query RetStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    oversightStatistics(from: $from, to: $to) {
      totals {
        forceCode
        retention {
          requestsPurged
          purgedAfterNoViableCandidate
          purgedAfterCaseClosure
          holdsPlaced
          holdsReleased
        }
      }
    }
  }
`);

const RetSetPolicy = graphql(`
  mutation RetSetPolicy($input: SetRetentionPolicyInput!) {
    setRetentionPolicy(input: $input) {
      forceId
      afterNoViableCandidateDays
      set
    }
  }
`);

const RetPlaceHold = graphql(`
  mutation RetPlaceHold($requestId: ID!, $reason: String!, $reviewAt: DateTimeISO!) {
    placeRetentionHold(requestId: $requestId, reason: $reason, reviewAt: $reviewAt) {
      id
      inForce
      reviewAt
    }
  }
`);

const RetRecordLead = graphql(`
  mutation RetRecordLead($requestId: ID!) {
    recordLeadOutcome(requestId: $requestId, result: CORROBORATED, note: "Found by other evidence later.") {
      id
    }
  }
`);

/**
 * What a purge leaves visible through the API: the tombstone on the request, null image fields and
 * an empty candidate list (never a stale image), a disclosure pack saying so, typed errors, and
 * oversight statistics counting purges and holds. The purge here is the service's own sweep.
 */
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789abcdef';

describe('retention of searches over GraphQL', () => {
  let server: TestServer;
  let fixture: OversightFixture;

  beforeAll(async () => {
    // the sweep runs when the test says (tick), not on its own in between
    server = await TestServer.start({ WORKFLOW_SWEEP_INTERVAL_MS: '3600000', METRICS_TOKEN });
    fixture = await OversightFixture.create(server);
    await fixture.person('a', 'SWP', { sex: 'F' });
    await fixture.person('b', 'SWP', { sex: 'M' });
  });
  afterAll(() => server?.stop());

  it('should show the tombstone and no image after the sweep purges a request, and refuse what needs the list', async () => {
    const nvc = await fixture.request({
      force: 'SWP',
      submittedAt: '2026-01-05T09:00:00Z',
      status: 'CLOSED',
      candidates: ['a', 'b'],
      reviews: { first: {}, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 3600 },
    });
    const confirmed = await fixture.request({
      force: 'SWP',
      submittedAt: '2026-01-06T09:00:00Z',
      status: 'CONFIRMED',
      candidates: ['a', 'b'],
      reviews: { first: { a: 'POSSIBLE_MATCH' }, second: { a: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'a', afterSeconds: 3600 },
    });
    const held = await fixture.request({
      force: 'SWP',
      submittedAt: '2026-01-07T09:00:00Z',
      status: 'CLOSED',
      candidates: ['b'],
      reviews: { first: {}, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 3600 },
    });
    expect(
      (
        await server.gql(
          RetSetPolicy,
          {
            input: {
              afterNoViableCandidateDays: 14,
              afterCaseClosureDays: 30,
              afterHoldDays: 7,
              reason: 'Retention policy as agreed with the DPO.',
            },
          },
          { as: 'swp.admin' },
        )
      ).data?.setRetentionPolicy,
    ).toMatchObject({ afterNoViableCandidateDays: 14, set: true });
    const hold = await server.gql(
      RetPlaceHold,
      {
        requestId: held.id,
        reason: 'Defence asked for the search record.',
        reviewAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      },
      { as: 'swp.supervisor' },
    );
    expect(hold.data?.placeRetentionHold).toMatchObject({ inForce: true });

    // monitoring sees the backlog, read from the database: the NO_VIABLE_CANDIDATE request only
    const metrics = await (
      await fetch(new URL('/metrics', server.url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(/^twokey_retention_requests_due (\d+)$/m.exec(metrics)?.[1]).toBe('1');

    // the in-process schedule: one sweep purges what is due (the confirmed lead's case is open)
    const swept = await server.twokey.timers.tick();
    expect(swept.requestsPurged).toBeGreaterThanOrEqual(1);

    const read = await server.gql(RetPurgedRequest, { id: nvc.id }, { as: 'swp.supervisor' });
    expect(read.errors).toBeUndefined();
    expect(read.data?.searchRequest).toMatchObject({
      status: 'CLOSED',
      outcome: { result: 'NO_VIABLE_CANDIDATE', custodyRecord: null },
      probeImage: null,
      candidates: [],
      purged: {
        rule: 'NO_VIABLE_CANDIDATE',
        retentionDays: 14,
        probeSha256: 'f'.repeat(64),
        counts: { probeImages: 1, probeTemplates: 0, candidates: 2, reviewDecisions: 4 },
      },
      retentionHold: null,
    });
    expect(read.data?.searchRequest.reviews?.map((r) => r.decisions)).toEqual([[], []]);
    // the held request and the open case's confirmed lead are untouched
    for (const id of [held.id, confirmed.id]) {
      const other = await server.gql(RetPurgedRequest, { id }, { as: 'swp.supervisor' });
      expect(other.data?.searchRequest).toMatchObject({ purged: null });
      expect(other.data?.searchRequest.candidates?.length).toBeGreaterThan(0);
    }
    const heldRead = await server.gql(RetPurgedRequest, { id: held.id }, { as: 'swp.supervisor' });
    expect(heldRead.data?.searchRequest.retentionHold).toEqual({ inForce: true });

    const pack = await server.gql(RetDisclosurePack, { id: nvc.id }, { as: 'swp.supervisor' });
    expect(pack.errors).toBeUndefined();
    expect(pack.data?.disclosurePack).toMatchObject({
      candidates: [],
      probe: {
        mimeType: null,
        sha256: 'f'.repeat(64),
        imageBase64: null,
        purged: { rule: 'NO_VIABLE_CANDIDATE' },
      },
    });
    expect(pack.data?.disclosurePack.html).toContain('were purged on');
    expect(JSON.stringify(pack)).not.toContain(markerBytes(`probe:${nvc.id}`).toString('base64'));
    // the same pack of the held request still carries its image: the field is null because of the purge
    const heldPack = await server.gql(RetDisclosurePack, { id: held.id }, { as: 'swp.supervisor' });
    expect(heldPack.data?.disclosurePack.probe).toMatchObject({
      imageBase64: markerBytes(`probe:${held.id}`).toString('base64'),
      purged: null,
    });

    // oversight counts the purge and the hold in this month
    const month = new Date();
    const from = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1));
    const to = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const stats = await server.gql(
      RetStatistics,
      { from: from.toISOString(), to: to.toISOString() },
      { as: 'oversight.commissioner' },
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data?.oversightStatistics.totals.find((t) => t.forceCode === 'SWP')?.retention).toEqual({
      requestsPurged: 1,
      purgedAfterNoViableCandidate: 1,
      purgedAfterCaseClosure: 0,
      holdsPlaced: 1,
      holdsReleased: 0,
    });
  });

  it('should refuse bad settings and holds with typed errors', async () => {
    const input = {
      afterNoViableCandidateDays: 14,
      afterCaseClosureDays: 30,
      afterHoldDays: 7,
      reason: 'Retention policy as agreed with the DPO.',
    };
    for (const bad of [
      { afterNoViableCandidateDays: -1 },
      { afterCaseClosureDays: 1_000_000 },
      { reason: '   ' },
      { forceId: '00000000-0000-4000-8000-000000000000' },
    ])
      expect(
        codes(await server.gql(RetSetPolicy, { input: { ...input, ...bad } }, { as: 'swp.admin' })),
      ).toEqual([Object.keys(bad)[0] === 'forceId' ? 'NOT_FOUND' : 'BAD_USER_INPUT']);
    expect(codes(await server.gql(RetSetPolicy, { input }, { as: 'swp.requester' }))).toEqual(['FORBIDDEN']);

    const { id } = await fixture.request({
      force: 'SWP',
      submittedAt: '2026-02-01T09:00:00Z',
      status: 'NO_VIABLE_CANDIDATE',
      candidates: ['a'],
      reviews: { first: {}, second: {} },
      outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 60 },
    });
    const later = new Date(Date.now() + 86_400_000).toISOString();
    expect(
      codes(
        await server.gql(
          RetPlaceHold,
          { requestId: id, reason: '', reviewAt: later },
          { as: 'swp.requester' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await server.gql(
          RetPlaceHold,
          { requestId: id, reason: 'Trial listed for the spring.', reviewAt: '2020-01-01T00:00:00Z' },
          { as: 'swp.requester' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('should refuse a lead outcome once the candidate list is purged, with PURGED', async () => {
    const made = await fixture.request({
      force: 'SWP',
      submittedAt: '2026-03-01T09:00:00Z',
      status: 'CONFIRMED',
      candidates: ['a'],
      reviews: { first: { a: 'POSSIBLE_MATCH' }, second: { a: 'POSSIBLE_MATCH' } },
      outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'a', afterSeconds: 60 },
    });
    await server.db.dataSource.query(
      `UPDATE case_file SET status = 'CLOSED', closed_at = '2026-03-02T00:00:00Z' WHERE id = $1`,
      [made.caseId],
    );
    const report = await server.twokey.services.retention.purgeDue({ forceCodes: ['SWP'] });
    expect(report.purged.find((p) => p.requestId === made.id)).toMatchObject({ rule: 'CASE_CLOSED' });
    const refused = await server.gql(RetRecordLead, { requestId: made.id }, { as: 'swp.requester' });
    expect(codes(refused)).toEqual(['PURGED']);
    expect(refused.errors?.[0].extensions).toMatchObject({ purgedAt: expect.any(String) });
  });
});

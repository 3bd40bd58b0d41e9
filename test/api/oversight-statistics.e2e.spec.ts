import { parse as parseCsv } from 'csv-parse/sync';
import { AuditEvent, type AuditAction } from '../../src/entities';
import { OversightStatisticsService } from '../../src/services/oversight-statistics.service';
import { graphql } from '../gql';
import type { OversightStatisticsQuery } from '../gql/graphql';
import { OversightFixture } from '../support/oversight-fixture';
import { codes, TestServer } from '../support/test-server';

const StatisticsDoc = graphql(`
  query OversightStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
    oversightStatistics(from: $from, to: $to, forceId: $forceId) {
      from
      to
      minGroupSize
      forces {
        id
        code
      }
      months {
        ...ForcePeriodFigures
      }
      totals {
        ...ForcePeriodFigures
      }
      outcomeMonitoring {
        forceId
        dimension
        group
        suppressed
        suppressionReason
        people
        candidatesReturned
        candidatesConfirmed
        confirmedLaterExcluded
        confirmedLaterCorroborated
        confirmationRate
        exclusionRate
      }
    }
  }

  fragment ForcePeriodFigures on ForcePeriodStatistics {
    forceId
    forceCode
    month
    requests
    byPurpose {
      category
      count
    }
    byOffenceCategory {
      category
      count
    }
    bySourceType {
      category
      count
    }
    authorisationRequired
    authorised
    refused
    searchesRun
    outcomes {
      confirmed
      noViableCandidate
      noCandidatesAboveThreshold
      disputed
      adjudicatedConfirmed
      adjudicatedNoViableCandidate
      awaitingAdjudication
      withdrawn
      expired
      inProgress
    }
    reviewerAgreement {
      reviewedByBoth
      agreed
      rate
      candidateDecisionsCompared
      candidateDecisionsAgreed
      candidateDecisionRate
    }
    timeToOutcome {
      count
      medianSeconds
      p90Seconds
    }
    searchesIncludingUnder18
    searchesIncludingNotConvicted
    thresholdOverrides
    searchesBelowEquitableThreshold
    crossForceSearches
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
    deletionRequests {
      received
      granted
      refused
      pending
      timeToDecide {
        count
        medianSeconds
        p90Seconds
      }
    }
    retention {
      requestsPurged
      purgedAfterNoViableCandidate
      purgedAfterCaseClosure
      purgedAfterHold
      holdsPlaced
      holdsRenewed
      holdsReleased
      holdsLapsed
    }
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
`);

type Statistics = OversightStatisticsQuery['oversightStatistics'];
type Figures = Statistics['months'][number];

const PERIOD = { from: '2026-01-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' };
const HOUR = 3600;
const DAY = 86_400;

/**
 * The fixture (SWP's gallery of eight people; SWP, GWP and NWP requests in January and February
 * 2026, plus some just outside the period) and every expected number below are written by hand
 * from the table in `seed`: nothing here is computed by the code under test.
 */
async function seed(fx: OversightFixture) {
  // SWP's custody records: ethnicity, sex, age band at capture
  await fx.person('P1', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '18-24' });
  await fx.person('P2', 'SWP', { ethnicity: 'W1', sex: 'M', ageBand: '25-34' });
  await fx.person('P3', 'SWP', { ethnicity: 'W1', sex: 'F', ageBand: '25-34' });
  await fx.person('P4', 'SWP', { ethnicity: 'B2', sex: 'M', ageBand: '18-24' });
  await fx.person('P5', 'SWP', { ethnicity: 'B2', sex: 'F', ageBand: '35-44' });
  await fx.person('P6', 'SWP', { ethnicity: 'A1', sex: 'M', ageBand: '25-34' });
  await fx.person('P7', 'SWP', { ethnicity: null, sex: 'F', ageBand: '25-34' });
  await fx.person('P8', 'SWP', { ethnicity: 'B2', sex: 'M', ageBand: '18-24' });
  await fx.person('N1', 'NWP', { ethnicity: 'O9', sex: 'M', ageBand: '45-54' });
  const agree = (match: string | null) => ({
    first: match ? { [match]: 'POSSIBLE_MATCH' as const } : {},
    second: match ? { [match]: 'POSSIBLE_MATCH' as const } : {},
  });

  // ---- SWP, January: R1 R2 R3 R4 R5 R6 R15 ----
  // R1: confirmed on P1 by both reviewers (3 of 3 calls the same), 2 h; later excluded; closed since
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-01-05T10:00:00Z',
    status: 'CLOSED',
    candidates: ['P1', 'P2', 'P4'],
    reviews: agree('P1'),
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'P1', afterSeconds: 2 * HOUR },
    lead: 'EXCLUDED',
  });
  // R2: burglary, confirmed on P4 (3 of 3), 1 h; later corroborated
  await fx.request({
    force: 'SWP',
    offence: 'BURGLARY',
    submittedAt: '2026-01-10T10:00:00Z',
    status: 'CONFIRMED',
    candidates: ['P4', 'P5', 'P8'],
    reviews: agree('P4'),
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'P4', afterSeconds: HOUR },
    lead: 'CORROBORATED',
    // arrested a day after the outcome, on the corroboration
    actions: [{ type: 'ARREST', afterSeconds: DAY }],
  });
  // R3: wanted person, no viable candidate by both reviewers (2 of 2), 3 h
  await fx.request({
    force: 'SWP',
    purpose: 'IDENTIFY_WANTED_PERSON',
    submittedAt: '2026-01-12T10:00:00Z',
    status: 'NO_VIABLE_CANDIDATE',
    candidates: ['P2', 'P3'],
    reviews: agree(null),
    outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'REVIEWERS_AGREED', afterSeconds: 3 * HOUR },
  });
  // R4: theft with under-18s and a lowered threshold, authorised; reviewers named different people
  // (1 of 3 calls the same); adjudicated a possible match on P6 after a day; later excluded
  await fx.request({
    force: 'SWP',
    offence: 'THEFT',
    submittedAt: '2026-01-15T10:00:00Z',
    status: 'ADJUDICATED',
    includeUnder18: true,
    threshold: 0.5,
    authorisation: {
      reasons: ['OFFENCE_NOT_IN_ALLOWED_LIST', 'THRESHOLD_BELOW_FLOOR', 'UNDER_18_INCLUDED'],
      decision: 'AUTHORISED',
    },
    candidates: ['P6', 'P7', 'P1'],
    reviews: { first: { P6: 'POSSIBLE_MATCH' }, second: { P7: 'POSSIBLE_MATCH' } },
    outcome: { result: 'POSSIBLE_MATCH', basis: 'ADJUDICATED', candidate: 'P6', afterSeconds: DAY },
    lead: 'EXCLUDED',
  });
  // R5: missing person across forces with not-convicted records: refused, never searched
  await fx.request({
    force: 'SWP',
    purpose: 'LOCATE_MISSING_PERSON',
    offence: 'MISSING_PERSON',
    submittedAt: '2026-01-20T10:00:00Z',
    status: 'REFUSED',
    includeNotConvicted: true,
    otherGalleries: ['GWP'],
    authorisation: { reasons: ['CROSS_FORCE', 'NOT_CONVICTED_INCLUDED'], decision: 'REFUSED' },
  });
  // R6: not-convicted records included, authorised, searched, withdrawn during the first review
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-01-25T10:00:00Z',
    status: 'WITHDRAWN',
    includeNotConvicted: true,
    authorisation: { reasons: ['NOT_CONVICTED_INCLUDED'], decision: 'AUTHORISED' },
    candidates: ['P3', 'P8'],
  });
  // R15: the last half hour of January (UTC), under-18s asked for, withdrawn before anyone decided
  await fx.request({
    force: 'SWP',
    offence: 'SEXUAL_OFFENCES',
    submittedAt: '2026-01-31T23:30:00Z',
    status: 'WITHDRAWN',
    includeUnder18: true,
    authorisation: { reasons: ['UNDER_18_INCLUDED'] },
  });

  // ---- SWP, February: R7 R8 R9 R10 R11 ----
  // R7: fraud, expired awaiting authorisation
  await fx.request({
    force: 'SWP',
    offence: 'FRAUD',
    submittedAt: '2026-02-03T10:00:00Z',
    status: 'EXPIRED',
    authorisation: { reasons: ['OFFENCE_NOT_IN_ALLOWED_LIST'] },
  });
  // R8: nothing above the threshold, a minute
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-02-05T10:00:00Z',
    status: 'NO_VIABLE_CANDIDATE',
    searched: true,
    outcome: { result: 'NO_VIABLE_CANDIDATE', basis: 'NO_CANDIDATES_ABOVE_THRESHOLD', afterSeconds: 60 },
  });
  // R9: victim, one reviewer found a match and the other did not (1 of 2 the same): awaiting adjudication
  await fx.request({
    force: 'SWP',
    purpose: 'IDENTIFY_VICTIM_OR_WITNESS',
    offence: 'VIOLENCE_AGAINST_THE_PERSON',
    submittedAt: '2026-02-10T10:00:00Z',
    status: 'DISPUTED',
    candidates: ['P1', 'P7'],
    reviews: { first: { P1: 'POSSIBLE_MATCH' }, second: {} },
  });
  // R10: in the first review
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-02-14T10:00:00Z',
    status: 'FIRST_REVIEW',
    candidates: ['P2', 'P5', 'P6'],
  });
  // R11: confirmed on P8 (the second reviewer was unsure about P1: 1 of 2 the same), 30 min
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-02-20T10:00:00Z',
    status: 'CONFIRMED',
    candidates: ['P8', 'P1'],
    reviews: { first: { P8: 'POSSIBLE_MATCH' }, second: { P8: 'POSSIBLE_MATCH', P1: 'INCONCLUSIVE' } },
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'P8', afterSeconds: 30 * 60 },
  });

  // ---- SWP outside the period, and a draft never submitted ----
  await fx.request({
    force: 'SWP',
    submittedAt: '2025-12-31T23:59:59Z',
    status: 'CONFIRMED',
    candidates: ['P5'],
    reviews: agree('P5'),
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'P5', afterSeconds: HOUR },
    lead: 'EXCLUDED',
  });
  await fx.request({
    force: 'SWP',
    submittedAt: '2026-03-01T00:00:00Z',
    status: 'FIRST_REVIEW',
    candidates: ['P5'],
  });
  await fx.request({ force: 'SWP', submittedAt: null, status: 'DRAFT' });

  // ---- GWP, January: G1 searched SWP's gallery too, confirmed on P2 (2 of 2), 90 min ----
  await fx.request({
    force: 'GWP',
    submittedAt: '2026-01-08T10:00:00Z',
    status: 'CONFIRMED',
    otherGalleries: ['SWP'],
    authorisation: { reasons: ['CROSS_FORCE'], decision: 'AUTHORISED' },
    candidates: ['P2', 'P3'],
    reviews: agree('P2'),
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'P2', afterSeconds: 90 * 60 },
  });

  // ---- NWP (not overseen by the commissioner) ----
  await fx.request({
    force: 'NWP',
    submittedAt: '2026-01-09T10:00:00Z',
    status: 'CONFIRMED',
    candidates: ['N1'],
    reviews: agree('N1'),
    outcome: { result: 'POSSIBLE_MATCH', basis: 'REVIEWERS_AGREED', candidate: 'N1', afterSeconds: HOUR },
    lead: 'EXCLUDED',
  });
  await fx.request({
    force: 'NWP',
    submittedAt: '2026-02-09T10:00:00Z',
    status: 'REFUSED',
    authorisation: { reasons: ['OFFENCE_NOT_IN_ALLOWED_LIST'], decision: 'REFUSED' },
  });

  // ---- deletion requests ----
  await fx.deletion('SWP', 'P1', '2026-01-03T09:00:00Z', {
    status: 'GRANTED',
    decidedAt: '2026-01-05T09:00:00Z',
  }); // 2 days
  await fx.deletion('SWP', 'P2', '2026-01-10T09:00:00Z', {
    status: 'REFUSED',
    decidedAt: '2026-01-11T09:00:00Z',
  }); // 1 day
  await fx.deletion('SWP', 'P3', '2026-01-20T09:00:00Z');
  await fx.deletion('SWP', 'P4', '2026-02-02T09:00:00Z', {
    status: 'GRANTED',
    decidedAt: '2026-02-09T09:00:00Z',
  }); // 7 days
  await fx.deletion('SWP', 'P5', '2025-12-02T09:00:00Z', {
    status: 'GRANTED',
    decidedAt: '2026-01-02T09:00:00Z',
  }); // received before the period
  await fx.deletion('GWP', 'P6', '2026-02-15T09:00:00Z', {
    status: 'REFUSED',
    decidedAt: '2026-02-16T21:00:00Z',
  }); // 36 hours
  await fx.deletion('NWP', 'N1', '2026-01-05T09:00:00Z', {
    status: 'GRANTED',
    decidedAt: '2026-01-06T09:00:00Z',
  });
}

/** Nothing of this fixture was purged or held (test/api/retention.e2e.spec.ts counts those). */
const noRetention = {
  requestsPurged: 0,
  purgedAfterNoViableCandidate: 0,
  purgedAfterCaseClosure: 0,
  purgedAfterHold: 0,
  holdsPlaced: 0,
  holdsRenewed: 0,
  holdsReleased: 0,
  holdsLapsed: 0,
};
const zeroDeletions = {
  received: 0,
  granted: 0,
  refused: 0,
  pending: 0,
  timeToDecide: { count: 0, medianSeconds: null, p90Seconds: null },
};
/** Every probe source type, zeros included: the fixture's requests all came from CCTV. */
const fromCctv = (count: number) =>
  ['CCTV', 'BODY_WORN_VIDEO', 'DOORBELL_OR_DASHCAM', 'SOCIAL_MEDIA', 'WITNESS_OR_VICTIM_PHONE', 'OTHER'].map(
    (category) => ({ category, count: category === 'CCTV' ? count : 0 }),
  );

const noOutcomes = {
  confirmed: 0,
  noViableCandidate: 0,
  noCandidatesAboveThreshold: 0,
  disputed: 0,
  adjudicatedConfirmed: 0,
  adjudicatedNoViableCandidate: 0,
  awaitingAdjudication: 0,
  withdrawn: 0,
  expired: 0,
  inProgress: 0,
};

describe(OversightStatisticsService.name, () => {
  let server: TestServer;
  let fx: OversightFixture;
  const base = () => server.url.replace(/\/graphql$/, '');
  const query = (as: string, vars: { from?: string; to?: string; forceId?: string | null } = {}) =>
    server.gql(StatisticsDoc, { ...PERIOD, ...vars }, { as });
  const statistics = async (
    as: string,
    vars: { from?: string; to?: string; forceId?: string | null } = {},
  ): Promise<Statistics> => {
    const response = await query(as, vars);
    expect(response.errors).toBeUndefined();
    return response.data!.oversightStatistics;
  };
  const NO_COMPLIANCE_REVIEWS = {
    completedSearches: 0,
    sampled: 0,
    notSampled: 0,
    awaitingReview: 0,
    reviewed: 0,
    overdue: 0,
    completedLate: 0,
    reviewsWithNotMet: 0,
    findings: [
      'NECESSITY',
      'PROPORTIONALITY',
      'JUSTIFICATION',
      'LAWFUL_PROBE_SOURCE',
      'OUTCOME_HANDLED',
    ].flatMap((criterion) =>
      ['MET', 'NOT_MET', 'NOT_APPLICABLE'].map((result) => ({ criterion, result, count: 0 })),
    ),
  };
  const pick = (s: Statistics, forceCode: string, month: string | null): Figures => {
    const found = (month ? s.months : s.totals).find((f) => f.forceCode === forceCode && f.month === month);
    if (!found) throw new Error(`no figures for ${forceCode} ${month}`);
    return found;
  };
  const audits = (action: AuditAction, actor: string) =>
    server.db.manager.count(AuditEvent, { where: { action, actorOfficerId: fx.officers[actor] } });

  beforeAll(async () => {
    server = await TestServer.start({ STATS_MIN_GROUP_SIZE: '3' });
    fx = await OversightFixture.create(server);
    await seed(fx);
  });
  afterAll(() => server.stop());

  describe('statistics', () => {
    it("should count SWP's January requests as counted by hand", async () => {
      const s = await statistics('oversight.commissioner');
      expect(s.minGroupSize).toBe(3);
      expect(pick(s, 'SWP', '2026-01')).toEqual({
        forceId: fx.forces.SWP,
        forceCode: 'SWP',
        month: '2026-01',
        requests: 7,
        byPurpose: [
          { category: 'IDENTIFY_SUSPECT', count: 5 },
          { category: 'IDENTIFY_WANTED_PERSON', count: 1 },
          { category: 'LOCATE_MISSING_PERSON', count: 1 },
        ],
        byOffenceCategory: [
          { category: 'BURGLARY', count: 1 },
          { category: 'MISSING_PERSON', count: 1 },
          { category: 'ROBBERY', count: 3 },
          { category: 'SEXUAL_OFFENCES', count: 1 },
          { category: 'THEFT', count: 1 },
        ],
        bySourceType: fromCctv(7),
        authorisationRequired: 4,
        authorised: 2,
        refused: 1,
        searchesRun: 5,
        outcomes: {
          ...noOutcomes,
          confirmed: 2,
          noViableCandidate: 1,
          disputed: 1,
          adjudicatedConfirmed: 1,
          withdrawn: 2,
        },
        reviewerAgreement: {
          reviewedByBoth: 4,
          agreed: 3,
          rate: 0.75,
          candidateDecisionsCompared: 11,
          candidateDecisionsAgreed: 9,
          candidateDecisionRate: 9 / 11,
        },
        // R2 1 h, R1 2 h, R3 3 h, R4 1 day: median (2 h + 3 h) / 2; p90 = 3 h + 0.7 × (1 day − 3 h)
        timeToOutcome: { count: 4, medianSeconds: 9000, p90Seconds: expect.closeTo(63_720, 6) },
        searchesIncludingUnder18: 1,
        searchesIncludingNotConvicted: 1,
        thresholdOverrides: 1,
        searchesBelowEquitableThreshold: 0,
        crossForceSearches: 0,
        leadsCorroborated: 1,
        leadsExcluded: 2,
        leadActions: {
          leadsActedOn: 1,
          leadsActedOnWithCorroboration: 1,
          leadsActedOnWithoutCorroboration: 0,
          proposed: 1,
          taken: 1,
          rejected: 0,
          awaitingDecision: 0,
          refusedWithoutCorroboration: 0,
          takenByType: [
            { category: 'IDENTIFICATION_PROCEDURE', count: 0 },
            { category: 'ARREST', count: 1 },
            { category: 'CHARGE', count: 0 },
            { category: 'PUBLIC_APPEAL', count: 0 },
          ],
          // one arrest, a day after its outcome: under the minimum group size of three, the time is withheld
          timeFromOutcomeToAction: { count: 1, medianSeconds: null, p90Seconds: null, suppressed: true },
        },
        // 1 day and 2 days: median 1.5 days; p90 = 1 day + 0.9 × 1 day
        deletionRequests: {
          received: 3,
          granted: 1,
          refused: 1,
          pending: 1,
          timeToDecide: { count: 2, medianSeconds: 129_600, p90Seconds: expect.closeTo(164_160, 6) },
        },
        retention: noRetention,
        // the fixture's requests never went through the workflow: no compliance review rows
        compliance: NO_COMPLIANCE_REVIEWS,
      });
    });

    it("should count SWP's February requests as counted by hand", async () => {
      const s = await statistics('oversight.commissioner');
      expect(pick(s, 'SWP', '2026-02')).toEqual({
        forceId: fx.forces.SWP,
        forceCode: 'SWP',
        month: '2026-02',
        requests: 5,
        byPurpose: [
          { category: 'IDENTIFY_SUSPECT', count: 4 },
          { category: 'IDENTIFY_VICTIM_OR_WITNESS', count: 1 },
        ],
        byOffenceCategory: [
          { category: 'FRAUD', count: 1 },
          { category: 'ROBBERY', count: 3 },
          { category: 'VIOLENCE_AGAINST_THE_PERSON', count: 1 },
        ],
        bySourceType: fromCctv(5),
        authorisationRequired: 1,
        authorised: 0,
        refused: 0,
        searchesRun: 4,
        outcomes: {
          ...noOutcomes,
          confirmed: 1,
          noCandidatesAboveThreshold: 1,
          disputed: 1,
          awaitingAdjudication: 1,
          expired: 1,
          inProgress: 1,
        },
        reviewerAgreement: {
          reviewedByBoth: 2,
          agreed: 1,
          rate: 0.5,
          candidateDecisionsCompared: 4,
          candidateDecisionsAgreed: 2,
          candidateDecisionRate: 0.5,
        },
        // 60 s and 1800 s: median 930; p90 = 60 + 0.9 × 1740
        timeToOutcome: { count: 2, medianSeconds: 930, p90Seconds: expect.closeTo(1626, 6) },
        searchesIncludingUnder18: 0,
        searchesIncludingNotConvicted: 0,
        thresholdOverrides: 0,
        searchesBelowEquitableThreshold: 0,
        crossForceSearches: 0,
        leadsCorroborated: 0,
        leadsExcluded: 0,
        leadActions: {
          leadsActedOn: 0,
          leadsActedOnWithCorroboration: 0,
          leadsActedOnWithoutCorroboration: 0,
          proposed: 0,
          taken: 0,
          rejected: 0,
          awaitingDecision: 0,
          refusedWithoutCorroboration: 0,
          takenByType: [
            { category: 'IDENTIFICATION_PROCEDURE', count: 0 },
            { category: 'ARREST', count: 0 },
            { category: 'CHARGE', count: 0 },
            { category: 'PUBLIC_APPEAL', count: 0 },
          ],
          timeFromOutcomeToAction: { count: 0, medianSeconds: null, p90Seconds: null, suppressed: false },
        },
        deletionRequests: {
          received: 1,
          granted: 1,
          refused: 0,
          pending: 0,
          timeToDecide: { count: 1, medianSeconds: 7 * DAY, p90Seconds: 7 * DAY },
        },
        retention: noRetention,
        // the fixture's requests never went through the workflow: no compliance review rows
        compliance: NO_COMPLIANCE_REVIEWS,
      });
    });

    it("should total SWP's period with real medians, not medians of months", async () => {
      const s = await statistics('oversight.commissioner');
      const total = pick(s, 'SWP', null);
      expect(total).toMatchObject({
        month: null,
        requests: 12,
        authorisationRequired: 5,
        authorised: 2,
        refused: 1,
        searchesRun: 9,
        byPurpose: [
          { category: 'IDENTIFY_SUSPECT', count: 9 },
          { category: 'IDENTIFY_VICTIM_OR_WITNESS', count: 1 },
          { category: 'IDENTIFY_WANTED_PERSON', count: 1 },
          { category: 'LOCATE_MISSING_PERSON', count: 1 },
        ],
        outcomes: {
          confirmed: 3,
          noViableCandidate: 1,
          noCandidatesAboveThreshold: 1,
          disputed: 2,
          adjudicatedConfirmed: 1,
          adjudicatedNoViableCandidate: 0,
          awaitingAdjudication: 1,
          withdrawn: 2,
          expired: 1,
          inProgress: 1,
        },
        reviewerAgreement: {
          reviewedByBoth: 6,
          agreed: 4,
          rate: 4 / 6,
          candidateDecisionsCompared: 15,
          candidateDecisionsAgreed: 11,
          candidateDecisionRate: 11 / 15,
        },
        // 60 s, 30 min, 1 h, 2 h, 3 h, 1 day: median (1 h + 2 h) / 2; p90 = 3 h + 0.5 × (1 day − 3 h)
        timeToOutcome: { count: 6, medianSeconds: 5400, p90Seconds: expect.closeTo(48_600, 6) },
        leadsCorroborated: 1,
        leadsExcluded: 2,
        // 1, 2 and 7 days: median 2 days; p90 = 2 days + 0.8 × 5 days
        deletionRequests: {
          received: 4,
          granted: 2,
          refused: 1,
          pending: 1,
          timeToDecide: { count: 3, medianSeconds: 2 * DAY, p90Seconds: expect.closeTo(518_400, 6) },
        },
      });
    });

    it('should count a cross-force search under the requesting force', async () => {
      const s = await statistics('oversight.commissioner');
      expect(pick(s, 'GWP', '2026-01')).toMatchObject({
        requests: 1,
        authorisationRequired: 1,
        authorised: 1,
        searchesRun: 1,
        crossForceSearches: 1,
        outcomes: { ...noOutcomes, confirmed: 1 },
        reviewerAgreement: {
          reviewedByBoth: 1,
          agreed: 1,
          rate: 1,
          candidateDecisionsCompared: 2,
          candidateDecisionsAgreed: 2,
          candidateDecisionRate: 1,
        },
        timeToOutcome: { count: 1, medianSeconds: 5400, p90Seconds: 5400 },
        deletionRequests: zeroDeletions,
      });
      expect(pick(s, 'GWP', '2026-02')).toMatchObject({
        requests: 0,
        byPurpose: [],
        outcomes: noOutcomes,
        reviewerAgreement: { reviewedByBoth: 0, rate: null, candidateDecisionRate: null },
        timeToOutcome: { count: 0, medianSeconds: null, p90Seconds: null },
        deletionRequests: {
          received: 1,
          granted: 0,
          refused: 1,
          pending: 0,
          timeToDecide: { count: 1, medianSeconds: 36 * HOUR, p90Seconds: 36 * HOUR },
        },
      });
    });

    it('should list every overseen force for every month, zeros included, and nothing of another force', async () => {
      const s = await statistics('oversight.commissioner');
      expect(s.forces.map((f) => f.code)).toEqual(['GWP', 'SWP']);
      expect(s.months.map((f) => `${f.forceCode} ${f.month}`)).toEqual([
        'GWP 2026-01',
        'GWP 2026-02',
        'SWP 2026-01',
        'SWP 2026-02',
      ]);
      expect(s.totals.map((f) => f.forceCode)).toEqual(['GWP', 'SWP']);
      expect(new Set(s.outcomeMonitoring.map((g) => g.forceId))).toEqual(
        new Set([fx.forces.SWP, fx.forces.GWP]),
      );
      expect(s.outcomeMonitoring.map((g) => g.group)).not.toContain('O9');
    });

    it('should not show statistics of another force to an oversight body that oversees one force', async () => {
      const s = await statistics('gwp.ethics');
      expect(s.forces.map((f) => f.code)).toEqual(['GWP']);
      expect(s.months.map((f) => f.forceCode)).toEqual(['GWP', 'GWP']);
      expect(s.outcomeMonitoring.every((g) => g.forceId === fx.forces.GWP)).toBe(true);
      expect(pick(s, 'GWP', '2026-01').requests).toBe(1);
    });

    it('should narrow to one overseen force when asked', async () => {
      const s = await statistics('oversight.commissioner', { forceId: fx.forces.GWP });
      expect(s.forces.map((f) => f.code)).toEqual(['GWP']);
      expect(s.totals).toHaveLength(1);
      expect(s.totals[0]).toMatchObject({ forceCode: 'GWP', requests: 1 });
    });

    it('should refuse a force the caller does not oversee, and record the attempt', async () => {
      const before = await audits('ACCESS_DENIED', 'gwp.ethics');
      const response = await query('gwp.ethics', { forceId: fx.forces.SWP });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data ?? null).toBeNull();
      expect(await audits('ACCESS_DENIED', 'gwp.ethics')).toBe(before + 1);
      const denial = await server.db.manager.findOneOrFail(AuditEvent, {
        where: { action: 'ACCESS_DENIED', actorOfficerId: fx.officers['gwp.ethics'] },
        order: { seq: 'DESC' },
      });
      expect(denial).toMatchObject({ subjectType: 'OversightStatistics', forceId: fx.forces.SWP });
      expect(codes(await query('oversight.commissioner', { forceId: fx.forces.NWP }))).toEqual(['FORBIDDEN']);
    });

    it('should refuse everyone but oversight, and record each refusal', async () => {
      for (const as of [
        'swp.requester',
        'swp.supervisor',
        'swp.authoriser',
        'swp.reviewer1',
        'swp.gallery',
        'swp.admin',
        'nwp.requester',
      ]) {
        const before = await audits('ACCESS_DENIED', as);
        expect([as, codes(await query(as))]).toEqual([as, ['FORBIDDEN']]);
        expect(await audits('ACCESS_DENIED', as)).toBe(before + 1);
      }
      expect(codes(await server.gql(StatisticsDoc, PERIOD))).toEqual(['UNAUTHENTICATED']);
    });

    it('should refuse a period that is empty, reversed or longer than ten years', async () => {
      expect(codes(await query('oversight.commissioner', { from: PERIOD.to, to: PERIOD.from }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(codes(await query('oversight.commissioner', { from: PERIOD.from, to: PERIOD.from }))).toEqual([
        'BAD_USER_INPUT',
      ]);
      expect(
        codes(
          await query('oversight.commissioner', { from: '2010-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
        ),
      ).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('outcome monitoring', () => {
    const group = (s: Statistics, force: 'SWP' | 'GWP', dimension: string, name: string) =>
      s.outcomeMonitoring.find(
        (g) => g.forceId === fx.forces[force] && g.dimension === dimension && g.group === name,
      );
    const hidden = (reason: string) => ({
      suppressed: true,
      suppressionReason: reason,
      people: null,
      candidatesReturned: null,
      candidatesConfirmed: null,
      confirmedLaterExcluded: null,
      confirmedLaterCorroborated: null,
      confirmationRate: null,
      exclusionRate: null,
    });

    it('should count candidates returned, confirmed and later found wrong per group, as counted by hand', async () => {
      const s = await statistics('oversight.commissioner');
      // W1: P1 (4 candidacies, confirmed in R1 then excluded), P2 (3), P3 (2)
      expect(group(s, 'SWP', 'SELF_DEFINED_ETHNICITY', 'W1')).toMatchObject({
        suppressed: false,
        suppressionReason: null,
        people: 3,
        candidatesReturned: 9,
        candidatesConfirmed: 1,
        confirmedLaterExcluded: 1,
        confirmedLaterCorroborated: 0,
        confirmationRate: 1 / 9,
        exclusionRate: 1,
      });
      // B2: P4 (2, confirmed in R2 then corroborated), P5 (2), P8 (3, confirmed in R11)
      expect(group(s, 'SWP', 'SELF_DEFINED_ETHNICITY', 'B2')).toMatchObject({
        suppressed: false,
        people: 3,
        candidatesReturned: 7,
        candidatesConfirmed: 2,
        confirmedLaterExcluded: 0,
        confirmedLaterCorroborated: 1,
        confirmationRate: 2 / 7,
        exclusionRate: 0,
      });
      // men: P1 P2 P4 P6 P8; confirmed P1 (excluded), P4 (corroborated), P6 (adjudicated, excluded), P8
      expect(group(s, 'SWP', 'SEX', 'M')).toMatchObject({
        suppressed: false,
        people: 5,
        candidatesReturned: 14,
        candidatesConfirmed: 4,
        confirmedLaterExcluded: 2,
        confirmedLaterCorroborated: 1,
        confirmationRate: 4 / 14,
        exclusionRate: 0.5,
      });
      expect(group(s, 'SWP', 'SEX', 'F')).toMatchObject({
        suppressed: false,
        people: 3,
        candidatesReturned: 6,
        candidatesConfirmed: 0,
        confirmationRate: 0,
        exclusionRate: null,
      });
      // 25-34: P2 P3 P6 P7
      expect(group(s, 'SWP', 'AGE_BAND', '25-34')).toMatchObject({
        suppressed: false,
        people: 4,
        candidatesReturned: 9,
        candidatesConfirmed: 1,
        confirmedLaterExcluded: 1,
        exclusionRate: 1,
      });
    });

    it('should suppress groups with fewer people than the minimum, and one more group when one alone would be recoverable', async () => {
      const s = await statistics('oversight.commissioner');
      // one person each: suppressed, and two hidden groups in the dimension need no third
      expect(group(s, 'SWP', 'SELF_DEFINED_ETHNICITY', 'A1')).toEqual({
        forceId: fx.forces.SWP,
        dimension: 'SELF_DEFINED_ETHNICITY',
        group: 'A1',
        ...hidden('BELOW_MINIMUM_GROUP_SIZE'),
      });
      expect(group(s, 'SWP', 'SELF_DEFINED_ETHNICITY', 'NOT_RECORDED')).toMatchObject(
        hidden('BELOW_MINIMUM_GROUP_SIZE'),
      );
      // 35-44 (P5 alone) is hidden; 18-24 (3 people, the smallest other band) goes with it, else
      // 35-44 would be the total of another dimension less 18-24 and 25-34
      expect(group(s, 'SWP', 'AGE_BAND', '35-44')).toMatchObject(hidden('BELOW_MINIMUM_GROUP_SIZE'));
      expect(group(s, 'SWP', 'AGE_BAND', '18-24')).toMatchObject(hidden('COMPLEMENTARY'));
      expect(
        s.outcomeMonitoring
          .filter((g) => g.forceId === fx.forces.SWP)
          .map((g) => `${g.dimension} ${g.group}`),
      ).toEqual([
        'AGE_BAND 18-24',
        'AGE_BAND 25-34',
        'AGE_BAND 35-44',
        'SELF_DEFINED_ETHNICITY A1',
        'SELF_DEFINED_ETHNICITY B2',
        'SELF_DEFINED_ETHNICITY NOT_RECORDED',
        'SELF_DEFINED_ETHNICITY W1',
        'SEX F',
        'SEX M',
      ]);
      // GWP's one search returned two people: every group is too small
      const gwp = s.outcomeMonitoring.filter((g) => g.forceId === fx.forces.GWP);
      expect(gwp.map((g) => `${g.dimension} ${g.group}`)).toEqual([
        'AGE_BAND 25-34',
        'SELF_DEFINED_ETHNICITY W1',
        'SEX F',
        'SEX M',
      ]);
      expect(gwp.every((g) => g.suppressed && g.people === null && g.candidatesReturned === null)).toBe(true);
    });

    it('should count the actions on leads over the period, withholding the time to action over few actions', async () => {
      const s = await statistics('oversight.commissioner');
      expect(pick(s, 'SWP', null).leadActions).toMatchObject({
        leadsActedOn: 1,
        leadsActedOnWithoutCorroboration: 0,
        taken: 1,
        timeFromOutcomeToAction: { count: 1, medianSeconds: null, p90Seconds: null, suppressed: true },
      });
      expect(pick(s, 'GWP', null).leadActions).toMatchObject({ leadsActedOn: 0, taken: 0 });
    });

    it('should suppress every group under the default minimum of ten', async () => {
      const defaults = await TestServer.start();
      try {
        const fx2 = await OversightFixture.create(defaults);
        for (const [i, sex] of ['F', 'M', 'M'].entries()) await fx2.person(`Q${i}`, 'SWP', { sex });
        await fx2.request({
          force: 'SWP',
          submittedAt: '2026-01-05T10:00:00Z',
          status: 'FIRST_REVIEW',
          candidates: ['Q0', 'Q1', 'Q2'],
        });
        const response = await defaults.gql(StatisticsDoc, PERIOD, { as: 'oversight.commissioner' });
        const s = response.data!.oversightStatistics;
        expect(s.minGroupSize).toBe(10);
        expect(s.outcomeMonitoring.length).toBeGreaterThan(0);
        expect(s.outcomeMonitoring.every((g) => g.suppressed && g.candidatesReturned === null)).toBe(true);
        expect(pick(s, 'SWP', '2026-01').requests).toBe(1);
      } finally {
        await defaults.stop();
      }
    });
  });

  describe('openExport', () => {
    async function download(format: 'csv' | 'jsonl', params: Record<string, string>, as?: string) {
      const url = new URL(`/exports/statistics.${format}`, base());
      for (const [key, value] of Object.entries(params)) url.searchParams.append(key, value);
      const response = await fetch(url, {
        headers: as ? { authorization: `Bearer ${await server.token(as)}` } : {},
      });
      return { status: response.status, headers: response.headers, body: await response.text() };
    }

    it('should stream the statistics as tidy CSV, the same figures as the query, and record the export per force', async () => {
      const before = await audits('STATISTICS_EXPORTED', 'oversight.commissioner');
      const file = await download('csv', PERIOD, 'oversight.commissioner');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(file.headers.get('content-disposition')).toBe(
        'attachment; filename="oversight-statistics-2026-01-01-2026-03-01.csv"',
      );
      const exportId = file.headers.get('x-statistics-export-id');
      const rows: Array<Record<string, string>> = parseCsv(file.body, { columns: true });
      expect(Object.keys(rows[0])).toEqual([
        'section',
        'from',
        'to',
        'forceId',
        'forceCode',
        'month',
        'measure',
        'dimension',
        'category',
        'value',
        'suppressed',
      ]);
      const value = (
        section: string,
        force: string,
        month: string,
        measure: string,
        dimension = '',
        category = '',
      ) =>
        rows
          .filter(
            (r) =>
              r.section === section &&
              r.forceCode === force &&
              r.month === month &&
              r.measure === measure &&
              r.dimension === dimension &&
              r.category === category,
          )
          .map((r) => r.value);
      expect(value('MONTH', 'SWP', '2026-01', 'requests')).toEqual(['7']);
      expect(value('MONTH', 'SWP', '2026-01', 'requests', 'purpose', 'IDENTIFY_SUSPECT')).toEqual(['5']);
      expect(value('MONTH', 'SWP', '2026-01', 'outcomes.confirmed')).toEqual(['2']);
      expect(value('MONTH', 'SWP', '2026-01', 'timeToOutcome.medianSeconds')).toEqual(['9000']);
      expect(value('MONTH', 'SWP', '2026-02', 'deletionRequests.timeToDecide.p90Seconds')).toEqual([
        String(7 * DAY),
      ]);
      expect(value('PERIOD', 'SWP', '', 'requests')).toEqual(['12']);
      expect(value('MONTH', 'GWP', '2026-02', 'reviewerAgreement.rate')).toEqual(['']);
      expect(value('OUTCOME_MONITORING', 'SWP', '', 'candidatesReturned', 'SEX', 'M')).toEqual(['14']);
      const hidden = rows.filter(
        (r) => r.section === 'OUTCOME_MONITORING' && r.dimension === 'AGE_BAND' && r.category === '18-24',
      );
      expect(hidden.length).toBeGreaterThan(0);
      expect(hidden.every((r) => r.value === '' && r.suppressed === 'true')).toBe(true);
      expect(rows.some((r) => r.forceCode === 'NWP')).toBe(false);

      expect(await audits('STATISTICS_EXPORTED', 'oversight.commissioner')).toBe(before + 2);
      const recorded = await server.db.manager.find(AuditEvent, {
        where: { action: 'STATISTICS_EXPORTED', actorOfficerId: fx.officers['oversight.commissioner'] },
        order: { seq: 'DESC' },
        take: 2,
      });
      expect(new Set(recorded.map((e) => e.forceId))).toEqual(new Set([fx.forces.SWP, fx.forces.GWP]));
      expect(recorded[0].details).toMatchObject({
        exportId,
        format: 'csv',
        from: PERIOD.from,
        to: PERIOD.to,
        minGroupSize: 3,
      });
    });

    it('should stream JSON Lines holding the query result, line by line', async () => {
      const file = await download('jsonl', { ...PERIOD, forceId: fx.forces.SWP }, 'oversight.commissioner');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^application\/jsonl/);
      const lines = file.body
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({
        record: 'statistics',
        exportId: file.headers.get('x-statistics-export-id'),
        from: PERIOD.from,
        to: PERIOD.to,
        minGroupSize: 3,
      });
      const s = await statistics('oversight.commissioner', { forceId: fx.forces.SWP });
      const months = lines
        .filter((l) => l.record === 'forceMonth')
        .map(({ record: _record, ...rest }) => rest);
      expect(months).toEqual(s.months);
      expect(
        lines.filter((l) => l.record === 'forcePeriod').map(({ record: _record, ...rest }) => rest),
      ).toEqual(s.totals);
      const groups = lines
        .filter((l) => l.record === 'demographicGroup')
        .map(({ record: _record, forceCode: _code, ...rest }) => rest);
      expect(groups).toEqual(s.outcomeMonitoring);
    });

    it('should refuse an export of another force, or by anyone but oversight, before a byte is sent, and record it', async () => {
      const before = await audits('ACCESS_DENIED', 'gwp.ethics');
      const denied = await download('csv', { ...PERIOD, forceId: fx.forces.SWP }, 'gwp.ethics');
      expect(denied.status).toBe(403);
      expect(JSON.parse(denied.body).error.code).toBe('FORBIDDEN');
      expect(await audits('ACCESS_DENIED', 'gwp.ethics')).toBe(before + 1);
      expect((await download('jsonl', PERIOD, 'swp.supervisor')).status).toBe(403);
      expect((await download('csv', PERIOD)).status).toBe(401);
      expect((await download('csv', { from: PERIOD.from }, 'oversight.commissioner')).status).toBe(400);
      expect(
        (await download('csv', { ...PERIOD, force: fx.forces.SWP }, 'oversight.commissioner')).status,
      ).toBe(400);
    });
  });
});

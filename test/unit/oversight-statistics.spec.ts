import { parse as parseCsv } from 'csv-parse/sync';
import type { DemographicGroupRow } from '../../src/db/oversight-statistics.repository';
import { Role } from '../../src/entities';
import { defineAbilityFor, PolicyActor, subject } from '../../src/policy';
import { monthsOf, OversightStatistics } from '../../src/services/oversight-statistics.service';
import { statisticsCsv } from '../../src/services/statistics-export.format';
import {
  suppressSmallDuration,
  suppressSmallGroups,
  SuppressionReason,
} from '../../src/services/statistics-suppression';

const SWP = 'force-swp';
const GWP = 'force-gwp';
const actor = (roles: Role[], extra: Partial<PolicyActor> = {}): PolicyActor => ({
  officerId: 'me',
  forceId: SWP,
  roles,
  reviewerCertifiedUntil: null,
  overseesForceIds: [],
  ...extra,
});

const row = (
  group: string,
  people: number,
  extra: Partial<DemographicGroupRow> = {},
): DemographicGroupRow => ({
  forceId: SWP,
  dimension: 'SEX',
  group,
  people,
  candidatesReturned: people * 2,
  candidatesConfirmed: 1,
  confirmedLaterExcluded: 1,
  confirmedLaterCorroborated: 0,
  ...extra,
});

describe('suppressSmallGroups', () => {
  it('should publish groups at or above the minimum with their rates', () => {
    const [g] = suppressSmallGroups(
      [row('F', 10, { candidatesReturned: 40, candidatesConfirmed: 4, confirmedLaterExcluded: 1 })],
      10,
    );
    expect(g).toEqual({
      forceId: SWP,
      dimension: 'SEX',
      group: 'F',
      suppressed: false,
      suppressionReason: null,
      people: 10,
      candidatesReturned: 40,
      candidatesConfirmed: 4,
      confirmedLaterExcluded: 1,
      confirmedLaterCorroborated: 0,
      confirmationRate: 0.1,
      exclusionRate: 0.25,
    });
  });

  it('should null every figure of a group below the minimum', () => {
    const [small, big, bigger] = suppressSmallGroups(
      [row('X', 2), row('F', 12), row('M', 15), row('Y', 1)],
      10,
    );
    expect(small).toMatchObject({
      suppressed: true,
      suppressionReason: SuppressionReason.BELOW_MINIMUM_GROUP_SIZE,
      people: null,
      candidatesReturned: null,
      confirmationRate: null,
      exclusionRate: null,
    });
    // two small groups hide each other: no larger group is given up
    expect([big.suppressed, bigger.suppressed]).toEqual([false, false]);
  });

  it('should hide the smallest other group of the dimension when one group alone is small', () => {
    const out = suppressSmallGroups(
      [row('M', 15), row('F', 12), row('X', 2), row('F2', 12, { candidatesReturned: 30 })],
      10,
    );
    expect(out.map((g) => [g.group, g.suppressionReason])).toEqual([
      ['M', null],
      ['F', SuppressionReason.COMPLEMENTARY],
      ['X', SuppressionReason.BELOW_MINIMUM_GROUP_SIZE],
      ['F2', null],
    ]);
  });

  it('should treat each force and dimension apart', () => {
    const out = suppressSmallGroups(
      [
        row('X', 2),
        row('M', 20),
        row('X', 20, { forceId: GWP }),
        row('M', 20, { forceId: GWP }),
        row('18-24', 20, { dimension: 'AGE_BAND' }),
      ],
      10,
    );
    expect(out.map((g) => g.suppressed)).toEqual([true, true, false, false, false]);
  });

  it('should leave a lone small group alone when nothing else could give it away', () => {
    expect(suppressSmallGroups([row('X', 2)], 10).map((g) => g.suppressionReason)).toEqual([
      SuppressionReason.BELOW_MINIMUM_GROUP_SIZE,
    ]);
  });

  it('should suppress nothing with a minimum of one', () => {
    expect(suppressSmallGroups([row('X', 1), row('M', 3)], 1).every((g) => !g.suppressed)).toBe(true);
  });
});

describe('monthsOf', () => {
  it('should list the UTC months a half-open period touches', () => {
    expect(monthsOf(new Date('2025-11-15T12:00:00Z'), new Date('2026-02-01T00:00:00Z'))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(monthsOf(new Date('2026-01-31T23:59:59Z'), new Date('2026-02-01T00:00:01Z'))).toEqual([
      '2026-01',
      '2026-02',
    ]);
  });
});

describe('oversight statistics policy', () => {
  const oversight = defineAbilityFor(actor([Role.OVERSIGHT], { overseesForceIds: [SWP, GWP] }));

  it('should let oversight read and export statistics of the forces it oversees, and no other', () => {
    for (const action of ['read', 'export'] as const) {
      expect(oversight.can(action, subject('OversightStatistics', { forceId: GWP }))).toBe(true);
      expect(oversight.can(action, subject('OversightStatistics', { forceId: 'force-other' }))).toBe(false);
    }
  });

  it('should let no other role read statistics', () => {
    for (const role of Object.values(Role).filter((r) => r !== Role.OVERSIGHT)) {
      expect([role, defineAbilityFor(actor([role])).can('read', 'OversightStatistics')]).toEqual([
        role,
        false,
      ]);
    }
  });

  it("should let the requester record a lead of their own request, and a supervisor any of their force's", () => {
    const lead = (forceId: string, requesterId: string) => subject('LeadOutcome', { forceId, requesterId });
    const requester = defineAbilityFor(actor([Role.REQUESTER]));
    expect(requester.can('create', lead(SWP, 'me'))).toBe(true);
    expect(requester.can('create', lead(SWP, 'someone-else'))).toBe(false);
    expect(requester.can('create', lead(GWP, 'me'))).toBe(false);
    const supervisor = defineAbilityFor(actor([Role.SUPERVISOR]));
    expect(supervisor.can('create', lead(SWP, 'someone-else'))).toBe(true);
    expect(supervisor.can('create', lead(GWP, 'someone-else'))).toBe(false);
    for (const role of [Role.REVIEWER, Role.AUTHORISER, Role.OVERSIGHT, Role.ADMIN, Role.GALLERY_MANAGER]) {
      expect([
        role,
        defineAbilityFor(actor([role], { overseesForceIds: [SWP] })).can('create', lead(SWP, 'me')),
      ]).toEqual([role, false]);
    }
  });
});

describe('statisticsCsv', () => {
  it('should write one figure per row, suppressed figures as empty values', async () => {
    const figures = {
      forceId: SWP,
      forceCode: 'SWP',
      month: '2026-01',
      requests: 2,
      byPurpose: [{ category: 'IDENTIFY_SUSPECT', count: 2 }],
      byOffenceCategory: [],
      bySourceType: [
        { category: 'CCTV', count: 1 },
        { category: 'NOT_RECORDED', count: 1 },
      ],
      authorisationRequired: 0,
      authorised: 0,
      refused: 0,
      searchesRun: 2,
      outcomes: {
        confirmed: 1,
        noViableCandidate: 1,
        noCandidatesAboveThreshold: 0,
        disputed: 0,
        adjudicatedConfirmed: 0,
        adjudicatedNoViableCandidate: 0,
        awaitingAdjudication: 0,
        withdrawn: 0,
        expired: 0,
        inProgress: 0,
      },
      reviewerAgreement: {
        reviewedByBoth: 2,
        agreed: 2,
        rate: 1,
        candidateDecisionsCompared: 4,
        candidateDecisionsAgreed: 3,
        candidateDecisionRate: 0.75,
      },
      timeToOutcome: { count: 2, medianSeconds: 90, p90Seconds: 100.5 },
      searchesIncludingUnder18: 0,
      searchesIncludingNotConvicted: 0,
      thresholdOverrides: 0,
      searchesBelowEquitableThreshold: 0,
      crossForceSearches: 0,
      leadsCorroborated: 0,
      leadsExcluded: 0,
      leadActions: {
        leadsActedOn: 1,
        leadsActedOnWithCorroboration: 1,
        leadsActedOnWithoutCorroboration: 0,
        proposed: 2,
        taken: 1,
        rejected: 1,
        awaitingDecision: 0,
        refusedWithoutCorroboration: 3,
        takenByType: [{ category: 'ARREST', count: 1 }],
        timeFromOutcomeToAction: { count: 1, medianSeconds: null, p90Seconds: null, suppressed: true },
      },
      deletionRequests: {
        received: 0,
        granted: 0,
        refused: 0,
        pending: 0,
        timeToDecide: { count: 0, medianSeconds: null, p90Seconds: null },
      },
      retention: {
        requestsPurged: 1,
        purgedAfterNoViableCandidate: 1,
        purgedAfterCaseClosure: 0,
        purgedAfterHold: 0,
        holdsPlaced: 0,
        holdsRenewed: 0,
        holdsReleased: 0,
        holdsLapsed: 0,
      },
      compliance: {
        completedSearches: 2,
        sampled: 2,
        notSampled: 0,
        awaitingReview: 1,
        reviewed: 1,
        overdue: 1,
        completedLate: 0,
        reviewsWithNotMet: 1,
        findings: [
          { criterion: 'NECESSITY', result: 'MET', count: 0 },
          { criterion: 'NECESSITY', result: 'NOT_MET', count: 1 },
        ],
      },
    };
    const statistics: OversightStatistics = {
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-02-01T00:00:00Z'),
      generatedAt: new Date(),
      minGroupSize: 10,
      forces: [{ id: SWP, code: 'SWP', name: 'South Wales Police' }],
      months: [figures],
      totals: [{ ...figures, month: null }],
      outcomeMonitoring: suppressSmallGroups([row('=cmd', 2)], 10),
    };
    let csv = '';
    for await (const chunk of statisticsCsv(statistics)) csv += chunk;
    const rows: Array<Record<string, string>> = parseCsv(csv, { columns: true });
    expect(rows.find((r) => r.section === 'MONTH' && r.measure === 'timeToOutcome.p90Seconds')).toMatchObject(
      { month: '2026-01', value: '100.5', suppressed: 'false' },
    );
    expect(
      rows.find((r) => r.section === 'PERIOD' && r.measure === 'requests' && r.dimension === 'purpose'),
    ).toMatchObject({ month: '', category: 'IDENTIFY_SUSPECT', value: '2' });
    expect(
      rows
        .filter((r) => r.section === 'MONTH' && r.measure === 'requests' && r.dimension === 'sourceType')
        .map((r) => [r.category, r.value]),
    ).toEqual([
      ['CCTV', '1'],
      ['NOT_RECORDED', '1'],
    ]);
    expect(
      rows.find((r) => r.section === 'MONTH' && r.measure === 'deletionRequests.timeToDecide.medianSeconds')
        ?.value,
    ).toBe('');
    expect(rows.find((r) => r.section === 'MONTH' && r.measure === 'retention.requestsPurged')?.value).toBe(
      '1',
    );
    expect(rows.find((r) => r.section === 'MONTH' && r.measure === 'compliance.overdue')?.value).toBe('1');
    expect(
      rows.find(
        (r) =>
          r.section === 'PERIOD' &&
          r.measure === 'compliance.findings' &&
          r.dimension === 'NECESSITY' &&
          r.category === 'NOT_MET',
      )?.value,
    ).toBe('1');
    expect(
      rows.find((r) => r.section === 'MONTH' && r.measure === 'leadActions.leadsActedOnWithoutCorroboration')
        ?.value,
    ).toBe('0');
    expect(
      rows.find((r) => r.section === 'MONTH' && r.measure === 'leadActions.refusedWithoutCorroboration')
        ?.value,
    ).toBe('3');
    expect(
      rows.find((r) => r.section === 'MONTH' && r.measure === 'leadActions.taken' && r.category === 'ARREST'),
    ).toMatchObject({ dimension: 'type', value: '1' });
    // one action's time from outcome is withheld: the count stays, the percentiles are suppressed
    expect(
      rows
        .filter((r) => r.section === 'MONTH' && r.measure.startsWith('leadActions.timeFromOutcomeToAction.'))
        .map((r) => [r.measure, r.value, r.suppressed]),
    ).toEqual([
      ['leadActions.timeFromOutcomeToAction.count', '1', 'false'],
      ['leadActions.timeFromOutcomeToAction.medianSeconds', '', 'true'],
      ['leadActions.timeFromOutcomeToAction.p90Seconds', '', 'true'],
    ]);
    const hidden = rows.filter((r) => r.section === 'OUTCOME_MONITORING');
    expect(hidden).toHaveLength(7);
    // a group name that looks like a formula is neutralised, as in the audit export
    expect(
      hidden.every(
        (r) => r.value === '' && r.suppressed === 'true' && r.dimension === 'SEX' && r.category === "'=cmd",
      ),
    ).toBe(true);
  });
});

describe('suppressSmallDuration', () => {
  it('should withhold the median and percentile of fewer items than the minimum, keeping the count', () => {
    expect(suppressSmallDuration({ count: 3, medianSeconds: 60, p90Seconds: 90 }, 5)).toEqual({
      count: 3,
      medianSeconds: null,
      p90Seconds: null,
      suppressed: true,
    });
    expect(suppressSmallDuration({ count: 5, medianSeconds: 60, p90Seconds: 90 }, 5)).toEqual({
      count: 5,
      medianSeconds: 60,
      p90Seconds: 90,
      suppressed: false,
    });
  });

  it('should not call an empty summary suppressed, and withhold nothing with a minimum of 1', () => {
    expect(suppressSmallDuration({ count: 0, medianSeconds: null, p90Seconds: null }, 10).suppressed).toBe(
      false,
    );
    expect(suppressSmallDuration({ count: 1, medianSeconds: 60, p90Seconds: 60 }, 1)).toMatchObject({
      medianSeconds: 60,
      suppressed: false,
    });
  });
});

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Tx } from '../db';
import {
  CategoryMonthRow,
  ComplianceFindingRow,
  NOT_RECORDED,
  ComplianceMonthRow,
  DecisionAgreementRow,
  DeletionMonthRow,
  LeadActionMonthRow,
  OversightStatisticsRepository,
  RequestMonthRow,
  RetentionMonthRow,
  StatisticsScope,
} from '../db/oversight-statistics.repository';
import { ComplianceFindingResult, Force, LeadActionType, ProbeSourceType } from '../entities';
import { badInput } from '../errors';
import { abilityToWhere, COMPLIANCE_CRITERIA, FieldMap } from '../policy';
import type {
  CategoryCount,
  ForcePeriodStatistics,
  LeadActionCounts,
  OversightStatistics,
  StatisticsQuery,
} from './oversight-statistics.types';
import { RequestContext } from './request-context';
import {
  STATISTICS_EXPORT_CONTENT_TYPES,
  StatisticsExportFormat,
  statisticsCsv,
  statisticsJsonLines,
} from './statistics-export.format';
import { suppressSmallDuration, suppressSmallGroups } from './statistics-suppression';
import {
  OVERSIGHT_PACK_CONTENT_TYPES,
  OversightPackFormat,
  oversightPackCsv,
  oversightPackHtml,
} from './oversight-pack.format';
import { assertCan, UnitOfWork } from './unit-of-work';

export type * from './oversight-statistics.types';

/** The statistics rules are conditions on a force: read against the force table, they give the forces in scope. */
const STATISTICS_FORCE_FIELDS: FieldMap = { forceId: { column: 'id' } };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ten years of months per query at most. */
export const STATISTICS_MAX_MONTHS = 120;
export const DEFAULT_MIN_GROUP_SIZE = 10;

export interface StatisticsExport {
  exportId: string;
  format: StatisticsExportFormat | OversightPackFormat;
  contentType: string;
  fileName: string;
  /** The file in pieces; the figures were fixed when the export was recorded. */
  chunks(): AsyncGenerator<string, void, undefined>;
}

/**
 * Statistics and outcome monitoring for oversight bodies, per force and month: what was searched,
 * why, what came of it, how long it took, how often reviewers agreed, and whether confirmed
 * results prove wrong more often for some demographic groups than others. Oversight sees the
 * forces it oversees, and asking for another force is refused and recorded. Only aggregates
 * leave this service, and demographic groups too small to publish are suppressed.
 */
export class OversightStatisticsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly options: { minGroupSize: number } = { minGroupSize: DEFAULT_MIN_GROUP_SIZE },
  ) {}

  /** Aggregates only, read where a list would be: on a replica that has what the caller committed. */
  async statistics(ctx: RequestContext, query: StatisticsQuery): Promise<OversightStatistics> {
    return (await this.figures(ctx, 'read', query)).statistics;
  }

  /**
   * Checks the caller may export and computes the figures (on a replica, as `statistics`), then
   * records the export (one STATISTICS_EXPORTED event per force in the file, so each force's
   * oversight sees it) on the primary, before a byte is sent.
   */
  async openExport(
    ctx: RequestContext,
    format: StatisticsExportFormat,
    query: StatisticsQuery,
  ): Promise<StatisticsExport> {
    const { forces, statistics } = await this.figures(ctx, 'export', query);
    return this.uow.run(ctx, async (tx) => {
      const exportId = await this.recordExport(ctx, tx, 'STATISTICS_EXPORTED', {
        format,
        query,
        forces,
        statistics,
      });
      const write = format === 'csv' ? statisticsCsv : statisticsJsonLines;
      const day = (d: Date) => d.toISOString().slice(0, 10);
      return {
        exportId,
        format,
        contentType: STATISTICS_EXPORT_CONTENT_TYPES[format],
        fileName: `oversight-statistics-${day(query.from)}-${day(query.to)}.${format}`,
        chunks: () => write(statistics, exportId),
      };
    });
  }

  /**
   * The oversight meeting pack of a period (oversight-pack.format.ts): the caller must be allowed
   * to export statistics of every force in it; its figures and findings read as `openExport`'s,
   * then recorded (OVERSIGHT_PACK_EXPORTED, once per force) on the primary before a byte is sent.
   */
  async openMeetingPack(
    ctx: RequestContext,
    format: OversightPackFormat,
    query: StatisticsQuery,
  ): Promise<StatisticsExport & { format: OversightPackFormat }> {
    const figures = await this.figures(ctx, 'export', query, (manager, forces) =>
      OversightStatisticsRepository.notMetFindings(manager, {
        forceIds: forces.map((f) => f.id),
        from: query.from,
        to: query.to,
      }),
    );
    const { forces, statistics, extra: notMet } = figures;
    return this.uow.run(ctx, async (tx) => {
      const exportId = await this.recordExport(ctx, tx, 'OVERSIGHT_PACK_EXPORTED', {
        format,
        query,
        forces,
        statistics,
      });
      const pack = { statistics, notMet };
      const day = (d: Date) => d.toISOString().slice(0, 10);
      const codes = forces.length === 1 ? `${forces[0].code}-` : '';
      return {
        exportId,
        format,
        contentType: OVERSIGHT_PACK_CONTENT_TYPES[format],
        fileName: `oversight-pack-${codes}${day(query.from)}-${day(query.to)}.${format}`,
        chunks:
          format === 'csv'
            ? () => oversightPackCsv(pack)
            : async function* () {
                yield oversightPackHtml(pack);
              },
      };
    });
  }

  /**
   * The caller's scope and its figures (and `extra`, read alongside), statement by statement on a
   * replica that has replayed what the caller committed (else the primary): aggregates of months
   * tolerate a replica's lag. A refusal is recorded by the unit of work.
   */
  private figures<E = undefined>(
    ctx: RequestContext,
    action: 'read' | 'export',
    query: StatisticsQuery,
    extra?: (manager: EntityManager, forces: Force[]) => Promise<E>,
  ): Promise<{ forces: Force[]; statistics: OversightStatistics; extra: E }> {
    return this.uow.read(
      ctx,
      async (manager) => {
        const forces = await this.scope(manager, ctx, action, query);
        const statistics = await this.compute(manager, forces, query);
        return { forces, statistics, extra: (await extra?.(manager, forces)) as E };
      },
      { replica: 'oversight' },
    );
  }

  /** An export of a period's figures, audited once per force in it (or once with no force), in `tx`. */
  private async recordExport(
    ctx: RequestContext,
    tx: Tx,
    action: 'STATISTICS_EXPORTED' | 'OVERSIGHT_PACK_EXPORTED',
    e: { format: string; query: StatisticsQuery; forces: Force[]; statistics: OversightStatistics },
  ): Promise<string> {
    const exportId = randomUUID();
    const details = {
      exportId,
      format: e.format,
      from: e.query.from.toISOString(),
      to: e.query.to.toISOString(),
      forceIds: e.forces.map((f) => f.id),
      minGroupSize: e.statistics.minGroupSize,
      requestId: ctx.requestId,
    };
    for (const forceId of e.forces.length ? e.forces.map((f) => f.id) : [null])
      await this.uow.audit(ctx, tx, { action, subjectType: 'OversightStatistics', forceId, details });
    return exportId;
  }

  /**
   * FORBIDDEN (audited by the unit of work) unless the caller may see statistics at all, and the
   * force they name is one they oversee. Returns the forces in scope, by code.
   */
  private async scope(
    manager: EntityManager,
    ctx: RequestContext,
    action: 'read' | 'export',
    query: StatisticsQuery,
  ): Promise<Force[]> {
    assertCan(ctx, action, 'OversightStatistics');
    if (query.forceId) {
      if (!UUID.test(query.forceId)) throw badInput('forceId must be a UUID', { field: 'forceId' });
      assertCan(ctx, action, 'OversightStatistics', { forceId: query.forceId });
    }
    validatePeriod(query);
    const where = abilityToWhere(ctx.ability, action, 'OversightStatistics', 'f', STATISTICS_FORCE_FIELDS);
    const qb = manager.createQueryBuilder(Force, 'f').where(where.sql, where.params).orderBy('f.code');
    if (query.forceId) qb.andWhere('f.id = :forceId', { forceId: query.forceId });
    return qb.getMany();
  }

  private async compute(
    manager: EntityManager,
    forces: Force[],
    query: StatisticsQuery,
  ): Promise<OversightStatistics> {
    const scope: StatisticsScope = { forceIds: forces.map((f) => f.id), from: query.from, to: query.to };
    const requests = await OversightStatisticsRepository.requestMonths(manager, scope);
    const purposes = await OversightStatisticsRepository.requestsBy(manager, scope, 'purpose');
    const offences = await OversightStatisticsRepository.requestsBy(manager, scope, 'offence_category');
    const sources = await OversightStatisticsRepository.requestsBy(manager, scope, 'probe_source_type');
    const agreement = await OversightStatisticsRepository.decisionAgreement(manager, scope);
    const deletions = await OversightStatisticsRepository.deletionMonths(manager, scope);
    const groups = await OversightStatisticsRepository.demographicGroups(manager, scope);
    const retention = await OversightStatisticsRepository.retentionMonths(manager, scope);
    const generatedAt = new Date();
    const compliance = await OversightStatisticsRepository.complianceMonths(manager, scope, generatedAt);
    const findings = await OversightStatisticsRepository.complianceFindings(manager, scope);
    const leadActions = await OversightStatisticsRepository.leadActionMonths(manager, scope);
    const leadActionsTaken = await OversightStatisticsRepository.leadActionsTaken(manager, scope);

    const key = (forceId: string, month: string | null) => `${forceId}/${month ?? ''}`;
    const index = <T extends { forceId: string; month: string | null }>(rows: T[]) =>
      new Map(rows.map((r) => [key(r.forceId, r.month), r]));
    const requestsAt = index(requests);
    const agreementAt = index(agreement);
    const deletionsAt = index(deletions);
    const retentionAt = index(retention);
    const complianceAt = index(compliance);
    const leadActionsAt = index(leadActions);
    const categories = (rows: CategoryMonthRow[], forceId: string, month: string | null) =>
      rows
        .filter((r) => r.forceId === forceId && r.month === month)
        .map((r) => ({ category: r.category, count: r.count }))
        .sort((a, b) => byCodePoint(a.category, b.category));
    const minGroupSize = this.options.minGroupSize;
    const figures = (force: Force, month: string | null): ForcePeriodStatistics => ({
      ...forcePeriod(
        force,
        month,
        requestsAt.get(key(force.id, month)),
        agreementAt.get(key(force.id, month)),
        deletionsAt.get(key(force.id, month)),
        categories(purposes, force.id, month),
        categories(offences, force.id, month),
        bySourceType(categories(sources, force.id, month)),
        retentionAt.get(key(force.id, month)),
        complianceAt.get(key(force.id, month)),
        findings.filter((r) => r.forceId === force.id && r.month === month),
      ),
      leadActions: leadActionCounts(
        leadActionsAt.get(key(force.id, month)),
        categories(leadActionsTaken, force.id, month),
        minGroupSize,
      ),
    });

    const months = monthsOf(query.from, query.to);
    const forceOrder = new Map(forces.map((f, i) => [f.id, i]));
    return {
      from: query.from,
      to: query.to,
      generatedAt,
      minGroupSize,
      forces: forces.map((f) => ({ id: f.id, code: f.code, name: f.name })),
      months: forces.flatMap((force) => months.map((month) => figures(force, month))),
      totals: forces.map((force) => figures(force, null)),
      outcomeMonitoring: suppressSmallGroups(groups, minGroupSize).sort(
        (a, b) =>
          forceOrder.get(a.forceId)! - forceOrder.get(b.forceId)! ||
          byCodePoint(a.dimension, b.dimension) ||
          byCodePoint(a.group, b.group),
      ),
    };
  }
}

function validatePeriod(query: StatisticsQuery): void {
  for (const field of ['from', 'to'] as const) {
    if (!(query[field] instanceof Date) || Number.isNaN(query[field].getTime()))
      throw badInput(`${field} is not a valid time`, { field });
  }
  if (query.from >= query.to) throw badInput('from must be before to', { field: 'to' });
  if (monthsOf(query.from, query.to).length > STATISTICS_MAX_MONTHS)
    throw badInput(`A period may span at most ${STATISTICS_MAX_MONTHS} months`, {
      field: 'to',
      max: STATISTICS_MAX_MONTHS,
    });
}

/** Every calendar month (UTC, YYYY-MM) that [from, to) touches. */
export function monthsOf(from: Date, to: Date): string[] {
  const months: string[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  while (Date.UTC(year, month, 1) < to.getTime() && months.length <= STATISTICS_MAX_MONTHS) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

/** Every source type (zeros included, in the enum's order), then the requests with none recorded, if any. */
function bySourceType(counts: CategoryCount[]): CategoryCount[] {
  const count = (category: string) => counts.find((c) => c.category === category)?.count ?? 0;
  const notRecorded = count(NOT_RECORDED);
  return [
    ...Object.values(ProbeSourceType).map((category) => ({ category, count: count(category) })),
    ...(notRecorded > 0 ? [{ category: NOT_RECORDED, count: notRecorded }] : []),
  ];
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);
/** The same order whatever the database's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function forcePeriod(
  force: Force,
  month: string | null,
  r: RequestMonthRow | undefined,
  a: DecisionAgreementRow | undefined,
  d: DeletionMonthRow | undefined,
  byPurpose: CategoryCount[],
  byOffenceCategory: CategoryCount[],
  bySourceType: CategoryCount[],
  k: RetentionMonthRow | undefined,
  c: ComplianceMonthRow | undefined,
  findings: ComplianceFindingRow[],
): Omit<ForcePeriodStatistics, 'leadActions'> {
  const n = (value: number | undefined) => value ?? 0;
  const compared = n(a?.compared);
  const agreedDecisions = n(a?.agreed);
  return {
    forceId: force.id,
    forceCode: force.code,
    month,
    requests: n(r?.requests),
    byPurpose,
    byOffenceCategory,
    bySourceType,
    authorisationRequired: n(r?.authorisationRequired),
    authorised: n(r?.authorised),
    refused: n(r?.refused),
    searchesRun: n(r?.searchesRun),
    outcomes: {
      confirmed: n(r?.confirmed),
      noViableCandidate: n(r?.noViableCandidate),
      noCandidatesAboveThreshold: n(r?.noCandidatesAboveThreshold),
      disputed: n(r?.disputed),
      adjudicatedConfirmed: n(r?.adjudicatedConfirmed),
      adjudicatedNoViableCandidate: n(r?.adjudicatedNoViableCandidate),
      awaitingAdjudication: n(r?.awaitingAdjudication),
      withdrawn: n(r?.withdrawn),
      expired: n(r?.expired),
      inProgress: n(r?.inProgress),
    },
    reviewerAgreement: {
      reviewedByBoth: n(r?.reviewedByBoth),
      agreed: n(r?.reviewersAgreed),
      rate: rate(n(r?.reviewersAgreed), n(r?.reviewedByBoth)),
      candidateDecisionsCompared: compared,
      candidateDecisionsAgreed: agreedDecisions,
      candidateDecisionRate: rate(agreedDecisions, compared),
    },
    timeToOutcome: {
      count: n(r?.withOutcome),
      medianSeconds: r?.medianSecondsToOutcome ?? null,
      p90Seconds: r?.p90SecondsToOutcome ?? null,
    },
    searchesIncludingUnder18: n(r?.searchesIncludingUnder18),
    searchesIncludingNotConvicted: n(r?.searchesIncludingNotConvicted),
    thresholdOverrides: n(r?.thresholdOverrides),
    searchesBelowEquitableThreshold: n(r?.searchesBelowEquitableThreshold),
    crossForceSearches: n(r?.crossForceSearches),
    leadsCorroborated: n(r?.leadsCorroborated),
    leadsExcluded: n(r?.leadsExcluded),
    deletionRequests: {
      received: n(d?.received),
      granted: n(d?.granted),
      refused: n(d?.refused),
      pending: n(d?.pending),
      timeToDecide: {
        count: n(d?.granted) + n(d?.refused),
        medianSeconds: d?.medianSecondsToDecide ?? null,
        p90Seconds: d?.p90SecondsToDecide ?? null,
      },
    },
    retention: {
      requestsPurged: n(k?.purgedNoViableCandidate) + n(k?.purgedCaseClosed) + n(k?.purgedHoldEnded),
      purgedAfterNoViableCandidate: n(k?.purgedNoViableCandidate),
      purgedAfterCaseClosure: n(k?.purgedCaseClosed),
      purgedAfterHold: n(k?.purgedHoldEnded),
      holdsPlaced: n(k?.holdsPlaced),
      holdsRenewed: n(k?.holdsRenewed),
      holdsReleased: n(k?.holdsReleased),
      holdsLapsed: n(k?.holdsLapsed),
    },
    compliance: {
      completedSearches: n(c?.completedSearches),
      sampled: n(c?.sampled),
      notSampled: n(c?.notSampled),
      awaitingReview: n(c?.awaitingReview),
      reviewed: n(c?.reviewed),
      overdue: n(c?.overdue),
      completedLate: n(c?.completedLate),
      reviewsWithNotMet: n(c?.reviewsWithNotMet),
      findings: COMPLIANCE_CRITERIA.flatMap((criterion) =>
        Object.values(ComplianceFindingResult).map((result) => ({
          criterion,
          result,
          count: findings.find((f) => f.criterion === criterion && f.result === result)?.count ?? 0,
        })),
      ),
    },
  };
}

/** The lead-action figures of a force's month or period; the time to action withheld over few actions. */
function leadActionCounts(
  l: LeadActionMonthRow | undefined,
  taken: CategoryCount[],
  minGroupSize: number,
): LeadActionCounts {
  const n = (value: number | undefined) => value ?? 0;
  return {
    leadsActedOn: n(l?.leadsActedOn),
    leadsActedOnWithCorroboration: n(l?.leadsActedOn) - n(l?.leadsActedOnWithoutCorroboration),
    leadsActedOnWithoutCorroboration: n(l?.leadsActedOnWithoutCorroboration),
    proposed: n(l?.proposed),
    taken: n(l?.taken),
    rejected: n(l?.rejected),
    awaitingDecision: n(l?.awaitingDecision),
    refusedWithoutCorroboration: n(l?.refusedWithoutCorroboration),
    takenByType: Object.values(LeadActionType).map((type) => ({
      category: type,
      count: taken.find((t) => t.category === type)?.count ?? 0,
    })),
    timeFromOutcomeToAction: suppressSmallDuration(
      {
        count: n(l?.taken),
        medianSeconds: l?.medianSecondsToAction ?? null,
        p90Seconds: l?.p90SecondsToAction ?? null,
      },
      minGroupSize,
    ),
  };
}

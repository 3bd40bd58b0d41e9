import { csvField } from './audit-export.format';
import type { ForcePeriodStatistics, OversightStatistics } from './oversight-statistics.types';

/**
 * How oversight statistics are written to files.
 *
 * CSV is "tidy": one figure per row, so a spreadsheet or a statistics package can pivot it any
 * way. `section` is MONTH (one force, one month), PERIOD (one force, the whole period) or
 * OUTCOME_MONITORING (one force, one demographic group over the period); `measure` names the
 * figure as the GraphQL field path does (`outcomes.confirmed`, `timeToOutcome.medianSeconds`);
 * `dimension` and `category` name a breakdown (`purpose` / `IDENTIFY_SUSPECT`, `sourceType` / `CCTV`
 * (the probe's source; `NOT_RECORDED` for requests made before provenance was required), `SEX` / `F`;
 * for `compliance.findings`, the criterion and the result: `NECESSITY` / `NOT_MET`; for
 * `leadActions.taken`, `type` / `ARREST`). A suppressed figure is an empty value with
 * `suppressed` true (a demographic group's, or the time from outcome to action over few actions).
 *
 * JSON Lines holds the same figures as the GraphQL result: a `statistics` header line, then one
 * line per force and month, per force over the period, and per demographic group.
 */
export type StatisticsExportFormat = 'csv' | 'jsonl';

export const STATISTICS_EXPORT_CONTENT_TYPES: Record<StatisticsExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
};

export const STATISTICS_CSV_COLUMNS = [
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
] as const;

type CsvRecord = Record<(typeof STATISTICS_CSV_COLUMNS)[number], string | number | null>;

const csvLine = (record: CsvRecord) =>
  `${STATISTICS_CSV_COLUMNS.map((c) => csvField(record[c])).join(',')}\r\n`;

/** Every scalar figure of a force's period, as [measure, value], in a fixed order. */
function figuresOf(s: ForcePeriodStatistics): Array<[string, number | null]> {
  const out: Array<[string, number | null]> = [
    ['requests', s.requests],
    ['authorisationRequired', s.authorisationRequired],
    ['authorised', s.authorised],
    ['refused', s.refused],
    ['searchesRun', s.searchesRun],
  ];
  for (const [name, value] of Object.entries(s.outcomes)) out.push([`outcomes.${name}`, value]);
  for (const [name, value] of Object.entries(s.reviewerAgreement))
    out.push([`reviewerAgreement.${name}`, value]);
  for (const [name, value] of Object.entries(s.timeToOutcome)) out.push([`timeToOutcome.${name}`, value]);
  out.push(
    ['searchesIncludingUnder18', s.searchesIncludingUnder18],
    ['searchesIncludingNotConvicted', s.searchesIncludingNotConvicted],
    ['thresholdOverrides', s.thresholdOverrides],
    ['searchesBelowEquitableThreshold', s.searchesBelowEquitableThreshold],
    ['crossForceSearches', s.crossForceSearches],
    ['leadsCorroborated', s.leadsCorroborated],
    ['leadsExcluded', s.leadsExcluded],
  );
  const { takenByType: _types, timeFromOutcomeToAction: _time, ...leadActions } = s.leadActions;
  for (const [name, value] of Object.entries(leadActions)) out.push([`leadActions.${name}`, value]);
  const { timeToDecide, ...deletions } = s.deletionRequests;
  for (const [name, value] of Object.entries(deletions)) out.push([`deletionRequests.${name}`, value]);
  for (const [name, value] of Object.entries(timeToDecide))
    out.push([`deletionRequests.timeToDecide.${name}`, value]);
  for (const [name, value] of Object.entries(s.retention)) out.push([`retention.${name}`, value]);
  const { findings: _findings, ...compliance } = s.compliance;
  for (const [name, value] of Object.entries(compliance)) out.push([`compliance.${name}`, value]);
  return out;
}

const GROUP_FIGURES = [
  'people',
  'candidatesReturned',
  'candidatesConfirmed',
  'confirmedLaterExcluded',
  'confirmedLaterCorroborated',
  'confirmationRate',
  'exclusionRate',
] as const;

/** The CSV file, one force-period per chunk (the export id travels in a response header). */
export async function* statisticsCsv(
  statistics: OversightStatistics,
  _exportId?: string,
): AsyncGenerator<string, void, undefined> {
  yield `${STATISTICS_CSV_COLUMNS.join(',')}\r\n`;
  const from = statistics.from.toISOString();
  const to = statistics.to.toISOString();
  for (const s of [...statistics.months, ...statistics.totals]) {
    const base = {
      section: s.month ? 'MONTH' : 'PERIOD',
      from,
      to,
      forceId: s.forceId,
      forceCode: s.forceCode,
      month: s.month,
      suppressed: 'false',
    };
    let chunk = '';
    for (const [measure, value] of figuresOf(s))
      chunk += csvLine({ ...base, measure, dimension: null, category: null, value });
    for (const [dimension, counts] of [
      ['purpose', s.byPurpose],
      ['offenceCategory', s.byOffenceCategory],
      ['sourceType', s.bySourceType],
    ] as const) {
      for (const c of counts)
        chunk += csvLine({ ...base, measure: 'requests', dimension, category: c.category, value: c.count });
    }
    // the time from outcome to action taken: withheld (suppressed) over few actions
    const time = s.leadActions.timeFromOutcomeToAction;
    for (const [name, value] of Object.entries(time))
      if (name !== 'suppressed')
        chunk += csvLine({
          ...base,
          measure: `leadActions.timeFromOutcomeToAction.${name}`,
          dimension: null,
          category: null,
          value,
          suppressed: String(time.suppressed && name !== 'count'),
        });
    for (const c of s.leadActions.takenByType)
      chunk += csvLine({
        ...base,
        measure: 'leadActions.taken',
        dimension: 'type',
        category: c.category,
        value: c.count,
      });
    // compliance findings: the criterion as the dimension, the result as the category
    for (const f of s.compliance.findings)
      chunk += csvLine({
        ...base,
        measure: 'compliance.findings',
        dimension: f.criterion,
        category: f.result,
        value: f.count,
      });
    yield chunk;
  }
  const codes = new Map(statistics.forces.map((f) => [f.id, f.code]));
  let chunk = '';
  for (const g of statistics.outcomeMonitoring) {
    const base = {
      section: 'OUTCOME_MONITORING',
      from,
      to,
      forceId: g.forceId,
      forceCode: codes.get(g.forceId) ?? null,
      month: null,
      dimension: g.dimension,
      category: g.group,
      suppressed: String(g.suppressed),
    };
    for (const measure of GROUP_FIGURES) chunk += csvLine({ ...base, measure, value: g[measure] });
  }
  if (chunk) yield chunk;
}

/** The JSON Lines file: a header, then one line per force-month, force-period and group. */
export async function* statisticsJsonLines(
  statistics: OversightStatistics,
  exportId: string,
): AsyncGenerator<string, void, undefined> {
  const { months, totals, outcomeMonitoring, ...header } = statistics;
  yield `${JSON.stringify({ record: 'statistics', exportId, ...header })}\n`;
  const codes = new Map(statistics.forces.map((f) => [f.id, f.code]));
  for (const s of months) yield `${JSON.stringify({ record: 'forceMonth', ...s })}\n`;
  for (const s of totals) yield `${JSON.stringify({ record: 'forcePeriod', ...s })}\n`;
  for (const g of outcomeMonitoring)
    yield `${JSON.stringify({ record: 'demographicGroup', forceCode: codes.get(g.forceId) ?? null, ...g })}\n`;
}

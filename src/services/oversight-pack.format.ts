import { csvField } from './audit-export.format';
import type { ProbeSourceType } from '../entities';
import type { ForcePeriodStatistics, OversightStatistics } from './oversight-statistics.types';
import { PROBE_SOURCE_LABELS } from './probe-provenance';
import type { PublishedGroup } from './statistics-suppression';

/**
 * The oversight meeting pack: per force, for one period, what an oversight meeting goes through —
 * volumes (with the probes' sources), outcomes, the post-search compliance findings (each NOT_MET
 * one with its note), the actions taken on confirmed leads (with and without corroboration, time
 * from outcome to action),
 * threshold overrides, deletions, and outcome monitoring by demographic group (small groups
 * suppressed as in the statistics). As CSV (one figure per row, a section per topic) and as a
 * self-contained HTML report to print. No person and no face: ids of searches and counts only.
 */
export type OversightPackFormat = 'csv' | 'html';

export const OVERSIGHT_PACK_CONTENT_TYPES: Record<OversightPackFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  html: 'text/html; charset=utf-8',
};

export interface NotMetFinding {
  forceId: string;
  searchRequestId: string;
  reviewId: string;
  completedAt: Date;
  criterion: string;
  note: string | null;
}

export interface OversightPack {
  statistics: OversightStatistics;
  notMet: NotMetFinding[];
}

export const OVERSIGHT_PACK_CSV_COLUMNS = [
  'section',
  'from',
  'to',
  'forceId',
  'forceCode',
  'measure',
  'dimension',
  'category',
  'value',
  'suppressed',
  'searchRequestId',
  'note',
] as const;

type PackRecord = Partial<Record<(typeof OVERSIGHT_PACK_CSV_COLUMNS)[number], string | number | null>>;

export type PackSection =
  | 'VOLUMES'
  | 'OUTCOMES'
  | 'COMPLIANCE'
  | 'COMPLIANCE_NOT_MET'
  | 'LEAD_ACTIONS'
  | 'THRESHOLD_OVERRIDES'
  | 'DELETIONS'
  | 'OUTCOME_MONITORING';

/** A force's period figures, by the pack's section, as [section, measure, value, suppressed?]. */
export function packFigures(s: ForcePeriodStatistics): Array<[PackSection, string, number | null, boolean?]> {
  const out: Array<[PackSection, string, number | null, boolean?]> = [];
  const add = (section: PackSection, measure: string, value: number | null, suppressed?: boolean) =>
    out.push(suppressed === undefined ? [section, measure, value] : [section, measure, value, suppressed]);
  add('VOLUMES', 'requests', s.requests);
  add('VOLUMES', 'authorisationRequired', s.authorisationRequired);
  add('VOLUMES', 'authorised', s.authorised);
  add('VOLUMES', 'refused', s.refused);
  add('VOLUMES', 'searchesRun', s.searchesRun);
  add('VOLUMES', 'crossForceSearches', s.crossForceSearches);
  add('VOLUMES', 'searchesIncludingUnder18', s.searchesIncludingUnder18);
  add('VOLUMES', 'searchesIncludingNotConvicted', s.searchesIncludingNotConvicted);
  for (const [name, value] of Object.entries(s.outcomes)) add('OUTCOMES', `outcomes.${name}`, value);
  for (const [name, value] of Object.entries(s.reviewerAgreement))
    add('OUTCOMES', `reviewerAgreement.${name}`, value);
  for (const [name, value] of Object.entries(s.timeToOutcome))
    add('OUTCOMES', `timeToOutcome.${name}`, value);
  add('OUTCOMES', 'leadsCorroborated', s.leadsCorroborated);
  add('OUTCOMES', 'leadsExcluded', s.leadsExcluded);
  const { findings: _findings, ...compliance } = s.compliance;
  for (const [name, value] of Object.entries(compliance)) add('COMPLIANCE', `compliance.${name}`, value);
  // the lead after the match: actions on confirmed leads, each resting on corroboration recorded first
  const { takenByType, timeFromOutcomeToAction: time, ...leadActions } = s.leadActions;
  for (const [name, value] of Object.entries(leadActions)) add('LEAD_ACTIONS', `leadActions.${name}`, value);
  for (const t of takenByType) add('LEAD_ACTIONS', `leadActions.taken.${t.category}`, t.count);
  add('LEAD_ACTIONS', 'leadActions.timeFromOutcomeToAction.count', time.count);
  add(
    'LEAD_ACTIONS',
    'leadActions.timeFromOutcomeToAction.medianSeconds',
    time.medianSeconds,
    time.suppressed,
  );
  add('LEAD_ACTIONS', 'leadActions.timeFromOutcomeToAction.p90Seconds', time.p90Seconds, time.suppressed);
  add('THRESHOLD_OVERRIDES', 'thresholdOverrides', s.thresholdOverrides);
  const { timeToDecide, ...deletions } = s.deletionRequests;
  for (const [name, value] of Object.entries(deletions)) add('DELETIONS', `deletionRequests.${name}`, value);
  for (const [name, value] of Object.entries(timeToDecide))
    add('DELETIONS', `deletionRequests.timeToDecide.${name}`, value);
  // searches' probes, candidate lists and decisions purged under the retention periods, and holds
  for (const [name, value] of Object.entries(s.retention)) add('DELETIONS', `retention.${name}`, value);
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

/** The CSV pack, one force per chunk. */
export async function* oversightPackCsv(pack: OversightPack): AsyncGenerator<string, void, undefined> {
  const { statistics } = pack;
  const line = (r: PackRecord) =>
    `${OVERSIGHT_PACK_CSV_COLUMNS.map((c) => csvField(r[c] ?? null)).join(',')}\r\n`;
  yield `${OVERSIGHT_PACK_CSV_COLUMNS.join(',')}\r\n`;
  const from = statistics.from.toISOString();
  const to = statistics.to.toISOString();
  for (const s of statistics.totals) {
    const base = { from, to, forceId: s.forceId, forceCode: s.forceCode, suppressed: 'false' };
    let chunk = '';
    for (const [section, measure, value, suppressed] of packFigures(s))
      chunk += line({ ...base, section, measure, value, suppressed: String(suppressed ?? false) });
    for (const [dimension, counts] of [
      ['purpose', s.byPurpose],
      ['offenceCategory', s.byOffenceCategory],
      ['sourceType', s.bySourceType],
    ] as const)
      for (const c of counts)
        chunk += line({
          ...base,
          section: 'VOLUMES',
          measure: 'requests',
          dimension,
          category: c.category,
          value: c.count,
        });
    for (const f of s.compliance.findings)
      chunk += line({
        ...base,
        section: 'COMPLIANCE',
        measure: 'compliance.findings',
        dimension: f.criterion,
        category: f.result,
        value: f.count,
      });
    for (const f of pack.notMet.filter((n) => n.forceId === s.forceId))
      chunk += line({
        ...base,
        section: 'COMPLIANCE_NOT_MET',
        measure: 'compliance.notMet',
        dimension: f.criterion,
        category: 'NOT_MET',
        searchRequestId: f.searchRequestId,
        note: f.note,
      });
    for (const g of statistics.outcomeMonitoring.filter((x) => x.forceId === s.forceId))
      for (const measure of GROUP_FIGURES)
        chunk += line({
          ...base,
          section: 'OUTCOME_MONITORING',
          measure,
          dimension: g.dimension,
          category: g.group,
          value: g[measure],
          suppressed: String(g.suppressed),
        });
    yield chunk;
  }
}

const esc = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const num = (value: number | null) =>
  value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(3);
/**
 * `timeToOutcome.medianSeconds` → "time to outcome: median seconds", `leadActions.taken.PUBLIC_APPEAL`
 * → "taken: public appeal"; a section's own prefix is dropped.
 */
const label = (measure: string) =>
  measure
    .replace(/^(outcomes|compliance|deletionRequests|leadActions)\./, '')
    .split('.')
    .map((part) =>
      /^[A-Z_]+$/.test(part)
        ? part.replace(/_/g, ' ').toLowerCase()
        : part.replace(/([A-Z])/g, ' $1').toLowerCase(),
    )
    .join(': ');

const SECTION_TITLES: Record<Exclude<PackSection, 'COMPLIANCE_NOT_MET' | 'OUTCOME_MONITORING'>, string> = {
  VOLUMES: 'Volumes',
  OUTCOMES: 'Outcomes',
  COMPLIANCE: 'Post-search compliance review',
  LEAD_ACTIONS: 'The lead after the match: actions on confirmed leads',
  THRESHOLD_OVERRIDES: 'Threshold overrides',
  DELETIONS: 'Deletion requests',
};

function groupRows(groups: PublishedGroup[]): string {
  if (groups.length === 0) return '<p>No candidates were returned in the period.</p>';
  return `<table><thead><tr><th>Dimension</th><th>Group</th><th>People</th><th>Returned</th><th>Confirmed</th><th>Later excluded</th></tr></thead><tbody>
${groups
  .map((g) =>
    g.suppressed
      ? `<tr><td>${esc(g.dimension)}</td><td>${esc(g.group)}</td><td colspan="4">suppressed (${esc(g.suppressionReason)})</td></tr>`
      : `<tr><td>${esc(g.dimension)}</td><td>${esc(g.group)}</td><td>${num(g.people)}</td><td>${num(g.candidatesReturned)}</td><td>${num(g.candidatesConfirmed)}</td><td>${num(g.confirmedLaterExcluded)}</td></tr>`,
  )
  .join('\n')}</tbody></table>`;
}

/** The readable report: a self-contained page (no scripts, no external resources) to print or save as PDF. */
export function oversightPackHtml(pack: OversightPack): string {
  const { statistics } = pack;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const forces = statistics.totals
    .map((s) => {
      const figures = packFigures(s);
      const sections = (Object.keys(SECTION_TITLES) as Array<keyof typeof SECTION_TITLES>)
        .map(
          (section) => `<h3>${esc(SECTION_TITLES[section])}</h3><table><tbody>
${figures
  .filter(([sec]) => sec === section)
  .map(
    ([, measure, value, suppressed]) =>
      `<tr><th>${esc(label(measure))}</th><td>${suppressed ? `withheld (fewer than ${esc(statistics.minGroupSize)} actions)` : num(value)}</td></tr>`,
  )
  .join('\n')}</tbody></table>${section === 'VOLUMES' ? sourceTable(s) : ''}${
            section === 'COMPLIANCE'
              ? `<table><thead><tr><th>Criterion</th><th>Met</th><th>Not met</th><th>Not applicable</th></tr></thead><tbody>
${[...new Set(s.compliance.findings.map((f) => f.criterion))]
  .map((criterion) => {
    const count = (result: string) =>
      s.compliance.findings.find((f) => f.criterion === criterion && f.result === result)?.count ?? 0;
    return `<tr><th>${esc(criterion.replace(/_/g, ' ').toLowerCase())}</th><td>${count('MET')}</td><td>${count('NOT_MET')}</td><td>${count('NOT_APPLICABLE')}</td></tr>`;
  })
  .join('\n')}</tbody></table>
<h4>Findings not met</h4>${notMetTable(pack.notMet.filter((n) => n.forceId === s.forceId))}`
              : ''
          }`,
        )
        .join('\n');
      return `<section><h2>${esc(s.forceCode)}</h2>
${sections}
<h3>Outcome monitoring (groups under ${esc(statistics.minGroupSize)} people suppressed)</h3>
${groupRows(statistics.outcomeMonitoring.filter((g) => g.forceId === s.forceId))}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Oversight meeting pack ${esc(day(statistics.from))} to ${esc(day(statistics.to))}</title>
<style>
body{font-family:Georgia,serif;margin:2cm;color:#111}h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #333;margin-top:2em}
h3{font-size:1.05em;margin-top:1.2em}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top;font-size:.9em}th{background:#f2f2f2;width:18em}
@media print{section{page-break-before:always}table{page-break-inside:avoid}}
</style></head><body>
<h1>Oversight meeting pack</h1>
<p>Requests submitted from ${esc(day(statistics.from))} up to (not including) ${esc(day(statistics.to))}, UTC; figures as at ${esc(statistics.generatedAt.toISOString())}.
Each request is counted with everything that has happened to it since, so figures for recent requests may still change.</p>
${forces || '<p>No force in scope.</p>'}
</body></html>`;
}

/** Requests by where the probe came from (volumes, not people: never suppressed). */
function sourceTable(s: ForcePeriodStatistics): string {
  return `<h4>Requests by probe source</h4><table><tbody>
${s.bySourceType
  .map(
    (c) =>
      `<tr><th>${esc(PROBE_SOURCE_LABELS[c.category as ProbeSourceType] ?? 'not recorded (made before provenance was required)')}</th><td>${num(c.count)}</td></tr>`,
  )
  .join('\n')}</tbody></table>`;
}

function notMetTable(rows: NotMetFinding[]): string {
  if (rows.length === 0) return '<p>None.</p>';
  return `<table><thead><tr><th>Search request</th><th>Criterion</th><th>Reviewed</th><th>Note</th></tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr><td>${esc(r.searchRequestId)}</td><td>${esc(r.criterion)}</td><td>${esc(new Date(r.completedAt).toISOString())}</td><td>${esc(r.note)}</td></tr>`,
  )
  .join('\n')}</tbody></table>`;
}

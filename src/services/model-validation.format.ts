import type { ModelValidation, Rate, ValidationGroup, ValidationPoint } from '../entities';

/**
 * A recorded validation as data (CSV: one row per group and threshold) and as a readable report
 * (one HTML page, plots drawn as inline SVG: nothing to install, nothing fetched when it opens).
 * Aggregate figures only: no image, template or person is named.
 */

type RateName = 'falseMatch' | 'falseNonMatch' | 'falsePositiveIdentification' | 'rankOne' | 'topK';
const RATES: Array<[RateName, string]> = [
  ['falseMatch', 'fmr'],
  ['falseNonMatch', 'fnmr'],
  ['falsePositiveIdentification', 'fpir'],
  ['rankOne', 'rank1'],
  ['topK', 'topk'],
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // a cell a spreadsheet would run as a formula is prefixed with a quote
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per group and threshold, with every rate, its 95% interval and its counts. */
export function validationCsv(v: ModelValidation): string {
  const header = [
    'validation_id',
    'model_version',
    'dataset_sha256',
    'run_at',
    'equitable_threshold',
    'attribute',
    'value',
    'people',
    'mated_searches',
    'non_mated_searches',
    'impostor_pairs',
    'below_minimum_size',
    'threshold',
    ...RATES.flatMap(([, n]) => [n, `${n}_low`, `${n}_high`, `${n}_count`, `${n}_total`]),
  ];
  const rows = [header.join(',')];
  for (const g of v.groups)
    for (const p of g.points)
      rows.push(
        [
          v.id,
          v.modelVersion,
          v.datasetSha256,
          v.runAt.toISOString(),
          v.equitableThreshold,
          g.attribute,
          g.value,
          g.people,
          g.matedSearches,
          g.nonMatedSearches,
          g.impostorPairs,
          g.belowMinimumSize,
          p.threshold,
          ...RATES.flatMap(([r]) => {
            const x: Rate = p[r];
            return [x.rate, x.low, x.high, x.count, x.total];
          }),
        ]
          .map(csvCell)
          .join(','),
      );
  return `${rows.join('\n')}\n`;
}

function esc(text: unknown): string {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const COLOURS = ['#1b6ca8', '#d1495b', '#2e933c', '#edae49', '#6a4c93', '#00798c', '#8d6a3f', '#c5283d'];

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toPrecision(3)}%`);
const num = (x: number | null) => (x === null ? '–' : x.toFixed(4));

interface PlotOptions {
  title: string;
  rate: RateName;
  log: boolean;
  target?: number;
  equitable: number | null;
}

/**
 * One line per group of `groups` over the ladder; on a log scale a rate of 0 is drawn on the
 * bottom edge (marked "0"), and the y range covers the smallest non-zero rate.
 */
function plot(groups: ValidationGroup[], ladder: number[], o: PlotOptions): string {
  const W = 640;
  const H = 320;
  const m = { left: 64, right: 150, top: 28, bottom: 40 };
  const xs = (t: number) =>
    m.left +
    (ladder.length < 2
      ? 0
      : ((t - ladder[0]) / (ladder[ladder.length - 1] - ladder[0])) * (W - m.left - m.right));
  const rates = groups
    .flatMap((g) => g.points.map((p) => p[o.rate].rate))
    .filter((r): r is number => r !== null);
  const positive = rates.filter((r) => r > 0);
  const lowExp = o.log ? Math.floor(Math.log10(Math.min(...positive, o.target ?? 1, 1e-1))) - 1 : 0;
  const ys = (r: number) => {
    const frac = o.log ? (Math.log10(Math.max(r, 10 ** lowExp)) - lowExp) / -lowExp : r;
    return H - m.bottom - frac * (H - m.top - m.bottom);
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(o.title)}">`,
    `<text x="${m.left}" y="13" font-size="13" font-weight="bold">${esc(o.title)}</text>`,
    `<rect x="${m.left}" y="${m.top}" width="${W - m.left - m.right}" height="${H - m.top - m.bottom}" fill="none" stroke="#999"/>`,
  ];
  const ticks = o.log
    ? Array.from({ length: -lowExp + 1 }, (_, i) => 10 ** (lowExp + i))
    : [0, 0.25, 0.5, 0.75, 1];
  for (const t of ticks) {
    const y = ys(t).toFixed(1);
    const label = o.log
      ? t === 10 ** lowExp
        ? '0'
        : t === 1
          ? '1'
          : `1e${Math.round(Math.log10(t))}`
      : `${t * 100}%`;
    parts.push(
      `<line x1="${m.left}" x2="${W - m.right}" y1="${y}" y2="${y}" stroke="#eee"/>`,
      `<text x="${m.left - 6}" y="${y}" font-size="10" text-anchor="end" dominant-baseline="middle">${label}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(ladder.length / 8));
  ladder.forEach((t, i) => {
    if (i % step !== 0 && i !== ladder.length - 1) return;
    parts.push(
      `<text x="${xs(t).toFixed(1)}" y="${H - m.bottom + 14}" font-size="10" text-anchor="middle">${t.toFixed(3)}</text>`,
    );
  });
  parts.push(
    `<text x="${(m.left + W - m.right) / 2}" y="${H - 6}" font-size="11" text-anchor="middle">threshold (cosine)</text>`,
  );
  if (o.target !== undefined)
    parts.push(
      `<line x1="${m.left}" x2="${W - m.right}" y1="${ys(o.target).toFixed(1)}" y2="${ys(o.target).toFixed(1)}" stroke="#000" stroke-dasharray="6 3"/>`,
      `<text x="${W - m.right + 4}" y="${ys(o.target).toFixed(1)}" font-size="10" dominant-baseline="middle">target ${o.target}</text>`,
    );
  if (o.equitable !== null)
    parts.push(
      `<line x1="${xs(o.equitable).toFixed(1)}" x2="${xs(o.equitable).toFixed(1)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#777" stroke-width="3" opacity="0.5"/>`,
      `<text x="${xs(o.equitable).toFixed(1)}" y="${m.top - 4}" font-size="10" text-anchor="middle" fill="#555">equitable ${o.equitable}</text>`,
    );
  groups.forEach((g, i) => {
    const colour = g.attribute === 'all' ? '#000' : COLOURS[i % COLOURS.length];
    const points = g.points
      .filter((p) => p[o.rate].rate !== null)
      .map((p: ValidationPoint) => `${xs(p.threshold).toFixed(1)},${ys(p[o.rate].rate!).toFixed(1)}`);
    if (points.length === 0) return;
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="1.6"${g.belowMinimumSize ? ' stroke-dasharray="2 3"' : ''} points="${points.join(' ')}"/>`,
      `<text x="${W - m.right + 4}" y="${m.top + 24 + i * 14}" font-size="10" fill="${colour}">${esc(g.value)}${g.belowMinimumSize ? ' (too few)' : ''}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The readable report: what was run, the equitable threshold, group sizes, and the plots. */
export function validationReportHtml(v: ModelValidation, forceCode: string): string {
  const attributes = [...new Set(v.groups.map((g) => g.attribute))].filter((a) => a !== 'all');
  const all = v.groups.filter((g) => g.attribute === 'all');
  const at = v.equitableThreshold === null ? -1 : v.ladder.indexOf(v.equitableThreshold);
  const sizeRows = v.groups
    .map((g) => {
      const p = at >= 0 ? g.points[at] : null;
      return `<tr${g.belowMinimumSize ? ' class="few"' : ''}><td>${esc(g.attribute)}</td><td>${esc(g.value)}</td><td>${g.people}</td><td>${g.matedSearches}</td><td>${g.nonMatedSearches}</td><td>${g.impostorPairs}</td><td>${g.belowMinimumSize ? 'below minimum' : ''}</td><td>${p ? `${pct(p.falseMatch.rate)} (${pct(p.falseMatch.low)}–${pct(p.falseMatch.high)})` : '–'}</td><td>${p ? `${pct(p.falseNonMatch.rate)} (${pct(p.falseNonMatch.low)}–${pct(p.falseNonMatch.high)})` : '–'}</td><td>${p ? pct(p.rankOne.rate) : '–'}</td></tr>`;
    })
    .join('\n');
  const plots = ['all', ...attributes]
    .map((a) => {
      const groups = a === 'all' ? all : v.groups.filter((g) => g.attribute === a);
      const name = a === 'all' ? 'whole set' : a;
      return `<section><h3>${esc(name)}</h3>
${plot(groups, v.ladder, { title: `False match rate by ${name} (log scale)`, rate: 'falseMatch', log: true, target: v.falseMatchRateTarget, equitable: v.equitableThreshold })}
${plot(groups, v.ladder, { title: `False non-match rate by ${name}`, rate: 'falseNonMatch', log: false, equitable: v.equitableThreshold })}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Model validation ${esc(forceCode)} ${esc(v.modelVersion)}</title>
<style>body{font-family:sans-serif;max-width:980px;margin:2em auto;color:#222}table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}tr.few{color:#a00}svg{display:block;margin:1em 0}</style>
</head><body>
<h1>Model validation: ${esc(forceCode)}, ${esc(v.modelVersion)}</h1>
<table>
<tr><th>Validation</th><td>${esc(v.id)}</td></tr>
<tr><th>Face model</th><td>${esc(v.faceModel)} (${esc(v.modelVersion)})</td></tr>
<tr><th>Data set</th><td>${esc(v.datasetDescription)}</td></tr>
<tr><th>Data set sha256</th><td><code>${esc(v.datasetSha256)}</code></td></tr>
<tr><th>Images</th><td>${v.imageCount} (${v.unusableImages} without a usable face, left out)</td></tr>
<tr><th>Gallery</th><td>${v.gallerySize} entries; ${v.matedSearches} mated and ${v.nonMatedSearches} non-mated searches; top ${v.topK}</td></tr>
<tr><th>Run by</th><td>${esc(v.runBy)}, ${esc(v.runAt.toISOString())}</td></tr>
<tr><th>Rules</th><td>every group's false match rate at most ${v.falseMatchRateTarget}; within each attribute the worst group's at most ${v.maxGroupRatio}× the best's; groups of fewer than ${v.minGroupSize} people are shown but not counted</td></tr>
<tr><th>Equitable threshold</th><td><strong>${v.equitableThreshold === null ? 'none on the ladder: no threshold tested meets the rules' : num(v.equitableThreshold)}</strong></td></tr>
</table>
<h2>Groups${at >= 0 ? ` (rates at the equitable threshold ${num(v.equitableThreshold)}, 95% intervals)` : ''}</h2>
<table><tr><th>attribute</th><th>value</th><th>people</th><th>mated</th><th>non-mated</th><th>impostor pairs</th><th>size</th><th>FMR</th><th>FNMR</th><th>rank-1</th></tr>
${sizeRows}
</table>
<p>False match rate: share of impostor pairs (a probe and a gallery entry of another person) at or above the threshold.
False non-match rate: share of mated searches whose mate scores below it. Impostor pairs of one probe are not independent: their intervals are narrower than the truth.
A rate of 0 is drawn on the bottom edge of a log-scale plot. Dotted lines: groups below the minimum size. Grey vertical line: the equitable threshold.</p>
<h2>Plots</h2>
${plots}
</body></html>
`;
}

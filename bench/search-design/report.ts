/* The trade-off table of bench:search-design runs from their results file (one JSON row per search
 * setting), for SEARCH-DESIGN.md:
 *
 *   npx ts-node --transpile-only bench/search-design/report.ts <work>/design-results.jsonl [--n 100000]
 */
import { readFileSync } from 'node:fs';

import { args } from '../gallery-search/lib';
import { table, type Row } from '../search-design.bench';

const { pos, opt } = args();
const rows: Row[] = readFileSync(pos[0], 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r: Row) => !opt.n || r.n === Number(opt.n));
// the last measurement of each (n, search, filter, index) wins
const last = new Map(rows.map((r) => [`${r.n}|${r.label}|${r.filter}|${r.index}`, r]));
// an index reused from an earlier run has its build time in that run's output
for (const r of last.values())
  if (r.build?.startsWith('NaN')) r.build = `earlier run, ${/([0-9]+) MB/.exec(r.build)?.[1] ?? '?'} MB`;
const ef = (r: Row) => Number(/ef_search ([0-9]+)/.exec(r.label)?.[1] ?? 0);
const order = (r: Row) => [r.n, r.design, r.filter === 'none' ? 0 : 1, r.index, ef(r)].join('|');
const sorted = [...last.values()].sort(
  (a, b) =>
    a.n - b.n || a.design.localeCompare(b.design) || order(a).localeCompare(order(b)) || ef(a) - ef(b),
);
console.log(table(sorted));

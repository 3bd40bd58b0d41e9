/* Search benchmark: every real probe against a loaded table, exact scan first (same run), then each
 * strategy; mate rank-1 / top-20 rates, recall@20 against the exact top 20, latency percentiles.
 *
 *   npx ts-node --transpile-only bench/gallery-search/run.ts <DATABASE_URL> <dataset-dir> --table t500k \
 *     [--filter none|force|both] [--warm 50] [--out results.jsonl] [--label text] strategy...
 *
 * Strategies (`kind:key=val,...`):
 *   exact                         ORDER BY emb <=> q without index scans (parallel seq scan)
 *   hnsw:ef=200[,iter=relaxed_order|strict_order][,mst=20000]
 *                                 ORDER BY emb <=> q LIMIT 20 (whatever index on emb is there)
 *   rr:key=ch,ef=400,L=400[,iter=..][,mst=..]
 *                                 shortlist of L by an index on a derived key, then exact re-rank
 *                                 by emb <=> q; keys: e=emb, h=emb::halfvec, c=centre(emb),
 *                                 ch=centre(emb)::halfvec, bq=binary_quantize(centre(emb))::bit,
 *                                 p32/p48/p64=top-k PCA coordinates of the centred template
 *   key:key=ch,ef=200             ORDER BY the derived key only (no re-rank)
 *   union:key=ch,ef=100,L=100     unfiltered: UNION ALL of one shortlist of L per force (force_id = 1..5,
 *                                 so per-force partial indexes can serve them), then exact re-rank
 *   ivf:probes=20[,iter=relaxed_order][,maxp=..]
 *                                 ORDER BY emb <=> q with an ivfflat index
 * rr/key also take probes=N (ivfflat.probes) and iiter=relaxed_order (ivfflat.iterative_scan)
 * when the key's index is an ivfflat index.
 * Any strategy takes as=row_name (label; underscores become spaces) and hide=idx1+idx2 (index names without the table prefix) to keep the planner off
 * other indexes on the same expression.
 * The force filter uses `force_id = <the mate's force>` (one force of five, 20% of rows).
 */
import * as fs from 'fs';
import * as os from 'os';
import { Client } from 'pg';
import { args, connect, percentile, readDataset, vecLiteral } from './lib';

const K = 20;

interface Strategy {
  label: string;
  sets: string[];
  sql: (filter: boolean) => string;
  hide: string[];
}

function keyExpr(t: string, key: string): { col: string; q: string; op: string } {
  const c = `${t}_centre(emb)`;
  const qc = `${t}_centre($1::vector)`;
  switch (key) {
    case 'e':
      return { col: 'emb', q: '$1::vector', op: '<=>' };
    case 'h':
      return { col: 'emb::halfvec(128)', q: '$1::vector::halfvec(128)', op: '<=>' };
    case 'c':
      return { col: c, q: qc, op: '<=>' };
    case 'ch':
      return { col: `${c}::halfvec(128)`, q: `${qc}::halfvec(128)`, op: '<=>' };
    case 'p32':
    case 'p48':
    case 'p64':
      return {
        col: `${t}_pca${key.slice(1)}(emb)::halfvec(${key.slice(1)})`,
        q: `${t}_pca${key.slice(1)}($1::vector)::halfvec(${key.slice(1)})`,
        op: '<=>',
      };
    case 'bq':
      return { col: `binary_quantize(${c})::bit(128)`, q: `binary_quantize(${qc})::bit(128)`, op: '<~>' };
    default:
      throw new Error(`unknown key ${key}`);
  }
}

function parse(t: string, spec: string): Strategy {
  const [, rest = ''] = spec.split(':', 2);
  const o = Object.fromEntries(
    rest
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=', 2)),
  );
  const hide = (o.hide ?? '')
    .split('+')
    .filter(Boolean)
    .map((x: string) => `${t}_${x}`);
  const base = parse0(t, spec);
  // as=text names the row in the table (underscores become spaces)
  return { ...base, label: o.as ? String(o.as).replace(/_/g, ' ') : base.label, hide };
}
function parse0(t: string, spec: string): Omit<Strategy, 'hide'> & { hide?: string[] } {
  const [kind, rest = ''] = spec.split(':', 2);
  const o: Record<string, string> = Object.fromEntries(
    rest
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=', 2)),
  );
  const where = (f: boolean) => (f ? 'WHERE force_id = $2' : '');
  const iterSets = (prefix: string) => [
    ...(o.iter ? [`SET LOCAL ${prefix}.iterative_scan = ${o.iter}`] : []),
    ...(o.mst ? [`SET LOCAL hnsw.max_scan_tuples = ${Number(o.mst)}`] : []),
    ...(o.maxp ? [`SET LOCAL ivfflat.max_probes = ${Number(o.maxp)}`] : []),
    ...(o.probes && prefix === 'hnsw' ? [`SET LOCAL ivfflat.probes = ${Number(o.probes)}`] : []),
    ...(o.iiter ? [`SET LOCAL ivfflat.iterative_scan = ${o.iiter}`] : []),
  ];
  switch (kind) {
    case 'exact':
      return {
        label: 'exact scan',
        sets: ['SET LOCAL enable_indexscan = off', 'SET LOCAL enable_bitmapscan = off'],
        sql: (f) => `SELECT id FROM ${t} ${where(f)} ORDER BY emb <=> $1::vector LIMIT ${K}`,
      };
    case 'hnsw':
      return {
        label: spec,
        sets: [`SET LOCAL hnsw.ef_search = ${Number(o.ef)}`, ...iterSets('hnsw')],
        sql: (f) => `SELECT id FROM ${t} ${where(f)} ORDER BY emb <=> $1::vector LIMIT ${K}`,
      };
    case 'ivf':
      return {
        label: spec,
        sets: [`SET LOCAL ivfflat.probes = ${Number(o.probes)}`, ...iterSets('ivfflat')],
        sql: (f) => `SELECT id FROM ${t} ${where(f)} ORDER BY emb <=> $1::vector LIMIT ${K}`,
      };
    case 'key': {
      const k = keyExpr(t, o.key);
      return {
        label: spec,
        sets: [`SET LOCAL hnsw.ef_search = ${Number(o.ef)}`, ...iterSets('hnsw')],
        sql: (f) => `SELECT id FROM ${t} ${where(f)} ORDER BY ${k.col} ${k.op} ${k.q} LIMIT ${K}`,
      };
    }
    case 'rr': {
      const k = keyExpr(t, o.key);
      const L = Number(o.L);
      return {
        label: spec,
        sets: [`SET LOCAL hnsw.ef_search = ${Number(o.ef ?? L)}`, ...iterSets('hnsw')],
        sql: (f) => `WITH shortlist AS MATERIALIZED (
            SELECT id, emb FROM ${t} ${where(f)} ORDER BY ${k.col} ${k.op} ${k.q} LIMIT ${L})
          SELECT id FROM shortlist ORDER BY emb <=> $1::vector LIMIT ${K}`,
      };
    }
    case 'union': {
      // per-force shortlists (each can use a per-force partial index), merged and re-ranked
      const k = keyExpr(t, o.key);
      const L = Number(o.L);
      const part = (f: number | string) =>
        `(SELECT id, emb FROM ${t} WHERE force_id = ${f} ORDER BY ${k.col} ${k.op} ${k.q} LIMIT ${L})`;
      return {
        label: spec,
        sets: [`SET LOCAL hnsw.ef_search = ${Number(o.ef ?? L)}`, ...iterSets('hnsw')],
        sql: (f) => `WITH shortlist AS MATERIALIZED (
            ${f ? part('$2') : [1, 2, 3, 4, 5].map(part).join(' UNION ALL ')})
          SELECT id FROM shortlist ORDER BY emb <=> $1::vector LIMIT ${K}`,
      };
    }
    default:
      throw new Error(`unknown strategy ${spec}`);
  }
}

// hide=a+b in a strategy: drop these indexes inside each search transaction (rolled back) so the
// planner cannot pick them; the drop happens before the timer starts.
async function search(
  c: Client,
  s: Strategy,
  filter: boolean,
  q: string,
  force: number,
): Promise<{ ids: number[]; ms: number }> {
  if (s.hide.length) {
    await c.query('BEGIN');
    for (const h of s.hide) await c.query(`DROP INDEX ${h}`);
  }
  const t0 = process.hrtime.bigint();
  // one round trip for BEGIN and the SET LOCALs (simple-query protocol, no parameters)
  await c.query([...(s.hide.length ? [] : ['BEGIN']), ...s.sets].join('; '));
  const r = await c.query(s.sql(filter), filter ? [q, force] : [q]);
  await c.query(s.hide.length ? 'ROLLBACK' : 'COMMIT');
  return { ids: r.rows.map((x: { id: number }) => x.id), ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function main() {
  const { pos, opt } = args();
  const [url, dir, ...specs] = pos;
  const table = opt.table;
  if (!url || !dir || !table) {
    console.error(
      'usage: run.ts <DATABASE_URL> <dataset-dir> --table <t> [--filter none|force|both] strategy...',
    );
    process.exit(2);
  }
  const { meta, forces } = readDataset(dir);
  const probes = meta.probes.map((p) => ({ q: vecLiteral(p.v), mate: p.mateRow, force: forces[p.mateRow] }));
  const limit = Number(opt.probes ?? probes.length);
  const P = probes.slice(0, limit);
  const warm = Number(opt.warm ?? 50);
  const filters = (opt.filter ?? 'none') === 'both' ? [false, true] : [opt.filter === 'force'];
  const c = await connect(url);
  const planCheck = opt.plans === 'true';
  const out = opt.out ? fs.createWriteStream(opt.out, { flags: 'a' }) : null;

  for (const filter of filters) {
    const strategies = ['exact', ...specs.filter((s) => s !== 'exact')].map((s) => parse(table, s));
    let truth: number[][] = [];
    let exactP50 = NaN;
    let exactMean = NaN;
    let exactRates = { r1: NaN, t20: NaN };
    console.log(
      `\n### ${table}, ${filter ? 'force filter (1 of 5)' : 'no filter'}, ${P.length} probes, load ${os.loadavg()[0].toFixed(2)}\n`,
    );
    console.log(
      '| search | rank-1 | Δ | top-20 | Δ | recall@20 | short | p50 ms | p95 ms | p99 ms | × exact (p50) | load |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of strategies) {
      if (planCheck) {
        await c.query('BEGIN');
        for (const h of s.hide) await c.query(`DROP INDEX ${h}`);
        for (const set of s.sets) await c.query(set);
        const plan = await c.query(`EXPLAIN ${s.sql(filter)}`, filter ? [P[0].q, P[0].force] : [P[0].q]);
        await c.query('ROLLBACK');
        console.error(
          `-- ${s.label}\n` + plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'),
        );
      }
      for (const p of P.slice(0, warm)) await search(c, s, filter, p.q, p.force);
      const ms: number[] = [];
      const results: number[][] = [];
      for (const p of P) {
        const r = await search(c, s, filter, p.q, p.force);
        ms.push(r.ms);
        results.push(r.ids);
      }
      if (s.sql(filter).startsWith('SELECT') && s.sets.some((x) => x.includes('enable_indexscan = off')))
        truth = results;
      let r1 = 0,
        t20 = 0,
        short = 0,
        rec = 0;
      results.forEach((ids, i) => {
        const rank = ids.indexOf(P[i].mate) + 1;
        if (rank === 1) r1++;
        if (rank >= 1 && rank <= K) t20++;
        if (ids.length < K) short++;
        const tset = new Set(truth[i]);
        rec += ids.filter((id) => tset.has(id)).length / Math.max(1, truth[i].length);
      });
      const row = {
        table,
        filter: filter ? 'force' : 'none',
        label: opt.label ? `${opt.label} ${s.label}` : s.label,
        rank1: (100 * r1) / P.length,
        top20: (100 * t20) / P.length,
        recall20: rec / P.length,
        short,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        p99: percentile(ms, 99),
        mean: ms.reduce((a, b) => a + b, 0) / ms.length,
        load: os.loadavg()[0],
        when: new Date().toISOString(),
      };
      if (truth === results) {
        exactP50 = row.p50;
        exactMean = row.mean;
        exactRates = { r1: row.rank1, t20: row.top20 };
      }
      const d = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(1);
      console.log(
        `| ${row.label} | ${row.rank1.toFixed(1)}% | ${d(row.rank1 - exactRates.r1)} | ${row.top20.toFixed(1)}% | ${d(row.top20 - exactRates.t20)} | ${row.recall20.toFixed(3)} | ${short} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${(exactP50 / row.p50).toFixed(1)} | ${row.load.toFixed(1)} |`,
      );
      out?.write(
        JSON.stringify({ ...row, exactP50, exactMean, exactR1: exactRates.r1, exactT20: exactRates.t20 }) +
          '\n',
      );
    }
  }
  out?.end();
  await c.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

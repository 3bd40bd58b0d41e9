/**
 * The search design chosen again by measurement (issue 14): which vector index design meets the
 * targets with the default model's templates, on PostgreSQL.
 *
 *   DATABASE_URL=postgres://… npm run bench:search-design -- <faces-dir> --work <dir> [--n 500000]
 *     [--designs plain-m16-efc64,centred-m32-efc200,pca128-m16-efc64,ivf1000] [--model <face model; default the manifest's>]
 *     [--settings L/ef,…] [--rank 128] [--probes N] [--exact-probes 100] [--warmup 30] [--reuse] [--drop-db]
 *
 * Gallery (bench/search-design/dataset.ts): the model's real templates of <faces-dir> (first image of
 * each identity; cached in <work>) plus distractors drawn from a Gaussian fitted to the real templates
 * (empirical mean, low-rank + diagonal covariance, L2-normalised), five forces at random; probes are
 * the other images of multi-image identities. It prints real vs synthetic impostor cosines.
 *
 * A design is `<key>-m<m>-efc<ef_construction>`:
 *   plain     HNSW on emb::halfvec(dim), halfvec_cosine_ops: the K nearest by the index, re-scored
 *             exactly (the list is the top K of the index scan, ordered by the full cosine)
 *   centred   the product's design before this measurement: HNSW on centre(emb)::halfvec(dim),
 *             centre(v) = l2_normalize(v - mean of the real templates); a shortlist of L re-ranked
 *             by the exact cosine on emb
 *   pca<k>    HNSW (cosine) on the top-k principal-component coordinates of emb, as halfvec(k);
 *             a shortlist of L re-ranked by the exact cosine on emb (the probe's key computed here)
 * or `ivf<lists>`: IVFFlat on emb::halfvec(dim) with that many lists (each force's partial index
 * with a fifth of them), --settings L/probes.
 * Each design is built, measured and dropped in turn (two designs never share a table at once): the
 * global index first (no filter, and the one-force filter on the global index with iterative scan),
 * then five per-force partial indexes (`WHERE force_id = k`, the one-force filter as the product runs
 * it), each build timed with its size and the load average. Every block measures the exact scan's
 * latency again on --exact-probes probes (same run: the speed-up is against that); the exact top-K
 * lists (the truth for the mate rates) are computed once per gallery and cached in <work>.
 * Keep <work> outside the repository: it holds biometric templates.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { BinaryCopyWriter, args, copyFrom, percentile } from './gallery-search/lib';
import { Gallery, K, Probe, benchGallery, dotAt, exactLists, mateRates } from './search-design/dataset';
import { realTemplates } from './search-design/templates';

const FORCES = 5;
const MAX_SCAN_TUPLES = 20_000; // as SEARCH_TUNING in src/db/face-search.repository.ts

// ------------------------------------------------------------------------------------------ designs
interface Design {
  name: string;
  key: 'plain' | 'centred' | 'pca' | 'ivf';
  m: number;
  /** IVFFlat: the number of lists */
  lists: number;
  efc: number;
  pcaDim: number;
  /** (shortlist, ef_search) pairs measured; for IVFFlat, ef is the number of lists probed */
  settings: Array<{ L: number; ef: number }>;
}

function parseDesign(spec: string, settings?: string): Design {
  const ivf = /^ivf(\d+)$/.exec(spec);
  if (ivf)
    return {
      name: spec,
      key: 'ivf',
      m: 0,
      efc: 0,
      lists: Number(ivf[1]),
      pcaDim: 0,
      settings: (settings ?? '20/10,20/20,20/40,20/80').split(',').map((s) => {
        const [L, probes] = s.split('/').map(Number);
        return { L, ef: probes };
      }),
    };
  const m = /^(plain|centred|pca(\d+))-m(\d+)-efc(\d+)$/.exec(spec);
  if (!m) throw new Error(`not a design: ${spec} (plain|centred|pca<k>-m<m>-efc<efc>)`);
  const key = m[1].startsWith('pca') ? 'pca' : (m[1] as 'plain' | 'centred');
  const defaults: Record<Design['key'], string> = {
    plain: '20/40,20/100,20/200,20/400,20/800',
    centred: '100/100,200/200,400/400,800/800',
    pca: '100/100,200/200,400/400,800/800',
    ivf: '',
  };
  return {
    name: spec,
    key,
    m: Number(m[3]),
    efc: Number(m[4]),
    lists: 0,
    pcaDim: Number(m[2] ?? 0),
    settings: (settings ?? defaults[key]).split(',').map((s) => {
      const [L, ef] = s.split('/').map(Number);
      return { L, ef: ef ?? L };
    }),
  };
}

/** Index expression and opclass, and the probe's key, for a design on table t. */
function keyOf(
  t: string,
  d: Design,
  dim: number,
  keyParam = '$1',
): { expr: string; ops: string; q: string; op: string } {
  switch (d.key) {
    case 'ivf':
    case 'plain':
      return {
        expr: `emb::halfvec(${dim})`,
        ops: 'halfvec_cosine_ops',
        q: `$1::vector::halfvec(${dim})`,
        op: '<=>',
      };
    case 'centred':
      return {
        expr: `${t}_centre(emb)::halfvec(${dim})`,
        ops: 'halfvec_cosine_ops',
        q: `${t}_centre($1::vector)::halfvec(${dim})`,
        op: '<=>',
      };
    case 'pca':
      return {
        expr: `${t}_pca${d.pcaDim}(emb)::halfvec(${d.pcaDim})`,
        ops: 'halfvec_cosine_ops',
        // the probe's key is computed by the client (pcaKey), as an application would: evaluating
        // the SQL function for the probe re-parses its k constant vectors in every search
        q: `${keyParam}::halfvec(${d.pcaDim})`,
        op: '<=>',
      };
  }
}

// ------------------------------------------------------------------------------------------ database
const lit = (v: ArrayLike<number>) => `[${Array.from(v, (x) => (+x).toPrecision(8)).join(',')}]`;

async function loadTable(c: Client, t: string, g: Gallery): Promise<number> {
  const start = performance.now();
  await c.query(`DROP TABLE IF EXISTS ${t}`);
  await c.query(
    `CREATE TABLE ${t} (id integer PRIMARY KEY, force_id smallint NOT NULL, emb vector(${g.dim}) NOT NULL)`,
  );
  function* chunks(): Generator<Buffer> {
    const w = new BinaryCopyWriter();
    w.push(BinaryCopyWriter.header());
    for (let row = 0; row < g.n; row++) {
      w.fieldCount(3);
      w.int4(row);
      w.int2(g.forces[row]);
      w.vector(g.rows, row * g.dim, g.dim);
      if (w.bytes > 1 << 20) yield w.take();
    }
    w.push(BinaryCopyWriter.trailer());
    yield w.take();
  }
  await copyFrom(c, `COPY ${t} (id, force_id, emb) FROM STDIN (FORMAT binary)`, chunks);
  await c.query(`VACUUM ANALYZE ${t}`);
  return (performance.now() - start) / 1000;
}

/** <t>_centre(v) = l2_normalize(v - mean); <t>_pca<k>(v) = top-k principal coordinates of v (halfvec). */
async function createFunctions(c: Client, t: string, g: Gallery, pcaDims: number[]): Promise<void> {
  await c.query(`CREATE OR REPLACE FUNCTION ${t}_centre(v vector) RETURNS vector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT RETURN l2_normalize(v - '${lit(g.realMean)}'::vector)`);
  for (const k of pcaDims) {
    const terms = g.fitted.vectors.slice(0, k).map((u) => `inner_product(v, '${lit(u)}'::vector)`);
    await c.query(`CREATE OR REPLACE FUNCTION ${t}_pca${k}(v vector) RETURNS halfvec(${k})
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN (ARRAY[${terms.join(',')}]::real[]::vector(${k}))::halfvec(${k})`);
  }
}

const load1 = () => loadavg()[0];
const uptimeLoad = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

interface Built {
  index: string;
  seconds: number;
  mb: number;
  load: string;
}
async function build(c: Client, name: string, sql: string, reuse: boolean): Promise<Built> {
  if (reuse && (await c.query(`SELECT to_regclass($1) AS r`, [name])).rows[0].r !== null) {
    const [{ b }] = (await c.query(`SELECT pg_relation_size('${name}') AS b`)).rows;
    console.log(`reused ${name} of an earlier run (its build time is in that run's output)`);
    return { index: name, seconds: NaN, mb: Number(b) / 1048576, load: 'earlier run' };
  }
  await c.query(`DROP INDEX IF EXISTS ${name}`);
  const load = uptimeLoad();
  const start = performance.now();
  await c.query(sql);
  const seconds = (performance.now() - start) / 1000;
  const [{ b }] = (await c.query(`SELECT pg_relation_size('${name}') AS b`)).rows;
  const built = { index: name, seconds, mb: Number(b) / 1048576, load };
  console.log(
    `built ${name} in ${seconds.toFixed(0)} s, ${built.mb.toFixed(0)} MB, load before ${load}, after ${uptimeLoad()}`,
  );
  return built;
}

// ------------------------------------------------------------------------------------------ searches
type Filter = 'none' | 'force';
interface Search {
  label: string;
  sets: string[];
  sql: string;
  filter: Filter;
  /** the index the plan must use (checked with EXPLAIN), or none for the exact scan */
  index?: string;
  /** the probe's index key, when the client computes it (the statement's last parameter) */
  key?: (p: Probe) => string;
}

const paramsOf = (s: Search, p: Probe, q: string, force: number) => [
  q,
  ...(s.filter === 'force' ? [force] : []),
  ...(s.key ? [s.key(p)] : []),
];

function exactSearch(t: string, filter: Filter): Search {
  return {
    label: 'exact scan',
    sets: ['SET LOCAL enable_indexscan = off', 'SET LOCAL enable_bitmapscan = off'],
    sql: `SELECT id FROM ${t} ${filter === 'force' ? 'WHERE force_id = $2' : ''} ORDER BY emb <=> $1::vector, id LIMIT ${K}`,
    filter,
  };
}

function designSearch(
  t: string,
  d: Design,
  dim: number,
  L: number,
  ef: number,
  filter: Filter,
  index: string,
  key?: (p: Probe) => string,
): Search {
  const k = keyOf(t, d, dim, filter === 'force' ? '$3' : '$2');
  const where = filter === 'force' ? 'WHERE force_id = $2' : '';
  return {
    label: d.key === 'ivf' ? `${d.name}, probes ${ef}` : `${d.name}, shortlist ${L}, ef_search ${ef}`,
    sets:
      d.key === 'ivf'
        ? [
            `SET LOCAL ivfflat.probes = ${ef}`,
            `SET LOCAL ivfflat.iterative_scan = relaxed_order`,
            `SET LOCAL ivfflat.max_probes = ${Math.max(ef, d.lists / 10)}`,
          ]
        : [
            `SET LOCAL hnsw.ef_search = ${ef}`,
            `SET LOCAL hnsw.iterative_scan = relaxed_order`,
            `SET LOCAL hnsw.max_scan_tuples = ${MAX_SCAN_TUPLES}`,
          ],
    sql: `WITH shortlist AS MATERIALIZED (
        SELECT id, emb FROM ${t} ${where} ORDER BY ${k.expr} ${k.op} ${k.q} LIMIT ${Math.max(L, K)})
      SELECT id FROM shortlist ORDER BY emb <=> $1::vector, id LIMIT ${K}`,
    filter,
    index,
    key: d.key === 'pca' ? key : undefined,
  };
}

async function once(c: Client, s: Search, p: Probe, q: string, forceOf: (p: Probe) => number) {
  const t0 = performance.now();
  await c.query(['BEGIN', ...s.sets].join('; '));
  const r = await c.query(s.sql, paramsOf(s, p, q, forceOf(p)));
  await c.query('COMMIT');
  return { ids: r.rows.map((x: { id: number }) => x.id), ms: performance.now() - t0 };
}

async function checkPlan(c: Client, s: Search, p: Probe, q: string, force: number): Promise<void> {
  await c.query(['BEGIN', ...s.sets].join('; '));
  const plan = await c.query(`EXPLAIN ${s.sql}`, paramsOf(s, p, q, force));
  await c.query('ROLLBACK');
  // the scan lines only: the others quote the probe
  const text = plan.rows
    .map((r: Record<string, string>) => r['QUERY PLAN'])
    .filter((l: string) => / Scan /.test(l))
    .join('\n');
  const ok = s.index ? text.includes(`Index Scan using ${s.index} `) : !text.includes('Index Scan');
  if (!ok)
    throw new Error(
      `plan of "${s.label}" (${s.filter}) does not use ${s.index ?? 'a sequential scan'}:\n${text}`,
    );
}

export interface Row {
  n: number;
  design: string;
  label: string;
  filter: string;
  index: string;
  rank1: number;
  top20: number;
  exactRank1: number;
  exactTop20: number;
  recall: number;
  short: number;
  p50: number;
  p95: number;
  exactP50: number;
  exactP95: number;
  speedup: number;
  load: number;
  build?: string;
}

// ------------------------------------------------------------------------------------------ main
async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  const url = process.env.DATABASE_URL;
  if (!facesDir || !opt.work || !url) {
    process.stderr.write(
      'usage: DATABASE_URL=postgres://… npm run bench:search-design -- <faces-dir> --work <dir> [--n 500000] [--designs a,b] [--reuse]\n',
    );
    process.exit(2);
  }
  const n = Number(opt.n ?? 500_000);
  const rank = Number(opt.rank ?? 128);
  const warmup = Number(opt.warmup ?? 30);
  const designs = (opt.designs ?? 'plain-m16-efc64,centred-m32-efc200,pca128-m16-efc64')
    .split(',')
    .map((s) => parseDesign(s, opt.settings));
  mkdirSync(opt.work, { recursive: true });
  const dbName = opt.db ?? 'twokey_bench_design';
  const t = `g${n}`;

  const real = await realTemplates(facesDir, opt.work, opt.model);
  const { modelVersion } = real;
  const gallery = benchGallery(real, n, rank, opt.work);
  const probes = opt.probes ? gallery.probes.slice(0, Number(opt.probes)) : gallery.probes;
  const exactProbes = probes.slice(0, Number(opt['exact-probes'] ?? 100));
  console.log(`model ${modelVersion}`);
  gallery.stats.forEach((s) => console.log(s));

  const admin = new Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${dbName}`;
  const c = new Client({ connectionString: target.toString() });
  await c.connect();
  await c.query('CREATE EXTENSION IF NOT EXISTS vector');
  const [{ version }] = (await c.query(`SELECT version()`)).rows;
  const [{ extversion }] = (await c.query(`SELECT extversion FROM pg_extension WHERE extname = 'vector'`))
    .rows;
  const [{ shared_buffers }] = (await c.query(`SHOW shared_buffers`)).rows;
  console.log(
    `${String(version).split(',')[0]}, pgvector ${extversion}, shared_buffers ${shared_buffers}; ${n} templates, ${probes.length} probes, K ${K}; load ${uptimeLoad()}`,
  );

  const hasTable = (await c.query(`SELECT to_regclass($1) AS r`, [t])).rows[0].r !== null;
  if (!(opt.reuse && hasTable)) {
    const s = await loadTable(c, t, gallery);
    console.log(`loaded ${n} rows in ${s.toFixed(0)} s`);
  }
  await createFunctions(c, t, gallery, [
    ...new Set(designs.filter((d) => d.key === 'pca').map((d) => d.pcaDim)),
  ]);
  const [{ tsize }] = (await c.query(`SELECT pg_size_pretty(pg_table_size('${t}')) AS tsize`)).rows;
  console.log(`table ${t}: ${tsize}`);
  await c.query(`SET maintenance_work_mem = '${opt.mwm ?? '4GB'}'`);
  await c.query(`SET max_parallel_maintenance_workers = ${Number(opt.workers ?? 2)}`);

  const qOf = new Map(probes.map((p) => [p, lit(p.v)]));
  const forceOf = (p: Probe) => gallery.forces[p.mateRow];
  // a probe's top-k principal coordinates, as <t>_pca<k> computes them for the gallery
  const pcaKeys = new Map<string, string>();
  const pcaKey = (p: Probe, k: number) => {
    const id = `${k}:${probes.indexOf(p)}`;
    if (!pcaKeys.has(id))
      pcaKeys.set(id, lit(gallery.fitted.vectors.slice(0, k).map((u) => dotAt(u, 0, p.v, 0, gallery.dim))));
    return pcaKeys.get(id)!;
  };
  const results = join(opt.work, 'design-results.jsonl');

  // the truth: exact top-K per probe and filter (bench/search-design/dataset.ts), computed in a
  // worker thread while the first index builds, once per gallery; the database's exact scan is timed
  // on --exact-probes and checked against it
  const truth = new Map<Filter, number[][]>();
  const truthReady = exactLists(gallery, real, rank, opt.work).then((lists) => {
    truth.set('none', lists.none.slice(0, probes.length));
    truth.set('force', lists.force.slice(0, probes.length));
    if (lists.seconds !== undefined)
      console.log(
        `exact top-${K} of ${gallery.probes.length} probes computed in ${lists.seconds.toFixed(0)} s`,
      );
  });
  const rates = (lists: number[][]) => mateRates(probes, lists);

  const measure = async (s: Search) => {
    await checkPlan(c, s, probes[0], qOf.get(probes[0])!, forceOf(probes[0]));
    for (const p of probes.slice(0, warmup)) await once(c, s, p, qOf.get(p)!, forceOf);
    const load = load1();
    const ms: number[] = [];
    const lists: number[][] = [];
    for (const p of s.label === 'exact scan' ? exactProbes : probes) {
      const r = await once(c, s, p, qOf.get(p)!, forceOf);
      ms.push(r.ms);
      lists.push(r.ids);
    }
    return { ms, lists, load };
  };

  const all: Row[] = [];
  for (const d of designs) {
    const k = keyOf(t, d, gallery.dim);
    const indexes: Built[] = [];
    const block = async (filter: Filter, index: string, indexLabel: string, buildNote: string) => {
      await truthReady;
      const exact = await measure(exactSearch(t, filter));
      const agree = exact.lists.filter((ids, i) => ids.join() === truth.get(filter)![i].join()).length;
      console.log(
        `exact scan (${filter}): the database's list equals the computed one for ${agree} of ${exact.lists.length} probes`,
      );
      const exactP50 = percentile(exact.ms, 50);
      const exactP95 = percentile(exact.ms, 95);
      const er = rates(truth.get(filter)!);
      for (const { L, ef } of d.settings) {
        const s = designSearch(t, d, gallery.dim, L, ef, filter, index, (p) => pcaKey(p, d.pcaDim));
        const r = await measure(s);
        const rr = rates(r.lists);
        let recall = 0;
        let short = 0;
        r.lists.forEach((ids, i) => {
          const tr = new Set(truth.get(filter)![i]);
          recall += ids.filter((id) => tr.has(id)).length / Math.max(1, tr.size);
          if (ids.length < K) short++;
        });
        const p50 = percentile(r.ms, 50);
        const row: Row = {
          n,
          design: d.name,
          label: s.label,
          filter: filter === 'none' ? 'none' : 'one force of five',
          index: indexLabel,
          ...rr,
          exactRank1: er.rank1,
          exactTop20: er.top20,
          recall: recall / probes.length,
          short,
          p50,
          p95: percentile(r.ms, 95),
          exactP50,
          exactP95,
          speedup: exactP50 / p50,
          load: r.load,
          build: buildNote,
        };
        all.push(row);
        appendFileSync(results, `${JSON.stringify({ model: modelVersion, ...row })}\n`);
        console.log(
          `${row.label} | ${row.filter}, ${indexLabel} | rank-1 ${row.rank1.toFixed(1)} (exact ${er.rank1.toFixed(1)}) | top-20 ${row.top20.toFixed(1)} (exact ${er.top20.toFixed(1)}) | recall ${row.recall.toFixed(3)} | p50 ${p50.toFixed(1)} p95 ${row.p95.toFixed(1)} ms | exact p50 ${exactP50.toFixed(0)} p95 ${exactP95.toFixed(0)} | x${row.speedup.toFixed(1)} | load ${row.load.toFixed(1)}`,
        );
      }
    };
    const globalName = `${t}_${d.name.replace(/-/g, '_')}`;
    const using = (lists: number) =>
      d.key === 'ivf'
        ? `USING ivfflat ((${k.expr}) ${k.ops}) WITH (lists = ${lists})`
        : `USING hnsw ((${k.expr}) ${k.ops}) WITH (m = ${d.m}, ef_construction = ${d.efc})`;
    const g = await build(
      c,
      globalName,
      `CREATE INDEX ${globalName} ON ${t} ${using(d.lists)}`,
      opt.reuse === 'true',
    );
    indexes.push(g);
    const gNote = Number.isNaN(g.seconds)
      ? `earlier run, ${g.mb.toFixed(0)} MB`
      : `${g.seconds.toFixed(0)} s, ${g.mb.toFixed(0)} MB (load ${g.load})`;
    await c.query(`ANALYZE ${t}`);
    await block('none', globalName, 'global', gNote);
    await block('force', globalName, 'global, filtered (iterative scan)', gNote);
    if (opt['no-partial'] !== 'true') {
      const parts: Built[] = [];
      for (let f = 1; f <= FORCES; f++) {
        const name = `${globalName}_f${f}`;
        parts.push(
          await build(
            c,
            name,
            `CREATE INDEX ${name} ON ${t} ${using(Math.round(d.lists / FORCES))} WHERE force_id = ${f}`,
            opt.reuse === 'true',
          ),
        );
      }
      indexes.push(...parts);
      await c.query(`ANALYZE ${t}`);
      const pNote = `5 × ${(parts.reduce((s, p) => s + p.seconds, 0) / FORCES).toFixed(0)} s, 5 × ${(parts.reduce((s, p) => s + p.mb, 0) / FORCES).toFixed(0)} MB (load ${parts[0].load})`;
      // the mate's force: the plan must use that force's partial index (checked on the first probe)
      const partialFor = (f: number) => `${globalName}_f${f}`;
      await c.query(`DROP INDEX ${globalName}`); // the per-force query must not fall back to the global one
      await block('force', partialFor(forceOf(probes[0])), 'per-force partial', pNote);
    }
    if (opt.keep !== 'true') for (const i of indexes) await c.query(`DROP INDEX IF EXISTS ${i.index}`);
  }

  console.log(`\n${n} templates, ${probes.length} probes (exact-scan latency on ${exactProbes.length})\n`);
  console.log(table(all));
  await c.end();
  if (opt['drop-db'] === 'true') {
    const a = new Client({ connectionString: url });
    await a.connect();
    await a.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
    await a.end();
  }
}

export function table(rows: Row[]): string {
  const f1 = (x: number) => x.toFixed(1);
  return [
    '| n | design, search | filter, index | rank-1 (exact) | top-20 (exact) | recall@20 | p50 ms | p95 ms | exact p50/p95 ms | × exact | build, size (load) | load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.n} | ${r.label} | ${r.filter}, ${r.index} | ${f1(r.rank1)} (${f1(r.exactRank1)}) | ${f1(r.top20)} (${f1(r.exactTop20)}) | ${r.recall.toFixed(3)} | ${f1(r.p50)} | ${f1(r.p95)} | ${r.exactP50.toFixed(0)}/${r.exactP95.toFixed(0)} | ${f1(r.speedup)} | ${r.build ?? ''} | ${f1(r.load)} |`,
    ),
  ].join('\n');
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

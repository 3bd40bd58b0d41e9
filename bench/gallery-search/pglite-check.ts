/* Does the recommended DDL and search SQL work on PGlite (embedded mode)? Loads the first N rows of
 * a dataset (real gallery rows always included), builds the recommended indexes, runs the
 * recommended search for every probe, and compares with the exact scan.
 *
 *   npx ts-node --transpile-only bench/gallery-search/pglite-check.ts <dataset-dir> [--n 20000] [--L 200] [--ef 200]
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { DIM, args, percentile, readDataset, vecLiteral } from './lib';

async function main() {
  const { pos, opt } = args();
  const [dir] = pos;
  if (!dir) {
    console.error('usage: pglite-check.ts <dataset-dir> [--n 20000]');
    process.exit(2);
  }
  const n = Number(opt.n ?? 20000);
  const L = Number(opt.L ?? 200);
  const ef = Number(opt.ef ?? L);
  const { PGlite } = require('@electric-sql/pglite');
  const { vector } = require('@electric-sql/pglite-pgvector');
  const { meta, rows, forces } = readDataset(dir);
  const db = await PGlite.create({ extensions: { vector } });
  const info = await db.query(
    `SELECT version() AS v, (SELECT default_version FROM pg_available_extensions WHERE name = 'vector') AS pgv`,
  );
  console.log(info.rows[0]);
  await db.exec(`CREATE EXTENSION IF NOT EXISTS vector`);
  await db.exec(`CREATE TABLE template_space (model_version text PRIMARY KEY, mean vector(${DIM}) NOT NULL)`);
  await db.query(`INSERT INTO template_space VALUES ('bench', $1)`, [vecLiteral(meta.mean)]);
  // (a function's declared typmod is not kept, so index and query cast to halfvec(128) explicitly)
  await db.exec(`CREATE FUNCTION centre_bench(v vector) RETURNS halfvec
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN l2_normalize(v - '${vecLiteral(meta.mean)}'::vector)::halfvec(${DIM})`);
  await db.exec(
    `CREATE TABLE tpl (id integer PRIMARY KEY, force_id smallint NOT NULL, emb vector(${DIM}) NOT NULL)`,
  );
  const realRows = new Set(meta.real.map((r) => r.row));
  const take: number[] = [...realRows];
  for (let r = 0; r < meta.n && take.length < n; r++) if (!realRows.has(r)) take.push(r);
  const t0 = Date.now();
  for (let i = 0; i < take.length; i += 500) {
    const batch = take.slice(i, i + 500);
    await db.query(`INSERT INTO tpl SELECT * FROM unnest($1::int[], $2::smallint[], $3::text[]::vector[])`, [
      batch,
      batch.map((r) => forces[r]),
      batch.map((r) => vecLiteral(rows.subarray(r * DIM, (r + 1) * DIM))),
    ]);
  }
  console.log(`inserted ${take.length} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  let t = Date.now();
  await db.exec(
    `CREATE INDEX tpl_centred_hnsw ON tpl USING hnsw ((centre_bench(emb)::halfvec(${DIM})) halfvec_cosine_ops) WITH (m = 32, ef_construction = 200)`,
  );
  console.log(`HNSW m32/efc200 on centre_bench(emb): ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  for (let f = 1; f <= 5; f++)
    await db.exec(
      `CREATE INDEX tpl_centred_hnsw_f${f} ON tpl USING hnsw ((centre_bench(emb)::halfvec(${DIM})) halfvec_cosine_ops) WITH (m = 32, ef_construction = 200) WHERE force_id = ${f}`,
    );
  console.log(`5 per-force partial HNSW: ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const search = (filter: boolean) => `WITH shortlist AS MATERIALIZED (
      SELECT id, emb FROM tpl WHERE ${filter ? 'force_id = $2' : 'true'}
      ORDER BY centre_bench(emb)::halfvec(${DIM}) <=> centre_bench($1::vector)::halfvec(${DIM}) LIMIT ${L})
    SELECT id, 1 - (emb <=> $1::vector) AS score FROM shortlist ORDER BY emb <=> $1::vector LIMIT 20`;
  const exact = (filter: boolean) =>
    `SELECT id FROM tpl WHERE ${filter ? 'force_id = $2' : 'true'} ORDER BY emb <=> $1::vector LIMIT 20`;
  for (const filter of [false, true]) {
    const plan = await db.query(
      `EXPLAIN ${search(filter)}`,
      filter ? [vecLiteral(meta.probes[0].v), 3] : [vecLiteral(meta.probes[0].v)],
    );
    console.log(
      plan.rows
        .map((r: Record<string, string>) => r['QUERY PLAN'])
        .filter((l: string) => /Index|Scan/.test(l))
        .join('\n'),
    );
    let r1a = 0,
      t20a = 0,
      r1e = 0,
      t20e = 0;
    const ms: number[] = [];
    const msE: number[] = [];
    for (const p of meta.probes) {
      const params = filter ? [vecLiteral(p.v), forces[p.mateRow]] : [vecLiteral(p.v)];
      let s = performance.now();
      await db.exec('BEGIN');
      await db.exec(`SET LOCAL hnsw.ef_search = ${ef}`);
      await db.exec(`SET LOCAL hnsw.iterative_scan = relaxed_order`);
      const a = await db.query(search(filter), params);
      await db.exec('COMMIT');
      ms.push(performance.now() - s);
      s = performance.now();
      await db.exec('BEGIN');
      await db.exec('SET LOCAL enable_indexscan = off');
      const e = await db.query(exact(filter), params);
      await db.exec('COMMIT');
      msE.push(performance.now() - s);
      const ra = a.rows.findIndex((x: { id: number }) => x.id === p.mateRow) + 1;
      const re = e.rows.findIndex((x: { id: number }) => x.id === p.mateRow) + 1;
      if (ra === 1) r1a++;
      if (ra >= 1) t20a++;
      if (re === 1) r1e++;
      if (re >= 1) t20e++;
    }
    const N = meta.probes.length;
    const pc = (x: number) => ((100 * x) / N).toFixed(1) + '%';
    console.log(
      `${filter ? 'force filter' : 'no filter'}: exact rank-1 ${pc(r1e)} top-20 ${pc(t20e)} p50 ${percentile(msE, 50).toFixed(1)} ms | ` +
        `centred shortlist ${L} + re-rank: rank-1 ${pc(r1a)} top-20 ${pc(t20a)} p50 ${percentile(ms, 50).toFixed(1)} p95 ${percentile(ms, 95).toFixed(1)} ms`,
    );
  }
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

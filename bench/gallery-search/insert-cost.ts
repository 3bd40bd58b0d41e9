/* What a set of vector indexes costs at enrolment: single-row INSERTs into a loaded table while only
 * the named indexes exist (the others are dropped inside the transaction), then ROLLBACK, so the
 * table is unchanged.
 *
 *   npx ts-node --transpile-only bench/gallery-search/insert-cost.ts <DATABASE_URL> <dataset-dir> --table t500k \
 *     --keep hnsw32c200h+hnsw32c200h_f1+... [--rows 300]
 */
import { DIM, args, connect, percentile, readDataset, vecLiteral } from './lib';

async function main() {
  const { pos, opt } = args();
  const [url, dir] = pos;
  const table = opt.table;
  if (!url || !dir || !table) {
    console.error(
      'usage: insert-cost.ts <DATABASE_URL> <dataset-dir> --table <t> --keep idx+idx [--rows 300]',
    );
    process.exit(2);
  }
  const keep = new Set(
    (opt.keep ?? '')
      .split('+')
      .filter(Boolean)
      .map((x) => `${table}_${x}`),
  );
  const n = Number(opt.rows ?? 300);
  const { meta, rows } = readDataset(dir);
  const c = await connect(url);
  const idx = await c.query(
    `SELECT i.indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
     WHERE i.indrelid = $1::regclass AND a.amname IN ('hnsw', 'ivfflat')`,
    [table],
  );
  await c.query('BEGIN');
  for (const r of idx.rows) if (!keep.has(r.name)) await c.query(`DROP INDEX ${r.name}`);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const src = (i * 7919) % meta.n;
    const t0 = process.hrtime.bigint();
    await c.query(`INSERT INTO ${table} (id, force_id, identity, emb) VALUES ($1, $2, NULL, $3)`, [
      10_000_000 + i,
      1 + (i % 5),
      vecLiteral(rows.subarray(src * DIM, (src + 1) * DIM)),
    ]);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await c.query('ROLLBACK');
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  console.log(
    `| ${[...keep].map((k) => k.replace(`${table}_`, '')).join(' + ') || '(no vector index)'} | ${n} | ${mean.toFixed(1)} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} |`,
  );
  await c.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

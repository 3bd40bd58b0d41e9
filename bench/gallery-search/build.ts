/* Build (or rebuild) named vector indexes on a loaded table and report build time and size.
 *
 *   npx ts-node --transpile-only bench/gallery-search/build.ts <DATABASE_URL> --table t500k hnsw16 hnsw16c ...
 *   [--drop]   drop the named indexes instead
 *   [--mwm 1GB] maintenance_work_mem for the session, [--workers 1] max_parallel_maintenance_workers
 *
 * Index names are `<table>_<spec>`; see SPECS for the definitions. `<table>_centre(v)` is the
 * IMMUTABLE centring function created by load.ts.
 */
import { args, connect, timed } from './lib';

type Spec = (t: string) => string;
const hnsw =
  (m: number, efc: number, expr: string, ops: string, where = ''): Spec =>
  (t) =>
    `USING hnsw ((${expr.replace(/\$T/g, t)}) ${ops}) WITH (m = ${m}, ef_construction = ${efc})${where ? ' WHERE ' + where : ''}`;
const C = '$T_centre(emb)';
export const SPECS: Record<string, Spec> = {
  // plain HNSW on the original template
  hnsw16: hnsw(16, 128, 'emb', 'vector_cosine_ops'),
  hnsw32: hnsw(32, 128, 'emb', 'vector_cosine_ops'),
  hnsw16h: hnsw(16, 128, 'emb::halfvec(128)', 'halfvec_cosine_ops'),
  hnsw32c200hraw: hnsw(32, 200, 'emb::halfvec(128)', 'halfvec_cosine_ops'),
  // HNSW on the centred template (expression index, no extra column)
  hnsw16c: hnsw(16, 128, C, 'vector_cosine_ops'),
  hnsw16ch: hnsw(16, 128, `${C}::halfvec(128)`, 'halfvec_cosine_ops'),
  hnsw24ch: hnsw(24, 128, `${C}::halfvec(128)`, 'halfvec_cosine_ops'),
  hnsw32ch: hnsw(32, 128, `${C}::halfvec(128)`, 'halfvec_cosine_ops'),
  hnsw32c200h: hnsw(32, 200, `${C}::halfvec(128)`, 'halfvec_cosine_ops'),
  // HNSW on the top-k PCA coordinates of the centred template (halfvec(k), expression index)
  hnsw16p32: hnsw(16, 128, '$T_pca32(emb)::halfvec(32)', 'halfvec_cosine_ops'),
  hnsw16p48: hnsw(16, 128, '$T_pca48(emb)::halfvec(48)', 'halfvec_cosine_ops'),
  hnsw16p64: hnsw(16, 128, '$T_pca64(emb)::halfvec(64)', 'halfvec_cosine_ops'),
  hnsw24p48: hnsw(24, 128, '$T_pca48(emb)::halfvec(48)', 'halfvec_cosine_ops'),
  // binary quantised centred template (Hamming)
  hnswbq: hnsw(16, 128, `binary_quantize(${C})::bit(128)`, 'bit_hamming_ops'),
  // IVFFlat
  ivf500: (_t) => `USING ivfflat (emb vector_cosine_ops) WITH (lists = 500)`,
  ivf1000: (_t) => `USING ivfflat (emb vector_cosine_ops) WITH (lists = 1000)`,
  ivf2000: (_t) => `USING ivfflat (emb vector_cosine_ops) WITH (lists = 2000)`,
  ivf1000ch: (t) =>
    `USING ivfflat ((${C.replace(/\$T/g, t)}::halfvec(128)) halfvec_cosine_ops) WITH (lists = 1000)`,
  ivf2000ch: (t) =>
    `USING ivfflat ((${C.replace(/\$T/g, t)}::halfvec(128)) halfvec_cosine_ops) WITH (lists = 2000)`,
};
// per-force partial indexes: <spec>_f<k>, e.g. hnsw16ch_f3
function resolve(name: string): Spec | undefined {
  const m = /^(.*)_f([1-5])$/.exec(name);
  if (!m) return SPECS[name];
  const base = SPECS[m[1]];
  return base && ((t) => `${base(t)} WHERE force_id = ${m[2]}`);
}

async function main() {
  const { pos, opt } = args();
  const [url, ...names] = pos;
  const table = opt.table;
  if (!url || !table || !names.length) {
    console.error(
      `usage: build.ts <DATABASE_URL> --table <t> <spec...>; specs: ${Object.keys(SPECS).join(', ')} (+ _f1.._f5)`,
    );
    process.exit(2);
  }
  const c = await connect(url);
  await c.query(`SET maintenance_work_mem = '${opt.mwm ?? '1GB'}'`);
  await c.query(`SET max_parallel_maintenance_workers = ${Number(opt.workers ?? 1)}`);
  for (const name of names) {
    const spec = resolve(name);
    if (!spec) throw new Error(`unknown spec ${name}`);
    const idx = `${table}_${name}`;
    await c.query(`DROP INDEX IF EXISTS ${idx}`);
    if (opt.drop) {
      console.log(`dropped ${idx}`);
      continue;
    }
    const sql = `CREATE INDEX ${idx} ON ${table} ${spec(table)}`;
    const { ms } = await timed(() => c.query(sql));
    const size = await c.query(`SELECT pg_relation_size('${idx}') AS b`);
    const mb = Number(size.rows[0].b) / 1048576;
    console.log(
      JSON.stringify({
        table,
        index: name,
        buildSeconds: +(ms / 1000).toFixed(1),
        sizeMB: +mb.toFixed(0),
        sql,
      }),
    );
  }
  await c.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

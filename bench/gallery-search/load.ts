/* Load a dataset written by dataset.ts into PostgreSQL with binary COPY.
 *
 *   npx ts-node --transpile-only bench/gallery-search/load.ts <DATABASE_URL> <dataset-dir> --table tpl500k
 *
 * The database must exist and have pgvector available (the script runs CREATE EXTENSION).
 * Table: id, force_id (1..5), identity (real gallery rows only), emb = original unit template.
 * <table>_space holds the gallery mean, and <table>_centre(vector) is an IMMUTABLE SQL function
 * l2_normalize(v - mean) with the mean as a literal, for expression indexes over the centred
 * template (no second vector column: the exact scan reads only what production would store).
 * <table>_pca32/48/64(vector) project onto the top PCA components of the real templates (halfvec).
 * No vector indexes here (build.ts adds them). --functions-only re-creates just the functions.
 */
import { Client } from 'pg';
import { BinaryCopyWriter, DIM, Meta, args, connect, copyFrom, readDataset, timed, vecLiteral } from './lib';

/** <t>_centre(v): l2_normalize(v - gallery mean).
 *  <t>_pca<k>(v): l2_normalize of the top-k PCA coordinates of (v - mean), as halfvec(k) — a
 *  projection written with pgvector's inner_product against constant component vectors, so it can
 *  be an expression index with no stored column. */
async function createFunctions(c: Client, table: string, meta: Meta) {
  await c.query(`CREATE OR REPLACE FUNCTION ${table}_centre(v vector) RETURNS vector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN l2_normalize(v - '${vecLiteral(meta.mean)}'::vector)`);
  if (!meta.pca) return;
  for (const k of [32, 48, 64]) {
    const terms = meta.pca.components.slice(0, k).map((comp) => {
      const offset = comp.reduce((s, x, i) => s + x * meta.pca!.mean[i], 0);
      return `inner_product(v, '${vecLiteral(comp)}'::vector) - ${offset.toPrecision(10)}`;
    });
    await c.query(`CREATE OR REPLACE FUNCTION ${table}_pca${k}(v vector) RETURNS halfvec(${k})
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN l2_normalize(ARRAY[${terms.join(',\n')}]::real[]::vector(${k}))::halfvec(${k})`);
  }
}

async function main() {
  const { pos, opt } = args();
  const [url, dir] = pos;
  const table = opt.table;
  if (!url || !dir || !table || !/^[a-z_][a-z0-9_]*$/.test(table)) {
    console.error('usage: load.ts <DATABASE_URL> <dataset-dir> --table <name>');
    process.exit(2);
  }
  const { meta, rows, forces } = readDataset(dir);
  const identityOf = new Map(meta.real.map((r) => [r.row, r.identity]));
  const c = await connect(url);
  await c.query('CREATE EXTENSION IF NOT EXISTS vector');
  await createFunctions(c, table, meta);
  if (opt['functions-only']) {
    console.log(`created functions for ${table}`);
    await c.end();
    return;
  }
  await c.query(`DROP TABLE IF EXISTS ${table}`);
  await c.query(`CREATE TABLE ${table} (
    id integer PRIMARY KEY,
    force_id smallint NOT NULL,
    identity text,
    emb vector(${DIM}) NOT NULL
  )`);
  await c.query(`DROP TABLE IF EXISTS ${table}_space`);
  await c.query(`CREATE TABLE ${table}_space (mean vector(${DIM}) NOT NULL)`);
  await c.query(`INSERT INTO ${table}_space VALUES ($1)`, [vecLiteral(meta.mean)]);

  function* chunks(): Generator<Buffer> {
    const w = new BinaryCopyWriter();
    w.push(BinaryCopyWriter.header());
    for (let row = 0; row < meta.n; row++) {
      w.fieldCount(4);
      w.int4(row);
      w.int2(forces[row]);
      w.text(identityOf.get(row) ?? null);
      w.vector(rows, row * DIM);
      if (w.bytes > 1 << 20) yield w.take();
    }
    w.push(BinaryCopyWriter.trailer());
    yield w.take();
  }
  const { ms } = await timed(() =>
    copyFrom(c, `COPY ${table} (id, force_id, identity, emb) FROM STDIN (FORMAT binary)`, chunks),
  );
  await c.query(`VACUUM ANALYZE ${table}`);
  const size = await c.query(
    `SELECT pg_size_pretty(pg_table_size('${table}')) AS s, count(*) AS n FROM ${table}`,
  );
  console.log(
    `loaded ${size.rows[0].n} rows into ${table} in ${(ms / 1000).toFixed(1)} s (table ${size.rows[0].s})`,
  );
  await c.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

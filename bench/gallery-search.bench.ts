/**
 * 1:N gallery search benchmark with the default face model's templates, through the product's search
 * module (src/db/face-search.repository.ts) on the product's schema and search indexes.
 *
 *   DATABASE_URL=postgres://… npm run bench:search -- <faces-dir> --work <dir> --n 500000 --load-only
 *   DATABASE_URL=postgres://… npm run bench:search -- <faces-dir> --work <dir> --n 500000 --reuse
 *   npm run bench:search -- <faces-dir> --work <dir> --n 5000                     # embedded PGlite
 *
 * Options: --ef 40,100,200,400,800 (the hnsw.ef_search values measured; the shortlist is K as in the
 * product), --probes N (default all), --exact-probes 100 (probes the exact scan is timed on),
 * --warmup 50, --reuse (PostgreSQL: keep the loaded and indexed database of an earlier run, so a
 * large build is paid once; indexes an interrupted run did not finish are built), --load-only (load
 * and index, then stop), --db <name> (default twokey_bench_search_<n>), --mwm 4GB and --workers 1
 * (maintenance_work_mem and max_parallel_maintenance_workers of the index builds), --model <face
 * model> (default: the models manifest's), --rank 128 (of the distractors' fitted covariance),
 * --replica <server url> (PostgreSQL: a streaming replica of DATABASE_URL's server, e.g. what
 * `.ci/replica.sh start` prints; it holds the bench database under the same name).
 *
 * Gallery (bench/search-design/dataset.ts, as bench:search-design): the model's real templates of
 * <faces-dir> (the first image of each identity, made by twokey's own pipeline, cached in <work>) plus
 * distractors drawn from a Gaussian fitted to all real templates, N rows, each on one of five forces
 * at random, written as custody subjects, images and templates of the model's version, so the
 * product's per-version HNSW indexes (`face_search_<space id>_all` and one per force, built by its
 * own `face_search_ensure_indexes`) serve them. Probes: every other image of a multi-image identity,
 * whose one mate is in the gallery.
 *
 * For each filter (all five forces: the global index; one force of five, the mate's: that force's
 * partial index; the plan is checked) it times the product's exact scan on --exact-probes probes,
 * then the product search at each ef_search on every probe, and prints per row: the mate's rank-1 and
 * top-20 rates beside the exact scan's, recall@20, lists shorter than K, client latency p50/p95/p99
 * of the whole search transaction, the exact scan's p50/p95 and the speed-up, and the index's build
 * time and size. The exact top-K lists (the truth of the rates and of recall) are computed in float32
 * over all probes (cached in <work>); the database's exact lists are checked against them.
 * With --replica each ef_search is timed a second time on the same probes through the service's
 * replica path (Database.readGallery with the product's ReplicaRouter: the fence read on the
 * primary, the replica's freshness check, the search in a transaction on the replica), once the
 * replica has replayed the load and index builds; a second table puts both paths' p50/p95/p99 side
 * by side, with how many lists are identical to the primary's and how many searches the router
 * served from the replica. The replica's lag is sampled every 250 ms while the run loads and indexes.
 * Keep <work> outside the repository: it holds biometric templates.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { Database, ReplicaRouter } from '../src/db';
import { seedDemoData } from '../src/db/demo-data';
import {
  FaceSearchRepository,
  GallerySearch,
  SEARCH_TUNING,
  SearchTuning,
} from '../src/db/face-search.repository';
import { RetentionClass } from '../src/entities';
import { createLogger } from '../src/logging/logger';
import { args, percentile } from './gallery-search/lib';
import { lagLine, openReplicaRouter, replicaCatchUp, sampleLag, searchesOnReplica } from './support/replica';
import { benchGallery, exactLists, Gallery, K, mateRates, Probe } from './search-design/dataset';
import { realTemplates } from './search-design/templates';

export const FORCES = 5;

// ------------------------------------------------------------------------------------------ database
/**
 * A migrated benchmark database: in-memory PGlite without DATABASE_URL, else database `name` on that
 * server, dropped and created again unless `reuse` keeps a loaded one.
 */
export async function openBenchDatabase(
  name: string,
  reuse: boolean,
  poolSize = 2,
): Promise<{ db: Database; fresh: boolean; url?: string }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const logger = createLogger('warn');
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await Database.open({ kind: 'pglite', dataDir: 'memory://' }, logger);
    await db.migrate();
    await seedDemoData(db);
    return { db, fresh: true };
  }
  const admin = new Client({ connectionString: url });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  if (exists && !reuse) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  if (!exists || !reuse) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = await Database.open({ kind: 'postgres', url: target.toString(), poolSize }, logger);
  await db.migrate();
  // the demo forces and officers first (seeding stops once any force exists): bench:probe can then
  // search a bench:search gallery as SWP, under sharing agreements with the gallery's forces
  await seedDemoData(db);
  return { db, fresh: !exists || !reuse, url: target.toString() };
}

/**
 * The product's template space of a model version (registered by the version's migration); its id
 * names the version's search indexes.
 */
export async function templateSpace(db: Database, modelVersion: string, dimension: number): Promise<number> {
  const [space]: Array<{ id: number; dimension: number }> = await db.dataSource.query(
    `SELECT id, dimension FROM template_space WHERE model_version = $1`,
    [modelVersion],
  );
  if (!space)
    throw new Error(`the product has no template space for ${modelVersion}: its migration is missing`);
  if (Number(space.dimension) !== dimension)
    throw new Error(
      `template space of ${modelVersion} is ${space.dimension}-d, its templates ${dimension}-d`,
    );
  return Number(space.id);
}

/** Image (and subject) id of gallery row `row`: fixed, so a reused database needs no list of ids. */
export const rowId = (row: number): string => `00000000-0000-4000-8000-${row.toString(16).padStart(12, '0')}`;
const rowOf = (id: string): number => parseInt(id.slice(24), 16);

/** float32 to text and back exactly (9 significant digits), shorter than the product's literal. */
function vectorLiteral(v: Float32Array): string {
  let out = '[';
  for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + v[i].toPrecision(9);
  return `${out}]`;
}

/**
 * Subjects, images and templates of the model version for every gallery row, in batches; the search
 * indexes are dropped first (built after, as `npm run enrol -- --defer-indexes` does). Returns seconds.
 */
export async function load(
  db: Database,
  gallery: Gallery,
  modelVersion: string,
  forceOfRow: (row: number) => string,
): Promise<number> {
  const start = performance.now();
  await db.transaction(({ manager }) => FaceSearchRepository.dropSearchIndexes(manager));
  const batch = 2000;
  for (let from = 0; from < gallery.n; from += batch) {
    const rows = Array.from({ length: Math.min(gallery.n, from + batch) - from }, (_, i) => from + i);
    const ids = rows.map(rowId);
    const forceIds = rows.map(forceOfRow);
    const vectors = rows.map((row) =>
      vectorLiteral(gallery.rows.subarray(row * gallery.dim, (row + 1) * gallery.dim)),
    );
    await db.transaction(async ({ manager }) => {
      await manager.query(
        `INSERT INTO custody_subject (id, force_id, person_reference) SELECT u.id, u.force_id, u.id::text FROM unnest($1::uuid[], $2::uuid[]) AS u(id, force_id)`,
        [ids, forceIds],
      );
      await manager.query(
        `INSERT INTO custody_image (id, force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, review_due_at)
         SELECT u.id, u.force_id, u.id, 'BENCH', now(), $3, false, now() + interval '6 years' FROM unnest($1::uuid[], $2::uuid[]) AS u(id, force_id)`,
        [ids, forceIds, RetentionClass.CONVICTED],
      );
      await manager.query(
        `INSERT INTO face_template (image_id, force_id, model_version, embedding, retention_class, under18_at_capture, quality, box, landmarks)
         SELECT u.id, u.force_id, $4, u.embedding::vector, $5, false, '{}', '{}', '[]' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(id, force_id, embedding)`,
        [ids, forceIds, vectors, modelVersion, RetentionClass.CONVICTED],
      );
    });
    process.stderr.write(`\rloaded ${from + rows.length}/${gallery.n}`);
  }
  process.stderr.write('\n');
  await db.dataSource.query(`ANALYZE face_template`);
  return (performance.now() - start) / 1000;
}

/**
 * Is the database's gallery this one? Its count of the version's templates, and a real row's and two
 * distractors' templates, value for value. A reused database made from other templates is refused.
 */
export async function checkLoaded(db: Database, gallery: Gallery, modelVersion: string): Promise<void> {
  const [{ count }] = await db.dataSource.query(
    `SELECT count(*)::int AS count FROM face_template WHERE model_version = $1`,
    [modelVersion],
  );
  if (count !== gallery.n)
    throw new Error(
      `the benchmark database holds ${count} templates of ${modelVersion}, not ${gallery.n}: run without --reuse`,
    );
  const sample = [0, gallery.n - 1, gallery.probes[0]?.mateRow ?? 0];
  const stored: Array<{ image_id: string; embedding: string }> = await db.dataSource.query(
    `SELECT image_id, embedding::text AS embedding FROM face_template WHERE model_version = $1 AND image_id = ANY($2::uuid[])`,
    [modelVersion, sample.map(rowId)],
  );
  for (const row of sample) {
    const s = stored.find((r) => rowOf(r.image_id) === row);
    const values = s ? (JSON.parse(s.embedding) as number[]) : [];
    const expected = gallery.rows.subarray(row * gallery.dim, (row + 1) * gallery.dim);
    if (values.length !== gallery.dim || values.some((x, i) => Math.fround(x) !== expected[i]))
      throw new Error(
        `gallery row ${row} in the benchmark database is not this gallery's: run without --reuse`,
      );
  }
}

export interface BuiltIndex {
  name: string;
  /** 'global' or the force's label */
  scope: string;
  rows: number;
  /** null: built by an earlier run that did not record it */
  seconds: number | null;
  mb: number;
  /** 1/5/15-minute load average when the build started */
  load: string;
  earlier: boolean;
}

const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/**
 * The product's search indexes of a template space, built by its own `face_search_ensure_indexes`:
 * one call per force (that force's partial index), then, if `global`, the global one. Each build runs
 * in its own transaction with `maintenance_work_mem` and `max_parallel_maintenance_workers` set, so
 * it stays in memory, and records its time as the index's comment; an index that exists already (a
 * reused database) is kept and reported from that comment.
 */
export async function buildIndexes(
  db: Database,
  spaceId: number,
  forces: Array<{ id: string; label: string; rows: number }>,
  global: { rows: number } | null,
  settings: { mwm: string; workers: number },
): Promise<BuiltIndex[]> {
  if (!/^[0-9]+[kMG]?B$/.test(settings.mwm)) throw new Error(`not a memory size: ${settings.mwm}`);
  const one = async (name: string, scope: string, rows: number, forceId?: string): Promise<BuiltIndex> => {
    const size = async () => {
      const [r] = await db.dataSource.query(
        `SELECT pg_relation_size(to_regclass($1)) AS bytes, obj_description(to_regclass($1), 'pg_class') AS comment`,
        [name],
      );
      return { mb: Number(r.bytes) / 1048576, comment: r.comment as string | null };
    };
    const [{ exists }] = await db.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [name]);
    if (exists) {
      const { mb, comment } = await size();
      const recorded = comment ? (JSON.parse(comment) as { seconds: number; load: string }) : null;
      return {
        name,
        scope,
        rows,
        mb,
        seconds: recorded?.seconds ?? null,
        load: recorded?.load ?? '',
        earlier: true,
      };
    }
    const load = loadNow();
    const start = performance.now();
    await db.transaction(async ({ manager }) => {
      if (db.kind === 'postgres')
        await manager.query(
          `SET LOCAL maintenance_work_mem = '${settings.mwm}'; SET LOCAL max_parallel_maintenance_workers = ${Math.trunc(settings.workers)}`,
        );
      await FaceSearchRepository.ensureSearchIndexes(manager, forceId);
    });
    const seconds = (performance.now() - start) / 1000;
    const record = JSON.stringify({ seconds: Number(seconds.toFixed(1)), load }).replace(/'/g, "''");
    await db.dataSource.query(`COMMENT ON INDEX "${name}" IS '${record}'`);
    const built = { name, scope, rows, mb: (await size()).mb, seconds, load, earlier: false };
    console.error(`built ${name} (${scope}) in ${seconds.toFixed(0)} s, ${built.mb.toFixed(0)} MB`);
    return built;
  };
  const built: BuiltIndex[] = [];
  for (const f of forces)
    built.push(await one(`face_search_${spaceId}_${f.id.replace(/-/g, '')}`, f.label, f.rows, f.id));
  if (global) built.push(await one(`face_search_${spaceId}_all`, 'global', global.rows));
  await db.dataSource.query(`ANALYZE face_template`);
  return built;
}

export function indexTable(built: BuiltIndex[]): string {
  return [
    '| index | scope | rows | build s | size MB | load at start (1/5/15 min) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...built.map(
      (b) =>
        `| ${b.name} | ${b.scope} | ${b.rows} | ${b.seconds === null ? '?' : b.seconds.toFixed(0)}${b.earlier ? ' (earlier run)' : ''} | ${b.mb.toFixed(0)} | ${b.load} |`,
    ),
  ].join('\n');
}

async function benchForces(db: Database): Promise<string[]> {
  const existing: Array<{ id: string }> = await db.dataSource.query(
    `SELECT id FROM force WHERE code LIKE 'BENCH%' ORDER BY code`,
  );
  if (existing.length === FORCES) return existing.map((r) => r.id);
  const ids: string[] = [];
  for (let f = 1; f <= FORCES; f++) {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO force (code, name) VALUES ($1, $1) RETURNING id`,
      [`BENCH${f}`],
    );
    ids.push(id);
  }
  return ids;
}

// ------------------------------------------------------------------------------------------ runs
type Filter = 'none' | 'force';

export interface Row {
  mode: string;
  n: number;
  modelVersion: string;
  filter: string;
  index: string;
  efSearch: number;
  product: boolean;
  rank1: number;
  top20: number;
  exactRank1: number;
  exactTop20: number;
  recall: number;
  short: number;
  p50: number;
  p95: number;
  p99: number;
  exactP50: number;
  exactP95: number;
  speedup: number;
  build: string;
  load: number;
  /** --replica: the same probes through the service's replica path */
  replica?: ReplicaTiming;
}

export interface ReplicaTiming {
  p50: number;
  p95: number;
  p99: number;
  /** lists identical to the primary path's, of `probes` */
  same: number;
  /** searches (warm-up included) the router ran on the replica, of `routed`; the rest fell back to the primary */
  onReplica: number;
  routed: number;
  probes: number;
  load: number;
}

async function timed(
  probes: Probe[],
  warmup: number,
  one: (p: Probe) => Promise<number[]>,
): Promise<{ lists: number[][]; ms: number[]; load: number }> {
  for (const p of probes.slice(0, warmup)) await one(p);
  const load = loadavg()[0];
  const lists: number[][] = [];
  const ms: number[] = [];
  for (const p of probes) {
    const t = performance.now();
    lists.push(await one(p));
    ms.push(performance.now() - t);
  }
  return { lists, ms, load };
}

function buildNote(built: BuiltIndex[]): string {
  const s = (b: BuiltIndex) => (b.seconds === null ? '?' : b.seconds.toFixed(0));
  if (built.length === 1) return `${s(built[0])} s, ${built[0].mb.toFixed(0)} MB`;
  const secs = built.map((b) => b.seconds ?? NaN);
  const mbs = built.map((b) => b.mb);
  const range = (xs: number[], d: number) =>
    Math.min(...xs).toFixed(d) === Math.max(...xs).toFixed(d)
      ? Math.min(...xs).toFixed(d)
      : `${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)}`;
  return `${built.length} × ${secs.some(Number.isNaN) ? '?' : range(secs, 0)} s, ${built.length} × ${range(mbs, 0)} MB`;
}

export function replicaTable(rows: Row[]): string {
  const f1 = (x: number) => x.toFixed(1);
  return [
    '| filter | ef_search | primary p50/p95/p99 ms | replica path p50/p95/p99 ms | p50 difference ms | identical lists | served by the replica (warm-up included) | load (primary, replica) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows
      .filter((r) => r.replica)
      .map((r) => {
        const x = r.replica!;
        return `| ${r.filter} | ${r.efSearch}${r.product ? ' (product)' : ''} | ${f1(r.p50)}/${f1(r.p95)}/${f1(r.p99)} | ${f1(x.p50)}/${f1(x.p95)}/${f1(x.p99)} | ${x.p50 >= r.p50 ? '+' : ''}${f1(x.p50 - r.p50)} | ${x.same} of ${x.probes} | ${x.onReplica} of ${x.routed} | ${f1(r.load)}, ${f1(x.load)} |`;
      }),
  ].join('\n');
}

export function table(rows: Row[]): string {
  const f1 = (x: number) => x.toFixed(1);
  return [
    '| filter | index (build, size) | ef_search | rank-1 (exact) | top-20 (exact) | recall@20 | short | p50 ms | p95 ms | p99 ms | exact p50/p95 ms | × exact | load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.filter} | ${r.index}${r.build ? ` (${r.build})` : ''} | ${r.product ? `**${r.efSearch}** (product)` : r.efSearch} | ${f1(r.rank1)} (${f1(r.exactRank1)}) | ${f1(r.top20)} (${f1(r.exactTop20)}) | ${r.recall.toFixed(3)} | ${r.short} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${f1(r.exactP50)}/${f1(r.exactP95)} | ${f1(r.speedup)} | ${f1(r.load)} |`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir || !opt.work) {
    process.stderr.write(
      'usage: npm run bench:search -- <faces-dir> --work <dir outside the repository> [--n 500000] [--ef 40,100,200,400,800] [--probes N] [--exact-probes 100] [--reuse] [--load-only]\n',
    );
    process.exit(2);
  }
  const n = Number(opt.n ?? 500_000);
  const rank = Number(opt.rank ?? 128);
  const efs = (opt.ef ?? '40,100,200,400,800').split(',').filter(Boolean).map(Number);
  const warmup = Number(opt.warmup ?? 50);
  mkdirSync(opt.work, { recursive: true });
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
  if (opt.replica && mode !== 'PostgreSQL') throw new Error('--replica needs DATABASE_URL (PostgreSQL)');

  const real = await realTemplates(facesDir, opt.work, opt.model);
  const { modelVersion } = real;
  const gallery = benchGallery(real, n, rank, opt.work);
  const probes = opt.probes ? gallery.probes.slice(0, Number(opt.probes)) : gallery.probes;
  const exactProbes = probes.slice(0, Number(opt['exact-probes'] ?? 100));
  console.log(`model ${modelVersion}`);
  gallery.stats.forEach((s) => console.log(s));
  const truth = await exactLists(gallery, real, rank, opt.work);
  if (truth.seconds !== undefined)
    console.log(
      `exact top-${K} of ${gallery.probes.length} probes computed in float32 in ${truth.seconds.toFixed(0)} s`,
    );

  const dbName = opt.db ?? `twokey_bench_search_${n}`;
  const { db, fresh } = await openBenchDatabase(dbName, opt.reuse === 'true');
  const spaceId = await templateSpace(db, modelVersion, gallery.dim);
  const forces = await benchForces(db);
  const [{ version }] = await db.dataSource.query(`SELECT version()`);
  const [{ extversion }] = await db.dataSource.query(
    `SELECT extversion FROM pg_extension WHERE extname = 'vector'`,
  );
  const [{ shared_buffers }] = await db.dataSource.query(`SHOW shared_buffers`);
  console.log(
    `${mode}: ${String(version).split(',')[0]}, pgvector ${extversion}, shared_buffers ${shared_buffers}; ${n} templates, ${probes.length} probes (exact scan timed on ${exactProbes.length}), K ${K}; load ${loadNow()}`,
  );
  // --replica: the replica's lag while this run loads and indexes (a bulk enrolment's writes)
  const lagRouter = opt.replica ? await openReplicaRouter(db, opt.replica) : null;
  const lag = lagRouter ? sampleLag(lagRouter) : null;
  const loadSeconds = fresh
    ? await load(db, gallery, modelVersion, (row) => forces[gallery.forces[row] - 1])
    : 0;
  if (fresh) console.log(`loaded ${n} templates in ${loadSeconds.toFixed(0)} s`);
  await checkLoaded(db, gallery, modelVersion);
  const rowsOf = (f: number) => gallery.forces.reduce((c, x) => c + (x === f ? 1 : 0), 0);
  const built = await buildIndexes(
    db,
    spaceId,
    forces.map((id, i) => ({ id, label: `force ${i + 1} of ${FORCES}`, rows: rowsOf(i + 1) })),
    { rows: n },
    { mwm: opt.mwm ?? '4GB', workers: Number(opt.workers ?? 1) },
  );
  const lagSummary = await lag?.stop();
  await lagRouter?.close();
  if (lagSummary)
    console.log(`during this run's load and index builds, ${lagLine(new URL(opt.replica).host, lagSummary)}`);
  const indexes = `HNSW m 32, ef_construction 200 on embedding::halfvec(${gallery.dim}), maintenance_work_mem ${opt.mwm ?? '4GB'}, ${opt.workers ?? 1} parallel maintenance worker(s)`;
  console.log(`\n${indexes}\n\n${indexTable(built)}\n`);
  const buildSeconds = built.reduce((s, b) => s + (b.earlier ? 0 : (b.seconds ?? 0)), 0);
  console.log(
    `this run: load ${loadSeconds.toFixed(0)} s + index builds ${buildSeconds.toFixed(0)} s = ${(loadSeconds + buildSeconds).toFixed(0)} s`,
  );
  if (opt['load-only'] === 'true') {
    await db.close();
    return;
  }
  let router: ReplicaRouter | null = null;
  if (opt.replica) {
    const caught = await replicaCatchUp(db, opt.replica);
    console.log(
      `replica ${new URL(opt.replica).host}: ${(caught.bytesBehind / 1048576).toFixed(1)} MB of WAL behind after the load and builds, replayed in ${caught.seconds.toFixed(1)} s`,
    );
    router = await openReplicaRouter(db, opt.replica, dbName);
    db.useReplicas(router);
  }

  const results = join(opt.work, 'search-results.jsonl');
  const report: string[] = [
    `model ${modelVersion}`,
    ...gallery.stats,
    '',
    indexes,
    '',
    indexTable(built),
    '',
  ];
  const all: Row[] = [];
  console.log(table([]));
  for (const filter of ['none', 'force'] as Filter[]) {
    const forcesFor = (p: Probe) => (filter === 'none' ? forces : [forces[gallery.forces[p.mateRow] - 1]]);
    const filterLabel = filter === 'none' ? 'all five forces' : 'one force of five';
    const request = (p: Probe): GallerySearch => ({
      probe: p.v,
      modelVersion,
      forceIds: forcesFor(p),
      includeUnder18: true,
      excludedRetentionClasses: [],
      threshold: -1,
      k: K,
    });
    // the primary path, or the service's replica path (a no-op without --replica's router)
    const search =
      (tuning: SearchTuning, path: 'primary' | 'replica' = 'primary') =>
      async (p: Probe) => {
        const r = await db.transaction((tx) =>
          path === 'replica'
            ? db.readGallery(tx, (gallery) => FaceSearchRepository.search(gallery, request(p), tuning))
            : FaceSearchRepository.search(tx.manager, request(p), tuning),
        );
        if (r.method.kind !== (tuning.method === 'exact' ? 'EXACT_SCAN' : 'HNSW'))
          throw new Error(`unexpected search method ${JSON.stringify(r.method)}`);
        return r.candidates.map((c) => rowOf(c.imageId));
      };
    // which index the planner gives the shortlist at this ef_search (pgvector's cost estimate depends
    // on it): the design is the global one for all five forces and the force's partial one for one
    const used = async (ef: number): Promise<{ index: string; build: string }> => {
      const plan = await db.transaction(({ manager }) =>
        FaceSearchRepository.explainShortlist(manager, request(probes[0]), { efSearch: ef }),
      );
      const name = /Index Scan using (\S+) on face_template/.exec(plan)?.[1];
      const b = built.find((x) => x.name === name);
      const index = !b
        ? name
          ? `${name} (not a search index)`
          : 'no index (sorts every eligible row)'
        : b.scope === 'global'
          ? filter === 'none'
            ? 'global'
            : 'global, filtered'
          : 'per-force partial';
      if ((filter === 'none') !== (b?.scope === 'global'))
        console.log(`ef_search ${ef}: the planner chose ${index} for ${filterLabel}, not the design's index`);
      return {
        index,
        build: b ? buildNote(b.scope === 'global' ? [b] : built.filter((x) => x.scope !== 'global')) : '',
      };
    };
    const truthOf = truth[filter].slice(0, probes.length);
    const exactRates = mateRates(probes, truthOf);
    const exact = await timed(exactProbes, Math.min(5, exactProbes.length), search({ method: 'exact' }));
    const agree = exact.lists.filter((ids, i) => ids.join() === truthOf[i].join()).length;
    console.log(
      `exact scan (${filterLabel}): the database's list equals the float32 one for ${agree} of ${exact.lists.length} probes; p50 ${percentile(exact.ms, 50).toFixed(1)} ms`,
    );
    const exactP50 = percentile(exact.ms, 50);
    const exactP95 = percentile(exact.ms, 95);
    for (const ef of efs) {
      const plan = await used(ef);
      const r = await timed(probes, warmup, search({ efSearch: ef }));
      let recall = 0;
      r.lists.forEach((ids, i) => {
        const t = new Set(truthOf[i]);
        recall += ids.filter((id) => t.has(id)).length / Math.max(1, t.size);
      });
      const p50 = percentile(r.ms, 50);
      const row: Row = {
        mode,
        n,
        modelVersion,
        filter: filterLabel,
        index: plan.index,
        efSearch: ef,
        product: ef === SEARCH_TUNING.efSearch,
        ...mateRates(probes, r.lists),
        exactRank1: exactRates.rank1,
        exactTop20: exactRates.top20,
        recall: recall / probes.length,
        short: r.lists.filter((ids) => ids.length < K).length,
        p50,
        p95: percentile(r.ms, 95),
        p99: percentile(r.ms, 99),
        exactP50,
        exactP95,
        speedup: exactP50 / p50,
        build: plan.build,
        load: r.load,
      };
      if (router) {
        const before = await searchesOnReplica();
        const x = await timed(probes, warmup, search({ efSearch: ef }, 'replica'));
        row.replica = {
          p50: percentile(x.ms, 50),
          p95: percentile(x.ms, 95),
          p99: percentile(x.ms, 99),
          same: x.lists.filter((ids, i) => ids.join() === r.lists[i].join()).length,
          onReplica: (await searchesOnReplica()) - before,
          routed: Math.min(warmup, probes.length) + probes.length,
          probes: probes.length,
          load: x.load,
        };
      }
      all.push(row);
      appendFileSync(results, `${JSON.stringify(row)}\n`);
      console.log(table([row]).split('\n')[2]);
      if (row.replica) console.log(`  replica path: ${replicaTable([row]).split('\n')[2]}`);
    }
  }
  const replicaSection = router
    ? `\nthe same probes through the service's replica path (replica ${new URL(opt.replica).host}, DATABASE_REPLICA_MAX_WAIT_MS 200):\n\n${replicaTable(all)}\n`
    : '';
  const section = `${mode}, ${n} templates, ${probes.length} probes (exact scan timed on ${exactProbes.length})\n\n${table(all)}\n${replicaSection}`;
  console.log(`\n${section}`);
  report.push(section);
  writeFileSync(join(opt.work, `report-${mode}-${n}.md`), `${report.join('\n')}\n`);
  await router?.close();
  await db.close();
}

// the probe-upload benchmark reuses the database code above
if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

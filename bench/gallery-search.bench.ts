/**
 * 1:N gallery search benchmark, through the product's search module (src/db/face-search.repository.ts).
 *
 *   DATABASE_URL=postgres://… npm run bench:search -- <faces-dir> --work <dir> [--n 500000]
 *   npm run bench:search -- <faces-dir> --work <dir> --n 20000            # embedded PGlite
 *
 * Options: --probes N (default all), --ef 40,100,200,400,800 (the product's hnsw.ef_search values to
 * measure; the shortlist is K as in the product), --reuse (keep a loaded and indexed benchmark
 * database from an earlier run), --warmup 50.
 *
 * Gallery: the real templates of <faces-dir> (the first image of each identity, made by twokey's own
 * pipeline, cached in <work>/templates.json) plus synthetic distractors drawn from a multivariate
 * Gaussian fitted to all real templates and L2-normalised, up to N rows, each on one of five forces
 * at random. Uniform random vectors would have no neighbourhood structure and make recall meaningless.
 * Probes: every other image of a multi-image identity, whose one mate is in the gallery.
 *
 * For each filter (all five forces; the mate's force only) it runs the exact scan first, then the
 * product search (HNSW on embedding::halfvec, exact re-score) at each ef_search, and prints per row: how often
 * the mate is first and in the top 20, both against the exact scan of the same run, recall@20 of the
 * exact list, lists shorter than 20, client latency p50/p95/p99 of the whole search transaction.
 * Keep <work> outside the repository: it holds biometric templates.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { listDataset, runPipeline } from '../scripts/eval';
import { Database } from '../src/db';
import {
  FaceSearchRepository,
  GallerySearch,
  SEARCH_TUNING,
  SearchTuning,
  toVectorLiteral,
} from '../src/db/face-search.repository';
import { RetentionClass } from '../src/entities';
import { createLogger } from '../src/logging/logger';
import {
  DIM,
  args,
  dot,
  drawUnit,
  fitGaussian,
  gaussian,
  meanStd,
  mulberry32,
  normalise,
  percentile,
} from './gallery-search/lib';

const FORCES = 5;
const K = 20;
export const MODEL_VERSION = 'faceapi-recognition128@c45d94d308792502';
const BENCH_DB = 'twokey_bench_search';

export interface RealTemplate {
  identity: string;
  file: string;
  role: 'gallery' | 'probe';
  template: number[] | null;
}
export interface Gallery {
  rows: Float32Array;
  forces: Uint8Array;
  realRow: Map<string, number>;
  n: number;
}
export interface Probe {
  identity: string;
  v: Float32Array;
  mateRow: number;
}

// ------------------------------------------------------------------------------------------ data
export async function realTemplates(facesDir: string, work: string): Promise<RealTemplate[]> {
  const cache = join(work, 'templates.json');
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8'));
    if (cached.modelVersion === MODEL_VERSION) return cached.rows;
  }
  const entries = listDataset(facesDir);
  // the model whose template space MODEL_VERSION names, whatever the current default is
  const result = await runPipeline(entries, { sessions: 2, faceModel: 'dlib-128' });
  if (result.versions.get(result.primary) !== MODEL_VERSION)
    throw new Error(`dlib-128 is ${result.versions.get(result.primary)}, the bench expects ${MODEL_VERSION}`);
  const templates = result.templates.get(result.primary) as Array<Float32Array | null>;
  const rows = entries.map((e, i) => ({
    ...e,
    template: templates[i] ? Array.from(templates[i]!) : null,
  }));
  writeFileSync(cache, JSON.stringify({ modelVersion: MODEL_VERSION, rows }));
  return rows;
}

export function buildGallery(
  real: RealTemplate[],
  n: number,
  seed = 1,
): { gallery: Gallery; probes: Probe[]; stats: string[] } {
  const withFace = real
    .filter((r) => r.template)
    .map((r) => ({ ...r, v: normalise(Float64Array.from(r.template!)) }));
  const galleryReal = withFace.filter((r) => r.role === 'gallery');
  const fitted = fitGaussian(withFace.map((r) => r.v)); // on every real template

  const rand = mulberry32(seed);
  const gauss = gaussian(rand);
  const rows = new Float32Array(n * DIM);
  const forces = new Uint8Array(n);
  const isReal = new Uint8Array(n);
  const realRow = new Map<string, number>();
  const perm = Array.from({ length: n }, (_, i) => i);
  galleryReal.forEach((g, i) => {
    const j = i + Math.floor(rand() * (n - i));
    [perm[i], perm[j]] = [perm[j], perm[i]];
    rows.set(g.v, perm[i] * DIM);
    isReal[perm[i]] = 1;
    realRow.set(g.identity, perm[i]);
  });
  for (let row = 0; row < n; row++) {
    forces[row] = Math.floor(rand() * FORCES);
    if (!isReal[row]) rows.set(drawUnit(fitted, gauss), row * DIM);
  }
  const probes = withFace
    .filter((r) => r.role === 'probe' && realRow.has(r.identity))
    .map((r) => ({ identity: r.identity, v: r.v, mateRow: realRow.get(r.identity)! }));

  // the distractors must look like real templates to the probes
  const genuine = probes.map((p) => dot(p.v, rows, 0, p.mateRow * DIM));
  const impostorReal: number[] = [];
  for (const p of probes)
    for (const g of galleryReal) if (g.identity !== p.identity) impostorReal.push(dot(p.v, g.v));
  const synthetic: number[] = [];
  for (const p of probes)
    for (let row = 0, taken = 0; row < n && taken < 2000; row++)
      if (!isReal[row] && ++taken) synthetic.push(dot(p.v, rows, 0, row * DIM));
  const f = (s: { mean: number; std: number }) => `${s.mean.toFixed(3)} ± ${s.std.toFixed(3)}`;
  const stats = [
    `real templates ${withFace.length} of ${real.length} images (gallery ${galleryReal.length}, probes ${probes.length}); distractors ${n - galleryReal.length}`,
    `cosine genuine ${f(meanStd(genuine))}; impostor real ${f(meanStd(impostorReal))}; impostor synthetic ${f(meanStd(synthetic))}`,
  ];
  return { gallery: { rows, forces, realRow, n }, probes, stats };
}

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
  return { db, fresh: !exists || !reuse, url: target.toString() };
}

async function forceIds(db: Database): Promise<string[]> {
  const existing: Array<{ id: string }> = await db.dataSource.query(
    `SELECT id FROM force WHERE code LIKE 'BENCH%' ORDER BY code`,
  );
  if (existing.length === FORCES) return existing.map((r) => r.id);
  const ids: string[] = [];
  for (let f = 0; f < FORCES; f++)
    ids.push(
      (
        await db.dataSource.query(`INSERT INTO force (code, name) VALUES ($1, $1) RETURNING id`, [
          `BENCH${f + 1}`,
        ])
      )[0].id,
    );
  return ids;
}

/** Subjects, images and templates in batches; the search indexes are dropped first and built after. */
export async function load(
  db: Database,
  gallery: Gallery,
  forces: string[],
): Promise<{ imageIds: string[]; seconds: number }> {
  const start = performance.now();
  await db.transaction(({ manager }) => FaceSearchRepository.dropSearchIndexes(manager));
  const imageIds = Array.from({ length: gallery.n }, () => randomUUID());
  const batch = 5000;
  for (let from = 0; from < gallery.n; from += batch) {
    const to = Math.min(gallery.n, from + batch);
    const ids = imageIds.slice(from, to);
    const forceOf = ids.map((_, i) => forces[gallery.forces[from + i]]);
    const vectors = ids.map((_, i) =>
      toVectorLiteral(gallery.rows.subarray((from + i) * DIM, (from + i + 1) * DIM)),
    );
    await db.transaction(async ({ manager }) => {
      await manager.query(
        `INSERT INTO custody_subject (id, force_id, person_reference) SELECT u.id, u.force_id, u.id::text FROM unnest($1::uuid[], $2::uuid[]) AS u(id, force_id)`,
        [ids, forceOf],
      );
      await manager.query(
        `INSERT INTO custody_image (id, force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, review_due_at)
         SELECT u.id, u.force_id, u.id, 'BENCH', now(), $3, false, now() + interval '6 years' FROM unnest($1::uuid[], $2::uuid[]) AS u(id, force_id)`,
        [ids, forceOf, RetentionClass.CONVICTED],
      );
      await manager.query(
        `INSERT INTO face_template (image_id, force_id, model_version, embedding, retention_class, under18_at_capture, quality, box, landmarks)
         SELECT u.id, u.force_id, $4, u.embedding::vector, $5, false, '{}', '{}', '[]' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(id, force_id, embedding)`,
        [ids, forceOf, vectors, MODEL_VERSION, RetentionClass.CONVICTED],
      );
    });
    process.stderr.write(`\rloaded ${to}/${gallery.n}`);
  }
  process.stderr.write('\n');
  return { imageIds, seconds: (performance.now() - start) / 1000 };
}

async function timedDdl(
  db: Database,
  label: string,
  ddl: (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<unknown>,
): Promise<string> {
  const start = performance.now();
  const load = loadavg()[0];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres')
      await tx.manager.query(
        `SET LOCAL maintenance_work_mem = '1GB'; SET LOCAL max_parallel_maintenance_workers = 1`,
      );
    await ddl(tx);
  });
  const line = `| ${label} | ${((performance.now() - start) / 1000).toFixed(0)} s | ${load.toFixed(1)} |`;
  console.log(line);
  return line;
}

async function buildIndexes(db: Database, forces: string[]): Promise<string[]> {
  const lines = ['| index | build | load |', '| --- | --- | --- |'];
  console.log(lines.join('\n'));
  for (const [i, f] of forces.entries())
    lines.push(
      await timedDdl(db, `HNSW m32/efc200, force ${i + 1} of ${FORCES} (partial)`, ({ manager }) =>
        FaceSearchRepository.ensureSearchIndexes(manager, f),
      ),
    );
  lines.push(
    await timedDdl(db, 'HNSW m32/efc200, all forces (global)', ({ manager }) =>
      FaceSearchRepository.ensureSearchIndexes(manager),
    ),
  );
  await db.dataSource.query(`ANALYZE face_template`);
  return lines;
}

// ------------------------------------------------------------------------------------------ runs
interface Row {
  label: string;
  rank1: number;
  top20: number;
  recall: number;
  short: number;
  p50: number;
  p95: number;
  p99: number;
  times: number;
  load: number;
}

async function run(
  label: string,
  probes: Probe[],
  warmup: number,
  one: (p: Probe) => Promise<string[]>,
  mateOf: (p: Probe) => string,
  exact?: Map<Probe, string[]>,
  exactP50?: number,
): Promise<{ row: Row; lists: Map<Probe, string[]> }> {
  for (const p of probes.slice(0, warmup)) await one(p);
  const load = loadavg()[0];
  const lists = new Map<Probe, string[]>();
  const ms: number[] = [];
  for (const p of probes) {
    const t = performance.now();
    lists.set(p, await one(p));
    ms.push(performance.now() - t);
  }
  let rank1 = 0;
  let top20 = 0;
  let short = 0;
  let recall = 0;
  for (const p of probes) {
    const list = lists.get(p)!;
    if (list[0] === mateOf(p)) rank1++;
    if (list.includes(mateOf(p))) top20++;
    if (list.length < K) short++;
    const truth = exact?.get(p) ?? list;
    recall += truth.filter((id) => list.includes(id)).length / Math.max(1, truth.length);
  }
  const n = probes.length;
  const p50 = percentile(ms, 50);
  const row = {
    label,
    rank1: rank1 / n,
    top20: top20 / n,
    recall: recall / n,
    short,
    p50,
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    times: (exactP50 ?? p50) / p50,
    load,
  };
  return { row, lists };
}

function table(rows: Row[]): string {
  const [exact] = rows;
  const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
  const delta = (v: number, e: number) => `${v >= e ? '+' : ''}${(100 * (v - e)).toFixed(1)}`;
  return [
    '| search | rank-1 | Δ | top-20 | Δ | recall@20 | short | p50 ms | p95 ms | p99 ms | × exact | load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${pct(r.rank1)} | ${delta(r.rank1, exact.rank1)} | ${pct(r.top20)} | ${delta(r.top20, exact.top20)} | ${r.recall.toFixed(3)} | ${r.short} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.times.toFixed(1)} | ${r.load.toFixed(1)} |`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir || !opt.work) {
    process.stderr.write(
      'usage: npm run bench:search -- <faces-dir> --work <dir outside the repository> [--n 500000] [--probes N] [--ef 40,100,200,400,800] [--reuse]\n',
    );
    process.exit(2);
  }
  const n = Number(opt.n ?? 500_000);
  const list = (v: string | undefined, d: number[]) =>
    v === undefined ? d : v.split(',').filter(Boolean).map(Number);
  const efs = list(opt.ef, [40, 100, 200, 400, 800]);
  const warmup = Number(opt.warmup ?? 50);
  mkdirSync(opt.work, { recursive: true });
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

  const real = await realTemplates(facesDir, opt.work);
  const { gallery, probes: allProbes, stats } = buildGallery(real, n);
  const probes = opt.probes ? allProbes.slice(0, Number(opt.probes)) : allProbes;
  stats.forEach((s) => console.log(s));

  const { db, fresh } = await openBenchDatabase(BENCH_DB, opt.reuse === 'true');
  const forces = await forceIds(db);
  const [{ version }] = await db.dataSource.query(`SELECT version()`);
  const [{ extversion }] = await db.dataSource.query(
    `SELECT extversion FROM pg_extension WHERE extname = 'vector'`,
  );
  console.log(
    `${mode}: ${String(version).split(',')[0]}, pgvector ${extversion}; ${n} templates, ${probes.length} probes, K ${K}`,
  );

  let imageIds: string[];
  const report: string[] = [];
  const idsFile = join(opt.work, `image-ids-${n}.json`);
  if (fresh) {
    const loaded = await load(db, gallery, forces);
    imageIds = loaded.imageIds;
    writeFileSync(idsFile, JSON.stringify(imageIds));
    console.log(`loaded in ${loaded.seconds.toFixed(0)} s`);
    report.push(...(await buildIndexes(db, forces)));
  } else {
    imageIds = JSON.parse(readFileSync(idsFile, 'utf8'));
  }
  const sizes: Array<{ indexname: string; size: string }> = await db.dataSource.query(
    `SELECT indexname, pg_size_pretty(pg_relation_size(indexname::regclass)) AS size FROM pg_indexes WHERE tablename = 'face_template' AND indexname ~ '^face_search_' ORDER BY indexname`,
  );
  console.log(`index sizes: ${sizes.map((s) => `${s.indexname} ${s.size}`).join(', ')}`);

  const mateOf = (p: Probe) => imageIds[p.mateRow];
  const results = join(opt.work, 'results.jsonl');
  for (const filter of ['all five forces', "one force of five (the mate's)"]) {
    const forcesFor = (p: Probe) => (filter.startsWith('all') ? forces : [forces[gallery.forces[p.mateRow]]]);
    const request = (p: Probe): GallerySearch => ({
      probe: p.v,
      modelVersion: MODEL_VERSION,
      forceIds: forcesFor(p),
      includeUnder18: true,
      excludedRetentionClasses: [],
      threshold: -1,
      k: K,
    });
    const product = (tuning: SearchTuning) => async (p: Probe) => {
      const r = await db.transaction(({ manager }) =>
        FaceSearchRepository.search(manager, request(p), tuning),
      );
      if (r.method.kind !== (tuning.method === 'exact' ? 'EXACT_SCAN' : 'HNSW'))
        throw new Error(`unexpected search method ${JSON.stringify(r.method)}`);
      return r.candidates.map((c) => c.imageId);
    };
    const rows: Row[] = [];
    const exact = await run('exact scan', probes, warmup, product({ method: 'exact' }), mateOf);
    rows.push(exact.row);
    const add = async (label: string, one: (p: Probe) => Promise<string[]>) => {
      const r = await run(label, probes, warmup, one, mateOf, exact.lists, exact.row.p50);
      rows.push(r.row);
      appendFileSync(results, `${JSON.stringify({ mode, n, filter, ...r.row })}\n`);
      console.error(`${filter}: ${label} done`);
    };
    for (const ef of efs) {
      const label = `HNSW m32, shortlist ${K}, ef_search ${ef}`;
      await add(
        ef === SEARCH_TUNING.efSearch ? `**${label} (the product)**` : label,
        product({ efSearch: ef }),
      );
    }
    const section = `\n${mode}, ${n} templates, filter: ${filter}\n\n${table(rows)}\n`;
    console.log(section);
    report.push(section);
  }
  writeFileSync(join(opt.work, `report-${mode}-${n}.md`), `${stats.join('\n')}\n\n${report.join('\n')}\n`);
  await db.close();
}

// the probe-upload benchmark reuses the data and loading code above
if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

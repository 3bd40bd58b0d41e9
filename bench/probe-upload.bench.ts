/**
 * Probe upload to stored candidates, as a client sees it: over HTTP on loopback, the probe image
 * sent to POST /uploads (multipart; --base64: inside the JSON instead), one `createSearchRequest`
 * with its upload id and one `submitSearchRequest` (which runs the
 * search before it answers), until the request has its candidates stored (FIRST_REVIEW, or
 * NO_VIABLE_CANDIDATE when nothing reaches the threshold). Not a test: it prints numbers to quote.
 *
 *   DATABASE_URL=postgres://… npm run bench:probe -- <faces-dir> --work <dir> --n 500000 --load-only
 *   DATABASE_URL=postgres://… npm run bench:probe -- <faces-dir> --work <dir> --n 500000 --reuse
 *   npm run bench:probe -- <faces-dir> --work <dir> --n 20000                 # embedded PGlite
 *
 *   npm run bench:probe -- --memory      # server RSS around one 20 MB probe: multipart vs base64 (bench/upload-memory.ts)
 *
 *   DATABASE_URL=postgres://… npm run bench:probe -- <faces-dir> --work <dir> --n 500000 \
 *     --gallery-db twokey_bench_search_500000          # search a loaded bench:search gallery instead
 *
 * --gallery-db <name>: no gallery of its own; SWP searches the N templates of a database that
 * `npm run bench:search -- … --load-only` loaded and indexed (the same <work> and --n), which are
 * spread over five forces. Each of them shares its gallery with SWP (an agreement the benchmark
 * records), the request names all five, and a cross-force search needs an authoriser: the search
 * runs when `decideSearchAuthorisation` is sent, so the time is create + submit + authorise, with the
 * search on the product's global index instead of SWP's own. Saves a second hour-long index build.
 *
 * Options: --probes 50 (timed), --base64 (the probe inside the JSON, as before uploads), --warmup 10,
 * --reuse (PostgreSQL: keep the loaded and indexed database of an earlier run; --db names it, default
 * twokey_bench_probe_<n>), --load-only (load and index, then stop), --mwm 4GB and --workers 1
 * (maintenance_work_mem and max_parallel_maintenance_workers of the index build), --model <face
 * model> (default: the models manifest's; the service must run the same version).
 *
 * Gallery: as bench:search (bench/search-design/dataset.ts, loaded by bench/gallery-search.bench.ts):
 * the real templates of <faces-dir> (the LFW development set) made by twokey's own pipeline with the
 * default face model, plus Gaussian-fitted distractors, N rows in all, every one in the requesting
 * force's (SWP's) gallery, so each search considers all N. The product's search index for that force
 * is built with the product's own `face_search_ensure_indexes` (the per-force partial HNSW index,
 * which is what an own-force search uses; `--all-indexes` also builds the global one and the other
 * forces').
 * Probes: real images of identities whose first image is in the gallery, each uploaded as its file's
 * bytes; images in which the product finds no single usable face are skipped before timing.
 * The server (the product's bootstrap, its own pool, the real ONNX pipeline) runs in this process;
 * the client is fetch() on loopback. Keep <work> outside the repository: it holds biometric templates.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import { exportSPKI, generateKeyPair } from 'jose';

import {
  buildIndexes,
  checkLoaded,
  indexTable,
  load,
  openBenchDatabase,
  templateSpace,
} from './gallery-search.bench';
import { args, percentile } from './gallery-search/lib';
import { benchGallery } from './search-design/dataset';
import { realTemplates } from './search-design/templates';
import { loadConfig } from '../src/config/config';
import type { Database } from '../src/db';
import { FaceSearchRepository } from '../src/db/face-search.repository';
import { createLogger } from '../src/logging/logger';
import { probeHitRateGate } from '../src/policy/search-policy';
import { bootstrap } from '../src/server/bootstrap';
import { PROVENANCE } from '../test/support/search-workflow';
import { signed } from '../test/support/test-server';
import { measureUploadMemory } from './upload-memory';

const JUSTIFICATION =
  'Robbery at knifepoint on a bus; CCTV still of the suspect, identification needed to progress.';

async function main(): Promise<void> {
  const { pos, opt } = args();
  if (opt.memory) return measureUploadMemory();
  const [facesDir] = pos;
  if (!facesDir || !opt.work) {
    process.stderr.write(
      'usage: npm run bench:probe -- <faces-dir> --work <dir outside the repository> [--n 500000] [--probes 50] [--warmup 10] [--reuse] [--load-only]\n',
    );
    process.exit(2);
  }
  const n = Number(opt.n ?? 20_000);
  const timed = Number(opt.probes ?? 50);
  const warmup = Number(opt.warmup ?? 10);
  mkdirSync(opt.work, { recursive: true });
  const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

  const real = await realTemplates(facesDir, opt.work, opt.model);
  const { modelVersion } = real;
  const gallery = benchGallery(real, n, Number(opt.rank ?? 128), opt.work);
  console.log(`model ${modelVersion}`);
  const galleryDb = opt['gallery-db'];
  const { db, fresh, url } = await openBenchDatabase(
    galleryDb ?? opt.db ?? `twokey_bench_probe_${n}`,
    Boolean(galleryDb) || opt.reuse === 'true',
    4,
  );
  if (galleryDb && fresh) throw new Error(`${galleryDb} does not exist: load it with npm run bench:search`);
  const spaceId = await templateSpace(db, modelVersion, gallery.dim);
  const [{ swp }] = await db.dataSource.query(`SELECT id AS swp FROM force WHERE code = 'SWP'`);
  if (fresh) {
    const seconds = await load(db, gallery, modelVersion, () => swp);
    console.log(`loaded ${n} templates in ${seconds.toFixed(0)} s`);
  }
  await checkLoaded(db, gallery, modelVersion);
  const galleryForces = galleryDb ? await shareBenchGalleries(db, swp) : [];
  if (!galleryDb) {
    const built = await buildIndexes(
      db,
      spaceId,
      [{ id: swp, label: 'SWP', rows: n }],
      opt['all-indexes'] === 'true' ? { rows: n } : null,
      { mwm: opt.mwm ?? '4GB', workers: Number(opt.workers ?? 1) },
    );
    console.log(`\n${indexTable(built)}\n`);
  }
  if (opt['load-only'] === 'true') {
    await db.close();
    return;
  }

  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'false',
    AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
    // the sweep would only find requests this run left behind: keep it out of the measurements
    WORKFLOW_SWEEP_INTERVAL_MS: '3600000',
    ...(url ? { DATABASE_URL: url } : { PGLITE_DATA_DIR: 'memory://' }),
  });
  const twokey = await bootstrap(config, createLogger('warn'), db);
  // the gallery's templates must be what the service makes and what SWP's searches compare
  const [active] = await db.dataSource.query(
    `SELECT model_version FROM force_model_version WHERE force_id = $1 AND state = 'ACTIVE'`,
    [swp],
  );
  if (twokey.faces.modelVersion !== modelVersion || active?.model_version !== modelVersion)
    throw new Error(
      `the gallery was made with ${modelVersion}; the service runs ${twokey.faces.modelVersion}, SWP searches ${active?.model_version ?? 'no version'}`,
    );
  const sign = (subject: string) =>
    signed(subject, { expiresIn: '2h' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
  const token = await sign('swp.requester');
  const authoriserToken = await sign('swp.authoriser');
  /** The fields this benchmark reads back, whichever operation returned them. */
  type Fields = { id: string; version: number; status: string; candidateCount: number | null };
  const gql = async (
    query: string,
    variables: Record<string, unknown>,
    as = token,
  ): Promise<Record<string, Fields>> => {
    const response = await fetch(twokey.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, Fields>;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    if (body.errors?.length)
      throw Object.assign(new Error(body.errors[0].message), { code: body.errors[0].extensions?.code });
    return body.data!;
  };
  const upload = async (bytes: Buffer): Promise<string> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'probe.jpg');
    const response = await fetch(twokey.app.url.replace(/\/graphql$/, '/uploads'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = (await response.json()) as { id?: string; error?: { code: string } };
    if (response.status !== 201) throw new Error(`upload refused: ${body.error?.code ?? response.status}`);
    return body.id!;
  };
  const { createCase } = await gql(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    { input: { crimeReference: `62/${Date.now()}/26`, offenceCategory: 'ROBBERY' } },
  );

  // probes: images of identities whose mate is in the gallery that the product takes as they are: one
  // face chosen without asking (one usable face), at or above SWP's expected-hit-rate floor
  const inGallery = new Set(
    real.rows.filter((r) => r.role === 'gallery' && r.template).map((r) => r.identity),
  );
  const files = real.rows
    .filter((r) => r.role === 'probe' && inGallery.has(r.identity))
    .map((r) => join(facesDir, r.file))
    .filter((file) => existsSync(file));
  const [gate] = await db.dataSource.query(
    `SELECT probe_hit_rate_floor AS "probeHitRateFloor", probe_hit_rate_override_allowed AS "probeHitRateOverrideAllowed" FROM force WHERE id = $1`,
    [swp],
  );
  const probes: Buffer[] = [];
  let first: Float32Array | undefined;
  for (const file of files) {
    if (probes.length >= warmup + timed) break;
    const bytes = readFileSync(file);
    const face = await twokey.faces
      .templateFor(bytes, undefined, { use: 'probe', probeHitRateFloor: gate.probeHitRateFloor })
      .catch(() => null);
    if (face && probeHitRateGate(gate, face.expectedHitRate?.rankOne ?? null, null) === 'PASS') {
      probes.push(bytes);
      first ??= face.template;
    }
  }
  // which index SWP's shortlist gets from the planner (the scan lines only: the others quote the probe)
  const plan = await db.transaction(({ manager }) =>
    FaceSearchRepository.explainShortlist(manager, {
      probe: first!,
      modelVersion,
      forceIds: [swp, ...galleryForces],
      includeUnder18: false,
      excludedRetentionClasses: [],
      threshold: 0,
      k: 20,
    }),
  );
  const scans = plan
    .split('\n')
    .filter((l) => / Scan /.test(l))
    .map((l) => l.trim().replace(/\s+\(cost=.*$/, ''));
  console.log(`SWP's shortlist plan (first probe): ${scans.join('; ')}`);
  if (probes.length < warmup + timed) throw new Error(`only ${probes.length} usable probes`);

  const one = async (
    probe: Buffer,
  ): Promise<{ ms: number; createMs: number; status: string; candidates: number }> => {
    const start = performance.now();
    // the probe as a client sends it: multipart to POST /uploads, then its id (--base64: inside the JSON)
    const image = opt.base64
      ? { probeImageBase64: probe.toString('base64') }
      : { probeUploadId: await upload(probe) };
    const { createSearchRequest: draft } = await gql(
      `mutation($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) { id version } }`,
      {
        input: {
          caseId: createCase.id,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          probeProvenance: PROVENANCE,
          otherGalleryForceIds: galleryForces,
          ...image,
        },
      },
    );
    const createMs = performance.now() - start;
    let { submitSearchRequest: r } = await gql(
      `mutation($id: ID!, $v: Int) { submitSearchRequest(id: $id, expectedVersion: $v) { status version candidateCount } }`,
      { id: draft.id, v: draft.version },
    );
    if (r.status === 'AWAITING_AUTHORISATION')
      ({ decideSearchAuthorisation: r } = await gql(
        `mutation($id: ID!, $v: Int) { decideSearchAuthorisation(id: $id, authorise: true, expectedVersion: $v,
          rationale: "Serious offence; the other forces' galleries are needed to identify the suspect.") { status version candidateCount } }`,
        { id: draft.id, v: r.version },
        authoriserToken,
      ));
    while (r.status === 'SUBMITTED' || r.status === 'SEARCHING') {
      await new Promise((done) => setTimeout(done, 5));
      ({ searchRequest: r } = await gql(
        `query($id: ID!) { searchRequest(id: $id) { status candidateCount } }`,
        { id: draft.id },
      ));
    }
    const ms = performance.now() - start;
    if (r.status !== 'FIRST_REVIEW' && r.status !== 'NO_VIABLE_CANDIDATE')
      throw new Error(`the search ended ${r.status}`);
    return { ms, createMs, status: r.status, candidates: r.candidateCount ?? 0 };
  };

  for (const probe of probes.slice(0, warmup)) await one(probe);
  const loadBefore = loadavg();
  const results = [];
  for (const probe of probes.slice(warmup)) results.push(await one(probe));
  const loadAfter = loadavg();
  const ms = results.map((r) => r.ms);
  const [{ version }] = await db.dataSource.query(`SELECT version()`);
  const [{ methods }] = await db.dataSource.query(
    `SELECT string_agg(DISTINCT policy_snapshot->'searchMethod'->>'kind', ', ') AS methods FROM search_request WHERE policy_snapshot IS NOT NULL`,
  );
  console.log(
    `${mode} (${String(version).split(',')[0]}), ${n} templates in the searched gallery${galleryDb ? ` (five forces' galleries shared with SWP: create + submit + authorise)` : ''}, ${results.length} probes after ${warmup} warm-up`,
  );
  console.log(
    `probe upload to stored candidates: p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`,
  );
  const created = results.map((r) => r.createMs);
  const searched = results.map((r) => r.ms - r.createMs);
  console.log(
    `of which createSearchRequest (probe analysed, request stored): p50 ${percentile(created, 50).toFixed(1)} ms, p95 ${percentile(created, 95).toFixed(1)} ms; ${galleryDb ? 'submit, authorise' : 'submitSearchRequest'} with its search: p50 ${percentile(searched, 50).toFixed(1)} ms, p95 ${percentile(searched, 95).toFixed(1)} ms`,
  );
  console.log(
    `outcomes: ${results.filter((r) => r.status === 'FIRST_REVIEW').length} with candidates, ${results.filter((r) => r.status !== 'FIRST_REVIEW').length} without; search methods ${methods}`,
  );
  console.log(
    `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
  );
  await twokey.stop();
  await db.close();
}

/**
 * --gallery-db: the five forces of a bench:search gallery share it with SWP (an agreement each,
 * recorded once), so SWP may search all N templates. Returns those forces' ids.
 */
async function shareBenchGalleries(db: Database, swp: string): Promise<string[]> {
  const forces: Array<{ id: string }> = await db.dataSource.query(
    `SELECT id FROM force WHERE code LIKE 'BENCH%' ORDER BY code`,
  );
  if (forces.length === 0) throw new Error('--gallery-db: no bench:search forces in that database');
  await db.dataSource.query(
    `INSERT INTO sharing_agreement (gallery_force_id, searching_force_id, reference, valid_from)
     SELECT f.id, $1, 'BENCH-' || f.code, now() - interval '1 day' FROM force f
     WHERE f.code LIKE 'BENCH%'
       AND NOT EXISTS (SELECT 1 FROM sharing_agreement a WHERE a.gallery_force_id = f.id AND a.searching_force_id = $1)`,
    [swp],
  );
  return forces.map((f) => f.id);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

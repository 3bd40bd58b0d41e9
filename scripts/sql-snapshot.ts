import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { EntityManager, Logger as QueryLogger } from 'typeorm';
import { Database } from '../src/db';
import {
  FaceSearchRepository,
  GallerySearch,
  GallerySearchResult,
  NewTemplate,
  SearchTuning,
} from '../src/db/face-search.repository';
import { RetentionClass } from '../src/entities';
import { createLogger } from '../src/logging/logger';

/**
 * Writes src/db/queries/face-search.repository.sql: the exact SQL the face-search repository sends
 * for representative calls, so a change to its queries shows up in review as SQL (as Immich keeps
 * its generated queries beside its repositories). Each call runs on the real repository against a
 * fresh embedded database with a small deterministic gallery; a query-capturing TypeORM logger
 * records every statement the call sends, in order. Values are bound parameters ($n) and are not
 * recorded. With --check, fails when the committed file differs from what the code sends now.
 *
 * After changing the repository's queries (or the calls below): `npm run sql:snapshot`, read the
 * diff, commit it.
 */

const TARGET = join(__dirname, '..', 'src', 'db', 'queries', 'face-search.repository.sql');
const DIM = 128;
/** Fixed ids, so index names (derived from force ids) are the same on every run. */
const FORCES = [1, 2, 3, 4, 5, 6].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
/** Templates per force; more than a shortlist (K = 20), so shortlists come back full. */
const PER_FORCE = 120;
/** The sixth force holds fewer templates than a shortlist asks for. */
const SMALL_FORCE = 3;

/** Deterministic unit vectors with some shared structure, like real templates. */
function unitVector(seed: number, base?: ArrayLike<number>, spread = 1): Float32Array {
  let s = seed >>> 0;
  const v = new Float32Array(DIM);
  let norm = 0;
  for (let i = 0; i < DIM; i += 1) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[i] = (base ? base[i] : 0) + spread * (s / 2 ** 32 - 0.5);
    norm += v[i] * v[i];
  }
  for (let i = 0; i < DIM; i += 1) v[i] /= Math.sqrt(norm);
  return v;
}

/** Records the statements sent while `capturing` is on (TypeORM calls logQuery for every one). */
class CapturingLogger implements QueryLogger {
  capturing = false;
  statements: string[] = [];
  logQuery(query: string): void {
    if (this.capturing) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.capturing)
      throw new Error(`the repository's query failed while capturing: ${String(error)}\n${query}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** One statement as committed: indentation and blank lines dropped, parameters left as $n. */
export function normaliseSql(sql: string): string {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

interface Fixture {
  modelVersion: string;
  probe: Float32Array;
  imageIds: string[];
  /** A custody image without a template yet. */
  spare: NewTemplate;
}

interface Call {
  /** What the call is, as a heading in the snapshot. */
  name: string;
  run: (manager: EntityManager, fx: Fixture) => Promise<unknown>;
  /** For searches: the path the call must take, so the snapshot never silently records another one. */
  expect?: (result: GallerySearchResult) => boolean;
}

const searchOf = (fx: Fixture, over: Partial<GallerySearch> = {}): GallerySearch => ({
  probe: fx.probe,
  modelVersion: fx.modelVersion,
  forceIds: [FORCES[0]],
  includeUnder18: false,
  excludedRetentionClasses: [RetentionClass.NOT_CHARGED, RetentionClass.NO_FURTHER_ACTION],
  threshold: 0.3,
  k: 20,
  ...over,
});
const search =
  (over: (fx: Fixture) => Partial<GallerySearch>, tuning?: SearchTuning) =>
  (manager: EntityManager, fx: Fixture) =>
    FaceSearchRepository.search(manager, searchOf(fx, over(fx)), tuning);
const took = (kind: string, reason?: string) => (r: GallerySearchResult) =>
  r.method.kind === kind && (!reason || ('reason' in r.method && r.method.reason === reason));

/** The representative calls, in the order they appear in the snapshot. Add one when the repository gains a query. */
const CALLS: Call[] = [
  { name: 'insertTemplate', run: (m, fx) => FaceSearchRepository.insertTemplate(m, fx.spare) },
  {
    name: 'search: one force (its partial index; the default policy excludes not-convicted classes and under-18s)',
    run: search(() => ({})),
    expect: took('HNSW'),
  },
  {
    name: 'search: two forces (one branch per force)',
    run: search(() => ({ forceIds: FORCES.slice(0, 2) })),
    expect: took('HNSW'),
  },
  {
    name: 'search: five forces (the global index)',
    run: search(() => ({ forceIds: FORCES.slice(0, 5) })),
    expect: took('HNSW'),
  },
  {
    name: 'search: filters authorised (under-18s and not-convicted classes included)',
    run: search(() => ({ includeUnder18: true, excludedRetentionClasses: [] })),
    expect: took('HNSW'),
  },
  {
    name: 'search: a gallery smaller than the shortlist (counted, complete)',
    run: search(() => ({ forceIds: [FORCES[5]] })),
    expect: took('HNSW'),
  },
  {
    name: 'search: exact-scan fallback (filters leave the index scan short of eligible rows)',
    run: search(
      () => ({
        forceIds: [FORCES[4]],
        k: 5,
        excludedRetentionClasses: [
          RetentionClass.CONVICTED,
          RetentionClass.NOT_CHARGED,
          RetentionClass.NO_FURTHER_ACTION,
        ],
      }),
      { shortlist: 10, efSearch: 1, maxScanTuples: 1 },
    ),
    expect: took('EXACT_SCAN', 'SHORTLIST_INCOMPLETE'),
  },
  {
    name: 'search: exact scan requested',
    run: search(() => ({}), { method: 'exact' }),
    expect: took('EXACT_SCAN', 'REQUESTED'),
  },
  {
    name: 'search: a model version without a template space (exact scan)',
    run: search(() => ({ modelVersion: 'unregistered-model@0' })),
    expect: took('EXACT_SCAN', 'NO_TEMPLATE_SPACE'),
  },
  { name: 'search: no gallery', run: search(() => ({ forceIds: [] })), expect: took('NO_GALLERY') },
  {
    name: 'eligibleCount: two forces',
    run: (m, fx) => FaceSearchRepository.eligibleCount(m, searchOf(fx, { forceIds: FORCES.slice(0, 2) })),
  },
  {
    name: 'explainShortlist: one force',
    run: (m, fx) => FaceSearchRepository.explainShortlist(m, searchOf(fx)),
  },
  {
    name: 'setSearchable: pending deletion',
    run: (m, fx) => FaceSearchRepository.setSearchable(m, fx.imageIds.slice(0, 2), false),
  },
  {
    name: 'setSearchable: restored',
    run: (m, fx) => FaceSearchRepository.setSearchable(m, fx.imageIds.slice(0, 2), true),
  },
  {
    name: 'deleteForImages',
    run: (m, fx) => FaceSearchRepository.deleteForImages(m, fx.imageIds.slice(0, 1)),
  },
  {
    name: 'ensureSearchIndexes: one force',
    run: (m) => FaceSearchRepository.ensureSearchIndexes(m, FORCES[0]),
  },
  {
    name: 'registerTemplateSpace',
    run: (m) =>
      FaceSearchRepository.registerTemplateSpace(m, 'snapshot-model@2', DIM, 'snapshot distribution'),
  },
];

async function loadGallery(
  db: Database,
  capture: (name: string, work: (m: EntityManager) => Promise<unknown>) => Promise<void>,
): Promise<Fixture> {
  const [space] = await db.dataSource.query(
    `SELECT model_version FROM template_space WHERE dimension = $1 ORDER BY id LIMIT 1`,
    [DIM],
  );
  const modelVersion: string = space.model_version;
  // the structure every template shares (real templates are not uniform on the sphere)
  const mean = unitVector(1);
  const probe = unitVector(424242, mean, 0.8);
  for (const [i, id] of FORCES.entries())
    await db.dataSource.query(`INSERT INTO force (id, code, name) VALUES ($1, $2, $2)`, [id, `S${i + 1}`]);
  // a bulk load, as `npm run enrol -- --defer-indexes` does it: drop the search indexes, insert, build them once
  await capture('dropSearchIndexes (before a bulk load)', (m) => FaceSearchRepository.dropSearchIndexes(m));
  const fx: Fixture = { modelVersion, probe, imageIds: [], spare: null as never };
  let seed = 1000;
  let people = 0;
  const add = async (
    manager: EntityManager,
    forceId: string,
    embedding: Float32Array,
    retentionClass = RetentionClass.CONVICTED,
  ) => {
    const [image] = await manager.query(
      `WITH s AS (INSERT INTO custody_subject (force_id, person_reference) VALUES ($1, $2) RETURNING id)
       INSERT INTO custody_image (force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, review_due_at)
       SELECT $1, s.id, 'C1', now(), $3, false, now() FROM s RETURNING id`,
      [forceId, `P${(people += 1)}`, retentionClass],
    );
    const template: NewTemplate = {
      imageId: image.id,
      forceId,
      modelVersion,
      embedding,
      retentionClass,
      under18AtCapture: false,
      quality: {},
      box: { x: 0, y: 0, width: 1, height: 1 },
      landmarks: [],
    };
    return { imageId: image.id as string, template };
  };
  await db.transaction(async ({ manager }) => {
    for (const [f, forceId] of FORCES.entries()) {
      for (let i = 0; i < (f === 5 ? SMALL_FORCE : PER_FORCE); i += 1) {
        const { imageId, template } = await add(manager, forceId, unitVector((seed += 1), mean, 0.8));
        fx.imageIds.push(imageId);
        await FaceSearchRepository.insertTemplate(manager, template);
      }
    }
    // three CHARGED_PENDING records of the fifth force, far from the probe
    const far = mean.map((m, i) => 2 * m - probe[i]);
    for (const s of [21, 22, 23]) {
      const { template } = await add(
        manager,
        FORCES[4],
        unitVector(s, far, 0.05),
        RetentionClass.CHARGED_PENDING,
      );
      await FaceSearchRepository.insertTemplate(manager, template);
    }
    // Whether a scan cut short after one index tuple still finds those three depends on the graph the
    // randomised HNSW build made, so the count says seven more exist than the index holds: what a
    // scan cut short looks like to the repository, on every run (the fixture's only made-up state)
    await manager.query(
      `UPDATE face_template_count SET searchable = searchable + 7 WHERE force_id = $1 AND retention_class = $2`,
      [FORCES[4], RetentionClass.CHARGED_PENDING],
    );
    // one more record whose template the `insertTemplate` call writes
    fx.spare = (await add(manager, FORCES[5], unitVector((seed += 1), mean, 0.8))).template;
  });
  await capture('ensureSearchIndexes: all (after a bulk load)', (m) =>
    FaceSearchRepository.ensureSearchIndexes(m),
  );
  return fx;
}

async function render(): Promise<string> {
  const queries = new CapturingLogger();
  const db = await Database.open({ kind: 'pglite', dataDir: 'memory://' }, createLogger('silent'), {
    queryLogger: queries,
  });
  const blocks: string[] = [];
  try {
    await db.migrate();
    const capture = async (
      name: string,
      work: (m: EntityManager) => Promise<unknown>,
      expect?: Call['expect'],
    ) => {
      queries.statements = [];
      const result = await db.transaction(async ({ manager }) => {
        queries.capturing = true;
        try {
          return await work(manager);
        } finally {
          queries.capturing = false;
        }
      });
      if (expect && !expect(result as GallerySearchResult)) {
        throw new Error(
          `"${name}" took another path than the snapshot expects: ${JSON.stringify((result as GallerySearchResult).method)}`,
        );
      }
      const sql = queries.statements.map((q) => `${normaliseSql(q)};`).join('\n\n');
      blocks.push(`-- FaceSearchRepository.${name}\n${sql || '-- (no statement)'}`);
    };
    const fx = await loadGallery(db, capture);
    for (const call of CALLS) await capture(call.name, (m) => call.run(m, fx), call.expect);
  } finally {
    await db.close();
  }
  return `-- Generated by \`npm run sql:snapshot\` (scripts/sql-snapshot.ts); do not edit.
-- The SQL src/db/face-search.repository.ts sends for representative calls, captured from the real
-- repository on an embedded database, statement by statement in the order sent ($n: bound parameters).

${blocks.join('\n\n')}
`;
}

async function main() {
  const sql = await render();
  const shown = relative(process.cwd(), TARGET);
  if (process.argv.includes('--check')) {
    const committed = existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : '';
    if (committed !== sql) {
      const a = committed.split('\n');
      const b = sql.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      process.stderr.write(
        `${shown} is out of date (the repository now sends other SQL; first difference at line ${(line < 0 ? a.length : line) + 1}):\n` +
          `  committed: ${a[line] ?? '(end of file)'}\n  now:       ${b[line < 0 ? a.length : line] ?? '(end of file)'}\n` +
          'run `npm run sql:snapshot`, review the diff and commit it\n',
      );
      process.exit(1);
    }
    process.stdout.write(`${shown} is up to date\n`);
    return;
  }
  mkdirSync(dirname(TARGET), { recursive: true });
  writeFileSync(TARGET, sql);
  process.stdout.write(`wrote ${shown}\n`);
}

void main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

/**
 * Enrolment throughput: a folder-per-identity face set enrolled through the bulk enrolment path
 * (inference, duplicate check, image bytes, template, index updates, audit event per image) into a
 * fresh database with the demo forces.
 *
 *   DATABASE_URL=postgres://… npm run bench:enrol -- <faces-dir> [--concurrency N]   # PostgreSQL
 *   npm run bench:enrol -- <faces-dir>                                               # embedded PGlite
 *
 * Prints images/s over the whole run (what an operator waits for) and per outcome.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { Client } from 'pg';

import { listDataset } from '../scripts/eval';
import { Database } from '../src/db';
import { seedDemoData } from '../src/db/demo-data';
import { createFacePipeline } from '../src/inference';
import { createLogger } from '../src/logging/logger';
import { createServices } from '../src/services';
import { runBulkEnrolment } from '../src/services/bulk-enrolment.service';
import { args } from './gallery-search/lib';

const BENCH_DB = 'twokey_bench_enrolment';

async function openDatabase(): Promise<Database> {
  const logger = createLogger('warn');
  const url = process.env.DATABASE_URL;
  if (!url) return Database.open({ kind: 'pglite', dataDir: 'memory://' }, logger);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${BENCH_DB}`;
  return Database.open({ kind: 'postgres', url: target.toString(), poolSize: 4 }, logger);
}

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir) {
    process.stderr.write('usage: npm run bench:enrol -- <faces-dir> [--concurrency N]\n');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'twokey-enrol-'));
  const manifest = join(work, 'manifest.csv');
  const entries = listDataset(facesDir);
  writeFileSync(
    manifest,
    [
      'file,person_reference,custody_reference,captured_at,retention_class,under18_at_capture,self_defined_ethnicity,sex,age_band',
    ]
      .concat(
        entries.map(
          (e, i) => `${relative(facesDir, e.file)},BENCH/${e.identity},CU/${i},2024-01-01,CONVICTED,false,,,`,
        ),
      )
      .join('\n'),
  );
  const db = await openDatabase();
  await db.migrate();
  await seedDemoData(db);
  const sessions = availableParallelism();
  const faces = await createFacePipeline({ sessions });
  const services = createServices(db, faces);
  const concurrency = Number(opt.concurrency ?? availableParallelism() * 2);
  const load = loadavg()[0];
  try {
    const report = await runBulkEnrolment(db, services.gallery, {
      forceCode: 'SWP',
      officerSubject: 'swp.gallery',
      manifestPath: manifest,
      imagesDir: facesDir,
      concurrency,
    });
    const c = report.counts;
    console.log(
      `${db.kind}, ${sessions} inference sessions, concurrency ${concurrency}, load average at start ${load.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `${entries.length} images in ${report.seconds.toFixed(1)} s: ${(entries.length / report.seconds).toFixed(1)} images/s (${report.imagesPerSecond.toFixed(1)} analysed/s)`,
    );
    console.log(
      `enrolled ${c.ENROLLED}, duplicate ${c.DUPLICATE}, no face ${c.NO_FACE}, several faces ${c.MULTIPLE_FACES}, low quality ${c.LOW_QUALITY}, unreadable ${c.UNREADABLE}, bad rows ${c.BAD_ROW}`,
    );
  } finally {
    await faces.close();
    await db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

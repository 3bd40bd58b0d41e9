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
import { availableParallelism, loadavg } from 'node:os';

import { seedDemoData } from '../src/db/demo-data';
import { createFacePipeline } from '../src/inference';
import { createServices } from '../src/services';
import { args } from './gallery-search/lib';
import { enrolFaceFolder, openScratchDatabase } from './support/enrolment';

const BENCH_DB = 'twokey_bench_enrolment';

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir) {
    process.stderr.write('usage: npm run bench:enrol -- <faces-dir> [--concurrency N]\n');
    process.exit(2);
  }
  const db = await openScratchDatabase(BENCH_DB);
  await db.migrate();
  await seedDemoData(db);
  const sessions = availableParallelism();
  const faces = await createFacePipeline({ sessions });
  const services = createServices(db, faces);
  const concurrency = Number(opt.concurrency ?? availableParallelism() * 2);
  const load = loadavg()[0];
  try {
    const { images, report } = await enrolFaceFolder(db, services.gallery, facesDir, concurrency);
    const c = report.counts;
    console.log(
      `${db.kind}, ${sessions} inference sessions, concurrency ${concurrency}, load average at start ${load.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `${images} images in ${report.seconds.toFixed(1)} s: ${(images / report.seconds).toFixed(1)} images/s (${report.imagesPerSecond.toFixed(1)} analysed/s)`,
    );
    console.log(
      `enrolled ${c.ENROLLED}, duplicate ${c.DUPLICATE}, no face ${c.NO_FACE}, several faces ${c.MULTIPLE_FACES}, low quality ${c.LOW_QUALITY}, unreadable ${c.UNREADABLE}, bad rows ${c.BAD_ROW}`,
    );
  } finally {
    await faces.close();
    await db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

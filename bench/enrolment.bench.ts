/**
 * Enrolment throughput: a folder-per-identity face set enrolled through the bulk enrolment path
 * (inference, duplicate check, image bytes, template, index updates, audit event per image) into a
 * fresh database with the demo forces.
 *
 *   DATABASE_URL=postgres://… npm run bench:enrol -- <faces-dir> [--concurrency N]   # PostgreSQL
 *   npm run bench:enrol -- <faces-dir>                                               # embedded PGlite
 *   DATABASE_URL=postgres://… npm run bench:enrol -- <faces-dir> --replica <replica server url>
 *
 * Prints images/s over the whole run (what an operator waits for) and per outcome. With --replica (a
 * streaming replica of DATABASE_URL's server, e.g. what `.ci/replica.sh start` prints) it samples
 * the replica's replication lag every 250 ms during the enrolment, as the service's lag metrics
 * measure it (ReplicaRouter.lag(): WAL bytes written on the primary and not yet replayed, and the
 * age of the last replayed transaction while behind), and prints its max, p95 and final value.
 */
import 'reflect-metadata';
import { availableParallelism, loadavg } from 'node:os';

import { seedDemoData } from '../src/db/demo-data';
import { createFacePipeline } from '../src/inference';
import { createServices } from '../src/services';
import { args } from './gallery-search/lib';
import { enrolFaceFolder, openScratchDatabase } from './support/enrolment';
import { lagLine, openReplicaRouter, sampleLag } from './support/replica';

const BENCH_DB = 'twokey_bench_enrolment';

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir) {
    process.stderr.write(
      'usage: npm run bench:enrol -- <faces-dir> [--concurrency N] [--replica <server url>]\n',
    );
    process.exit(2);
  }
  if (opt.replica && !process.env.DATABASE_URL) throw new Error('--replica needs DATABASE_URL (PostgreSQL)');
  const db = await openScratchDatabase(BENCH_DB);
  await db.migrate();
  await seedDemoData(db);
  const sessions = availableParallelism();
  const faces = await createFacePipeline({ sessions });
  const services = createServices(db, faces);
  const concurrency = Number(opt.concurrency ?? availableParallelism() * 2);
  const load = loadavg()[0];
  const router = opt.replica ? await openReplicaRouter(db, opt.replica) : null;
  try {
    const lag = router ? sampleLag(router, 250) : null;
    const { images, report } = await enrolFaceFolder(db, services.gallery, facesDir, concurrency);
    const lagSummary = await lag?.stop();
    const c = report.counts;
    console.log(
      `${db.kind}, ${sessions} inference sessions, concurrency ${concurrency}, load average at start ${load.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `${images} images in ${report.seconds.toFixed(1)} s: ${(images / report.seconds).toFixed(1)} images/s (${report.imagesPerSecond.toFixed(1)} analysed/s)`,
    );
    if (lagSummary) console.log(lagLine(new URL(opt.replica).host, lagSummary));
    console.log(
      `enrolled ${c.ENROLLED}, duplicate ${c.DUPLICATE}, no face ${c.NO_FACE}, several faces ${c.MULTIPLE_FACES}, low quality ${c.LOW_QUALITY}, unreadable ${c.UNREADABLE}, bad rows ${c.BAD_ROW}`,
    );
  } finally {
    await router?.close();
    await faces.close();
    await db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

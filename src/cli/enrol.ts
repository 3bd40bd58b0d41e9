import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config/config';
import { Database } from '../db';
import { migrateAsOwner, withOwnerDatabase } from '../db/database-roles';
import { FaceSearchRepository } from '../db/face-search.repository';
import { createFacePipeline, type FaceChoiceBy, type FaceRule } from '../inference';
import { createLogger } from '../logging/logger';
import { countManifestRows, MANIFEST_COLUMNS, runBulkEnrolment } from '../services/bulk-enrolment.service';
import { createServices } from '../services';

const USAGE = `usage: npm run enrol -- --force SWP --manifest custody.csv --images dir/ [--officer swp.gallery] [--face central|largest] [--concurrency N] [--defer-indexes] [--json]

Enrols custody photographs listed in a CSV manifest with the columns
  ${MANIFEST_COLUMNS.join(', ')}
(file is relative to --images; retention_class is CONVICTED, CHARGED_PENDING, NOT_CHARGED or
NO_FURTHER_ACTION; face_index, optional, names the face to enrol in a photo with several, counting
every face found from 0, left to right). Safe to re-run: images already enrolled are skipped by their hash, so an
interrupted run resumes where it stopped. Uses DATABASE_URL (and DATABASE_MIGRATION_URL, the owner
role's, for migrations and --defer-indexes), or the embedded database (stop the service first: the
embedded database has one connection).

A photo with several faces of which one is usable (big and sharp enough) enrols that one. With
several usable faces and no face_index, --face picks one: central (box centre nearest the image
centre) or largest (largest box); without it such a photo is reported as "several faces". The
report lists which face each such photo enrolled and what chose it.

--defer-indexes is for the first load of a large gallery, before the service searches it: the
search indexes are dropped and built once at the end, hours faster than row by row at 500,000
images. Searches stay correct meanwhile, but slow. Every run ends by building missing indexes, so
re-running without the flag repairs a deferred run that was stopped.`;

const CHOSEN_BY: Record<FaceChoiceBy, string> = {
  index: 'face_index',
  'only-face': 'the only face',
  'only-usable-face': 'the only usable face',
  central: '--face central',
  largest: '--face largest',
  'best-face': 'the best face',
};

async function main() {
  const { values } = parseArgs({
    options: {
      force: { type: 'string' },
      manifest: { type: 'string' },
      images: { type: 'string' },
      officer: { type: 'string', default: 'swp.gallery' },
      concurrency: { type: 'string' },
      face: { type: 'string' },
      'defer-indexes': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.force || !values.manifest || !values.images) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  if (values.face !== undefined && values.face !== 'central' && values.face !== 'largest') {
    process.stderr.write(`--face must be central or largest\n\n${USAGE}\n`);
    process.exit(2);
  }
  const faceRule = values.face as FaceRule | undefined;
  const config = loadConfig(process.env, 'tool');
  const logger = createLogger('warn');
  const db = await Database.open(config.database, logger);
  // migrations and dropping indexes need the owner role (DATABASE_MIGRATION_URL, when the
  // service's own role is in DATABASE_URL); the enrolment itself runs as the service does
  await migrateAsOwner(config.database, db, logger);
  if (values['defer-indexes'])
    await withOwnerDatabase(config.database, db, logger, (owner) =>
      owner.transaction(({ manager }) => FaceSearchRepository.dropSearchIndexes(manager)),
    );
  const faces = await createFacePipeline({
    sessions: config.inference.sessions || undefined,
    intraOpThreads: config.inference.intraOpThreads,
    maxInputBytes: config.images.maxBytes,
    maxInputPixels: config.inference.maxInputPixels,
    faceModel: config.inference.faceModel,
  });
  const services = createServices(db, faces);

  const abort = new AbortController();
  const stop = () => {
    process.stderr.write('\nstopping after the images in flight (run again to resume)…\n');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const total = await countManifestRows(values.manifest);
  const bar = new SingleBar({
    format:
      'enrolling [{bar}] {percentage}% | {value}/{total} | {rate} img/s | ETA {eta_formatted} | enrolled {enrolled} skipped {skipped} problems {problems}',
    hideCursor: true,
    noTTYOutput: !process.stderr.isTTY,
    notTTYSchedule: 5000,
    stream: process.stderr,
  });
  const tally = { enrolled: 0, skipped: 0, problems: 0 };
  const startedAt = Date.now();
  bar.start(total, 0, { ...tally, rate: '0.0' });
  try {
    const report = await runBulkEnrolment(db, services.gallery, {
      forceCode: values.force,
      officerSubject: values.officer!,
      manifestPath: values.manifest,
      imagesDir: values.images,
      concurrency: values.concurrency ? Number(values.concurrency) : availableParallelism() * 2,
      faceRule,
      signal: abort.signal,
      onProgress: (done, outcome) => {
        if (outcome === 'ENROLLED') tally.enrolled += 1;
        else if (outcome === 'DUPLICATE') tally.skipped += 1;
        else tally.problems += 1;
        bar.update(done, { ...tally, rate: (done / ((Date.now() - startedAt) / 1000)).toFixed(1) });
      },
    });
    bar.stop();
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const c = report.counts;
      process.stdout.write(
        `\nenrolled ${c.ENROLLED}, already enrolled ${c.DUPLICATE}, no face ${c.NO_FACE}, several faces ${c.MULTIPLE_FACES}, ` +
          `low quality ${c.LOW_QUALITY}, unreadable ${c.UNREADABLE}, bad rows ${c.BAD_ROW}  ` +
          `(${report.seconds.toFixed(1)} s, ${report.imagesPerSecond.toFixed(1)} images analysed per second)\n`,
      );
      for (const p of report.problems)
        process.stdout.write(
          `  line ${p.line}  ${p.outcome.padEnd(14)} ${p.file}${p.detail ? `  (${p.detail})` : ''}\n`,
        );
      if (report.faceChoices.length) process.stdout.write('photos with several faces, the face enrolled:\n');
      for (const f of report.faceChoices)
        process.stdout.write(
          `  line ${f.line}  face ${f.faceIndex} of ${f.faceCount} (${CHOSEN_BY[f.chosenBy]})  ${f.file}\n`,
        );
    }
    if (!abort.signal.aborted) {
      process.stderr.write('building any missing search indexes…\n');
      await db.transaction(({ manager }) => FaceSearchRepository.ensureSearchIndexes(manager));
    }
    process.exitCode = abort.signal.aborted ? 130 : 0;
  } finally {
    bar.stop();
    await faces.close();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`enrolment failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

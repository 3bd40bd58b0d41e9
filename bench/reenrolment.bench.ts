/**
 * Re-enrolment throughput: how long `npm run reenrol` takes to make another face model version's
 * templates of a stored gallery of N custody images (default 20,000).
 *
 *   DATABASE_URL=postgres://… npm run bench:reenrol -- <faces-dir> [--images 20000] [--model mobilefacenet-192] [--batch 32] [--force SWP]
 *   npm run bench:reenrol -- <faces-dir> --images 2000                                # embedded PGlite
 *
 * 1. A fresh scratch database (`twokey_bench_reenrol` on the PostgreSQL server of DATABASE_URL,
 *    else PGlite in memory), migrated, with the demo forces.
 * 2. The folder-per-identity face set enrolled in SWP through the bulk enrolment path with the
 *    configured face model (FACE_MODEL, default the manifest's): real templates, boxes and bytes.
 * 3. The gallery grown to --images stored images. THE EXTRA IMAGES ARE COPIES OF THE ENROLLED
 *    ONES' BYTES: each copy is a new custody image row (new id, reference `<reference>/copy<n>`,
 *    same person, force and record), its stored bytes the source JPEG with a comment segment
 *    naming the copy inserted after the start marker (so the bytes, and the recorded sha256 of
 *    them, are the copy's own, as the force-wide duplicate check requires, and they decode to the
 *    very same pixels), and a copy of each of the source's templates and template failures. What
 *    a re-enrolment reads of an image (its bytes, and the box of its existing template) is then
 *    as real as the enrolled images'; detection and quality come out as for the source. Copies
 *    are written by SQL, not enrolled: they have no CUSTODY_IMAGE_ENROLLED audit event (a
 *    re-enrolment never reads those), and the enrolment's duplicate search is not run on them.
 * 4. `runReenrolment` to --model (a face model name or version the models manifest offers, not
 *    the enrolled one) over the forces of --force (default every force), with the face models set
 *    up as `npm run reenrol` sets them up (INFERENCE_SESSIONS, INFERENCE_THREADS and the image
 *    limits apply as there).
 *
 * Prints the images, templates made, failures by reason, seconds and images/s of the
 * re-enrolment (its own clock: from the start of the run, the target model's start included, to
 * the last batch's commit), its inference sessions and batch size, the CPU, the load average at
 * its start and end, and the seconds of the enrolment and growth steps. Nothing is written beside
 * the scratch database, which is left for inspection (drop it when done).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';

import { loadConfig } from '../src/config/config';
import type { Database } from '../src/db';
import { seedDemoData } from '../src/db/demo-data';
import { Force } from '../src/entities';
import { createFacePipeline, defaultModelsDir, listFaceModels } from '../src/inference';
import { createServices } from '../src/services';
import {
  DEFAULT_REENROLMENT_BATCH,
  openReenrolmentModels,
  runReenrolment,
} from '../src/services/reenrolment.service';
import { In } from 'typeorm';
import { args } from './gallery-search/lib';
import { cpuSummary } from './support/cpu';
import { enrolFaceFolder, openScratchDatabase } from './support/enrolment';

const BENCH_DB = 'twokey_bench_reenrol';
const USAGE =
  'usage: npm run bench:reenrol -- <faces-dir> [--images 20000] [--model mobilefacenet-192] [--batch 32] [--force SWP[,GWP]]';
/** copies written per transaction while growing the gallery */
const COPY_CHUNK = 500;

const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`--${name} must be a positive whole number\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

/** A table's columns in order (the copies take every column of their source but those they change). */
async function columns(db: Database, table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await db.manager.query(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`no table ${table}`);
  return rows.map((r) => r.name);
}

/** `INSERT INTO table (every column) SELECT …`, each column from `alias` unless overridden. */
function copyInsert(table: string, cols: string[], alias: string, overrides: Record<string, string>): string {
  const list = cols.map((c) => `"${c}"`).join(', ');
  const values = cols.map((c) => overrides[c] ?? `${alias}."${c}"`).join(', ');
  return `INSERT INTO "${table}" (${list}) SELECT ${values}`;
}

/**
 * Grows the forces' galleries to `target` stored images (not deleted) with copies of their JPEG
 * images, in turn by id (see the header). Returns the images before and the copies made.
 */
async function growGallery(
  db: Database,
  forceIds: string[],
  target: number,
): Promise<{ before: number; copies: number }> {
  const [{ n: before }]: Array<{ n: number }> = await db.manager.query(
    `SELECT count(*)::int AS n FROM custody_image WHERE force_id = ANY($1::uuid[]) AND status <> 'DELETED'`,
    [forceIds],
  );
  const wanted = target - before;
  if (wanted <= 0) return { before, copies: 0 };
  const sources: string[] = (
    await db.manager.query(
      `SELECT i.id FROM custody_image i JOIN custody_image_blob b ON b.image_id = i.id
        WHERE i.force_id = ANY($1::uuid[]) AND i.status = 'ACTIVE' AND b.mime_type = 'image/jpeg' ORDER BY i.id`,
      [forceIds],
    )
  ).map((r: { id: string }) => r.id);
  if (sources.length === 0) throw new Error('the gallery holds no JPEG image to copy');

  const from = `FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS c(id, source, n)`;
  const comment = `convert_to('twokey bench copy ' || c.n, 'UTF8')`;
  // SOI, then a COM segment (marker, length including itself, text), then the rest of the source
  const bytes = `substring(b.bytes FROM 1 FOR 2) || '\\xfffe'::bytea || int2send((2 + octet_length(${comment}))::int2) || ${comment} || substring(b.bytes FROM 3)`;
  const image = copyInsert('custody_image', await columns(db, 'custody_image'), 'i', {
    id: 'c.id',
    custody_reference: `i.custody_reference || '/copy' || c.n`,
    image_sha256: `encode(sha256(${bytes}), 'hex')`,
    created_at: 'now()',
  });
  const blob = copyInsert('custody_image_blob', await columns(db, 'custody_image_blob'), 'b', {
    image_id: 'c.id',
    bytes,
  });
  const template = copyInsert('face_template', await columns(db, 'face_template'), 't', {
    image_id: 'c.id',
    created_at: 'now()',
  });
  const failure = copyInsert('template_failure', await columns(db, 'template_failure'), 'f', {
    image_id: 'c.id',
    recorded_at: 'now()',
  });

  for (let start = 0; start < wanted; start += COPY_CHUNK) {
    const count = Math.min(COPY_CHUNK, wanted - start);
    const ids = Array.from({ length: count }, () => randomUUID());
    const of = ids.map((_, i) => sources[(start + i) % sources.length]);
    const n = ids.map((_, i) => start + i + 1);
    await db.transaction(async ({ manager }) => {
      const params = [ids, of, n];
      await manager.query(
        `${image} ${from} JOIN custody_image i ON i.id = c.source JOIN custody_image_blob b ON b.image_id = c.source`,
        params,
      );
      await manager.query(`${blob} ${from} JOIN custody_image_blob b ON b.image_id = c.source`, params);
      await manager.query(`${template} ${from} JOIN face_template t ON t.image_id = c.source`, params);
      await manager.query(`${failure} ${from} JOIN template_failure f ON f.image_id = c.source`, params);
    });
  }
  // fresh statistics, as a gallery that grew over months would have
  await db.manager.query(`ANALYZE custody_image, custody_image_blob, face_template, template_failure`);
  return { before, copies: wanted };
}

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const images = wholeNumber('images', opt.images, 20_000);
  const batch = wholeNumber('batch', opt.batch, DEFAULT_REENROLMENT_BATCH);
  const model = opt.model ?? 'mobilefacenet-192';
  const forceCodes = opt.force ? opt.force.split(',').map((c) => c.trim()) : undefined;
  const config = loadConfig(process.env, 'tool');

  // the target must be another model than the enrolled one, or there is nothing to re-enrol
  const listed = listFaceModels(defaultModelsDir());
  const configured = config.inference.faceModel ?? listed.defaultFaceModel;
  const wanted = listed.models.find((m) => m.modelVersion === model || m.faceModel === model);
  if (!wanted || wanted.faceModel === configured) {
    process.stderr.write(
      `--model must be another face model than the enrolled ${configured}: one of ${listed.models
        .filter((m) => m.faceModel !== configured)
        .map((m) => m.faceModel)
        .join(', ')}\n`,
    );
    process.exit(2);
  }

  const db = await openScratchDatabase(BENCH_DB);
  try {
    await db.migrate();
    await seedDemoData(db);
    console.log(`${db.kind}; CPU ${cpuSummary()}; ${availableParallelism()} cores; Node ${process.version}`);

    // 1. the face set, enrolled as bench:enrol enrols it
    const enrolSessions = config.inference.sessions || availableParallelism();
    const enrolFaces = await createFacePipeline({ faceModel: configured, sessions: enrolSessions });
    const enrolServices = createServices(db, enrolFaces);
    let enrolled;
    try {
      enrolled = await enrolFaceFolder(db, enrolServices.gallery, facesDir, enrolSessions * 2);
    } finally {
      await enrolServices.models.close();
      await enrolFaces.close();
    }
    const c = enrolled.report.counts;
    console.log(
      `enrolment (${enrolFaces.modelVersion}, ${enrolSessions} sessions): ${enrolled.images} images in ${enrolled.report.seconds.toFixed(1)} s; ` +
        `enrolled ${c.ENROLLED}, duplicate ${c.DUPLICATE}, no face ${c.NO_FACE}, several faces ${c.MULTIPLE_FACES}, low quality ${c.LOW_QUALITY}, unreadable ${c.UNREADABLE}, bad rows ${c.BAD_ROW}`,
    );

    // 2. the gallery grown to --images
    const forces = forceCodes
      ? await db.manager.find(Force, { where: { code: In(forceCodes) } })
      : await db.manager.find(Force);
    const unknown = (forceCodes ?? []).filter((code) => !forces.some((f) => f.code === code));
    if (unknown.length) throw new Error(`no force with code ${unknown.join(', ')}`);
    const growStarted = process.hrtime.bigint();
    const grown = await growGallery(
      db,
      forces.map((f) => f.id),
      images,
    );
    const growSeconds = Number(process.hrtime.bigint() - growStarted) / 1e9;
    console.log(
      grown.copies
        ? `growth: ${grown.before} stored images + ${grown.copies} copies of their bytes = ${grown.before + grown.copies} in ${growSeconds.toFixed(1)} s`
        : `growth: none (${grown.before} stored images already, --images ${images})`,
    );

    // 3. the re-enrolment, with the face models npm run reenrol starts
    const { target, primary, models, close } = await openReenrolmentModels(config, model);
    try {
      const services = createServices(db, primary, { models });
      await services.modelVersions.assignDefaults();
      const loadAtStart = loads();
      let done = 0;
      let nextLine = 0;
      const report = await runReenrolment(db, services, {
        model: target.modelVersion,
        forceCodes,
        batch,
        onProgress: (p) => {
          done = p.done;
          if (p.done >= nextLine) {
            process.stderr.write(`  ${p.done}/${p.total} (load average ${loads()})\n`);
            nextLine = p.done + Math.max(batch, Math.ceil(p.total / 10));
          }
        },
      });
      const loadAtEnd = loads();
      const sessions = (await models.pipeline(target.modelVersion)).workersAlive?.() ?? NaN;
      const reasons = Object.entries(report.failureReasons)
        .map(([reason, count]) => `${reason} ${count}`)
        .join(', ');
      console.log(
        `re-enrolment to ${report.modelVersion}: ${done} images, ${report.templates} templates made, ${report.failures} failures${reasons ? ` (${reasons})` : ''}, ` +
          `${report.seconds.toFixed(1)} s: ${report.imagesPerSecond.toFixed(1)} images/s`,
      );
      console.log(
        `  ${sessions} inference sessions, batch ${batch}; load average at start ${loadAtStart}, at end ${loadAtEnd}`,
      );
      for (const f of report.forces)
        console.log(
          `  ${f.code}: ${f.coverage.enrolled} templates, ${f.coverage.failures} without a usable face, ${f.coverage.missing} still to do, of ${f.coverage.images} images`,
        );
    } finally {
      await close();
    }
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

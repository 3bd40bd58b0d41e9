import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { Database } from '../db';
import { migrateAsOwner } from '../db/database-roles';
import { DomainError } from '../errors';
import { defaultModelsDir, listFaceModels } from '../inference';
import { createLogger } from '../logging/logger';
import { createServices } from '../services';
import { runValidation } from '../services/model-validation.run';
import { openReenrolmentModels } from '../services/reenrolment.service';

const USAGE = `usage: npm run validate-model -- --force SWP --manifest labelled.csv --images dir/
         --description "what the set is" [--model <name or version>] [--run-by "who"]
         [--gallery-size N] [--top-k 20] [--min-group-size 30] [--fmr-target 0.0001]
         [--max-ratio 2] [--ladder from:to:steps] [--out dir] [--json]

Runs the force's own labelled test set through a face model version (default: the force's active
one) and records a validation: false match and false non-match rates (and rank-1 / top-K hit
rates) per demographic group at a ladder of thresholds, with 95% intervals and group sizes, the
set's description and sha256, who ran it and when, and the equitable threshold: the lowest
threshold at which every group's false match rate is at most the target (default: the force's
floor) and, within each attribute, the worst group's is at most --max-ratio times the best's.
Groups of fewer than --min-group-size people are reported and left out of that threshold.

The manifest is a CSV with the columns file (relative to --images), identity, ethnicity, sex,
age_band (self-defined per image; empty: "not stated") and optionally role (gallery or probe).
Without role: each person's first image (by file name) is enrolled and the others are mated
probes; of the people with one image, every other one is a non-mated probe and the rest are
enrolled; --gallery-size trims those distractors. A force switches to a model version only once
it has validated it (proposeModelSwitch). Writes report.csv and report.html to --out (default .).
Uses DATABASE_URL (the embedded database has one connection: stop the service first there).`;

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    process.stderr.write(`--${name} must be a number\n\n${USAGE}\n`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      force: { type: 'string' },
      manifest: { type: 'string' },
      images: { type: 'string' },
      description: { type: 'string' },
      model: { type: 'string' },
      'run-by': { type: 'string' },
      'gallery-size': { type: 'string' },
      'top-k': { type: 'string' },
      'min-group-size': { type: 'string' },
      'fmr-target': { type: 'string' },
      'max-ratio': { type: 'string' },
      ladder: { type: 'string' },
      out: { type: 'string', default: '.' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.force || !values.manifest || !values.images || !values.description) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  let ladder: number[] | undefined;
  if (values.ladder) {
    const [from, to, steps] = values.ladder.split(':').map(Number);
    if (![from, to, steps].every(Number.isFinite) || !Number.isInteger(steps) || steps < 1 || from >= to) {
      process.stderr.write(`--ladder must be from:to:steps, e.g. 0.2:0.6:40\n\n${USAGE}\n`);
      process.exit(2);
    }
    ladder = Array.from(
      { length: steps + 1 },
      (_, i) => Math.round((from + ((to - from) * i) / steps) * 1e4) / 1e4,
    );
  }
  const config = loadConfig(process.env, 'tool');
  const logger = createLogger('warn');
  // the pipeline of --model, else of the configured model; runValidation loads the force's active version if another
  const model =
    values.model ?? config.inference.faceModel ?? listFaceModels(defaultModelsDir()).defaultFaceModel;
  const { primary, models, close } = await openReenrolmentModels(config, model).catch((error: unknown) => {
    if (!(error instanceof DomainError && error.code === 'MODEL_VERSION_UNAVAILABLE')) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  });
  const db = await Database.open(config.database, logger).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  try {
    await migrateAsOwner(config.database, db, logger);
    const services = createServices(db, primary, { models });
    await services.modelVersions.assignDefaults();
    const report = await runValidation(db, services, {
      forceCode: values.force,
      model: values.model,
      manifestPath: values.manifest,
      imagesDir: values.images,
      description: values.description,
      runBy: values['run-by'] ?? userInfo().username,
      gallerySize: number('gallery-size', values['gallery-size']),
      topK: number('top-k', values['top-k']),
      minGroupSize: number('min-group-size', values['min-group-size']),
      falseMatchRateTarget: number('fmr-target', values['fmr-target']),
      maxGroupRatio: number('max-ratio', values['max-ratio']),
      ladder,
      outDir: values.out,
      onProgress: (done, total) => {
        if (done % 50 === 0 || done === total) process.stderr.write(`analysed ${done}/${total} images\n`);
      },
    });
    const v = report.validation;
    if (values.json) process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
    else {
      process.stdout.write(
        `validation ${v.id} of ${v.modelVersion}: ${v.imageCount} images (${v.unusableImages} without a usable face), ` +
          `gallery ${v.gallerySize}, ${v.matedSearches} mated and ${v.nonMatedSearches} non-mated searches\n` +
          `equitable threshold: ${v.equitableThreshold ?? 'none on the ladder'}\n`,
      );
      for (const g of v.groups)
        process.stdout.write(
          `  ${g.attribute}=${g.value}: ${g.people} people${g.belowMinimumSize ? ' (below the minimum size)' : ''}\n`,
        );
      for (const f of report.files) process.stdout.write(`wrote ${f}\n`);
    }
  } finally {
    await close();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`validation failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

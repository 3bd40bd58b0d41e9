import 'reflect-metadata';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config/config';
import { Database } from '../db';
import { migrateAsOwner } from '../db/database-roles';
import { DomainError } from '../errors';
import { createLogger } from '../logging/logger';
import { createServices } from '../services';
import {
  DEFAULT_REENROLMENT_BATCH,
  openReenrolmentModels,
  runReenrolment,
} from '../services/reenrolment.service';

const USAGE = `usage: npm run reenrol -- --model <name or version> [--force SWP[,GWP]] [--batch N] [--json]

Makes the templates of another face model version (e.g. --model mobilefacenet-192) from the
custody images' stored bytes, beside the running service (DATABASE_URL; the embedded database
has one connection, so stop the service first there). The version becomes ENROLLING in the
forces' galleries, so new enrolments write its templates too. Images are written --batch at a
time (default 32), each batch its own short transaction, so searches on the active version go
on. Resumable: a stopped or killed run picks up the images still lacking the version's template
(or a recorded failure: no usable face under that model) and never writes one twice. Its start
and each force's completion are audited. A gallery manager then proposes switching the force
to the version and a second one approves (GraphQL proposeModelSwitch / approveModelSwitch).`;

async function main() {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      force: { type: 'string' },
      batch: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.model) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const batch = values.batch === undefined ? DEFAULT_REENROLMENT_BATCH : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) {
    process.stderr.write(`--batch must be a positive whole number\n\n${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfig(process.env, 'tool');
  const logger = createLogger('warn');
  // the target's pipeline gets the configured sessions, the configured model (what forces without
  // a recorded version use) only one unless it is the target
  const { target, primary, models, close } = await openReenrolmentModels(config, values.model).catch(
    (error: unknown) => {
      if (!(error instanceof DomainError && error.code === 'MODEL_VERSION_UNAVAILABLE')) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    },
  );
  const db = await Database.open(config.database, logger).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  await migrateAsOwner(config.database, db, logger);
  const services = createServices(db, primary, { models });

  const abort = new AbortController();
  const stop = () => {
    process.stderr.write('\nstopping after the batch in flight (run again to resume)…\n');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const bar = new SingleBar({
    format:
      're-enrolling [{bar}] {percentage}% | {value}/{total} | {rate} img/s | ETA {eta_formatted} | templates {templates} no usable face {failures}',
    hideCursor: true,
    noTTYOutput: false,
    stream: process.stderr,
  });
  const startedAt = Date.now();
  try {
    // forces without a recorded version keep the configured one (as the service does at start-up)
    await services.modelVersions.assignDefaults();
    const report = await runReenrolment(db, services, {
      model: target.modelVersion,
      forceCodes: values.force ? values.force.split(',').map((c) => c.trim()) : undefined,
      batch,
      signal: abort.signal,
      onStart: (total) => bar.start(total, 0, { templates: 0, failures: 0, rate: '0.0' }),
      onProgress: ({ done, total, templates, failures }) => {
        const rate = (done / ((Date.now() - startedAt) / 1000)).toFixed(1);
        bar.setTotal(total);
        bar.update(done, { templates, failures, rate });
        // into a log file (no terminal): one plain line per batch
        if (!process.stderr.isTTY)
          process.stderr.write(
            `progress ${done}/${total} templates ${templates} no usable face ${failures} ${rate} img/s\n`,
          );
      },
    });
    bar.stop();
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      process.stdout.write(
        `\n${report.stopped ? 'stopped' : 'done'}: ${report.modelVersion}, ${report.templates} templates made, ${report.failures} images without a usable face ` +
          `(${Object.entries(report.failureReasons)
            .map(([k, v]) => `${k} ${v}`)
            .join(
              ', ',
            )}) in ${report.seconds.toFixed(1)} s: ${report.imagesPerSecond.toFixed(1)} images/s (load average ${loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')})\n`,
      );
      for (const f of report.forces)
        process.stdout.write(
          `  ${f.code}: ${f.coverage.enrolled} templates, ${f.coverage.failures} without a usable face, ${f.coverage.missing} still to do, of ${f.coverage.images} images${f.coverage.missing === 0 ? ' (complete)' : ''}\n`,
        );
    }
    process.exitCode = report.stopped ? 130 : 0;
  } finally {
    bar.stop();
    await close();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`re-enrolment failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

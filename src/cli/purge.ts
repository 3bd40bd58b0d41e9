import 'reflect-metadata';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { loadConfig } from '../config/config';
import { Database } from '../db';
import { migrateAsOwner } from '../db/database-roles';
import { DomainError } from '../errors';
import { createLogger } from '../logging/logger';
import { RetentionService } from '../services/retention.service';
import { UnitOfWork } from '../services/unit-of-work';

const USAGE = `usage: npm run purge -- [--force SWP[,GWP]] [--dry-run] [--batch N] [--json]

Purges the search requests that their force's retention periods make due now (setRetentionPolicy;
a hold for proceedings keeps a request out): each request's probe image and template, candidate
list and review decisions are deleted in one transaction per request, leaving a tombstone
(search_request_purge: when, which rule, counts) and an audit event without biometric data. A
request whose purge fails is rolled back alone, audited, and tried again at the next run.

  --force     only these forces (codes); every force by default
  --dry-run   report what is due and what it holds; delete nothing
  --batch N   purge at most N requests in this run (default: every request due)
  --json      print the report as JSON

The service's workflow sweep does the same every pass (RETENTION_PURGE_BATCH requests at most).
Uses DATABASE_URL, or the embedded database (stop the service first: it has one connection).`;

async function main() {
  const { values } = parseArgs({
    options: {
      force: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      batch: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const batch = values.batch === undefined ? Number.MAX_SAFE_INTEGER : Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1) {
    process.stderr.write(`--batch must be a positive whole number\n\n${USAGE}\n`);
    process.exit(2);
  }
  const forceCodes = values.force
    ?.split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const config = loadConfig(process.env, 'tool');
  const logger = createLogger('warn');
  const db = await Database.open(config.database, logger);
  const bar = new SingleBar({
    format:
      'purging [{bar}] {percentage}% | {value}/{total} requests | failed {failed} | ETA {eta_formatted}',
    hideCursor: true,
    noTTYOutput: false,
    stream: process.stderr,
  });
  const abort = new AbortController();
  const stop = () => {
    process.stderr.write('\nstopping after the request in flight (run again to go on)…\n');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const startedAt = Date.now();
  try {
    await migrateAsOwner(config.database, db, logger);
    const retention = new RetentionService(db, new UnitOfWork(db));
    const report = await retention.purgeDue({
      forceCodes,
      dryRun: values['dry-run'],
      batch,
      signal: abort.signal,
      onStart: (total) => bar.start(total, 0, { failed: 0 }),
      onProgress: ({ done, total, failed }) => {
        bar.update(done, { failed });
        // into a log file (no terminal): one plain line per request
        if (!process.stderr.isTTY) process.stderr.write(`progress ${done}/${total} failed ${failed}\n`);
      },
    });
    bar.stop();
    const seconds = (Date.now() - startedAt) / 1000;
    if (values.json) process.stdout.write(`${JSON.stringify({ ...report, seconds }, null, 2)}\n`);
    else {
      const t = report.totals;
      process.stdout.write(
        `\n${report.dryRun ? 'dry run: would purge' : report.stopped ? 'stopped after purging' : 'purged'} ${report.purged.length} of ${report.due} requests due` +
          `${report.failed.length ? `, ${report.failed.length} failed (rolled back, tried again next run)` : ''} in ${seconds.toFixed(1)} s ` +
          `(load average ${loadavg()
            .map((l) => l.toFixed(2))
            .join(' ')})\n` +
          `  probe images ${t.probeImages} (${t.probeImageBytes} bytes), probe templates ${t.probeTemplates}, derived probe images ${t.derivedProbeImages}, ` +
          `candidates ${t.candidates}, review decisions ${t.reviewDecisions}, lead outcomes unlinked ${t.leadOutcomesUnlinked}\n`,
      );
      for (const p of report.purged)
        process.stdout.write(
          `  ${p.forceCode} ${p.requestId} ${p.rule} (${p.retentionDays} days from ${p.countedFrom.toISOString()}): ${p.counts.candidates} candidates, ${p.counts.probeImages} probe image\n`,
        );
      for (const f of report.failed) process.stdout.write(`  failed ${f.requestId}: ${f.code}\n`);
    }
    process.exitCode = report.failed.length ? 1 : report.stopped ? 130 : 0;
  } catch (error) {
    bar.stop();
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else throw error;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`purge failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

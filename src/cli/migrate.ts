import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { Database } from '../db';
import { MIGRATION_LOCK_KEY } from '../db/database';
import { ownerTarget } from '../db/database-roles';
import { createLogger } from '../logging/logger';

const USAGE = `usage: npm run migrate              apply pending migrations, then exit
       npm run migrate:status       list applied and pending migrations (exit status 3 while any is pending)

Runs as the owner role: DATABASE_MIGRATION_URL when set, else DATABASE_URL; without DATABASE_URL,
the embedded database in PGLITE_DATA_DIR (stop the service first: it has one connection). On
PostgreSQL the run holds an advisory lock (key ${MIGRATION_LOCK_KEY}) throughout: a second job or an
instance with MIGRATE_ON_START=true arriving meanwhile waits for it, then finds nothing pending.
In an image without the TypeScript toolchain: node dist/src/cli/migrate.js [--status].`;

/** Exit status of `--status` while migrations are pending (0: none; 1: it could not tell). */
const PENDING_EXIT = 3;

async function main() {
  const { values } = parseArgs({
    options: { status: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(process.env, 'tool');
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const target = ownerTarget(config.database) ?? config.database;
  const db = await Database.open(target, logger);
  try {
    if (values.status) {
      const { applied, pending } = await db.migrationStatus();
      for (const name of applied) process.stdout.write(`[x] ${name}\n`);
      for (const name of pending) process.stdout.write(`[ ] ${name}\n`);
      process.stdout.write(
        pending.length
          ? `${pending.length} pending: run npm run migrate\n`
          : `up to date (${applied.length} applied)\n`,
      );
      process.exitCode = pending.length ? PENDING_EXIT : 0;
      return;
    }
    const started = Date.now();
    const applied = await db.migrate({
      onWait: () =>
        process.stderr.write(
          `another migration run holds the lock (advisory lock ${MIGRATION_LOCK_KEY}): waiting for it to finish\n`,
        ),
    });
    for (const name of applied) process.stdout.write(`applied ${name}\n`);
    process.stdout.write(
      applied.length
        ? `${applied.length} migration${applied.length === 1 ? '' : 's'} applied in ${Date.now() - started} ms\n`
        : 'nothing to migrate: up to date\n',
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(
    `migration failed: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});

import 'reflect-metadata';
import cluster from 'node:cluster';
import { Config, ConfigError, loadConfig } from './config/config';
import { PendingMigrationsError } from './db/database-roles';
import { DEMO_OFFICERS } from './db/demo-data';
import { createLogger } from './logging/logger';
import { bootstrap } from './server/bootstrap';
import { superviseWorkers } from './server/workers';

async function main() {
  const startedAt = process.hrtime.bigint();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.workers > 1 && cluster.isPrimary) return superviseWorkers(config, logger);
  const twokey = await bootstrap(config, logger);
  const url = twokey.app.url;

  const startupMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  logger.info({ url, database: twokey.db.kind, startupMs: Math.round(startupMs) }, 'twokey ready');
  if (config.database.kind === 'pglite') {
    process.stderr.write(
      `\n  twokey is running at ${url}  (embedded PGlite in ${config.database.dataDir}, started in ${(startupMs / 1000).toFixed(1)} s)\n` +
        `  Get a demo token:  npm run token -- swp.requester   (officers: ${DEMO_OFFICERS.map((o) => o.subject).join(', ')})\n` +
        `  Then:  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '{"query":"{ me { displayName roles } }"}'\n` +
        `  Or run one whole search against the demo gallery:  npm run demo:search\n\n`,
    );
  }

  if (config.auth.devKeyDir) {
    // development against PostgreSQL without an identity provider: tokens from the local key pair
    logger.warn(
      { keyDir: config.auth.devKeyDir },
      'verifying tokens with the local development key pair (npm run token -- <subject>); never in production',
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown grace period exceeded; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    try {
      // sockets closed with 1001, HTTP drained, timers stopped, event listener and pool closed
      await twokey.stop();
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'shutdown failed');
      process.exit(1);
    }
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`twokey failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  // pending migrations: a restart will not help until the migrate job has run
  process.exit(error instanceof PendingMigrationsError ? PendingMigrationsError.EXIT_CODE : 1);
});

import 'reflect-metadata';
import { createTokenVerifier } from './auth/token-verifier';
import { ConfigError, loadConfig } from './config/config';
import { Database } from './db';
import { DEMO_OFFICERS, seedDemoData } from './db/demo-data';
import { createLogger } from './logging/logger';
import { buildAppSchema } from './schema/build-schema';
import { startApp } from './server/app';
import { createRequestContextFactory } from './server/request-context.factory';
import { createServices } from './services';

async function main() {
  const startedAt = process.hrtime.bigint();
  let config;
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
  const db = await Database.open(config.database, logger);
  const applied = await db.migrate();
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  if (config.seedDemoData && (await seedDemoData(db))) logger.info('demo data created');

  const services = createServices(db);
  const contextFor = createRequestContextFactory(await createTokenVerifier(config.auth), services);
  const app = await startApp({ config, logger, db, schema: await buildAppSchema(), services, contextFor }, config.port, config.host);

  const startupMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  logger.info({ url: app.url, database: db.kind, startupMs: Math.round(startupMs) }, 'twokey ready');
  if (config.database.kind === 'pglite') {
    process.stderr.write(
      `\n  twokey is running at ${app.url}  (embedded PGlite in ${config.database.dataDir}, started in ${(startupMs / 1000).toFixed(1)} s)\n` +
        `  Get a demo token:  npm run token -- swp.requester   (officers: ${DEMO_OFFICERS.map((o) => o.subject).join(', ')})\n` +
        `  Then:  curl -s ${app.url} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d '{"query":"{ me { displayName roles } }"}'\n\n`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown grace period exceeded; exiting');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    await app.stop();
    await db.close();
    clearTimeout(timer);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  process.stderr.write(`twokey failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

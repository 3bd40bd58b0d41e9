import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config/config';
import { PendingMigrationsError } from '../db/database-roles';
import type { Logger } from '../logging/logger';

/** A worker that dies this soon after starting counts as a failed start. */
const FAILED_START_MS = 10_000;
/** Failed starts in a row after which the supervisor gives up (exit 1) rather than loop. */
const MAX_FAILED_STARTS = 5;

/**
 * The primary of `WEB_CONCURRENCY` service processes on one port (node:cluster hands each new
 * connection to a worker in turn): it serves nothing itself. The first worker starts alone, so
 * only one process migrates and seeds; the rest start once it listens. A worker that dies is
 * replaced; SIGTERM/SIGINT is passed to every worker, and the primary exits once all have, with
 * 0 only if each stopped cleanly. Each worker is a whole instance (its own pool, caches, event
 * listener and timers), as separate containers would be.
 */
export function superviseWorkers(config: Config, logger: Logger): void {
  let stopping = false;
  let failedStarts = 0;
  let cleanExits = true;
  const startedAt = new Map<Worker, number>();

  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker, Date.now());
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (code !== 0) cleanExits = false;
      if (startedAt.size === 0) process.exit(cleanExits ? 0 : 1);
      return;
    }
    if (code === PendingMigrationsError.EXIT_CODE) {
      // start-up refused until the migrate job has run: every replacement would be refused too
      logger.error({ pid: worker.process.pid, code }, 'service worker refused to start; giving up');
      process.exit(code);
    }
    failedStarts = lived < FAILED_START_MS ? failedStarts + 1 : 0;
    logger.error({ pid: worker.process.pid, code, signal, failedStarts }, 'service worker exited');
    if (failedStarts >= MAX_FAILED_STARTS) {
      logger.error('service workers keep failing to start; giving up');
      process.exit(1);
    }
    fork();
  });

  // the first worker starts alone (it migrates and seeds); the rest once one has listened, even if
  // the first died and its replacement was the one to get there
  let restStarted = false;
  cluster.on('listening', () => {
    if (restStarted) return;
    restStarted = true;
    for (let i = 1; i < config.workers; i++) fork();
    logger.info({ workers: config.workers }, 'service workers started');
  });
  fork();

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping service workers');
    setTimeout(() => {
      logger.error('workers did not stop within the shutdown grace; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 1_000).unref();
    for (const worker of startedAt.keys()) worker.process.kill(signal);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

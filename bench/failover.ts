/**
 * The failover of a primary to its streaming replica, mid-workflow, as observed: the e2e test's
 * sequence (test/support/failover.ts) run once outside Jest, printing each step's wall-clock time
 * and its distance from the loss of the primary.
 *
 *   .ci/replica.sh start     # prints the replica's server URL
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:failover -- --replica <replica server url> [--pooler pgbouncer]
 *
 * The real service, in this process, on a fresh test database on the primary, reached through a
 * TCP proxy (the pooler's stand-in) or, with --pooler pgbouncer, a real PgBouncer (needs the
 * `pgbouncer` binary: Debian's package) that the bench handles as a failover manager does: the
 * primary lost is DISABLE and KILL of the database on its admin console; the failover rewrites
 * the `[databases]` entry to the promoted replica, RELOADs, ENABLEs and RESUMEs. It promotes the
 * replica: afterwards it makes a fresh one on the same port (`.ci/replica.sh start` with
 * REPLICA_PORT), unless --keep-promoted. The workflow sweep runs every 300 ms and resumes a search
 * left for 1 s (production defaults: 60 s each), which bounds when the interrupted search is
 * resumed.
 */
import { loadavg } from 'node:os';

import { args } from './gallery-search/lib';
import {
  FAILOVER_SWEEP,
  runFailover,
  SEARCH_STEPS,
  startBehindProxy,
  type FailoverStage,
} from '../test/support/failover';
import { PgBouncer, pgbouncerBinary } from '../test/support/pgbouncer';
import { recreateReplica } from '../test/support/replica';
import { TEST_ROLES } from '../test/support/test-database';

const USAGE =
  'usage: DATABASE_URL=postgres://… npm run bench:failover -- --replica <replica server url> [--pooler proxy|pgbouncer] [--keep-promoted]\n';

async function main(): Promise<void> {
  const { opt } = args();
  const pooler = opt.pooler ?? 'proxy';
  if (!process.env.DATABASE_URL || !opt.replica || !['proxy', 'pgbouncer'].includes(pooler)) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  if (pooler === 'pgbouncer') {
    try {
      pgbouncerBinary();
    } catch (error) {
      process.stderr.write(`bench:failover: ${(error as Error).message}\n`);
      process.exit(2);
    }
  }
  const admin = decodeURIComponent(new URL(process.env.DATABASE_URL).username) || 'postgres';
  // the test support finds the replica where the replica tests give it
  process.env.TEST_REPLICA_SERVER_URL = opt.replica;
  const load = loadavg()[0];
  let stage: FailoverStage | undefined;
  try {
    stage = await startBehindProxy(
      pooler === 'pgbouncer'
        ? (primary) => PgBouncer.start(primary, { admin, users: [TEST_ROLES.app.name] })
        : undefined,
    );
    const seen = await runFailover(stage);
    const iso = (at: number) => new Date(at).toISOString();
    const since = (at: number) =>
      `${at >= seen.lostAt ? '+' : '−'}${Math.abs(at - seen.lostAt)} ms`.padStart(10);
    console.log(
      `failover through ${stage.route.name}, primary ${new URL(process.env.DATABASE_URL).host} → replica ${new URL(opt.replica).host}; workflow sweep every ${FAILOVER_SWEEP.WORKFLOW_SWEEP_INTERVAL_MS} ms, resume after ${FAILOVER_SWEEP.WORKFLOW_RESUME_AFTER_MS} ms; load average ${load.toFixed(2)}`,
    );
    console.log(`| wall clock (UTC) | since the loss | step |\n| --- | --- | --- |`);
    for (const { step, at } of seen.timeline) console.log(`| ${iso(at)} | ${since(at)} | ${step} |`);
    const notOnce = SEARCH_STEPS.map((step) => [step, seen.events[step] ?? 0] as const).filter(
      ([, n]) => n !== 1,
    );
    console.log(
      `server after the failover: port ${seen.portAfter}; requests failed after the re-pointing before one succeeded: ${seen.failedBeforeFirstSuccess}; search steps recorded other than once: ${notOnce.length ? notOnce.map(([a, n]) => `${a} ×${n}`).join(', ') : 'none'}; candidate ranks ${seen.candidates.ranks === seen.candidates.n ? 'unique' : 'DUPLICATED'}`,
    );
    if (!seen.chainOk || notOnce.length || seen.statusAfter !== 'FIRST_REVIEW' || seen.events.SEARCH_FAILED)
      process.exitCode = 1;
  } finally {
    await stage?.route.restore();
    await stage?.server.stop();
    await stage?.route.close();
    if (opt['keep-promoted'] !== 'true') {
      await recreateReplica();
      console.log(`a fresh streaming replica is on ${new URL(opt.replica).host} again`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import { Client } from 'pg';

import { Database, ReplicaRouter } from '../../src/db';
import type { ReplicaLag } from '../../src/db/replica-router';
import { createLogger } from '../../src/logging/logger';
import { registry } from '../../src/observability/metrics';
import { percentile } from '../gallery-search/lib';

/**
 * The product's read router (src/db/replica-router.ts) for `db` over one streaming replica, with
 * the service's default wait (DATABASE_REPLICA_MAX_WAIT_MS 200): `serverUrl` is the replica's
 * server (e.g. what `.ci/replica.sh start` prints). The replica copies the whole cluster, so it
 * holds `database` under the primary's name; without `database` the router reads the server's
 * own (enough for its lag, which is the whole server's). `db.useReplicas(router)` routes reads.
 */
export function openReplicaRouter(
  db: Database,
  serverUrl: string,
  database?: string,
): Promise<ReplicaRouter> {
  const url = new URL(serverUrl);
  if (database) url.pathname = `/${database}`;
  return ReplicaRouter.open(
    db.dataSource,
    { urls: [url.toString()], poolSize: 2, maxWaitMs: 200 },
    createLogger('warn'),
  );
}

/**
 * Waits until the replica at `serverUrl` has replayed what the primary (`db`) has written so far;
 * returns the seconds waited and the WAL bytes it was behind when the wait began.
 */
export async function replicaCatchUp(
  db: Database,
  serverUrl: string,
): Promise<{ seconds: number; bytesBehind: number }> {
  const [{ lsn }] = await db.dataSource.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn`);
  const replica = new Client({ connectionString: serverUrl });
  await replica.connect();
  const start = performance.now();
  try {
    const behind = await replica.query(
      `SELECT greatest(0, $1::pg_lsn - pg_last_wal_replay_lsn())::float8 AS b`,
      [lsn],
    );
    for (;;) {
      const { rows } = await replica.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [lsn]);
      if (rows[0].done) return { seconds: (performance.now() - start) / 1000, bytesBehind: behind.rows[0].b };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await replica.end();
  }
}

/** How many gallery searches the router has sent to a replica (twokey_db_routed_reads_total). */
export async function searchesOnReplica(): Promise<number> {
  const metric = await registry.getSingleMetric('twokey_db_routed_reads_total')!.get();
  return metric.values
    .filter((v) => v.labels.purpose === 'search' && v.labels.target === 'replica')
    .reduce((sum, v) => sum + v.value, 0);
}

export interface LagSummary {
  samples: number;
  bytes: { max: number; p95: number; final: number };
  seconds: { max: number; p95: number; final: number };
}

/**
 * Samples the router's replication lag (ReplicaRouter.lag(), what feeds the lag metrics) every
 * `everyMs` until `stop`, which takes a last sample and summarises. A sample the replica could not
 * answer is left out, as the metric leaves it out.
 */
export function sampleLag(router: ReplicaRouter, everyMs = 250): { stop(): Promise<LagSummary> } {
  const samples: ReplicaLag[] = [];
  let running = true;
  const take = async () => samples.push(...(await router.lag()));
  const loop = (async () => {
    while (running) {
      const next = performance.now() + everyMs;
      await take();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    }
  })();
  const summary = (xs: number[]) => ({
    max: Math.max(0, ...xs),
    p95: xs.length ? percentile(xs, 95) : 0,
    final: xs[xs.length - 1] ?? 0,
  });
  return {
    async stop() {
      running = false;
      await loop;
      await take();
      return {
        samples: samples.length,
        bytes: summary(samples.map((s) => s.bytes)),
        seconds: summary(samples.map((s) => s.seconds)),
      };
    },
  };
}

export function lagLine(replica: string, { samples, bytes, seconds }: LagSummary, everyMs = 250): string {
  const kb = (x: number) => (x / 1024).toFixed(1);
  return `replication lag of ${replica}, ${samples} samples every ${everyMs} ms: bytes max ${kb(bytes.max)} kB, p95 ${kb(bytes.p95)} kB, final ${kb(bytes.final)} kB; seconds max ${seconds.max.toFixed(3)}, p95 ${seconds.p95.toFixed(3)}, final ${seconds.final.toFixed(3)}`;
}

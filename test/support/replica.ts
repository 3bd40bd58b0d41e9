import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * The replica tests' streaming replica of the test PostgreSQL server (.ci/replica.sh start):
 * TEST_REPLICA_SERVER_URL is a superuser's URL on the replica's server. Not DATABASE_REPLICA_URLS:
 * the service's own setting would reach every service process a test starts, pointed at the
 * wrong database (each test file has its own); the replica tests give each service its replica. The replica copies the whole
 * cluster, so each test file's fresh database appears there too, under the same name.
 */
export const replicaServerUrl = (): string | undefined =>
  process.env.DATABASE_URL ? process.env.TEST_REPLICA_SERVER_URL?.trim() || undefined : undefined;

/** `url` (a test database on the primary) as the same database and role on the replica's server. */
export function onReplica(url: string): string {
  const replica = new URL(replicaServerUrl()!);
  const target = new URL(url);
  target.hostname = replica.hostname;
  target.port = replica.port;
  return target.toString();
}

/** The replica server's superuser on `database` (or its maintenance database). */
function replicaAdminUrl(database?: string): string {
  const url = new URL(replicaServerUrl()!);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Runs SQL on the replica, in `database` (e.g. to show what a lagging replica still holds). */
export const onReplicaQuery = <T = Record<string, unknown>>(
  database: string,
  sql: string,
  params: unknown[] = [],
) => withClient(replicaAdminUrl(database), async (c) => (await c.query(sql, params)).rows as T[]);

/** Waits until the replica has replayed everything the primary has written so far. */
export async function waitForReplay(timeoutMs = 20_000): Promise<void> {
  const [{ lsn }] = await withClient(
    process.env.DATABASE_URL!,
    async (c) => (await c.query('SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows,
  );
  await withClient(replicaAdminUrl(), async (c) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await c.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
      if (rows[0].done) return;
      if (Date.now() > deadline)
        throw new Error(`the replica did not replay up to ${lsn} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

/** Lag on demand: the replica keeps receiving WAL but stops applying it (the whole server). */
export const pauseReplay = () =>
  withClient(replicaAdminUrl(), (c) => c.query('SELECT pg_wal_replay_pause()'));
export const resumeReplay = () =>
  withClient(replicaAdminUrl(), (c) => c.query('SELECT pg_wal_replay_resume()'));

/**
 * Failover: promotes the replica to a primary of its own (pg_promote waits until it is). The old
 * primary keeps running: only the service's route decides which one it writes to.
 */
export const promoteReplica = () =>
  withClient(replicaAdminUrl(), (c) => c.query('SELECT pg_promote(true, 60)'));

/** After a promotion: a fresh streaming replica on the same port, as the harness makes it. */
export async function recreateReplica(): Promise<void> {
  const port = new URL(replicaServerUrl()!).port || '5432';
  await promisify(execFile)('bash', [resolve(__dirname, '../../.ci/replica.sh'), 'start'], {
    env: { ...process.env, REPLICA_PORT: port },
  });
}

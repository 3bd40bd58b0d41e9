import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Database } from '../../src/db';
import { createLogger } from '../../src/logging/logger';

export const usingPostgres = () => Boolean(process.env.DATABASE_URL);
export const testLogger = createLogger('silent');

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or (when DATABASE_URL is
 * set) a new database on that PostgreSQL server, dropped again by `close`.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<{ db: Database; url?: string; close(): Promise<void> }> {
  const migrate = options.migrate ?? true;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await Database.open({ kind: 'pglite', dataDir: 'memory://' }, testLogger);
    if (migrate) await db.migrate();
    return { db, close: () => db.close() };
  }
  const name = `twokey_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await Database.open({ kind: 'postgres', url: url.toString(), poolSize: 5 }, testLogger);
  if (migrate) await db.migrate();
  return {
    db,
    url: url.toString(),
    async close() {
      await db.close();
      await withAdminClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

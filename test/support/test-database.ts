import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { Database } from '../../src/db';
import { createLogger } from '../../src/logging/logger';

export const usingPostgres = () => Boolean(process.env.DATABASE_URL);
export const testLogger = createLogger('silent');

/**
 * The two PostgreSQL roles the tests run under, as a deployment would (see the README): the
 * owner runs migrations and owns every object; the service and the tests run as the application
 * role, a member of the group role `twokey_app` that the migrations grant to. DATABASE_URL is a
 * superuser's: it creates the roles, each test database and the vector extension.
 */
export const TEST_ROLES = {
  group: 'twokey_app',
  owner: { name: 'twokey_test_owner', password: 'twokey_test_owner' },
  app: { name: 'twokey_test_app', password: 'twokey_test_app' },
} as const;

export interface TestDatabase {
  /** The application role's connection on PostgreSQL; the one connection on PGlite. */
  db: Database;
  /** PostgreSQL: the application role's URL for this database. */
  url?: string;
  /** PostgreSQL: the owner role's URL for this database. */
  ownerUrl?: string;
  /**
   * Runs `work` in one transaction as the owner role (PGlite: its single user), for what only
   * the owner may do: tampering with the audit log in tests, or DDL.
   */
  asOwner<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A fresh database for one test file: an in-memory PGlite, or (when DATABASE_URL is set) a new
 * database on that PostgreSQL server owned by the owner role, with the vector extension made by
 * the superuser, migrated as the owner and opened as the application role; `close` drops it.
 * With `migrate: false` the caller migrates, so `db` is then the owner's connection.
 */
export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await Database.open({ kind: 'pglite', dataDir: 'memory://' }, testLogger);
    if (migrate) await db.migrate();
    return {
      db,
      asOwner: (work) => db.transaction(({ manager }) => work(manager)),
      close: () => db.close(),
    };
  }
  await ensureTestRoles(serverUrl);
  const name = `twokey_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name} OWNER ${TEST_ROLES.owner.name}`));
  const dbUrl = (role?: { name: string; password: string }) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    if (role) {
      url.username = role.name;
      url.password = role.password;
    }
    return url.toString();
  };
  // pgvector is not a trusted extension: the DBA (here the superuser) creates it, and the
  // migration's CREATE EXTENSION IF NOT EXISTS finds it there
  await withClient(dbUrl(), (c) => c.query('CREATE EXTENSION IF NOT EXISTS vector'));
  const ownerUrl = dbUrl(TEST_ROLES.owner);
  const url = dbUrl(TEST_ROLES.app);
  if (migrate) {
    const owner = await Database.open({ kind: 'postgres', url: ownerUrl, poolSize: 1 }, testLogger);
    try {
      await owner.migrate();
    } finally {
      await owner.close();
    }
  }
  const db = await Database.open(
    { kind: 'postgres', url: migrate ? url : ownerUrl, poolSize: 5 },
    testLogger,
  );
  let owner: Promise<Database> | null = null;
  return {
    db,
    url,
    ownerUrl,
    async asOwner(work) {
      owner ??= Database.open({ kind: 'postgres', url: ownerUrl, poolSize: 1 }, testLogger);
      return (await owner).transaction(({ manager }) => work(manager));
    },
    async close() {
      await db.close();
      if (owner) await (await owner).close();
      await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Any constant: serialises role creation across Jest workers (advisory locks are per database). */
const ROLE_LOCK = 7_262_099;

/** Creates the test roles once per server; safe when several workers start together. */
async function ensureTestRoles(serverUrl: string): Promise<void> {
  await withClient(serverUrl, async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [ROLE_LOCK]);
    try {
      const exists = async (role: string) =>
        (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
      if (!(await exists(TEST_ROLES.group))) await c.query(`CREATE ROLE ${TEST_ROLES.group} NOLOGIN`);
      for (const role of [TEST_ROLES.owner, TEST_ROLES.app]) {
        if (!(await exists(role.name)))
          await c.query(`CREATE ROLE ${role.name} LOGIN PASSWORD '${role.password}'`);
      }
      await c.query(`GRANT ${TEST_ROLES.group} TO ${TEST_ROLES.app.name}`);
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [ROLE_LOCK]);
    }
  });
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

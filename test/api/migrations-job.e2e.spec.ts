import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { exportSPKI, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { MIGRATION_LOCK_KEY } from '../../src/db/database';
import { MIGRATIONS } from '../../migrations';
import { openTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database';
import { startServiceProcess } from '../support/service-process';
import { signed } from '../support/test-server';

const ROOT = join(__dirname, '../..');

/** `npm run migrate` (`--status` for migrate:status) as its own process, as a job would run it. */
function migrateJob(env: NodeJS.ProcessEnv, ...args: string[]) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src/cli/migrate.ts'), ...args],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => out, err: () => err };
}

const until = async (check: () => boolean, ms: number, what: string) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const appliedNames = async (database: TestDatabase): Promise<string[]> =>
  database.asOwner(async (manager) =>
    (await manager.query(`SELECT to_regclass('migrations') AS t`))[0].t
      ? (await manager.query('SELECT name FROM migrations ORDER BY id')).map((r: { name: string }) => r.name)
      : [],
  );

/**
 * Migrations as a job (PostgreSQL: with DATABASE_URL the service does not migrate at start-up by
 * default). The embedded default still migrates at start-up (test/unit/config.spec.ts, and every
 * embedded test server).
 */
(usingPostgres() ? describe : describe.skip)('migrations as a job (npm run migrate)', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    database = await openTestDatabase({ migrate: false });
    env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: database.url,
      DATABASE_MIGRATION_URL: database.ownerUrl,
    };
  });
  afterEach(async () => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database.close();
  });

  it('should make a second job wait while migrations run under the lock, then find nothing pending', async () => {
    // another job (this test) holds the migration lock and is migrating
    const holder = new Client({ connectionString: database.ownerUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const second = migrateJob(env);
      children.push(second.child);
      await until(() => second.err().includes('waiting for it to finish'), 30_000, 'the job to wait');
      // it waits, and has applied nothing
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(second.child.exitCode).toBeNull();
      expect(await appliedNames(database)).toEqual([]);

      // the first run applies every migration (TypeORM's runner itself: the lock is the test's), then releases
      expect((await database.db.dataSource.runMigrations({ transaction: 'each' })).length).toBe(
        MIGRATIONS.length,
      );
      expect(second.child.exitCode).toBeNull();
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);

      expect(await second.exited).toBe(0);
      expect(second.out()).toContain('nothing to migrate: up to date');
      expect(await appliedNames(database)).toHaveLength(MIGRATIONS.length); // each applied once
    } finally {
      await holder.end();
    }
  }, 90_000);

  it('should apply every migration once when two jobs start together', async () => {
    const jobs = [migrateJob(env), migrateJob(env)];
    children.push(...jobs.map((j) => j.child));
    expect(await Promise.all(jobs.map((j) => j.exited))).toEqual([0, 0]);
    const outputs = jobs.map((j) => j.out());
    expect(outputs.filter((o) => o.includes(`${MIGRATIONS.length} migrations applied`))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('nothing to migrate'))).toHaveLength(1);
    expect(await appliedNames(database)).toHaveLength(MIGRATIONS.length);
  }, 90_000);

  it('should refuse to serve in production while migrations are pending, naming them and the command; serve once migrated', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const serviceEnv: NodeJS.ProcessEnv = {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      INFERENCE_SESSIONS: '1',
      SEED_DEMO_DATA: 'true',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
    };
    delete serviceEnv.MIGRATE_ON_START;
    const refused = startServiceProcess(serviceEnv);
    children.push(refused.child);
    expect(await refused.exited).toEqual({ code: 78, signal: null });
    const message = refused.log();
    expect(message).toContain(`${MIGRATIONS.length} database migrations are pending`);
    expect(message).toContain('Foundation1764230000000');
    expect(message).toContain('npm run migrate');
    expect(message).toContain('MIGRATE_ON_START=true');
    expect(await appliedNames(database)).toEqual([]); // it did not migrate

    const before = migrateJob(env, '--status');
    expect(await before.exited).toBe(3);
    expect(before.out()).toContain('[ ] Foundation1764230000000');
    expect(before.out()).toContain(`${MIGRATIONS.length} pending: run npm run migrate`);

    const job = migrateJob(env);
    expect(await job.exited).toBe(0);
    expect(job.out()).toContain('applied Foundation1764230000000');
    const after = migrateJob(env, '--status');
    expect(await after.exited).toBe(0);
    expect(after.out()).toContain(`up to date (${MIGRATIONS.length} applied)`);

    const service = startServiceProcess(serviceEnv);
    children.push(service.child);
    const [ready] = await service.ready();
    expect(service.lines('migrations applied')).toEqual([]);
    const token = await signed('swp.requester', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const response = await fetch(String(ready.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { roles } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { roles: ['REQUESTER'] } } });
    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
  }, 180_000);
});

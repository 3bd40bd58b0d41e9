import type { ChildProcess } from 'node:child_process';
import { exportSPKI, generateKeyPair } from 'jose';
import { LiveClient } from '../support/live-client';
import { openTestDatabase, usingPostgres } from '../support/test-database';
import { startServiceProcess } from '../support/service-process';
import { signed } from '../support/test-server';

/**
 * The real service process (src/main.ts) on a random port, stopped the way an orchestrator stops
 * it: SIGTERM. With PostgreSQL it holds a pool and a LISTEN connection; in the embedded mode, PGlite.
 */
describe('SIGTERM', () => {
  let child: ChildProcess | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const clients: LiveClient[] = [];

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await dropDatabase?.();
  });

  it('should close subscribers with 1001, close the database and exit 0 within moments when idle', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      INFERENCE_SESSIONS: '1',
      SEED_DEMO_DATA: 'true',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
    };
    if (usingPostgres()) {
      const database = await openTestDatabase({ migrate: false });
      dropDatabase = database.close;
      env.DATABASE_URL = database.url;
      env.DATABASE_MIGRATION_URL = database.ownerUrl; // production: migrate as the owner, serve as the application role
      env.MIGRATE_ON_START = 'true';
    } else {
      delete env.DATABASE_URL;
      env.PGLITE_DATA_DIR = 'memory://';
    }

    const service = startServiceProcess(env);
    child = service.child;
    const exited = service.exited;
    const url = String((await service.ready())[0].url);

    const token = await signed('swp.reviewer1', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const subscriber = new LiveClient(url, token);
    clients.push(subscriber);
    await subscriber.connected;
    subscriber.subscribe('subscription { availableReviewTasks { taskId } }');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = Date.now();
    service.child.kill('SIGTERM');
    const exit = await exited;
    const elapsed = Date.now() - started;

    expect(exit).toEqual({ code: 0, signal: null });
    await expect(subscriber.closed).resolves.toMatchObject({ code: 1001 });
    // idle, it takes a fraction of a second; the bound only proves it did not wait out the grace period
    expect(elapsed).toBeLessThan(5_000);
    expect(service.log()).toContain('"stopped"');
    expect(service.log()).not.toContain('grace period exceeded');
  }, 180_000);
});

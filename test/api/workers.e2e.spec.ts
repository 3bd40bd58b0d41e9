import type { ChildProcess } from 'node:child_process';
import { exportSPKI, generateKeyPair } from 'jose';
import { openTestDatabase, usingPostgres } from '../support/test-database';
import { startServiceProcess } from '../support/service-process';
import { signed } from '../support/test-server';

/**
 * WEB_CONCURRENCY=2 on PostgreSQL: the real service (src/main.ts) as a primary with two worker
 * processes on one port, each a whole instance; SIGTERM stops them all. (The embedded mode
 * refuses more than one process: test/unit/config.spec.ts.)
 */
(usingPostgres() ? describe : describe.skip)('several service processes (WEB_CONCURRENCY)', () => {
  let primary: ChildProcess | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  afterAll(async () => {
    if (primary && primary.exitCode === null && primary.signalCode === null) primary.kill('SIGKILL');
    await dropDatabase?.();
  });

  it('should migrate once, serve from two processes on one port, and stop them all on SIGTERM', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const database = await openTestDatabase({ migrate: false });
    dropDatabase = database.close;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      INFERENCE_SESSIONS: '1',
      SEED_DEMO_DATA: 'true',
      WEB_CONCURRENCY: '2',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      DATABASE_URL: database.url,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      MIGRATE_ON_START: 'true', // the first worker migrates; the rest find nothing pending
    };
    const service = startServiceProcess(env);
    primary = service.child;
    const ready = await service.ready(2);

    const pids = ready.map((line) => line.pid);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(service.child.pid);
    expect(ready[0].url).toBe(ready[1].url);
    // the first worker migrated and seeded; the second found nothing left to do
    expect(service.lines('migrations applied')).toHaveLength(1);
    expect(service.lines('demo data created')).toHaveLength(1);

    // both serve: answers on fresh connections (each handed to a worker in turn) are all correct
    const token = await signed('swp.requester', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    for (let i = 0; i < 6; i++) {
      const response = await fetch(String(ready[0].url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          connection: 'close',
        },
        body: JSON.stringify({ query: '{ me { displayName roles } }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: { me: { displayName: expect.any(String), roles: ['REQUESTER'] } },
      });
    }

    service.child.kill('SIGTERM');
    expect(await service.exited).toEqual({ code: 0, signal: null });
    for (const pid of pids) expect(() => process.kill(pid as number, 0)).toThrow(); // every worker is gone
  }, 180_000);
});

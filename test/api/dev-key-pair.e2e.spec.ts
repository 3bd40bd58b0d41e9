import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/config/config';
import { seedDemoData } from '../../src/db/demo-data';
import { bootstrap, type Twokey } from '../../src/server/bootstrap';
import { openTestDatabase, testLogger, usingPostgres, type TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '../..');

/** `npm run token -- <subject>` as its own process, with `env` as its whole environment. */
const token = (env: NodeJS.ProcessEnv, subject: string) =>
  promisify(execFile)(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(ROOT, 'src/cli/token.ts'), subject],
    { cwd: ROOT, env },
  );

/**
 * Trying the production database locally: with DATABASE_URL and no AUTH_JWKS_URL/AUTH_PUBLIC_KEY
 * in development, the service trusts a local key pair made on first use, and `npm run token`
 * signs with it. With NODE_ENV=production neither happens.
 */
(usingPostgres() ? describe : describe.skip)('the development key pair with DATABASE_URL', () => {
  let dir: string;
  let database: TestDatabase;
  let twokey: Twokey;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'twokey-dev-keys-'));
    database = await openTestDatabase();
    await seedDemoData(database.db);
    env = {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      DATABASE_MIGRATION_URL: database.ownerUrl,
      AUTH_DEV_KEY_DIR: join(dir, '.twokey'),
    };
    const config = loadConfig({
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      INFERENCE_SESSIONS: '1',
    });
    expect(config.auth.devKeyDir).toBe(join(dir, '.twokey'));
    twokey = await bootstrap(config, testLogger);
  }, 120_000);
  afterAll(async () => {
    await twokey?.stop();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const me = async (bearer: string) => {
    const response = await fetch(twokey.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: '{ me { roles } }' }),
    });
    return response.json();
  };

  it('should make the key pair on first use, private to its owner, and accept the tokens npm run token signs with it', async () => {
    expect(statSync(join(dir, '.twokey')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '.twokey/dev-signing-key.pem')).mode & 0o777).toBe(0o600);
    const { stdout } = await token(env, 'swp.requester');
    expect(await me(stdout.trim())).toEqual({ data: { me: { roles: ['REQUESTER'] } } });
  }, 60_000);

  it('should refuse to sign with NODE_ENV=production, and a token from another key pair is not accepted', async () => {
    await expect(token({ ...env, NODE_ENV: 'production' }, 'swp.requester')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/development tokens are refused with NODE_ENV=production/),
    });
    const other = await token({ ...env, AUTH_DEV_KEY_DIR: join(dir, 'other') }, 'swp.requester');
    expect(await me(other.stdout.trim())).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  }, 60_000);

  it('should not start in production without a configured key (no key pair is made there)', () => {
    expect(() => loadConfig({ ...env, NODE_ENV: 'production', AUTH_DEV_KEY_DIR: join(dir, 'prod') })).toThrow(
      /AUTH_JWKS_URL or AUTH_PUBLIC_KEY must be set/,
    );
  });
});

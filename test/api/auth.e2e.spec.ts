import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { developmentSecret } from '../../src/auth/dev-secret';
import { devSecretFileFor, loadConfig } from '../../src/config/config';
import { bootstrap, Twokey } from '../../src/server/bootstrap';
import { graphql } from '../gql';
import { testLogger } from '../support/test-database';
import { codes, signed, TestServer } from '../support/test-server';

const Me = graphql(`
  query Me {
    me {
      displayName
      roles
    }
  }
`);

describe('authentication', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('should answer { __typename } without a token', async () => {
    const response = await server.gql('{ __typename }');
    expect(response).toMatchObject({ status: 200, data: { __typename: 'Query' } });
  });

  it('should accept a valid token and map it to the officer', async () => {
    const response = await server.gql(Me, {}, { as: 'swp.requester' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toEqual({ displayName: 'DC Rhian Evans', roles: ['REQUESTER'] });
  });

  it('should refuse a missing token on a protected field', async () => {
    const response = await server.gql(Me);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeNull();
  });

  it('should refuse an expired token with HTTP 401', async () => {
    const token = await server.token('swp.requester', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const response = await server.gql(Me, {}, { token });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0].message).toMatch(/expired/);
  });

  it('should refuse a token signed with another key', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await signed('swp.requester', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const response = await server.gql(Me, {}, { token });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse an HS256 token when a public key is configured (algorithm confusion)', async () => {
    const token = await signed('swp.requester', {})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(server.config.auth.publicKeyPem!));
    expect(codes(await server.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse a token for a subject with no active officer', async () => {
    const response = await server.gql(Me, {}, { as: 'nobody.at.all' });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it("should refuse a token whose force claim is not the officer's force", async () => {
    const token = await server.token('swp.requester', { force: 'GWP' });
    expect(codes(await server.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
    const matching = await server.token('swp.requester', { force: 'SWP' });
    expect((await server.gql(Me, {}, { token: matching })).data?.me?.displayName).toBe('DC Rhian Evans');
  });

  it('should refuse a malformed Authorization header', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ me { displayName } }' }),
    });
    expect(response.status).toBe(401);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions
        .code,
    ).toBe('UNAUTHENTICATED');
  });

  describe('token claims', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = (extra: Record<string, unknown> = {}) =>
      new SignJWT(extra).setSubject('swp.requester').setIssuer('twokey').setAudience('twokey-api');
    const refused = async (jwt: SignJWT) => {
      const response = await server.gql(Me, {}, { token: await server.signJwt(jwt) });
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      return response;
    };

    it('should refuse a force claim that is not a non-empty string, rather than ignore it', async () => {
      for (const force of [42, ['GWP'], { code: 'GWP' }, true, ''])
        await refused(claims({ force }).setIssuedAt().setExpirationTime('1h'));
    });

    it('should refuse a token that expires in 2200', async () => {
      await refused(
        claims()
          .setIssuedAt()
          .setExpirationTime(Date.UTC(2200, 0, 1) / 1000),
      );
    });

    it('should refuse a token issued longer ago than the maximum lifetime allows, though not yet expired', async () => {
      await refused(
        claims()
          .setIssuedAt(now() - 13 * 3600)
          .setExpirationTime(now() + 3600),
      );
    });

    it('should refuse a token without iat', async () => {
      await refused(claims().setExpirationTime('1h'));
    });

    it('should refuse a token issued in the future beyond the clock tolerance', async () => {
      const response = await refused(
        claims()
          .setIssuedAt(now() + 300)
          .setExpirationTime(now() + 3600),
      );
      expect(response.errors?.[0].message).toMatch(/iat/);
    });

    it('should accept a token within the limits: issued a few seconds ahead of our clock, living the maximum lifetime', async () => {
      for (const jwt of [
        claims()
          .setIssuedAt(now() + 10)
          .setExpirationTime(now() + 3600),
        claims()
          .setIssuedAt(now())
          .setExpirationTime(now() + 12 * 3600),
      ]) {
        const response = await server.gql(Me, {}, { token: await server.signJwt(jwt) });
        expect(response.data?.me?.displayName).toBe('DC Rhian Evans');
      }
    });
  });
});

/**
 * The embedded development mode as `npm install && npm start` runs it: a data directory on disk, no
 * HOST, no keys configured. (Always the embedded database, whatever DATABASE_URL says.)
 */
describe('embedded development mode', () => {
  const OLD_PUBLISHED_SECRET = 'twokey-embedded-development-secret-not-for-production';
  let dir: string;
  let dataDir: string;
  let twokey: Twokey;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'twokey-dev-'));
    dataDir = join(dir, 'pglite');
    const config = loadConfig({
      NODE_ENV: 'development',
      PGLITE_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
      INFERENCE_SESSIONS: '1',
    });
    twokey = await bootstrap(config, testLogger);
  }, 120_000);
  afterAll(async () => {
    await twokey?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const me = async (token: string) => {
    const response = await fetch(twokey.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { displayName } }' }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: { me?: { displayName: string } } | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      },
    };
  };

  it('should listen on loopback only unless HOST says otherwise', () => {
    expect((twokey.app.httpServer.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('should generate its development secret beside the data directory, readable by its owner only, and a different one per directory', () => {
    const file = devSecretFileFor(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = readFileSync(file, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    expect(secret).not.toBe(OLD_PUBLISHED_SECRET);
    const other = developmentSecret({ kind: 'file', path: devSecretFileFor(join(dir, 'another')) });
    expect(other).not.toBe(secret);
    expect(developmentSecret({ kind: 'file', path: file })).toBe(secret); // read back, not made again
  });

  it('should refuse a token signed with the development secret once published in the source', async () => {
    const token = await signed('swp.admin', {})
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(OLD_PUBLISHED_SECRET));
    const response = await me(token);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should accept a token from `npm run token` on the same data directory', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, NODE_ENV: 'development' };
    delete env.DATABASE_URL;
    delete env.HOST;
    const token = await new Promise<string>((resolve, reject) => {
      const child = spawn('npm', ['run', '-s', 'token', '--', 'swp.requester'], {
        cwd: join(__dirname, '../..'),
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out.trim()) : reject(new Error(`npm run token exited ${code}: ${err}`)),
      );
    });
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const response = await me(token);
    expect(response.body.data?.me?.displayName).toBe('DC Rhian Evans');
  }, 60_000);
});

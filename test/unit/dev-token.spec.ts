import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { createTokenVerifier, mintDevToken } from '../../src/auth/token-verifier';
import { loadConfig } from '../../src/config/config';

describe('development tokens', () => {
  const auth = loadConfig({ PGLITE_DATA_DIR: 'memory://' }).auth;

  it('should mint HS256 tokens in the embedded mode that its verifier accepts', async () => {
    const verify = await createTokenVerifier(auth);
    const verified = await verify(await mintDevToken(auth, 'swp.requester'));
    expect(verified.subject).toBe('swp.requester');
    expect(verified.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('should reject an expired development token', async () => {
    const verify = await createTokenVerifier(auth);
    const token = await mintDevToken(auth, 'swp.requester', {
      expiresIn: Math.floor(Date.now() / 1000) - 10,
    });
    await expect(verify(token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'The token has expired',
    });
  });

  it('should reject a development token signed with another secret', async () => {
    const verify = await createTokenVerifier(auth);
    const token = await mintDevToken(
      { ...auth, devSecret: { kind: 'env', value: 'another-secret-that-is-long-enough-0123456789' } },
      'swp.requester',
    );
    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('should not mint a development token that would live longer than the verifier accepts', async () => {
    await expect(mintDevToken(auth, 'swp.requester', { expiresIn: '13h' })).rejects.toThrow(
      /at most 43200 s/,
    );
  });

  it('should mint EdDSA tokens with the local key pair (DATABASE_URL in development) that its verifier accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'twokey-keys-'));
    try {
      const keyDir = join(dir, '.twokey');
      const postgres = loadConfig({ DATABASE_URL: 'postgres://db/x', AUTH_DEV_KEY_DIR: keyDir }).auth;
      const token = await mintDevToken(postgres, 'swp.requester'); // makes the key pair on first use
      expect(decodeProtectedHeader(token).alg).toBe('EdDSA');
      expect(statSync(keyDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(keyDir, 'dev-signing-key.pem')).mode & 0o777).toBe(0o600);
      expect((await (await createTokenVerifier(postgres))(token)).subject).toBe('swp.requester');
      // the embedded mode's verifier does not take it, nor the key pair's an HS256 token
      await expect((await createTokenVerifier(auth))(token)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      await expect(
        (await createTokenVerifier(postgres))(await mintDevToken(auth, 'swp.requester')),
      ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      // refused in production, even with a key directory
      await expect(mintDevToken(postgres, 'swp.requester', { production: true })).rejects.toThrow(
        /refused with NODE_ENV=production/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should not mint development tokens without the development secret', async () => {
    const production = loadConfig({
      DATABASE_URL: 'postgres://db/x',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    }).auth;
    await expect(mintDevToken(production, 'swp.requester')).rejects.toThrow(/embedded mode/);
  });
});

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

  it('should not mint development tokens without the development secret', async () => {
    const production = loadConfig({
      DATABASE_URL: 'postgres://db/x',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    }).auth;
    await expect(mintDevToken(production, 'swp.requester')).rejects.toThrow(/embedded mode/);
  });
});

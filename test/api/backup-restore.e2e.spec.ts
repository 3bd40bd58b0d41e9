import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { checkAnchors, verifyAuditChain } from '../../src/audit';
import { loadConfig } from '../../src/config/config';
import { Database } from '../../src/db';
import { bootstrap, type Twokey } from '../../src/server/bootstrap';
import { TEST_ROLES, testLogger, usingPostgres } from '../support/test-database';
import { TestServer, type GraphQLResponse } from '../support/test-server';

const run = promisify(execFile);

/** `url` with another database name (and its credentials kept). */
const onDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * The README's backup and restore procedure, end to end on PostgreSQL: a custom-format pg_dump of
 * a database the service has written to, restored with pg_restore into a fresh database, the
 * service started on it (as the application role, nothing pending to migrate), and the audit chain
 * verified against the head exported before the dump. A dump older than that head is caught.
 */
(usingPostgres() ? describe : describe.skip)('backup and restore (pg_dump, pg_restore)', () => {
  let server: TestServer;
  let restoredService: Twokey | undefined;
  let dir: string;
  const restored: string[] = [];
  const superuser = process.env.DATABASE_URL!;

  const sql = async (query: string) => {
    const client = new Client({ connectionString: superuser });
    await client.connect();
    try {
      return (await client.query(query)).rows;
    } finally {
      await client.end();
    }
  };
  const gql = async <T>(url: string, as: string, query: string, variables?: object) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.token(as)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  let cases = 0;
  const createCases = async (url: string, n: number) => {
    for (let i = 0; i < n; i += 1)
      await gql(
        url,
        'swp.requester',
        'mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }',
        { input: { crimeReference: `BAK/${(cases += 1)}/26`, offenceCategory: 'BURGLARY' } },
      );
  };
  /** pg_dump -Fc of the service's database, as the README says (a superuser or the owner role). */
  const dump = async (file: string) => {
    const name = new URL(
      server.config.database.kind === 'postgres' ? server.config.database.url : '',
    ).pathname.slice(1);
    await run('pg_dump', ['--format=custom', `--file=${file}`, onDatabase(superuser, name)]);
  };
  /** A fresh database owned by the owner role, with the dump restored into it; returns its name. */
  const restore = async (file: string) => {
    const name = `twokey_restore_${process.pid}_${restored.length}`;
    await sql(`CREATE DATABASE ${name} OWNER ${TEST_ROLES.owner.name}`);
    restored.push(name);
    await run('pg_restore', ['--exit-on-error', `--dbname=${onDatabase(superuser, name)}`, file]);
    return name;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'twokey-backup-'));
    server = await TestServer.start({ AUDIT_ANCHOR_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await restoredService?.stop();
    await server?.stop();
    for (const name of restored) await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('should use pg_dump and pg_restore of the server major version', async () => {
    const [{ server_version_num }] = await sql('SHOW server_version_num');
    const major = String(Math.floor(Number(server_version_num) / 10_000));
    for (const tool of ['pg_dump', 'pg_restore'])
      expect((await run(tool, ['--version'])).stdout).toMatch(new RegExp(`\\(PostgreSQL\\) ${major}\\.`));
  });

  it('should restore a dump into a fresh database, serve from it, and verify the chain against the last exported head', async () => {
    await createCases(server.url, 3);
    await dump(join(dir, 'older.dump')); // a backup from before the head below
    await createCases(server.url, 2);
    const { exportAuditChainHead: head } = await gql<{ exportAuditChainHead: { seq: number; hash: string } }>(
      server.url,
      'oversight.commissioner',
      'mutation { exportAuditChainHead { seq hash } }',
    );
    await dump(join(dir, 'latest.dump'));

    // the service on the restored database: its own role, nothing left to migrate (MIGRATE_ON_START is off)
    const name = await restore(join(dir, 'latest.dump'));
    const { url, migrationUrl } = server.config.database as { url: string; migrationUrl: string };
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SEED_DEMO_DATA: 'false',
      INFERENCE_SESSIONS: '1',
      AUDIT_ANCHOR_INTERVAL_MS: '0',
      AUTH_PUBLIC_KEY: server.config.auth.publicKeyPem!,
      DATABASE_URL: onDatabase(url, name),
      DATABASE_MIGRATION_URL: onDatabase(migrationUrl, name),
    });
    expect(config.migrateOnStart).toBe(false);
    restoredService = await bootstrap(config, testLogger);
    const verify = `query($head: ExportedChainHeadInput) { verifyAuditChain(exportedHead: $head) {
      ok lastSeq firstBroken { seq reason } anchorsChecked missingTail { source seq reason } } }`;
    type Verified = {
      verifyAuditChain: {
        ok: boolean;
        lastSeq: number;
        firstBroken: unknown;
        anchorsChecked: number;
        missingTail: unknown;
      };
    };
    const checked = await gql<Verified>(restoredService.app.url, 'oversight.commissioner', verify, {
      head: { seq: head.seq, hash: head.hash },
    });
    expect(checked.verifyAuditChain).toEqual({
      ok: true,
      lastSeq: expect.any(Number),
      firstBroken: null,
      anchorsChecked: expect.any(Number),
      missingTail: null,
    });
    expect(checked.verifyAuditChain.lastSeq).toBeGreaterThanOrEqual(head.seq);
    expect(checked.verifyAuditChain.anchorsChecked).toBeGreaterThan(0); // the anchors came back too

    // the restored chain goes on: new events follow the restored sequence and still verify
    await createCases(restoredService.app.url, 1);
    const after = await gql<Verified>(restoredService.app.url, 'oversight.commissioner', verify, {
      head: { seq: head.seq, hash: head.hash },
    });
    expect(after.verifyAuditChain).toMatchObject({ ok: true, firstBroken: null, missingTail: null });
    expect(after.verifyAuditChain.lastSeq).toBeGreaterThan(checked.verifyAuditChain.lastSeq);

    // the older backup holds a whole chain, but not the exported head: the check says the tail is missing
    const older = await restore(join(dir, 'older.dump'));
    const db = await Database.open(
      { kind: 'postgres', url: onDatabase(url, older), poolSize: 1 },
      testLogger,
    );
    try {
      expect((await verifyAuditChain(db.manager)).ok).toBe(true);
      expect((await checkAnchors(db.manager, head)).missingTail).toMatchObject({
        source: 'EXPORTED_HEAD',
        seq: head.seq,
        reason: 'MISSING',
      });
    } finally {
      await db.close();
    }
  }, 180_000);
});

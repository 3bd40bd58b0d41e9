import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Config, loadConfig } from '../../src/config/config';
import { seedDemoData } from '../../src/db/demo-data';
import { bootstrap, type BootstrapOptions, Twokey } from '../../src/server/bootstrap';
import type { EntityManager } from 'typeorm';
import { openTestDatabase, TestDatabase, testLogger, usingPostgres } from './test-database';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: Record<string, unknown> & { code?: string };
  }>;
}

/**
 * The real service on a random port over a fresh database with the demo data. Tokens are
 * RS256-signed by a key made for the run and verified against its public key, the production
 * path (the HS256 development path has its own tests).
 */
export class TestServer {
  private constructor(
    readonly twokey: Twokey,
    readonly config: Config,
    private readonly sign: (
      subject: string,
      opts: { expiresIn?: string | number; force?: string },
    ) => Promise<string>,
    private readonly closeDb: () => Promise<void>,
    /** Signs any claims with the run's key (for tokens `token` would never make). */
    readonly signJwt: (jwt: SignJWT) => Promise<string>,
    private readonly database: TestDatabase,
  ) {}

  /**
   * On PostgreSQL the service runs as the application role (DATABASE_URL) and migrates as the
   * owner (DATABASE_MIGRATION_URL), as in production. `databaseUrl` changes the URL the service
   * itself connects with, e.g. to route it through a proxy an outage test can cut; the service
   * then opens its own pool. `wrapFaces` wraps the real face pipeline (e.g. to count its calls).
   * `replicaUrl` gives the URL of a streaming replica's copy of the test database (it may wait
   * until the replica has it), set as DATABASE_REPLICA_URLS.
   */
  static async start(
    env: Record<string, string> = {},
    options: {
      databaseUrl?: (url: string) => string;
      replicaUrl?: (url: string) => Promise<string>;
    } & BootstrapOptions = {},
  ): Promise<TestServer> {
    const database = await openTestDatabase();
    const { db, url, ownerUrl, close } = database;
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const signJwt = (jwt: SignJWT) => jwt.setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    const sign: TestServer['sign'] = (subject, opts) => signJwt(signed(subject, opts));
    const baseEnv: Record<string, string> = {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SEED_DEMO_DATA: 'false',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      ...(usingPostgres()
        ? {
            DATABASE_URL: options.databaseUrl ? options.databaseUrl(url!) : url!,
            DATABASE_MIGRATION_URL: ownerUrl!,
            ...(options.replicaUrl ? { DATABASE_REPLICA_URLS: await options.replicaUrl(url!) } : {}),
          }
        : { PGLITE_DATA_DIR: 'memory://' }),
    };
    const config = loadConfig({ ...baseEnv, ...env });
    await db.migrate();
    await seedDemoData(db);
    const twokey = await bootstrap(
      config,
      testLogger,
      options.databaseUrl && usingPostgres() ? undefined : db,
      { wrapFaces: options.wrapFaces },
    );
    return new TestServer(twokey, config, sign, close, signJwt, database);
  }

  /**
   * A second instance of the service on the same database, as behind a load balancer: its own
   * pool, its own event listener, its own port. PostgreSQL only: the embedded PGlite lives inside
   * one process, so several instances need DATABASE_URL.
   */
  async startPeer(): Promise<TestServer> {
    if (!usingPostgres())
      throw new Error('a second instance on the same database needs PostgreSQL (DATABASE_URL)');
    const twokey = await bootstrap(this.config, testLogger);
    return new TestServer(twokey, this.config, this.sign, async () => undefined, this.signJwt, this.database);
  }

  get url(): string {
    return this.twokey.app.url;
  }

  get db() {
    return this.twokey.db;
  }

  /** Runs `work` in one transaction as the owner role (PGlite: its one user): tampering, DDL. */
  asOwner<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.database.asOwner(work);
  }

  token(subject: string, opts: { expiresIn?: string | number; force?: string } = {}): Promise<string> {
    return this.sign(subject, opts);
  }

  /** POSTs a GraphQL operation; `as` is a demo officer's subject, or a raw token with `token`. */
  async gql<TData = Record<string, unknown>, TVars = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables?: TVars,
    auth: { as?: string; token?: string } = {},
  ): Promise<GraphQLResponse<TData>> {
    const token = auth.token ?? (auth.as ? await this.token(auth.as) : undefined);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    const body = (await response.json()) as GraphQLResponse<TData>;
    return { ...body, status: response.status };
  }

  /** POSTs one image to /uploads as multipart/form-data (part `file`), as a client does before a mutation. */
  async upload(
    bytes: Buffer,
    auth: { as?: string; token?: string } = {},
  ): Promise<{
    status: number;
    body: { id?: string; bytes?: number; expiresAt?: string; error?: { code: string } };
  }> {
    const token = auth.token ?? (auth.as ? await this.token(auth.as) : undefined);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'probe.jpg');
    const response = await fetch(this.uploadsUrl, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  get uploadsUrl(): string {
    return this.url.replace(/\/graphql$/, '/uploads');
  }

  async stop(): Promise<void> {
    await this.twokey.stop();
    await this.closeDb();
  }
}

export function signed(subject: string, opts: { expiresIn?: string | number; force?: string }) {
  return new SignJWT(opts.force ? { force: opts.force } : {})
    .setSubject(subject)
    .setIssuer('twokey')
    .setAudience('twokey-api')
    .setIssuedAt()
    .setExpirationTime(opts.expiresIn ?? '1h');
}

/** The error codes of a response, for compact assertions. */
export const codes = (r: GraphQLResponse<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);

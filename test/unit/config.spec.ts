import { resolve } from 'node:path';
import { ConfigError, JSON_BODY_BASE_BYTES, loadConfig } from '../../src/config/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('should default to the embedded database on loopback, with a development secret beside its data', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '.data/pglite' });
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.auth.devSecret).toEqual({ kind: 'file', path: resolve('.data/pglite.dev-secret') });
    expect(config.seedDemoData).toBe(true);
  });

  it('should serve no /metrics unless METRICS_PORT or METRICS_TOKEN is set, and refuse a weak token or the service port', () => {
    expect(loadConfig({}).metrics).toEqual({ port: undefined, host: '127.0.0.1', token: undefined });
    expect(loadConfig({ METRICS_PORT: '9464', HOST: '0.0.0.0' }).metrics).toMatchObject({
      port: 9464,
      host: '0.0.0.0',
    });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metrics.host).toBe('10.0.0.5');
    expect(problemsOf({ METRICS_TOKEN: 'short' })).toEqual(['METRICS_TOKEN: must be at least 32 characters']);
    expect(problemsOf({ PORT: '4000', METRICS_PORT: '4000' })).toEqual([
      expect.stringMatching(/^METRICS_PORT: must differ from PORT/),
    ]);
  });

  it('should listen on all interfaces in the embedded mode only when HOST says so', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).host).toBe('127.0.0.1');
  });

  it('should use a per-process development secret for memory://, and AUTH_DEV_SECRET when given', () => {
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).auth.devSecret).toEqual({ kind: 'process' });
    expect(loadConfig({ AUTH_DEV_SECRET: 'z'.repeat(40) }).auth.devSecret).toEqual({
      kind: 'env',
      value: 'z'.repeat(40),
    });
  });

  it('should use PostgreSQL when DATABASE_URL is set and not seed by default', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/twokey',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://db/twokey',
      poolSize: 10,
      replicaUrls: [],
      replicaMaxWaitMs: 200,
    });
    expect(config.host).toBe('0.0.0.0'); // containers behind a load balancer; tokens only from the identity provider
    expect(config.auth.devSecret).toBeUndefined();
    expect(config.seedDemoData).toBe(false);
  });

  it('should run several service processes only with PostgreSQL (PGlite lives in one process)', () => {
    const postgres = {
      DATABASE_URL: 'postgres://service@db/twokey',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    };
    expect(loadConfig(postgres).workers).toBe(1);
    expect(loadConfig({ ...postgres, WEB_CONCURRENCY: '2' }).workers).toBe(2);
    expect(problemsOf({ WEB_CONCURRENCY: '2' })).toEqual([
      expect.stringMatching(/^WEB_CONCURRENCY: must be 1 without DATABASE_URL/),
    ]);
    expect(problemsOf({ ...postgres, WEB_CONCURRENCY: '0' })).toEqual([
      expect.stringMatching(/^WEB_CONCURRENCY: /),
    ]);
  });

  it('should take the owner role for migrations from DATABASE_MIGRATION_URL, and only with DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://service@db/twokey',
      DATABASE_MIGRATION_URL: 'postgres://owner@db/twokey',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://service@db/twokey',
      migrationUrl: 'postgres://owner@db/twokey',
      poolSize: 10,
      replicaUrls: [],
      replicaMaxWaitMs: 200,
    });
    expect(problemsOf({ DATABASE_MIGRATION_URL: 'postgres://owner@db/twokey' })).toEqual([
      expect.stringMatching(/^DATABASE_MIGRATION_URL: needs DATABASE_URL/),
    ]);
  });

  it('should take read replicas as a comma-separated list of PostgreSQL URLs, only with DATABASE_URL', () => {
    const postgres = {
      DATABASE_URL: 'postgres://service@db/twokey',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    };
    const config = loadConfig({
      ...postgres,
      DATABASE_REPLICA_URLS: ' postgres://service@replica-a/twokey, postgresql://service@replica-b/twokey ,',
      DATABASE_REPLICA_MAX_WAIT_MS: '50',
    });
    expect(config.database).toMatchObject({
      replicaUrls: ['postgres://service@replica-a/twokey', 'postgresql://service@replica-b/twokey'],
      replicaMaxWaitMs: 50,
    });
    expect(problemsOf({ ...postgres, DATABASE_REPLICA_URLS: 'postgres://a/x,mysql://b/x' })).toEqual([
      expect.stringMatching(/^DATABASE_REPLICA_URLS\.1: each must be a postgres:\/\//),
    ]);
    expect(problemsOf({ ...postgres, DATABASE_REPLICA_URLS: postgres.DATABASE_URL })).toEqual([
      expect.stringMatching(/^DATABASE_REPLICA_URLS: must not name the primary/),
    ]);
    expect(problemsOf({ ...postgres, DATABASE_REPLICA_MAX_WAIT_MS: '-1' })).toEqual([
      expect.stringMatching(/^DATABASE_REPLICA_MAX_WAIT_MS: /),
    ]);
    expect(problemsOf({ DATABASE_REPLICA_URLS: 'postgres://service@replica-a/twokey' })).toEqual([
      expect.stringMatching(/^DATABASE_REPLICA_URLS: needs DATABASE_URL/),
    ]);
  });

  it('should anchor the audit chain every minute unless told otherwise, and refuse a busy or odd interval', () => {
    expect(loadConfig({}).audit.anchorIntervalMs).toBe(60_000);
    expect(loadConfig({ AUDIT_ANCHOR_INTERVAL_MS: '0' }).audit.anchorIntervalMs).toBe(0);
    expect(problemsOf({ AUDIT_ANCHOR_INTERVAL_MS: '10' })).toEqual([
      expect.stringMatching(/^AUDIT_ANCHOR_INTERVAL_MS: /),
    ]);
  });

  it("should leave the face model to the manifest's default unless FACE_MODEL names one, and refuse a malformed name", () => {
    expect(loadConfig({}).inference.faceModel).toBeUndefined();
    expect(loadConfig({ FACE_MODEL: 'mobilefacenet-192' }).inference.faceModel).toBe('mobilefacenet-192');
    expect(problemsOf({ FACE_MODEL: '../models/evil' })).toEqual([expect.stringMatching(/^FACE_MODEL: /)]);
  });

  it('should name every bad value at once', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^LOG_LEVEL: /),
        expect.stringMatching(/^DATABASE_URL: must be a postgres/),
      ]),
    );
  });

  it('should refuse the development secret with a real database', () => {
    const problems = problemsOf({
      DATABASE_URL: 'postgres://db/twokey',
      AUTH_DEV_SECRET: 'x'.repeat(40),
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
    });
    expect(problems).toEqual([expect.stringMatching(/^AUTH_DEV_SECRET: .*embedded mode/)]);
  });

  it('should require a verification key with a real database in production', () => {
    expect(problemsOf({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/twokey' })).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: .*must be set/),
    ]);
  });

  it('should use the local development key pair with a real database when no key is configured, never in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/twokey' }).auth.devKeyDir).toBe(resolve('.twokey'));
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/twokey', AUTH_DEV_KEY_DIR: '/tmp/keys' }).auth.devKeyDir,
    ).toBe('/tmp/keys');
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/twokey', AUTH_JWKS_URL: 'https://idp.example/jwks.json' })
        .auth.devKeyDir,
    ).toBeUndefined();
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/twokey' }, 'tool').auth.devKeyDir,
    ).toBeUndefined();
    expect(loadConfig({}).auth.devKeyDir).toBeUndefined(); // the embedded mode has its secret
  });

  it('should migrate at start-up by default on the embedded database only, and as MIGRATE_ON_START says', () => {
    const postgres = { DATABASE_URL: 'postgres://db/twokey', AUTH_JWKS_URL: 'https://idp.example/jwks.json' };
    expect(loadConfig({}).migrateOnStart).toBe(true);
    expect(loadConfig(postgres).migrateOnStart).toBe(false);
    expect(loadConfig({ ...postgres, MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(problemsOf({ MIGRATE_ON_START: 'yes' })).toEqual([expect.stringMatching(/^MIGRATE_ON_START: /)]);
  });

  it('should refuse a short development secret and a malformed public key', () => {
    const problems = problemsOf({ AUTH_DEV_SECRET: 'short', AUTH_PUBLIC_KEY: 'not a key' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AUTH_DEV_SECRET: /),
        expect.stringMatching(/^AUTH_PUBLIC_KEY: must be a PEM/),
      ]),
    );
  });

  it('should default the token and socket limits, and refuse an init message limit above the message limit', () => {
    const config = loadConfig({});
    expect(config.auth).toMatchObject({ maxTokenLifetimeS: 43_200, clockToleranceS: 30 });
    expect(config.graphql.maxTokens).toBe(1000);
    expect(config.subscriptions).toMatchObject({
      maxMessageBytes: 65_536,
      maxInitMessageBytes: 8192,
      maxSubscriptionsPerSocket: 16,
      maxSocketsPerOfficer: 8,
    });
    expect(problemsOf({ WS_MAX_MESSAGE_BYTES: '4096', WS_MAX_INIT_MESSAGE_BYTES: '8192' })).toEqual([
      expect.stringMatching(/^WS_MAX_INIT_MESSAGE_BYTES: /),
    ]);
  });

  it('should never run production without verification keys or with the development secret', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).auth.devSecret).toBeUndefined();
    expect(problemsOf({ NODE_ENV: 'production', AUTH_DEV_SECRET: 'y'.repeat(40) })).toEqual([
      expect.stringMatching(/^AUTH_DEV_SECRET: not allowed/),
    ]);
  });

  it('should take one image limit, MAX_IMAGE_BYTES, and derive the JSON body limit from it', () => {
    const byDefault = loadConfig({});
    expect(byDefault.images).toEqual({
      maxBytes: 20 * 1024 * 1024,
      base64: true,
      uploadTtlMs: 15 * 60 * 1000,
    });
    expect(byDefault.graphql.maxBodyBytes).toBe(JSON_BODY_BASE_BYTES + 4 * Math.ceil((20 * 1024 * 1024) / 3));
    const small = loadConfig({ MAX_IMAGE_BYTES: '3000000', UPLOAD_TTL_S: '60' });
    expect(small.images).toMatchObject({ maxBytes: 3_000_000, uploadTtlMs: 60_000 });
    expect(small.graphql.maxBodyBytes).toBe(JSON_BODY_BASE_BYTES + 4_000_000);
    // no base64 images: the body holds no image, whatever the image limit
    expect(loadConfig({ IMAGES_AS_BASE64: 'false' }).graphql.maxBodyBytes).toBe(JSON_BODY_BASE_BYTES);
    expect(problemsOf({ UPLOAD_TTL_S: '1' })).toEqual([expect.stringMatching(/^UPLOAD_TTL_S:/)]);
  });

  it('should leave trusted documents off unless TRUSTED_DOCUMENTS names a file', () => {
    expect(loadConfig({}).graphql.trustedDocuments).toBeUndefined();
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'persisted-documents.json' }).graphql.trustedDocuments).toBe(
      'persisted-documents.json',
    );
  });
});

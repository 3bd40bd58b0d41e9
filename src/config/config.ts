import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The service's whole configuration, read from the environment once at start-up.
 * Every bad value is reported by name, all at once, before anything else starts.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** MAX_IMAGE_BYTES unset. */
export const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** UPLOAD_TTL_S unset: 15 minutes. */
export const DEFAULT_UPLOAD_TTL_MS = 15 * 60 * 1000;

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Unset: loopback (127.0.0.1) in the embedded mode, all interfaces (0.0.0.0) with DATABASE_URL. */
    HOST: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    /**
     * PostgreSQL: the owner role's URL, used only to run migrations (and the enrolment tool's index
     * rebuilds). DATABASE_URL is then the application role's, which cannot change the audit log.
     */
    DATABASE_MIGRATION_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * PostgreSQL streaming replicas of DATABASE_URL's database (comma separated URLs, the same
     * role): gallery searches, lists, oversight queries and exports may read there (see
     * src/db/replica-router.ts); every write, and every read inside a write, stays on the primary.
     */
    DATABASE_REPLICA_URLS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().regex(/^postgres(ql)?:\/\//, 'each must be a postgres:// or postgresql:// URL'))
          .max(16),
      )
      .optional(),
    /** How long a read waits for a replica to replay what it must see before it runs on the primary. */
    DATABASE_REPLICA_MAX_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(200),
    /**
     * Apply pending migrations at start-up. Unset: yes on the embedded default, no with
     * DATABASE_URL (run `npm run migrate` as a job first; start-up then refuses to serve while any
     * migration is pending).
     */
    MIGRATE_ON_START: booleanFromEnv.optional(),
    /** Embedded mode: where PGlite keeps its files; `memory://` keeps nothing. */
    PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
    /** Production token verification: a JWKS URL or a PEM public key (SPKI). */
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_PUBLIC_KEY: z
      .string()
      .includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' })
      .optional(),
    AUTH_PUBLIC_KEY_ALG: z.enum(['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA']).default('RS256'),
    AUTH_ISSUER: z.string().min(1).default('twokey'),
    AUTH_AUDIENCE: z.string().min(1).default('twokey-api'),
    /** Development only: HS256 shared secret; refused outside the embedded mode. Unset: one generated per data directory. */
    AUTH_DEV_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /**
     * Development with DATABASE_URL and no AUTH_JWKS_URL / AUTH_PUBLIC_KEY: where the local key pair
     * that `npm run token` signs with is made on first use (never with NODE_ENV=production).
     */
    AUTH_DEV_KEY_DIR: z.string().min(1).default('.twokey'),
    /** Longest token lifetime accepted (exp − iat, and exp − now), and how far ahead of ours an issuer's clock may run (iat). */
    AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(12 * 3600),
    AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
    /**
     * How long a verified token (by its hash) and its officer, force and ability are reused across
     * HTTP requests; an officer's own changes drop theirs at once. 0: verify and load every time.
     */
    AUTH_CONTEXT_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    SEED_DEMO_DATA: booleanFromEnv.optional(),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(100).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(5000),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(50).max(100_000).default(1000),
    /** graphql-ws: largest message once signed in, largest message before (connection_init carries the token). */
    WS_MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(16 * 1024 * 1024)
      .default(64 * 1024),
    WS_MAX_INIT_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(512)
      .max(1024 * 1024)
      .default(8 * 1024),
    WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).max(1000).default(16),
    /** Per instance: sockets one officer may hold open at once. */
    WS_MAX_SOCKETS_PER_OFFICER: z.coerce.number().int().min(1).max(1000).default(8),
    /** Parallel face pipelines (0 = one per CPU core) and ONNX intra-op threads per pipeline. */
    INFERENCE_SESSIONS: z.coerce.number().int().min(0).max(64).default(0),
    INFERENCE_THREADS: z.coerce.number().int().min(1).max(64).default(1),
    /** Face analyses waiting for a free pipeline; beyond this a probe is refused with UNAVAILABLE (503). */
    INFERENCE_MAX_QUEUE: z.coerce.number().int().min(0).max(100_000).default(32),
    /**
     * The face model that makes every template (a name from models/manifest.json, e.g.
     * faceplugin-arcface-512, mobilefacenet-192, dlib-128); unset: the manifest's default. The
     * pipeline refuses to start with a name the manifest does not list, naming the ones it does.
     */
    FACE_MODEL: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, 'must be a face model name such as faceplugin-arcface-512')
      .optional(),
    /**
     * Largest image accepted, in bytes and decoded pixels (decompression bombs stop here). The one
     * image limit: uploads (POST /uploads) stop reading past it, base64 images in GraphQL are refused
     * past it, the JSON body limit is derived from it, and the face pipeline's decoder checks it again.
     */
    MAX_IMAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(200 * 1024 * 1024)
      .default(DEFAULT_MAX_IMAGE_BYTES),
    MAX_IMAGE_PIXELS: z.coerce.number().int().min(10_000).max(400_000_000).default(40_000_000),
    /** How long an image sent to POST /uploads waits for the mutation that uses it; then it is deleted. */
    UPLOAD_TTL_S: z.coerce
      .number()
      .int()
      .min(10)
      .max(86_400)
      .default(DEFAULT_UPLOAD_TTL_MS / 1000),
    /**
     * Whether GraphQL also takes images as base64 inside JSON (probeImageBase64, imageBase64), under
     * the same MAX_IMAGE_BYTES; false: images come only through POST /uploads and the JSON body
     * limit stays small.
     */
    IMAGES_AS_BASE64: booleanFromEnv.default(true),
    /**
     * Trusted documents: a persisted-documents JSON file (hash -> document, as GraphQL Code
     * Generator's client preset writes it). Set: clients send a document's id instead of its text,
     * and every other operation is refused before it runs (HTTP and graphql-ws). Unset: off.
     */
    TRUSTED_DOCUMENTS: z.string().min(1).optional(),
    TWOKEY_PURPOSE: z.enum(['server', 'tool']),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /** Service processes sharing the port (node:cluster); PostgreSQL only, as PGlite lives in one process. */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    /** Oversight outcome monitoring: demographic groups with fewer people than this are suppressed (1 = none). */
    STATS_MIN_GROUP_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Live subscriptions: how long a subscriber's ability is reused before the officer row is read again. */
    SUBSCRIBER_ABILITY_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    /** How often the workflow sweeps run: expired claims, stale requests, searches to resume. */
    WORKFLOW_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    /** A SUBMITTED or AUTHORISED request untouched this long has lost its next step and is resumed. */
    WORKFLOW_RESUME_AFTER_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
    /** Search requests the workflow sweep purges at most per pass under the forces' retention periods (0: only `npm run purge`). */
    RETENTION_PURGE_BATCH: z.coerce.number().int().min(0).max(10_000).default(100),
    /**
     * Live events (transactional outbox): how often each instance relays events left unrelayed by
     * an instance that died between commit and relay, and how long relayed rows are kept.
     */
    EVENT_RELAY_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
    EVENT_OUTBOX_RETENTION_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(30 * 86_400_000)
      .default(3_600_000),
    /**
     * Tests only: the relay sends nothing, so a test can kill the process between a commit and its
     * relay. Refused with NODE_ENV=production.
     */
    EVENT_RELAY_TEST_PAUSE: booleanFromEnv.default(false),
    /** How often the audit chain's head is anchored (audit_anchor); 0 = only at start-up and on export. */
    /**
     * Prometheus metrics (/metrics): on a port of their own (METRICS_PORT, on METRICS_HOST, default
     * HOST; for the scraper's network only, no token), and/or on the service's port for a scraper
     * presenting `Authorization: Bearer <METRICS_TOKEN>`. Neither set: no /metrics.
     */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().min(1).optional(),
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    AUDIT_ANCHOR_INTERVAL_MS: z.coerce
      .number()
      .int()
      .refine((ms) => ms === 0 || (ms >= 1000 && ms <= 86_400_000), 'must be 0 or between 1000 and 86400000')
      .default(60_000),
  })
  .superRefine((env, ctx) => {
    const embedded = env.DATABASE_URL === undefined;
    if (env.AUTH_DEV_SECRET && !embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_DEV_SECRET'],
        message: 'the HS256 development secret is allowed only in the embedded mode (no DATABASE_URL)',
      });
    }
    if (env.WS_MAX_INIT_MESSAGE_BYTES > env.WS_MAX_MESSAGE_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['WS_MAX_INIT_MESSAGE_BYTES'],
        message: 'must not exceed WS_MAX_MESSAGE_BYTES',
      });
    }
    if (env.WEB_CONCURRENCY > 1 && embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['WEB_CONCURRENCY'],
        message: 'must be 1 without DATABASE_URL (the embedded database lives inside one process)',
      });
    }
    if (env.DATABASE_REPLICA_URLS?.length && embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_REPLICA_URLS'],
        message: 'needs DATABASE_URL (the embedded database has no replicas)',
      });
    }
    if (env.DATABASE_REPLICA_URLS?.includes(env.DATABASE_URL ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_REPLICA_URLS'],
        message: 'must not name the primary (DATABASE_URL)',
      });
    }
    if (env.DATABASE_MIGRATION_URL && embedded) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_MIGRATION_URL'],
        message: 'needs DATABASE_URL (the embedded database has one role)',
      });
    }
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['METRICS_PORT'],
        message: 'must differ from PORT (to serve /metrics on the service port, set METRICS_TOKEN instead)',
      });
    }
    if (env.AUTH_DEV_SECRET && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_DEV_SECRET'],
        message: 'not allowed when NODE_ENV=production',
      });
    }
    if (env.EVENT_RELAY_TEST_PAUSE && env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['EVENT_RELAY_TEST_PAUSE'],
        message: 'a test hook: not allowed when NODE_ENV=production',
      });
    }
    if (
      !embedded &&
      env.NODE_ENV === 'production' &&
      !env.AUTH_JWKS_URL &&
      !env.AUTH_PUBLIC_KEY &&
      env.TWOKEY_PURPOSE === 'server'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message:
          'with DATABASE_URL set and NODE_ENV=production, AUTH_JWKS_URL or AUTH_PUBLIC_KEY must be set to verify tokens',
      });
    }
  });

export type Config = Readonly<{
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  host: string;
  logLevel: string;
  /** `migrationUrl`: the owner role's, for migrations; `url` is the role the service runs as. */
  database:
    | {
        kind: 'postgres';
        url: string;
        migrationUrl?: string;
        poolSize: number;
        /** Read replicas (DATABASE_REPLICA_URLS); empty: every read on the primary. */
        replicaUrls: string[];
        replicaMaxWaitMs: number;
      }
    | { kind: 'pglite'; dataDir: string };
  auth: {
    issuer: string;
    audience: string;
    jwksUrl?: string;
    publicKeyPem?: string;
    publicKeyAlg: string;
    /** The HS256 development secret, embedded development mode only (see `developmentSecret`). */
    devSecret?: DevSecretSource;
    /**
     * Development with DATABASE_URL and no key configured: the local key pair's directory (see
     * `developmentKeyPair`); never set with NODE_ENV=production.
     */
    devKeyDir?: string;
    maxTokenLifetimeS: number;
    clockToleranceS: number;
    contextCacheTtlMs: number;
  };
  seedDemoData: boolean;
  /** Apply pending migrations at start-up; false: refuse to start while any is pending. */
  migrateOnStart: boolean;
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    maxTokens: number;
    /** Largest JSON body of a GraphQL request: derived from the image limit (see `jsonBodyLimitFor`). */
    maxBodyBytes: number;
    /** TRUSTED_DOCUMENTS: the persisted-documents file; undefined: any operation may be sent. */
    trustedDocuments: string | undefined;
  };
  /** Images sent by clients: `maxBytes` is MAX_IMAGE_BYTES, used by every path and by the face pipeline's decoder. */
  images: { maxBytes: number; base64: boolean; uploadTtlMs: number };
  inference: {
    sessions: number;
    intraOpThreads: number;
    maxInputPixels: number;
    maxQueue: number;
    /** FACE_MODEL; undefined: the manifest's default */
    faceModel: string | undefined;
  };
  shutdownGraceMs: number;
  /** Service processes (node:cluster workers) sharing the port; 1 = this process serves. */
  workers: number;
  statistics: { minGroupSize: number };
  subscriptions: {
    abilityTtlMs: number;
    maxMessageBytes: number;
    maxInitMessageBytes: number;
    maxSubscriptionsPerSocket: number;
    maxSocketsPerOfficer: number;
  };
  workflow: { sweepIntervalMs: number; resumeAfterMs: number; purgeBatch: number };
  /** The outbox relay: periodic pass, retention of relayed rows, and the test-only pause. */
  events: { relayIntervalMs: number; outboxRetentionMs: number; testPause: boolean };
  audit: { anchorIntervalMs: number };
  /** `port`: a listener of its own (no token); `token`: /metrics on the service port behind it. */
  metrics: { port?: number; host: string; token?: string };
}>;

/**
 * Where the embedded development mode's HS256 secret comes from: AUTH_DEV_SECRET; else a file
 * generated beside the data directory on first use (`<PGLITE_DATA_DIR>.dev-secret`, mode 0600),
 * shared by the server and `npm run token`; for `memory://`, a random secret for this process.
 */
export type DevSecretSource =
  { kind: 'env'; value: string } | { kind: 'file'; path: string } | { kind: 'process' };

/** The generated development secret's file for an embedded data directory. */
export const devSecretFileFor = (dataDir: string) => `${resolve(dataDir)}.dev-secret`;

/** A GraphQL JSON body without an image: the query, its variables and the longest texts, with room to spare. */
export const JSON_BODY_BASE_BYTES = 2 * 1024 * 1024;

/** The JSON body limit: an image's base64 text (4 characters per 3 bytes) on top of the base, when base64 is taken. */
export const jsonBodyLimitFor = (maxImageBytes: number, base64: boolean) =>
  JSON_BODY_BASE_BYTES + (base64 ? 4 * Math.ceil(maxImageBytes / 3) : 0);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * `purpose: 'tool'` is for command-line tools (e.g. bulk enrolment) that verify no tokens, so a
 * verification key is not demanded of them.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  purpose: 'server' | 'tool' = 'server',
): Config {
  const parsed = configSchema.safeParse({ ...env, TWOKEY_PURPOSE: purpose });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
    logLevel: e.LOG_LEVEL,
    database: embedded
      ? { kind: 'pglite' as const, dataDir: e.PGLITE_DATA_DIR }
      : {
          kind: 'postgres' as const,
          url: e.DATABASE_URL as string,
          migrationUrl: e.DATABASE_MIGRATION_URL,
          poolSize: e.DATABASE_POOL_SIZE,
          replicaUrls: e.DATABASE_REPLICA_URLS ?? [],
          replicaMaxWaitMs: e.DATABASE_REPLICA_MAX_WAIT_MS,
        },
    auth: {
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      jwksUrl: e.AUTH_JWKS_URL,
      publicKeyPem: e.AUTH_PUBLIC_KEY,
      publicKeyAlg: e.AUTH_PUBLIC_KEY_ALG,
      devSecret: e.AUTH_DEV_SECRET
        ? { kind: 'env' as const, value: e.AUTH_DEV_SECRET }
        : embedded && e.NODE_ENV !== 'production' && !e.AUTH_JWKS_URL && !e.AUTH_PUBLIC_KEY
          ? e.PGLITE_DATA_DIR.startsWith('memory://')
            ? { kind: 'process' as const }
            : { kind: 'file' as const, path: devSecretFileFor(e.PGLITE_DATA_DIR) }
          : undefined,
      devKeyDir:
        !embedded && e.NODE_ENV !== 'production' && !e.AUTH_JWKS_URL && !e.AUTH_PUBLIC_KEY
          ? resolve(e.AUTH_DEV_KEY_DIR)
          : undefined,
      contextCacheTtlMs: e.AUTH_CONTEXT_CACHE_TTL_MS,
      maxTokenLifetimeS: e.AUTH_MAX_TOKEN_LIFETIME_S,
      clockToleranceS: e.AUTH_CLOCK_TOLERANCE_S,
    },
    seedDemoData: e.SEED_DEMO_DATA ?? embedded,
    migrateOnStart: e.MIGRATE_ON_START ?? embedded,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxBodyBytes: jsonBodyLimitFor(e.MAX_IMAGE_BYTES, e.IMAGES_AS_BASE64),
      trustedDocuments: e.TRUSTED_DOCUMENTS,
    },
    images: { maxBytes: e.MAX_IMAGE_BYTES, base64: e.IMAGES_AS_BASE64, uploadTtlMs: e.UPLOAD_TTL_S * 1000 },
    inference: {
      sessions: e.INFERENCE_SESSIONS,
      intraOpThreads: e.INFERENCE_THREADS,
      maxInputPixels: e.MAX_IMAGE_PIXELS,
      maxQueue: e.INFERENCE_MAX_QUEUE,
      faceModel: e.FACE_MODEL,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    workers: e.WEB_CONCURRENCY,
    statistics: { minGroupSize: e.STATS_MIN_GROUP_SIZE },
    subscriptions: {
      abilityTtlMs: e.SUBSCRIBER_ABILITY_TTL_MS,
      maxMessageBytes: e.WS_MAX_MESSAGE_BYTES,
      maxInitMessageBytes: e.WS_MAX_INIT_MESSAGE_BYTES,
      maxSubscriptionsPerSocket: e.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxSocketsPerOfficer: e.WS_MAX_SOCKETS_PER_OFFICER,
    },
    workflow: {
      sweepIntervalMs: e.WORKFLOW_SWEEP_INTERVAL_MS,
      resumeAfterMs: e.WORKFLOW_RESUME_AFTER_MS,
      purgeBatch: e.RETENTION_PURGE_BATCH,
    },
    events: {
      relayIntervalMs: e.EVENT_RELAY_INTERVAL_MS,
      outboxRetentionMs: e.EVENT_OUTBOX_RETENTION_MS,
      testPause: e.EVENT_RELAY_TEST_PAUSE,
    },
    audit: { anchorIntervalMs: e.AUDIT_ANCHOR_INTERVAL_MS },
    metrics: {
      port: e.METRICS_PORT,
      host: e.METRICS_HOST ?? e.HOST ?? (embedded ? '127.0.0.1' : '0.0.0.0'),
      token: e.METRICS_TOKEN,
    },
  });
}

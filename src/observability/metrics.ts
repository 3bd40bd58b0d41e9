import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics: one registry, every metric defined here, and small functions
 * the instrumentation points call. Label values are operation names, error codes, stage, topic
 * and method names only — bounded sets fixed by the code or the schema, never an id, a name, a
 * case reference or anything a client typed, except GraphQL operation names (see
 * `operationLabel`). Hot-path calls are a label lookup and an add; gauges that mirror state
 * elsewhere (queue depth, pool use, anchor age) are read only when Prometheus scrapes.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'twokey_' });

const seconds = (ms: number) => ms / 1000;
/** 1 ms to 30 s: covers a cached read, an HNSW shortlist and a slow exact scan alike. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

// ---- GraphQL operations --------------------------------------------------------------------------

const graphqlDuration = new Histogram({
  name: 'twokey_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP, from request to response, by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
const graphqlErrors = new Counter({
  name: 'twokey_graphql_operation_errors_total',
  help: 'Errors in GraphQL responses, by operation name and error code (extensions.code)',
  labelNames: ['operation', 'code'] as const,
  registers: [registry],
});

/** The operation label for anything not admitted by name: anonymous, malformed, unknown or beyond the cap. */
export const OTHER_OPERATION = '_other';
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/**
 * Operation names are chosen by clients, so the label admits them under limits: a well-formed
 * name from a signed-in officer's operation that passed validation, up to `cap` distinct names
 * per process (the documents a frontend ships are a few dozen). With `known` set (e.g. the
 * trusted documents' names), only those. Everything else is OTHER_OPERATION.
 */
export class OperationNames {
  private readonly admitted = new Set<string>();
  private known: ReadonlySet<string> | null = null;

  constructor(private readonly cap = 100) {}

  /** Restricts the label to these names (the persisted documents' operations). */
  restrictTo(names: Iterable<string>): void {
    this.known = new Set(names);
  }

  label(name: string | null | undefined, admit: boolean): string {
    if (!name || !OPERATION_NAME.test(name)) return OTHER_OPERATION;
    if (this.admitted.has(name)) return name;
    if (this.known) return this.known.has(name) ? (this.admitted.add(name), name) : OTHER_OPERATION;
    if (!admit || this.admitted.size >= this.cap) return OTHER_OPERATION;
    this.admitted.add(name);
    return name;
  }
}

export const operationNames = new OperationNames();

/** An error code as a label: the project's codes and Apollo's are upper snake case; anything else is OTHER. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}

export function recordGraphqlOperation(
  operation: string,
  type: 'query' | 'mutation' | 'subscription' | 'unknown',
  durationMs: number,
  errorCodes: readonly unknown[],
): void {
  graphqlDuration.observe({ operation, type }, seconds(durationMs));
  for (const code of errorCodes) graphqlErrors.inc({ operation, code: errorCodeLabel(code) });
}

// ---- 1:N search -------------------------------------------------------------------------------------

const searchDuration = new Histogram({
  name: 'twokey_search_duration_seconds',
  help: 'Gallery searches (the vector query and its re-rank), by the method that answered',
  labelNames: ['method'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});
const exactScanFallbacks = new Counter({
  name: 'twokey_search_exact_scan_fallbacks_total',
  help: 'Searches answered by an exact scan instead of the HNSW shortlist, by reason',
  labelNames: ['reason'] as const,
  registers: [registry],
});

/** The search method as a label: `hnsw_shortlist`, `exact_scan` or `no_gallery`. */
export type SearchMethodLabel = 'hnsw_shortlist' | 'exact_scan' | 'no_gallery';

export function recordSearch(method: SearchMethodLabel, durationMs: number, fallbackReason?: string): void {
  searchDuration.observe({ method }, seconds(durationMs));
  if (fallbackReason) exactScanFallbacks.inc({ reason: fallbackReason });
}

// ---- face inference ---------------------------------------------------------------------------------

const INFERENCE_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const inferenceWait = new Histogram({
  name: 'twokey_inference_queue_wait_seconds',
  help: 'Time a face analysis waited for a free inference worker',
  labelNames: ['op'] as const,
  buckets: INFERENCE_BUCKETS,
  registers: [registry],
});
const inferenceRun = new Histogram({
  name: 'twokey_inference_run_seconds',
  help: 'Time an inference worker spent on one face analysis',
  labelNames: ['op'] as const,
  buckets: INFERENCE_BUCKETS,
  registers: [registry],
});
const inferenceStage = new Histogram({
  name: 'twokey_inference_stage_seconds',
  help: 'Time spent in each inference stage (decode, detect, landmarks, embed), summed per analysis',
  labelNames: ['stage'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [registry],
});
const inferenceJobs = new Counter({
  name: 'twokey_inference_jobs_total',
  help: 'Face analyses by outcome: ok, rejected (the image: no face, too small, …), failed, refused (queue full)',
  labelNames: ['op', 'outcome'] as const,
  registers: [registry],
});

export type InferenceOutcome = 'ok' | 'rejected' | 'failed' | 'refused';

export function recordInferenceJob(job: {
  op: string;
  outcome: InferenceOutcome;
  waitMs?: number;
  runMs?: number;
  stages?: ReadonlyArray<{ stage: string; durationMs: number }>;
}): void {
  inferenceJobs.inc({ op: job.op, outcome: job.outcome });
  if (job.waitMs !== undefined) inferenceWait.observe({ op: job.op }, seconds(job.waitMs));
  if (job.runMs !== undefined) inferenceRun.observe({ op: job.op }, seconds(job.runMs));
  if (!job.stages?.length) return;
  const totals = new Map<string, number>();
  for (const { stage, durationMs } of job.stages) totals.set(stage, (totals.get(stage) ?? 0) + durationMs);
  for (const [stage, ms] of totals) inferenceStage.observe({ stage }, seconds(ms));
}

/** What the worker pool reports when scraped. */
export interface InferencePoolState {
  queued: number;
  busy: number;
  workers: number;
}

let inferencePool: (() => InferencePoolState | undefined) | null = null;
new Gauge({
  name: 'twokey_inference_queue_depth',
  help: 'Face analyses waiting for a free inference worker',
  registers: [registry],
  collect() {
    const state = inferencePool?.();
    if (state) this.set(state.queued);
  },
});
new Gauge({
  name: 'twokey_inference_workers',
  help: 'Inference worker threads, by state (busy, idle)',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const state = inferencePool?.();
    if (!state) return;
    this.set({ state: 'busy' }, state.busy);
    this.set({ state: 'idle' }, state.workers - state.busy);
  },
});

export function observeInferencePool(read: (() => InferencePoolState | undefined) | null): void {
  inferencePool = read;
}

// ---- database pool ----------------------------------------------------------------------------------

/** node-postgres' Pool counters (PostgreSQL; and PGlite, which the service reaches through a pool of one). */
export interface PoolState {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

let databasePool: { kind: string; read: () => PoolState | undefined } | null = null;
new Gauge({
  name: 'twokey_db_pool_connections',
  help: 'Database pool connections by state (total, idle, max) and queries waiting for one (waiting); PGlite is a pool of one',
  labelNames: ['database', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    const state = databasePool?.read();
    if (!databasePool || !state) return;
    const database = databasePool.kind;
    this.set({ database, state: 'total' }, state.total);
    this.set({ database, state: 'idle' }, state.idle);
    this.set({ database, state: 'waiting' }, state.waiting);
    this.set({ database, state: 'max' }, state.max);
  },
});

export function observeDatabasePool(kind: string, read: () => PoolState | undefined): void {
  databasePool = { kind, read };
}

// ---- read replicas ----------------------------------------------------------------------------------

/** What a routed read was: a gallery search, a list, or oversight statistics (the query and the figures of its exports). */
export type RoutedReadPurpose = 'search' | 'list' | 'oversight';

const routedReads = new Counter({
  name: 'twokey_db_routed_reads_total',
  help: 'Reads that may run on a replica, by purpose and where they ran (replica, or primary because every replica was behind or unavailable)',
  labelNames: ['purpose', 'target', 'reason'] as const,
  registers: [registry],
});

export function recordRoutedRead(
  purpose: RoutedReadPurpose,
  target: 'replica' | 'primary',
  reason: 'fresh' | 'behind' | 'unavailable',
): void {
  routedReads.inc({ purpose, target, reason });
}

/** One replica's replication lag, as the read router measures it. */
export interface ReplicaLagSample {
  replica: string;
  bytes: number;
  seconds: number;
}

let replicaLag: (() => Promise<ReplicaLagSample[]>) | null = null;
new Gauge({
  name: 'twokey_db_replica_lag_bytes',
  help: 'WAL the primary has written that each replica has not yet replayed, in bytes',
  labelNames: ['replica'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const sample of await readReplicaLag()) this.set({ replica: sample.replica }, sample.bytes);
  },
});
new Gauge({
  name: 'twokey_db_replica_lag_seconds',
  help: 'Age of the latest transaction each replica has replayed while it is behind (0 when caught up)',
  labelNames: ['replica'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const sample of await readReplicaLag()) this.set({ replica: sample.replica }, sample.seconds);
  },
});

async function readReplicaLag(): Promise<ReplicaLagSample[]> {
  try {
    return (await replicaLag?.()) ?? [];
  } catch {
    return []; // the primary unreachable: no sample rather than a failed scrape
  }
}

/** How the read router measures each replica's lag, read at scrape time (null: no replicas). */
export function observeReplicaLag(read: (() => Promise<ReplicaLagSample[]>) | null): void {
  replicaLag = read;
}

// ---- WebSocket sockets and subscriptions ------------------------------------------------------------

let liveSockets: (() => { sockets: number; operations: number }) | null = null;
new Gauge({
  name: 'twokey_ws_sockets_open',
  help: 'graphql-ws sockets signed in (acknowledged) on this instance',
  registers: [registry],
  collect() {
    const state = liveSockets?.();
    if (state) this.set(state.sockets);
  },
});
new Gauge({
  name: 'twokey_ws_subscriptions_active',
  help: 'graphql-ws operations (mostly live subscriptions) running on this instance',
  registers: [registry],
  collect() {
    const state = liveSockets?.();
    if (state) this.set(state.operations);
  },
});

/** How the graphql-ws server counts its signed-in sockets and running operations, read at scrape time. */
export function observeSockets(read: () => { sockets: number; operations: number }): void {
  liveSockets = read;
}

// ---- events -----------------------------------------------------------------------------------------

const eventsPublished = new Counter({
  name: 'twokey_events_published_total',
  help: 'Events published after commit by this instance, by topic',
  labelNames: ['topic'] as const,
  registers: [registry],
});
const eventsDelivered = new Counter({
  name: 'twokey_events_delivered_total',
  help: 'Events handed to a local subscriber queue (one per subscriber), by topic',
  labelNames: ['topic'] as const,
  registers: [registry],
});
const eventsDropped = new Counter({
  name: 'twokey_events_dropped_total',
  help: 'Events not delivered to a local subscriber, by topic and reason (overflow: the subscriber fell too far behind and was ended)',
  labelNames: ['topic', 'reason'] as const,
  registers: [registry],
});
const eventGaps = new Counter({
  name: 'twokey_events_gaps_total',
  help: 'Times this instance may have missed events (its listener connection was lost); clients are told to reconnect',
  registers: [registry],
});
const reviewNotices = new Counter({
  name: 'twokey_review_notices_total',
  help: 'Review-feed notices queued for live subscribers (after the ability check)',
  registers: [registry],
});

export const events = {
  published: (topic: string) => eventsPublished.inc({ topic }),
  delivered: (topic: string, count = 1) => count > 0 && eventsDelivered.inc({ topic }, count),
  dropped: (topic: string, reason: 'overflow') => eventsDropped.inc({ topic, reason }),
  gap: () => eventGaps.inc(),
  reviewNoticesQueued: (count: number) => count > 0 && reviewNotices.inc(count),
};

// ---- audit ------------------------------------------------------------------------------------------

const auditAppends = new Counter({
  name: 'twokey_audit_appends_total',
  help: 'Audit events appended to the hash chain, by action',
  labelNames: ['action'] as const,
  registers: [registry],
});
let lastAnchoredAt: number | null = null;
new Gauge({
  name: 'twokey_audit_anchor_age_seconds',
  help: 'Seconds since the audit chain head was last anchored (as this instance last saw it)',
  registers: [registry],
  collect() {
    if (lastAnchoredAt !== null) this.set((Date.now() - lastAnchoredAt) / 1000);
  },
});

export const audit = {
  appended: (action: string) => auditAppends.inc({ action }),
  anchored: (anchoredAt: Date) => {
    lastAnchoredAt = Math.max(lastAnchoredAt ?? 0, anchoredAt.getTime());
  },
};

// ---- re-enrolment, read from the database -----------------------------------------------------------

/** One force's gallery under a model version being enrolled (ENROLLING), counted in the database. */
export interface ReenrolmentProgress {
  modelVersion: string;
  /** the force's code (e.g. SWP): a bounded set, not personal data */
  force: string;
  enrolled: number;
  failed: number;
  missing: number;
}

/**
 * A figure read from the database when Prometheus scrapes, for work that runs in other processes
 * (`npm run reenrol`, `npm run purge`): the reading is shared by scrapes for 30 s, because it may
 * scan a force's gallery, and a failed reading leaves the series out of that scrape only.
 */
class DatabaseReading<T> {
  private source: (() => Promise<T>) | null = null;
  private reading: { at: number; value: Promise<T> } | null = null;

  observe(source: (() => Promise<T>) | null): void {
    this.source = source;
    this.reading = null;
  }

  async read(): Promise<T | null> {
    if (!this.source) return null;
    if (!this.reading || Date.now() - this.reading.at >= 30_000)
      this.reading = { at: Date.now(), value: this.source() };
    return this.reading.value.catch(() => ((this.reading = null), null));
  }
}

const reenrolment = new DatabaseReading<ReenrolmentProgress[]>();
new Gauge({
  name: 'twokey_reenrolment_images',
  help: "Images of each force's gallery under a model version being enrolled, by state: enrolled, failed (no usable face under that model) and missing (still to do). Read from the database, so a `npm run reenrol` in any process shows; refreshed at most every 30 s",
  labelNames: ['model_version', 'force', 'state'] as const,
  registers: [registry],
  async collect() {
    const rows = await reenrolment.read();
    this.reset();
    for (const r of rows ?? []) {
      const labels = { model_version: r.modelVersion, force: r.force };
      this.set({ ...labels, state: 'enrolled' }, r.enrolled);
      this.set({ ...labels, state: 'failed' }, r.failed);
      this.set({ ...labels, state: 'missing' }, r.missing);
    }
  },
});

/**
 * Where the re-enrolment gauge reads from at scrape time. Re-enrolment runs as its own process
 * (`npm run reenrol`), so its progress is what the database holds, not a counter in this one.
 */
export function observeReenrolment(read: (() => Promise<ReenrolmentProgress[]>) | null): void {
  reenrolment.observe(read);
}

const purgeBacklog = new DatabaseReading<number>();
new Gauge({
  name: 'twokey_retention_requests_due',
  help: 'Search requests whose retention period has run out and that are not purged yet, across forces: falls as a purge (the sweep or `npm run purge` in any process) works through them; refreshed at most every 30 s',
  registers: [registry],
  async collect() {
    const due = await purgeBacklog.read();
    this.reset();
    if (due !== null) this.set(due);
  },
});

/** Where the purge backlog gauge reads from at scrape time. */
export function observePurgeBacklog(read: (() => Promise<number>) | null): void {
  purgeBacklog.observe(read);
}

// ---- background jobs in this process (purge, …) ----------------------------------------------------

/** Jobs that report progress; add a name here before using it (labels stay a bounded set). */
export type BackgroundJob = 'purge';

const jobItems = new Gauge({
  name: 'twokey_job_items',
  help: 'Progress of long-running jobs: items done, failed and in total, by job',
  labelNames: ['job', 'state'] as const,
  registers: [registry],
});
const jobRunning = new Gauge({
  name: 'twokey_job_running',
  help: '1 while a long-running job runs on this instance, else 0',
  labelNames: ['job'] as const,
  registers: [registry],
});

/**
 * The progress hook for long jobs: `const p = jobProgress('purge'); p.start(total); p.advance(n);
 * p.finish()`. Counts only; what the items are never becomes a label.
 */
export function jobProgress(job: BackgroundJob) {
  return {
    start(total: number) {
      jobRunning.set({ job }, 1);
      jobItems.set({ job, state: 'total' }, total);
      jobItems.set({ job, state: 'done' }, 0);
      jobItems.set({ job, state: 'failed' }, 0);
    },
    advance(done: number, failed = 0) {
      if (done) jobItems.inc({ job, state: 'done' }, done);
      if (failed) jobItems.inc({ job, state: 'failed' }, failed);
    },
    finish() {
      jobRunning.set({ job }, 0);
    },
  };
}

// ---- retention ---------------------------------------------------------------------------------------

const purgedRequests = new Counter({
  name: 'twokey_search_requests_purged_total',
  help: 'Search requests whose probe, candidate list and review decisions were purged, by retention rule',
  labelNames: ['rule'] as const,
  registers: [registry],
});
const purgeFailures = new Counter({
  name: 'twokey_search_request_purge_failures_total',
  help: 'Purges of one search request that failed and were rolled back (tried again at the next run)',
  registers: [registry],
});

/** Counts only; the rule is one of three fixed names, never a request id. */
export const retention = {
  purged: (rule: 'NO_VIABLE_CANDIDATE' | 'CASE_CLOSED' | 'PROCEEDINGS_HOLD_ENDED') =>
    purgedRequests.inc({ rule }),
  failed: () => purgeFailures.inc(),
};

/** The Prometheus text exposition of every metric above. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

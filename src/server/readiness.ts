/** What `/readyz` reports: each part's state, 'ok' or why not. */
export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  database: 'postgres' | 'pglite';
  checks: { database: string; events: string; inference: string };
  /** The parts that are not ok (only when unavailable). */
  failed?: Array<keyof ReadinessReport['checks']>;
}

export interface ReadinessParts {
  database: { kind: 'postgres' | 'pglite'; ping(): Promise<void> };
  /** The event listener (PostgreSQL LISTEN connection, or in-process) and the outbox relay. */
  events: Array<{ problem(): string | null }>;
  /** The face pipeline's live worker threads. */
  workersAlive: () => number;
  /** Longest wait for the database's answer before it counts as failed. */
  timeoutMs?: number;
}

/**
 * Readiness: the database answers a query, live events can flow (the LISTEN connection is up and
 * the outbox relay runs without failing) and at least one face inference worker is alive. A load
 * balancer stops sending traffic on 503 and the report names the part that failed; nothing in it
 * is personal or secret (no connection strings, no error texts from the database).
 */
export function readinessCheck(parts: ReadinessParts): () => Promise<ReadinessReport> {
  const timeoutMs = parts.timeoutMs ?? 3_000;
  return async () => {
    const database = await pingWithin(parts.database, timeoutMs);
    const events = parts.events.map((p) => p.problem()).find((p) => p !== null) ?? 'ok';
    const workers = parts.workersAlive();
    const inference = workers > 0 ? 'ok' : 'no face inference worker is alive';
    const checks = { database, events, inference };
    const failed = (Object.keys(checks) as Array<keyof typeof checks>).filter((k) => checks[k] !== 'ok');
    return failed.length
      ? { status: 'unavailable', database: parts.database.kind, checks, failed }
      : { status: 'ready', database: parts.database.kind, checks };
  };
}

async function pingWithin(database: ReadinessParts['database'], timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([
      database.ping().then(
        () => 'ok',
        () => 'the database did not answer',
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Commit-to-delivery latency of the live review queue: N reviewer sockets (graphql-ws clients
 * over `ws`) subscribed to `availableReviewTasks` on one instance, and a review task that is
 * claimed and released over and over by an officer who is not listening. Each change is one
 * transaction through the workflow's own row helpers (audit event included); the clock starts
 * when COMMIT has returned and stops when a client has parsed the notice, for every socket.
 *
 *   npm run bench:subscriptions -- [--sockets 1,10,100,500,1000] [--events 40] [--ability-ttl-ms 5000]
 *
 * Every socket is a different reviewer (bench.reviewer.1…N, one socket each), so each notice is
 * checked against N abilities and WS_MAX_SOCKETS_PER_OFFICER (8 by default) never applies.
 *
 * Embedded PGlite (in-process events) by default; with DATABASE_URL, a scratch database on that
 * server and PostgreSQL LISTEN/NOTIFY, the path between instances. The server runs in this
 * process, the clients in a worker thread (their own event loop); times are wall-clock
 * (`performance.timeOrigin + performance.now()`) in both. "server CPU ms/event" is the main
 * thread's CPU time (Linux; user, and system: the kernel's share, writing to sockets) over the
 * measured events divided by their number: the server's work (the bench's own transaction
 * included), which depends much less than latency on what else the machine is doing. Not a test: it prints numbers to quote.
 */
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { lockTask, moveTask } from '../src/services/workflow/search-request.transitions';
import {
  LegalBasis,
  OffenceCategory,
  ProbeSourceType,
  ReviewStage,
  ReviewTask,
  ReviewTaskStatus,
  SearchPurpose,
  SearchRequest,
  SearchRequestStatus,
} from '../src/entities';
import { TestServer } from '../test/support/test-server';
import { usingPostgres } from '../test/support/test-database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const LEVELS = arg('--sockets', '1,10,100,500,1000').split(',').map(Number);
const EVENTS = Number(arg('--events', '40'));
const ABILITY_TTL_MS = arg('--ability-ttl-ms', '5000');
const GAP_MS = 25;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The clients: plain JavaScript in a worker so that they parse on their own event loop. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { createClient } = require(workerData.graphqlWs);
const WebSocket = require(workerData.ws);
const now = () => performance.timeOrigin + performance.now();
const query = 'subscription { availableReviewTasks { taskId change status version } }';
let clients = [];
let received = new Map();
let expected = 0;
parentPort.on('message', async (m) => {
  if (m.type === 'open') {
    expected = m.tokens.length;
    received = new Map();
    let connected = 0;
    clients = m.tokens.map((token) => {
      const client = createClient({
        url: m.url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: 'Bearer ' + token },
        on: { connected: () => { connected += 1; if (connected === expected) parentPort.postMessage({ type: 'connected' }); } },
      });
      client.subscribe({ query }, {
        next: (r) => {
          const t = now();
          const v = r.data && r.data.availableReviewTasks.version;
          let times = received.get(v);
          if (!times) received.set(v, (times = []));
          times.push(t);
          if (times.length === expected) parentPort.postMessage({ type: 'delivered', version: v, times });
        },
        error: (e) => parentPort.postMessage({ type: 'error', error: String(e && e.message || e) }),
        complete: () => {},
      });
      return client;
    });
  } else if (m.type === 'partial') {
    parentPort.postMessage({ type: 'delivered', version: m.version, times: received.get(m.version) || [] });
  } else if (m.type === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
    parentPort.postMessage({ type: 'closed' });
  }
});
`;

class Clients {
  private readonly worker: Worker;
  private waiters = new Map<string, (m: { times?: number[] }) => void>();

  constructor() {
    this.worker = new Worker(CLIENTS, {
      eval: true,
      workerData: { graphqlWs: require.resolve('graphql-ws'), ws: require.resolve('ws') },
    });
    this.worker.on('message', (m: { type: string; version?: number; times?: number[]; error?: string }) => {
      if (m.type === 'error') {
        console.error('subscription error:', m.error);
        return;
      }
      const key = m.type === 'delivered' ? `delivered:${m.version}` : m.type;
      this.waiters.get(key)?.(m);
      this.waiters.delete(key);
    });
  }

  private next<T>(key: string, send?: object, timeoutMs = 120_000): Promise<T | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(null);
      }, timeoutMs);
      this.waiters.set(key, (m) => {
        clearTimeout(timer);
        resolve(m as T);
      });
      if (send) this.worker.postMessage(send);
    });
  }

  open(url: string, tokens: string[]) {
    return this.next('connected', { type: 'open', url: url.replace(/^http/, 'ws'), tokens });
  }

  /** Every socket's receive time of notice `version`; what arrived so far after `timeoutMs`. */
  async delivered(version: number, timeoutMs = 10_000): Promise<number[]> {
    const all = await this.next<{ times: number[] }>(`delivered:${version}`, undefined, timeoutMs);
    if (all) return all.times;
    const partial = await this.next<{ times: number[] }>(`delivered:${version}`, {
      type: 'partial',
      version,
    });
    return partial?.times ?? [];
  }

  close() {
    return this.next('closed', { type: 'close' });
  }

  terminate() {
    return this.worker.terminate();
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

/** User and system CPU time (ms) of this process' main thread so far, where Linux shows it; null elsewhere. */
const mainThreadCpuMs = (): { user: number; system: number } | null => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 }; // utime, stime in USER_HZ (100) ticks
  } catch {
    return null;
  }
};
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const loadAtStart = loads();
  const server = await TestServer.start({
    INFERENCE_SESSIONS: '1',
    SUBSCRIBER_ABILITY_TTL_MS: ABILITY_TTL_MS,
  });
  const db = server.db;
  const max = Math.max(...LEVELS);
  const [{ swp }] = await db.dataSource.query("SELECT id AS swp FROM force WHERE code = 'SWP'");
  const [{ requester, caseId }] = await db.dataSource.query(
    'SELECT o.id AS requester, c.id AS "caseId" FROM officer o, case_file c WHERE o.subject = \'swp.requester\' LIMIT 1',
  );
  const [{ claimer }] = await db.dataSource.query(
    "SELECT id AS claimer FROM officer WHERE subject = 'swp.reviewer1'",
  );
  await db.dataSource.query(
    `INSERT INTO officer (force_id, subject, display_name, roles, reviewer_certified_until)
     SELECT $1, 'bench.reviewer.' || g, 'Bench reviewer ' || g, '{REVIEWER}', now() + interval '1 year' FROM generate_series(1, $2) g`,
    [swp, max],
  );
  const taskId = await db.transaction(async ({ manager }) => {
    const request = await manager.save(
      manager.create(SearchRequest, {
        forceId: swp,
        caseId,
        requesterId: requester,
        status: SearchRequestStatus.FIRST_REVIEW,
        version: 1,
        purpose: SearchPurpose.IDENTIFY_SUSPECT,
        legalBasis: LegalBasis.COMMON_LAW_POLICING,
        justification: 'Benchmark request: no real person is searched for here.',
        probeSourceType: ProbeSourceType.CCTV,
        probeOtherSourceType: null,
        probeObtainedBy: 'Benchmark',
        probeObtainedAt: new Date(),
        probeObtainedFrom: 'Benchmark: no real image',
        probeExhibitReference: 'BENCH/1',
        offenceCategory: OffenceCategory.ROBBERY,
        threshold: 0.6,
        k: 20,
        includeUnder18: false,
        includeNotConvicted: false,
        galleryForceIds: [swp],
        authorisationRequired: false,
        authorisationReasons: [],
        probeQuality: {
          faceSizePx: 120,
          sharpness: 1,
          poseYawProxy: 0,
          detectorScore: 0.99,
          acceptable: true,
          reasons: [],
        },
        expiresAt: new Date(Date.now() + 86_400_000),
      }),
    );
    const task = await manager.save(
      manager.create(ReviewTask, {
        requestId: request.id,
        forceId: swp,
        stage: ReviewStage.FIRST,
        status: ReviewTaskStatus.OPEN,
        requesterId: requester,
        version: 1,
      }),
    );
    return task.id;
  });

  /** Claims or releases the task; returns its new version and the moment COMMIT returned. */
  const flip = async (): Promise<{ version: number; committedAt: number }> => {
    let committedAt = 0;
    let version = 0;
    await db.transaction(async (tx) => {
      // registered first, so it runs before the NOTIFY is sent
      tx.afterCommit(() => {
        committedAt = now();
      });
      const task = await lockTask(tx, taskId);
      if (task.status === ReviewTaskStatus.OPEN) {
        await moveTask(
          tx,
          null,
          task,
          'claim',
          { claimedById: claimer, claimedAt: new Date(), claimExpiresAt: new Date(Date.now() + 60_000) },
          { action: 'REVIEW_TASK_CLAIMED' },
        );
      } else {
        await moveTask(
          tx,
          null,
          task,
          'release',
          { claimedById: null, claimedAt: null, claimExpiresAt: null },
          { action: 'REVIEW_TASK_RELEASED' },
        );
      }
      version = task.version;
    });
    return { version, committedAt };
  };

  const allTokens: string[] = [];
  for (let i = 1; i <= max; i += 1) allTokens.push(await server.token(`bench.reviewer.${i}`));
  const clients = new Clients();
  const rows: string[][] = [];
  for (const n of LEVELS) {
    const openedAt = now();
    if (!(await clients.open(server.url, allTokens.slice(0, n))))
      throw new Error(`${n} sockets did not all connect`);
    const connectMs = now() - openedAt;
    // warm up: every subscription registered and every ability cached once
    for (;;) {
      const { version } = await flip();
      if ((await clients.delivered(version, 5_000)).length === n) break;
    }
    const latencies: number[] = [];
    let missing = 0;
    const cpuBefore = mainThreadCpuMs();
    for (let i = 0; i < EVENTS; i += 1) {
      const { version, committedAt } = await flip();
      const times = await clients.delivered(version);
      missing += n - times.length;
      for (const t of times) latencies.push(t - committedAt);
      await sleep(GAP_MS);
    }
    const cpuAfter = mainThreadCpuMs();
    await clients.close();
    latencies.sort((x, y) => x - y);
    const ms = (v: number) => v.toFixed(1);
    rows.push([
      String(n),
      String(EVENTS),
      String(latencies.length),
      String(missing),
      ms(percentile(latencies, 0.5)),
      ms(percentile(latencies, 0.95)),
      ms(percentile(latencies, 0.99)),
      ms(latencies[latencies.length - 1]),
      cpuBefore === null || cpuAfter === null
        ? '-'
        : `${ms((cpuAfter.user - cpuBefore.user) / EVENTS)} + ${ms((cpuAfter.system - cpuBefore.system) / EVENTS)}`,
      (connectMs / 1000).toFixed(1),
    ]);
    console.error(`  ${n} sockets done`);
  }
  await clients.terminate();
  await server.stop();

  const header = [
    'sockets',
    'events',
    'deliveries',
    'missed',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'server CPU ms/event (user + system)',
    'connect s',
  ];
  console.log(
    `\nCommit to delivery, availableReviewTasks (${usingPostgres() ? 'PostgreSQL LISTEN/NOTIFY' : 'embedded PGlite, in-process events'}; ability TTL ${ABILITY_TTL_MS} ms)`,
  );
  console.log(
    `${cpus().length} cores, load average ${loadAtStart} at the start and ${loads()} at the end, Node ${process.version}\n`,
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

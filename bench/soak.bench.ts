/**
 * Soak: the service as production runs it, under a steady mix of work for a long time, sampling
 * its memory. Answers one question: does the service hold on to memory it no longer needs?
 *
 *   DATABASE_URL=postgres://... npm run bench:soak -- [--minutes 30] [--clients 4] [--sample-seconds 10]
 *                                                    [--heap-snapshots dir]
 *
 * PostgreSQL only: a scratch database seeded by an in-process test server (officers, a gallery
 * of the demo faces), then the built service (`dist/src/main.js`, NODE_ENV=production, one
 * process) on it. `--clients` loops run until the time is up, each one after another:
 *   reads     `me` and the officer's cases; one search request with its candidates
 *   lists     search requests, the review queue, open first-review tasks (first pages)
 *   audit     a request's whole audit trail, and the latest audit events (as oversight)
 *   search    every tenth step: a whole search on a new case (create, submit, authorise, two
 *             reviews with every candidate opened, close)
 * Every 10 s it samples the service's resident memory (/proc). Prints errors by code and the
 * RSS curve; growth is measured from the fifth minute (after warm-up) to the last minute.
 * `--heap-snapshots dir` writes V8 heap snapshots of the service at the fifth minute and at the
 * end (compare them in Chrome DevTools' Memory tab to see what holds memory).
 * Not a test: it prints numbers to quote, with the machine's load average.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { print } from 'graphql';
import { demoFaces } from '../test/support/faces';
import { matchOnly, WorkflowDriver, type Enrolled, WfClose } from '../test/support/search-workflow';
import { TestServer, type GraphQLResponse } from '../test/support/test-server';
import { usingPostgres } from '../test/support/test-database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const MINUTES = Number(arg('--minutes', '30'));
const CLIENTS = Number(arg('--clients', '4'));
const SAMPLE_SECONDS = Number(arg('--sample-seconds', '10'));
const HEAP_DIR = arg('--heap-snapshots', '');
const WARM_UP_MINUTES = Math.min(5, MINUTES / 3);

const ME_AND_CASES = `{ me { id displayName roles } cases(first: 20) { totalCount edges { node { id crimeReference status } } } }`;
const REQUEST = `query ($id: ID!) { searchRequest(id: $id) { id status version threshold k candidateCount modelVersion
  outcome { result caveat } candidates { id rank score custodyImageId galleryForceId } } }`;
const REQUESTS = `{ searchRequests(first: 50) { totalCount edges { node { id status createdAt } } pageInfo { hasNextPage endCursor } } }`;
const QUEUE = `{ reviewQueue { available(first: 20) { edges { node { id requestId stage status } } } held { edges { node { id } } } asOf } }`;
const TASKS = `{ reviewTasks(stage: FIRST, status: OPEN, first: 20) { edges { node { id requestId status } } } }`;
const TRAIL = `query ($id: ID!) { auditEvents(filter: { searchRequestId: $id }, first: 100, order: OLDEST_FIRST) { edges { node { id action occurredAt } } } }`;
const LATEST_AUDIT = `{ auditEvents(first: 50) { edges { node { id action occurredAt } } pageInfo { hasNextPage } } }`;

interface Service {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The built service in its own process, on the database the test server seeded. */
async function startService(server: TestServer): Promise<Service> {
  if (server.config.database.kind !== 'postgres') throw new Error('unreachable: PostgreSQL checked above');
  const root = resolve(__dirname, '..');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  const heapFlags = HEAP_DIR
    ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${resolve(HEAP_DIR)}`]
    : [];
  if (HEAP_DIR) mkdirSync(HEAP_DIR, { recursive: true });
  const child = spawn(process.execPath, [...heapFlags, join(root, 'dist/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO_DATA: 'false',
      WEB_CONCURRENCY: '1',
      DATABASE_URL: server.config.database.url,
      AUTH_PUBLIC_KEY: server.config.auth.publicKeyPem,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"twokey ready"')) resolveUrl((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} before it was ready`)));
  });
  const exited = new Promise((done) => child.once('exit', done));
  return {
    url,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Errors by code (or HTTP status), counted over the whole run. */
class ErrorTally {
  readonly byCode = new Map<string, number>();
  total = 0;

  add(code: string) {
    this.total += 1;
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
  }
}

async function main() {
  if (!usingPostgres()) throw new Error('bench:soak runs on PostgreSQL: set DATABASE_URL');
  const say = (line: string) => process.stderr.write(`soak: ${line}\n`);
  say('seeding a scratch database');
  const server = await TestServer.start();
  const seedDriver = new WorkflowDriver(server);
  const faces = await demoFaces(server.twokey.faces);
  const gallery: Enrolled[] = [];
  for (const face of faces) {
    // probes the service would ask "which face?" about are left out: the loop does not choose
    const probeIsClear = await server.twokey.faces.templateFor(face.probe).then(
      () => true,
      () => false,
    );
    if (probeIsClear) gallery.push(await seedDriver.enrol(face));
  }
  say('building and starting the service');
  const service = await startService(server);
  process.stdout.write(
    `soak: ${MINUTES} min, ${CLIENTS} clients, gallery ${gallery.length} faces, service pid ${service.pid}\n`,
  );

  const errors = new ErrorTally();
  const steps = { reads: 0, lists: 0, audit: 0, search: 0 };
  // the driver's calls go to the service process, not the in-process seeding server
  const call = async <T>(query: unknown, variables: unknown, auth: { as?: string } = {}) => {
    const token = auth.as ? await server.token(auth.as) : undefined;
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({
        query: typeof query === 'string' ? query : print(query as Parameters<typeof print>[0]),
        variables,
      }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (response.status !== 200) errors.add(`HTTP ${response.status}`);
    for (const e of body.errors ?? []) errors.add(String(e.extensions?.code ?? 'NO_CODE'));
    return { ...body, status: response.status };
  };
  const driver = new WorkflowDriver(server);
  driver.gql = call as TestServer['gql'];

  const requestIds: string[] = [];
  const search = async (i: number) => {
    const person = gallery[i % gallery.length];
    const { requestId } = await driver.searchToFirstReview(person.face.probe);
    const first = await driver.taskFor(requestId, 'FIRST', 'swp.reviewer1');
    await driver.claim(first.id, 'swp.reviewer1');
    await driver.review(first.id, 'swp.reviewer1', matchOnly(person));
    const second = await driver.taskFor(requestId, 'SECOND', 'swp.reviewer2');
    await driver.claim(second.id, 'swp.reviewer2');
    await driver.review(second.id, 'swp.reviewer2', matchOnly(person));
    await call(WfClose, { id: requestId }, { as: 'swp.requester' });
    requestIds.push(requestId);
  };
  const someRequest = (i: number) => requestIds[i % Math.max(1, requestIds.length)];

  const deadline = Date.now() + MINUTES * 60_000;
  const client = async (c: number) => {
    for (let i = c; Date.now() < deadline; i += CLIENTS) {
      try {
        if (i % 10 === 0 || requestIds.length === 0) {
          await search(i);
          steps.search += 1;
        } else if (i % 3 === 0) {
          await call(ME_AND_CASES, {}, { as: 'swp.requester' });
          await call(REQUEST, { id: someRequest(i) }, { as: 'swp.supervisor' });
          steps.reads += 1;
        } else if (i % 3 === 1) {
          await call(REQUESTS, {}, { as: 'swp.supervisor' });
          await call(QUEUE, {}, { as: 'swp.reviewer1' });
          await call(TASKS, {}, { as: 'swp.reviewer2' });
          steps.lists += 1;
        } else {
          await call(TRAIL, { id: someRequest(i) }, { as: 'oversight.commissioner' });
          await call(LATEST_AUDIT, {}, { as: 'oversight.commissioner' });
          steps.audit += 1;
        }
      } catch (error) {
        errors.add(`client: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
      }
    }
  };

  const started = Date.now();
  const samples: Array<{ minute: number; rss: number; load: number }> = [];
  let snapshotTaken = false;
  const sampler = setInterval(() => {
    const minute = (Date.now() - started) / 60_000;
    samples.push({ minute, rss: rssMb(service.pid), load: loadavg()[0] });
    if (HEAP_DIR && !snapshotTaken && minute >= WARM_UP_MINUTES) {
      snapshotTaken = true;
      process.kill(service.pid, 'SIGUSR2');
    }
  }, SAMPLE_SECONDS * 1000);
  samples.push({ minute: 0, rss: rssMb(service.pid), load: loadavg()[0] });
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  clearInterval(sampler);
  samples.push({ minute: (Date.now() - started) / 60_000, rss: rssMb(service.pid), load: loadavg()[0] });
  if (HEAP_DIR) {
    process.kill(service.pid, 'SIGUSR2');
    await new Promise((done) => setTimeout(done, 5_000));
  }
  // idle for a minute: what the service gives back once the load stops
  await new Promise((done) => setTimeout(done, 60_000));
  const idleRss = rssMb(service.pid);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const around = (from: number, to: number) =>
    median(samples.filter((s) => s.minute >= from && s.minute < to).map((s) => s.rss));
  const afterWarmUp = around(WARM_UP_MINUTES, WARM_UP_MINUTES + 1);
  const lastMinute = around(MINUTES - 1, MINUTES + 1);
  const peakAfterWarmUp = Math.max(...samples.filter((s) => s.minute >= WARM_UP_MINUTES).map((s) => s.rss));
  const growth = (100 * (lastMinute - afterWarmUp)) / afterWarmUp;

  const out = process.stdout;
  out.write(`\nsteps: ${JSON.stringify(steps)}  (searches completed: ${requestIds.length})\n`);
  out.write(
    `errors: ${errors.total}${errors.total ? ` ${JSON.stringify(Object.fromEntries(errors.byCode))}` : ''}\n`,
  );
  out.write('RSS of the service (MB), one line a minute:\n');
  for (let m = 0; m <= Math.ceil(MINUTES); m += 1) {
    const inMinute = samples.filter((s) => s.minute >= m && s.minute < m + 1);
    if (inMinute.length === 0) continue;
    out.write(
      `  ${String(m).padStart(3)} min  ${median(inMinute.map((s) => s.rss))
        .toFixed(0)
        .padStart(5)}   load ${inMinute[0].load.toFixed(1)}\n`,
    );
  }
  out.write(
    `after warm-up (minute ${WARM_UP_MINUTES}): ${afterWarmUp.toFixed(0)} MB; last minute: ${lastMinute.toFixed(0)} MB; ` +
      `peak after warm-up ${peakAfterWarmUp.toFixed(0)} MB; growth ${growth.toFixed(1)}%; after a minute idle: ${idleRss.toFixed(0)} MB\n`,
  );
  out.write(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  await service.stop();
  await server.stop();
  if (errors.total > 0 || growth > 5) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

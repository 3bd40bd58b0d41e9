/**
 * Authorised GraphQL reads on the real service, against a bare Apollo server with the same schema
 * (same types, static data, no auth, no database) in the same run as a reference.
 *
 *   npm run bench:graphql -- [--connections 16] [--seconds 10] [--warmup 2] [--only a,b] [--profile dir]
 *                            [--workers n]
 *
 * Embedded PGlite by default; with DATABASE_URL, a scratch database on that server with the
 * owner and application roles, as the tests run it. The service runs in this process with
 * NODE_ENV=production; with `--workers n` (PostgreSQL only) it runs as production runs it instead:
 * `src/main.ts` in its own processes, WEB_CONCURRENCY=n, on the database seeded here. The load
 * generator (autocannon: keep-alive HTTP/1.1, N connections each sending one request after
 * another) runs in a child process. Besides requests/s and latency it prints the CPU time each
 * answered request cost the service (and PostgreSQL's processes, when local): a figure that holds
 * when the machine is busy, where requests/s does not. Scenarios, each as a signed-in officer
 * with a fresh token per run:
 *   request+candidates   a supervisor reads a closed search request with its candidate list
 *                        (a content read: one audit event per read)
 *   request              the same request without its content fields (no audit write)
 *   review queue         a reviewer reads their review queue (open tasks of several requests)
 * Not a test: it prints numbers to quote, with the machine's load average.
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { loadConfig } from '../src/config/config';
import { demoFaces } from '../test/support/faces';
import { matchOnly, WorkflowDriver } from '../test/support/search-workflow';
import { TestServer } from '../test/support/test-server';
import { usingPostgres } from '../test/support/test-database';
import { postgresCpuSeconds, processCpuSeconds, processTreeCpuSeconds } from './support/cpu';
import type { LoadResult, LoadSpec } from './support/http-load';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const CONNECTIONS = Number(arg('--connections', '16'));
const SECONDS = Number(arg('--seconds', '10'));
const WARMUP = Number(arg('--warmup', '2'));
/** PostgreSQL: serve from `src/main.ts` in its own process(es) with WEB_CONCURRENCY=N instead of this process. */
const WORKERS = Number(arg('--workers', '0'));
const ONLY = arg('--only', '').split(',').filter(Boolean);
/** Writes a CPU profile of the service (this process) over each measured window into this folder. */
const PROFILE_DIR = arg('--profile', '');

const REQUEST_WITH_CANDIDATES = `query ($id: ID!) { searchRequest(id: $id) { id status version threshold k candidateCount modelVersion
  outcome { result caveat } candidates { id rank score custodyImageId galleryForceId } } }`;
const REQUEST_ONLY = `query ($id: ID!) { searchRequest(id: $id) { id status version threshold k candidateCount modelVersion outcome { result caveat } } }`;
const REVIEW_QUEUE = `query { reviewQueue { available { edges { node { id requestId stage status version createdAt } } } held { edges { node { id requestId stage status } } } asOf } }`;

interface Result extends LoadResult {
  /** CPU milliseconds per answered request: this process (the service), and PostgreSQL's processes. */
  serviceCpuMs: number;
  databaseCpuMs: number;
}

/** Runs the load generator in a child process; samples CPU over its measured window only. */
/** What is measured: where it listens and the CPU seconds it has used so far. */
interface Target {
  url: string;
  cpuSeconds: () => number;
}

function drive(
  target: Target,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  profile?: { start(): Promise<void>; stop(): Promise<void> },
): Promise<Result> {
  const spec: LoadSpec = {
    url: target.url,
    body: JSON.stringify({ query, variables }),
    token,
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmupSeconds: WARMUP,
  };
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', join(__dirname, 'support/http-load.ts'), JSON.stringify(spec)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let service = 0;
    let database = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as { measuring?: true } & LoadResult;
      if (message.measuring) {
        if (profile) void profile.start();
        service = target.cpuSeconds();
        database = postgresCpuSeconds();
        return;
      }
      const perRequest = (seconds: number) => (1000 * seconds) / Math.max(1, message.requests);
      if (profile) void profile.stop();
      resolve({
        ...message,
        serviceCpuMs: perRequest(target.cpuSeconds() - service),
        databaseCpuMs: perRequest(postgresCpuSeconds() - database),
      });
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load generator exited with ${code}`));
    });
  });
}

/** The same schema (the emitted SDL), static data, no auth, no database: what Apollo and HTTP cost alone. */
async function startBareServer(
  request: unknown,
  queue: unknown,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const schema = buildSchema(readFileSync(join(__dirname, '../src/schema/schema.graphql'), 'utf8'));
  const apollo = new ApolloServer({
    schema,
    rootValue: { searchRequest: () => request, reviewQueue: () => queue },
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: loadConfig({}).graphql.maxBodyBytes }),
    expressMiddleware(apollo),
  );
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const fmt = (r: Result) =>
  `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(5)}   p90 ${r.p90.toFixed(1).padStart(5)}   p99 ${r.p99.toFixed(1).padStart(5)} ms   CPU/request: service ${r.serviceCpuMs.toFixed(2)} ms` +
  (Number.isFinite(r.databaseCpuMs) && usingPostgres()
    ? `, PostgreSQL ${r.databaseCpuMs.toFixed(2)} ms`
    : '') +
  (r.errors ? `   ${r.errors} errors (${r.firstError})` : '');

/**
 * The service as production runs it: the compiled `dist/src/main.js` (`npm start` builds it; so
 * does this) in its own process with WEB_CONCURRENCY=n, on the database the in-process server
 * seeded, trusting the same token key. Not ts-node: its register hook loads Node's `domain` module,
 * which puts a hook on every promise and event emitter of the process it runs in.
 */
async function startServiceProcesses(
  server: TestServer,
  workers: number,
): Promise<Target & { stop(): Promise<void> }> {
  if (server.config.database.kind !== 'postgres')
    throw new Error('--workers needs DATABASE_URL (PostgreSQL)');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: join(__dirname, '..'), stdio: 'inherit' });
  const child = spawn(process.execPath, [join(__dirname, '../dist/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO_DATA: 'false',
      INFERENCE_SESSIONS: '1',
      WEB_CONCURRENCY: String(workers),
      DATABASE_URL: server.config.database.url,
      AUTH_PUBLIC_KEY: server.config.auth.publicKeyPem,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls: string[] = [];
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('"twokey ready"')) return;
      urls.push((JSON.parse(line) as { url: string }).url);
      if (urls.length === workers) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} before it was ready`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: urls[0],
    cpuSeconds: () => processTreeCpuSeconds(child.pid!),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Profiles this process with the inspector (only the measured window), written as <dir>/<name>.cpuprofile. */
function profiler(name: string) {
  if (!PROFILE_DIR) return undefined;
  const session = new Session();
  session.connect();
  return {
    async start() {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `${name.replace(/\W+/g, '-')}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function main() {
  const mode = usingPostgres() ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`Seeding (${mode})…`);
  const server = await TestServer.start({ INFERENCE_SESSIONS: '1', NODE_ENV: 'production' });
  try {
    const wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    const gallery = [];
    for (const face of faces.slice(0, 6)) gallery.push(await wf.enrol(face));
    // one request taken through both reviews to its outcome: the one read with its candidates
    const person = gallery[0];
    const { requestId: closedId } = await wf.searchToFirstReview(person.face.probe);
    const first = await wf.taskFor(closedId, 'FIRST', 'swp.reviewer1');
    await wf.claim(first.id, 'swp.reviewer1');
    await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
    const second = await wf.taskFor(closedId, 'SECOND', 'swp.reviewer2');
    await wf.claim(second.id, 'swp.reviewer2');
    await wf.review(second.id, 'swp.reviewer2', matchOnly(person));
    // and a review queue: open first reviews of several requests
    for (const other of gallery.slice(1, 6)) await wf.searchToFirstReview(other.face.probe);

    const supervisor = await server.token('swp.supervisor', { expiresIn: '2h' });
    const reviewer = await server.token('swp.reviewer1', { expiresIn: '2h' });
    const check = async (query: string, variables: Record<string, unknown>, as: string) => {
      const response = await server.gql(query, variables, { as });
      if (response.errors?.length || !response.data)
        throw new Error(`seeded read failed: ${JSON.stringify(response.errors)}`);
      return response.data as Record<string, unknown>;
    };
    const request = (await check(REQUEST_WITH_CANDIDATES, { id: closedId }, 'swp.supervisor'))
      .searchRequest as { status: string; candidates: unknown[] };
    const queue = (await check(REVIEW_QUEUE, {}, 'swp.reviewer1')).reviewQueue as {
      available: { edges: unknown[] };
    };
    console.log(
      `request ${request.status} with ${request.candidates.length} candidates; review queue of ${queue.available.edges.length} open tasks`,
    );

    const bare = await startBareServer(request, queue);
    const service: Target & { stop?: () => Promise<void> } = WORKERS
      ? await startServiceProcesses(server, WORKERS)
      : { url: server.url, cpuSeconds: processCpuSeconds };
    const scenarios = [
      {
        name: 'request+candidates',
        query: REQUEST_WITH_CANDIDATES,
        variables: { id: closedId },
        token: supervisor,
      },
      { name: 'request', query: REQUEST_ONLY, variables: { id: closedId }, token: supervisor },
      { name: 'review queue', query: REVIEW_QUEUE, variables: {}, token: reviewer },
    ].filter((s) => ONLY.length === 0 || ONLY.some((o) => s.name.startsWith(o)));

    const lines: string[] = [];
    const load: string[] = [];
    for (const s of scenarios) {
      const real = await drive(
        service,
        s.query,
        s.variables,
        s.token,
        WORKERS ? undefined : profiler(s.name),
      );
      load.push(loadavg()[0].toFixed(2));
      const reference = await drive({ url: bare.url, cpuSeconds: processCpuSeconds }, s.query, s.variables);
      load.push(loadavg()[0].toFixed(2));
      lines.push(`${s.name.padEnd(20)} twokey ${fmt(real)}`);
      lines.push(`${''.padEnd(20)} bare   ${fmt(reference)}`);
      lines.push(
        `${''.padEnd(20)} ratio  ${(real.rps / reference.rps).toFixed(2)} of the bare server's requests/s\n`,
      );
    }
    await bare.stop();
    await service.stop?.();
    console.log(
      `\nAuthorised GraphQL reads, ${mode}, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s warm-up; ` +
        (WORKERS ? `twokey as its own process, WEB_CONCURRENCY=${WORKERS}` : 'twokey in this process') +
        ', the bare server in this process',
    );
    console.log(
      `${cpus().length} cores, Node ${process.version}; 1-min load average after each run: ${load.join(', ')}\n`,
    );
    for (const line of lines) console.log(line);
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

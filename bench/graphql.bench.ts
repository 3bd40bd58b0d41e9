/**
 * Authorised GraphQL reads on the real service, against a bare Apollo server with the same schema
 * (same types, static data, no auth, no database) in the same run as a reference.
 *
 *   npm run bench:graphql -- [--connections 16] [--seconds 10] [--warmup 2] [--only a,b]
 *
 * Embedded PGlite by default; with DATABASE_URL, a scratch database on that server with the
 * owner and application roles, as the tests run it. The service runs in this process and the load
 * generator (keep-alive HTTP/1.1, N connections each sending one request after another) in a
 * worker thread with its own event loop. Scenarios, each as a signed-in officer with a fresh
 * token per run:
 *   request+candidates   a supervisor reads a closed search request with its candidate list
 *                        (a content read: one audit event per read)
 *   request              the same request without its content fields (no audit write)
 *   review queue         a reviewer reads their review queue (open tasks of several requests)
 * Not a test: it prints numbers to quote, with the machine's load average.
 */
import { cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { demoFaces } from '../test/support/faces';
import { matchOnly, WorkflowDriver } from '../test/support/search-workflow';
import { TestServer } from '../test/support/test-server';
import { usingPostgres } from '../test/support/test-database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const CONNECTIONS = Number(arg('--connections', '16'));
const SECONDS = Number(arg('--seconds', '10'));
const WARMUP = Number(arg('--warmup', '2'));
const ONLY = arg('--only', '').split(',').filter(Boolean);

const REQUEST_WITH_CANDIDATES = `query ($id: ID!) { searchRequest(id: $id) { id status version threshold k candidateCount modelVersion
  outcome { result caveat } candidates { id rank score custodyImageId galleryForceId } } }`;
const REQUEST_ONLY = `query ($id: ID!) { searchRequest(id: $id) { id status version threshold k candidateCount modelVersion outcome { result caveat } } }`;
const REVIEW_QUEUE = `query { reviewQueue { available { edges { node { id requestId stage status version createdAt } } } held { edges { node { id requestId stage status } } } asOf } }`;

/** The load generator: CONNECTIONS keep-alive sockets, each sending the next request when the last answered. */
const LOAD = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, body, token, connections, seconds, warmup } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
if (token) headers.authorization = 'Bearer ' + token;
let measuring = false, stop = false;
const latencies = [];
let errors = 0, firstError = null;
function once() {
  return new Promise((resolve) => {
    const start = performance.now();
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200 || text.includes('"errors"')) { errors += 1; if (!firstError) firstError = res.statusCode + ' ' + text.slice(0, 300); }
        else if (measuring) latencies.push(performance.now() - start);
        resolve();
      });
    });
    req.on('error', (e) => { errors += 1; if (!firstError) firstError = String(e); resolve(); });
    req.end(body);
  });
}
async function loop() { while (!stop) await once(); }
(async () => {
  const loops = Array.from({ length: connections }, loop);
  await new Promise((r) => setTimeout(r, warmup * 1000));
  measuring = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  stop = true;
  await Promise.all(loops);
  agent.destroy();
  parentPort.postMessage({ latencies, elapsed, errors, firstError });
})();
`;

interface Result {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  firstError: string | null;
}

function drive(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD, {
      eval: true,
      workerData: {
        url,
        body: JSON.stringify({ query, variables }),
        token,
        connections: CONNECTIONS,
        seconds: SECONDS,
        warmup: WARMUP,
      },
    });
    worker.once('error', reject);
    worker.once(
      'message',
      (m: { latencies: number[]; elapsed: number; errors: number; firstError: string | null }) => {
        void worker.terminate();
        const sorted = Float64Array.from(m.latencies).sort();
        const at = (q: number) =>
          sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
        resolve({
          rps: sorted.length / m.elapsed,
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          errors: m.errors,
          firstError: m.firstError,
        });
      },
    );
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
  app.use('/graphql', express.json({ limit: '30mb' }), expressMiddleware(apollo));
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
  `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(5)}   p95 ${r.p95.toFixed(1).padStart(5)}   p99 ${r.p99.toFixed(1).padStart(5)} ms${r.errors ? `   ${r.errors} errors (${r.firstError})` : ''}`;

async function main() {
  const mode = usingPostgres() ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`Seeding (${mode})…`);
  const server = await TestServer.start({ INFERENCE_SESSIONS: '1' });
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
      const real = await drive(server.url, s.query, s.variables, s.token);
      load.push(loadavg()[0].toFixed(2));
      const reference = await drive(bare.url, s.query, s.variables);
      load.push(loadavg()[0].toFixed(2));
      lines.push(`${s.name.padEnd(20)} twokey ${fmt(real)}`);
      lines.push(`${''.padEnd(20)} bare   ${fmt(reference)}`);
      lines.push(
        `${''.padEnd(20)} ratio  ${(real.rps / reference.rps).toFixed(2)} of the bare server's requests/s\n`,
      );
    }
    await bare.stop();
    console.log(
      `\nAuthorised GraphQL reads, ${mode}, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s warm-up`,
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

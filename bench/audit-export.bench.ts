/**
 * Memory and speed of the streaming audit export: fills a database with an audit log of
 * 100,000 events (a valid hash chain), starts the real server on it and downloads
 * GET /exports/audit-events.csv as the demo commissioner, sampling the process's RSS throughout.
 *
 *   npm run bench:audit-export -- [--events 100000] [--format csv|jsonl]
 *
 * Embedded PGlite in a temporary folder by default; with DATABASE_URL, a scratch database on
 * that server (created and dropped here; the database named in the URL is only used to do so).
 * The server runs in this process and its RSS is sampled throughout; the client is a child
 * process that only counts bytes and lines.
 * Not a test: it asserts nothing but the row count, and prints numbers to quote.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { chainHash, GENESIS_HASH } from '../src/audit';
import { loadConfig } from '../src/config/config';
import { Database } from '../src/db';
import { seedDemoData } from '../src/db/demo-data';
import { AuditEvent, Force, Officer } from '../src/entities';
import { createLogger } from '../src/logging/logger';
import { bootstrap } from '../src/server/bootstrap';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const EVENTS = Number(arg('--events', '100000'));
const FORMAT = arg('--format', 'csv');
const BATCH = 1000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** RSS, and what of it is the JS heap and array buffers (PGlite's WebAssembly memory is one). */
function memoryLine(label: string) {
  const m = process.memoryUsage();
  return `${label}: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}, array buffers ${mb(m.arrayBuffers)}`;
}

/** Samples RSS every 10 ms; `peak()` is the highest since the last `reset()`. */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    reset: () => {
      peak = process.memoryUsage.rss();
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * The client runs in its own process so that the RSS measured here is the server's alone and
 * the server's event loop is not shared with the reader. It counts bytes and lines, reports
 * every `step` lines, and the timings at the end.
 */
const CLIENT = `
const [url, token, step] = process.argv.slice(1);
(async () => {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { authorization: 'Bearer ' + token } });
  const headersMs = performance.now() - t0;
  if (response.status !== 200) { process.stdout.write('error ' + response.status + ' ' + (await response.text()) + '\\n'); process.exit(1); }
  let bytes = 0, lines = 0, firstByteMs = 0;
  for await (const chunk of response.body) {
    if (!firstByteMs) firstByteMs = performance.now() - t0;
    bytes += chunk.byteLength;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      lines += 1;
      if (lines % Number(step) === 0) process.stdout.write('progress ' + lines + '\\n');
    }
  }
  process.stdout.write('done ' + JSON.stringify({ bytes, lines, headersMs, firstByteMs, seconds: (performance.now() - t0) / 1000 }) + '\\n');
})();
`;

function download(url: string, token: string, step: number, onProgress: (lines: number) => void) {
  return new Promise<{
    bytes: number;
    lines: number;
    headersMs: number;
    firstByteMs: number;
    seconds: number;
  }>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CLIENT, url, token, String(step)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let done: ReturnType<typeof JSON.parse> | undefined;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [kind, rest] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (kind === 'progress') onProgress(Number(rest));
      else if (kind === 'done') done = JSON.parse(rest);
      else reject(new Error(`client: ${line}`));
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 && done ? resolve(done) : reject(new Error(`client exited with ${code}`)),
    );
  });
}

async function openDatabase(logger: ReturnType<typeof createLogger>) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'twokey-audit-bench-'));
    const db = await Database.open({ kind: 'pglite', dataDir }, logger);
    return {
      db,
      env: { PGLITE_DATA_DIR: dataDir },
      label: `PGlite (${dataDir})`,
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `twokey_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await Database.open({ kind: 'postgres', url: url.toString(), poolSize: 5 }, logger);
  return {
    db,
    env: { DATABASE_URL: url.toString() },
    label: `PostgreSQL (scratch database ${name})`,
    cleanup: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Appends `count` chained events in batches, as appendAudit would have written them one by one. */
async function fillAuditLog(db: Database, count: number) {
  const forces = await db.manager.find(Force);
  const officers = await db.manager.find(Officer);
  const actions = [
    'CASE_CREATED',
    'SEARCH_REQUESTED',
    'SEARCH_AUTHORISED',
    'REVIEW_SUBMITTED',
    'FACE_IMAGE_VIEWED',
    'ACCESS_DENIED',
  ];
  const head = await db.manager.find(AuditEvent, { order: { seq: 'DESC' }, take: 1 });
  let seq = head[0]?.seq ?? 0;
  let prevHash = head[0]?.hash ?? GENESIS_HASH;
  const start = Date.now() - count * 1000;
  for (let done = 0; done < count; done += BATCH) {
    const rows: AuditEvent[] = [];
    for (let i = done; i < Math.min(count, done + BATCH); i += 1) {
      const officer = officers[i % officers.length];
      const force = forces[i % forces.length];
      seq += 1;
      const event = Object.assign(new AuditEvent(), {
        seq,
        id: randomUUID(),
        occurredAt: new Date(start + i * 1000),
        actorOfficerId: officer.id,
        actorForceId: officer.forceId,
        action: actions[i % actions.length],
        subjectType: 'Case',
        subjectId: randomUUID(),
        forceId: force.id,
        reason: i % 10 === 0 ? `Robbery at "Queen Street", Cardiff; suspect seen on CCTV (${i})` : null,
        details: {
          crimeReference: `62/${String(i).padStart(5, '0')}/26`,
          offenceCategory: 'ROBBERY',
          threshold: 0.62,
          topK: 20,
        },
        prevHash,
      });
      event.hash = chainHash(prevHash, event);
      prevHash = event.hash;
      rows.push(event);
    }
    await db.transaction(({ manager }) =>
      manager
        .createQueryBuilder()
        .insert()
        .into(AuditEvent)
        .values(rows as QueryDeepPartialEntity<AuditEvent>[])
        .execute(),
    );
  }
}

async function main() {
  const logger = createLogger('warn');
  const sampler = rssSampler();
  const target = await openDatabase(logger);
  const { db } = target;
  let stopServer: (() => Promise<void>) | undefined;
  try {
    await db.migrate();
    await seedDemoData(db);
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      ...target.env,
    });
    const server = await bootstrap(config, logger, db);
    stopServer = () => server.stop();

    gc();
    sampler.reset();
    const serverUp = memoryLine('with the server up, before filling the log');
    const fillStart = performance.now();
    await fillAuditLog(db, EVENTS);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    const inScope = await db.manager
      .createQueryBuilder(AuditEvent, 'e')
      .where('e.forceId IS NOT NULL')
      .getCount();

    gc();
    const peakWhileFilling = sampler.peak();
    const beforeExport = memoryLine('before the export (after a GC)');
    const rssBeforeExport = process.memoryUsage.rss();
    sampler.reset();

    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('oversight.commissioner')
      .setIssuer('twokey')
      .setAudience('twokey-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const url = new URL(`/exports/audit-events.${FORMAT}`, server.app.url);
    const step = Math.max(1, Math.floor(EVENTS / 5));
    const progress: string[] = [];
    const result = await download(url.toString(), token, step, (lines) => {
      const rssNow = process.memoryUsage.rss();
      gc(); // what is live, not what the collector has yet to reclaim
      progress.push(
        `${memoryLine(`${lines.toLocaleString('en-GB')} lines`)} (rss before that GC ${mb(rssNow)})`,
      );
    });
    const { bytes, headersMs, firstByteMs, seconds } = result;
    const rows = FORMAT === 'csv' ? result.lines - 1 : result.lines; // the CSV header; the bench's reasons hold no line breaks
    const peakDuringExport = sampler.peak();
    const expected = inScope + 2; // plus the export's own record for each of the two demo forces

    console.log(
      `audit export bench: ${EVENTS.toLocaleString('en-GB')} events on ${target.label}, ${FORMAT.toUpperCase()} over HTTP, node ${process.version}`,
    );
    console.log(
      `  filled the log in ${fillSeconds.toFixed(1)} s (${Math.round(EVENTS / fillSeconds).toLocaleString('en-GB')} events/s, batches of ${BATCH})`,
    );
    console.log(`  ${serverUp}`);
    console.log(`  ${beforeExport}; peak RSS while filling ${mb(peakWhileFilling)}`);
    console.log(
      `  exported ${rows.toLocaleString('en-GB')} rows (${mb(bytes)}) in ${seconds.toFixed(2)} s: ${Math.round(rows / seconds).toLocaleString('en-GB')} rows/s; headers after ${headersMs.toFixed(0)} ms, first byte after ${firstByteMs.toFixed(0)} ms`,
    );
    console.log('  server memory as the client received the lines (after a forced GC at each mark):');
    for (const line of progress) console.log(`    ${line}`);
    console.log(
      `  peak server RSS during the export (sampled every 10 ms): ${mb(peakDuringExport)}; RSS before it ${mb(rssBeforeExport)}; the file is ${mb(bytes)}`,
    );
    console.log(
      `  process peak RSS (getrusage maxrss, whole run): ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    if (rows !== expected) throw new Error(`expected ${expected} rows, got ${rows}`);
  } finally {
    sampler.stop();
    await stopServer?.();
    await db.close();
    await target.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

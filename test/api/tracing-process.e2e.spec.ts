import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportSPKI, generateKeyPair } from 'jose';
import { runDemoSearch, type DemoSearchResult } from '../../scripts/demo-search';
import { deriveDemoFaces } from '../../src/demo/demo-faces';
import { createFacePipeline } from '../../src/inference';
import { startServiceProcess, type ServiceProcess } from '../support/service-process';
import { ancestorsOf, printTree, type SpanRecord } from '../support/span-tree';
import { openTestDatabase, usingPostgres } from '../support/test-database';
import { signed } from '../support/test-server';

/**
 * Issue 17, tracing as an operator turns it on: the real service process (src/main.ts, which loads
 * the tracing module first) with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a small OTLP/JSON receiver
 * here. Every instrumentation patches in a real process, so one search's trace has the HTTP,
 * Express, GraphQL and database spans, with the inference stages and the vector search among them;
 * its log lines carry the same trace id and the request id the response names. Also: /metrics on
 * a port of its own (METRICS_PORT).
 */
describe('tracing in the service process', () => {
  let service: ServiceProcess | undefined;
  let receiver: Server;
  let dropDatabase: (() => Promise<void>) | undefined;
  const spans: SpanRecord[] = [];
  let search: DemoSearchResult;
  let metricsUrl: string;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') spans.push(...otlpSpans(JSON.parse(body)));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      INFERENCE_SESSIONS: '1',
      SEED_DEMO_DATA: 'true',
      AUTH_PUBLIC_KEY: await exportSPKI(publicKey),
      METRICS_PORT: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    if (usingPostgres()) {
      const database = await openTestDatabase({ migrate: false });
      dropDatabase = database.close;
      env.DATABASE_URL = database.url;
      env.DATABASE_MIGRATION_URL = database.ownerUrl;
      env.MIGRATE_ON_START = 'true'; // off by default with DATABASE_URL; this test starts on an empty database
    } else {
      delete env.DATABASE_URL;
      env.PGLITE_DATA_DIR = 'memory://';
    }
    service = startServiceProcess(env);
    const [ready] = await service.ready();
    metricsUrl = String(service.lines('metrics listening')[0]?.url);
    const pipeline = await createFacePipeline({ sessions: 1 });
    const [person] = await deriveDemoFaces(pipeline, { atLeast: 1 }).finally(() => pipeline.close());
    search = await runDemoSearch({
      url: String(ready.url),
      token: (subject) => signed(subject, {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey),
      person,
      print: () => undefined,
    });
    // the batch span processor exports every 100 ms
    for (let i = 0; i < 50 && !spans.some((s) => s.name === 'face_search'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }, 420_000);

  afterAll(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    await new Promise((resolve) => receiver?.close(resolve));
    await dropDatabase?.();
  });

  const traceOf = (span: SpanRecord) => spans.filter((s) => s.traceId === span.traceId);

  it('should export the search request as one trace: HTTP, Express, GraphQL, the database and the vector search', () => {
    const searchSpan = spans.find((s) => s.name === 'face_search')!;
    expect(searchSpan).toBeDefined();
    const trace = traceOf(searchSpan);
    if (process.env.PRINT_TRACE) process.stdout.write(`\n${printTree(trace)}\n`);
    const ancestors = ancestorsOf(searchSpan, trace);
    const root = trace.find((s) => !s.parentSpanId)!;
    expect(root.name).toMatch(/^POST/);
    expect(ancestors).toContain(root.name);
    // the GraphQL execution span is named after the operation, its resolver span after the field
    expect(ancestors).toContain('mutation DemoDecideSearchAuthorisation');
    expect(ancestors).toContain('graphql.resolve decideSearchAuthorisation');
    expect(
      trace.some((s) => s.name.startsWith('middleware - ') || s.name.startsWith('request handler')),
    ).toBe(true);
    // the vector query itself, as a database span under the search span (pg; PGlite through the same pool)
    const queries = trace.filter((s) => s.parentSpanId === searchSpan.spanId).map((s) => s.name);
    expect(queries.some((name) => name.startsWith('pg.query:WITH'))).toBe(true);
    // no parameters recorded, so never a template
    for (const span of trace) expect(JSON.stringify(span.attributes)).not.toMatch(/\[(-?\d\.\d+,){100}/);
  });

  it("should put the probe's inference stages in the trace of the request that sent it", () => {
    const inference = spans.find((s) => s.name === 'inference.templateFor')!;
    expect(inference).toBeDefined();
    const trace = traceOf(inference);
    if (process.env.PRINT_TRACE) process.stdout.write(`\n${printTree(trace)}\n`);
    expect(ancestorsOf(inference, trace)).toEqual(
      expect.arrayContaining(['graphql.resolve createSearchRequest', 'mutation DemoCreateSearchRequest']),
    );
    expect(trace.filter((s) => s.parentSpanId === inference.spanId).map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'inference.decode',
        'inference.detect',
        'inference.landmarks',
        'inference.embed',
      ]),
    );
    if (process.env.PRINT_TRACE) process.stdout.write(`\n${printTree(trace)}\n`);
  });

  it('should carry the trace id and the request id in the log lines of a request', async () => {
    const searchSpan = spans.find((s) => s.name === 'face_search')!;
    const lines = service!
      .log()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const operations = lines.filter((l) => l.msg === 'graphql operation');
    expect(operations.length).toBeGreaterThan(10);
    for (const line of operations) {
      expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    // the line of the mutation that ran the search names the search's trace
    const searchLine = operations.find((l) => l.traceId === searchSpan.traceId);
    expect(searchLine?.operation).toMatch(/^Demo(SubmitSearchRequest|DecideSearchAuthorisation)$/);
    // request ids are the responses' X-Request-Id, one per request
    expect(new Set(operations.map((l) => l.requestId)).size).toBe(operations.length);
    const response = await fetch(String(service!.lines('twokey ready')[0].url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lb-0123456789abcdef' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(service!.lines('graphql operation').some((l) => l.requestId === 'lb-0123456789abcdef')).toBe(true);
  });

  it('should serve /metrics on METRICS_PORT without a token, and nothing else there', async () => {
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const text = await (await fetch(metricsUrl)).text();
    expect(text).toMatch(/^twokey_search_duration_seconds_count\{method="hnsw_shortlist"\} 1$/m);
    expect(text).toMatch(/^twokey_inference_queue_depth 0$/m);
    expect(text).not.toContain(search.requestId);
    expect((await fetch(new URL('/graphql', metricsUrl))).status).toBe(404);
  });
});

/** Spans from an OTLP/JSON export request (ids as hex, times as nanosecond strings). */
function otlpSpans(body: {
  resourceSpans?: Array<{
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        startTimeUnixNano: string;
        endTimeUnixNano: string;
        attributes?: Array<{ key: string; value: Record<string, unknown> }>;
      }>;
    }>;
  }>;
}): SpanRecord[] {
  const out: SpanRecord[] = [];
  for (const resource of body.resourceSpans ?? [])
    for (const scope of resource.scopeSpans ?? [])
      for (const span of scope.spans ?? [])
        out.push({
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId || undefined,
          name: span.name,
          startMs: Number(BigInt(span.startTimeUnixNano) / 1000n) / 1000,
          endMs: Number(BigInt(span.endTimeUnixNano) / 1000n) / 1000,
          attributes: Object.fromEntries(
            (span.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]]),
          ),
        });
  return out;
}

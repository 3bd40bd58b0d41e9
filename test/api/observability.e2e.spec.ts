import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { NodeSDK } from '@opentelemetry/sdk-node';
import http from 'node:http';
import type { InstrumentationBase } from '@opentelemetry/instrumentation';
import { serviceInstrumentations, startTracing } from '../../src/observability/tracing';
import { runDemoSearch, type DemoSearchResult } from '../../scripts/demo-search';
import { DEMO_OFFICERS } from '../../src/db/demo-data';
import { demoFaces } from '../support/faces';
import { ancestorsOf, printTree, type SpanRecord } from '../support/span-tree';
import type { TestServer } from '../support/test-server';

/**
 * Issue 17, metrics and tracing: the real service (in this process, both database modes) after
 * one whole search through the API. Tracing is started before the server with an in-memory
 * exporter; in this process only the HTTP instrumentation can patch (Jest loads packages through
 * its own module system), so the request span, and the service's own inference and vector search
 * spans under it, are what is checked here. The child-process test (tracing-process) sees every
 * instrumentation.
 */
const memory = new InMemorySpanExporter();
let sdk: NodeSDK;
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789abcdef';

const record = (s: ReadableSpan): SpanRecord => ({
  traceId: s.spanContext().traceId,
  spanId: s.spanContext().spanId,
  parentSpanId: s.parentSpanContext?.spanId,
  name: s.name,
  startMs: s.startTime[0] * 1e3 + s.startTime[1] / 1e6,
  endMs: s.endTime[0] * 1e3 + s.endTime[1] / 1e6,
  attributes: s.attributes,
});

describe('metrics and tracing', () => {
  let server: TestServer;
  let search: DemoSearchResult;

  beforeAll(async () => {
    const instrumentations = serviceInstrumentations();
    sdk = startTracing({ spanProcessors: [new SimpleSpanProcessor(memory)], instrumentations });
    // Jest's module system goes around the require hook the instrumentations patch through, so
    // node:http (one object for Jest and Node alike) is patched here by hand, as the hook would
    for (const definition of (instrumentations[0] as InstrumentationBase).getModuleDefinitions())
      if (definition.name === 'http') definition.patch?.(http);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { TestServer } = require('../support/test-server') as typeof import('../support/test-server');
    server = await TestServer.start({ SEED_DEMO_DATA: 'true', METRICS_TOKEN });
    const [person] = await demoFaces(server.twokey.faces);
    memory.reset();
    search = await runDemoSearch({
      url: server.url,
      token: (subject) => server.token(subject),
      person,
      print: () => undefined,
    });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await sdk?.shutdown();
  });

  const scrape = async (token?: string) =>
    fetch(new URL('/metrics', server.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  describe('/metrics', () => {
    it('should refuse a scrape without the metrics token, or with an officer token', async () => {
      expect((await scrape()).status).toBe(401);
      expect((await scrape(await server.token('oversight.commissioner'))).status).toBe(401);
    });

    it('should expose every series after a search, in the Prometheus text format', async () => {
      const response = await scrape(METRICS_TOKEN);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      for (const name of [
        'twokey_graphql_operation_duration_seconds',
        'twokey_graphql_operation_errors_total',
        'twokey_search_duration_seconds',
        'twokey_search_exact_scan_fallbacks_total',
        'twokey_inference_queue_depth',
        'twokey_inference_queue_wait_seconds',
        'twokey_inference_run_seconds',
        'twokey_inference_stage_seconds',
        'twokey_inference_workers',
        'twokey_db_pool_connections',
        'twokey_ws_sockets_open',
        'twokey_ws_subscriptions_active',
        'twokey_events_published_total',
        'twokey_events_delivered_total',
        'twokey_events_dropped_total',
        'twokey_audit_appends_total',
        'twokey_audit_anchor_age_seconds',
        'twokey_job_items',
      ])
        expect([name, text.includes(`# TYPE ${name} `)]).toEqual([name, true]);
      // what the search did, with values
      expect(text).toMatch(/^twokey_search_duration_seconds_count\{method="hnsw_shortlist"\} [1-9]/m);
      expect(text).toMatch(/^twokey_inference_run_seconds_count\{op="templateFor"\} [1-9]/m);
      for (const stage of ['decode', 'detect', 'landmarks', 'embed'])
        expect(text).toMatch(
          new RegExp(`^twokey_inference_stage_seconds_count\\{stage="${stage}"\\} [1-9]`, 'm'),
        );
      expect(text).toMatch(
        /^twokey_graphql_operation_duration_seconds_count\{operation="DemoSubmitSearchRequest",type="mutation"\} 1$/m,
      );
      expect(text).toMatch(/^twokey_events_published_total\{topic="search-request.changed"\} [1-9]/m);
      expect(text).toMatch(/^twokey_audit_appends_total\{action="SEARCH_COMPLETED"\} [1-9]/m);
      expect(text).toMatch(/^twokey_db_pool_connections\{database="(pglite|postgres)",state="max"\} [1-9]/m);
    });

    it('should count errors by operation and code, and collapse anonymous operations to one value', async () => {
      await server.gql(
        'query { searchRequest(id: "00000000-0000-4000-8000-000000000000") { id } }',
        undefined,
        {
          as: 'swp.requester',
        },
      );
      await server.gql('query Broken { nope }', undefined, { as: 'swp.requester' });
      const text = await (await scrape(METRICS_TOKEN)).text();
      expect(text).toMatch(
        /^twokey_graphql_operation_errors_total\{operation="_other",code="NOT_FOUND"\} [1-9]/m,
      );
      expect(text).toMatch(
        /^twokey_graphql_operation_errors_total\{operation="_other",code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/m,
      );
      expect(text).not.toContain('operation="Broken"');
    });

    it('should carry no personal data in any label value', async () => {
      const text = await (await scrape(METRICS_TOKEN)).text();
      const values = [...text.matchAll(/\w+="([^"]*)"/g)].map((m) => m[1]);
      expect(values.length).toBeGreaterThan(50);
      const ids = await server.db.dataSource.query(
        `SELECT id::text AS v FROM officer UNION ALL SELECT subject FROM officer UNION ALL SELECT display_name FROM officer
         UNION ALL SELECT id::text FROM case_file UNION ALL SELECT crime_reference FROM case_file
         UNION ALL SELECT id::text FROM custody_image UNION ALL SELECT id::text FROM search_request
         UNION ALL SELECT id::text FROM review_task UNION ALL SELECT id::text FROM force`,
      );
      const personal = new Set<string>([
        ...ids.map((r: { v: string }) => r.v),
        ...DEMO_OFFICERS.map((o) => o.subject),
        search.requestId,
        search.caseId,
        search.disclosureReference,
      ]);
      expect(personal.size).toBeGreaterThan(40);
      expect(
        values.filter((v) => personal.has(v) || [...personal].some((p) => p.length > 6 && v.includes(p))),
      ).toEqual([]);
      // and nothing shaped like an id at all
      expect(values.filter((v) => /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v))).toEqual([]);
    });
  });

  describe('a trace of one search', () => {
    it('should have the inference stages and the vector search under the request that ran them', async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const spans = memory.getFinishedSpans().map(record);
      const searchSpan = spans.find((s) => s.name === 'face_search');
      expect(searchSpan).toBeDefined();
      expect(searchSpan!.attributes['twokey.search.method']).toBe('hnsw_shortlist');
      const trace = spans.filter((s) => s.traceId === searchSpan!.traceId);
      // the HTTP request span (instrumentation-http) is the root of the search's trace
      const root = trace.find((s) => !s.parentSpanId);
      expect(root?.name).toMatch(/^POST/);
      expect(ancestorsOf(searchSpan!, trace)).toContain(root!.name);
      // the probe is analysed when the request is created (its template kept), in that request's trace
      const inference = spans.find((s) => s.name === 'inference.templateFor')!;
      expect(inference).toBeDefined();
      const probeTrace = spans.filter((s) => s.traceId === inference.traceId);
      const probeRoot = probeTrace.find((s) => !s.parentSpanId)!;
      expect(probeRoot.name).toMatch(/^POST/);
      expect(ancestorsOf(inference, probeTrace)).toContain(probeRoot.name);
      const stageSpans = probeTrace.filter((s) => s.parentSpanId === inference.spanId);
      expect(stageSpans.map((s) => s.name)).toEqual(
        expect.arrayContaining([
          'inference.queue_wait',
          'inference.decode',
          'inference.detect',
          'inference.landmarks',
          'inference.embed',
        ]),
      );
      // the stages lie inside their job (their times were measured in the worker thread)
      for (const stage of stageSpans) {
        expect(stage.startMs).toBeGreaterThanOrEqual(inference.startMs - 1);
        expect(stage.endMs).toBeLessThanOrEqual(inference.endMs + 1);
      }
      if (process.env.PRINT_TRACE) process.stdout.write(`${printTree(probeTrace)}\n`);
      if (process.env.PRINT_TRACE) process.stdout.write(`${printTree(trace)}\n`);
    });

    it('should put the request id and trace id in the audit events the request wrote', async () => {
      const spans = memory.getFinishedSpans().map(record);
      const traceId = spans.find((s) => s.name === 'face_search')!.traceId;
      const [event] = await server.db.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'SEARCH_COMPLETED' AND subject_id = $1`,
        [search.requestId],
      );
      expect(event.details.traceId).toBe(traceId);
      expect(event.details.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});

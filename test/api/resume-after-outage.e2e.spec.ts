import { Client } from 'pg';
import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { bootstrap, type Twokey } from '../../src/server/bootstrap';
import { demoFaces, type DemoFace } from '../support/faces';
import { WfSubmitSearch, WorkflowDriver } from '../support/search-workflow';
import { TcpProxy } from '../support/tcp-proxy';
import { testLogger, usingPostgres } from '../support/test-database';
import { codes, TestServer } from '../support/test-server';

/**
 * Work that must follow a commit (the search after submission or authorisation) is resumed by the
 * service itself: a database outage between the step and its search is answered 503 UNAVAILABLE,
 * and once the database is back the sweep runs the search with nobody doing anything; requests
 * left SUBMITTED or AUTHORISED by a previous run are taken up at start-up; and the sweep, run
 * twice at once or on two instances, searches each request exactly once.
 */

const onPostgres = usingPostgres() ? describe : describe.skip;

const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** How often each workflow event was recorded for a request (the audit log is the witness). */
async function eventCounts(
  query: (sql: string, params: unknown[]) => Promise<Array<{ action: string; n: number }>>,
  requestId: string,
) {
  const rows = await query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE subject_type = 'SearchRequest' AND subject_id = $1 GROUP BY action`,
    [requestId],
  );
  return Object.fromEntries(rows.map((r) => [r.action, r.n])) as Record<string, number>;
}

onPostgres('database outage during submitSearchRequest (PostgreSQL, through a proxy the test cuts)', () => {
  let proxy: TcpProxy;
  let server: TestServer;
  let wf: WorkflowDriver;
  let direct: Client;
  let face: DemoFace;

  beforeAll(async () => {
    const pgUrl = new URL(process.env.DATABASE_URL!);
    proxy = await TcpProxy.start({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
    server = await TestServer.start(
      { WORKFLOW_SWEEP_INTERVAL_MS: '300', WORKFLOW_RESUME_AFTER_MS: '1000' },
      { databaseUrl: (url) => proxy.route(url) },
    );
    // the test's own view of the database does not go through the proxy
    const directUrl = new URL(server.config.database.kind === 'postgres' ? server.config.database.url : '');
    directUrl.hostname = pgUrl.hostname;
    directUrl.port = pgUrl.port;
    direct = new Client({ connectionString: directUrl.toString() });
    await direct.connect();
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    face = faces[0];
    for (const f of faces.slice(0, 4)) await wf.enrol(f);
  });
  afterAll(async () => {
    proxy?.restore();
    await direct?.end();
    await server?.stop();
    await proxy?.close();
  });

  it("should answer 503 UNAVAILABLE, then run the committed request's search once the database is back, with no manual action", async () => {
    const caseId = await wf.createCase();
    const draft = await wf.createSearch(caseId, face.probe);

    // the outage starts after the submission committed, as the search's transaction reaches the gallery
    const search = FaceSearchRepository.search;
    let armed = true;
    FaceSearchRepository.search = (...args: Parameters<typeof search>) => {
      if (armed) {
        armed = false;
        proxy.cut();
      }
      return search(...args);
    };
    let response;
    try {
      response = await server.gql(WfSubmitSearch, { id: draft.id }, { as: 'swp.requester' });
    } finally {
      FaceSearchRepository.search = search;
    }
    expect(armed).toBe(false);
    expect(response.status).toBe(503);
    expect(codes(response)).toEqual(['UNAVAILABLE']);
    expect(response.errors![0].extensions).toMatchObject({ retryable: true });
    expect(response.errors![0].message).not.toMatch(/ECONN|terminated|pg|postgres/i);

    // committed, not searched
    const status = async () =>
      (await direct.query('SELECT status FROM search_request WHERE id = $1', [draft.id])).rows[0]
        .status as string;
    expect(await status()).toBe('SUBMITTED');
    // while the database is away, requests that read it are refused as UNAVAILABLE too (503), not as
    // internal errors (`me` alone may be answered from the signed-in officer cache)
    const during = await server.gql(
      `query($id: ID!) { searchRequest(id: $id) { status } }`,
      { id: draft.id },
      { as: 'swp.requester' },
    );
    expect([during.status, codes(during)]).toEqual([503, ['UNAVAILABLE']]);

    proxy.restore();
    const after = await waitFor(async () => {
      const s = await status();
      return s === 'SUBMITTED' || s === 'SEARCHING' ? undefined : s;
    });
    expect(after).toBe('FIRST_REVIEW');
    const events = await eventCounts(
      (sql, params) => direct.query(sql, params).then((r) => r.rows),
      draft.id,
    );
    expect(events).toMatchObject({ SEARCH_REQUEST_SUBMITTED: 1, SEARCH_STARTED: 1, SEARCH_COMPLETED: 1 });
    expect(events.SEARCH_FAILED).toBeUndefined();
    // and the service answers normally again
    const view = await server.gql(
      `query($id: ID!) { searchRequest(id: $id) { status candidateCount } }`,
      { id: draft.id },
      { as: 'swp.requester' },
    );
    expect([view.status, view.errors]).toEqual([200, undefined]);
  });
});

describe('resuming requests left SUBMITTED or AUTHORISED', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  const others: Twokey[] = [];

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    for (const f of faces.slice(0, 4)) await wf.enrol(f);
  });
  afterAll(async () => {
    for (const other of others) await other.stop();
    await server?.stop();
  });

  const query = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params);
  const statusOf = async (id: string) =>
    (await query('SELECT status FROM search_request WHERE id = $1', [id]))[0].status as string;

  /** As if the process died right after the submission committed: SUBMITTED, never searched. */
  const leftSubmitted = async () => {
    const draft = await wf.createSearch(await wf.createCase(), faces[0].probe);
    await query(
      `UPDATE search_request SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now() - interval '1 hour' WHERE id = $1`,
      [draft.id],
    );
    return draft.id;
  };
  /** As if it died right after an authoriser's decision committed: AUTHORISED, never searched. */
  const leftAuthorised = async () => {
    const draft = await wf.createSearch(await wf.createCase(), faces[1].probe, { includeNotConvicted: true });
    expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
    await query(
      `UPDATE search_request SET status = 'AUTHORISED', authorisation_decision = 'AUTHORISED', authorised_by_id = (SELECT id FROM officer WHERE subject = 'swp.authoriser'),
              authorisation_rationale = 'Serious offence, proportionate.', authorisation_decided_at = now(), version = version + 1, updated_at = now() - interval '1 hour'
        WHERE id = $1`,
      [draft.id],
    );
    return draft.id;
  };
  const startInstance = async () => {
    const twokey = await bootstrap(server.config, testLogger, usingPostgres() ? undefined : server.db);
    others.push(twokey);
    return twokey;
  };

  it('should search them when an instance starts, and each only once', async () => {
    const submitted = await leftSubmitted();
    const authorised = await leftAuthorised();
    const fresh = await wf.createSearch(await wf.createCase(), faces[2].probe); // a DRAFT stays a draft
    const started = await startInstance();
    await started.timers.firstTick;
    expect(await statusOf(submitted)).toBe('FIRST_REVIEW');
    expect(await statusOf(authorised)).toBe('FIRST_REVIEW');
    expect(await statusOf(fresh.id)).toBe('DRAFT');
    for (const id of [submitted, authorised])
      expect(await eventCounts(query, id)).toMatchObject({ SEARCH_STARTED: 1, SEARCH_COMPLETED: 1 });
    // the resumed search ran as the system, not as any officer
    const [{ actor }] = await query(
      `SELECT actor_officer_id AS actor FROM audit_event WHERE subject_id = $1 AND action = 'SEARCH_STARTED'`,
      [submitted],
    );
    expect(actor).toBeNull();
    // a further sweep finds nothing to do
    expect(await started.timers.tick()).toMatchObject({ searchesResumed: 0, sentForAuthorisation: 0 });
  });

  it('should search each request once when the sweep runs twice at once, or on two instances', async () => {
    const a = await startInstance();
    const b = usingPostgres() ? await startInstance() : a; // PGlite is one process: the same instance sweeping twice
    await Promise.all([a.timers.firstTick, b.timers.firstTick]);
    const ids = [await leftSubmitted(), await leftSubmitted(), await leftAuthorised(), await leftSubmitted()];
    const results = await Promise.all([a.timers.tick(), b.timers.tick(), a.timers.tick()]);
    expect(results.reduce((sum, r) => sum + r.searchesResumed, 0)).toBe(ids.length);
    for (const id of ids) {
      expect(await statusOf(id)).toBe('FIRST_REVIEW');
      expect(await eventCounts(query, id)).toMatchObject({ SEARCH_STARTED: 1, SEARCH_COMPLETED: 1 });
      const [{ n }] = await query(`SELECT count(*)::int AS n FROM review_task WHERE request_id = $1`, [id]);
      expect(n).toBe(1);
    }
  });

  it('should leave alone a request whose search failed for a reason a person must deal with', async () => {
    const id = await leftSubmitted();
    // its template was made by an older model, and the stored probe no longer analyses
    await query(
      `UPDATE search_probe SET bytes = $2, template_model_version = 'older-model@0' WHERE request_id = $1`,
      [id, Buffer.from('not an image')],
    );
    const twice = [await server.twokey.timers.tick(), await server.twokey.timers.tick()];
    expect(twice.map((r) => r.searchesResumed)).toEqual([0, 0]);
    expect(await statusOf(id)).toBe('SEARCH_FAILED');
    expect(await eventCounts(query, id)).toMatchObject({ SEARCH_FAILED: 1 });
  });
});

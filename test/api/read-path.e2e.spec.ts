import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { demoFaces } from '../support/faces';
import { registerOfficer } from '../support/officers';
import { ok, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * A search request is read as the query asks (issue 12, "one aggregate, one shape"): its related
 * rows — candidates, reviews, the case behind its crime reference — are loaded only when a field
 * that shows them is selected, and for a list of N requests in a bounded number of queries, not N.
 * Every SQL statement the service sends is counted through the real Database's TypeORM logger.
 * And a signed-in officer is not loaded again for every request, yet a change to them counts at once.
 */

const Bare = `query ($id: ID!) { searchRequest(id: $id) { id status version justification threshold candidateCount visibleFields } }`;
const WithCandidates = `query ($id: ID!) { searchRequest(id: $id) { id status version justification threshold candidateCount visibleFields candidates { id rank score custodyImageId } } }`;
const WithEverything = `query ($id: ID!) { searchRequest(id: $id) { id crimeReference outcome { result } candidates { id rank score } reviews { stage status decisions { rank } } } }`;
const ListBare = `query ($status: SearchRequestStatus) { searchRequests(status: $status) { edges { node { id status } } } }`;
const ListFull = `query ($status: SearchRequestStatus) { searchRequests(status: $status) { edges { node { id status crimeReference candidates { id rank score } reviews { stage status } } } } }`;

describe('reading search requests', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  const requestIds: string[] = [];
  let recorded: string[] | null = null;

  /** The SQL statements the service sent while `work` ran. */
  async function queriesOf(work: () => Promise<unknown>): Promise<string[]> {
    recorded = [];
    try {
      await work();
      return recorded;
    } finally {
      recorded = null;
    }
  }
  /** Reads of `table`; not the row locks the blind second review's exposure check takes (one per request read in its window). */
  const on = (queries: string[], table: string) =>
    queries.filter(
      (q) => new RegExp(`\\b(FROM|JOIN)\\s+"?${table}"?\\b`, 'i').test(q) && !/\bFOR SHARE\b/i.test(q),
    );

  beforeAll(async () => {
    // no timer runs while queries are counted
    server = await TestServer.start({
      WORKFLOW_SWEEP_INTERVAL_MS: '3600000',
      AUDIT_ANCHOR_INTERVAL_MS: '3600000',
    });
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 3)) await wf.enrol(face);
    for (const face of faces.slice(0, 3))
      requestIds.push((await wf.searchToFirstReview(face.probe)).requestId);
    const dataSource = server.db.dataSource as unknown as { logger: TypeOrmLogger };
    const original = dataSource.logger;
    dataSource.logger = new Proxy(original, {
      get(target, key, receiver) {
        if (key === 'logQuery') {
          return (query: string, parameters?: unknown[], runner?: QueryRunner) => {
            recorded?.push(query);
            return target.logQuery(query, parameters, runner);
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  describe('searchRequest', () => {
    it('should not read the candidate list of a request when the query does not select candidates', async () => {
      const id = requestIds[0];
      // the supervisor may see the candidates: they are hidden by the query, not by policy
      const bare = await queriesOf(async () =>
        expect(ok(await server.gql(Bare, { id }, { as: 'swp.supervisor' })).searchRequest).toMatchObject({
          id,
          status: 'FIRST_REVIEW',
        }),
      );
      const full = await queriesOf(async () => {
        const read = ok(
          await server.gql<{ searchRequest: { candidates: Array<{ rank: number }> } }>(
            WithCandidates,
            { id },
            { as: 'swp.supervisor' },
          ),
        );
        expect(read.searchRequest.candidates.length).toBeGreaterThan(0);
      });
      expect(on(bare, 'search_candidate')).toEqual([]);
      expect(on(bare, 'review_task')).toEqual([]);
      expect(on(bare, 'review_decision')).toEqual([]);
      expect(on(bare, 'case_file')).toEqual([]);
      expect(on(full, 'search_candidate')).toHaveLength(1);
      expect(bare.length).toBeLessThan(full.length);
    });

    it('should still record the read of the justification without loading anything else', async () => {
      const id = requestIds[1];
      const reads = async () =>
        (
          await server.db.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_event WHERE action = 'SEARCH_REQUEST_CONTENT_READ' AND subject_id = $1`,
            [id],
          )
        )[0].n as number;
      const before = await reads();
      const queries = await queriesOf(async () =>
        ok(await server.gql(Bare, { id }, { as: 'swp.supervisor' })),
      );
      expect(await reads()).toBe(before + 1);
      expect(on(queries, 'search_candidate')).toEqual([]);
    });

    it('should load each related kind once when every part is selected', async () => {
      const id = requestIds[2];
      const queries = await queriesOf(async () =>
        ok(await server.gql(WithEverything, { id }, { as: 'swp.supervisor' })),
      );
      expect(on(queries, 'search_candidate')).toHaveLength(1);
      expect(on(queries, 'review_task')).toHaveLength(1);
      expect(on(queries, 'case_file')).toHaveLength(1);
    });

    it('should load nothing related for a reader the policy keeps them from, whatever the query selects', async () => {
      const id = requestIds[0];
      const queries = await queriesOf(async () => {
        const read = ok(
          await server.gql<{ searchRequest: { candidates: unknown; reviews: unknown } }>(
            WithEverything,
            { id },
            { as: 'swp.requester' },
          ),
        );
        expect(read.searchRequest).toMatchObject({ candidates: null, reviews: null });
      });
      expect(on(queries, 'search_candidate')).toEqual([]);
      expect(on(queries, 'review_task')).toEqual([]);
    });
  });

  describe('searchRequests', () => {
    it('should load the candidates, reviews and cases of a list in a bounded number of queries, not one per request', async () => {
      const bare = await queriesOf(async () =>
        ok(await server.gql(ListBare, { status: 'FIRST_REVIEW' }, { as: 'swp.supervisor' })),
      );
      let listed = 0;
      const full = await queriesOf(async () => {
        const list = ok(
          await server.gql<{
            searchRequests: { edges: Array<{ node: { id: string; candidates: unknown[] } }> };
          }>(ListFull, { status: 'FIRST_REVIEW' }, { as: 'swp.supervisor' }),
        ).searchRequests.edges.map((e) => e.node);
        listed = list.length;
        expect(list.every((r) => r.candidates.length > 0)).toBe(true);
      });
      expect(listed).toBeGreaterThanOrEqual(requestIds.length);
      expect(on(bare, 'search_candidate')).toEqual([]);
      expect(on(full, 'search_candidate')).toHaveLength(1);
      expect(on(full, 'review_task')).toHaveLength(1);
      expect(on(full, 'case_file')).toHaveLength(1);
    });
  });

  describe('signed-in officers', () => {
    it('should not read the officer again for each request of the same token', async () => {
      const token = await server.token('swp.supervisor');
      ok(await server.gql(Bare, { id: requestIds[0] }, { token }));
      const queries = await queriesOf(async () =>
        ok(await server.gql(Bare, { id: requestIds[0] }, { token })),
      );
      expect(on(queries, 'officer')).toEqual([]);
      expect(on(queries, 'force')).toEqual([]);
    });

    it('should refuse at once, on the same token, what a role just removed allowed', async () => {
      const officerId = await registerOfficer(server, {
        subject: 'swp.cached.supervisor',
        roles: ['SUPERVISOR'],
      });
      const token = await server.token('swp.cached.supervisor');
      ok(await server.gql(Bare, { id: requestIds[0] }, { token }));
      ok(
        await server.gql(
          `mutation ($officerId: ID!) { setOfficerRoles(officerId: $officerId, roles: [REQUESTER]) { id } }`,
          { officerId },
          { as: 'swp.admin' },
        ),
      );
      expect(codes(await server.gql(Bare, { id: requestIds[0] }, { token }))).toEqual(['NOT_FOUND']);
    });
  });
});

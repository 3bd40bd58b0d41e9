import { graphql } from '../gql';
import { demoFaces, DemoFace } from '../support/faces';
import { registerOfficer } from '../support/officers';
import {
  Enrolled,
  matchOnly,
  ok,
  unique,
  WfCreateCase,
  WfSearchRequest,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

const ListSearchRequests = graphql(`
  query ListSearchRequests($first: Int, $after: String) {
    searchRequests(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          forceId
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      totalCount
    }
  }
`);

const ListReviewTasks = graphql(`
  query ListReviewTasks($first: Int, $after: String) {
    reviewTasks(stage: FIRST, status: OPEN, first: $first, after: $after) {
      edges {
        node {
          id
          requestId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const ListCases = graphql(`
  query ListCases($first: Int, $after: String) {
    cases(first: $first, after: $after) {
      edges {
        node {
          id
          forceId
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const ListForces = graphql(`
  query ListForces($first: Int, $after: String) {
    forces(first: $first, after: $after) {
      edges {
        node {
          id
          code
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const ListQueue = graphql(`
  query ListQueue($first: Int, $after: String) {
    reviewQueue {
      available(first: $first, after: $after) {
        edges {
          node {
            id
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const RequestTrail = graphql(`
  query RequestTrail($searchRequestId: ID!, $first: Int) {
    auditEvents(filter: { searchRequestId: $searchRequestId }, first: $first, order: OLDEST_FIRST) {
      edges {
        node {
          seq
          action
          subjectType
          subjectId
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const ClaimAsRequester = graphql(`
  mutation ListsClaim($taskId: ID!) {
    claimReviewTask(taskId: $taskId) {
      id
    }
  }
`);

type Page<N> = {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number | null;
};

/**
 * Honest lists: every list is a cursor connection walked to its end, nothing cut off. Before,
 * `searchRequests` stopped at 100 and `reviewTasks` gave the 200 oldest, so a busy force's newest
 * tasks never showed; and an oversight body had no one query for a request's whole audit trail.
 */
describe('lists as cursor connections', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let gallery: Enrolled[];
  const requestIds: string[] = [];

  /** Every node of a list, page by page (`first` each), calling `between` after the first page. */
  async function walk<N>(
    read: (after: string | null) => Promise<Page<N>>,
    between?: () => Promise<void>,
  ): Promise<{ nodes: N[]; pages: number[]; totalCount: number | null | undefined }> {
    const nodes: N[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    let totalCount: number | null | undefined;
    for (;;) {
      const page: Page<N> = await read(after);
      pages.push(page.edges.length);
      nodes.push(...page.edges.map((e) => e.node));
      totalCount ??= page.totalCount;
      if (pages.length === 1) await between?.();
      if (!page.pageInfo.hasNextPage) return { nodes, pages, totalCount };
      after = page.pageInfo.endCursor!;
      expect(pages.length).toBeLessThan(50);
    }
  }

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    gallery = [];
    for (const face of faces.slice(0, 3)) gallery.push(await wf.enrol(face));
    // twelve requests, each with its open first review: more than two pages of five
    for (let i = 0; i < 12; i++)
      requestIds.push((await wf.searchToFirstReview(gallery[i % 3].face.probe)).requestId);
  }, 240_000);
  afterAll(() => server.stop());

  it('should walk searchRequests page by page to its end, every request exactly once, newest first', async () => {
    const read = async (after: string | null) =>
      ok(await server.gql(ListSearchRequests, { first: 5, after }, { as: 'swp.supervisor' })).searchRequests;
    const { nodes, pages, totalCount } = await walk(read);
    const ids = nodes.map((n) => n.id);
    expect(pages).toEqual([5, 5, 2]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...requestIds].reverse());
    expect(totalCount).toBe(12);
    const first = await read(null);
    expect(first.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[4].cursor,
    });
    expect((await read(first.pageInfo.endCursor!)).pageInfo.hasPreviousPage).toBe(true);
  });

  it('should walk reviewTasks to the newest task, even one opened during the walk', async () => {
    let late = '';
    const { nodes, pages } = await walk(
      async (after) =>
        ok(await server.gql(ListReviewTasks, { first: 5, after }, { as: 'swp.reviewer1' })).reviewTasks,
      async () => {
        late = (await wf.searchToFirstReview(gallery[0].face.probe)).requestId;
      },
    );
    requestIds.push(late);
    expect(pages).toEqual([5, 5, 3]);
    // oldest first, every task once, the one opened while the reviewer was reading last
    expect(nodes.map((n) => n.requestId)).toEqual(requestIds);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(13);
    const times = nodes.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('should walk the review queue the same way', async () => {
    const { nodes } = await walk(
      async (after) =>
        ok(await server.gql(ListQueue, { first: 4, after }, { as: 'swp.reviewer2' })).reviewQueue.available,
    );
    const taskOf = async (requestId: string) => (await wf.taskFor(requestId, 'FIRST', 'swp.supervisor')).id;
    const expected = await Promise.all(requestIds.map(taskOf));
    expect(nodes.map((n) => n.id)).toEqual(expected);
  });

  it('should walk cases completely, and never show a case its reader may not see', async () => {
    for (let i = 0; i < 3; i++)
      ok(
        await server.gql(
          WfCreateCase,
          { input: { crimeReference: unique('62/'), offenceCategory: 'ROBBERY' } },
          { as: 'gwp.requester' },
        ),
      );
    const read = (as: string) => async (after: string | null) =>
      ok(await server.gql(ListCases, { first: 5, after }, { as })).cases;
    const swp = await wf.forceId('SWP');
    const gwp = await wf.forceId('GWP');
    const [{ count }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM case_file WHERE force_id = $1`,
      [swp],
    );
    const supervisor = await walk(read('swp.supervisor'));
    expect(count).toBeGreaterThanOrEqual(13);
    expect(supervisor.nodes).toHaveLength(count);
    expect(supervisor.totalCount).toBe(count);
    expect(new Set(supervisor.nodes.map((n) => n.id)).size).toBe(count);
    expect(supervisor.nodes.every((n) => n.forceId === swp)).toBe(true);
    const times = supervisor.nodes.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const other = await walk(read('gwp.requester'));
    expect(other.nodes.length).toBeGreaterThanOrEqual(3);
    expect(other.nodes.every((n) => n.forceId === gwp)).toBe(true);
  });

  it('should walk forces by their code, one page at a time, with the code shown (it is also the sort key)', async () => {
    const forces = await walk(
      async (after) => ok(await server.gql(ListForces, { first: 1, after }, { as: 'swp.requester' })).forces,
    );
    const codes = forces.nodes.map((n) => n.code);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes).toEqual([...codes].sort());
    expect(forces.totalCount).toBe(codes.length);
  });

  it('should refuse a page larger than the maximum, and a cursor from another list or made up', async () => {
    expect(codes(await server.gql(ListSearchRequests, { first: 201 }, { as: 'swp.supervisor' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await server.gql(ListSearchRequests, { first: 0 }, { as: 'swp.supervisor' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await server.gql(ListReviewTasks, { first: 201 }, { as: 'swp.reviewer1' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await server.gql(ListQueue, { first: 201 }, { as: 'swp.reviewer1' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await server.gql(ListCases, { first: 1000 }, { as: 'swp.supervisor' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        await server.gql(
          RequestTrail,
          { searchRequestId: requestIds[0], first: 501 },
          { as: 'oversight.commissioner' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const caseCursor = ok(await server.gql(ListCases, { first: 1 }, { as: 'swp.supervisor' })).cases.pageInfo
      .endCursor;
    expect(
      codes(await server.gql(ListSearchRequests, { first: 5, after: caseCursor }, { as: 'swp.supervisor' })),
    ).toEqual(['BAD_USER_INPUT']);
    const forged = Buffer.from(
      JSON.stringify(['searchRequests', "2025-01-01'; DROP TABLE case_file; --", requestIds[0]]),
    ).toString('base64url');
    expect(
      codes(await server.gql(ListSearchRequests, { first: 5, after: forged }, { as: 'swp.supervisor' })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await server.gql(ListSearchRequests, { first: 5, after: 'not a cursor' }, { as: 'swp.supervisor' }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  describe("one search request's whole audit trail", () => {
    it('should list, in one query, every event of the workflow that happened to the request and nothing else', async () => {
      const person = gallery[1];
      const caseId = await wf.createCase('swp.requester', 'THEFT');
      const requestId = (await wf.createSearch(caseId, person.face.probe)).id;
      expect((await wf.submit(requestId)).status).toBe('AWAITING_AUTHORISATION');
      await wf.authorise(requestId);
      ok(await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.supervisor' })); // reads the justification and candidates
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      // a refused claim names only the task: the trail must hold it all the same
      expect(
        codes(await server.gql(ClaimAsRequester, { taskId: first.id }, { as: 'swp.requester' })),
      ).not.toEqual([]);
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
      await wf.claim(second.id, 'swp.reviewer2');
      await wf.review(second.id, 'swp.reviewer2', matchOnly(person));
      expect(
        ok(await server.gql(WfSearchRequest, { id: requestId }, { as: 'swp.supervisor' })).searchRequest
          .status,
      ).toBe('CONFIRMED');

      const trail = ok(
        await server.gql(
          RequestTrail,
          { searchRequestId: requestId, first: 500 },
          { as: 'oversight.commissioner' },
        ),
      ).auditEvents;
      expect(trail.pageInfo.hasNextPage).toBe(false);
      const events = trail.edges.map((e) => e.node);
      expect(new Set(events.map((e) => e.action))).toEqual(
        new Set([
          'SEARCH_REQUEST_CREATED',
          'SEARCH_REQUEST_SUBMITTED',
          'SEARCH_AUTHORISATION_REQUESTED',
          'SEARCH_AUTHORISED',
          'SEARCH_STARTED',
          'SEARCH_COMPLETED',
          'REVIEW_TASK_CREATED',
          'SEARCH_REQUEST_CONTENT_READ',
          'ACCESS_DENIED',
          'REVIEW_TASK_CLAIMED',
          'FACE_IMAGE_VIEWED',
          'REVIEW_SUBMITTED',
          'SEARCH_FIRST_REVIEW_COMPLETED',
          'SEARCH_CONFIRMED',
          'COMPLIANCE_REVIEW_QUEUED',
        ]),
      );
      // the two tasks' events are there, each task's own
      for (const task of [first.id, second.id]) {
        expect(events.filter((e) => e.subjectId === task).map((e) => e.action)).toEqual(
          expect.arrayContaining(['REVIEW_TASK_CREATED', 'REVIEW_TASK_CLAIMED', 'REVIEW_SUBMITTED']),
        );
      }
      expect(events.some((e) => e.action === 'ACCESS_DENIED' && e.subjectId === first.id)).toBe(true);

      // exactly the events that concern the request, found independently: by its id, its tasks' and its candidates'
      const expected: Array<{ seq: string }> = await server.db.dataSource.query(
        `SELECT e.seq FROM audit_event e
          WHERE (e.subject_id = $1::text OR e.details->>'searchRequestId' = $1::text
             OR e.subject_id IN (SELECT id::text FROM review_task WHERE request_id = $1::uuid)
             OR e.subject_id IN (SELECT id::text FROM search_candidate WHERE request_id = $1::uuid))
            AND e.action <> 'AUDIT_EVENTS_READ'
          ORDER BY e.seq`,
        [requestId],
      );
      expect(events.map((e) => e.seq)).toEqual(expected.map((r) => Number(r.seq)));
      // and nothing of the other requests
      const other = ok(
        await server.gql(
          RequestTrail,
          { searchRequestId: requestIds[0], first: 500 },
          { as: 'oversight.commissioner' },
        ),
      ).auditEvents.edges;
      expect(other.some((e) => events.some((mine) => mine.seq === e.node.seq))).toBe(false);
    });

    it("should show another force's oversight nothing of the trail", async () => {
      await registerOfficer(
        server,
        { subject: 'gwp.ethics', roles: ['OVERSIGHT'], overseesForceIds: [await wf.forceId('GWP')] },
        'gwp.admin',
      );
      const trail = ok(
        await server.gql(RequestTrail, { searchRequestId: requestIds[0], first: 500 }, { as: 'gwp.ethics' }),
      ).auditEvents;
      expect(trail.edges).toEqual([]);
    });
  });
});

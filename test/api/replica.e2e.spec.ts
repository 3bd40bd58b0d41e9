import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { registry } from '../../src/observability/metrics';
import { graphql } from '../gql';
import { demoFaces, type DemoFace } from '../support/faces';
import {
  onReplica,
  onReplicaQuery,
  pauseReplay,
  promoteReplica,
  recreateReplica,
  replicaServerUrl,
  resumeReplay,
  waitForReplay,
} from '../support/replica';
import {
  ok,
  WfSearchRequests,
  WfSubmitSearch,
  WfVerifyChain,
  WorkflowDriver,
} from '../support/search-workflow';
import { TcpProxy } from '../support/tcp-proxy';
import { codes, TestServer } from '../support/test-server';

/**
 * Issue 18, read replicas: the real service on a real PostgreSQL primary and a streaming replica
 * of it (.ci/replica.sh). Lag is injected by pausing the replica's replay (pg_wal_replay_pause):
 * it keeps receiving WAL but applies none, so what it serves is visibly old.
 */
const replica = replicaServerUrl();
const describeWithReplica = replica ? describe : describe.skip;

const RequestDeletion = graphql(`
  mutation ReplicaRequestDeletion($input: RequestDeletionInput!) {
    requestCustodyImageDeletion(input: $input) {
      id
    }
  }
`);

const DecideDeletion = graphql(`
  mutation ReplicaDecideDeletion($id: ID!, $grant: Boolean!, $rationale: String!) {
    decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) {
      status
    }
  }
`);

/** twokey_db_routed_reads_total, by purpose|target|reason. */
async function routedReads(): Promise<Record<string, number>> {
  const metric = await registry.getSingleMetric('twokey_db_routed_reads_total')!.get();
  return Object.fromEntries(
    metric.values.map((v) => [`${v.labels.purpose}|${v.labels.target}|${v.labels.reason}`, v.value]),
  );
}

async function routedSince(before: Record<string, number>): Promise<Record<string, number>> {
  const now = await routedReads();
  return Object.fromEntries(
    Object.entries(now)
      .map(([key, n]) => [key, n - (before[key] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
}

describeWithReplica(
  replica
    ? 'read replicas (a streaming replica of the test PostgreSQL)'
    : 'read replicas (skipped: set DATABASE_URL, and TEST_REPLICA_SERVER_URL to a streaming replica of its server, as .ci/run does with .ci/replica.sh start)',
  () => {
    let server: TestServer;
    let wf: WorkflowDriver;
    let faces: DemoFace[];
    let database: string;

    const candidatesOf = async (requestId: string): Promise<string[]> =>
      (
        await server.db.dataSource.query(
          'SELECT image_id FROM search_candidate WHERE request_id = $1 ORDER BY rank',
          [requestId],
        )
      ).map((r: { image_id: string }) => r.image_id);

    const listedIds = async (as: string): Promise<string[]> =>
      ok(await server.gql(WfSearchRequests, {}, { as })).searchRequests.edges.map((e) => e.node.id);

    beforeAll(async () => {
      server = await TestServer.start(
        { DATABASE_REPLICA_MAX_WAIT_MS: '300' },
        {
          // the fresh test database must be on the replica before the service opens it there
          replicaUrl: async (url) => {
            await waitForReplay();
            return onReplica(url);
          },
        },
      );
      database = new URL(
        server.config.database.kind === 'postgres' ? server.config.database.url : '',
      ).pathname.slice(1);
      wf = new WorkflowDriver(server);
      faces = (await demoFaces(server.twokey.faces)).slice(0, 4);
    }, 180_000);
    afterAll(async () => {
      await resumeReplay();
      await server?.stop();
    });
    afterEach(() => resumeReplay());

    it('should read searches and lists on the replica, which then shows only what it has replayed', async () => {
      const first = await wf.enrol(faces[0]);
      await waitForReplay();
      const before = await routedReads();
      const { requestId: seen } = await wf.searchToFirstReview(faces[0].probe);
      expect(await candidatesOf(seen)).toContain(first.imageId);
      expect(await routedSince(before)).toMatchObject({ 'search|replica|fresh': 1 });

      // replica held back: an enrolment (nothing leaves the gallery: no fence) is not there yet,
      // so a search routed to the replica cannot find it, though the primary has it
      await pauseReplay();
      const second = await wf.enrol(faces[1]);
      const { requestId: stale } = await wf.searchToFirstReview(faces[1].probe);
      expect(await candidatesOf(stale)).not.toContain(second.imageId);
      // the replica's sessions are the router's own (application_name), on that server
      const sessions = await onReplicaQuery<{ n: number }>(
        database,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'twokey-replica-read'`,
        [database],
      );
      expect(sessions[0].n).toBeGreaterThan(0);

      // a list by an officer who changed nothing meanwhile comes from the replica: not the new request
      const listsBefore = await routedReads();
      expect(await listedIds('swp.authoriser')).toContain(seen);
      expect(await listedIds('swp.authoriser')).not.toContain(stale);
      expect(await routedSince(listsBefore)).toMatchObject({ 'list|replica|fresh': 2 });

      await resumeReplay();
      await waitForReplay();
      const { requestId: caughtUp } = await wf.searchToFirstReview(faces[1].probe);
      expect(await candidatesOf(caughtUp)).toContain(second.imageId);
      expect(await listedIds('swp.authoriser')).toEqual(expect.arrayContaining([seen, stale, caughtUp]));
    });

    it('should never return from a lagging replica what a granted deletion removed on the primary', async () => {
      const person = await wf.enrol(faces[2]);
      await waitForReplay();
      await pauseReplay();
      const requested = ok(
        await server.gql(
          RequestDeletion,
          {
            input: {
              subjectId: (
                await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [
                  person.imageId,
                ])
              )[0].subject_id,
              requestedBy: 'The person, by letter',
              grounds: 'Released without charge; asks for deletion.',
            },
          },
          { as: 'swp.gallery' },
        ),
      ).requestCustodyImageDeletion;
      expect(
        ok(
          await server.gql(
            DecideDeletion,
            { id: requested.id, grant: true, rationale: 'Not convicted: the presumption applies.' },
            { as: 'swp.gallery' },
          ),
        ).decideDeletionRequest.status,
      ).toBe('GRANTED');
      // the lagging replica still holds the template and would return it
      expect(
        await onReplicaQuery(database, 'SELECT 1 FROM face_template WHERE image_id = $1', [person.imageId]),
      ).toHaveLength(1);

      const before = await routedReads();
      const { requestId } = await wf.searchToFirstReview(faces[2].probe);
      expect(await candidatesOf(requestId)).not.toContain(person.imageId);
      // the replica had not passed the fence: after waiting briefly the search read the primary
      expect(await routedSince(before)).toMatchObject({ 'search|primary|behind': 1 });
      expect(await routedSince(before)).not.toHaveProperty(['search|replica|fresh']);
    });

    it('should show an officer their own change at once, read from the primary while the replica lags', async () => {
      await waitForReplay();
      await pauseReplay();
      const before = await routedReads();
      const caseId = await wf.createCase('swp.requester');
      const draft = await wf.createSearch(caseId, faces[3].probe, {}, 'swp.requester');
      // the requester's own list waits for the replica, then reads the primary
      expect(await listedIds('swp.requester')).toContain(draft.id);
      expect(await routedSince(before)).toMatchObject({ 'list|primary|behind': 1 });
      // another officer's list is served by the replica, which has not replayed the draft yet
      expect(await listedIds('swp.authoriser')).not.toContain(draft.id);
      await resumeReplay();
      await waitForReplay();
      // caught up: the requester's list is the replica's again, and holds the draft
      const after = await routedReads();
      expect(await listedIds('swp.requester')).toContain(draft.id);
      expect(await routedSince(after)).toMatchObject({ 'list|replica|fresh': 1 });
    });

    it('should report each replica’s replication lag as a metric', async () => {
      await pauseReplay();
      await wf.enrol(faces[3]);
      const lag = await registry.getSingleMetric('twokey_db_replica_lag_bytes')!.get();
      expect(lag.values).toHaveLength(1);
      expect(lag.values[0].value).toBeGreaterThan(0);
      await resumeReplay();
      await waitForReplay();
      const caughtUp = await registry.getSingleMetric('twokey_db_replica_lag_bytes')!.get();
      expect(caughtUp.values[0].value).toBeLessThan(lag.values[0].value);
    });
  },
);

/** How often each workflow event was recorded for a request (the audit log is the witness). */
async function eventCounts(server: TestServer, requestId: string): Promise<Record<string, number>> {
  const rows: Array<{ action: string; n: number }> = await server.db.dataSource.query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE subject_type = 'SearchRequest' AND subject_id = $1 GROUP BY action`,
    [requestId],
  );
  return Object.fromEntries(rows.map((r) => [r.action, r.n]));
}

const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/**
 * Failover: the service reaches its primary through a proxy (in production a pooler or load
 * balancer that a failover manager re-points, e.g. HAProxy on Patroni's /primary health check).
 * Mid-workflow the primary is lost (the proxy cuts every connection), the replica is promoted and
 * the proxy sends new connections to it. Runs last in this file: it uses up the replica, and
 * makes a fresh one afterwards.
 */
describeWithReplica(
  replica
    ? 'failover to the promoted replica mid-workflow'
    : 'failover to the promoted replica mid-workflow (skipped: needs DATABASE_URL and TEST_REPLICA_SERVER_URL)',
  () => {
    let server: TestServer;
    let wf: WorkflowDriver;
    let proxy: TcpProxy;
    let faces: DemoFace[];

    beforeAll(async () => {
      const primary = new URL(process.env.DATABASE_URL!);
      proxy = await TcpProxy.start({ host: primary.hostname, port: Number(primary.port || 5432) });
      server = await TestServer.start(
        { WORKFLOW_SWEEP_INTERVAL_MS: '300', WORKFLOW_RESUME_AFTER_MS: '1000' },
        { databaseUrl: (url) => proxy.route(url) },
      );
      wf = new WorkflowDriver(server);
      faces = (await demoFaces(server.twokey.faces)).slice(0, 3);
      for (const face of faces) await wf.enrol(face);
    }, 180_000);
    afterAll(async () => {
      proxy?.restore();
      await server?.stop();
      await proxy?.close();
      await recreateReplica();
    }, 120_000);

    it('should go on against the promoted replica without a restart: in-flight work UNAVAILABLE, then resumed once, the audit chain whole', async () => {
      // a request already in first review before the failover
      const before = await wf.searchToFirstReview(faces[0].probe);

      // the primary is lost as the next request's search reaches the gallery (its submission committed)
      const caseId = await wf.createCase();
      const draft = await wf.createSearch(caseId, faces[1].probe);
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
      expect([response.status, codes(response)]).toEqual([503, ['UNAVAILABLE']]);
      expect(response.errors![0].extensions).toMatchObject({ retryable: true });

      // a planned switchover (or a synchronous replica): the replica has every committed change
      // before it is promoted; with an asynchronous replica the last commits may be lost
      await waitForReplay();
      await promoteReplica();
      const promoted = new URL(replica!);
      proxy.retarget({ host: promoted.hostname, port: Number(promoted.port) });
      proxy.restore();

      // the same service process, now on the promoted replica: the sweep resumes the interrupted search
      const [{ port }] = await server.db.dataSource.query('SELECT inet_server_port() AS port');
      expect(String(port)).toBe(promoted.port);
      const status = await waitFor(async () => {
        const [row] = await server.db.dataSource.query('SELECT status FROM search_request WHERE id = $1', [
          draft.id,
        ]);
        return row.status === 'SUBMITTED' || row.status === 'SEARCHING' ? undefined : (row.status as string);
      });
      expect(status).toBe('FIRST_REVIEW');
      // nothing duplicated: each step recorded once, the search's candidates stored once
      expect(await eventCounts(server, draft.id)).toMatchObject({
        SEARCH_REQUEST_SUBMITTED: 1,
        SEARCH_STARTED: 1,
        SEARCH_COMPLETED: 1,
      });
      expect(await eventCounts(server, draft.id)).not.toHaveProperty('SEARCH_FAILED');
      const [{ n, ranks }] = await server.db.dataSource.query(
        'SELECT count(*)::int AS n, count(DISTINCT rank)::int AS ranks FROM search_candidate WHERE request_id = $1',
        [draft.id],
      );
      expect(n).toBeGreaterThan(0);
      expect(ranks).toBe(n);

      // the request from before the failover goes on: its first review is claimed on the new primary
      const task = await wf.taskFor(before.requestId, 'FIRST', 'swp.reviewer1');
      expect((await wf.claim(task.id, 'swp.reviewer1')).id).toBe(task.id);
      expect(
        ok(await server.gql(WfVerifyChain, {}, { as: 'oversight.commissioner' })).verifyAuditChain.ok,
      ).toBe(true);
    });
  },
);

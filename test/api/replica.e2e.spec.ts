import { registry } from '../../src/observability/metrics';
import { graphql } from '../gql';
import { type FailoverStage, runFailover, SEARCH_STEPS, startBehindProxy } from '../support/failover';
import { demoFaces, type DemoFace } from '../support/faces';
import {
  onReplica,
  onReplicaQuery,
  pauseReplay,
  recreateReplica,
  replicaServerUrl,
  resumeReplay,
  waitForReplay,
} from '../support/replica';
import { ok, WfSearchRequests, WorkflowDriver } from '../support/search-workflow';
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

const Statistics = graphql(`
  query ReplicaOversightStatistics($from: DateTimeISO!, $to: DateTimeISO!) {
    oversightStatistics(from: $from, to: $to) {
      totals {
        forceCode
        requests
      }
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

    it('should read oversight statistics and an export’s figures on the replica, and record the export on the primary', async () => {
      const now = new Date();
      const period = {
        from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
        to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
      };
      const swpRequests = async () =>
        ok(
          await server.gql(Statistics, period, { as: 'oversight.commissioner' }),
        ).oversightStatistics.totals.find((t) => t.forceCode === 'SWP')?.requests ?? 0;
      const exported = async () =>
        (
          await server.db.dataSource.query(
            `SELECT count(DISTINCT details->>'exportId')::int AS n FROM audit_event WHERE action = 'STATISTICS_EXPORTED'`,
          )
        )[0].n as number;

      await waitForReplay();
      const counted = await swpRequests();
      await pauseReplay();
      await wf.searchToFirstReview(faces[0].probe);
      const before = await routedReads();
      // the commissioner changed nothing: their figures come from the replica, without the new request
      expect(await swpRequests()).toBe(counted);
      const exportsBefore = await exported();
      const url = new URL('/exports/statistics.csv', server.url.replace(/\/graphql$/, ''));
      Object.entries(period).forEach(([key, value]) => url.searchParams.append(key, value));
      const file = await fetch(url, {
        headers: { authorization: `Bearer ${await server.token('oversight.commissioner')}` },
      });
      expect(file.status).toBe(200);
      await file.text();
      expect(await routedSince(before)).toMatchObject({ 'oversight|replica|fresh': 2 });
      // the export is recorded on the primary, in the audit log (an event per force in the file)
      expect(await exported()).toBe(exportsBefore + 1);
      // having written (the export's audit event), the commissioner's next figures wait for the
      // replica, then read the primary: the new request is counted
      const afterExport = await routedReads();
      expect(await swpRequests()).toBe(counted + 1);
      expect(await routedSince(afterExport)).toMatchObject({ 'oversight|primary|behind': 1 });
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

/**
 * Failover: the service reaches its primary through a proxy (in production a pooler or load
 * balancer that a failover manager re-points). Mid-workflow the primary is lost (the proxy cuts
 * every connection), the replica is promoted and the proxy sends new connections to it: the
 * sequence is test/support/failover.ts, which `npm run bench:failover` also runs to print its
 * timeline. Runs last in this file: it uses up the replica, and makes a fresh one afterwards.
 */
describeWithReplica(
  replica
    ? 'failover to the promoted replica mid-workflow'
    : 'failover to the promoted replica mid-workflow (skipped: needs DATABASE_URL and TEST_REPLICA_SERVER_URL)',
  () => {
    let stage: FailoverStage;

    beforeAll(async () => {
      stage = await startBehindProxy();
    }, 180_000);
    afterAll(async () => {
      await stage?.route.restore();
      await stage?.server.stop();
      await stage?.route.close();
      await recreateReplica();
    }, 120_000);

    it('should go on against the promoted replica without a restart: in-flight work UNAVAILABLE, then resumed once, the audit chain whole', async () => {
      const seen = await runFailover(stage);
      // the primary was lost while the second request's search read the gallery: its client was told to retry
      expect(seen.lostDuringSearch).toBe(true);
      expect([seen.interrupted.status, codes(seen.interrupted)]).toEqual([503, ['UNAVAILABLE']]);
      expect(seen.interrupted.errors![0].extensions).toMatchObject({ retryable: true });
      // the same service process, now on the promoted replica: the sweep resumed the interrupted search
      expect(seen.portAfter).toBe(new URL(replica!).port);
      expect(seen.statusAfter).toBe('FIRST_REVIEW');
      // nothing duplicated: each step recorded once, the search's candidates stored once
      expect(seen.events).toMatchObject(Object.fromEntries(SEARCH_STEPS.map((step) => [step, 1])));
      expect(seen.events).not.toHaveProperty('SEARCH_FAILED');
      expect(seen.candidates.n).toBeGreaterThan(0);
      expect(seen.candidates.ranks).toBe(seen.candidates.n);
      // the request from before the failover went on: its first review claimed on the new primary
      expect(seen.claimedAfter).toBe(true);
      expect(seen.chainOk).toBe(true);
    });
  },
);

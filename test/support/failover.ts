import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { demoFaces, type DemoFace } from './faces';
import { promoteReplica, replicaServerUrl, waitForReplay } from './replica';
import { ok, WfSearchRequests, WfSubmitSearch, WfVerifyChain, WorkflowDriver } from './search-workflow';
import { TcpProxy } from './tcp-proxy';
import { codes, type GraphQLResponse, TestServer } from './test-server';

/**
 * Issue 18's failover, mid-workflow, as one sequence for the e2e test (which asserts on what it
 * observed) and for `npm run bench:failover` (which prints its timeline). The service reaches its
 * primary through a route that a failover manager re-points in production (e.g. HAProxy on
 * Patroni's /primary health check, or PgBouncer): by default a TCP proxy stands in for it;
 * `bench:failover --pooler pgbouncer` uses a real PgBouncer (./pgbouncer.ts). Needs DATABASE_URL and
 * TEST_REPLICA_SERVER_URL (a streaming replica of that server, `.ci/replica.sh start`); it promotes
 * that replica, so the harness must make a new one afterwards (recreateReplica).
 */

/** The workflow sweep's settings in the sequence: an interrupted search is resumed after about a second. */
export const FAILOVER_SWEEP = { WORKFLOW_SWEEP_INTERVAL_MS: '300', WORKFLOW_RESUME_AFTER_MS: '1000' };

/** The workflow's steps of a search, each to be recorded once for the interrupted request. */
export const SEARCH_STEPS = ['SEARCH_REQUEST_SUBMITTED', 'SEARCH_STARTED', 'SEARCH_COMPLETED'] as const;

/** The service's route to its primary, as a failover manager handles it. */
export interface PrimaryRoute {
  /** What it is, for the timeline. */
  readonly name: string;
  /** `url` (a database on the primary) as reached through the route. */
  route(url: string): string;
  /** The primary lost for the service: every open connection dropped, new ones refused. */
  cut(): void | Promise<void>;
  /** New connections go to `target` from now on (still refused until `restore`). */
  retarget(target: { host: string; port: number }): void | Promise<void>;
  /** Connections let through again. */
  restore(): void | Promise<void>;
  close(): Promise<void>;
}

export interface FailoverStage {
  server: TestServer;
  wf: WorkflowDriver;
  route: PrimaryRoute;
  faces: DemoFace[];
}

/**
 * The service on the primary behind a route (by default the TCP proxy), with three people
 * enrolled.
 */
export async function startBehindProxy(
  open: (primary: { host: string; port: number }) => Promise<PrimaryRoute> = (primary) =>
    TcpProxy.start(primary),
): Promise<FailoverStage> {
  const primary = new URL(process.env.DATABASE_URL!);
  const route = await open({ host: primary.hostname, port: Number(primary.port || 5432) });
  try {
    const server = await TestServer.start(FAILOVER_SWEEP, { databaseUrl: (url) => route.route(url) });
    const wf = new WorkflowDriver(server);
    const faces = (await demoFaces(server.twokey.faces)).slice(0, 3);
    for (const face of faces) await wf.enrol(face);
    return { server, wf, route, faces };
  } catch (error) {
    await route.close();
    throw error;
  }
}

export interface FailoverObserved {
  /** Each step as it happened (wall clock, ms since the epoch), in order. */
  timeline: Array<{ step: string; at: number }>;
  /** When the primary was lost (the route cut every connection). */
  lostAt: number;
  /** Whether the loss came while the in-flight request's search read the gallery. */
  lostDuringSearch: boolean;
  /** The in-flight request's submission, as its client saw it. */
  interrupted: GraphQLResponse<unknown>;
  /** The port of the server the service's own pool reaches after the failover. */
  portAfter: string;
  /** Requests that failed between the route's re-pointing and the first that succeeded. */
  failedBeforeFirstSuccess: number;
  requestId: string;
  /** The interrupted request's status once the sweep had resumed it. */
  statusAfter: string;
  /** How often each audit event was recorded for the interrupted request. */
  events: Record<string, number>;
  candidates: { n: number; ranks: number };
  /** Whether the request from before the failover had its first review claimed on the new primary. */
  claimedAfter: boolean;
  chainOk: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request in first review; a second request submitted, the primary lost as its search reaches
 * the gallery (its submission committed); the replica promoted once it has replayed everything (a
 * planned switchover, or a synchronous replica: with an asynchronous one the last commits may be
 * lost) and the route re-pointed at it; then the same service process goes on.
 */
export async function runFailover({ server, wf, route, faces }: FailoverStage): Promise<FailoverObserved> {
  const timeline: FailoverObserved['timeline'] = [];
  const mark = (step: string) => {
    const at = Date.now();
    timeline.push({ step, at });
    return at;
  };
  const before = await wf.searchToFirstReview(faces[0].probe);
  mark('request A in first review (searched on the primary)');
  const caseId = await wf.createCase();
  const draft = await wf.createSearch(caseId, faces[1].probe);

  let lostAt = 0;
  let cut: Promise<void> | undefined;
  const search = FaceSearchRepository.search;
  FaceSearchRepository.search = async (...args: Parameters<typeof search>) => {
    cut ??= (async () => {
      await route.cut();
      lostAt = mark(
        `primary lost: ${route.name} cut every connection as request B’s search read the gallery`,
      );
    })();
    await cut;
    return search(...args);
  };
  let interrupted: GraphQLResponse<unknown>;
  try {
    mark('request B submitted');
    interrupted = await server.gql(WfSubmitSearch, { id: draft.id }, { as: 'swp.requester' });
  } finally {
    FaceSearchRepository.search = search;
  }
  mark(`request B answered ${interrupted.status} ${codes(interrupted).join(', ')}`);

  await waitForReplay();
  mark('replica has replayed everything the primary wrote');
  await promoteReplica();
  mark('replica promoted (pg_promote returned)');
  const promoted = new URL(replicaServerUrl()!);
  await route.retarget({ host: promoted.hostname, port: Number(promoted.port) });
  await route.restore();
  mark(`${route.name} re-pointed at the promoted replica`);

  // the client's view: request B's status in its case's list (a read that records no audit event),
  // asked until it answers, then until the sweep has resumed its search
  let failedBeforeFirstSuccess = 0;
  let statusAfter = '';
  const until = Date.now() + 30_000;
  for (let answered = false; Date.now() < until; await sleep(20)) {
    const response = await server.gql(WfSearchRequests, { caseId }, { as: 'swp.requester' });
    const listed = response.data?.searchRequests.edges.find((e) => e.node.id === draft.id)?.node;
    if (!listed) {
      if (!answered) failedBeforeFirstSuccess += 1;
      continue;
    }
    if (!answered) {
      answered = true;
      mark(`first successful request after the failover (request B listed: ${listed.status})`);
    }
    statusAfter = listed.status;
    if (statusAfter !== 'SUBMITTED' && statusAfter !== 'SEARCHING') {
      mark(`request B’s search resumed by the workflow sweep: ${statusAfter}`);
      break;
    }
  }
  const [{ port }] = await server.db.dataSource.query('SELECT inet_server_port() AS port');

  const task = await wf.taskFor(before.requestId, 'FIRST', 'swp.reviewer1');
  const claimedAfter = (await wf.claim(task.id, 'swp.reviewer1')).id === task.id;
  mark('request A’s first review claimed on the new primary');
  const chainOk = ok(await server.gql(WfVerifyChain, {}, { as: 'oversight.commissioner' })).verifyAuditChain
    .ok;
  mark(`audit chain verified: ${chainOk ? 'whole' : 'BROKEN'}`);
  const rows: Array<{ action: string; n: number }> = await server.db.dataSource.query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE subject_type = 'SearchRequest' AND subject_id = $1 GROUP BY action`,
    [draft.id],
  );
  const events = Object.fromEntries(rows.map((r) => [r.action, r.n]));
  const [candidates] = await server.db.dataSource.query(
    'SELECT count(*)::int AS n, count(DISTINCT rank)::int AS ranks FROM search_candidate WHERE request_id = $1',
    [draft.id],
  );
  mark(
    `request B’s audit events counted: ${Object.entries(events)
      .map(([action, n]) => `${action} ×${n}`)
      .join(', ')}; ${candidates.n} candidates, ${candidates.ranks} distinct ranks`,
  );
  return {
    timeline,
    lostAt,
    lostDuringSearch: lostAt > 0,
    interrupted,
    portAfter: String(port),
    failedBeforeFirstSuccess,
    requestId: draft.id,
    statusAfter,
    events,
    candidates,
    claimedAfter,
    chainOk,
  };
}

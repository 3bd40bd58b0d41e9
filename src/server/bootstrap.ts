import { createTokenVerifier } from '../auth/token-verifier';
import type { Config } from '../config/config';
import { Database, ReplicaRouter } from '../db';
import { checkServingRole, migrateOrCheck } from '../db/database-roles';
import { InProcessPubSub, OutboxRelay, PgNotifyPubSub, Topic, type PubSub } from '../events';
import { createFacePipeline, FacePipeline } from '../inference';
import { seedDemoData } from '../db/demo-data';
import { seedDemoGallery } from '../demo/demo-gallery';
import type { Logger } from '../logging/logger';
import {
  events as eventMetrics,
  observeDatabasePool,
  observeReplicaLag,
  observeInferencePool,
  observePurgeBacklog,
  observeReenrolment,
} from '../observability/metrics';
import { observeInferenceJob } from '../observability/trace';
import { buildAppSchema } from '../schema/build-schema';
import {
  createServices,
  Services,
  startAuditAnchoring,
  startWorkflowTimers,
  type WorkflowTimers,
} from '../services';
import { RunningApp, startApp } from './app';
import { readinessCheck } from './readiness';
import { startMetricsServer } from './metrics.routes';
import { createRequestContextFactory } from './request-context.factory';

export interface Twokey {
  app: RunningApp;
  db: Database;
  faces: FacePipeline;
  services: Services;
  timers: WorkflowTimers;
  /** Where live events arrive (PostgreSQL LISTEN or in-process), and the relay that sends them from the outbox. */
  events: PubSub;
  relay: OutboxRelay;
  /** With METRICS_PORT: where Prometheus scrapes this instance. */
  metricsUrl?: string;
  /** Drains HTTP and sockets, then closes the database. */
  stop(): Promise<void>;
}

export interface BootstrapOptions {
  /** Wraps the face pipeline the services use (tests count its calls); the real pipeline is still what runs. */
  wrapFaces?: (faces: FacePipeline) => FacePipeline;
  /** false: no demo gallery even where the demo data is seeded (a script enrolling its own). */
  demoGallery?: boolean;
}

/** Wires the whole service: database (migrated, seeded if configured, demo gallery included), services, HTTP/WS. */
export async function bootstrap(
  config: Config,
  logger: Logger,
  existingDb?: Database,
  options: BootstrapOptions = {},
): Promise<Twokey> {
  const db = existingDb ?? (await Database.open(config.database, logger));
  try {
    // MIGRATE_ON_START: migrations as the owner role when DATABASE_MIGRATION_URL is set, under the
    // migration lock; otherwise (the default with DATABASE_URL) refused while any is pending. Then
    // a serving role that could rewrite the audit log is refused in production (warned about elsewhere)
    const applied = await migrateOrCheck(config.database, db, logger, config.migrateOnStart);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    await checkServingRole(db, config.production, logger);
  } catch (error) {
    if (!existingDb) await db.close();
    throw error;
  }
  if (config.seedDemoData && (await seedDemoData(db))) logger.info('demo data created');

  const { sessions, intraOpThreads, maxInputPixels, maxQueue, faceModel } = config.inference;
  const pipeline = await createFacePipeline({
    sessions: sessions || undefined,
    intraOpThreads,
    // the one image limit (MAX_IMAGE_BYTES), checked again by the decoder
    maxInputBytes: config.images.maxBytes,
    maxInputPixels,
    maxQueue,
    faceModel,
    observer: observeInferenceJob, // metrics, and spans in the caller's trace
  });
  observeInferencePool(() => pipeline.stats?.());
  observeDatabasePool(db.kind, () => db.poolState());
  // read replicas (src/db/replica-router.ts): searches' gallery reads and lists may run there
  const replicas =
    config.database.kind === 'postgres' && config.database.replicaUrls.length > 0
      ? await ReplicaRouter.open(
          db.dataSource,
          {
            urls: config.database.replicaUrls,
            poolSize: config.database.poolSize,
            maxWaitMs: config.database.replicaMaxWaitMs,
          },
          logger,
        )
      : null;
  db.useReplicas(replicas);
  observeReplicaLag(replicas ? () => replicas.lag() : null);
  const faces = options.wrapFaces ? options.wrapFaces(pipeline) : pipeline;
  // Events are written to the outbox with their change and relayed once committed: PostgreSQL
  // NOTIFY reaches every instance on the database; the embedded PGlite is one process, so
  // in-process delivery is the same thing there.
  const events: PubSub =
    db.kind === 'postgres' && config.database.kind === 'postgres'
      ? await PgNotifyPubSub.start({ connectionString: config.database.url, logger })
      : new InProcessPubSub();
  const relay = new OutboxRelay({
    query: (sql, params) => db.dataSource.query(sql, params),
    target: events.relayTarget,
    logger,
    intervalMs: config.events.relayIntervalMs,
    retentionMs: config.events.outboxRetentionMs,
    paused: config.events.testPause,
  });
  const logFeedError = (error: unknown) =>
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'live feed failed');
  const services = createServices(db, faces, {
    events,
    subscriberAbilityTtlMs: config.subscriptions.abilityTtlMs,
    onFeedError: logFeedError,
    statsMinGroupSize: config.statistics.minGroupSize,
    actorCacheTtlMs: config.auth.contextCacheTtlMs,
    images: {
      maxBytes: config.images.maxBytes,
      ttlMs: config.images.uploadTtlMs,
      base64: config.images.base64,
    },
  });
  // the active model version's calibration, recorded once (a re-measured one gets a new row): every
  // search's policy snapshot names it
  const calibration = await services.calibrations.recordActive();
  logger.info(
    { modelVersion: calibration.modelVersion, calibrationId: calibration.id },
    'model calibration recorded',
  );
  // every force searches with a recorded model version: one without gets the configured one, so
  // a later change of FACE_MODEL never changes a force's searches without a switch
  const assigned = await services.modelVersions.assignDefaults();
  if (assigned)
    logger.info({ forces: assigned, modelVersion: calibration.modelVersion }, 'model version assigned');
  observeReenrolment(() => services.modelVersions.enrollingProgress());
  observePurgeBacklog(() => services.retention.dueCount());
  // an officer changed here is forgotten before the request that changed them answers (other
  // instances' changes arrive as events); then the relay sends this commit's events at once
  db.onCommittedEvents((committed) => {
    for (const event of committed) {
      eventMetrics.published(event.topic);
      if (event.topic === Topic.OFFICER_CHANGED)
        services.actors.invalidate((event.payload as { officerId: string }).officerId);
    }
    relay.committed(committed.map((event) => event.id));
  });
  services.actors.listen(events, logFeedError);
  // what a previous run committed but never relayed (killed between commit and relay) goes out now
  await relay.start();
  // before listening, so the first request finds the demo gallery complete
  if (config.seedDemoData && options.demoGallery !== false)
    await seedDemoGallery(db, services, pipeline, logger);
  // expired review claims back to the pool, stale requests expired, interrupted searches resumed (now and periodically)
  const timers = startWorkflowTimers(
    services,
    {
      intervalMs: config.workflow.sweepIntervalMs,
      resumeAfterMs: config.workflow.resumeAfterMs,
      purgeBatch: config.workflow.purgeBatch,
      onPurge: (report) =>
        logger.info(
          {
            purged: report.purged.length,
            failed: report.failed.length,
            stillDue: report.due - report.purged.length - report.failed.length,
            totals: report.totals,
          },
          'retention purge',
        ),
    },
    (error) =>
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'workflow timer failed'),
  );
  const anchoring = startAuditAnchoring(services, config.audit.anchorIntervalMs, logger);
  await anchoring.tick();
  const contextFor = createRequestContextFactory(await createTokenVerifier(config.auth), services, logger, {
    cacheTtlMs: config.auth.contextCacheTtlMs,
  });
  const readiness = readinessCheck({
    database: db,
    events: [events, relay],
    workersAlive: () => pipeline.workersAlive?.() ?? 1,
  });
  const app = await startApp(
    { config, logger, db, schema: await buildAppSchema(), services, contextFor, readiness },
    config.port,
    config.host,
  );
  const metricsServer =
    config.metrics.port !== undefined
      ? await startMetricsServer(config.metrics.port, config.metrics.host, logger)
      : null;
  if (metricsServer) logger.info({ url: metricsServer.url }, 'metrics listening');
  // events may have been missed: clients reconnect (1012 Service Restart) and read reviewQueue
  const stopGaps = services.feed.onGap(() =>
    app.closeSockets(1012, 'Live events were interrupted: reconnect and read reviewQueue'),
  );
  return {
    app,
    db,
    faces,
    services,
    timers,
    events,
    relay,
    metricsUrl: metricsServer?.url,
    async stop() {
      await metricsServer?.stop();
      observeReenrolment(null);
      observePurgeBacklog(null);
      await timers.stop();
      anchoring.stop();
      stopGaps();
      await app.stop();
      await relay.stop();
      await services.feed.close();
      services.actors.close();
      await events.close();
      await services.models.close();
      await faces.close();
      observeReplicaLag(null);
      db.useReplicas(null);
      await replicas?.close();
      if (!existingDb) await db.close();
    },
  };
}

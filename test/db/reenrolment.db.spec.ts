import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Database } from '../../src/db';
import { seedDemoData } from '../../src/db/demo-data';
import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { RetentionClass } from '../../src/entities';
import { createFacePipeline, type FacePipeline } from '../../src/inference';
import { createServices, RequestMemo, type RequestContext, type Services } from '../../src/services';
import { runReenrolment } from '../../src/services/reenrolment.service';
import { demoFaces } from '../support/faces';
import { copyCustodyImages } from '../support/gallery-copies';
import { openTestDatabase, testLogger, usingPostgres, type TestDatabase } from '../support/test-database';

const MOBILE = 'mobilefacenet-192';

// two face models, a child process and a real database on a shared 2-core machine
jest.setTimeout(600_000);

/** Enrols the first `count` demo faces in SWP as its gallery manager; returns their image ids. */
async function enrolDemoFaces(services: Services, faces: FacePipeline, count: number): Promise<string[]> {
  const actor = (await services.actors.get('swp.gallery'))!;
  const ctx: RequestContext = {
    requestId: randomUUID(),
    officer: actor.officer,
    ability: actor.ability,
    memo: new RequestMemo(),
  };
  const ids: string[] = [];
  for (const [i, person] of (await demoFaces(faces)).slice(0, count).entries()) {
    const { image } = await services.gallery.enrol(
      ctx,
      {
        personReference: `MV/P${i}`,
        custodyReference: `MV/CU/${i}`,
        capturedAt: new Date('2024-05-01T09:00:00Z'),
        retentionClass: RetentionClass.CONVICTED,
        under18AtCapture: false,
      },
      { bytes: person.enrol },
    );
    ids.push(image.id);
  }
  return ids;
}

const versionCounts = async (db: Database) =>
  (await db.dataSource.query(
    `SELECT model_version AS "modelVersion", count(*)::int AS n, count(DISTINCT image_id)::int AS images FROM face_template GROUP BY 1 ORDER BY 1`,
  )) as Array<{ modelVersion: string; n: number; images: number }>;

describe('runReenrolment', () => {
  let handle: TestDatabase;
  let db: Database;
  let faces: FacePipeline;
  let services: Services;
  let imageIds: string[];
  let swp: string;

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    await seedDemoData(db);
    faces = await createFacePipeline({ sessions: 2 });
    services = createServices(db, faces);
    await services.modelVersions.assignDefaults();
    imageIds = await enrolDemoFaces(services, faces, 6);
    swp = (await db.dataSource.query(`SELECT id FROM force WHERE code = 'SWP'`))[0].id;
  });
  afterAll(async () => {
    await services.models.close();
    await faces.close();
    await handle.close();
  });

  it("should refuse a template whose length is not its model version's, naming version and lengths only", async () => {
    const wrong = Float32Array.from({ length: 100 }, (_, i) => (i === 7 ? 0.123456 : 0.0654321));
    const attempt = (modelVersion: string, expectedDimension?: number) =>
      db.transaction(({ manager }) =>
        FaceSearchRepository.insertTemplate(
          manager,
          {
            imageId: imageIds[0],
            forceId: swp,
            modelVersion,
            embedding: wrong,
            retentionClass: RetentionClass.CONVICTED,
            under18AtCapture: false,
            quality: {},
            box: {},
            landmarks: [],
          },
          { ifAbsent: true, expectedDimension },
        ),
      );
    const mobile = services.models.resolve(MOBILE);
    // a version with a template space: refused by the database's trigger, reported cleanly
    for (const [version, expected, error] of [
      [faces.modelVersion, 512, await attempt(faces.modelVersion).catch((e: unknown) => e)],
      // any version: refused before the database by the registry's dimension
      [
        mobile.modelVersion,
        192,
        await attempt(mobile.modelVersion, mobile.dimension).catch((e: unknown) => e),
      ],
    ] as const) {
      expect(error).toMatchObject({
        code: 'TEMPLATE_DIMENSION_MISMATCH',
        details: { modelVersion: version, length: 100, expected },
      });
      const message = (error as Error).message;
      expect(message).toBe(
        `A template of model version ${version} has 100 dimensions, not ${expected} (the length that model version makes)`,
      );
      expect(JSON.stringify({ message, details: (error as { details: unknown }).details })).not.toMatch(
        /0\.0654|0\.1234/,
      );
    }
    expect(await versionCounts(db)).toEqual([{ modelVersion: faces.modelVersion, n: 6, images: 6 }]);
  });

  it("should make a second version's templates beside the first, and a search of either compares only its own", async () => {
    const mobile = services.models.resolve(MOBILE).modelVersion;
    const report = await runReenrolment(db, services, { model: MOBILE, forceCodes: ['SWP'], batch: 4 });
    expect(report).toMatchObject({ modelVersion: mobile, stopped: false });
    expect(report.templates + report.failures).toBe(6);
    expect(report.forces).toEqual([
      {
        code: 'SWP',
        coverage: { images: 6, enrolled: report.templates, failures: report.failures, missing: 0 },
      },
    ]);
    expect(await versionCounts(db)).toEqual(
      [
        { modelVersion: faces.modelVersion, n: 6, images: 6 },
        { modelVersion: mobile, n: report.templates, images: report.templates },
      ].sort((a, b) => a.modelVersion.localeCompare(b.modelVersion)),
    );
    // run again: nothing left to do, nothing written twice
    const again = await runReenrolment(db, services, { model: MOBILE, forceCodes: ['SWP'] });
    expect(again).toMatchObject({ templates: 0, failures: 0 });

    // a search on each version finds each image once, scored with that version's templates only
    const probe = (await demoFaces(faces))[1].probe;
    const mobilePipeline = await services.models.pipeline(mobile);
    for (const [version, pipeline] of [
      [faces.modelVersion, faces],
      [mobile, mobilePipeline],
    ] as const) {
      const { template } = await pipeline.templateFor(probe, undefined, { use: 'probe' });
      const { candidates } = await db.transaction(({ manager }) =>
        FaceSearchRepository.search(manager, {
          probe: template,
          modelVersion: version,
          forceIds: [swp],
          includeUnder18: true,
          excludedRetentionClasses: [],
          threshold: -1,
          k: 50,
        }),
      );
      expect(candidates).toHaveLength(version === faces.modelVersion ? 6 : report.templates);
      expect(candidates[0].imageId).toBe(imageIds[1]);
      const own: Array<{ image_id: string; score: number }> = await db.dataSource.query(
        `SELECT image_id, 1 - (embedding <=> $1::vector) AS score FROM face_template WHERE model_version = $2`,
        [`[${Array.from(template).join(',')}]`, version],
      );
      const byImage = new Map(own.map((r) => [r.image_id, Number(r.score)]));
      for (const c of candidates) expect(c.score).toBeCloseTo(byImage.get(c.imageId)!, 5);
    }
    // deleting an image deletes every version's template
    await db.transaction(({ manager }) => FaceSearchRepository.deleteForImages(manager, [imageIds[5]]));
    expect(
      (
        await db.dataSource.query(`SELECT count(*)::int AS n FROM face_template WHERE image_id = $1`, [
          imageIds[5],
        ])
      )[0].n,
    ).toBe(0);
  });
});

describe('npm run reenrol', () => {
  const COPIES = 10; // 6 faces, 66 images
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'twokey-reenrol-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const runCli = (env: NodeJS.ProcessEnv, onLine?: (line: string, kill: () => void) => void) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        join(__dirname, '../../src/cli/reenrol.ts'),
        '--model',
        MOBILE,
        '--force',
        'SWP',
        '--batch',
        '8',
        '--json',
      ],
      { env: { ...env, INFERENCE_SESSIONS: '2' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      for (const line of chunk.toString().split('\n')) onLine?.(line, () => child.kill('SIGKILL'));
    });
    return new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
    }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  };

  it('should resume after SIGKILL without duplicates, and end with the gallery covered', async () => {
    let handle: TestDatabase | null = await openTestDatabase();
    let dataDir: string | undefined;
    let env: NodeJS.ProcessEnv;
    const prepare = async (db: Database) => {
      await seedDemoData(db);
      const faces = await createFacePipeline({ sessions: 2 });
      try {
        const services = createServices(db, faces);
        await services.modelVersions.assignDefaults();
        const ids = await enrolDemoFaces(services, faces, 6);
        await db.transaction(({ manager }) => copyCustodyImages(manager, ids, COPIES));
      } finally {
        await faces.close();
      }
    };
    if (usingPostgres()) {
      await prepare(handle.db);
      env = { ...process.env, DATABASE_URL: handle.url };
    } else {
      // the CLI opens the embedded database from its folder: one prepared for it
      await handle.close();
      handle = null;
      dataDir = join(root, 'pglite');
      const prepared = await Database.open({ kind: 'pglite', dataDir }, testLogger);
      await prepared.migrate();
      await prepare(prepared);
      await prepared.close();
      env = { ...process.env, PGLITE_DATA_DIR: dataDir };
      delete env.DATABASE_URL;
    }
    const total = 6 * (COPIES + 1);
    const open = async () => (dataDir ? Database.open({ kind: 'pglite', dataDir }, testLogger) : handle!.db);
    const close = async (db: Database) => {
      if (dataDir) await db.close();
    };
    const covered = async (db: Database) =>
      (
        await db.dataSource.query(
          `SELECT (SELECT count(*)::int FROM face_template WHERE model_version LIKE 'mobilefacenet-192@%') AS templates,
                  (SELECT count(DISTINCT image_id)::int FROM face_template WHERE model_version LIKE 'mobilefacenet-192@%') AS images,
                  (SELECT count(*)::int FROM template_failure WHERE model_version LIKE 'mobilefacenet-192@%') AS failures,
                  (SELECT count(*)::int FROM audit_event WHERE action = 'REENROLMENT_STARTED') AS started,
                  (SELECT count(*)::int FROM audit_event WHERE action = 'REENROLMENT_COMPLETED') AS completed,
                  (SELECT count(*)::int FROM face_template WHERE model_version NOT LIKE 'mobilefacenet-192@%') AS others`,
        )
      )[0] as Record<string, number>;
    try {
      // first run: killed outright once at least three batches were written
      let killedAt = 0;
      const first = await runCli(env, (line, kill) => {
        const m = /^progress (\d+)\//.exec(line);
        if (m && Number(m[1]) >= 24 && !killedAt) {
          killedAt = Number(m[1]);
          kill();
        }
      });
      expect(first.signal).toBe('SIGKILL');
      let db = await open();
      const partial = await covered(db);
      await close(db);
      expect(partial.templates + partial.failures).toBeGreaterThanOrEqual(killedAt);
      expect(partial.templates + partial.failures).toBeLessThan(total);
      expect(partial).toMatchObject({ started: 1, completed: 0, others: total });

      // second run: picks up the rest, writes nothing twice, and completes
      const second = await runCli(env);
      expect([second.code, second.stderr.slice(-500)]).toEqual([0, expect.any(String)]);
      const report = JSON.parse(second.stdout);
      expect(report.templates + report.failures).toBe(total - partial.templates - partial.failures);
      expect(report.forces).toEqual([
        {
          code: 'SWP',
          coverage: {
            images: total,
            enrolled: expect.any(Number),
            failures: expect.any(Number),
            missing: 0,
          },
        },
      ]);
      expect(report.imagesPerSecond).toBeGreaterThan(0);
      db = await open();
      const after = await covered(db);
      await close(db);
      expect(after.templates).toBe(after.images); // one template per image and version
      expect(after.templates + after.failures).toBe(total);
      expect(after).toMatchObject({ started: 2, completed: 1, others: total });
    } finally {
      if (handle) await handle.close();
    }
    // two cold starts of the CLI (ts-node, two face models) on a shared machine
  }, 1_500_000);
});

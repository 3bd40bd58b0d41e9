import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/db';
import { seedDemoData } from '../../src/db/demo-data';
import { createFacePipeline, FacePipeline } from '../../src/inference';
import { runBulkEnrolment } from '../../src/services/bulk-enrolment.service';
import { createServices, Services } from '../../src/services';
import sharp from 'sharp';
import { blurRegions, noiseJpeg, sample } from '../inference/helpers';
import { demoFaces } from '../support/faces';
import { openTestDatabase, testLogger, usingPostgres } from '../support/test-database';

const HEADER =
  'file,person_reference,custody_reference,captured_at,retention_class,under18_at_capture,self_defined_ethnicity,sex,age_band';

describe('runBulkEnrolment', () => {
  let handle: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  let faces: FacePipeline;
  let services: Services;
  let dir: string;
  let manifest: string;
  let goodFiles: string[];

  const counts = async () => {
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM custody_image)::int AS images, (SELECT count(*) FROM custody_image_blob)::int AS blobs, (SELECT count(*) FROM face_template)::int AS templates,
              (SELECT count(*) FROM audit_event WHERE action = 'CUSTODY_IMAGE_ENROLLED')::int AS events`,
    );
    return row as { images: number; blobs: number; templates: number; events: number };
  };
  const run = (extra: Partial<Parameters<typeof runBulkEnrolment>[2]> = {}) =>
    runBulkEnrolment(db, services.gallery, {
      forceCode: 'SWP',
      officerSubject: 'swp.gallery',
      manifestPath: manifest,
      imagesDir: dir,
      concurrency: 3,
      ...extra,
    });

  beforeAll(async () => {
    handle = await openTestDatabase();
    db = handle.db;
    await seedDemoData(db);
    faces = await createFacePipeline({ sessions: 2 });
    services = createServices(db, faces);
    dir = mkdtempSync(join(tmpdir(), 'twokey-enrol-'));
    const people = (await demoFaces(faces)).slice(0, 10);
    goodFiles = people.map((_, i) => `person-${i}.jpg`);
    people.forEach((p, i) => writeFileSync(join(dir, goodFiles[i]), p.enrol));
    writeFileSync(join(dir, 'group.jpg'), sample(3));
    writeFileSync(join(dir, 'blank.jpg'), await noiseJpeg(300, 300));
    writeFileSync(join(dir, 'corrupt.jpg'), people[0].enrol.subarray(0, 500));
    const row = (file: string, i: number, extra = 'CONVICTED,false,W1,F,25-34') =>
      `${file},PER/${i},CU/${i},2024-02-0${(i % 9) + 1},${extra}`;
    manifest = join(dir, 'manifest.csv');
    writeFileSync(
      manifest,
      [
        HEADER,
        ...goodFiles.map((f, i) => row(f, i)),
        row('group.jpg', 20),
        row('blank.jpg', 21),
        row('corrupt.jpg', 22),
        row('missing.jpg', 23),
        row('person-1.jpg', 24, 'SOMETIMES,false,,,'),
        row('../../etc/passwd', 25),
        `person-2.jpg,,CU/26,2024-01-01,CONVICTED,false,,,`,
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await faces.close();
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should stop early on a signal, leaving only whole records, and resume without duplicates', async () => {
    const abort = new AbortController();
    const partial = await run({ signal: abort.signal, onProgress: (done) => done >= 3 && abort.abort() });
    const afterAbort = await counts();
    expect(partial.counts.ENROLLED).toBeGreaterThan(0);
    expect(partial.counts.ENROLLED).toBeLessThan(goodFiles.length);
    expect(afterAbort).toEqual({
      images: partial.counts.ENROLLED,
      blobs: partial.counts.ENROLLED,
      templates: partial.counts.ENROLLED,
      events: partial.counts.ENROLLED,
    });

    const report = await run();
    expect(report.counts.DUPLICATE).toBe(partial.counts.ENROLLED);
    expect(report.counts.ENROLLED + report.counts.DUPLICATE).toBe(goodFiles.length);
    expect(await counts()).toEqual({
      images: goodFiles.length,
      blobs: goodFiles.length,
      templates: goodFiles.length,
      events: goodFiles.length,
    });
  });

  it('should report every bad row by file name and outcome without stopping', async () => {
    const report = await run();
    expect(report.counts).toEqual({
      ENROLLED: 0,
      DUPLICATE: goodFiles.length,
      NO_FACE: 1,
      MULTIPLE_FACES: 1,
      LOW_QUALITY: 0,
      UNREADABLE: 1,
      BAD_ROW: 4,
    });
    const byFile = Object.fromEntries(report.problems.map((p) => [`${p.line}:${p.file}`, p.outcome]));
    expect(byFile).toMatchObject({
      [`${goodFiles.length + 2}:group.jpg`]: 'MULTIPLE_FACES',
      [`${goodFiles.length + 3}:blank.jpg`]: 'NO_FACE',
      [`${goodFiles.length + 4}:corrupt.jpg`]: 'UNREADABLE',
      [`${goodFiles.length + 5}:missing.jpg`]: 'BAD_ROW',
      [`${goodFiles.length + 6}:person-1.jpg`]: 'BAD_ROW',
      [`${goodFiles.length + 7}:../../etc/passwd`]: 'BAD_ROW',
      [`${goodFiles.length + 8}:person-2.jpg`]: 'BAD_ROW',
    });
    expect(await counts()).toMatchObject({ images: goodFiles.length });
  });

  it('should enrol the face a row names, or that a --face rule picks, and report what chose it', async () => {
    const enrolledBox = async (personReference: string) =>
      (
        await db.dataSource.query(
          `SELECT t.box FROM face_template t JOIN custody_image i ON i.id = t.image_id
             JOIN custody_subject s ON s.id = i.subject_id WHERE s.person_reference = $1`,
          [personReference],
        )
      ).map((r: { box: unknown }) => r.box);
    // group photos derived from the package's demo photos (re-encoded: not the bytes enrolled above)
    const photo4 = await sharp(sample(4)).jpeg({ quality: 91 }).toBuffer();
    const photo5 = await sharp(sample(5)).jpeg({ quality: 91 }).toBuffer();
    const photo6 = await sharp(sample(6)).jpeg({ quality: 91 }).toBuffer();
    const boxes1 = (await faces.analyse(sample(1))).faces.map((f) => f.box);
    const oneUsable = await blurRegions(sample(1), boxes1.slice(1), 8);
    const files: Array<[string, Buffer]> = [
      ['g4.jpg', photo4],
      ['g5.jpg', photo5],
      ['g1-one-usable.jpg', oneUsable],
      ['g6.jpg', photo6],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    const choiceManifest = join(dir, 'choices.csv');
    writeFileSync(
      choiceManifest,
      [
        `${HEADER},face_index`,
        'g4.jpg,PER/FC4,CU/FC4,2024-03-01,CONVICTED,false,,,,',
        'g5.jpg,PER/FC5,CU/FC5,2024-03-01,CONVICTED,false,,,,2',
        'g1-one-usable.jpg,PER/FC1,CU/FC1,2024-03-01,CONVICTED,false,,,,',
        'g6.jpg,PER/FC6,CU/FC6,2024-03-01,CONVICTED,false,,,,9',
        'g6.jpg,PER/FC6,CU/FC6,2024-03-01,CONVICTED,false,,,,two',
      ].join('\n'),
    );
    const before = await counts();
    const report = await run({ manifestPath: choiceManifest, faceRule: 'largest' });
    expect(report.counts).toMatchObject({ ENROLLED: 3, MULTIPLE_FACES: 0, BAD_ROW: 2 });
    expect(report.problems.map((p) => [p.line, p.outcome, p.detail]).sort()).toEqual([
      [5, 'BAD_ROW', 'face_index is out of range (4 faces found)'],
      [6, 'BAD_ROW', 'face_index must be a whole number from 0'],
    ]);
    expect((await counts()).images).toBe(before.images + 3);

    const faces4 = (await faces.analyse(photo4)).faces;
    const largest = faces4.reduce((a, b) =>
      b.box.width * b.box.height > a.box.width * a.box.height ? b : a,
    );
    const faces5 = (await faces.analyse(photo5)).faces;
    expect(report.faceChoices).toEqual([
      { line: 2, file: 'g4.jpg', faceIndex: largest.index, faceCount: faces4.length, chosenBy: 'largest' },
      { line: 3, file: 'g5.jpg', faceIndex: 2, faceCount: faces5.length, chosenBy: 'index' },
      { line: 4, file: 'g1-one-usable.jpg', faceIndex: 0, faceCount: 3, chosenBy: 'only-usable-face' },
    ]);
    expect(await enrolledBox('PER/FC4')).toEqual([largest.box]);
    expect(await enrolledBox('PER/FC5')).toEqual([faces5[2].box]);
    expect(await enrolledBox('PER/FC1')).toEqual([(await faces.analyse(oneUsable)).faces[0].box]);

    // the central rule, on a photo whose most central face is not its largest
    const { width, height } = (await sharp(photo6).metadata()) as { width: number; height: number };
    const faces6 = (await faces.analyse(photo6)).faces;
    const off = (b: (typeof faces6)[number]['box']) =>
      Math.hypot(b.x + b.width / 2 - width / 2, b.y + b.height / 2 - height / 2);
    const central = faces6.reduce((a, b) => (off(b.box) < off(a.box) ? b : a));
    writeFileSync(choiceManifest, [HEADER, 'g6.jpg,PER/FC6,CU/FC6,2024-03-01,CONVICTED,false,,,'].join('\n'));
    const withoutRule = await run({ manifestPath: choiceManifest });
    expect(withoutRule.counts).toMatchObject({ ENROLLED: 0, MULTIPLE_FACES: 1 });
    const centred = await run({ manifestPath: choiceManifest, faceRule: 'central' });
    expect(centred.faceChoices).toEqual([
      { line: 2, file: 'g6.jpg', faceIndex: central.index, faceCount: 4, chosenBy: 'central' },
    ]);
    expect(await enrolledBox('PER/FC6')).toEqual([central.box]);
  });

  (usingPostgres() ? it : it.skip)(
    'should resume without duplicates, and rebuild deferred indexes, after the CLI is killed mid-run (PostgreSQL)',
    async () => {
      // start from an empty gallery (the enrolment events of earlier tests stay in the log)
      for (const table of ['face_template', 'custody_image_blob', 'derived_image', 'custody_image'])
        await db.dataSource.query(`DELETE FROM ${table}`);
      const eventsBefore = (await counts()).events; // the log keeps the earlier tests' events
      const searchIndexes = async () =>
        (
          await db.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_indexes WHERE indexname ~ '^face_search_[0-9]+_'`,
          )
        )[0].n;
      const indexesBefore = await searchIndexes();
      const cli = (...extra: string[]) =>
        spawn(
          process.execPath,
          [
            '-r',
            'ts-node/register/transpile-only',
            join(__dirname, '../../src/cli/enrol.ts'),
            '--force',
            'SWP',
            '--manifest',
            manifest,
            '--images',
            dir,
            '--concurrency',
            '2',
            ...extra,
          ],
          {
            env: { ...process.env, DATABASE_URL: handle.url, DATABASE_MIGRATION_URL: handle.ownerUrl },
            stdio: 'ignore',
          },
        );
      // a first load with the search indexes deferred, killed before it could build them
      const child = cli('--defer-indexes');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      for (let i = 0; i < 600 && (await counts()).images < 3; i += 1)
        await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGKILL');
      await exited;
      const killed = await counts();
      expect(killed.images).toBeGreaterThanOrEqual(3);
      expect(killed).toEqual({
        images: killed.images,
        blobs: killed.images,
        templates: killed.images,
        events: eventsBefore + killed.images,
      });
      expect(await searchIndexes()).toBe(0);

      const again = cli();
      expect(await new Promise((resolve) => again.once('exit', resolve))).toBe(0);
      expect(await counts()).toMatchObject({
        images: goodFiles.length,
        blobs: goodFiles.length,
        templates: goodFiles.length,
      });
      expect(await searchIndexes()).toBe(indexesBefore); // the plain re-run rebuilt them
    },
    240_000, // two CLI children, each compiling TypeScript and loading the models at start
  );
});

/**
 * A manifest and an images folder written by someone careless or hostile: links out of the
 * folder, a FIFO, stray CSV quotes, spreadsheet formulas and values spread over lines. Each bad
 * row is reported with its line and reason (never a value or image content) and skipped; the good
 * rows around it are enrolled; nothing the GraphQL API would refuse is stored. Through the service
 * and through the real CLI, on both databases.
 */
describe('runBulkEnrolment with a hostile manifest', () => {
  let root: string;
  let dir: string;
  let manifest: string;
  let goodFiles: string[];
  let expected: Record<string, string>;
  const row = (file: string, i: number, person = `PER/H${i}`, custody = `CU/H${i}`) =>
    `${file},${person},${custody},2024-03-0${(i % 9) + 1},CONVICTED,false,W1,F,25-34`;

  beforeAll(async () => {
    const faces = await createFacePipeline({ sessions: 1 });
    const people = (await demoFaces(faces)).slice(10, 16);
    await faces.close();
    root = mkdtempSync(join(tmpdir(), 'twokey-hostile-'));
    dir = join(root, 'images');
    mkdirSync(dir);
    mkdirSync(join(root, 'elsewhere'));
    goodFiles = ['a.jpg', 'b.jpg', 'c.jpg'];
    goodFiles.forEach((f, i) => writeFileSync(join(dir, f), people[i].enrol));
    // a face outside the images folder, reachable only through a link
    writeFileSync(join(root, 'elsewhere', 'outside.jpg'), people[3].enrol);
    symlinkSync(join(root, 'elsewhere', 'outside.jpg'), join(dir, 'outside-link.jpg'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.jpg'));
    mkdirSync(join(dir, 'folder.jpg'));
    execFileSync('mkfifo', [join(dir, 'pipe.jpg')]); // reading it would block for ever
    writeFileSync(join(dir, 'formula.jpg'), people[4].enrol);
    writeFileSync(join(dir, 'multiline.jpg'), people[5].enrol);
    const lines = [
      HEADER, // 1
      row('a.jpg', 1), // 2
      row('outside-link.jpg', 2), // 3
      row('passwd.jpg', 3), // 4
      `b.jpg,"PER/H4"oops,CU/H4,2024-03-05,CONVICTED,false,,,`, // 5: a stray quote
      row('b.jpg', 5), // 6: the line after it is unharmed
      row('folder.jpg', 6), // 7
      row('pipe.jpg', 7), // 8
      row('formula.jpg', 8, '"=HYPERLINK(""http://evil.example/x"",""click"")"'), // 9
      row('formula.jpg', 9, 'PER/H9', '+cmd|calc'), // 10
      row('multiline.jpg', 10, 'PER/H10', '"CU/H10'), // 11: a quoted value left open ...
      'second line",2024-03-02,CONVICTED,false,,,', // 12: ... that goes on here
      row('c.jpg', 13), // 13
    ];
    manifest = join(root, 'manifest.csv');
    writeFileSync(manifest, `${lines.join('\n')}\n`);
    expected = {
      3: 'BAD_ROW:file must be inside the images folder',
      4: 'BAD_ROW:file must be inside the images folder',
      5: 'BAD_ROW:not a well-formed CSV record',
      7: 'BAD_ROW:not a regular file',
      8: 'BAD_ROW:not a regular file',
      9: 'BAD_ROW:personReference may contain letters, digits and / . _ - only',
      10: 'BAD_ROW:custodyReference may contain letters, digits and / . _ - only',
      11: 'BAD_ROW:not a well-formed CSV record',
      12: 'BAD_ROW:not a well-formed CSV record',
    };
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const check = async (db: Database, report: Awaited<ReturnType<typeof runBulkEnrolment>>) => {
    const byLine = Object.fromEntries(
      report.problems.map((p) => [p.line, `${p.outcome}:${(p.detail ?? '').replace(/ \(\w+\)$/, '')}`]),
    );
    expect(byLine).toEqual(expected);
    expect(report.counts).toMatchObject({
      ENROLLED: goodFiles.length,
      BAD_ROW: Object.keys(expected).length,
    });
    // no value of a row and nothing read from a file appears in the report
    expect(JSON.stringify(report)).not.toMatch(/HYPERLINK|calc|root:|second line/);
    const stored: Array<{ custody_reference: string; person_reference: string }> = await db.dataSource.query(
      `SELECT i.custody_reference, s.person_reference FROM custody_image i JOIN custody_subject s ON s.id = i.subject_id WHERE i.custody_reference LIKE 'CU/H%' OR s.person_reference NOT LIKE 'PER/%' ORDER BY 1`,
    );
    expect(stored).toEqual([
      { custody_reference: 'CU/H1', person_reference: 'PER/H1' },
      { custody_reference: 'CU/H13', person_reference: 'PER/H13' },
      { custody_reference: 'CU/H5', person_reference: 'PER/H5' },
    ]);
  };

  it('should report and skip each bad row through the service, enrolling the rest', async () => {
    const handle = await openTestDatabase();
    const faces = await createFacePipeline({ sessions: 2 });
    try {
      await seedDemoData(handle.db);
      const services = createServices(handle.db, faces);
      const report = await runBulkEnrolment(handle.db, services.gallery, {
        forceCode: 'SWP',
        officerSubject: 'swp.gallery',
        manifestPath: manifest,
        imagesDir: dir,
        concurrency: 3,
      });
      await check(handle.db, report);
    } finally {
      await faces.close();
      await handle.close();
    }
  });

  it('should do the same through the CLI, and exit 0', async () => {
    const handle = await openTestDatabase();
    let db = handle.db;
    let env: NodeJS.ProcessEnv;
    let dataDir: string | undefined;
    await seedDemoData(handle.db);
    if (usingPostgres()) {
      env = { ...process.env, DATABASE_URL: handle.url };
    } else {
      // the CLI opens the embedded database from its folder: one prepared (migrated, seeded) for it
      await handle.close();
      dataDir = join(root, 'pglite');
      const prepared = await Database.open({ kind: 'pglite', dataDir }, testLogger);
      await prepared.migrate();
      await seedDemoData(prepared);
      await prepared.close();
      env = { ...process.env, PGLITE_DATA_DIR: dataDir };
      delete env.DATABASE_URL;
    }
    try {
      const child = spawn(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          join(__dirname, '../../src/cli/enrol.ts'),
          '--force',
          'SWP',
          '--manifest',
          manifest,
          '--images',
          dir,
          '--concurrency',
          '2',
          '--json',
        ],
        {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      if (dataDir) db = await Database.open({ kind: 'pglite', dataDir }, testLogger);
      await check(db, report);
    } finally {
      if (dataDir) await db.close();
      else await handle.close();
    }
  }, 240_000); // a CLI child compiles TypeScript at start: minutes on a busy machine
});

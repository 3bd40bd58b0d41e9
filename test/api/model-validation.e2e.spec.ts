import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { runValidation, type ValidationRunReport } from '../../src/services/model-validation.run';
import { graphql } from '../gql';
import { demoFaces, type DemoFace } from '../support/faces';
import { ok, WfDecideAuthorisation, WfSearchRequest, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';
import { recordValidation } from '../support/validations';

// the face pipeline runs over a small labelled set and a few searches on a shared 2-core machine
jest.setTimeout(600_000);

const Validations = graphql(`
  query MvalValidations($forceId: ID, $modelVersion: String) {
    modelValidations(forceId: $forceId, modelVersion: $modelVersion) {
      id
      forceId
      modelVersion
      datasetDescription
      datasetSha256
      imageCount
      unusableImages
      gallerySize
      matedSearches
      nonMatedSearches
      minGroupSize
      equitableThreshold
      runBy
      ladder
      groups {
        attribute
        value
        people
        matedSearches
        nonMatedSearches
        impostorPairs
        belowMinimumSize
        points {
          threshold
          falseMatch {
            count
            total
            rate
            low
            high
          }
          rankOne {
            count
            total
          }
        }
      }
    }
  }
`);

const ValidationCsv = graphql(`
  query MvalValidationCsv($id: ID!) {
    modelValidation(id: $id) {
      id
      csv
    }
  }
`);

const Statistics = graphql(`
  query MvalStatistics($from: DateTimeISO!, $to: DateTimeISO!, $forceId: ID) {
    oversightStatistics(from: $from, to: $to, forceId: $forceId) {
      totals {
        forceCode
        searchesRun
        thresholdOverrides
        searchesBelowEquitableThreshold
      }
    }
  }
`);

/**
 * A force validates a model version on its own labelled images (the tool, run on a tiny set made
 * from the demo photos), the record is read over GraphQL and as CSV, and its equitable threshold
 * holds searches below it to an authoriser's recorded rationale, counted for oversight.
 */
describe('model validation (npm run validate-model, GraphQL)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let swp: string;
  let active: string;
  let dir: string;
  const startedAt = new Date();

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    active = server.twokey.faces.modelVersion;
    swp = await wf.forceId('SWP');
    faces = await demoFaces(server.twokey.faces);
    dir = await mkdtemp(join(tmpdir(), 'twokey-validation-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  });

  describe('runValidation', () => {
    let report: ValidationRunReport;
    let manifest: string;

    beforeAll(async () => {
      // six people with two photos each (enrolled, then searched for: mated) and four with one
      // (every other one searched for with no mate in the gallery, the rest enrolled). Labels
      // are the fixture's own, not anyone's demographics: two "groups" of the attribute, and a
      // third with a single person (below the minimum size of 2).
      const rows = ['file,identity,ethnicity,sex,age_band'];
      const people = faces.slice(0, 10);
      for (const [i, face] of people.entries()) {
        const ethnicity = i === 9 ? 'group-3' : i % 2 === 0 ? 'group-1' : 'group-2';
        const sex = i < 5 ? 'F' : 'M';
        const id = `person${String(i).padStart(2, '0')}`;
        await writeFile(join(dir, `${id}_1.jpg`), face.enrol);
        rows.push(`${id}_1.jpg,${id},${ethnicity},${sex},`);
        if (i < 6) {
          await writeFile(join(dir, `${id}_2.jpg`), face.probe);
          rows.push(`${id}_2.jpg,${id},${ethnicity},${sex},18-30`);
        }
      }
      manifest = join(dir, 'labelled.csv');
      await writeFile(manifest, `${rows.join('\n')}\n`);
      report = await runValidation(server.db, server.twokey.services, {
        forceCode: 'SWP',
        manifestPath: manifest,
        imagesDir: dir,
        description: 'Demo photos of @vladmandic/face-api, fixture labels',
        runBy: 'PC 1234 Validation Officer',
        minGroupSize: 2,
        topK: 3,
        outDir: join(dir, 'out'),
      });
    });

    it('should record the run: the set, its hash, the gallery and searches, who ran it', async () => {
      const v = report.validation;
      // sha256 of the manifest, then of each image's sha256 in manifest order
      const hash = createHash('sha256').update(await readFile(manifest));
      const files = (await readFile(manifest, 'utf8')).trim().split('\n').slice(1);
      for (const line of files)
        hash.update(
          createHash('sha256')
            .update(await readFile(join(dir, line.split(',')[0])))
            .digest(),
        );
      expect(v).toMatchObject({
        forceId: swp,
        modelVersion: active,
        datasetSha256: hash.digest('hex'),
        imageCount: 16,
        unusableImages: 0,
        // six mates and two of the four one-photo people
        gallerySize: 8,
        matedSearches: 6,
        nonMatedSearches: 2,
        topK: 3,
        minGroupSize: 2,
        falseMatchRateTarget: 1e-4, // the force's floor
        runBy: 'PC 1234 Validation Officer',
      });
      const [audit] = await server.db.dataSource.query(
        `SELECT subject_id, force_id, details FROM audit_event WHERE action = 'MODEL_VALIDATION_RECORDED'`,
      );
      expect(audit).toMatchObject({
        subject_id: v.id,
        force_id: swp,
        details: {
          modelVersion: active,
          datasetSha256: v.datasetSha256,
          runBy: 'PC 1234 Validation Officer',
        },
      });
    });

    it('should count each group by construction and find the mates first', () => {
      const sizes = report.validation.groups.map((g) => [
        `${g.attribute}:${g.value}`,
        g.people,
        g.matedSearches,
        g.nonMatedSearches,
        g.impostorPairs,
        g.belowMinimumSize,
      ]);
      // probes: person00..05 (mated, 7 impostor pairs each); of person06..09, 06 and 08 (non-mated, 8 each)
      expect(sizes).toEqual([
        ['all:all', 8, 6, 2, 6 * 7 + 2 * 8, false],
        ['ethnicity:group-1', 5, 3, 2, 3 * 7 + 2 * 8, false], // 00 02 04 06 08
        ['ethnicity:group-2', 3, 3, 0, 3 * 7, false], // 01 03 05
        ['sex:F', 5, 5, 0, 5 * 7, false], // 00..04
        ['sex:M', 3, 1, 2, 7 + 2 * 8, false], // 05 06 08
        ['ageBand:18-30', 6, 6, 0, 6 * 7, false],
        ['ageBand:not stated', 2, 0, 2, 2 * 8, false],
      ]);
      // group-3 (person09) was enrolled, never searched: no group of its own
      expect(report.validation.groups.some((g) => g.value === 'group-3')).toBe(false);
      // the demo probes are other crops of the enrolled photos: found first at the lowest threshold
      const all = report.validation.groups[0];
      expect(all.points[0].rankOne).toMatchObject({ count: 6, total: 6 });
      // rates never rise with the threshold
      for (const g of report.validation.groups)
        for (let i = 1; i < g.points.length; i++)
          expect(g.points[i].falseMatch.count).toBeLessThanOrEqual(g.points[i - 1].falseMatch.count);
    });

    it('should flag a group below the minimum size (reported, not counted towards the equitable threshold)', async () => {
      // person09 searched for too (role column): one person in group-3
      const lines = (await readFile(manifest, 'utf8')).trim().split('\n');
      const withRoles = [
        `${lines[0]},role`,
        ...lines.slice(1).map((l) => `${l},${/_2\.jpg|person0[68]_1/.test(l) ? 'probe' : 'gallery'}`),
      ];
      withRoles[withRoles.findIndex((l) => l.startsWith('person09_1'))] =
        'person09_1.jpg,person09,group-3,M,,probe';
      const roles = join(dir, 'roles.csv');
      await writeFile(roles, `${withRoles.join('\n')}\n`);
      const run = await runValidation(server.db, server.twokey.services, {
        forceCode: 'SWP',
        manifestPath: roles,
        imagesDir: dir,
        description: 'The same set, with roles',
        runBy: 'PC 1234 Validation Officer',
        minGroupSize: 2,
      });
      const third = run.validation.groups.find((g) => g.value === 'group-3')!;
      expect(third).toMatchObject({ people: 1, nonMatedSearches: 1, belowMinimumSize: true });
      expect(run.validation).toMatchObject({ gallerySize: 7, matedSearches: 6, nonMatedSearches: 3 });
    });

    it('should write the CSV and a readable report with an FMR plot per attribute', async () => {
      expect(report.files.map((f) => f.slice(join(dir, 'out').length + 1))).toEqual([
        'report.csv',
        'report.html',
      ]);
      const csv: Array<Record<string, string>> = parseCsv(await readFile(report.files[0], 'utf8'), {
        columns: true,
      });
      const v = report.validation;
      expect(csv).toHaveLength(v.groups.length * v.ladder.length);
      const row = csv.find((r) => r.attribute === 'ethnicity' && r.value === 'group-2')!;
      expect(row).toMatchObject({
        validation_id: v.id,
        people: '3',
        fmr_total: '21',
        threshold: String(v.ladder[0]),
      });
      const html = await readFile(report.files[1], 'utf8');
      expect(html).toContain('Model validation: SWP');
      expect(html).toContain(v.datasetSha256);
      for (const title of ['by whole set', 'by ethnicity', 'by sex', 'by ageBand'])
        expect(html).toContain(`False match rate ${title} (log scale)`);
      expect(html.match(/<svg /g)).toHaveLength(8);
      expect(html).not.toMatch(/<script/i);
    });
  });

  describe('modelValidations', () => {
    it("should show the force's validations to its gallery managers, authorisers and admins and to oversight", async () => {
      const seen = ok(
        await server.gql(Validations, { forceId: swp }, { as: 'swp.gallery' }),
      ).modelValidations;
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toMatchObject({ forceId: swp, modelVersion: active, imageCount: 16 });
      for (const as of ['swp.authoriser', 'swp.admin', 'oversight.commissioner'])
        expect(ok(await server.gql(Validations, { forceId: swp }, { as })).modelValidations).toEqual(seen);
      expect(
        ok(await server.gql(Validations, { modelVersion: 'other@0' }, { as: 'swp.gallery' }))
          .modelValidations,
      ).toEqual([]);
      expect(codes(await server.gql(Validations, {}, { as: 'swp.requester' }))).toEqual(['FORBIDDEN']);
      expect(codes(await server.gql(Validations, { forceId: swp }, { as: 'gwp.gallery' }))).toEqual([
        'FORBIDDEN',
      ]);
      // GWP has none of its own
      expect(ok(await server.gql(Validations, {}, { as: 'gwp.gallery' })).modelValidations).toEqual([]);
    });

    it('should give one validation as CSV, and not give it to another force', async () => {
      const [latest] = ok(await server.gql(Validations, {}, { as: 'swp.gallery' })).modelValidations;
      const one = ok(await server.gql(ValidationCsv, { id: latest.id }, { as: 'oversight.commissioner' }));
      const rows: Array<Record<string, string>> = parseCsv(one.modelValidation.csv, { columns: true });
      expect(rows).toHaveLength(latest.groups.length * latest.ladder.length);
      expect(rows[0]).toMatchObject({ validation_id: latest.id, attribute: 'all', value: 'all' });
      expect(codes(await server.gql(ValidationCsv, { id: latest.id }, { as: 'gwp.admin' }))).toEqual([
        'NOT_FOUND',
      ]);
    });
  });

  describe('searches below the equitable threshold', () => {
    let floor: number;
    let equitable: number;

    beforeAll(async () => {
      for (const face of faces.slice(0, 4)) await wf.enrol(face);
      floor = server.twokey.services.models.calibration(active).thresholdAtFar1e4;
      equitable = Math.round((floor + 0.02) * 1e4) / 1e4;
      await recordValidation(server, 'SWP', active, equitable);
    });

    it('should refuse to authorise without a rationale, run once authorised with one, and record the validation', async () => {
      const caseId = await wf.createCase();
      // the force's floor: below the equitable threshold of its latest validation
      const draft = await wf.createSearch(caseId, faces[1].probe);
      expect(draft).toMatchObject({
        threshold: floor,
        authorisationRequired: true,
        authorisationReasons: ['THRESHOLD_BELOW_EQUITABLE_THRESHOLD'],
      });
      expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
      const decide = (rationale: string) =>
        server.gql(
          WfDecideAuthorisation,
          { id: draft.id, authorise: true, rationale },
          { as: 'swp.authoriser' },
        );
      for (const rationale of ['', '   ']) {
        const refused = await decide(rationale);
        expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      }
      const waiting = ok(await server.gql(WfSearchRequest, { id: draft.id }, { as: 'swp.authoriser' }));
      expect(waiting.searchRequest).toMatchObject({ status: 'AWAITING_AUTHORISATION', authorisation: null });
      const rationale = 'Murder enquiry; the lower threshold is worth the extra review load, reviewers told.';
      const decided = ok(await decide(rationale)).decideSearchAuthorisation;
      expect(['FIRST_REVIEW', 'NO_VIABLE_CANDIDATE']).toContain(decided.status);
      const [row] = await server.db.dataSource.query(
        `SELECT authorisation_rationale, policy_snapshot FROM search_request WHERE id = $1`,
        [draft.id],
      );
      expect(row.authorisation_rationale).toBe(rationale);
      const [validation] = ok(await server.gql(Validations, {}, { as: 'swp.gallery' })).modelValidations;
      expect(validation.equitableThreshold).toBe(equitable);
      expect(row.policy_snapshot).toMatchObject({
        validationRecordId: validation.id,
        equitableThreshold: equitable,
      });
    });

    it('should need no authoriser at or above the equitable threshold', async () => {
      const caseId = await wf.createCase();
      const draft = await wf.createSearch(caseId, faces[2].probe, { threshold: equitable });
      expect(draft).toMatchObject({ authorisationRequired: false, authorisationReasons: [] });
      expect(['FIRST_REVIEW', 'NO_VIABLE_CANDIDATE']).toContain((await wf.submit(draft.id)).status);
    });

    it('should count the search run below the equitable threshold in oversight statistics', async () => {
      const stats = ok(
        await server.gql(
          Statistics,
          { from: startedAt.toISOString(), to: new Date(Date.now() + 60_000).toISOString(), forceId: swp },
          { as: 'oversight.commissioner' },
        ),
      ).oversightStatistics.totals.find((t) => t.forceCode === 'SWP')!;
      expect(stats).toMatchObject({
        searchesRun: 2,
        thresholdOverrides: 0,
        searchesBelowEquitableThreshold: 1,
      });
    });
  });
});

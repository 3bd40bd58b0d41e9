import { graphql } from '../gql';
import type { ScoreCalibration } from '../../src/inference';
import { runReenrolment } from '../../src/services/reenrolment.service';
import { demoFaces, type DemoFace } from '../support/faces';
import { registerOfficer } from '../support/officers';
import { recordValidation } from '../support/validations';
import { ok, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

// two face models and several searches on a shared 2-core machine
jest.setTimeout(600_000);

const Versions = graphql(`
  query MvVersions($forceId: ID) {
    forceModelVersions(forceId: $forceId) {
      modelVersion
      faceModel
      state
      dimension
      calibrationRecorded
      validationId
      equitableThreshold
      thresholdFloor
      thresholdFloorFalseMatchRate
      minimumThreshold
      coverage {
        images
        enrolled
        failures
        missing
      }
    }
  }
`);

const ActiveVersions = graphql(`
  query MvActiveVersions {
    forces(first: 10) {
      edges {
        node {
          code
          activeModelVersion
          thresholdFloor
          thresholdFloorFalseMatchRate
        }
      }
    }
  }
`);

const Propose = graphql(`
  mutation MvPropose($input: ProposeModelSwitchInput!) {
    proposeModelSwitch(input: $input) {
      id
      status
      fromVersion
      toVersion
    }
  }
`);

const Approve = graphql(`
  mutation MvApprove($input: DecideModelSwitchInput!) {
    approveModelSwitch(input: $input) {
      id
      status
      fromVersion
      toVersion
      decidedById
    }
  }
`);

const DeleteTemplates = graphql(`
  mutation MvDeleteTemplates($input: DeleteModelTemplatesInput!) {
    deleteModelTemplates(input: $input) {
      modelVersion
      state
      coverage {
        enrolled
      }
    }
  }
`);

const SearchSnapshot = graphql(`
  query MvSearchSnapshot($id: ID!) {
    searchRequest(id: $id) {
      status
      modelVersion
      threshold
      thresholdFalseMatchRate
      policySnapshot {
        modelVersion
        threshold
        thresholdFloor
        thresholdFloorFalseMatchRate
        thresholdFalseMatchRate
        minimumThreshold
        eligibleCount
        calibration {
          modelVersion
          thresholdAtFar1e4
        }
      }
    }
  }
`);

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789abcdef';
const REASON = 'Validated on 2,000 of our own custody images: TAR up, FAR on target.';

/**
 * A force moves from one face model version to another: templates of both coexist, a
 * re-enrolment fills in the new one, two gallery managers switch, searches then use (and record)
 * the new version only, the force can switch back, and the old templates go on request.
 */
describe('face model versions (GraphQL)', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let swp: string;
  let initial: string;
  let mobile: string;
  let initialCal: ScoreCalibration;
  let mobileCal: ScoreCalibration;
  const enrolled: string[] = [];

  const versions = async (as = 'swp.gallery', forceId?: string) =>
    ok(await server.gql(Versions, { forceId }, { as })).forceModelVersions;
  const templateVersions = async (imageId: string) =>
    (
      await server.db.dataSource.query(
        `SELECT model_version FROM face_template WHERE image_id = $1 ORDER BY model_version`,
        [imageId],
      )
    ).map((r: { model_version: string }) => r.model_version);
  const search = async (probe: Buffer, requester = 'swp.requester', reader = 'swp.admin') => {
    const { requestId } = await wf.searchToFirstReview(probe, {}, requester);
    const r = ok(await server.gql(SearchSnapshot, { id: requestId }, { as: reader })).searchRequest;
    return { requestId, ...r };
  };

  beforeAll(async () => {
    server = await TestServer.start({ METRICS_TOKEN });
    wf = new WorkflowDriver(server);
    const { models } = server.twokey.services;
    initial = server.twokey.faces.modelVersion;
    mobile = models.resolve('mobilefacenet-192').modelVersion;
    initialCal = models.calibration(initial);
    mobileCal = models.calibration(mobile);
    swp = await wf.forceId('SWP');
    faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 5)) enrolled.push((await wf.enrol(face)).imageId);
    await registerOfficer(server, { subject: 'swp.gallery2', roles: ['GALLERY_MANAGER'] });
  });
  afterAll(() => server.stop());

  it("should show each force's active version, assigned at start-up, and its floor as a cosine and a false-match rate", async () => {
    const forces = ok(await server.gql(ActiveVersions, {}, { as: 'swp.requester' })).forces.edges.map(
      (e) => e.node,
    );
    for (const f of forces.filter((x) => ['SWP', 'GWP'].includes(x.code)))
      expect(f).toEqual({
        code: f.code,
        activeModelVersion: initial,
        thresholdFloor: initialCal.thresholdAtFar1e4,
        thresholdFloorFalseMatchRate: 1e-4,
      });
    expect(
      await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'FORCE_MODEL_VERSION_ASSIGNED'`,
      ),
    ).toEqual([{ n: 2 }]);
    const expected = [
      {
        modelVersion: initial,
        faceModel: server.twokey.faces.faceModel,
        state: 'ACTIVE',
        dimension: server.twokey.faces.dimension,
        calibrationRecorded: true,
        // assigned at start-up: no validation of the force's own yet
        validationId: null,
        equitableThreshold: null,
        thresholdFloor: initialCal.thresholdAtFar1e4,
        thresholdFloorFalseMatchRate: 1e-4,
        minimumThreshold: initialCal.thresholdAtFar1e3,
        coverage: { images: 5, enrolled: 5, failures: 0, missing: 0 },
      },
    ];
    for (const as of ['swp.gallery', 'swp.admin']) expect(await versions(as)).toEqual(expected);
    expect(await versions('oversight.commissioner', swp)).toEqual(expected);
    expect(codes(await server.gql(Versions, {}, { as: 'swp.requester' }))).toEqual(['FORBIDDEN']);
    expect(codes(await server.gql(Versions, { forceId: swp }, { as: 'gwp.gallery' }))).toEqual(['FORBIDDEN']);
  });

  it('should refuse a switch to a version not enrolled, not calibrated, not covering the gallery, or unknown', async () => {
    const propose = async (modelVersion: string, as = 'swp.gallery') =>
      server.gql(Propose, { input: { modelVersion, reason: REASON } }, { as });
    expect(codes(await propose(mobile))).toEqual(['INVALID_STATE']);
    expect(codes(await propose('no-such-model@0000'))).toEqual(['MODEL_VERSION_UNAVAILABLE']);
    expect(codes(await propose(mobile, 'swp.requester'))).toEqual(['FORBIDDEN']);
    // a re-enrolment begins (as npm run reenrol does, before it records the calibration)
    const { services } = server.twokey;
    await services.modelVersions.startReenrolment(null, [swp], mobile);
    expect(codes(await propose(mobile))).toEqual(['MODEL_VERSION_NOT_CALIBRATED']);
    await services.calibrations.recordFor(mobile);
    // nor before the force has validated the version on its own labelled images
    const unvalidated = await propose(mobile);
    expect(codes(unvalidated)).toEqual(['MODEL_VERSION_NOT_VALIDATED']);
    expect(unvalidated.errors![0].extensions).toMatchObject({ modelVersion: mobile });
    await recordValidation(server, 'GWP', mobile); // another force's validation is not this force's
    expect(codes(await propose(mobile))).toEqual(['MODEL_VERSION_NOT_VALIDATED']);
    await recordValidation(server, 'SWP', mobile);
    const incomplete = await propose(mobile);
    expect(codes(incomplete)).toEqual(['MODEL_COVERAGE_INCOMPLETE']);
    expect(incomplete.errors![0].extensions).toMatchObject({
      images: 5,
      enrolled: 0,
      failures: 0,
      missing: 5,
    });
    expect(incomplete.errors![0].message).toMatch(
      /5 of 5 images have neither a template nor a recorded failure/,
    );
  });

  it('should write templates of both versions for an image enrolled while the new one is enrolling', async () => {
    const { imageId } = await wf.enrol(faces[5]);
    enrolled.push(imageId);
    expect(await templateVersions(imageId)).toEqual([initial, mobile].sort());
    expect(await templateVersions(enrolled[0])).toEqual([initial]);
    const enrolling = (await versions()).find((v) => v.modelVersion === mobile)!;
    expect(enrolling).toMatchObject({
      state: 'ENROLLING',
      calibrationRecorded: true,
      validationId: expect.any(String),
      equitableThreshold: mobileCal.thresholdAtFar1e4,
      thresholdFloor: mobileCal.thresholdAtFar1e4,
      thresholdFloorFalseMatchRate: 1e-4,
      minimumThreshold: mobileCal.thresholdAtFar1e3,
      coverage: { images: 6, enrolled: 1, failures: 0, missing: 5 },
    });
    // the same progress on /metrics, read from the database (re-enrolment runs in a process of its own)
    const scraped = await (
      await fetch(new URL('/metrics', server.url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const series = (state: string) =>
      new RegExp(
        `^twokey_reenrolment_images\\{model_version="${mobile}",force="SWP",state="${state}"\\} (\\d+)$`,
        'm',
      )
        .exec(scraped)
        ?.at(1);
    expect([series('enrolled'), series('failed'), series('missing')]).toEqual(['1', '0', '5']);
    // only the version being enrolled: the active one is not re-enrolment
    const reenrolmentLines = scraped.split('\n').filter((l) => l.startsWith('twokey_reenrolment_images{'));
    expect(reenrolmentLines).toHaveLength(3);
    // the same false-match rate is a different cosine under each model
    expect(mobileCal.thresholdAtFar1e4).not.toBeCloseTo(initialCal.thresholdAtFar1e4, 3);
  });

  it('should switch only once the version covers the gallery, on the approval of a second gallery manager of the force', async () => {
    const report = await runReenrolment(server.db, server.twokey.services, {
      model: mobile,
      forceCodes: ['SWP'],
      batch: 2,
    });
    expect(report.templates + report.failures).toBe(5);
    expect(report.forces[0].coverage).toMatchObject({ images: 6, missing: 0 });
    const proposal = ok(
      await server.gql(Propose, { input: { modelVersion: mobile, reason: REASON } }, { as: 'swp.gallery' }),
    ).proposeModelSwitch;
    expect(proposal).toMatchObject({ status: 'PROPOSED', fromVersion: initial, toVersion: mobile });
    const approve = (as: string) =>
      server.gql(
        Approve,
        { input: { switchId: proposal.id, reason: 'Checked the validation report.' } },
        { as },
      );
    expect(codes(await approve('swp.gallery'))).toEqual(['FORBIDDEN']); // nobody approves their own proposal
    expect(codes(await approve('gwp.gallery'))).toEqual(['NOT_FOUND']); // nor another force's
    expect(codes(await approve('swp.admin'))).toEqual(['FORBIDDEN']); // nor a force admin
    // still the old version
    expect((await versions()).find((v) => v.state === 'ACTIVE')!.modelVersion).toBe(initial);
    const approved = ok(await approve('swp.gallery2')).approveModelSwitch;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      toVersion: mobile,
      decidedById: await wf.officerId('swp.gallery2'),
    });
    expect((await versions()).map((v) => [v.modelVersion, v.state])).toEqual([
      [mobile, 'ACTIVE'],
      [initial, 'RETIRED'],
    ]);
    const actions: Array<{ action: string }> = await server.db.dataSource.query(
      `SELECT action FROM audit_event WHERE action IN ('REENROLMENT_STARTED', 'REENROLMENT_COMPLETED', 'MODEL_SWITCH_PROPOSED', 'MODEL_SWITCH_APPROVED') ORDER BY seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'REENROLMENT_STARTED',
      'REENROLMENT_STARTED',
      'REENROLMENT_COMPLETED',
      'MODEL_SWITCH_PROPOSED',
      'MODEL_SWITCH_APPROVED',
    ]);
  });

  it("should search with the force's new version only, recording it and its calibration in the snapshot", async () => {
    const r = await search(faces[2].probe);
    expect(r.modelVersion).toBe(mobile);
    expect(r.thresholdFalseMatchRate).toBe(1e-4);
    expect(r.policySnapshot).toMatchObject({
      modelVersion: mobile,
      threshold: mobileCal.thresholdAtFar1e4,
      thresholdFloor: mobileCal.thresholdAtFar1e4,
      thresholdFloorFalseMatchRate: 1e-4,
      thresholdFalseMatchRate: 1e-4,
      minimumThreshold: mobileCal.thresholdAtFar1e3,
      calibration: { modelVersion: mobile, thresholdAtFar1e4: mobileCal.thresholdAtFar1e4 },
    });
    // every candidate's score is the cosine of the probe's and the image's templates of that version
    const rows: Array<{ image_id: string; score: number; own: number; version: string }> =
      await server.db.dataSource.query(
        `SELECT c.image_id, c.score, 1 - (t.embedding <=> p.template) AS own, p.template_model_version AS version
           FROM search_candidate c JOIN search_probe p ON p.request_id = c.request_id
           JOIN face_template t ON t.image_id = c.image_id AND t.model_version = p.template_model_version
          WHERE c.request_id = $1 ORDER BY c.rank`,
        [r.requestId],
      );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].image_id).toBe(enrolled[2]);
    for (const row of rows) {
      expect(row.version).toBe(mobile);
      expect(Number(row.score)).toBeCloseTo(Number(row.own), 5);
    }
    // a force that did not switch searches on its own version
    const gwp = await search(faces[2].probe, 'gwp.requester', 'gwp.admin');
    expect(gwp.policySnapshot!.modelVersion).toBe(initial);
  });

  it('should switch back while the old templates are complete, and delete old templates only on request', async () => {
    // kept up to date while retired: an image enrolled now gets both versions' templates
    const { imageId } = await wf.enrol(faces[6]);
    expect(await templateVersions(imageId)).toEqual([initial, mobile].sort());
    // switching back is an activation like any other: the force validates the version first
    expect(
      codes(
        await server.gql(
          Propose,
          { input: { modelVersion: initial, reason: REASON } },
          { as: 'swp.gallery2' },
        ),
      ),
    ).toEqual(['MODEL_VERSION_NOT_VALIDATED']);
    await recordValidation(server, 'SWP', initial);
    const back = ok(
      await server.gql(Propose, { input: { modelVersion: initial, reason: REASON } }, { as: 'swp.gallery2' }),
    ).proposeModelSwitch;
    ok(
      await server.gql(
        Approve,
        { input: { switchId: back.id, reason: 'Reverting for the audit.' } },
        { as: 'swp.gallery' },
      ),
    );
    expect((await search(faces[3].probe)).policySnapshot!.modelVersion).toBe(initial);

    const remove = (modelVersion: string, as = 'swp.gallery') =>
      server.gql(
        DeleteTemplates,
        { input: { modelVersion, reason: 'Not used since the switch back.' } },
        { as },
      );
    expect(codes(await remove(initial))).toEqual(['INVALID_STATE']); // the active version
    expect(codes(await remove(mobile, 'swp.requester'))).toEqual(['FORBIDDEN']);
    const [{ n: kept }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM face_template WHERE model_version = $1`,
      [mobile],
    );
    expect(kept).toBeGreaterThanOrEqual(6);
    expect(ok(await remove(mobile)).deleteModelTemplates).toEqual({
      modelVersion: mobile,
      state: 'REMOVED',
      coverage: { enrolled: 0 },
    });
    expect(await templateVersions(imageId)).toEqual([initial]);
    const [deleted] = await server.db.dataSource.query(
      `SELECT reason, details FROM audit_event WHERE action = 'MODEL_TEMPLATES_DELETED'`,
    );
    expect(deleted.details).toMatchObject({
      modelVersion: mobile,
      stateBefore: 'RETIRED',
      templatesDeleted: 7,
    });
    // a removed version cannot be switched back to without a new re-enrolment
    expect(
      codes(
        await server.gql(Propose, { input: { modelVersion: mobile, reason: REASON } }, { as: 'swp.gallery' }),
      ),
    ).toEqual(['INVALID_STATE']);
  });
});

import { AuditEvent, ModelCalibration } from '../../src/entities';
import type { ScoreCalibration } from '../../src/inference';
import { ModelCalibrationService, singleModelSource } from '../../src/services/model-calibration.service';
import { UnitOfWork } from '../../src/services/unit-of-work';
import { graphql } from '../gql';
import { demoFaces, type DemoFace } from '../support/faces';
import { ok, WorkflowDriver } from '../support/search-workflow';
import { usingPostgres } from '../support/test-database';
import { codes, TestServer } from '../support/test-server';

/**
 * Issue 14: each model version's calibration is recorded in the database at start-up, a search's
 * policy snapshot names the one its threshold was read against, and every threshold and floor is
 * shown both as a cosine and as the calibrated false-match rate it stands for (an upper bound from
 * the measured points). Real database (PGlite, or PostgreSQL with DATABASE_URL), real models.
 */
const Calibrations = graphql(`
  query McCalibrations {
    modelCalibrations {
      id
      modelVersion
      faceModel
      dataset
      galleryCount
      probeCount
      genuinePairs
      impostorPairs
      thresholdAtFar1e3
      thresholdAtFar1e4
      thresholdAtFar1e5
      tarAtFar1e5
      measuredOn
      recordedAt
    }
  }
`);

const Forces = graphql(`
  query McForces {
    forces(first: 10) {
      edges {
        node {
          code
          thresholdFloor
          thresholdFloorFalseMatchRate
        }
      }
    }
  }
`);

const SetFloor = graphql(`
  mutation McSetFloor($input: SetThresholdFloorInput!) {
    setThresholdFloor(input: $input) {
      code
      thresholdFloor
      thresholdFloorFalseMatchRate
    }
  }
`);

const Request = graphql(`
  query McRequest($id: ID!) {
    searchRequest(id: $id) {
      status
      threshold
      thresholdFalseMatchRate
      authorisationReasons
      policySnapshot {
        threshold
        thresholdFalseMatchRate
        thresholdFloor
        thresholdFloorFalseMatchRate
        minimumThreshold
        calibrationId
        calibration {
          id
          modelVersion
          thresholdAtFar1e3
          thresholdAtFar1e4
          thresholdAtFar1e5
        }
      }
    }
  }
`);

describe('model calibrations and thresholds as false-match rates', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let calibration: ScoreCalibration;
  let modelVersion: string;
  const rows = () => server.db.manager.find(ModelCalibration, { where: { modelVersion } });
  const swpFloor = async (as = 'swp.admin') =>
    ok(await server.gql(Forces, {}, { as })).forces.edges.find((e) => e.node.code === 'SWP')!.node;

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    calibration = server.twokey.faces.calibration!;
    modelVersion = server.twokey.faces.modelVersion;
    faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 3)) await wf.enrol(face);
  });
  afterAll(() => server.stop());

  it("should record the active model version's calibration once at start-up", async () => {
    const recorded = await rows();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      faceModel: server.twokey.faces.faceModel,
      thresholdAtFar1e3: calibration.thresholdAtFar1e3,
      thresholdAtFar1e4: calibration.thresholdAtFar1e4,
      thresholdAtFar1e5: calibration.thresholdAtFar1e5,
      impostorPairs: calibration.impostorPairs,
      genuinePairs: calibration.genuinePairs,
      measuredOn: calibration.measuredOn,
    });
    // another start with the same calibration (as another instance would) records nothing new
    const again = new ModelCalibrationService(
      server.db,
      new UnitOfWork(server.db),
      singleModelSource({ faceModel: server.twokey.faces.faceModel, modelVersion, calibration }),
    );
    expect((await again.recordActive()).id).toBe(recorded[0].id);
    expect(await rows()).toHaveLength(1);
    // on PostgreSQL, a second instance really starting on the same database
    if (usingPostgres()) {
      const peer = await server.startPeer();
      await peer.stop();
      expect((await rows()).map((r) => r.id)).toEqual([recorded[0].id]);
    }
  });

  it('should record a re-measured calibration as a new row and leave the old one as it was', async () => {
    const [before] = await rows();
    // a made-up model version, so that the active version's single row stays the one searches use
    const other = `${modelVersion}-remeasured`;
    const service = (c: ScoreCalibration) =>
      new ModelCalibrationService(
        server.db,
        new UnitOfWork(server.db),
        singleModelSource({ faceModel: 'test', modelVersion: other, calibration: c }),
      );
    const first = await service(calibration).recordActive();
    const second = await service({
      ...calibration,
      thresholdAtFar1e5: calibration.thresholdAtFar1e5 + 0.01,
    }).recordActive();
    expect(second.id).not.toBe(first.id);
    const both = await server.db.manager.find(ModelCalibration, { where: { modelVersion: other } });
    expect(both.map((r) => r.thresholdAtFar1e5).sort()).toEqual(
      [calibration.thresholdAtFar1e5, calibration.thresholdAtFar1e5 + 0.01].sort(),
    );
    // rows are never changed
    await expect(
      server.asOwner((m) =>
        m.query(`UPDATE model_calibration SET threshold_at_far_1e5 = 0.5 WHERE id = $1`, [first.id]),
      ),
    ).rejects.toThrow(/never changed/);
    expect((await rows())[0]).toEqual(before);
  });

  it('should show oversight and force admins the recorded calibrations, and no one else', async () => {
    for (const as of ['oversight.commissioner', 'swp.admin', 'gwp.admin']) {
      const list = ok(await server.gql(Calibrations, {}, { as })).modelCalibrations;
      const active = list.find((c) => c.modelVersion === modelVersion)!;
      expect(active).toMatchObject({
        faceModel: server.twokey.faces.faceModel,
        dataset: calibration.dataset,
        galleryCount: calibration.galleryCount,
        probeCount: calibration.probeCount,
        genuinePairs: calibration.genuinePairs,
        impostorPairs: calibration.impostorPairs,
        thresholdAtFar1e3: calibration.thresholdAtFar1e3,
        thresholdAtFar1e4: calibration.thresholdAtFar1e4,
        thresholdAtFar1e5: calibration.thresholdAtFar1e5,
        tarAtFar1e5: calibration.tarAtFar1e5,
        measuredOn: calibration.measuredOn,
      });
    }
    for (const as of ['swp.requester', 'swp.reviewer1', 'swp.authoriser'])
      expect(codes(await server.gql(Calibrations, {}, { as }))).toEqual(['FORBIDDEN']);
  });

  it("should name the search's calibration in its snapshot and show the threshold as a cosine and a false-match rate", async () => {
    // between the cosines at 1e-4 and 1e-5: at most 1 in 10,000, nothing finer is claimed
    const threshold =
      Math.round(((calibration.thresholdAtFar1e4 + calibration.thresholdAtFar1e5) / 2) * 10_000) / 10_000;
    const caseId = await wf.createCase();
    const draft = await wf.createSearch(caseId, faces[0].probe, { threshold });
    const before = ok(await server.gql(Request, { id: draft.id }, { as: 'swp.requester' })).searchRequest;
    expect([before.threshold, before.thresholdFalseMatchRate, before.policySnapshot]).toEqual([
      threshold,
      1e-4,
      null,
    ]);
    await wf.submit(draft.id);
    const [recorded] = await rows();
    // the requester sees the threshold and its rate, though not the snapshot
    const mine = ok(await server.gql(Request, { id: draft.id }, { as: 'swp.requester' })).searchRequest;
    expect([mine.status, mine.threshold, mine.thresholdFalseMatchRate, mine.policySnapshot]).toEqual([
      'FIRST_REVIEW',
      threshold,
      1e-4,
      null,
    ]);
    // the snapshot is shown to those who see how searches ran (not to the requester)
    for (const as of ['swp.authoriser', 'swp.admin', 'oversight.commissioner']) {
      const r = ok(await server.gql(Request, { id: draft.id }, { as })).searchRequest;
      expect(r.status).toBe('FIRST_REVIEW');
      expect(r.thresholdFalseMatchRate).toBe(1e-4);
      expect(r.policySnapshot).toEqual({
        threshold,
        thresholdFalseMatchRate: 1e-4,
        thresholdFloor: calibration.thresholdAtFar1e4,
        thresholdFloorFalseMatchRate: 1e-4,
        minimumThreshold: calibration.thresholdAtFar1e3,
        calibrationId: recorded.id,
        calibration: {
          id: recorded.id,
          modelVersion,
          thresholdAtFar1e3: calibration.thresholdAtFar1e3,
          thresholdAtFar1e4: calibration.thresholdAtFar1e4,
          thresholdAtFar1e5: calibration.thresholdAtFar1e5,
        },
      });
    }
  });

  it("should show a force's floor as a cosine and a false-match rate, and let its admin set it to 1 in 100,000", async () => {
    expect(await swpFloor('oversight.commissioner')).toEqual({
      code: 'SWP',
      thresholdFloor: calibration.thresholdAtFar1e4,
      thresholdFloorFalseMatchRate: 1e-4,
    });
    const reason = 'Issue 14 test: a stricter floor for this force';
    expect(
      codes(await server.gql(SetFloor, { input: { falseMatchRate: 1e-5, reason } }, { as: 'swp.requester' })),
    ).toEqual(['FORBIDDEN']);
    for (const falseMatchRate of [1e-2, 1e-6, 5e-4, 0])
      expect(
        codes(await server.gql(SetFloor, { input: { falseMatchRate, reason } }, { as: 'swp.admin' })),
      ).toEqual(['BAD_USER_INPUT']);
    const auditsBefore = await server.db.manager.count(AuditEvent, {
      where: { action: 'FORCE_THRESHOLD_FLOOR_CHANGED' },
    });
    const set = ok(
      await server.gql(SetFloor, { input: { falseMatchRate: 1e-5, reason } }, { as: 'swp.admin' }),
    ).setThresholdFloor;
    expect(set).toEqual({
      code: 'SWP',
      thresholdFloor: calibration.thresholdAtFar1e5,
      thresholdFloorFalseMatchRate: 1e-5,
    });
    const audits = await server.db.manager.find(AuditEvent, {
      where: { action: 'FORCE_THRESHOLD_FLOOR_CHANGED' },
      order: { seq: 'ASC' },
    });
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)!).toMatchObject({
      reason,
      details: {
        before: { falseMatchRate: 1e-4, cosine: calibration.thresholdAtFar1e4 },
        after: { falseMatchRate: 1e-5, cosine: calibration.thresholdAtFar1e5 },
      },
    });

    // a search at the old floor now needs an authoriser; one left at the default takes the new floor
    const caseId = await wf.createCase();
    const below = await wf.createSearch(caseId, faces[1].probe, { threshold: calibration.thresholdAtFar1e4 });
    const seenBelow = ok(await server.gql(Request, { id: below.id }, { as: 'swp.requester' })).searchRequest;
    expect([seenBelow.thresholdFalseMatchRate, seenBelow.authorisationReasons]).toEqual([
      1e-4,
      ['THRESHOLD_BELOW_FLOOR'],
    ]);
    const { requestId } = await wf.searchToFirstReview(faces[1].probe);
    const r = ok(await server.gql(Request, { id: requestId }, { as: 'swp.admin' })).searchRequest;
    expect([r.threshold, r.thresholdFalseMatchRate]).toEqual([calibration.thresholdAtFar1e5, 1e-5]);
    expect(r.policySnapshot).toMatchObject({
      thresholdFloor: calibration.thresholdAtFar1e5,
      thresholdFloorFalseMatchRate: 1e-5,
      minimumThreshold: calibration.thresholdAtFar1e3,
      thresholdFalseMatchRate: 1e-5,
    });

    ok(
      await server.gql(
        SetFloor,
        { input: { falseMatchRate: 1e-4, reason: 'Issue 14 test: back to the default floor' } },
        { as: 'swp.admin' },
      ),
    );
    expect((await swpFloor()).thresholdFloorFalseMatchRate).toBe(1e-4);
  });
});

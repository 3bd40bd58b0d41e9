import { degradeImage } from '../../scripts/eval/degrade';
import { AuditEvent, type AuditAction, SearchRequest } from '../../src/entities';
import type { DetectedFace } from '../../src/inference';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import {
  JUSTIFICATION,
  ok,
  PROVENANCE,
  WfClose,
  WfDisclosurePack,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * The quality gate on a probe's expected hit rate (issue 13): a probe whose expected rank-1 rate
 * is below its force's floor is refused with the figure and the floor; where the force allows it,
 * an authoriser may let it be searched, and that is recorded; the figure goes with the request to
 * the authoriser and into the disclosure pack. The probes are demo photos from @vladmandic/face-api,
 * one of them degraded here as the evaluation ladder degrades CCTV-like probes.
 */
const SetGate = graphql(`
  mutation PhrSetGate($input: SetProbeHitRateGateInput!) {
    setProbeHitRateGate(input: $input) {
      id
      probeHitRateFloor
      probeHitRateOverrideAllowed
    }
  }
`);

const CreateSearch = graphql(`
  mutation PhrCreateSearch($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      authorisationReasons
      probeHitRateFloor
      probeHitRateOverrideReason
      probeExpectedHitRate {
        rankOne
        inCandidateList
        basedOnProbes
        modelVersion
      }
    }
  }
`);

const ReadSearch = graphql(`
  query PhrReadSearch($id: ID!) {
    searchRequest(id: $id) {
      id
      status
      visibleFields
      probeHitRateFloor
      probeHitRateOverrideReason
      probeExpectedHitRate {
        rankOne
        inCandidateList
      }
    }
  }
`);

const Submit = graphql(`
  mutation PhrSubmit($id: ID!) {
    submitSearchRequest(id: $id) {
      id
      status
    }
  }
`);

const Authorise = graphql(`
  mutation PhrAuthorise($id: ID!, $rationale: String!) {
    decideSearchAuthorisation(id: $id, authorise: true, rationale: $rationale) {
      id
      status
    }
  }
`);

const OVERRIDE_REASON = 'The only image of the suspect; every other line of enquiry is exhausted.';

describe('probe expected-hit-rate gate', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let good: { probe: Buffer; face: DetectedFace };
  let poor: { probe: Buffer; face: DetectedFace };
  let floor: number;

  const create = (caseId: string, probe: Buffer, extra: Record<string, unknown> = {}) =>
    server.gql(
      CreateSearch,
      {
        input: {
          caseId,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          probeProvenance: PROVENANCE,
          probeImageBase64: probe.toString('base64'),
          ...extra,
        },
      },
      { as: 'swp.requester' },
    );
  const setGate = (input: { floor: number; overrideAllowed: boolean }, as = 'swp.admin') =>
    server.gql(SetGate, { input: { ...input, reason: 'Set by the force DPIA review board.' } }, { as });
  const events = (action: AuditAction) => server.db.manager.find(AuditEvent, { where: { action } });

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    const faces = server.twokey.faces;
    const people = await demoFaces(faces);
    // a clear probe, and the same kind of photo shrunk so the face is ~22 px, JPEG-compressed and
    // enlarged again (the ladder's hardest rung): the first person whose degraded face is still found
    for (const person of people) {
      const face = await faces.templateFor(person.probe, undefined, { use: 'probe' }).catch(() => null);
      if (!face) continue; // a wider crop that shows a neighbour too
      const degraded = await degradeImage(
        person.probe,
        { id: 'test', faceWidthPx: 22, jpegQuality: 30 },
        face.box.width,
      );
      const poorFace = await faces.templateFor(degraded, undefined, { use: 'probe' }).catch(() => null);
      if (poorFace) {
        good = { probe: person.probe, face };
        poor = { probe: degraded, face: poorFace };
        break;
      }
    }
    expect(poor).toBeDefined();
  }, 180_000);

  afterAll(() => server?.stop());

  it('should give a degraded probe a lower expected hit rate than a clear one', () => {
    expect(good.face.expectedHitRate).not.toBeNull();
    expect(poor.face.expectedHitRate).not.toBeNull();
    expect(poor.face.expectedHitRate!.rankOne).toBeLessThan(good.face.expectedHitRate!.rankOne);
    expect(poor.face.expectedHitRate!.modelVersion).toBe(server.twokey.faces.modelVersion);
    // the floor between the two, so one passes and the other does not
    floor =
      Math.round(((poor.face.expectedHitRate!.rankOne + good.face.expectedHitRate!.rankOne) / 2) * 1000) /
      1000;
  });

  it('should let only a force admin change the gate, audited with the values before', async () => {
    expect(codes(await setGate({ floor, overrideAllowed: false }, 'swp.requester'))).toEqual(['FORBIDDEN']);
    const before = (await events('FORCE_PROBE_GATE_CHANGED')).length;
    const set = ok(await setGate({ floor, overrideAllowed: false })).setProbeHitRateGate;
    expect(set.probeHitRateFloor).toBeCloseTo(floor, 5);
    expect(set.probeHitRateOverrideAllowed).toBe(false);
    const changed = await events('FORCE_PROBE_GATE_CHANGED');
    expect(changed).toHaveLength(before + 1);
    expect(changed.at(-1)!.details).toMatchObject({
      before: { floor: 0.2, overrideAllowed: false },
      after: { floor, overrideAllowed: false },
    });
    expect(codes(await setGate({ floor: 1.5, overrideAllowed: false }))).toEqual(['BAD_USER_INPUT']);
  });

  it('should refuse a probe below the floor with its expected hit rate and the floor', async () => {
    const caseId = await wf.createCase();
    const requestsBefore = await server.db.manager.count(SearchRequest);
    const refusalsBefore = (await events('PROBE_BELOW_HIT_RATE_FLOOR')).length;
    const refused = await create(caseId, poor.probe);
    expect(codes(refused)).toEqual(['PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR']);
    const ext = refused.errors![0].extensions!;
    expect(ext.expectedRankOne).toBe(poor.face.expectedHitRate!.rankOne);
    expect(ext.expectedInCandidateList).toBe(poor.face.expectedHitRate!.inCandidateList);
    expect(ext.floor).toBeCloseTo(floor, 5);
    expect(ext.overrideAllowed).toBe(false);
    expect(refused.errors![0].message).toContain(`${(100 * poor.face.expectedHitRate!.rankOne).toFixed(1)}%`);
    // nothing was created; the attempt is recorded with its figures
    expect(await server.db.manager.count(SearchRequest)).toBe(requestsBefore);
    const recorded = await events('PROBE_BELOW_HIT_RATE_FLOOR');
    expect(recorded).toHaveLength(refusalsBefore + 1);
    expect(recorded.at(-1)!.details).toMatchObject({
      caseId,
      expectedRankOne: poor.face.expectedHitRate!.rankOne,
      overrideAllowed: false,
    });
    // asking for an override the force does not allow changes nothing
    expect(codes(await create(caseId, poor.probe, { probeHitRateOverrideReason: OVERRIDE_REASON }))).toEqual([
      'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR',
    ]);
    // the clear probe passes, carrying its figure and the floor it was measured against
    const created = ok(await create(caseId, good.probe)).createSearchRequest;
    expect(created.status).toBe('DRAFT');
    expect(created.authorisationReasons).toEqual([]);
    expect(created.probeExpectedHitRate?.rankOne).toBe(good.face.expectedHitRate!.rankOne);
    expect(created.probeHitRateFloor).toBeCloseTo(floor, 5);
    expect(created.probeHitRateOverrideReason).toBeNull();
  });

  it('should let an authoriser search a probe below the floor where the force allows it, recorded', async () => {
    ok(await setGate({ floor, overrideAllowed: true }));
    const caseId = await wf.createCase();
    const stillRefused = await create(caseId, poor.probe);
    expect(codes(stillRefused)).toEqual(['PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR']);
    expect(stillRefused.errors![0].extensions!.overrideAllowed).toBe(true);

    const draft = ok(
      await create(caseId, poor.probe, { probeHitRateOverrideReason: OVERRIDE_REASON }),
    ).createSearchRequest;
    expect(draft.authorisationReasons).toContain('PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR');
    expect(draft.probeHitRateOverrideReason).toBe(OVERRIDE_REASON);
    const submitted = ok(await server.gql(Submit, { id: draft.id }, { as: 'swp.requester' }));
    expect(submitted.submitSearchRequest.status).toBe('AWAITING_AUTHORISATION');

    // the authoriser sees the figure, the floor and the reason before deciding
    const seen = ok(await server.gql(ReadSearch, { id: draft.id }, { as: 'swp.authoriser' })).searchRequest;
    expect(seen.probeExpectedHitRate?.rankOne).toBe(poor.face.expectedHitRate!.rankOne);
    expect(seen.probeHitRateFloor).toBeCloseTo(floor, 5);
    expect(seen.probeHitRateOverrideReason).toBe(OVERRIDE_REASON);

    const rationale = 'Proportionate despite the poor image: a lead only, weighed with its low hit rate.';
    const decided = ok(await server.gql(Authorise, { id: draft.id, rationale }, { as: 'swp.authoriser' }));
    expect(decided.decideSearchAuthorisation.status).not.toBe('AWAITING_AUTHORISATION');
    const overridden = (await events('PROBE_HIT_RATE_FLOOR_OVERRIDDEN')).filter(
      (e) => e.subjectId === draft.id,
    );
    expect(overridden).toHaveLength(1);
    expect(overridden[0].reason).toBe(rationale);
    expect(overridden[0].details).toMatchObject({
      expectedRankOne: poor.face.expectedHitRate!.rankOne,
      requesterReason: OVERRIDE_REASON,
    });
    ok(await setGate({ floor, overrideAllowed: false }));
  });

  it('should show the figure in the disclosure pack, and to oversight-free roles only as the field table says', async () => {
    const caseId = await wf.createCase();
    const draft = ok(await create(caseId, good.probe)).createSearchRequest;
    // the gallery is empty: no candidates, so the request ends at once with no viable candidate
    ok(await server.gql(Submit, { id: draft.id }, { as: 'swp.requester' }));
    ok(await server.gql(WfClose, { id: draft.id }, { as: 'swp.requester' }));
    const pack = ok(
      await server.gql(WfDisclosurePack, { id: draft.id }, { as: 'swp.supervisor' }),
    ).disclosurePack;
    expect(pack.probe.expectedHitRate?.rankOne).toBe(good.face.expectedHitRate!.rankOne);
    expect(pack.probe.expectedHitRate?.inCandidateList).toBe(good.face.expectedHitRate!.inCandidateList);
    expect(pack.probe.hitRateFloor).toBeCloseTo(floor, 5);
    expect(pack.html).toContain('Expected hit rate');
    expect(pack.html).toContain(`${(100 * good.face.expectedHitRate!.rankOne).toFixed(1)}%`);
    // an admin reads settings and search, not the grounds: the figure is withheld
    const asAdmin = ok(await server.gql(ReadSearch, { id: draft.id }, { as: 'swp.admin' })).searchRequest;
    expect(asAdmin.probeExpectedHitRate).toBeNull();
    expect(asAdmin.visibleFields).not.toContain('probeExpectedHitRate');
  });
});

import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { CountingPipeline } from '../support/counting-pipeline';
import { MAX_PROBE_IMAGES } from '../../src/policy';
import { demoFaces, type DemoFace } from '../support/faces';
import { shownText } from '../support/pdf-text';
import {
  Enrolled,
  matchOnly,
  ok,
  searchRequestInput,
  WfClose,
  WfWithdraw,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * Several images of one unknown person (issue 16, item 3): a request may carry up to
 * MAX_PROBE_IMAGES probe images (e.g. CCTV frames); each is analysed once, stored with its hash,
 * quality and template, and the search compares their mean template (one vector query); the
 * request records the fusion and its expected hit rate (the best frame's, a lower bound).
 * Reviewers see every frame (each view audited), the disclosure pack lists them, a purge deletes
 * them all. Too many images, a repeated upload or a frame without a usable face keep nothing.
 *
 * The pipeline is the real one, wrapped to count the calls made for each image.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const CREATE = `
  mutation MpCreate($input: CreateSearchRequestInput!) {
    createSearchRequest(input: $input) {
      id
      status
      probeFusion {
        method
        frames
        bestFrame
        expectedHitRate { rankOne inCandidateList modelVersion }
      }
    }
  }`;

const PACKET = `
  query MpPacket($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probeFusion { method frames }
      probeFrames {
        frame
        sha256
        quality { faceSizePx }
        image { kind frame content { dataBase64 viewId } }
      }
    }
  }`;

const PACK = `
  query MpPack($id: ID!) {
    disclosurePack(id: $id) {
      html
      request { policySnapshot { probeFusion { method frames } } }
      probe { sha256 fusion { method frames expectedHitRate { rankOne } } frames { frame sha256 imageBase64 } }
    }
  }`;

describe('several probe images of one unknown person', () => {
  let server: TestServer;
  let pipeline: CountingPipeline;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let people: Enrolled[];

  beforeAll(async () => {
    server = await TestServer.start({}, { wrapFaces: (real) => (pipeline = new CountingPipeline(real)) });
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    people = [];
    for (const face of faces.slice(0, 3)) people.push(await wf.enrol(face));
  }, 180_000);
  afterAll(() => server?.stop());

  const query = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params);

  /** Frames of one person as a camera gives them: the probe recompressed, smaller, and cropped tighter. */
  const framesOf = async (face: DemoFace, seed: number): Promise<Buffer[]> => {
    const meta = await sharp(face.probe).metadata();
    const w = meta.width!;
    const h = meta.height!;
    return [
      await sharp(face.probe)
        .jpeg({ quality: 90 - seed })
        .toBuffer(),
      await sharp(face.probe)
        .resize(Math.round(w * 0.8))
        .jpeg({ quality: 86 - seed })
        .toBuffer(),
      await sharp(face.probe)
        .extract({
          left: Math.round(w * 0.05),
          top: Math.round(h * 0.05),
          width: Math.round(w * 0.9),
          height: Math.round(h * 0.9),
        })
        .jpeg({ quality: 88 - seed })
        .toBuffer(),
    ];
  };
  const upload = async (bytes: Buffer) => {
    const { status, body } = await server.upload(bytes, { as: 'swp.requester' });
    expect(status).toBe(201);
    return body.id!;
  };
  const create = async (caseId: string, uploadIds: string[]) =>
    server.gql(
      CREATE,
      {
        input: searchRequestInput(caseId, {
          probeUploadId: uploadIds[0],
          additionalProbeUploadIds: uploadIds.slice(1),
        }),
      },
      { as: 'swp.requester' },
    );
  const requestsOn = async (caseId: string) =>
    (await query(`SELECT count(*)::int AS n FROM search_request WHERE case_id = $1`, [caseId]))[0].n;
  const uploadsLeft = async (ids: string[]) =>
    (await query(`SELECT count(*)::int AS n FROM image_upload WHERE id = ANY($1::uuid[])`, [ids]))[0].n;
  const framesStored = async () => (await query(`SELECT count(*)::int AS n FROM search_probe_frame`))[0].n;

  it('should analyse each of three frames once, store them, and find the enrolled person with the fused template', async () => {
    const person = people[0];
    const frames = await framesOf(person.face, 0);
    const ids = [];
    for (const frame of frames) ids.push(await upload(frame));
    const made = await create(await wf.createCase(), ids);
    const request = ok(made).createSearchRequest as {
      id: string;
      probeFusion: { method: string; frames: number; bestFrame: number; expectedHitRate: unknown };
    };
    expect(request.probeFusion).toMatchObject({ method: 'MEAN_TEMPLATE', frames: 3 });
    for (const frame of frames) expect(pipeline.callsFor(frame)).toBe(1);
    expect(await uploadsLeft(ids)).toBe(0);

    // the first frame in search_probe (with the fused template), the others in search_probe_frame with their own
    const stored = await query(
      `SELECT position, sha256, template IS NOT NULL AS kept, template_model_version AS version
         FROM search_probe_frame WHERE request_id = $1 ORDER BY position`,
      [request.id],
    );
    expect(stored).toEqual(
      [1, 2].map((position) => ({
        position,
        sha256: sha256(frames[position]),
        kept: true,
        version: server.twokey.faces.modelVersion,
      })),
    );
    const [probe] = await query(
      `SELECT sha256, template::text AS template FROM search_probe WHERE request_id = $1`,
      [request.id],
    );
    expect(probe.sha256).toBe(sha256(frames[0]));
    // the search template is the fusion: not any single frame's template
    const [own] = await query(
      `SELECT template::text AS template FROM search_probe_frame WHERE request_id = $1 AND position = 1`,
      [request.id],
    );
    expect(probe.template).not.toBe(own.template);
    const norm = Math.hypot(...(JSON.parse(probe.template) as number[]));
    expect(norm).toBeCloseTo(1, 3);

    const [created] = await query(
      `SELECT details FROM audit_event WHERE action = 'SEARCH_REQUEST_CREATED' AND subject_id = $1`,
      [request.id],
    );
    expect(created.details.probeFusion).toMatchObject({ method: 'MEAN_TEMPLATE', frames: 3 });
    expect(created.details.probeFusion.frameFigures).toHaveLength(3);

    const submitted = await wf.submit(request.id);
    if (submitted.status === 'AWAITING_AUTHORISATION') await wf.authorise(request.id);
    for (const frame of frames) expect(pipeline.callsFor(frame)).toBe(1);

    // reviewers see every frame; each view is audited
    const first = await wf.taskFor(request.id, 'FIRST', 'swp.supervisor');
    await wf.claim(first.id, 'swp.reviewer1');
    const packet = ok(await server.gql(PACKET, { taskId: first.id }, { as: 'swp.reviewer1' }))
      .reviewPacket as {
      probeFusion: { frames: number };
      probeFrames: Array<{
        frame: number;
        sha256: string;
        image: { kind: string; frame: number | null; content: { dataBase64: string; viewId: string } };
      }>;
    };
    expect(packet.probeFusion.frames).toBe(3);
    expect(packet.probeFrames.map((f) => [f.frame, f.image.kind, f.sha256])).toEqual([
      [0, 'PROBE', sha256(frames[0])],
      [1, 'PROBE_FRAME', sha256(frames[1])],
      [2, 'PROBE_FRAME', sha256(frames[2])],
    ]);
    for (const f of packet.probeFrames)
      expect(Buffer.from(f.image.content.dataBase64, 'base64').equals(frames[f.frame])).toBe(true);
    const views = await query(
      `SELECT subject_type AS "subjectType", details->>'kind' AS kind, details->>'frame' AS frame
         FROM audit_event WHERE action = 'FACE_IMAGE_VIEWED' AND details->>'searchRequestId' = $1
         AND details->>'kind' <> 'CANDIDATE' ORDER BY details->>'frame' NULLS FIRST`,
      [request.id],
    );
    // one view event per frame shown; the packet's frames resolve side by side, so in any order
    expect(views).toEqual([
      { subjectType: 'SearchProbe', kind: 'PROBE', frame: null },
      { subjectType: 'SearchProbeFrame', kind: 'PROBE_FRAME', frame: '1' },
      { subjectType: 'SearchProbeFrame', kind: 'PROBE_FRAME', frame: '2' },
    ]);

    // the fused search found the enrolled person first
    const candidates = await wf.lookAtCandidates(first.id, 'swp.reviewer1');
    expect(candidates[0].bytes.equals(person.face.enrol)).toBe(true);
    await wf.review(first.id, 'swp.reviewer1', matchOnly(person));
    const second = await wf.taskFor(request.id, 'SECOND', 'swp.supervisor');
    await wf.claim(second.id, 'swp.reviewer2');
    await wf.review(second.id, 'swp.reviewer2', matchOnly(person));
    ok(await server.gql(WfClose, { id: request.id }, { as: 'swp.requester' }));

    // the disclosure pack and the search's policy snapshot record the fusion; the pack lists every frame
    const pack = ok(await server.gql(PACK, { id: request.id }, { as: 'swp.supervisor' })).disclosurePack as {
      html: string;
      request: { policySnapshot: { probeFusion: { method: string; frames: number } } };
      probe: {
        sha256: string;
        fusion: { frames: number };
        frames: Array<{ frame: number; sha256: string; imageBase64: string | null }>;
      };
    };
    expect(pack.request.policySnapshot.probeFusion).toEqual({ method: 'MEAN_TEMPLATE', frames: 3 });
    expect(pack.probe.fusion.frames).toBe(3);
    expect(pack.probe.frames.map((f) => [f.frame, f.sha256])).toEqual([
      [1, sha256(frames[1])],
      [2, sha256(frames[2])],
    ]);
    expect(pack.probe.frames.every((f) => f.imageBase64 !== null)).toBe(true);
    expect(pack.html).toContain('Several probe images');
    expect(pack.html).toContain(sha256(frames[2]));

    // the PDF's probe section lists them too
    const url = new URL('/exports/disclosure-pack.pdf', server.url);
    url.searchParams.append('searchRequestId', request.id);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await server.token('swp.supervisor')}` },
    });
    expect(response.status).toBe(200);
    const text = shownText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Several probe images');
    expect(text).toContain('Probe images fused');
    expect(text).toContain(sha256(frames[1]));
    expect(text).toContain(sha256(frames[2]));
  });

  it(`should refuse more than ${MAX_PROBE_IMAGES} images with TOO_MANY_PROBE_IMAGES, and a repeated upload, analysing and keeping nothing`, async () => {
    const [frame] = await framesOf(people[1].face, 3);
    const ids = [];
    for (let i = 0; i < MAX_PROBE_IMAGES + 1; i++) ids.push(await upload(frame));
    const caseId = await wf.createCase();
    const before = await framesStored();
    const tooMany = await create(caseId, ids);
    expect(codes(tooMany)).toEqual(['TOO_MANY_PROBE_IMAGES']);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ limit: MAX_PROBE_IMAGES, given: 9 });
    expect(tooMany.errors?.[0].message).toContain(String(MAX_PROBE_IMAGES));

    // a list far longer than any request may carry is refused as input, before any id is looked up
    const huge = await create(caseId, [ids[0], ...Array.from({ length: 65 }, () => randomUUID())]);
    expect(codes(huge)).toEqual(['BAD_USER_INPUT']);

    const twice = await create(caseId, [ids[0], ids[1], ids[0]]);
    expect(codes(twice)).toEqual(['BAD_USER_INPUT']);
    expect(twice.errors?.[0].extensions).toMatchObject({ probeImageIndex: 2 });

    expect(pipeline.callsFor(frame)).toBe(0);
    expect(await requestsOn(caseId)).toBe(0);
    expect(await framesStored()).toBe(before);
    expect(await uploadsLeft(ids)).toBe(ids.length);
  });

  it('should refuse a frame without a face naming its index, keeping nothing but the recorded attempt', async () => {
    const frames = await framesOf(people[1].face, 5);
    const blank = await sharp({
      create: { width: 320, height: 320, channels: 3, background: { r: 120, g: 130, b: 140 } },
    })
      .jpeg()
      .toBuffer();
    const ids = [await upload(frames[0]), await upload(frames[1]), await upload(blank)];
    const caseId = await wf.createCase();
    const before = await framesStored();
    const refused = await create(caseId, ids);
    expect(codes(refused)).toEqual(['NO_FACE']);
    expect(refused.errors?.[0].extensions).toMatchObject({ probeImageIndex: 2 });
    expect(refused.errors?.[0].message).toContain('additional probe image 2');
    expect(await requestsOn(caseId)).toBe(0);
    expect(await framesStored()).toBe(before);
    // the uploads stay, so the requester can try again without the bad frame
    expect(await uploadsLeft(ids)).toBe(3);
    const [attempt] = await query(
      `SELECT details FROM audit_event WHERE action = 'PROBE_ANALYSIS_FAILED' AND subject_id = $1`,
      [caseId],
    );
    expect(attempt.details).toMatchObject({ outcome: 'NO_FACE', probeImageIndex: 2, probeImages: 3 });

    const retried = ok(await create(caseId, ids.slice(0, 2))).createSearchRequest as {
      probeFusion: { frames: number };
    };
    expect(retried.probeFusion.frames).toBe(2);
  });

  it('should analyse every frame once more and fuse again when the active model version changed', async () => {
    const frames = await framesOf(people[2].face, 7);
    const ids = [];
    for (const frame of frames) ids.push(await upload(frame));
    const made = ok(await create(await wf.createCase(), ids)).createSearchRequest as { id: string };
    const switchModel = async (announced: string | null) => {
      pipeline.announced = announced;
      await query(`UPDATE force_model_version SET model_version = $1 WHERE state = 'ACTIVE'`, [
        pipeline.modelVersion,
      ]);
    };
    try {
      await switchModel('next-model@2');
      await wf.submit(made.id);
      for (const frame of frames) expect(pipeline.callsFor(frame)).toBe(2);
      const versions = await query(
        `SELECT template_model_version AS v FROM search_probe WHERE request_id = $1
         UNION ALL SELECT template_model_version FROM search_probe_frame WHERE request_id = $1`,
        [made.id],
      );
      expect(versions).toEqual([{ v: 'next-model@2' }, { v: 'next-model@2' }, { v: 'next-model@2' }]);
    } finally {
      await switchModel(null);
    }
  });

  it('should refuse to enhance a request with several probe images', async () => {
    const frames = await framesOf(people[0].face, 9);
    const made = ok(await create(await wf.createCase(), [await upload(frames[0]), await upload(frames[1])]))
      .createSearchRequest as { id: string };
    const refused = await server.gql(
      `mutation($id: ID!) { enhanceProbe(requestId: $id, steps: [{ operation: "GREYSCALE" }]) { id } }`,
      { id: made.id },
      { as: 'swp.requester' },
    );
    expect(codes(refused)).toEqual(['ENHANCEMENT_SINGLE_IMAGE_ONLY']);
    expect(await query(`SELECT 1 FROM enhanced_probe WHERE request_id = $1`, [made.id])).toEqual([]);
  });

  it('should purge every frame with the probe, in the same transaction', async () => {
    const frames = await framesOf(people[1].face, 11);
    const ids = [];
    for (const frame of frames) ids.push(await upload(frame));
    const caseId = await wf.createCase();
    const made = ok(await create(caseId, ids)).createSearchRequest as { id: string };
    ok(
      await server.gql(
        WfWithdraw,
        { id: made.id, reason: 'The suspect was named by a witness.' },
        { as: 'swp.requester' },
      ),
    );
    await query(`UPDATE case_file SET status = 'CLOSED', closed_at = '2020-01-01T00:00:00Z' WHERE id = $1`, [
      caseId,
    ]);
    const report = await server.twokey.services.retention.purgeDue({ forceCodes: ['SWP'] });
    const purged = report.purged.find((p) => p.requestId === made.id);
    expect(purged?.counts).toMatchObject({ probeImages: 3, probeTemplates: 3 });
    expect(purged!.counts.probeImageBytes).toBe(frames.reduce((sum, f) => sum + f.length, 0));
    expect(await query(`SELECT 1 FROM search_probe_frame WHERE request_id = $1`, [made.id])).toEqual([]);
    expect(await query(`SELECT 1 FROM search_probe WHERE request_id = $1`, [made.id])).toEqual([]);
  });
});

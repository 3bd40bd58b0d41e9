import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AuditEvent, EnhancedProbe, ProbeEnhancementStep, SearchRequest } from '../../src/entities';
import { FaceSearchRepository } from '../../src/db/face-search.repository';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import { Enrolled, matchOnly, ok, WfClose, WfSubmitSearch, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * Enhancement with a record (issue 16, item 2): a draft's probe may be enhanced with operations of
 * an allow-list only, applied with sharp; every step is stored with its parameters and who applied
 * it, and audited; the original and the result are kept with their hashes; the search runs on the
 * result; reviewers see both; anything generative, compositing or unknown is refused with
 * ENHANCEMENT_NOT_ALLOWED, a parameter out of range with ENHANCEMENT_PARAMETER_OUT_OF_RANGE; a
 * refusal or a failure keeps nothing of the enhancement.
 */
const EnEnhance = graphql(`
  mutation EnEnhance($requestId: ID!, $steps: [EnhancementStepInput!]!, $expectedVersion: Int) {
    enhanceProbe(requestId: $requestId, steps: $steps, expectedVersion: $expectedVersion) {
      id
      status
      version
      probeQuality {
        faceSizePx
        sharpness
        acceptable
      }
      probeEnhancement {
        originalSha256
        resultSha256
        width
        height
        steps {
          position
          operation
          parameters
          appliedById
          appliedAt
          inputSha256
          outputSha256
        }
        enhancedImage {
          kind
        }
      }
    }
  }
`);

const EnRead = graphql(`
  query EnRead($id: ID!) {
    searchRequest(id: $id) {
      id
      version
      visibleFields
      probeEnhancement {
        originalSha256
        resultSha256
        steps {
          position
          operation
        }
        enhancedImage {
          kind
        }
      }
    }
  }
`);

const EnPacket = graphql(`
  query EnPacket($taskId: ID!) {
    reviewPacket(taskId: $taskId) {
      probe {
        kind
        content {
          dataBase64
          viewId
        }
      }
      probeEnhancement {
        originalSha256
        resultSha256
        steps {
          position
          operation
          parameters
        }
        enhancedImage {
          kind
          content {
            mimeType
            dataBase64
            viewId
          }
        }
      }
    }
  }
`);

const EnPack = graphql(`
  query EnPack($id: ID!) {
    disclosurePack(id: $id) {
      probe {
        sha256
        imageBase64
        enhancedImageBase64
        enhancement {
          originalSha256
          resultSha256
          steps {
            position
            operation
            parameters
            appliedById
          }
        }
      }
      html
    }
  }
`);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('probe enhancement', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let person: Enrolled;
  let requesterId: string;

  const enhance = (requestId: string, steps: unknown[], as = 'swp.requester') =>
    server.gql(EnEnhance, { requestId, steps } as never, { as });
  const draft = async () => (await wf.createSearch(await wf.createCase(), person.face.probe)).id;
  /** What an enhancement could have written for a request. */
  const stored = async (requestId: string) => ({
    steps: await server.db.manager.count(ProbeEnhancementStep, { where: { requestId } }),
    enhanced: await server.db.manager.count(EnhancedProbe, { where: { requestId } }),
    template: Array.from((await FaceSearchRepository.probeTemplate(server.db.manager, requestId))!.template),
    request: await server.db.manager.findOneOrFail(SearchRequest, {
      where: { id: requestId },
      select: { id: true, version: true, probeQuality: true, probeExpectedHitRate: true },
    }),
    events: await server.db.manager.count(AuditEvent, {
      where: [
        { action: 'PROBE_ENHANCEMENT_STEP_APPLIED', subjectId: requestId },
        { action: 'PROBE_ENHANCED', subjectId: requestId },
      ],
    }),
  });
  const refusals = (requestId: string) =>
    server.db.manager.find(AuditEvent, {
      where: { action: 'PROBE_ENHANCEMENT_REFUSED', subjectId: requestId },
      order: { seq: 'ASC' },
    });

  beforeAll(async () => {
    server = await TestServer.start({ WORKFLOW_SWEEP_INTERVAL_MS: '3600000' });
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    person = await wf.enrol(faces[0]);
    for (const other of faces.slice(1, 4)) await wf.enrol(other);
    requesterId = await wf.officerId('swp.requester');
  }, 180_000);
  afterAll(() => server?.stop());

  describe('refusals', () => {
    it.each(['inpaint', 'superResolveGan', 'composite', 'FACE_SWAP', 'crop', ''])(
      'should refuse %p with ENHANCEMENT_NOT_ALLOWED, keep nothing and audit the refusal',
      async (operation) => {
        const id = await draft();
        const before = await stored(id);
        const response = await enhance(id, [
          { operation: 'BRIGHTNESS', parameters: { factor: 1.2 } },
          { operation, parameters: { strength: 0.8 } },
        ]);
        expect(codes(response)).toEqual(['ENHANCEMENT_NOT_ALLOWED']);
        const error = response.errors![0];
        expect(error.message).toMatch(/is not an allowed enhancement/);
        expect(error.message).toMatch(/Nothing generative/);
        expect(error.extensions).toMatchObject({ field: 'steps[1].operation', allowed: expect.any(Array) });
        expect(error.extensions!.allowed).toEqual(
          expect.arrayContaining(['CROP', 'ROTATE', 'MIRROR_UNDO', 'GAMMA', 'UPSCALE']),
        );
        // nothing of the enhancement is kept, not even its valid first step
        expect(await stored(id)).toEqual(before);
        const [refusal] = await refusals(id);
        expect(refusal.details).toMatchObject({
          code: 'ENHANCEMENT_NOT_ALLOWED',
          field: 'steps[1].operation',
        });
      },
    );

    const bad: Array<[string, string, string, unknown[]]> = [
      [
        'a brightness factor of 5',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.factor',
        [{ operation: 'BRIGHTNESS', parameters: { factor: 5 } }],
      ],
      [
        'an even denoise window',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.size',
        [{ operation: 'DENOISE', parameters: { size: 4 } }],
      ],
      [
        'a rotation of 270 degrees',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.angle',
        [{ operation: 'ROTATE', parameters: { angle: 270 } }],
      ],
      [
        'an upscale of 8 times',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.factor',
        [{ operation: 'UPSCALE', parameters: { factor: 8 } }],
      ],
      [
        'a learned upscaling kernel',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.kernel',
        [{ operation: 'UPSCALE', parameters: { factor: 2, kernel: 'esrgan' } }],
      ],
      [
        'a crop outside the image',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[0].parameters.width',
        [{ operation: 'CROP', parameters: { left: 0, top: 0, width: 4000, height: 100 } }],
      ],
      [
        'an upscale past the largest side',
        'ENHANCEMENT_PARAMETER_OUT_OF_RANGE',
        'steps[1].parameters.factor',
        [
          { operation: 'UPSCALE', parameters: { factor: 4 } },
          { operation: 'UPSCALE', parameters: { factor: 4 } },
        ],
      ],
      ['a missing parameter', 'BAD_USER_INPUT', 'steps[0].parameters.gamma', [{ operation: 'GAMMA' }]],
      [
        'an unknown parameter',
        'BAD_USER_INPUT',
        'steps[0].parameters.mask',
        [{ operation: 'GREYSCALE', parameters: { mask: 'other.jpg' } }],
      ],
      [
        'a parameter that is not a number',
        'BAD_USER_INPUT',
        'steps[0].parameters.sigma',
        [{ operation: 'SHARPEN', parameters: { sigma: 'max' } }],
      ],
      ['no steps', 'BAD_USER_INPUT', 'steps', []],
    ];
    it.each(bad)('should refuse %s with %s naming %s, keeping nothing', async (_what, code, field, steps) => {
      const id = await draft();
      const before = await stored(id);
      const response = await enhance(id, steps);
      expect(codes(response)).toEqual([code]);
      expect(response.errors![0].extensions).toMatchObject({ field });
      expect(await stored(id)).toEqual(before);
      expect((await refusals(id)).map((e) => e.details.code)).toEqual([code]);
    });

    it('should refuse a result without a face (NO_FACE), keeping the probe as it was', async () => {
      const id = await draft();
      const before = await stored(id);
      // a corner of the photo, far from the face
      const response = await enhance(id, [
        { operation: 'CROP', parameters: { left: 0, top: 0, width: 16, height: 16 } },
      ]);
      expect(codes(response)).toEqual(['NO_FACE']);
      expect(await stored(id)).toEqual(before);
      expect((await refusals(id)).map((e) => e.details.code)).toEqual(['NO_FACE']);
    });

    it('should refuse another officer, and a request that is no longer a draft', async () => {
      const id = await draft();
      for (const as of ['swp.authoriser', 'swp.supervisor', 'gwp.requester']) {
        const other = await enhance(id, [{ operation: 'GREYSCALE' }], as);
        expect([as, ['FORBIDDEN', 'NOT_FOUND'].includes(String(codes(other)[0]))]).toEqual([as, true]);
      }
      ok(await server.gql(WfSubmitSearch, { id }, { as: 'swp.requester' }));
      const late = await enhance(id, [{ operation: 'GREYSCALE' }]);
      expect(codes(late)).toEqual(['INVALID_STATE']);
      expect(await server.db.manager.count(ProbeEnhancementStep, { where: { requestId: id } })).toBe(0);
    });
  });

  describe('enhanceProbe', () => {
    let id: string;
    let resultSha: string;
    let resultBytes: Buffer;
    const STEPS = [
      { operation: 'CROP', parameters: {} as Record<string, number> },
      { operation: 'ROTATE', parameters: { angle: -2 } },
      { operation: 'BRIGHTNESS', parameters: { factor: 1.15 } },
      { operation: 'CONTRAST', parameters: { factor: 1.1 } },
      { operation: 'GAMMA', parameters: { gamma: 1.2 } },
      { operation: 'DENOISE', parameters: { size: 3 } },
      { operation: 'UPSCALE', parameters: { factor: 1.5 } },
      { operation: 'SHARPEN', parameters: { sigma: 1 } },
    ];

    beforeAll(async () => {
      id = await draft();
      const meta = await sharp(person.face.probe).metadata();
      STEPS[0].parameters = {
        left: Math.round(meta.width! * 0.05),
        top: Math.round(meta.height! * 0.05),
        width: Math.round(meta.width! * 0.9),
        height: Math.round(meta.height! * 0.9),
      };
    });

    it('should apply the steps in order, store each with who applied it, keep both hashes and bump the version', async () => {
      const before = await stored(id);
      const done = ok(await enhance(id, STEPS)).enhanceProbe;
      const row = await server.db.manager.findOneByOrFail(EnhancedProbe, { requestId: id });
      resultBytes = row.bytes;
      resultSha = sha256(row.bytes);
      const e = done.probeEnhancement!;
      expect(e.originalSha256).toBe(sha256(person.face.probe));
      expect(e.resultSha256).toBe(resultSha);
      expect(row.sha256.trim()).toBe(resultSha);
      expect(e.resultSha256).not.toBe(e.originalSha256);
      expect(row.mimeType).toBe('image/png');
      expect(await sharp(row.bytes).metadata()).toMatchObject({ width: e.width, height: e.height });
      expect(e.steps.map((s) => [s.position, s.operation])).toEqual(
        STEPS.map((s, i) => [i + 1, s.operation]),
      );
      // parameters as applied, the default kernel filled in
      expect(e.steps[6].parameters).toEqual({ factor: 1.5, kernel: 'lanczos3' });
      expect(e.steps[0].parameters).toEqual(STEPS[0].parameters);
      for (const s of e.steps) expect(s.appliedById).toBe(requesterId);
      // the hashes chain from the original to the result
      expect(e.steps[0].inputSha256).toBe(e.originalSha256);
      for (let i = 1; i < e.steps.length; i += 1)
        expect(e.steps[i].inputSha256).toBe(e.steps[i - 1].outputSha256);
      expect(e.steps.at(-1)!.outputSha256).toBe(resultSha);
      expect(done.version).toBe(before.request.version + 1);
      expect(done.status).toBe('DRAFT');
      // the requester reads the record, not the pixels
      expect(e.enhancedImage).toBeNull();
    });

    it('should make the result the probe the search uses: its template and quality, from one analysis', async () => {
      const face = await server.twokey.faces.templateFor(resultBytes, undefined, { use: 'probe' });
      const original = await server.twokey.faces.templateFor(person.face.probe, undefined, { use: 'probe' });
      const stored = (await FaceSearchRepository.probeTemplate(server.db.manager, id))!;
      expect(cosine(stored.template, face.template)).toBeGreaterThan(0.9999);
      expect(cosine(stored.template, original.template)).toBeLessThan(0.9999);
      const r = await server.db.manager.findOneByOrFail(SearchRequest, { id });
      expect(r.probeQuality.faceSizePx).toBeCloseTo(face.quality.faceSizePx, 3);
      expect(r.probeQuality.faceSizePx).not.toBeCloseTo(original.quality.faceSizePx, 3);
    });

    it('should audit every step, and the enhancement with both hashes, with no image data', async () => {
      const steps = await server.db.manager.find(AuditEvent, {
        where: { action: 'PROBE_ENHANCEMENT_STEP_APPLIED', subjectId: id },
        order: { seq: 'ASC' },
      });
      expect(steps.map((e) => [e.details.position, e.details.operation])).toEqual(
        STEPS.map((s, i) => [i + 1, s.operation]),
      );
      expect(steps[1].details.parameters).toEqual({ angle: -2 });
      for (const e of steps) expect(e.actorOfficerId).toBe(requesterId);
      const summary = await server.db.manager.findOneByOrFail(AuditEvent, {
        action: 'PROBE_ENHANCED',
        subjectId: id,
      });
      expect(summary.details).toMatchObject({
        originalSha256: sha256(person.face.probe),
        resultSha256: resultSha,
        stepCount: STEPS.length,
      });
      const text = JSON.stringify([...steps, summary].map((e) => e.details));
      expect(text).not.toMatch(/[A-Za-z0-9+/]{200}/);
    });

    it('should add a later enhancement to the record, starting from the last result', async () => {
      const again = ok(
        await enhance(id, [{ operation: 'MIRROR_UNDO' }, { operation: 'GREYSCALE' }]),
      ).enhanceProbe;
      const e = again.probeEnhancement!;
      expect(e.originalSha256).toBe(sha256(person.face.probe));
      expect(e.steps.map((s) => s.position)).toEqual(STEPS.map((_, i) => i + 1).concat([9, 10]));
      expect(e.steps[8].inputSha256).toBe(resultSha);
      const row = await server.db.manager.findOneByOrFail(EnhancedProbe, { requestId: id });
      expect(e.resultSha256).toBe(sha256(row.bytes));
      resultSha = e.resultSha256!;
      resultBytes = row.bytes;
    });

    it('should show the record to the requester, the authoriser, a supervisor and oversight, not to an admin', async () => {
      for (const as of ['swp.requester', 'swp.authoriser', 'swp.supervisor', 'oversight.commissioner']) {
        const read = ok(await server.gql(EnRead, { id }, { as })).searchRequest;
        expect([as, read.probeEnhancement?.resultSha256]).toEqual([as, resultSha]);
        expect(read.probeEnhancement!.steps).toHaveLength(10);
        // nobody opens the pixels outside a review (or a supervisor's adjudication)
        expect(read.probeEnhancement!.enhancedImage).toBeNull();
      }
      const admin = ok(await server.gql(EnRead, { id }, { as: 'swp.admin' })).searchRequest;
      expect(admin.probeEnhancement).toBeNull();
      expect(admin.visibleFields).not.toContain('probeEnhancement');
    });

    it('should search on the result, and show reviewers both images, each view audited', async () => {
      ok(await server.gql(WfSubmitSearch, { id }, { as: 'swp.requester' }));
      const started = await server.db.manager.findOneByOrFail(AuditEvent, {
        action: 'SEARCH_STARTED',
        subjectId: id,
      });
      expect(started.details.probeImage).toEqual({ enhanced: true, sha256: resultSha });
      expect(started.details.probeTemplate).toBe('STORED');
      const r = await server.db.manager.findOneByOrFail(SearchRequest, { id });
      expect(r.status).toBe('FIRST_REVIEW');

      const task = await wf.taskFor(id, 'FIRST', 'swp.supervisor');
      await wf.claim(task.id, 'swp.reviewer1');
      const packet = ok(
        await server.gql(EnPacket, { taskId: task.id }, { as: 'swp.reviewer1' }),
      ).reviewPacket;
      expect(sha256(Buffer.from(packet.probe.content.dataBase64, 'base64'))).toBe(sha256(person.face.probe));
      const e = packet.probeEnhancement!;
      expect(e.originalSha256).toBe(sha256(person.face.probe));
      expect(e.resultSha256).toBe(resultSha);
      expect(e.steps.map((s) => s.operation)).toEqual([
        ...STEPS.map((s) => s.operation),
        'MIRROR_UNDO',
        'GREYSCALE',
      ]);
      expect(e.enhancedImage!.kind).toBe('ENHANCED_PROBE');
      expect(e.enhancedImage!.content.mimeType).toBe('image/png');
      expect(sha256(Buffer.from(e.enhancedImage!.content.dataBase64, 'base64'))).toBe(resultSha);
      const view = await server.db.manager.findOneByOrFail(AuditEvent, {
        id: e.enhancedImage!.content.viewId,
      });
      expect(view).toMatchObject({
        action: 'FACE_IMAGE_VIEWED',
        subjectType: 'EnhancedProbe',
        actorOfficerId: await wf.officerId('swp.reviewer1'),
      });
      expect(view.details).toMatchObject({ kind: 'ENHANCED_PROBE', searchRequestId: id, taskId: task.id });

      // a reviewer not holding the task sees neither
      const other = await server.gql(EnPacket, { taskId: task.id }, { as: 'swp.reviewer2' });
      expect(other.data?.reviewPacket ?? null).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codes(other)[0]);
    });

    it('should list the steps and both hashes in the disclosure pack, with both images for a supervisor only', async () => {
      await wf.review(
        (await wf.taskFor(id, 'FIRST', 'swp.supervisor')).id,
        'swp.reviewer1',
        matchOnly(person),
      );
      const second = await wf.taskFor(id, 'SECOND', 'swp.supervisor');
      await wf.claim(second.id, 'swp.reviewer2');
      await wf.review(second.id, 'swp.reviewer2', matchOnly(person));
      ok(await server.gql(WfClose, { id }, { as: 'swp.requester' }));

      const pack = ok(await server.gql(EnPack, { id }, { as: 'swp.supervisor' })).disclosurePack;
      expect(pack.probe.sha256).toBe(sha256(person.face.probe));
      expect(pack.probe.enhancement).toMatchObject({
        originalSha256: sha256(person.face.probe),
        resultSha256: resultSha,
      });
      expect(pack.probe.enhancement!.steps).toHaveLength(10);
      expect(pack.probe.enhancement!.steps[2]).toEqual({
        position: 3,
        operation: 'BRIGHTNESS',
        parameters: { factor: 1.15 },
        appliedById: requesterId,
      });
      expect(sha256(Buffer.from(pack.probe.enhancedImageBase64!, 'base64'))).toBe(resultSha);
      expect(pack.html).toContain('Enhancement (the search ran on the result)');
      expect(pack.html).toContain(resultSha);
      expect(pack.html).toContain('UPSCALE');
      expect(pack.html).toContain('alt="enhanced probe image"');

      const oversight = ok(await server.gql(EnPack, { id }, { as: 'oversight.commissioner' })).disclosurePack;
      expect(oversight.probe.enhancement!.resultSha256).toBe(resultSha);
      expect(oversight.probe.imageBase64).toBeNull();
      expect(oversight.probe.enhancedImageBase64).toBeNull();
      expect(oversight.html).not.toContain('alt="enhanced probe image"');
    });

    it('should delete the enhanced bytes with the probe on a purge, keeping the record of the steps', async () => {
      const r = await server.db.manager.findOneByOrFail(SearchRequest, { id });
      await server.db.dataSource.query(
        `UPDATE case_file SET status = 'CLOSED', closed_at = '2020-01-02T00:00:00Z' WHERE id = $1`,
        [r.caseId],
      );
      const report = await server.twokey.services.retention.purgeDue({ forceCodes: ['SWP'] });
      const purged = report.purged.find((p) => p.requestId === id);
      expect(purged?.counts).toMatchObject({ probeImages: 1, derivedProbeImages: 1 });
      expect(await server.db.manager.count(EnhancedProbe, { where: { requestId: id } })).toBe(0);
      const [left] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM enhanced_probe WHERE request_id = $1`,
        [id],
      );
      expect(left.n).toBe(0);
      expect(await server.db.manager.count(ProbeEnhancementStep, { where: { requestId: id } })).toBe(10);
      const read = ok(await server.gql(EnRead, { id }, { as: 'swp.supervisor' })).searchRequest;
      expect(read.probeEnhancement).toMatchObject({
        originalSha256: sha256(person.face.probe),
        resultSha256: null,
      });
    });
  });

  describe('search', () => {
    it('should analyse the enhanced image, not the original, when the probe must be analysed again at search', async () => {
      const id = await draft();
      const { width, height } = await sharp(person.face.probe).metadata();
      const crop = { left: 4, top: 4, width: width! - 8, height: height! - 8 };
      ok(await enhance(id, [{ operation: 'CROP', parameters: crop }, { operation: 'GREYSCALE' }]));
      const row = await server.db.manager.findOneByOrFail(EnhancedProbe, { requestId: id });
      // as if the template had been made by another model version than the active one
      await server.db.dataSource.query(
        `UPDATE search_probe SET template = $2::vector, template_model_version = 'retired-model@0' WHERE request_id = $1`,
        [id, `[${new Array(8).fill(0.5).join(',')}]`],
      );
      ok(await server.gql(WfSubmitSearch, { id }, { as: 'swp.requester' }));
      const started = await server.db.manager.findOneByOrFail(AuditEvent, {
        action: 'SEARCH_STARTED',
        subjectId: id,
      });
      expect(started.details).toMatchObject({
        probeTemplate: 'REANALYSED',
        probeImage: { enhanced: true, sha256: sha256(row.bytes) },
      });
      const kept = (await FaceSearchRepository.probeTemplate(server.db.manager, id))!;
      const result = await server.twokey.faces.templateFor(row.bytes, undefined, { use: 'probe' });
      const original = await server.twokey.faces.templateFor(person.face.probe, undefined, { use: 'probe' });
      expect(kept.modelVersion).toBe(server.twokey.faces.modelVersion);
      expect(cosine(kept.template, result.template)).toBeGreaterThan(0.9999);
      expect(cosine(kept.template, original.template)).toBeLessThan(0.9999);
    });
  });

  describe('rollback', () => {
    it('should keep nothing of an enhancement whose transaction fails, audit events included', async () => {
      const id = await draft();
      const before = await stored(id);
      // the enhanced copy cannot be stored: the steps (written first) and their audit events must go too
      await server.asOwner(async (m) => {
        await m.query(`
          CREATE FUNCTION enhanced_probe_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'test: storage failed'; END $$`);
        await m.query(
          `CREATE TRIGGER enhanced_probe_test_fail BEFORE INSERT ON enhanced_probe FOR EACH ROW EXECUTE FUNCTION enhanced_probe_test_fail()`,
        );
      });
      try {
        const response = await enhance(id, [
          { operation: 'GREYSCALE' },
          { operation: 'SHARPEN', parameters: { sigma: 1 } },
        ]);
        expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
        expect(response.errors![0].message).not.toMatch(/test: storage failed/);
      } finally {
        await server.asOwner(async (m) => {
          await m.query(`DROP TRIGGER enhanced_probe_test_fail ON enhanced_probe`);
          await m.query(`DROP FUNCTION enhanced_probe_test_fail()`);
        });
      }
      expect(await stored(id)).toEqual(before);
      // and with storage back, the same enhancement goes through
      const done = ok(await enhance(id, [{ operation: 'GREYSCALE' }])).enhanceProbe;
      expect(done.probeEnhancement!.steps.map((s) => s.position)).toEqual([1]);
    });

    it('should refuse a stale expectedVersion with CONFLICT, keeping nothing', async () => {
      const id = await draft();
      const before = await stored(id);
      const response = await server.gql(
        EnEnhance,
        { requestId: id, steps: [{ operation: 'GREYSCALE' }], expectedVersion: before.request.version + 5 },
        { as: 'swp.requester' },
      );
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(await stored(id)).toEqual(before);
    });
  });
});

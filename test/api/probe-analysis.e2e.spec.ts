import { CountingPipeline } from '../support/counting-pipeline';
import { demoFaces, type DemoFace } from '../support/faces';
import { ok, WfRunSearch, WorkflowDriver } from '../support/search-workflow';
import { codes, TestServer } from '../support/test-server';

/**
 * One pass of the face pipeline per probe: the probe is analysed when the request is created, its
 * template kept beside it, and the search uses it (create + submit + search = one inference).
 * Only when the active model version changed in between is the probe analysed again, once. A
 * search that fails after its step (here: the probe can no longer be analysed under the new model)
 * leaves the request SEARCH_FAILED with the reason, not sitting at SUBMITTED or AUTHORISED.
 *
 * The pipeline is the real one (real ONNX models, real worker threads), wrapped to count the calls
 * made for each image and to announce another model version when the test says so.
 */

describe('one pass of the face pipeline per probe', () => {
  let server: TestServer;
  let pipeline: CountingPipeline;
  let wf: WorkflowDriver;
  let faces: DemoFace[];

  beforeAll(async () => {
    server = await TestServer.start({}, { wrapFaces: (real) => (pipeline = new CountingPipeline(real)) });
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    for (const face of faces.slice(0, 4)) await wf.enrol(face);
  }, 180_000); // a fresh service, the demo photos analysed and four enrolments: slow on a busy machine
  afterAll(() => server?.stop());
  afterEach(() => switchModel(null));

  /**
   * Announce another model version (null: the real one again) and make it every force's ACTIVE
   * version, which is what a search reads: the effect of an approved switch, without the re-enrolment.
   */
  const switchModel = async (announced: string | null) => {
    pipeline.announced = announced;
    await query(`UPDATE force_model_version SET model_version = $1 WHERE state = 'ACTIVE'`, [
      pipeline.modelVersion,
    ]);
  };

  const query = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params);
  const eventsOf = async (id: string) =>
    (await query(
      `SELECT action, details FROM audit_event WHERE subject_type = 'SearchRequest' AND subject_id = $1 ORDER BY seq`,
      [id],
    )) as Array<{ action: string; details: Record<string, unknown> }>;
  const stateOf = async (id: string) =>
    ok(
      await server.gql(
        `query($id: ID!) { searchRequest(id: $id) { status modelVersion searchFailure { code reason at from } } }`,
        { id },
        { as: 'swp.supervisor' },
      ),
    ).searchRequest as {
      status: string;
      modelVersion: string | null;
      searchFailure: { code: string; reason: string; at: string; from: string } | null;
    };
  /** A probe this test alone uses, so that its count is its own (a recompressed copy of a demo probe). */
  const ownProbe = async (face: DemoFace, quality: number) =>
    (await import('sharp')).default(face.probe).jpeg({ quality }).toBuffer();

  it('should analyse a probe once from creation to stored candidates, with or without an authoriser in between', async () => {
    const probe = await ownProbe(faces[0], 90);
    const draft = await wf.createSearch(await wf.createCase(), probe);
    expect(pipeline.callsFor(probe)).toBe(1);
    const submitted = await wf.submit(draft.id);
    expect(submitted.status).toBe('FIRST_REVIEW');
    expect(pipeline.callsFor(probe)).toBe(1);

    const authorisedProbe = await ownProbe(faces[1], 88);
    const { requestId } = await wf.searchToFirstReview(authorisedProbe, { includeNotConvicted: true });
    expect((await stateOf(requestId)).status).toBe('FIRST_REVIEW');
    expect(pipeline.callsFor(authorisedProbe)).toBe(1);

    const started = (await eventsOf(draft.id)).find((e) => e.action === 'SEARCH_STARTED');
    expect(started?.details.probeTemplate).toBe('STORED');
    // the template is kept beside the probe, with the model version that made it
    const [row] = await query(
      `SELECT template IS NOT NULL AS kept, template_model_version AS version FROM search_probe WHERE request_id = $1`,
      [draft.id],
    );
    expect(row).toEqual({ kept: true, version: server.twokey.faces.modelVersion });
  });

  it('should analyse the probe exactly once more when the active model version changed between creation and search', async () => {
    const probe = await ownProbe(faces[2], 86);
    const before = pipeline.modelVersion;
    const draft = await wf.createSearch(await wf.createCase(), probe);
    expect(pipeline.callsFor(probe)).toBe(1);

    await switchModel('next-model@2');
    const submitted = await wf.submit(draft.id);
    expect(pipeline.callsFor(probe)).toBe(2);
    // the gallery holds no template of the new model yet: nothing to compare, and said so
    expect(submitted.status).toBe('NO_VIABLE_CANDIDATE');
    expect((await stateOf(draft.id)).modelVersion).toBe('next-model@2');
    const [row] = await query(
      `SELECT template_model_version AS version FROM search_probe WHERE request_id = $1`,
      [draft.id],
    );
    expect(row.version).toBe('next-model@2');
    const started = (await eventsOf(draft.id)).find((e) => e.action === 'SEARCH_STARTED');
    expect(started?.details).toMatchObject({
      probeTemplate: 'REANALYSED',
      policySnapshot: expect.objectContaining({ modelVersion: 'next-model@2', eligibleCount: 0 }),
    });
    expect(before).not.toBe('next-model@2');
  });

  describe('a search that fails after its step', () => {
    /** The stored template is of the old model, and the stored image can no longer be analysed. */
    const breakProbe = async (id: string) => {
      await query(`UPDATE search_probe SET bytes = $2 WHERE request_id = $1`, [
        id,
        Buffer.from('not an image'),
      ]);
      await switchModel('next-model@2');
    };

    it('should show SEARCH_FAILED with the reason after authorisation, not sit at AUTHORISED, and not be resumed by the sweep', async () => {
      const draft = await wf.createSearch(await wf.createCase(), faces[3].probe, {
        includeNotConvicted: true,
      });
      expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
      await breakProbe(draft.id);

      const authorised = await wf.authorise(draft.id);
      expect(authorised.status).toBe('SEARCH_FAILED');
      const failed = await stateOf(draft.id);
      expect(failed.searchFailure).toEqual({
        code: 'UNREADABLE_IMAGE',
        reason: 'The file is not a readable image',
        at: expect.any(String),
        from: 'AUTHORISED',
      });
      const events = await eventsOf(draft.id);
      expect(events.map((e) => e.action).slice(-3)).toEqual([
        'SEARCH_AUTHORISATION_REQUESTED',
        'SEARCH_AUTHORISED',
        'SEARCH_FAILED',
      ]);
      expect(events.at(-1)?.details).toMatchObject({
        transition: 'searchFailed',
        from: 'AUTHORISED',
        to: 'SEARCH_FAILED',
        code: 'UNREADABLE_IMAGE',
      });

      // the sweep leaves it alone, however long it waits
      const tick = await server.twokey.timers.tick(new Date(Date.now() + 24 * 3600_000));
      expect(tick.searchesResumed).toBe(0);
      expect((await stateOf(draft.id)).status).toBe('SEARCH_FAILED');

      // run again by hand while it still cannot be analysed: still SEARCH_FAILED, the caller told why
      const again = await server.gql(WfRunSearch, { id: draft.id }, { as: 'swp.requester' });
      expect(codes(again)).toEqual(['UNREADABLE_IMAGE']);
      expect((await stateOf(draft.id)).searchFailure).toMatchObject({
        code: 'UNREADABLE_IMAGE',
        from: 'AUTHORISED',
      });

      // back on the model that made the stored template, a re-run searches with it
      await switchModel(null);
      const rerun = ok(await server.gql(WfRunSearch, { id: draft.id }, { as: 'swp.requester' })).runSearch;
      expect(rerun.status).toBe('FIRST_REVIEW');
      expect((await stateOf(draft.id)).searchFailure).toBeNull();
    });

    it('should show SEARCH_FAILED after a submission that needs no authorisation, and let the requester withdraw it', async () => {
      const draft = await wf.createSearch(await wf.createCase(), faces[0].probe);
      await breakProbe(draft.id);
      const submitted = await wf.submit(draft.id);
      expect(submitted.status).toBe('SEARCH_FAILED');
      expect((await stateOf(draft.id)).searchFailure).toMatchObject({
        code: 'UNREADABLE_IMAGE',
        from: 'SUBMITTED',
      });
      // the requester sees it too: why their request is not going anywhere
      const mine = ok(
        await server.gql(
          `query($id: ID!) { searchRequest(id: $id) { status searchFailure { code } } }`,
          { id: draft.id },
          { as: 'swp.requester' },
        ),
      );
      expect(mine).toEqual({
        searchRequest: { status: 'SEARCH_FAILED', searchFailure: { code: 'UNREADABLE_IMAGE' } },
      });
      const withdrawn = await server.gql(
        `mutation($id: ID!) { withdrawSearchRequest(id: $id, reason: "The probe is unusable now") { status } }`,
        { id: draft.id },
        { as: 'swp.requester' },
      );
      expect(ok(withdrawn)).toEqual({ withdrawSearchRequest: { status: 'WITHDRAWN' } });
    });
  });
});

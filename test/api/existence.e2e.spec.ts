import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../src/entities';
import { demoFaces } from '../support/faces';
import { ok, WorkflowDriver, JUSTIFICATION, PROVENANCE } from '../support/search-workflow';
import { GraphQLResponse, TestServer } from '../support/test-server';

/**
 * An officer of one force probing another force's ids must learn nothing: a real id of any kind
 * of object they may not read is answered exactly as an id that exists nowhere (NOT_FOUND, same
 * message, same extensions), while the audit log still records the attempt as ACCESS_DENIED with
 * the object and its force. Where the caller may read the object but not act on it, FORBIDDEN stays.
 */

interface Probe {
  kind: string;
  as: string;
  /** The operation, given the id to try. */
  run: (id: string) => Promise<GraphQLResponse<unknown>>;
  /** SWP's real object. */
  id: () => string;
}

describe("existence of other forces' objects is not revealed", () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  const fx: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, as: string) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    server.gql<any>(query, variables, { as });

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    const faces = await demoFaces(server.twokey.faces);
    const person = await wf.enrol(faces[0]);
    for (const f of faces.slice(1, 3)) await wf.enrol(f);
    fx.image = person.imageId;
    fx.subject = (
      await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [person.imageId])
    )[0].subject_id;
    const { caseId, requestId } = await wf.searchToFirstReview(faces[0].probe);
    fx.case = caseId;
    fx.request = requestId;
    fx.task = (await wf.taskFor(requestId, 'FIRST', 'swp.supervisor')).id;
    const spare = await wf.enrol(faces[3]);
    const spareSubject = (
      await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [spare.imageId])
    )[0].subject_id;
    fx.deletion = ok(
      await gql(
        `mutation($input: RequestDeletionInput!) { requestCustodyImageDeletion(input: $input) { id } }`,
        {
          input: {
            subjectId: spareSubject,
            requestedBy: 'The person',
            grounds: 'Asks for the record to be deleted.',
          },
        },
        'swp.gallery',
      ),
    ).requestCustodyImageDeletion.id;
    fx.officer = await wf.officerId('swp.requester');
    // an agreement between SWP and a third force: nothing to do with GWP
    const [third] = await server.db.dataSource.query(
      `INSERT INTO force (code, name) VALUES ('DPP', 'Dyfed-Powys Police') RETURNING id`,
    );
    fx.agreement = ok(
      await gql(
        `mutation($input: CreateSharingAgreementInput!) { createSharingAgreement(input: $input) { id } }`,
        {
          input: { searchingForceId: third.id, reference: 'SWP-DPP-1', validFrom: new Date().toISOString() },
        },
        'swp.admin',
      ),
    ).createSharingAgreement.id;
  }, 180_000); // a whole workflow in two forces: slow on a loaded machine
  afterAll(() => server?.stop());

  const PROBES: Probe[] = [
    {
      kind: 'case (read)',
      as: 'gwp.requester',
      id: () => fx.case,
      run: (id) => gql(`query($id: ID!) { case(id: $id) { id } }`, { id }, 'gwp.requester'),
    },
    {
      kind: 'case (assign an officer)',
      as: 'gwp.requester',
      id: () => fx.case,
      run: (id) =>
        gql(
          `mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id, officerId: $o) { id } }`,
          { id, o: fx.officer },
          'gwp.requester',
        ),
    },
    {
      kind: 'case (open a search on it)',
      as: 'gwp.requester',
      id: () => fx.case,
      run: async (id) =>
        gql(
          `mutation($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) { id } }`,
          {
            input: {
              caseId: id,
              purpose: 'IDENTIFY_SUSPECT',
              legalBasis: 'COMMON_LAW_POLICING',
              justification: JUSTIFICATION,
              probeProvenance: PROVENANCE,
              probeImageBase64: (await demoFaces(server.twokey.faces))[1].probe.toString('base64'),
            },
          },
          'gwp.requester',
        ),
    },
    {
      kind: 'search request (read)',
      as: 'gwp.requester',
      id: () => fx.request,
      run: (id) => gql(`query($id: ID!) { searchRequest(id: $id) { id } }`, { id }, 'gwp.requester'),
    },
    {
      kind: 'search request (withdraw)',
      as: 'gwp.requester',
      id: () => fx.request,
      run: (id) =>
        gql(
          `mutation($id: ID!) { withdrawSearchRequest(id: $id, reason: "Not ours to withdraw.") { id } }`,
          { id },
          'gwp.requester',
        ),
    },
    {
      kind: 'search request (run)',
      as: 'gwp.requester',
      id: () => fx.request,
      run: (id) => gql(`mutation($id: ID!) { runSearch(id: $id) { id } }`, { id }, 'gwp.requester'),
    },
    {
      kind: 'search request (disclosure pack)',
      as: 'gwp.admin',
      id: () => fx.request,
      run: (id) => gql(`query($id: ID!) { disclosurePack(id: $id) { reference } }`, { id }, 'gwp.admin'),
    },
    {
      kind: 'search request (lead outcome)',
      as: 'gwp.requester',
      id: () => fx.request,
      run: (id) =>
        gql(
          `mutation($id: ID!) { recordLeadOutcome(requestId: $id, result: EXCLUDED, note: "Alibi checked and confirmed by CCTV.") { id } }`,
          { id },
          'gwp.requester',
        ),
    },
    {
      kind: 'review task (claim)',
      as: 'gwp.reviewer',
      id: () => fx.task,
      run: (id) => gql(`mutation($id: ID!) { claimReviewTask(taskId: $id) { id } }`, { id }, 'gwp.reviewer'),
    },
    {
      kind: 'review task (packet)',
      as: 'gwp.reviewer',
      id: () => fx.task,
      run: (id) =>
        gql(`query($id: ID!) { reviewPacket(taskId: $id) { scoresHidden } }`, { id }, 'gwp.reviewer'),
    },
    {
      kind: 'custody image',
      as: 'gwp.gallery',
      id: () => fx.image,
      run: (id) => gql(`query($id: ID!) { custodyImage(id: $id) { id } }`, { id }, 'gwp.gallery'),
    },
    {
      kind: 'custody record (deletion request)',
      as: 'gwp.gallery',
      id: () => fx.subject,
      run: (id) =>
        gql(
          `mutation($input: RequestDeletionInput!) { requestCustodyImageDeletion(input: $input) { id } }`,
          { input: { subjectId: id, requestedBy: 'Someone', grounds: 'Probing another force.' } },
          'gwp.gallery',
        ),
    },
    {
      kind: 'deletion request (decide)',
      as: 'gwp.gallery',
      id: () => fx.deletion,
      run: (id) =>
        gql(
          `mutation($id: ID!) { decideDeletionRequest(id: $id, grant: true, rationale: "Probing another force's request.") { id } }`,
          { id },
          'gwp.gallery',
        ),
    },
    {
      kind: 'officer (set roles)',
      as: 'gwp.admin',
      id: () => fx.officer,
      run: (id) =>
        gql(
          `mutation($id: ID!) { setOfficerRoles(officerId: $id, roles: [REQUESTER]) { id } }`,
          { id },
          'gwp.admin',
        ),
    },
    {
      kind: 'sharing agreement (revoke)',
      as: 'gwp.admin',
      id: () => fx.agreement,
      run: (id) => gql(`mutation($id: ID!) { revokeSharingAgreement(id: $id) { id } }`, { id }, 'gwp.admin'),
    },
  ];

  const denials = async (subject: string) => {
    const officerId = await wf.officerId(subject);
    return server.db.manager.find(AuditEvent, {
      where: { action: 'ACCESS_DENIED', actorOfficerId: officerId },
      order: { seq: 'ASC' },
    });
  };
  /** The error as the client sees it, with the id it asked about taken out. */
  const shape = (response: GraphQLResponse<unknown>, id: string) => {
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    const extensions = { ...error.extensions };
    if (extensions.id === id) extensions.id = '<the id asked about>';
    return {
      status: response.status,
      data: response.data ?? null,
      message: error.message.split(id).join('<the id asked about>'),
      path: error.path,
      extensions,
    };
  };

  it.each(PROBES.map((p) => [p.kind, p] as const))(
    '%s: a real id of another force is answered as a random id, and audited',
    async (_kind, probe) => {
      const random = randomUUID();
      const before = (await denials(probe.as)).length;
      const real = shape(await probe.run(probe.id()), probe.id());
      const afterReal = await denials(probe.as);
      const none = shape(await probe.run(random), random);
      expect(real).toEqual(none);
      expect(real.extensions.code).toBe('NOT_FOUND');
      // the refusal of the real id is on record, with the object and the force it belongs to
      expect(afterReal).toHaveLength(before + 1);
      const event = afterReal[afterReal.length - 1];
      expect(event.subjectId).toBe(probe.id());
      expect(event.forceId).toBe(await wf.forceId('SWP'));
      expect((await denials(probe.as)).length).toBe(before + 1);
    },
  );

  it('should still answer FORBIDDEN where the caller may read the object but not act on it', async () => {
    // the requester reads their own request but may not authorise it
    const response = await gql(
      `mutation($id: ID!) { decideSearchAuthorisation(id: $id, authorise: true, rationale: "Authorising my own request, which I may not.") { id } }`,
      { id: fx.request },
      'swp.requester',
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

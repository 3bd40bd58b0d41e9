import { defineAbilityFor } from '../../src/policy';
import { RequestMemo, type RequestContext } from '../../src/services';
import { demoFaces, DemoFace } from '../support/faces';
import { Enrolled, matchOnly, ok, PROVENANCE, RATIONALES, WorkflowDriver } from '../support/search-workflow';
import { GraphQLResponse, TestServer } from '../support/test-server';

/**
 * Every decision that affects a person carries a reason that says something. An empty or
 * all-whitespace reason on any of these mutations is refused as BAD_USER_INPUT naming the field,
 * and nothing is written: the state stays as it was and no audit event is added. The attack that
 * opened this: `decideDeletionRequest(rationale: "")` granted a deletion.
 */

const REQUEST_DELETION = `mutation ($input: RequestDeletionInput!) { requestCustodyImageDeletion(input: $input) { id status } }`;
const DECIDE_DELETION = `mutation ($id: ID!, $grant: Boolean!, $rationale: String!) { decideDeletionRequest(id: $id, grant: $grant, rationale: $rationale) { id status } }`;
const DECIDE_AUTHORISATION = `mutation ($id: ID!, $authorise: Boolean!, $rationale: String!) { decideSearchAuthorisation(id: $id, authorise: $authorise, rationale: $rationale) { id status } }`;
const ADJUDICATE = `mutation ($id: ID!, $result: SearchOutcome!, $candidateId: ID, $rationale: String!) { adjudicateSearchRequest(id: $id, result: $result, candidateId: $candidateId, rationale: $rationale) { id status } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawSearchRequest(id: $id, reason: $reason) { id status } }`;
const REASSIGN = `mutation ($taskId: ID!, $reason: String!) { reassignReviewTask(taskId: $taskId, reason: $reason) { id status } }`;
const SUBMIT_REVIEW = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) { id status } }`;
const RECORD_LEAD = `mutation ($requestId: ID!, $result: LeadOutcomeResult!, $note: String!) { recordLeadOutcome(requestId: $requestId, result: $result, note: $note) { id } }`;
const CREATE_SEARCH = `mutation ($input: CreateSearchRequestInput!) { createSearchRequest(input: $input) { id } }`;
const PACKET = `query ($taskId: ID!) { reviewPacket(taskId: $taskId) { candidates { id } } }`;

/** What an empty reason looks like to an attacker: nothing, spaces, tabs and newlines. */
const BLANKS = ['', ' ', '     \t\n      ', ' '.repeat(60)];

describe('Decisions that affect a person need a reason', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let faces: DemoFace[];
  let gallery: Enrolled[];

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    faces = await demoFaces(server.twokey.faces);
    gallery = [];
    for (const face of faces.slice(0, 4)) gallery.push(await wf.enrol(face));
  });
  afterAll(() => server.stop());

  const auditCount = async (): Promise<number> =>
    Number((await server.db.dataSource.query('SELECT count(*)::int AS n FROM audit_event'))[0].n);
  const statusOf = async (
    table: 'search_request' | 'deletion_request' | 'review_task',
    id: string,
  ): Promise<string> =>
    (await server.db.dataSource.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0].status;

  /** The response is BAD_USER_INPUT naming `field`, and neither the row's state nor the audit log changed. */
  async function refusedWithNothingWritten(
    attempt: () => Promise<GraphQLResponse<unknown>>,
    field: string,
    row?: { table: 'search_request' | 'deletion_request' | 'review_task'; id: string },
  ) {
    const before = await auditCount();
    const state = row ? await statusOf(row.table, row.id) : null;
    const response = await attempt();
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const named = (response.errors?.[0]?.extensions?.fields as Array<{ property: string }> | undefined)?.map(
      (f) => f.property,
    ) ?? [response.errors?.[0]?.extensions?.field];
    expect(named).toContain(field);
    expect(await auditCount()).toBe(before);
    if (row) expect(await statusOf(row.table, row.id)).toBe(state);
  }

  /** A context for a demo officer, as the request context factory builds it (for calling a service directly). */
  async function contextOf(subject: string): Promise<RequestContext> {
    const officer = await server.twokey.services.officers.findActiveBySubject(subject);
    return {
      requestId: 'test',
      officer: officer!,
      ability: defineAbilityFor({ ...officer!, officerId: officer!.id }),
      memo: new RequestMemo(),
    };
  }

  describe('decideDeletionRequest', () => {
    let deletionId: string;
    beforeAll(async () => {
      const subjectId = (
        await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [
          gallery[3].imageId,
        ])
      )[0].subject_id;
      const requested = ok(
        await server.gql<{ requestCustodyImageDeletion: { id: string } }>(
          REQUEST_DELETION,
          {
            input: {
              subjectId,
              requestedBy: 'The person, by letter',
              grounds: 'Released without charge; asks for deletion.',
            },
          },
          { as: 'swp.gallery' },
        ),
      );
      deletionId = requested.requestCustodyImageDeletion.id;
    });

    it.each(BLANKS.flatMap((blank) => [true, false].map((grant) => [grant, blank] as const)))(
      'should refuse grant=%s with the rationale %j and change nothing',
      async (grant, rationale) => {
        await refusedWithNothingWritten(
          () => server.gql(DECIDE_DELETION, { id: deletionId, grant, rationale }, { as: 'swp.gallery' }),
          'rationale',
          { table: 'deletion_request', id: deletionId },
        );
        const [image] = await server.db.dataSource.query('SELECT status FROM custody_image WHERE id = $1', [
          gallery[3].imageId,
        ]);
        expect(image.status).toBe('PENDING_DELETION');
      },
    );

    it('should refuse a blank rationale in the service too (no GraphQL in between)', async () => {
      const ctx = await contextOf('swp.gallery');
      const before = await auditCount();
      for (const grant of [true, false]) {
        await expect(
          server.twokey.services.gallery.decideDeletion(ctx, deletionId, grant, '   \n '),
        ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'rationale' } });
      }
      expect(await statusOf('deletion_request', deletionId)).toBe('PENDING');
      expect(await auditCount()).toBe(before);
    });

    it('should refuse blank grounds for a deletion request', async () => {
      const subjectId = (
        await server.db.dataSource.query('SELECT subject_id FROM custody_image WHERE id = $1', [
          gallery[2].imageId,
        ])
      )[0].subject_id;
      await refusedWithNothingWritten(
        () =>
          server.gql(
            REQUEST_DELETION,
            { input: { subjectId, requestedBy: 'The person', grounds: ' '.repeat(20) } },
            { as: 'swp.gallery' },
          ),
        'grounds',
      );
      const ctx = await contextOf('swp.gallery');
      await expect(
        server.twokey.services.gallery.requestDeletion(ctx, {
          subjectId,
          requestedBy: 'The person',
          grounds: '\t'.repeat(20),
        }),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'grounds' } });
      const [image] = await server.db.dataSource.query('SELECT status FROM custody_image WHERE id = $1', [
        gallery[2].imageId,
      ]);
      expect(image.status).toBe('ACTIVE');
    });

    it('should still decide with a real rationale', async () => {
      const decided = ok(
        await server.gql<{ decideDeletionRequest: { status: string } }>(
          DECIDE_DELETION,
          {
            id: deletionId,
            grant: false,
            rationale: 'Convicted of a recordable offence; retention is justified.',
          },
          { as: 'swp.gallery' },
        ),
      );
      expect(decided.decideDeletionRequest.status).toBe('REFUSED');
    });
  });

  describe('decideSearchAuthorisation', () => {
    it.each(BLANKS.flatMap((blank) => [true, false].map((authorise) => [authorise, blank] as const)))(
      'should refuse authorise=%s with the rationale %j and change nothing',
      async (authorise, rationale) => {
        const caseId = await wf.createCase();
        const draft = await wf.createSearch(caseId, gallery[0].face.probe, { includeUnder18: true });
        expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');
        await refusedWithNothingWritten(
          () =>
            server.gql(
              DECIDE_AUTHORISATION,
              { id: draft.id, authorise, rationale },
              { as: 'swp.authoriser' },
            ),
          'rationale',
          { table: 'search_request', id: draft.id },
        );
      },
    );
  });

  describe('createSearchRequest', () => {
    it('should refuse a justification of whitespace', async () => {
      const caseId = await wf.createCase();
      const input = {
        caseId,
        purpose: 'IDENTIFY_SUSPECT',
        legalBasis: 'COMMON_LAW_POLICING',
        justification: ' '.repeat(80),
        probeProvenance: PROVENANCE,
        probeImageBase64: gallery[0].face.probe.toString('base64'),
        k: 5,
      };
      await refusedWithNothingWritten(
        () => server.gql(CREATE_SEARCH, { input }, { as: 'swp.requester' }),
        'justification',
      );
    });
  });

  describe('the review workflow', () => {
    let firstReview: { requestId: string; taskId: string };

    beforeAll(async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[0].face.probe);
      const task = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(task.id, 'swp.reviewer1');
      firstReview = { requestId, taskId: task.id };
    });

    it.each(BLANKS.filter((b) => b !== ''))(
      'should refuse a review whose rationale is %j and record nothing',
      async (blank) => {
        const candidates = ok(
          await server.gql<{ reviewPacket: { candidates: Array<{ id: string }> } }>(
            PACKET,
            { taskId: firstReview.taskId },
            { as: 'swp.reviewer1' },
          ),
        ).reviewPacket.candidates;
        const decisions = candidates.map((c, i) => ({
          candidateId: c.id,
          decision: 'NOT_MATCH',
          rationale: i === 0 ? blank : RATIONALES.NOT_MATCH,
        }));
        await refusedWithNothingWritten(
          () =>
            server.gql(
              SUBMIT_REVIEW,
              { input: { taskId: firstReview.taskId, decisions } },
              { as: 'swp.reviewer1' },
            ),
          'decisions.0.rationale',
          { table: 'review_task', id: firstReview.taskId },
        );
        expect(
          Number(
            (
              await server.db.dataSource.query(
                'SELECT count(*)::int AS n FROM review_decision WHERE task_id = $1',
                [firstReview.taskId],
              )
            )[0].n,
          ),
        ).toBe(0);
      },
    );

    it.each(BLANKS)('should refuse reassigning a task with the reason %j', async (reason) => {
      await refusedWithNothingWritten(
        () => server.gql(REASSIGN, { taskId: firstReview.taskId, reason }, { as: 'swp.supervisor' }),
        'reason',
        { table: 'review_task', id: firstReview.taskId },
      );
    });

    it.each(BLANKS)('should refuse withdrawing a request with the reason %j', async (reason) => {
      await refusedWithNothingWritten(
        () => server.gql(WITHDRAW, { id: firstReview.requestId, reason }, { as: 'swp.requester' }),
        'reason',
        { table: 'search_request', id: firstReview.requestId },
      );
    });

    it('should refuse adjudicating a dispute without a rationale', async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[1].face.probe);
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(gallery[1]));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
      await wf.claim(second.id, 'swp.reviewer2');
      await wf.review(second.id, 'swp.reviewer2', () => 'NOT_MATCH');
      expect(await statusOf('search_request', requestId)).toBe('DISPUTED');
      for (const rationale of BLANKS) {
        await refusedWithNothingWritten(
          () =>
            server.gql(
              ADJUDICATE,
              { id: requestId, result: 'NO_VIABLE_CANDIDATE', rationale },
              { as: 'swp.supervisor' },
            ),
          'rationale',
          { table: 'search_request', id: requestId },
        );
      }
      const ctx = await contextOf('swp.supervisor');
      await expect(
        server.twokey.services.searches.adjudicate(
          ctx,
          requestId,
          'NO_VIABLE_CANDIDATE' as never,
          null,
          ' '.repeat(30),
        ),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'rationale' } });
      expect(await statusOf('search_request', requestId)).toBe('DISPUTED');
    });

    it('should refuse recording what came of a lead without a note', async () => {
      const { requestId } = await wf.searchToFirstReview(gallery[2].face.probe);
      const first = await wf.taskFor(requestId, 'FIRST', 'swp.reviewer1');
      await wf.claim(first.id, 'swp.reviewer1');
      await wf.review(first.id, 'swp.reviewer1', matchOnly(gallery[2]));
      const second = await wf.taskFor(requestId, 'SECOND', 'swp.reviewer2');
      await wf.claim(second.id, 'swp.reviewer2');
      await wf.review(second.id, 'swp.reviewer2', matchOnly(gallery[2]));
      expect(await statusOf('search_request', requestId)).toBe('CONFIRMED');
      for (const note of BLANKS) {
        await refusedWithNothingWritten(
          () => server.gql(RECORD_LEAD, { requestId, result: 'EXCLUDED', note }, { as: 'swp.requester' }),
          'note',
        );
      }
      expect(
        Number(
          (
            await server.db.dataSource.query(
              'SELECT count(*)::int AS n FROM lead_outcome WHERE request_id = $1',
              [requestId],
            )
          )[0].n,
        ),
      ).toBe(0);
    });
  });
});

import { createHash } from 'node:crypto';
import { AuditEvent, type AuditAction } from '../../src/entities';
import { graphql } from '../gql';
import { demoFaces } from '../support/faces';
import {
  type Enrolled,
  matchOnly,
  ok,
  WfClaimTask,
  WfClose,
  WfCreateSearch,
  WfDisclosurePack,
  WorkflowDriver,
} from '../support/search-workflow';
import { codes, type GraphQLResponse, TestServer } from '../support/test-server';
import { JUSTIFICATION, PROVENANCE } from '../support/search-workflow';

const Register = graphql(`
  mutation GovRegister($input: RegisterGovernanceDocumentVersionInput!) {
    registerGovernanceDocumentVersion(input: $input) {
      id
      documentId
      version
      status
      sha256
      byteSize
      referenceUri
      registeredById
      approvedById
      effectiveFrom
      effectiveTo
      inForce
    }
  }
`);
const Approve = graphql(`
  mutation GovApprove($versionId: ID!, $note: String) {
    approveGovernanceDocumentVersion(versionId: $versionId, note: $note) {
      id
      status
      approvedById
      supersedesVersionId
      inForce
    }
  }
`);
const Acknowledge = graphql(`
  mutation GovAcknowledge($versionId: ID!) {
    acknowledgeGovernanceDocument(versionId: $versionId) {
      versionId
      officerId
      acknowledgedAt
    }
  }
`);
const Documents = graphql(`
  query GovDocuments($forceId: ID) {
    governanceDocuments(forceId: $forceId) {
      id
      kind
      title
      currentVersion {
        id
        version
      }
      versions {
        id
        version
        status
        effectiveFrom
        effectiveTo
        supersedesVersionId
        inForce
        acknowledgedByMe
      }
    }
  }
`);
const File = graphql(`
  query GovFile($versionId: ID!) {
    governanceDocumentFile(versionId: $versionId) {
      versionId
      sha256
      mimeType
      byteSize
      referenceUri
      contentBase64
    }
  }
`);
const Pending = graphql(`
  query GovPending {
    pendingGovernanceAcknowledgements {
      id
      version
      documentId
    }
  }
`);
const SetRequired = graphql(`
  mutation GovSetRequired($input: SetRequiredGovernanceDocumentsInput!) {
    setRequiredGovernanceDocuments(input: $input) {
      id
      requiredGovernanceDocuments
    }
  }
`);
const Snapshot = graphql(`
  query GovSnapshot($id: ID!) {
    searchRequest(id: $id) {
      id
      status
      policySnapshot {
        validationRecordId
        governanceDocuments {
          documentId
          versionId
          kind
          title
          version
          sha256
          effectiveFrom
        }
      }
    }
  }
`);
const Withdraw = graphql(`
  mutation GovWithdraw($id: ID!) {
    withdrawSearchRequest(id: $id, reason: "No longer needed: suspect identified by other means.") {
      id
      status
    }
  }
`);

/** A small but real PDF (one empty page). */
function pdf(text: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const extensions = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions ?? {};

/**
 * The governance register: versioned documents per force, registered by one admin and approved by
 * another, with their sha256 and file or reference; the facial recognition policy acknowledged by
 * each officer before their next workflow step; a force that requires documents refuses searches
 * until each has a version in force; every search's policy snapshot names the versions in force.
 */
describe('GovernanceService', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let swp: string;
  let gallery: Enrolled[];
  const officer: Record<string, string> = {};

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    swp = await wf.forceId('SWP');
    const faces = await demoFaces(server.twokey.faces);
    gallery = [];
    for (const face of faces.slice(0, 3)) gallery.push(await wf.enrol(face));
    for (const s of ['swp.admin', 'swp.admin2', 'swp.requester', 'swp.authoriser', 'swp.reviewer1'])
      officer[s] = await wf.officerId(s);
  }, 300_000);
  afterAll(() => server.stop());

  const events = (action: AuditAction, actor?: string) =>
    server.db.manager.find(AuditEvent, {
      where: { action, ...(actor ? { actorOfficerId: officer[actor] } : {}) },
      order: { seq: 'ASC' },
    });
  const register = (input: Record<string, unknown>, as = 'swp.admin') =>
    server.gql(
      Register,
      { input: { effectiveFrom: new Date(Date.now() - 60_000).toISOString(), ...input } as never },
      { as },
    );
  const approve = (versionId: string, as = 'swp.admin2') =>
    server.gql(Approve, { versionId, note: 'Read in full; consistent with the force policy.' }, { as });
  /** Registered by swp.admin and approved by swp.admin2: in force from a minute ago. */
  const inForce = async (input: Record<string, unknown>) => {
    const v = ok(await register(input)).registerGovernanceDocumentVersion;
    ok(await approve(v.id));
    return v;
  };
  const createSearch = (caseId: string, as = 'swp.requester', extra: Record<string, unknown> = {}) =>
    server.gql(
      WfCreateSearch,
      {
        input: {
          caseId,
          purpose: 'IDENTIFY_SUSPECT',
          legalBasis: 'COMMON_LAW_POLICING',
          justification: JUSTIFICATION,
          probeProvenance: PROVENANCE,
          probeImageBase64: gallery[0].face.probe.toString('base64'),
          k: 5,
          ...extra,
        },
      },
      { as },
    );

  describe('register and approve', () => {
    let first: { id: string; documentId: string };
    const file = pdf('DPIA for retrospective facial recognition, version 1');

    it('should store the uploaded PDF with its sha256, not in force until another admin approves it', async () => {
      const registered = ok(
        await register({
          kind: 'DPIA',
          title: 'Retrospective facial recognition DPIA',
          version: '1.0',
          fileBase64: file.toString('base64'),
          fileName: 'dpia-1.0.pdf',
        }),
      ).registerGovernanceDocumentVersion;
      first = registered;
      expect(registered).toMatchObject({
        version: '1.0',
        status: 'PENDING_APPROVAL',
        sha256: sha(file),
        byteSize: file.length,
        referenceUri: null,
        registeredById: officer['swp.admin'],
        approvedById: null,
        inForce: false,
      });
      const [event] = await events('GOVERNANCE_DOCUMENT_VERSION_REGISTERED');
      expect(event.details).toMatchObject({ versionId: registered.id, sha256: sha(file), storage: 'FILE' });

      // nobody approves their own upload: FORBIDDEN, the refusal audited
      const deniedBefore = (await events('ACCESS_DENIED', 'swp.admin')).length;
      const own = await approve(registered.id, 'swp.admin');
      expect(codes(own)).toEqual(['FORBIDDEN']);
      expect(await events('ACCESS_DENIED', 'swp.admin')).toHaveLength(deniedBefore + 1);
      // nor does another force's admin (NOT_FOUND: its existence is not revealed), nor a requester
      expect(codes(await approve(registered.id, 'gwp.admin'))).toEqual(['NOT_FOUND']);
      expect(codes(await approve(registered.id, 'swp.requester'))).toEqual(['FORBIDDEN']);
      const [row] = await server.db.dataSource.query(
        'SELECT status FROM governance_document_version WHERE id = $1',
        [registered.id],
      );
      expect(row.status).toBe('PENDING_APPROVAL');

      const approved = ok(await approve(registered.id)).approveGovernanceDocumentVersion;
      expect(approved).toMatchObject({
        status: 'APPROVED',
        approvedById: officer['swp.admin2'],
        supersedesVersionId: null,
        inForce: true,
      });
      const [approval] = await events('GOVERNANCE_DOCUMENT_VERSION_APPROVED');
      expect(approval.actorOfficerId).toBe(officer['swp.admin2']);
      expect(approval.details).toMatchObject({
        versionId: registered.id,
        registeredById: officer['swp.admin'],
      });
      expect(codes(await approve(registered.id))).toEqual(['CONFLICT']);
    });

    it('should refuse at the database a version approved by its registrar', async () => {
      await expect(
        server.db.dataSource.query(
          `UPDATE governance_document_version SET approved_by_id = registered_by_id WHERE id = $1`,
          [first.id],
        ),
      ).rejects.toThrow(/governance_document_version_two_people/);
    });

    it('should let officers of the force and its oversight retrieve the file, and nobody else', async () => {
      for (const as of ['swp.requester', 'swp.reviewer1', 'oversight.commissioner']) {
        const got = ok(await server.gql(File, { versionId: first.id }, { as })).governanceDocumentFile;
        expect(got).toMatchObject({ sha256: sha(file), mimeType: 'application/pdf', referenceUri: null });
        expect(Buffer.from(got.contentBase64!, 'base64').equals(file)).toBe(true);
      }
      expect(codes(await server.gql(File, { versionId: first.id }, { as: 'gwp.requester' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await server.gql(Documents, { forceId: swp }, { as: 'gwp.admin' }))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('should supersede the version in force when a later one is approved, registered by reference', async () => {
      const hash = sha(pdf('version 2'));
      const second = ok(
        await register({
          documentId: first.documentId,
          version: '2.0',
          effectiveFrom: new Date(Date.now() - 1000).toISOString(),
          reference: {
            uri: 'https://intranet.swp.example/policies/dpia-2.0.pdf',
            sha256: hash.toUpperCase(),
          },
        }),
      ).registerGovernanceDocumentVersion;
      expect(second).toMatchObject({ sha256: hash, byteSize: null, status: 'PENDING_APPROVAL' });
      // until it is approved, version 1.0 stays in force
      let docs = ok(await server.gql(Documents, {}, { as: 'swp.requester' })).governanceDocuments;
      expect(docs.find((d) => d.id === first.documentId)!.currentVersion!.id).toBe(first.id);

      const approved = ok(await approve(second.id)).approveGovernanceDocumentVersion;
      expect(approved.supersedesVersionId).toBe(first.id);
      docs = ok(await server.gql(Documents, {}, { as: 'swp.requester' })).governanceDocuments;
      const dpia = docs.find((d) => d.id === first.documentId)!;
      expect(dpia.currentVersion!.id).toBe(second.id);
      const old = dpia.versions.find((v) => v.id === first.id)!;
      expect(old.inForce).toBe(false);
      expect(old.effectiveTo).toBe(dpia.versions.find((v) => v.id === second.id)!.effectiveFrom);

      const ref = ok(await server.gql(File, { versionId: second.id }, { as: 'swp.requester' }));
      expect(ref.governanceDocumentFile).toMatchObject({
        referenceUri: 'https://intranet.swp.example/policies/dpia-2.0.pdf',
        sha256: hash,
        contentBase64: null,
      });
    });

    it('should refuse bad input with typed errors', async () => {
      const base = { kind: 'DPIA', title: 'Retrospective facial recognition DPIA' };
      const notPdf = await register({
        ...base,
        version: '9',
        fileBase64: Buffer.from('hello').toString('base64'),
      });
      expect(codes(notPdf)).toEqual(['BAD_USER_INPUT']);
      expect(extensions(notPdf)).toMatchObject({ field: 'fileBase64' });
      const both = await register({
        ...base,
        version: '9',
        fileBase64: file.toString('base64'),
        reference: { uri: 'https://x.example/a.pdf', sha256: sha(file) },
      });
      expect(codes(both)).toEqual(['BAD_USER_INPUT']);
      const neither = await register({ ...base, version: '9' });
      expect(codes(neither)).toEqual(['BAD_USER_INPUT']);
      const badHash = await register({
        ...base,
        version: '9',
        reference: { uri: 'https://x.example/a', sha256: 'abc' },
      });
      expect(extensions(badHash)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference.sha256' });
      const period = await register({
        ...base,
        version: '9',
        effectiveTo: new Date(Date.now() - 3_600_000).toISOString(),
        reference: { uri: 'https://x.example/a', sha256: sha(file) },
      });
      expect(extensions(period)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveTo' });
      const again = await register({ ...base, version: '1.0', fileBase64: file.toString('base64') });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(
        codes(
          await register({ ...base, version: '9', fileBase64: file.toString('base64') }, 'swp.requester'),
        ),
      ).toEqual(['FORBIDDEN']);
      // a version starting before the one in force is not approved over it
      const earlier = ok(
        await register({
          ...base,
          version: '0.9',
          effectiveFrom: new Date(Date.now() - 86_400_000).toISOString(),
          reference: { uri: 'https://x.example/old.pdf', sha256: sha(file) },
        }),
      ).registerGovernanceDocumentVersion;
      expect(codes(await approve(earlier.id))).toEqual(['CONFLICT']);
    });
  });

  describe('a force that requires documents', () => {
    it('should refuse searches, naming what is missing, until each required kind has a version in force', async () => {
      const set = ok(
        await server.gql(
          SetRequired,
          {
            input: {
              kinds: ['DPIA', 'EQUALITY_IMPACT_ASSESSMENT', 'APPROPRIATE_POLICY_DOCUMENT'],
              reason: 'ICO audit: no search without these in force.',
            },
          },
          { as: 'swp.admin' },
        ),
      ).setRequiredGovernanceDocuments;
      expect(set.requiredGovernanceDocuments).toEqual([
        'DPIA',
        'EQUALITY_IMPACT_ASSESSMENT',
        'APPROPRIATE_POLICY_DOCUMENT',
      ]);
      const [changed] = await events('FORCE_REQUIRED_DOCUMENTS_CHANGED');
      expect(changed.details).toMatchObject({
        before: [],
        missingNow: ['EQUALITY_IMPACT_ASSESSMENT', 'APPROPRIATE_POLICY_DOCUMENT'],
      });
      expect(
        codes(
          await server.gql(
            SetRequired,
            { input: { kinds: ['DPIA'], reason: 'Only the DPIA, please.' } },
            { as: 'swp.requester' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);

      const caseId = await wf.createCase('swp.requester');
      const refused = await createSearch(caseId);
      expect(codes(refused)).toEqual(['GOVERNANCE_DOCUMENT_MISSING']);
      expect(extensions(refused).missing).toEqual([
        'EQUALITY_IMPACT_ASSESSMENT',
        'APPROPRIATE_POLICY_DOCUMENT',
      ]);
      expect(refused.errors![0].message).toContain('EQUALITY_IMPACT_ASSESSMENT');
      const [refusal] = await events('GOVERNANCE_SEARCH_REFUSAL', 'swp.requester');
      expect(refusal.details).toMatchObject({
        caseId,
        missing: ['EQUALITY_IMPACT_ASSESSMENT', 'APPROPRIATE_POLICY_DOCUMENT'],
      });
      expect(
        await server.db.dataSource.query('SELECT id FROM search_request WHERE case_id = $1', [caseId]),
      ).toEqual([]);

      const eia = await inForce({
        kind: 'EQUALITY_IMPACT_ASSESSMENT',
        title: 'Equality impact assessment: facial recognition',
        version: '1',
        reference: { uri: 'https://intranet.swp.example/eia-1.pdf', sha256: sha(pdf('eia')) },
      });
      // registered but not approved counts for nothing
      const pending = ok(
        await register({
          kind: 'APPROPRIATE_POLICY_DOCUMENT',
          title: 'Appropriate policy document (sensitive processing)',
          version: '3',
          fileBase64: pdf('apd').toString('base64'),
        }),
      ).registerGovernanceDocumentVersion;
      const still = await createSearch(caseId);
      expect(extensions(still)).toMatchObject({
        code: 'GOVERNANCE_DOCUMENT_MISSING',
        missing: ['APPROPRIATE_POLICY_DOCUMENT'],
      });
      ok(await approve(pending.id));

      const draft = ok(await createSearch(caseId)).createSearchRequest;
      const submitted = await wf.submit(draft.id);
      expect(submitted.status).toBe('FIRST_REVIEW');
      const snapshot = ok(await server.gql(Snapshot, { id: draft.id }, { as: 'swp.supervisor' }))
        .searchRequest!.policySnapshot!;
      expect(snapshot.validationRecordId).toBeNull();
      const byKind = Object.fromEntries(snapshot.governanceDocuments!.map((d) => [d.kind, d]));
      expect(Object.keys(byKind).sort()).toEqual([
        'APPROPRIATE_POLICY_DOCUMENT',
        'DPIA',
        'EQUALITY_IMPACT_ASSESSMENT',
      ]);
      expect(byKind.EQUALITY_IMPACT_ASSESSMENT).toMatchObject({
        versionId: eia.id,
        version: '1',
        sha256: eia.sha256,
      });
      expect(byKind.APPROPRIATE_POLICY_DOCUMENT).toMatchObject({
        versionId: pending.id,
        sha256: pending.sha256,
      });
      expect(byKind.DPIA.version).toBe('2.0');
      // the search's own audit event carries the same snapshot
      const [started] = await server.db.manager.find(AuditEvent, {
        where: { action: 'SEARCH_STARTED', subjectId: draft.id },
      });
      expect(
        (started.details as { policySnapshot: { governanceDocuments: unknown[] } }).policySnapshot
          .governanceDocuments,
      ).toHaveLength(3);
      ok(await server.gql(Withdraw, { id: draft.id }, { as: 'swp.requester' }));
    });
  });

  describe('the facial recognition policy', () => {
    let sop1: string;
    let sop2: string;

    it('should block the officer’s next workflow step until they acknowledge the version in force', async () => {
      const caseId = await wf.createCase('swp.requester', 'THEFT');
      const draft = ok(await createSearch(caseId)).createSearchRequest;
      expect(draft.authorisationRequired).toBe(true);
      const v1 = await inForce({
        kind: 'FACIAL_RECOGNITION_POLICY',
        title: 'Retrospective facial recognition SOP',
        version: '1.0',
        fileBase64: pdf('SOP 1.0').toString('base64'),
      });
      sop1 = v1.id;

      // the requester's next step, submission, is refused naming the version; nothing moves
      const refused = await server.gql(
        graphql(`
          mutation GovSubmit($id: ID!) {
            submitSearchRequest(id: $id) {
              id
              status
            }
          }
        `),
        { id: draft.id },
        { as: 'swp.requester' },
      );
      expect(codes(refused)).toEqual(['SOP_ACKNOWLEDGEMENT_REQUIRED']);
      expect(extensions(refused)).toMatchObject({
        versionId: v1.id,
        version: '1.0',
        title: 'Retrospective facial recognition SOP',
        step: 'submit',
      });
      expect(refused.errors![0].message).toContain('Version 1.0');
      const [status] = await server.db.dataSource.query('SELECT status FROM search_request WHERE id = $1', [
        draft.id,
      ]);
      expect(status.status).toBe('DRAFT');
      const [refusal] = await events('SOP_ACKNOWLEDGEMENT_REFUSAL', 'swp.requester');
      expect(refusal.details).toMatchObject({ versionId: v1.id, step: 'submit' });
      // so is opening another search
      expect(codes(await createSearch(caseId))).toEqual(['SOP_ACKNOWLEDGEMENT_REQUIRED']);

      const pending = ok(
        await server.gql(Pending, {}, { as: 'swp.requester' }),
      ).pendingGovernanceAcknowledgements;
      expect(pending.map((p) => p.id)).toEqual([v1.id]);
      // oversight takes no workflow step: nothing to acknowledge
      expect(
        ok(await server.gql(Pending, {}, { as: 'oversight.commissioner' })).pendingGovernanceAcknowledgements,
      ).toEqual([]);

      const ack = ok(await server.gql(Acknowledge, { versionId: v1.id }, { as: 'swp.requester' }));
      expect(ack.acknowledgeGovernanceDocument).toMatchObject({
        versionId: v1.id,
        officerId: officer['swp.requester'],
      });
      const [acknowledged] = await events('GOVERNANCE_DOCUMENT_ACKNOWLEDGED', 'swp.requester');
      expect(acknowledged.details).toMatchObject({ versionId: v1.id, version: '1.0' });
      // acknowledging again changes nothing and records nothing
      ok(await server.gql(Acknowledge, { versionId: v1.id }, { as: 'swp.requester' }));
      expect(await events('GOVERNANCE_DOCUMENT_ACKNOWLEDGED', 'swp.requester')).toHaveLength(1);
      expect(
        ok(await server.gql(Pending, {}, { as: 'swp.requester' })).pendingGovernanceAcknowledgements,
      ).toEqual([]);

      expect((await wf.submit(draft.id)).status).toBe('AWAITING_AUTHORISATION');

      // the authoriser's decision waits for their acknowledgement too
      const decide = () =>
        server.gql(
          graphql(`
            mutation GovDecide($id: ID!) {
              decideSearchAuthorisation(
                id: $id
                authorise: true
                rationale: "Serious offence, no other line of enquiry; proportionate."
              ) {
                id
                status
              }
            }
          `),
          { id: draft.id },
          { as: 'swp.authoriser' },
        );
      const held = await decide();
      expect(extensions(held)).toMatchObject({
        code: 'SOP_ACKNOWLEDGEMENT_REQUIRED',
        versionId: v1.id,
        step: 'authorise',
      });
      ok(await server.gql(Acknowledge, { versionId: v1.id }, { as: 'swp.authoriser' }));
      expect(ok(await decide()).decideSearchAuthorisation.status).toBe('FIRST_REVIEW');

      // and the reviewer's claim
      const task = await wf.taskFor(draft.id, 'FIRST', 'swp.reviewer1');
      const claim = await server.gql(WfClaimTask, { taskId: task.id }, { as: 'swp.reviewer1' });
      expect(extensions(claim)).toMatchObject({ code: 'SOP_ACKNOWLEDGEMENT_REQUIRED', step: 'claim' });
      ok(await server.gql(Acknowledge, { versionId: v1.id }, { as: 'swp.reviewer1' }));
      expect((await wf.claim(task.id, 'swp.reviewer1')).status).toBe('CLAIMED');
    });

    it('should ask again for a new version, and never hold up a withdrawal', async () => {
      const caseId = await wf.createCase('swp.requester');
      const draft = ok(await createSearch(caseId)).createSearchRequest;
      const v2 = ok(
        await register({
          kind: 'FACIAL_RECOGNITION_POLICY',
          title: 'Retrospective facial recognition SOP',
          version: '1.1',
          reference: { uri: 'https://intranet.swp.example/sop-1.1.pdf', sha256: sha(pdf('SOP 1.1')) },
        }),
      ).registerGovernanceDocumentVersion;
      // registered, not approved: nothing to acknowledge yet
      expect(
        ok(await server.gql(Pending, {}, { as: 'swp.requester' })).pendingGovernanceAcknowledgements,
      ).toEqual([]);
      expect(codes(await server.gql(Acknowledge, { versionId: v2.id }, { as: 'swp.requester' }))).toEqual([
        'INVALID_STATE',
      ]);
      const approved = ok(await approve(v2.id)).approveGovernanceDocumentVersion;
      expect(approved.supersedesVersionId).toBe(sop1);

      const refused = await createSearch(caseId);
      expect(extensions(refused)).toMatchObject({
        code: 'SOP_ACKNOWLEDGEMENT_REQUIRED',
        versionId: v2.id,
        version: '1.1',
      });
      // stepping back is never held up
      expect(
        ok(await server.gql(Withdraw, { id: draft.id }, { as: 'swp.requester' })).withdrawSearchRequest
          .status,
      ).toBe('WITHDRAWN');
      ok(await server.gql(Acknowledge, { versionId: v2.id }, { as: 'swp.requester' }));
      expect(ok(await createSearch(caseId)).createSearchRequest.status).toBe('DRAFT');
      // another force's officers are not asked to acknowledge SWP's policy
      expect(
        ok(await server.gql(Pending, {}, { as: 'gwp.requester' })).pendingGovernanceAcknowledgements,
      ).toEqual([]);
      expect(codes(await server.gql(Acknowledge, { versionId: v2.id }, { as: 'gwp.requester' }))).toEqual([
        'NOT_FOUND',
      ]);
      sop2 = v2.id;
    });

    it('should name the versions in force in the disclosure pack of a search run under them', async () => {
      const person = gallery[0];
      for (const as of ['swp.reviewer1', 'swp.reviewer2'])
        ok(await server.gql(Acknowledge, { versionId: sop2 }, { as }));
      const { requestId } = await wf.searchToFirstReview(person.face.probe);
      for (const [stage, as] of [
        ['FIRST', 'swp.reviewer1'],
        ['SECOND', 'swp.reviewer2'],
      ] as const) {
        const task = await wf.taskFor(requestId, stage, as);
        await wf.claim(task.id, as);
        await wf.review(task.id, as, matchOnly(person));
      }
      ok(await server.gql(WfClose, { id: requestId }, { as: 'swp.requester' }));
      const pack = ok(
        await server.gql(WfDisclosurePack, { id: requestId }, { as: 'swp.supervisor' }),
      ).disclosurePack;
      const sop = (await server.db.dataSource.query(
        'SELECT sha256 FROM governance_document_version WHERE id = $1',
        [sop2],
      )) as Array<{ sha256: string }>;
      expect(pack.html).toContain('Governance versions in force');
      expect(pack.html).toMatch(/Retrospective facial recognition SOP<\/td><td>1\.1<\/td>/);
      expect(pack.html).toContain(sop[0].sha256);
      expect(pack.html).toContain('Model validation record</th><td>none recorded');
    });
  });
});

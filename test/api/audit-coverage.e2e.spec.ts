import { generateKeyPair } from 'jose';
import { In, LessThanOrEqual, MoreThan, type FindOptionsWhere } from 'typeorm';
import { AuditEvent, type AuditAction, Force, Officer, Role } from '../../src/entities';
import { graphql } from '../gql';
import type { CovAuditEventsQuery } from '../gql/graphql';
import { demoFaces } from '../support/faces';
import { ok, PROVENANCE, WfCreateSearch, WorkflowDriver } from '../support/search-workflow';
import { codes, signed, TestServer } from '../support/test-server';
import { noiseJpeg, sample } from '../inference/helpers';

const CovAuditEvents = graphql(`
  query CovAuditEvents($filter: AuditEventFilter, $first: Int!) {
    auditEvents(filter: $filter, first: $first, order: OLDEST_FIRST) {
      edges {
        node {
          seq
          action
          subjectType
          subjectId
          forceId
          actor {
            officerId
          }
          details
        }
      }
    }
  }
`);

const CovVerify = graphql(`
  query CovVerify {
    verifyAuditChain {
      ok
      checked
      lastSeq
    }
  }
`);

const CovExportHead = graphql(`
  mutation CovExportHead {
    exportAuditChainHead {
      seq
    }
  }
`);

const CovRequestContent = graphql(`
  query CovRequestContent($id: ID!) {
    searchRequest(id: $id) {
      id
      justification
      candidates {
        id
        rank
      }
    }
    again: searchRequest(id: $id) {
      justification
    }
  }
`);

const CovRequestStatus = graphql(`
  query CovRequestStatus($id: ID!) {
    searchRequest(id: $id) {
      id
      status
      candidateCount
    }
  }
`);

const CovRequestList = graphql(`
  query CovRequestList {
    searchRequests {
      edges {
        node {
          id
          justification
        }
      }
    }
  }
`);

const CovMe = graphql(`
  query CovMe {
    me {
      id
    }
  }
`);

type Event = CovAuditEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * Issue 11 item 13: what was not in the audit log, or was there but readable by no oversight body.
 * Each test reads the log as oversight does, through auditEvents.
 */
describe('audit coverage', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let forces: Record<'SWP' | 'GWP', string>;
  const count = (where: FindOptionsWhere<AuditEvent>) => server.db.manager.count(AuditEvent, { where });
  const events = async (as: string, actions: AuditAction[]): Promise<Event[]> => {
    const response = await server.gql(CovAuditEvents, { filter: { actions }, first: 500 }, { as });
    expect(response.errors).toBeUndefined();
    return response.data!.auditEvents.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    const m = server.db.manager;
    forces = Object.fromEntries((await m.find(Force)).map((f) => [f.code, f.id])) as typeof forces;
    await m.save([
      m.create(Officer, {
        subject: 'gwp.ethics',
        forceId: forces.GWP,
        displayName: 'Gwent Ethics Committee',
        roles: [Role.OVERSIGHT],
        overseesForceIds: [forces.GWP],
      }),
      m.create(Officer, {
        subject: 'swp.leaver',
        forceId: forces.SWP,
        displayName: 'DC Former',
        roles: [Role.REQUESTER],
        overseesForceIds: [],
        active: false,
      }),
    ]);
  });
  afterAll(() => server.stop());

  describe('checks of the chain and exported heads', () => {
    it('should record them for each overseen force, so that its oversight can read them', async () => {
      expect(ok(await server.gql(CovVerify, {}, { as: 'oversight.commissioner' })).verifyAuditChain.ok).toBe(
        true,
      );
      ok(await server.gql(CovExportHead, {}, { as: 'oversight.commissioner' }));
      const commissioner = await wf.officerId('oversight.commissioner');
      const seen = (await events('gwp.ethics', ['AUDIT_CHAIN_VERIFIED', 'AUDIT_CHAIN_HEAD_EXPORTED'])).map(
        (e) => [e.action, e.forceId, e.actor?.officerId],
      );
      expect(seen).toEqual([
        ['AUDIT_CHAIN_VERIFIED', forces.GWP, commissioner],
        ['AUDIT_CHAIN_HEAD_EXPORTED', forces.GWP, commissioner],
      ]);
      expect(
        await count({
          action: In(['AUDIT_CHAIN_VERIFIED', 'AUDIT_CHAIN_HEAD_EXPORTED']),
          forceId: forces.SWP,
        }),
      ).toBe(2);
    });

    it("should tell a body that oversees some forces how many of its forces' events were verified, not the whole log's", async () => {
      await wf.createCase('swp.requester');
      await wf.createCase('gwp.requester');
      const result = ok(await server.gql(CovVerify, {}, { as: 'gwp.ethics' })).verifyAuditChain;
      expect(result.ok).toBe(true);
      const gwpEvents = await count({ forceId: forces.GWP, seq: LessThanOrEqual(result.lastSeq!) });
      expect(result.checked).toBe(gwpEvents);
      expect(result.checked).toBeLessThan(await count({ seq: MoreThan(0) }));
    });
  });

  describe('reads of the audit log', () => {
    it('should record each page read, for each force it could hold, after the page', async () => {
      const before = await count({ action: 'AUDIT_EVENTS_READ' });
      const lastBefore = (await server.db.manager.find(AuditEvent, { order: { seq: 'DESC' }, take: 1 }))[0]
        .seq;
      const page = await events('gwp.ethics', ['CASE_CREATED']);
      expect(page.every((e) => e.forceId === forces.GWP)).toBe(true);
      expect(await count({ action: 'AUDIT_EVENTS_READ' })).toBe(before + 1);
      // not listed back to the reader, but to everyone else overseeing the force
      expect(await events('gwp.ethics', ['AUDIT_EVENTS_READ'])).toEqual([]);
      const ethics = await wf.officerId('gwp.ethics');
      const reads = (await events('oversight.commissioner', ['AUDIT_EVENTS_READ'])).filter(
        (e) => e.actor?.officerId === ethics && e.seq > lastBefore,
      );
      expect(reads).toHaveLength(2); // the page above, and the check that none is listed back
      const [read] = reads;
      expect(read).toMatchObject({
        subjectType: 'AuditEvent',
        forceId: forces.GWP,
        actor: { officerId: await wf.officerId('gwp.ethics') },
      });
      expect(read.details).toMatchObject({ filters: { actions: ['CASE_CREATED'] }, returned: page.length });
      // the commissioner's read is recorded for both forces it oversees
      const beforeCommissioner = await count({ action: 'AUDIT_EVENTS_READ' });
      await events('oversight.commissioner', ['CASE_CREATED']);
      expect(
        await count({ action: 'AUDIT_EVENTS_READ', forceId: In([forces.SWP, forces.GWP]), seq: MoreThan(0) }),
      ).toBe(beforeCommissioner + 2);
    });

    it('should record an export of the log for each force in it (as before)', async () => {
      const response = await fetch(new URL('/exports/audit-events.jsonl', server.url), {
        headers: { authorization: `Bearer ${await server.token('gwp.ethics')}` },
      });
      expect(response.status).toBe(200);
      await response.text();
      expect((await events('gwp.ethics', ['AUDIT_EXPORTED'])).map((e) => e.forceId)).toEqual([forces.GWP]);
    });
  });

  describe('failed sign-ins', () => {
    const signInFailures = async () =>
      (await events('oversight.commissioner', ['SIGN_IN_FAILED'])).map((e) => ({
        subjectId: e.subjectId,
        forceId: e.forceId,
        ...(e.details as Record<string, unknown>),
      }));

    it('should record a refused token that names a known officer: expired, officer inactive, force mismatch', async () => {
      const expired = await server.token('swp.requester', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
      expect(codes(await server.gql(CovMe, {}, { token: expired }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await server.gql(CovMe, {}, { as: 'swp.leaver' }))).toEqual(['UNAUTHENTICATED']);
      expect(
        codes(await server.gql(CovMe, {}, { token: await server.token('swp.authoriser', { force: 'GWP' }) })),
      ).toEqual(['UNAUTHENTICATED']);
      expect(await signInFailures()).toEqual([
        expect.objectContaining({
          subjectId: await wf.officerId('swp.requester'),
          forceId: forces.SWP,
          failure: 'TOKEN_EXPIRED',
          officerActive: true,
        }),
        expect.objectContaining({
          subjectId: await wf.officerId('swp.leaver'),
          forceId: forces.SWP,
          failure: 'OFFICER_INACTIVE',
          officerActive: false,
        }),
        expect.objectContaining({
          subjectId: await wf.officerId('swp.authoriser'),
          forceId: forces.SWP,
          failure: 'FORCE_MISMATCH',
        }),
      ]);
    });

    it('should record a burst of the same failure once, and nothing for tokens that are not ours or name nobody', async () => {
      const before = await count({ seq: MoreThan(0) });
      const expired = await server.token('swp.requester', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
      const { privateKey } = await generateKeyPair('RS256');
      const forged = await signed('swp.requester', {}).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
      for (let i = 0; i < 10; i += 1) {
        expect((await server.gql(CovMe, {}, { token: expired })).status).toBe(401);
        expect((await server.gql(CovMe, {}, { token: forged })).status).toBe(401);
        expect((await server.gql(CovMe, {}, { token: 'not.a.token' })).status).toBe(401);
        expect((await server.gql(CovMe, {}, { as: 'nobody.here' })).status).toBe(401);
      }
      // the WebSocket and export paths authenticate the same way
      const exportResponse = await fetch(new URL('/exports/audit-events.csv', server.url), {
        headers: { authorization: `Bearer ${forged}` },
      });
      expect(exportResponse.status).toBe(401);
      expect(await count({ seq: MoreThan(0) })).toBe(before);
    });
  });

  describe('searches and their content', () => {
    let requestId: string;
    let otherRequestId: string;

    beforeAll(async () => {
      const faces = await demoFaces(server.twokey.faces);
      for (const face of faces.slice(0, 3)) await wf.enrol(face);
      const caseId = await wf.createCase('swp.requester');
      requestId = (await wf.createSearch(caseId, faces[1].probe)).id;
      expect((await wf.submit(requestId)).status).toBe('FIRST_REVIEW');
      otherRequestId = (await wf.createSearch(caseId, faces[2].probe)).id;
    });

    it('should record a probe in which no single face was found, without the image', async () => {
      const caseId = await wf.createCase('swp.requester');
      const blank = (await noiseJpeg(300, 300)).toString('base64');
      const group = sample(3).toString('base64');
      const input = {
        caseId,
        purpose: 'IDENTIFY_SUSPECT' as const,
        legalBasis: 'COMMON_LAW_POLICING' as const,
        justification: 'A robbery at knifepoint; the suspect was filmed on the bus CCTV.',
        probeProvenance: PROVENANCE,
      };
      const noFace = await server.gql(
        WfCreateSearch,
        { input: { ...input, probeImageBase64: blank } },
        { as: 'swp.requester' },
      );
      expect(codes(noFace)).toEqual(['NO_FACE']);
      const several = await server.gql(
        WfCreateSearch,
        { input: { ...input, probeImageBase64: group } },
        { as: 'swp.requester' },
      );
      expect(codes(several)).toEqual(['MULTIPLE_FACES']);
      const recorded = (await events('oversight.commissioner', ['PROBE_ANALYSIS_FAILED'])).filter(
        (e) => e.subjectId === caseId,
      );
      expect(
        recorded.map((e) => [e.forceId, e.actor?.officerId, (e.details as { outcome: string }).outcome]),
      ).toEqual([
        [forces.SWP, await wf.officerId('swp.requester'), 'NO_FACE'],
        [forces.SWP, await wf.officerId('swp.requester'), 'MULTIPLE_FACES'],
      ]);
      expect((recorded[1].details as { faceCount: number }).faceCount).toBeGreaterThan(1);
      const stored = JSON.stringify(
        await server.db.manager.find(AuditEvent, { where: { action: 'PROBE_ANALYSIS_FAILED' } }),
      );
      expect(stored).not.toContain(blank.slice(0, 40));
      expect(stored).not.toContain(group.slice(100, 140));
    });

    it('should record one read of the justification and candidates per request per operation', async () => {
      const reads = () => count({ action: 'SEARCH_REQUEST_CONTENT_READ', subjectId: requestId });
      const before = await reads();
      const data = ok(await server.gql(CovRequestContent, { id: requestId }, { as: 'swp.supervisor' }));
      expect(data.searchRequest.justification).toMatch(/./);
      expect(data.searchRequest.candidates!.length).toBeGreaterThan(0);
      // one event, or one per field when the fields resolve in different turns of the event loop
      const added = (await reads()) - before;
      expect([1, 2]).toContain(added);
      const recorded = (await events('oversight.commissioner', ['SEARCH_REQUEST_CONTENT_READ']))
        .filter((e) => e.subjectId === requestId)
        .slice(-added);
      for (const read of recorded)
        expect(read).toMatchObject({
          subjectType: 'SearchRequest',
          forceId: forces.SWP,
          actor: { officerId: await wf.officerId('swp.supervisor') },
        });
      expect(recorded.flatMap((e) => (e.details as { fields: string[] }).fields).sort()).toEqual([
        'candidates',
        'justification',
      ]);
    });

    it('should not record a read that selects neither', async () => {
      const before = await count({ action: 'SEARCH_REQUEST_CONTENT_READ' });
      expect(
        ok(await server.gql(CovRequestStatus, { id: requestId }, { as: 'swp.supervisor' })).searchRequest
          .status,
      ).toBe('FIRST_REVIEW');
      expect(await count({ action: 'SEARCH_REQUEST_CONTENT_READ' })).toBe(before);
    });

    it('should record a list read once for each request whose justification it returned', async () => {
      const before = await count({ action: 'SEARCH_REQUEST_CONTENT_READ' });
      const list = ok(
        await server.gql(CovRequestList, {}, { as: 'swp.supervisor' }),
      ).searchRequests.edges.map((e) => e.node);
      const shown = list.filter((r) => r.justification !== null).map((r) => r.id);
      expect(shown).toEqual(expect.arrayContaining([requestId, otherRequestId]));
      expect(await count({ action: 'SEARCH_REQUEST_CONTENT_READ' })).toBe(before + shown.length);
      for (const id of shown)
        expect(
          await count({ action: 'SEARCH_REQUEST_CONTENT_READ', subjectId: id, seq: MoreThan(0) }),
        ).toBeGreaterThan(0);
    });
  });
});

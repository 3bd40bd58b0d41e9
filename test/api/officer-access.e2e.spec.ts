import { AuditEvent, OversightGrant } from '../../src/entities';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import {
  ok,
  WfCreateSearch,
  WfSearchRequest,
  WorkflowDriver,
  JUSTIFICATION,
  PROVENANCE,
} from '../support/search-workflow';
import { demoFaces } from '../support/faces';
import { codes, TestServer } from '../support/test-server';

const OaCreateOfficer = graphql(`
  mutation OaCreateOfficer($input: CreateOfficerInput!) {
    createOfficer(input: $input) {
      id
      forceId
      roles
      overseesForceIds
      reviewerCertifiedUntil
    }
  }
`);
const OaSetRoles = graphql(`
  mutation OaSetRoles($officerId: ID!, $roles: [Role!]!, $overseesForceIds: [ID!]) {
    setOfficerRoles(officerId: $officerId, roles: $roles, overseesForceIds: $overseesForceIds) {
      id
      roles
      overseesForceIds
    }
  }
`);
const OaChangeAccess = graphql(`
  mutation OaChangeAccess($input: ChangeOfficerAccessInput!) {
    changeOfficerAccess(input: $input) {
      officer {
        id
        roles
        overseesForceIds
        reviewerCertifiedUntil
      }
      proposal {
        id
        officerId
        addRoles
        addOverseenForceIds
        reviewerCertifiedUntil
        status
        proposedById
      }
    }
  }
`);
const OaApprove = graphql(`
  mutation OaApprove($id: ID!) {
    approveOfficerAccessProposal(id: $id) {
      id
      status
      proposedById
      decidedById
      decidedAt
    }
  }
`);
const OaReject = graphql(`
  mutation OaReject($id: ID!, $reason: String!) {
    rejectOfficerAccessProposal(id: $id, reason: $reason) {
      id
      status
      decidedById
      decisionReason
    }
  }
`);
const OaProposals = graphql(`
  query OaProposals($status: OfficerAccessProposalStatus) {
    officerAccessProposals(status: $status) {
      edges {
        node {
          id
          officerId
          addRoles
          addOverseenForceIds
          status
          proposedById
        }
      }
    }
  }
`);
const OaGrants = graphql(`
  query OaGrants($forceId: ID) {
    oversightGrants(forceId: $forceId) {
      edges {
        node {
          officerId
          forceId
          proposalId
          proposedById
          approvedById
          grantedAt
          revokedAt
          revokedById
        }
      }
    }
  }
`);
const OaMe = graphql(`
  query OaMe {
    me {
      id
      roles
      overseesForceIds
    }
  }
`);
const OaAuditEvents = graphql(`
  query OaAuditEvents($filter: AuditEventFilter) {
    auditEvents(filter: $filter, first: 100) {
      edges {
        node {
          action
          subjectId
          forceId
          reason
          details
          actor {
            officerId
          }
        }
      }
    }
  }
`);
const OaCases = graphql(`
  query OaCases {
    cases {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const sub = () => Math.random().toString(36).slice(2, 10);

/**
 * Issue 11, item 1: an admin of one force reached another force, and could grant itself any role.
 * Each attack is sent as the attacker would, over GraphQL; then the legitimate route (proposal by
 * one authorised officer, approval by a second) is walked end to end.
 */
describe('officer access: force boundaries, self-grants and the two-person rule', () => {
  let server: TestServer;
  let wf: WorkflowDriver;
  let swp: string;
  let gwp: string;
  const id: Record<string, string> = {};

  const deniedCount = (actor: string) =>
    server.db.manager.count(AuditEvent, { where: { action: 'ACCESS_DENIED', actorOfficerId: id[actor] } });
  const officerRow = (officerId: string) =>
    server.db.dataSource
      .query('SELECT roles, oversees_force_ids, reviewer_certified_until FROM officer WHERE id = $1', [
        officerId,
      ])
      .then((r) => r[0]);
  const create = async (
    as: string,
    subject: string,
    roles: Role[],
    overseesForceIds?: string[],
    reviewerCertifiedUntil?: string,
  ) =>
    server.gql(
      OaCreateOfficer,
      { input: { subject, displayName: subject, roles, overseesForceIds, reviewerCertifiedUntil } },
      { as },
    );
  const pendingFor = async (officerId: string, as: string) => {
    const list = ok(await server.gql(OaProposals, {}, { as }))
      .officerAccessProposals.edges.map((e) => e.node)
      .filter((p) => p.officerId === officerId);
    expect(list).toHaveLength(1);
    return list[0];
  };
  /** Creates an officer and has the proposal approved by a second person; returns the officer id. */
  const createApproved = async (
    proposer: string,
    approver: string,
    subject: string,
    roles: Role[],
    overseesForceIds?: string[],
  ) => {
    const officer = ok(await create(proposer, subject, roles, overseesForceIds)).createOfficer;
    const proposal = await pendingFor(officer.id, approver);
    ok(await server.gql(OaApprove, { id: proposal.id }, { as: approver }));
    id[subject] = officer.id;
    return officer.id;
  };

  beforeAll(async () => {
    server = await TestServer.start();
    wf = new WorkflowDriver(server);
    swp = await wf.forceId('SWP');
    gwp = await wf.forceId('GWP');
    for (const s of [
      'swp.admin',
      'swp.admin2',
      'gwp.admin',
      'gwp.admin2',
      'swp.requester',
      'swp.reviewer1',
      'gwp.requester',
      'oversight.admin',
      'oversight.admin2',
      'oversight.commissioner',
    ])
      id[s] = await wf.officerId(s);
  });
  afterAll(() => server.stop());

  describe('the attacks of the issue', () => {
    it('should refuse swp.admin creating an OVERSIGHT officer overseeing GWP, create nothing, and show the denial to GWP', async () => {
      const before = await deniedCount('swp.admin');
      const response = await create('swp.admin', 'swp.x', ['OVERSIGHT'], [gwp]);
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await server.db.dataSource.query(`SELECT 1 FROM officer WHERE subject = 'swp.x'`)).toHaveLength(
        0,
      );
      expect(await deniedCount('swp.admin')).toBe(before + 1);
      const [denial] = await server.db.manager.find(AuditEvent, {
        where: { action: 'ACCESS_DENIED', actorOfficerId: id['swp.admin'] },
        order: { seq: 'DESC' },
        take: 1,
      });
      expect(denial.forceId).toBe(gwp);
      // the same through a proposal: nothing pending either
      expect(
        await server.db.dataSource.query(
          `SELECT 1 FROM officer_access_proposal WHERE $1 = ANY(add_overseen_force_ids)`,
          [gwp],
        ),
      ).toHaveLength(0);
    });

    it('should refuse setOfficerRoles on one’s own id (oversight of GWP), and change nothing', async () => {
      const before = await deniedCount('swp.admin');
      const response = await server.gql(
        OaSetRoles,
        { officerId: id['swp.admin'], roles: ['OVERSIGHT'], overseesForceIds: [gwp] },
        { as: 'swp.admin' },
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(await officerRow(id['swp.admin'])).toMatchObject({ roles: ['ADMIN'], oversees_force_ids: [] });
      expect(await deniedCount('swp.admin')).toBe(before + 1);
    });

    it('should refuse an admin giving themselves SUPERVISOR, directly or as a proposal', async () => {
      const before = await deniedCount('swp.admin');
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['swp.admin'], roles: ['ADMIN', 'SUPERVISOR'] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await server.gql(
            OaChangeAccess,
            { input: { officerId: id['swp.admin'], roles: ['ADMIN', 'SUPERVISOR'] } },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      // nor a certification of one's own
      expect(
        codes(
          await server.gql(
            OaChangeAccess,
            {
              input: {
                officerId: id['swp.admin'],
                roles: ['ADMIN'],
                reviewerCertifiedUntil: '2030-01-01T00:00:00.000Z',
              },
            },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await officerRow(id['swp.admin'])).toMatchObject({
        roles: ['ADMIN'],
        reviewer_certified_until: null,
      });
      expect(await deniedCount('swp.admin')).toBe(before + 3);
      expect(
        await server.db.dataSource.query('SELECT 1 FROM officer_access_proposal WHERE officer_id = $1', [
          id['swp.admin'],
        ]),
      ).toHaveLength(0);
    });

    it('should refuse the target approving a grant proposed for them', async () => {
      const proposal = ok(
        await server.gql(
          OaChangeAccess,
          { input: { officerId: id['swp.admin'], roles: ['ADMIN', 'SUPERVISOR'] } },
          { as: 'swp.admin2' },
        ),
      ).changeOfficerAccess.proposal!;
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await officerRow(id['swp.admin'])).toMatchObject({ roles: ['ADMIN'] });
      // and the target cannot reject it either; its proposer withdraws it
      expect(
        codes(await server.gql(OaReject, { id: proposal.id, reason: 'no' }, { as: 'swp.admin' })),
      ).toEqual(['FORBIDDEN']);
      expect(
        ok(await server.gql(OaReject, { id: proposal.id, reason: 'Raised in error.' }, { as: 'swp.admin2' }))
          .rejectOfficerAccessProposal,
      ).toMatchObject({ status: 'REJECTED', decidedById: id['swp.admin2'] });
    });

    it('should refuse an admin changing an officer of another force (roles, certification)', async () => {
      const before = await deniedCount('swp.admin');
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['gwp.requester'], roles: ['REQUESTER', 'SUPERVISOR'] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await server.gql(OaSetRoles, { officerId: id['gwp.requester'], roles: [] }, { as: 'swp.admin' }),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await server.gql(
            OaChangeAccess,
            {
              input: {
                officerId: await wf.officerId('gwp.reviewer'),
                roles: ['REVIEWER'],
                reviewerCertifiedUntil: null,
              },
            },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(await deniedCount('swp.admin')).toBe(before + 3);
      expect(await officerRow(id['gwp.requester'])).toMatchObject({ roles: ['REQUESTER'] });
    });

    it('should refuse an admin revoking or granting another force’s oversight of an oversight officer of its own force', async () => {
      // oversight.commissioner is registered with SWP and oversees SWP and GWP
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['oversight.commissioner'], roles: ['OVERSIGHT'], overseesForceIds: [swp] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['oversight.commissioner'], roles: [] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await officerRow(id['oversight.commissioner'])).toMatchObject({ roles: ['OVERSIGHT'] });
      expect((await officerRow(id['oversight.commissioner'])).oversees_force_ids.sort()).toEqual(
        [swp, gwp].sort(),
      );
    });

    it('should refuse the national oversight administrator force roles, and show it no case content', async () => {
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['swp.requester'], roles: ['REQUESTER', 'SUPERVISOR'] },
            { as: 'oversight.admin' },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await create('oversight.admin', `oa.${sub()}`, ['REQUESTER']))).toEqual(['FORBIDDEN']);
      expect(
        codes(await create('oversight.admin', `oa.${sub()}`, ['OVERSIGHT', 'SUPERVISOR'], [swp])),
      ).toEqual(['FORBIDDEN']);
      expect(codes(await server.gql(OaAuditEvents, {}, { as: 'oversight.admin' }))).toEqual(['FORBIDDEN']);
      expect(
        ok(await server.gql(OaCases, {}, { as: 'oversight.admin' })).cases.edges.map((e) => e.node),
      ).toEqual([]);
      // nor can a force admin make anyone a national oversight administrator
      expect(codes(await create('swp.admin', `oa.${sub()}`, ['OVERSIGHT_ADMIN']))).toEqual(['FORBIDDEN']);
    });

    it('should refuse roles that cannot be held together, as bad input', async () => {
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: id['swp.requester'], roles: ['REQUESTER', 'OVERSIGHT'], overseesForceIds: [swp] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(await create('oversight.admin', `oa.${sub()}`, ['OVERSIGHT', 'OVERSIGHT_ADMIN'], [swp])),
      ).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('the two-person rule', () => {
    it('should make a privileged role a proposal that does nothing until a second admin approves; proposer and target cannot approve', async () => {
      const subject = `swp.sup.${sub()}`;
      const created = ok(await create('swp.admin', subject, ['REQUESTER', 'SUPERVISOR'])).createOfficer;
      id[subject] = created.id;
      expect(created.roles).toEqual(['REQUESTER']);
      const caseId = await wf.createCase('swp.requester');
      // a supervisor would see every case of the force; the proposed one does not yet
      expect(
        ok(await server.gql(OaCases, {}, { as: subject }))
          .cases.edges.map((e) => e.node)
          .map((c) => c.id),
      ).not.toContain(caseId);

      const proposal = await pendingFor(created.id, 'swp.admin2');
      expect(proposal).toMatchObject({
        addRoles: ['SUPERVISOR'],
        status: 'PENDING',
        proposedById: id['swp.admin'],
      });
      // visible to those who may decide it (and its proposer); not to another force, nor to the target
      expect(
        ok(await server.gql(OaProposals, {}, { as: 'swp.admin' }))
          .officerAccessProposals.edges.map((e) => e.node)
          .map((p) => p.id),
      ).toContain(proposal.id);
      expect(
        ok(await server.gql(OaProposals, {}, { as: 'gwp.admin' }))
          .officerAccessProposals.edges.map((e) => e.node)
          .map((p) => p.id),
      ).not.toContain(proposal.id);
      expect(
        ok(await server.gql(OaProposals, {}, { as: subject })).officerAccessProposals.edges.map(
          (e) => e.node,
        ),
      ).toEqual([]);

      const before = await deniedCount('swp.admin');
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await deniedCount('swp.admin')).toBe(before + 1);
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: subject }))).toEqual(['FORBIDDEN']);
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'gwp.admin' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.requester' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await officerRow(created.id)).toMatchObject({ roles: ['REQUESTER'] });

      expect(
        ok(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin2' }))
          .approveOfficerAccessProposal,
      ).toMatchObject({ status: 'APPROVED', proposedById: id['swp.admin'], decidedById: id['swp.admin2'] });
      expect(ok(await server.gql(OaMe, {}, { as: subject })).me.roles.sort()).toEqual([
        'REQUESTER',
        'SUPERVISOR',
      ]);
      expect(
        ok(await server.gql(OaCases, {}, { as: subject }))
          .cases.edges.map((e) => e.node)
          .map((c) => c.id),
      ).toContain(caseId);
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin2' }))).toEqual([
        'INVALID_STATE',
      ]);

      const approved = await server.db.manager.find(AuditEvent, {
        where: { action: 'OFFICER_ACCESS_APPROVED', subjectId: created.id },
      });
      expect(approved).toHaveLength(1);
      expect(approved[0]).toMatchObject({ forceId: swp, actorOfficerId: id['swp.admin2'] });
      expect(approved[0].details).toMatchObject({
        before: { roles: ['REQUESTER'] },
        after: { roles: ['REQUESTER', 'SUPERVISOR'] },
        proposedById: id['swp.admin'],
        approvedById: id['swp.admin2'],
      });
    });

    it('should remove roles at once with no second person, and audit before and after', async () => {
      const subject = Object.keys(id).find((s) => s.startsWith('swp.sup.'))!;
      const changed = ok(
        await server.gql(OaSetRoles, { officerId: id[subject], roles: ['REQUESTER'] }, { as: 'swp.admin' }),
      ).setOfficerRoles;
      expect(changed.roles).toEqual(['REQUESTER']);
      const [event] = await server.db.manager.find(AuditEvent, {
        where: { action: 'OFFICER_ACCESS_CHANGED', subjectId: id[subject] },
      });
      expect(event.details).toMatchObject({
        before: { roles: ['REQUESTER', 'SUPERVISOR'] },
        after: { roles: ['REQUESTER'] },
      });
    });

    it('should make extending a certification a proposal, and shortening it immediate', async () => {
      const reviewer = id['swp.reviewer1'];
      const current = (await officerRow(reviewer)).reviewer_certified_until as Date;
      const later = new Date(current.getTime() + 365 * 86_400_000).toISOString();
      const extended = ok(
        await server.gql(
          OaChangeAccess,
          { input: { officerId: reviewer, roles: ['REVIEWER'], reviewerCertifiedUntil: later } },
          { as: 'swp.admin' },
        ),
      ).changeOfficerAccess;
      expect(new Date(extended.officer.reviewerCertifiedUntil!).getTime()).toBe(current.getTime());
      expect(extended.proposal).toMatchObject({ reviewerCertifiedUntil: later, addRoles: [] });
      ok(await server.gql(OaApprove, { id: extended.proposal!.id }, { as: 'swp.admin2' }));
      expect(((await officerRow(reviewer)).reviewer_certified_until as Date).toISOString()).toBe(later);

      const sooner = new Date(Date.now() + 30 * 86_400_000).toISOString();
      const shortened = ok(
        await server.gql(
          OaChangeAccess,
          { input: { officerId: reviewer, roles: ['REVIEWER'], reviewerCertifiedUntil: sooner } },
          { as: 'swp.admin' },
        ),
      ).changeOfficerAccess;
      expect(shortened.proposal).toBeNull();
      expect(shortened.officer.reviewerCertifiedUntil).toBe(sooner);
    });

    it('should require a reason to reject, and grant nothing when rejected', async () => {
      const subject = `swp.auth.${sub()}`;
      const created = ok(await create('swp.admin', subject, ['AUTHORISER'])).createOfficer;
      expect(created.roles).toEqual([]);
      const proposal = await pendingFor(created.id, 'swp.admin2');
      expect(
        codes(await server.gql(OaReject, { id: proposal.id, reason: '   ' }, { as: 'swp.admin2' })),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        ok(
          await server.gql(
            OaReject,
            { id: proposal.id, reason: 'Not yet trained as an authorising officer.' },
            { as: 'swp.admin2' },
          ),
        ).rejectOfficerAccessProposal,
      ).toMatchObject({
        status: 'REJECTED',
        decisionReason: 'Not yet trained as an authorising officer.',
      });
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin2' }))).toEqual([
        'INVALID_STATE',
      ]);
      expect(await officerRow(created.id)).toMatchObject({ roles: [] });
      const [event] = await server.db.manager.find(AuditEvent, {
        where: { action: 'OFFICER_ACCESS_REJECTED', subjectId: created.id },
      });
      expect(event).toMatchObject({ reason: 'Not yet trained as an authorising officer.', forceId: swp });
    });

    it('should let a proposal lapse when its proposer no longer may grant it', async () => {
      const subject = `swp.rev.${sub()}`;
      const created = ok(await create('swp.admin2', subject, ['REVIEWER'])).createOfficer;
      const proposal = await pendingFor(created.id, 'swp.admin');
      // swp.admin2 loses ADMIN (two other admins: swp.admin removes it at once)
      const third = `swp.adm.${sub()}`;
      await createApproved('swp.admin', 'swp.admin2', third, ['ADMIN']);
      ok(await server.gql(OaSetRoles, { officerId: id['swp.admin2'], roles: [] }, { as: 'swp.admin' }));
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin' }))).toEqual([
        'INVALID_STATE',
      ]);
      expect(await officerRow(created.id)).toMatchObject({ roles: [] });
      // restore swp.admin2 through the rule itself
      const restore = ok(
        await server.gql(
          OaChangeAccess,
          { input: { officerId: id['swp.admin2'], roles: ['ADMIN'] } },
          { as: 'swp.admin' },
        ),
      ).changeOfficerAccess.proposal!;
      ok(await server.gql(OaApprove, { id: restore.id }, { as: third }));
      expect(await officerRow(id['swp.admin2'])).toMatchObject({ roles: ['ADMIN'] });
    });

    it('should have the database refuse an approval by the proposer or for oneself, whatever the service does', async () => {
      const created = ok(await create('swp.admin', `swp.db.${sub()}`, ['SUPERVISOR'])).createOfficer;
      const proposal = await pendingFor(created.id, 'swp.admin2');
      await expect(
        server.db.dataSource.query(
          `UPDATE officer_access_proposal SET status = 'APPROVED', decided_by_id = proposed_by_id, decided_at = now() WHERE id = $1`,
          [proposal.id],
        ),
      ).rejects.toThrow(/CHK_proposal_second_person/);
      await expect(
        server.db.dataSource.query(
          `INSERT INTO officer_access_proposal (officer_id, officer_force_id, add_roles, status, proposed_by_id, proposed_at) VALUES ($1, $2, '{SUPERVISOR}', 'PENDING', $1, now())`,
          [id['swp.admin'], swp],
        ),
      ).rejects.toThrow(/CHK_proposal_not_for_self/);
    });
  });

  describe('oversight grants', () => {
    let panel: string;

    it('should grant oversight of a force only with two of that force’s side, and the overseer then reads that force only', async () => {
      // SWP's own oversight officer: proposed by one SWP admin, approved by the other
      const ovsSwp = await createApproved('swp.admin', 'swp.admin2', 'ovs.swp', ['OVERSIGHT'], [swp]);
      // GWP's, by GWP's admins
      await createApproved('gwp.admin', 'gwp.admin2', 'ovs.gwp', ['OVERSIGHT'], [gwp]);
      expect(ok(await server.gql(OaMe, {}, { as: 'ovs.swp' })).me).toMatchObject({
        roles: ['OVERSIGHT'],
        overseesForceIds: [swp],
      });

      // what it should read: SWP's audit log and a request's justification
      const faces = await demoFaces(server.twokey.faces);
      await wf.enrol(faces[0]);
      const caseId = await wf.createCase('swp.requester');
      const draft = ok(
        await server.gql(
          WfCreateSearch,
          {
            input: {
              caseId,
              purpose: 'IDENTIFY_SUSPECT',
              legalBasis: 'COMMON_LAW_POLICING',
              justification: JUSTIFICATION,
              probeProvenance: PROVENANCE,
              probeImageBase64: faces[0].probe.toString('base64'),
              k: 5,
            },
          },
          { as: 'swp.requester' },
        ),
      ).createSearchRequest;
      expect(
        ok(await server.gql(WfSearchRequest, { id: draft.id }, { as: 'ovs.swp' })).searchRequest
          .justification,
      ).toBe(JUSTIFICATION);
      expect(
        ok(
          await server.gql(OaAuditEvents, { filter: { forceId: swp } }, { as: 'ovs.swp' }),
        ).auditEvents.edges.map((e) => e.node).length,
      ).toBeGreaterThan(0);
      // and not GWP's
      expect(codes(await server.gql(OaAuditEvents, { filter: { forceId: gwp } }, { as: 'ovs.swp' }))).toEqual(
        ['FORBIDDEN'],
      );
      const exported = await fetch(new URL(`/exports/audit-events.jsonl?forceId=${gwp}`, server.url), {
        headers: { authorization: `Bearer ${await server.token('ovs.swp')}` },
      });
      expect(exported.status).toBe(403);

      // who granted which force to whom, and when
      const grants = ok(await server.gql(OaGrants, { forceId: swp }, { as: 'swp.admin' }))
        .oversightGrants.edges.map((e) => e.node)
        .filter((g) => g.officerId === ovsSwp);
      expect(grants).toEqual([
        expect.objectContaining({
          forceId: swp,
          proposedById: id['swp.admin'],
          approvedById: id['swp.admin2'],
          revokedAt: null,
        }),
      ]);
      expect(
        ok(await server.gql(OaGrants, { forceId: gwp }, { as: 'swp.admin' })).oversightGrants.edges.map(
          (e) => e.node,
        ),
      ).toEqual([]);
    });

    it('should refuse another force’s admin approving a grant of GWP, and let the national oversight administrator approve it', async () => {
      // a panel registered by the national oversight administrators, overseeing SWP
      panel = await createApproved('oversight.admin', 'oversight.admin2', 'ovs.panel', ['OVERSIGHT'], [swp]);
      // GWP's admin proposes GWP for it; SWP's admins may not decide it
      const proposal = ok(
        await server.gql(
          OaChangeAccess,
          { input: { officerId: panel, roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp] } },
          { as: 'gwp.admin' },
        ),
      ).changeOfficerAccess.proposal!;
      expect(proposal).toMatchObject({ addOverseenForceIds: [gwp], addRoles: [] });
      expect(codes(await server.gql(OaApprove, { id: proposal.id }, { as: 'swp.admin' }))).toEqual([
        'FORBIDDEN',
      ]);
      const [denial] = await server.db.manager.find(AuditEvent, {
        where: { action: 'ACCESS_DENIED', actorOfficerId: id['swp.admin'] },
        order: { seq: 'DESC' },
        take: 1,
      });
      expect(denial.forceId).toBe(gwp);
      expect(
        ok(await server.gql(OaProposals, {}, { as: 'swp.admin2' }))
          .officerAccessProposals.edges.map((e) => e.node)
          .map((p) => p.id),
      ).not.toContain(proposal.id);
      expect(
        ok(await server.gql(OaProposals, {}, { as: 'oversight.admin' }))
          .officerAccessProposals.edges.map((e) => e.node)
          .map((p) => p.id),
      ).toContain(proposal.id);
      ok(await server.gql(OaApprove, { id: proposal.id }, { as: 'oversight.admin' }));
      expect(ok(await server.gql(OaMe, {}, { as: 'ovs.panel' })).me.overseesForceIds.sort()).toEqual(
        [swp, gwp].sort(),
      );
      expect(await server.db.manager.count(OversightGrant, { where: { officerId: panel } })).toBe(2);
    });

    it('should show the change, with before and after, to the oversight of every force it affects', async () => {
      for (const [overseer, force] of [
        ['ovs.swp', swp],
        ['ovs.gwp', gwp],
      ] as const) {
        const events = ok(
          await server.gql(
            OaAuditEvents,
            { filter: { subjectId: panel, actions: ['OFFICER_ACCESS_APPROVED'] } },
            { as: overseer },
          ),
        ).auditEvents.edges.map((e) => e.node);
        const grantOfGwp = events.filter(
          (e) => (e.details as { after: { overseesForceIds: string[] } }).after.overseesForceIds.length === 2,
        );
        expect(grantOfGwp).toHaveLength(1);
        expect(grantOfGwp[0]).toMatchObject({
          forceId: force,
          actor: { officerId: id['oversight.admin'] },
          details: {
            before: { roles: ['OVERSIGHT'], overseesForceIds: [swp] },
            after: { roles: ['OVERSIGHT'], overseesForceIds: [swp, gwp].sort() },
            proposedById: id['gwp.admin'],
            approvedById: id['oversight.admin'],
          },
        });
      }
      // the proposal, too
      const proposed = ok(
        await server.gql(
          OaAuditEvents,
          { filter: { subjectId: panel, actions: ['OFFICER_ACCESS_PROPOSED'] } },
          { as: 'ovs.gwp' },
        ),
      ).auditEvents.edges.map((e) => e.node);
      expect(proposed.some((e) => e.actor?.officerId === id['gwp.admin'])).toBe(true);
    });

    it('should revoke oversight at once by that force’s side only, recorded on the grant and shown to both forces', async () => {
      expect(
        codes(
          await server.gql(
            OaSetRoles,
            { officerId: panel, roles: ['OVERSIGHT'], overseesForceIds: [swp] },
            { as: 'swp.admin' },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      ok(
        await server.gql(
          OaSetRoles,
          { officerId: panel, roles: ['OVERSIGHT'], overseesForceIds: [swp] },
          { as: 'gwp.admin2' },
        ),
      );
      expect(ok(await server.gql(OaMe, {}, { as: 'ovs.panel' })).me.overseesForceIds).toEqual([swp]);
      expect(
        codes(await server.gql(OaAuditEvents, { filter: { forceId: gwp } }, { as: 'ovs.panel' })),
      ).toEqual(['FORBIDDEN']);
      const [revoked] = await server.db.manager.find(OversightGrant, {
        where: { officerId: panel, forceId: gwp },
      });
      expect(revoked).toMatchObject({ revokedById: id['gwp.admin2'] });
      expect(revoked.revokedAt).toBeInstanceOf(Date);
      for (const overseer of ['ovs.swp', 'ovs.gwp']) {
        const events = ok(
          await server.gql(
            OaAuditEvents,
            { filter: { subjectId: panel, actions: ['OFFICER_ACCESS_CHANGED'] } },
            { as: overseer },
          ),
        ).auditEvents.edges.map((e) => e.node);
        expect(events).toHaveLength(1);
        expect(events[0].details).toMatchObject({
          before: { overseesForceIds: [swp, gwp].sort() },
          after: { overseesForceIds: [swp] },
        });
      }
      // overseesForceIds and the unrevoked grants agree for every officer
      const drift = await server.db.dataSource.query(`
        SELECT o.id FROM officer o
        CROSS JOIN LATERAL (SELECT COALESCE(array_agg(g.force_id), '{}'::uuid[]) AS ids FROM oversight_grant g WHERE g.officer_id = o.id AND g.revoked_at IS NULL) g
        WHERE NOT (o.oversees_force_ids @> g.ids AND g.ids @> o.oversees_force_ids)`);
      expect(drift).toEqual([]);
    });
  });
});

import { Role } from '../../src/entities';
import {
  abilityToWhere,
  accessProblem,
  defineAbilityFor,
  immediateParts,
  planAccessChange,
  PolicyActor,
  proposalParts,
  refusedPart,
  subject,
} from '../../src/policy';

const SWP = 'force-swp';
const GWP = 'force-gwp';
const actor = (roles: Role[], extra: Partial<PolicyActor> = {}): PolicyActor => ({
  officerId: 'me',
  forceId: SWP,
  roles,
  reviewerCertifiedUntil: null,
  overseesForceIds: [],
  ...extra,
});
const can = (
  roles: Role[],
  action: 'grant' | 'revoke',
  subjectName: 'OfficerRole' | 'OversightGrant' | 'ReviewerCertification',
  object: Record<string, unknown>,
  extra: Partial<PolicyActor> = {},
) => defineAbilityFor(actor(roles, extra)).can(action, subject(subjectName, object));

describe('officer access policy', () => {
  describe('who may grant what', () => {
    const table: Array<
      [
        string,
        Role[],
        'grant' | 'revoke',
        'OfficerRole' | 'OversightGrant' | 'ReviewerCertification',
        Record<string, unknown>,
        boolean,
      ]
    > = [
      [
        'admin grants SUPERVISOR in own force',
        [Role.ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: SWP, role: Role.SUPERVISOR },
        true,
      ],
      [
        'admin grants SUPERVISOR in another force',
        [Role.ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: GWP, role: Role.SUPERVISOR },
        false,
      ],
      [
        'admin grants SUPERVISOR to themselves',
        [Role.ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'me', forceId: SWP, role: Role.SUPERVISOR },
        false,
      ],
      [
        'admin removes own ADMIN',
        [Role.ADMIN],
        'revoke',
        'OfficerRole',
        { officerId: 'me', forceId: SWP, role: Role.ADMIN },
        false,
      ],
      [
        'admin grants OVERSIGHT in own force',
        [Role.ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: SWP, role: Role.OVERSIGHT },
        true,
      ],
      [
        'admin grants OVERSIGHT_ADMIN',
        [Role.ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: SWP, role: Role.OVERSIGHT_ADMIN },
        false,
      ],
      [
        'admin grants oversight of own force',
        [Role.ADMIN],
        'grant',
        'OversightGrant',
        { officerId: 'x', forceId: SWP },
        true,
      ],
      [
        'admin grants oversight of another force',
        [Role.ADMIN],
        'grant',
        'OversightGrant',
        { officerId: 'x', forceId: GWP },
        false,
      ],
      [
        'admin revokes oversight of another force',
        [Role.ADMIN],
        'revoke',
        'OversightGrant',
        { officerId: 'x', forceId: GWP },
        false,
      ],
      [
        'admin extends a certification in own force',
        [Role.ADMIN],
        'grant',
        'ReviewerCertification',
        { officerId: 'x', forceId: SWP },
        true,
      ],
      [
        'admin extends a certification in another force',
        [Role.ADMIN],
        'grant',
        'ReviewerCertification',
        { officerId: 'x', forceId: GWP },
        false,
      ],
      [
        'national oversight administrator grants oversight of any force',
        [Role.OVERSIGHT_ADMIN],
        'grant',
        'OversightGrant',
        { officerId: 'x', forceId: GWP },
        true,
      ],
      [
        'national oversight administrator grants OVERSIGHT in any force',
        [Role.OVERSIGHT_ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: GWP, role: Role.OVERSIGHT },
        true,
      ],
      [
        'national oversight administrator grants SUPERVISOR',
        [Role.OVERSIGHT_ADMIN],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: SWP, role: Role.SUPERVISOR },
        false,
      ],
      [
        'national oversight administrator grants themselves oversight',
        [Role.OVERSIGHT_ADMIN],
        'grant',
        'OversightGrant',
        { officerId: 'me', forceId: GWP },
        false,
      ],
      [
        'national oversight administrator extends a certification',
        [Role.OVERSIGHT_ADMIN],
        'grant',
        'ReviewerCertification',
        { officerId: 'x', forceId: SWP },
        false,
      ],
      [
        'supervisor grants REQUESTER',
        [Role.SUPERVISOR],
        'grant',
        'OfficerRole',
        { officerId: 'x', forceId: SWP, role: Role.REQUESTER },
        false,
      ],
      [
        'oversight grants oversight of an overseen force',
        [Role.OVERSIGHT],
        'grant',
        'OversightGrant',
        { officerId: 'x', forceId: SWP },
        false,
      ],
    ];
    it.each(table)('%s', (_name, roles, action, subjectName, object, allowed) => {
      expect(
        can(
          roles,
          action,
          subjectName,
          object,
          roles.includes(Role.OVERSIGHT) ? { overseesForceIds: [SWP] } : {},
        ),
      ).toBe(allowed);
    });

    it('should show the national oversight administrator no case content', () => {
      const ability = defineAbilityFor(actor([Role.OVERSIGHT_ADMIN]));
      for (const name of [
        'Case',
        'SearchRequest',
        'ReviewTask',
        'SearchCandidate',
        'FaceImage',
        'AuditEvent',
        'OversightStatistics',
        'CustodyImage',
      ] as const) {
        expect([name, ability.can('read', subject(name, { forceId: SWP }))]).toEqual([name, false]);
      }
      expect(ability.can('verify', 'AuditChain')).toBe(false);
    });

    it('should list officers for an admin (own force, and who oversees it) and the national administrator (oversight officers) in SQL', () => {
      const fields = {
        id: { column: 'id' },
        forceId: { column: 'force_id' },
        roles: { column: 'roles', array: true },
        overseesForceIds: { column: 'oversees_force_ids', array: true },
      };
      const admin = abilityToWhere(defineAbilityFor(actor([Role.ADMIN])), 'read', 'Officer', 'o', fields);
      expect(admin.sql).toContain('"o"."force_id" =');
      expect(admin.sql).toContain('ANY("o"."oversees_force_ids")');
      const national = abilityToWhere(
        defineAbilityFor(actor([Role.OVERSIGHT_ADMIN])),
        'read',
        'Officer',
        'o',
        fields,
      );
      expect(national.sql).toContain('"o"."roles" && ARRAY');
      expect(
        defineAbilityFor(actor([Role.OVERSIGHT_ADMIN])).can(
          'read',
          subject('Officer', { id: 'x', forceId: GWP, roles: [Role.OVERSIGHT], overseesForceIds: [GWP] }),
        ),
      ).toBe(true);
      expect(
        defineAbilityFor(actor([Role.OVERSIGHT_ADMIN])).can(
          'read',
          subject('Officer', { id: 'x', forceId: SWP, roles: [Role.REQUESTER], overseesForceIds: [] }),
        ),
      ).toBe(false);
    });
  });

  describe('planAccessChange', () => {
    const officer = { id: 'x', forceId: SWP };
    const certified = new Date('2027-01-01T00:00:00Z');

    it('should apply removals and REQUESTER at once and propose everything else', () => {
      const plan = planAccessChange(
        { roles: [Role.REVIEWER], overseesForceIds: [], reviewerCertifiedUntil: certified },
        { roles: [Role.REQUESTER, Role.SUPERVISOR] },
      );
      expect(plan.now.roles).toEqual([Role.REQUESTER]);
      expect(plan.removedRoles).toEqual([Role.REVIEWER]);
      expect(plan.proposal).toEqual({
        addRoles: [Role.SUPERVISOR],
        addOverseenForceIds: [],
        reviewerCertifiedUntil: null,
      });
      expect([...plan.proposed.roles].sort()).toEqual([Role.REQUESTER, Role.SUPERVISOR]);
      expect(immediateParts(officer, plan).map((p) => `${p.action} ${p.object.role}`)).toEqual([
        'revoke REVIEWER',
        'grant REQUESTER',
      ]);
      expect(proposalParts(officer, plan.proposal!).map((p) => `${p.action} ${p.object.role}`)).toEqual([
        'grant SUPERVISOR',
      ]);
    });

    it('should propose a later certification and shorten at once to an earlier one or none', () => {
      const access = { roles: [Role.REVIEWER], overseesForceIds: [], reviewerCertifiedUntil: certified };
      expect(
        planAccessChange(access, {
          roles: [Role.REVIEWER],
          reviewerCertifiedUntil: new Date('2028-01-01T00:00:00Z'),
        }).proposal?.reviewerCertifiedUntil,
      ).toEqual(new Date('2028-01-01T00:00:00Z'));
      const shorter = planAccessChange(access, {
        roles: [Role.REVIEWER],
        reviewerCertifiedUntil: new Date('2026-06-01T00:00:00Z'),
      });
      expect([shorter.proposal, shorter.certificationReduced, shorter.now.reviewerCertifiedUntil]).toEqual([
        null,
        true,
        new Date('2026-06-01T00:00:00Z'),
      ]);
      expect(
        planAccessChange(access, { roles: [Role.REVIEWER], reviewerCertifiedUntil: null }).now
          .reviewerCertifiedUntil,
      ).toBeNull();
      const same = planAccessChange(access, {
        roles: [Role.REVIEWER],
        reviewerCertifiedUntil: new Date(certified),
      });
      expect([same.proposal, same.certificationReduced]).toEqual([null, false]);
    });

    it('should drop overseen forces with the OVERSIGHT role, and propose added forces', () => {
      const access = { roles: [Role.OVERSIGHT], overseesForceIds: [SWP], reviewerCertifiedUntil: null };
      expect(planAccessChange(access, { roles: [] }).revokedForceIds).toEqual([SWP]);
      const more = planAccessChange(access, { roles: [Role.OVERSIGHT], overseesForceIds: [SWP, GWP] });
      expect(more.proposal?.addOverseenForceIds).toEqual([GWP]);
      const parts = proposalParts(officer, more.proposal!);
      expect(refusedPart(defineAbilityFor(actor([Role.ADMIN])), parts)).toEqual(parts[0]);
      expect(refusedPart(defineAbilityFor(actor([Role.ADMIN], { forceId: GWP })), parts)).toBeUndefined();
    });

    it('should refuse roles that cannot be held together', () => {
      expect(
        accessProblem({ roles: [Role.OVERSIGHT], overseesForceIds: [], reviewerCertifiedUntil: null })?.field,
      ).toBe('overseesForceIds');
      expect(
        accessProblem({ roles: [Role.REQUESTER], overseesForceIds: [SWP], reviewerCertifiedUntil: null })
          ?.field,
      ).toBe('overseesForceIds');
      expect(
        accessProblem({
          roles: [Role.OVERSIGHT, Role.REQUESTER],
          overseesForceIds: [SWP],
          reviewerCertifiedUntil: null,
        })?.field,
      ).toBe('roles');
      expect(
        accessProblem({
          roles: [Role.OVERSIGHT_ADMIN, Role.ADMIN],
          overseesForceIds: [],
          reviewerCertifiedUntil: null,
        })?.field,
      ).toBe('roles');
      expect(
        accessProblem({
          roles: [Role.ADMIN, Role.SUPERVISOR],
          overseesForceIds: [],
          reviewerCertifiedUntil: null,
        }),
      ).toBeNull();
    });
  });
});

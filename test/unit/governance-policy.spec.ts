import { GovernanceDocumentKind as K, GovernanceDocumentVersionStatus as S, Role } from '../../src/entities';
import {
  defineAbilityFor,
  isInForce,
  missingKinds,
  type PolicyActor,
  subject,
  versionInForce,
} from '../../src/policy';

const SWP = 'force-swp';
const actor = (roles: Role[], extra: Partial<PolicyActor> = {}): PolicyActor => ({
  officerId: 'me',
  forceId: SWP,
  roles,
  reviewerCertifiedUntil: null,
  overseesForceIds: [],
  ...extra,
});
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const version = (id: string, from: number, to: number | null, status = S.APPROVED) => ({
  id,
  status,
  effectiveFrom: day(from),
  effectiveTo: to === null ? null : day(to),
});

describe('governance policy', () => {
  describe('isInForce', () => {
    it('should hold an approved version from its start until, not including, its end', () => {
      const v = version('a', 10, 20);
      expect(isInForce(v, day(9))).toBe(false);
      expect(isInForce(v, day(10))).toBe(true);
      expect(isInForce(v, day(19))).toBe(true);
      expect(isInForce(v, day(20))).toBe(false);
      expect(isInForce(version('b', 10, null), day(400))).toBe(true);
    });

    it('should not hold a version awaiting approval', () => {
      expect(isInForce(version('a', 1, null, S.PENDING_APPROVAL), day(5))).toBe(false);
    });
  });

  describe('versionInForce', () => {
    it('should pick the version in force at the time, the latest start where periods overlap', () => {
      const versions = [
        version('v1', 1, 10),
        version('v2', 10, null),
        version('v3', 15, null, S.PENDING_APPROVAL),
      ];
      expect(versionInForce(versions, day(5))?.id).toBe('v1');
      expect(versionInForce(versions, day(12))?.id).toBe('v2');
      expect(versionInForce(versions, day(20))?.id).toBe('v2');
      expect(versionInForce([version('x', 1, null), version('y', 3, null)], day(4))?.id).toBe('y');
      expect(versionInForce(versions, day(0))).toBeNull();
    });
  });

  describe('missingKinds', () => {
    it('should list the required kinds with no version in force, once each, in the order required', () => {
      expect(missingKinds([K.DPIA, K.EQUALITY_IMPACT_ASSESSMENT, K.DPIA], [{ kind: K.DPIA }])).toEqual([
        K.EQUALITY_IMPACT_ASSESSMENT,
      ]);
      expect(missingKinds([], [])).toEqual([]);
      expect(missingKinds([K.FACIAL_RECOGNITION_POLICY], [{ kind: K.SHARING_AGREEMENT }])).toEqual([
        K.FACIAL_RECOGNITION_POLICY,
      ]);
    });
  });

  describe('rules', () => {
    const doc = (extra: Record<string, unknown> = {}) =>
      subject('GovernanceDocument', { forceId: SWP, registeredById: 'other', ...extra });

    it("should let an admin approve another's version of their own force, never their own", () => {
      const admin = defineAbilityFor(actor([Role.ADMIN]));
      expect(admin.can('authorise', doc())).toBe(true);
      expect(admin.can('authorise', doc({ registeredById: 'me' }))).toBe(false);
      expect(admin.can('authorise', doc({ forceId: 'force-gwp' }))).toBe(false);
    });

    it('should let every officer of the force read and acknowledge, and oversight only read', () => {
      for (const role of [Role.REQUESTER, Role.REVIEWER, Role.AUTHORISER, Role.SUPERVISOR]) {
        const ability = defineAbilityFor(actor([role]));
        expect(ability.can('acknowledge', doc())).toBe(true);
        expect(ability.can('create', doc())).toBe(false);
        expect(ability.can('authorise', doc())).toBe(false);
      }
      const oversight = defineAbilityFor(
        actor([Role.OVERSIGHT], { forceId: 'body', overseesForceIds: [SWP] }),
      );
      expect(oversight.can('read', doc())).toBe(true);
      expect(oversight.can('acknowledge', doc())).toBe(false);
      expect(defineAbilityFor(actor([Role.REQUESTER], { forceId: 'force-gwp' })).can('read', doc())).toBe(
        false,
      );
    });
  });
});

import { createHash } from 'node:crypto';
import { ComplianceCriterion as C, ComplianceFindingResult as R, Role } from '../../src/entities';
import {
  COMPLIANCE_SAMPLE_FLOOR,
  complianceSample,
  complianceSampleDraw,
  defineAbilityFor,
  findingsProblem,
  type FindingInput,
  type PolicyActor,
  subject,
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
const ids = Array.from({ length: 2000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('complianceSample', () => {
  it('should draw from the first 52 bits of the SHA-256 of the id, as anyone can recompute', () => {
    const id = ids[7];
    const hex = createHash('sha256').update(`twokey-compliance-sample:${id}`).digest('hex');
    expect(complianceSampleDraw(id)).toBe(parseInt(hex.slice(0, 13), 16) / 2 ** 52);
    expect(complianceSampleDraw(id.toUpperCase())).toBe(complianceSampleDraw(id));
  });

  it('should take every search at rate 1, and at a lower rate those whose draw is below it', () => {
    expect(ids.every((id) => complianceSample(id, 1).sampled)).toBe(true);
    expect(complianceSample(ids[0], 1).rule).toBe('EVERY_SEARCH');
    for (const id of ids.slice(0, 50)) {
      const d = complianceSample(id, 0.3);
      expect(d.sampled).toBe(d.draw < 0.3);
      expect(d.rule).toBe(d.sampled ? 'DRAWN' : 'NOT_DRAWN');
    }
    // the share drawn is the rate (2000 ids: within 3 points at 30%)
    const share = ids.filter((id) => complianceSample(id, 0.3).sampled).length / ids.length;
    expect(Math.abs(share - 0.3)).toBeLessThan(0.03);
  });

  it('should never sample below the floor, whatever rate it is given', () => {
    for (const rate of [0, 0.01, -1, Number.NaN]) {
      const d = complianceSample(ids[3], rate);
      expect(d.rate).toBe(Number.isNaN(rate) ? 1 : COMPLIANCE_SAMPLE_FLOOR);
    }
    expect(ids.filter((id) => complianceSample(id, 0).sampled).length / ids.length).toBeGreaterThan(0.08);
  });
});

describe('findingsProblem', () => {
  const all = (over: Partial<Record<C, FindingInput>> = {}): FindingInput[] =>
    Object.values(C).map((criterion) => over[criterion] ?? { criterion, result: R.MET });

  it('should accept one finding per criterion, a NOT_MET with a note', () => {
    expect(findingsProblem(all())).toBeNull();
    expect(
      findingsProblem(
        all({ [C.NECESSITY]: { criterion: C.NECESSITY, result: R.NOT_MET, note: 'Why not.' } }),
      ),
    ).toBeNull();
  });

  it('should refuse a NOT_MET without a note, a missing criterion and a duplicate', () => {
    expect(
      findingsProblem(all({ [C.JUSTIFICATION]: { criterion: C.JUSTIFICATION, result: R.NOT_MET } })),
    ).toEqual({ kind: 'NOTE_REQUIRED', criterion: C.JUSTIFICATION });
    expect(
      findingsProblem(
        all({ [C.JUSTIFICATION]: { criterion: C.JUSTIFICATION, result: R.NOT_MET, note: '  ' } }),
      ),
    ).toEqual({ kind: 'NOTE_REQUIRED', criterion: C.JUSTIFICATION });
    expect(findingsProblem(all().slice(1))).toEqual({ kind: 'MISSING_CRITERION', criterion: C.NECESSITY });
    expect(findingsProblem([...all(), { criterion: C.OUTCOME_HANDLED, result: R.MET }])).toEqual({
      kind: 'DUPLICATE_CRITERION',
      criterion: C.OUTCOME_HANDLED,
    });
  });
});

describe('compliance review rules', () => {
  const review = (extra: Record<string, unknown> = {}) =>
    subject('ComplianceReview', { forceId: SWP, claimedById: null, participantIds: ['someone'], ...extra });

  it('should let a supervisor of the force claim a review of a search they took no part in, and only that', () => {
    const sup = defineAbilityFor(actor([Role.SUPERVISOR]));
    expect(sup.can('claim', review())).toBe(true);
    expect(sup.can('claim', review({ participantIds: ['someone', 'me'] }))).toBe(false);
    expect(sup.can('claim', review({ forceId: 'force-gwp' }))).toBe(false);
    expect(sup.can('review', review({ claimedById: 'me' }))).toBe(true);
    expect(sup.can('review', review({ claimedById: 'other' }))).toBe(false);
    expect(sup.can('review', review({ claimedById: 'me', participantIds: ['me'] }))).toBe(false);
  });

  it('should let oversight read the reviews of the forces it oversees, and do nothing else', () => {
    const ovs = defineAbilityFor(actor([Role.OVERSIGHT], { overseesForceIds: [SWP] }));
    expect(ovs.can('read', review())).toBe(true);
    expect(ovs.can('read', review({ forceId: 'force-gwp' }))).toBe(false);
    expect(ovs.can('claim', review())).toBe(false);
  });

  it('should give the other roles nothing', () => {
    for (const role of [Role.REQUESTER, Role.AUTHORISER, Role.REVIEWER, Role.GALLERY_MANAGER, Role.ADMIN]) {
      const ability = defineAbilityFor(actor([role], { reviewerCertifiedUntil: new Date(Date.now() + 1e9) }));
      expect([role, ability.can('read', review()), ability.can('claim', review())]).toEqual([
        role,
        false,
        false,
      ]);
    }
  });
});

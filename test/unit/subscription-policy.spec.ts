import { ReviewStage, ReviewTaskStatus, Role, SearchRequestStatus } from '../../src/entities';
import {
  defineAbilityFor,
  hearsDispute,
  hearsHolderChange,
  hearsOwnRequestChange,
  hearsPoolChange,
  holderChangeRule,
  mayWatchDisputes,
  mayWatchReviewTasks,
  PolicyActor,
  poolChangeRule,
  RequestFacts,
  TaskEventFacts,
  TaskFacts,
} from '../../src/policy';

const SWP = 'force-swp';
const GWP = 'force-gwp';
const NOW = new Date('2026-03-01T12:00:00Z');
const certified = { reviewerCertifiedUntil: new Date('2027-01-01') };
const ability = (officerId: string, roles: Role[], extra: Partial<PolicyActor> = {}) =>
  defineAbilityFor(
    { officerId, forceId: SWP, roles, reviewerCertifiedUntil: null, overseesForceIds: [], ...extra },
    NOW,
  );
const reviewer = (officerId = 'rev', extra: Partial<PolicyActor> = {}) =>
  ability(officerId, [Role.REVIEWER], { ...certified, ...extra });

const task = (extra: Partial<TaskFacts> = {}): TaskFacts => ({
  id: 't1',
  forceId: SWP,
  stage: ReviewStage.FIRST,
  requesterId: 'req',
  firstReviewerId: null,
  exposedOfficerIds: [],
  status: ReviewTaskStatus.OPEN,
  holderId: null,
  ...extra,
});
const opened: TaskEventFacts = { change: 'OPENED', previousHolderId: null };

describe('subscription policy', () => {
  describe('hearsPoolChange', () => {
    it('should tell a certified reviewer of the force about a task entering the pool', () => {
      expect(hearsPoolChange(reviewer(), task(), opened)).toBe(true);
    });

    it('should tell them when it leaves the pool too', () => {
      expect(
        hearsPoolChange(reviewer(), task({ status: ReviewTaskStatus.CLAIMED, holderId: 'other' }), {
          change: 'CLAIMED',
          previousHolderId: null,
        }),
      ).toBe(true);
    });

    it.each([
      ['a reviewer of another force', reviewer('rev', { forceId: GWP })],
      ['the requester, who is also a reviewer', reviewer('req')],
      [
        'a reviewer whose certification has lapsed',
        reviewer('rev', { reviewerCertifiedUntil: new Date('2026-02-01') }),
      ],
      ['an officer without the reviewer role', ability('rev', [Role.SUPERVISOR])],
      ['an officer whose roles were all removed', ability('rev', [])],
    ])('should not tell %s', (_who, a) => {
      expect(hearsPoolChange(a, task(), opened)).toBe(false);
    });

    it('should not tell the first reviewer about the second review of the same request', () => {
      expect(
        hearsPoolChange(
          reviewer('first'),
          task({ stage: ReviewStage.SECOND, firstReviewerId: 'first' }),
          opened,
        ),
      ).toBe(false);
      expect(
        hearsPoolChange(
          reviewer('other'),
          task({ stage: ReviewStage.SECOND, firstReviewerId: 'first' }),
          opened,
        ),
      ).toBe(true);
    });

    it("should not offer a second review to someone who has seen the request's first review", () => {
      const second = (exposedOfficerIds: string[]) =>
        task({ stage: ReviewStage.SECOND, firstReviewerId: 'first', exposedOfficerIds });
      expect(hearsPoolChange(reviewer('seen'), second(['seen']), opened)).toBe(false);
      expect(hearsPoolChange(reviewer('other'), second(['seen']), opened)).toBe(true);
      // scores are part of the first review: having seen them bars only the second
      expect(hearsPoolChange(reviewer('seen'), task({ exposedOfficerIds: ['seen'] }), opened)).toBe(true);
    });

    it('should not tell anyone about a submission (the task had already left the pool)', () => {
      expect(
        hearsPoolChange(reviewer(), task({ status: ReviewTaskStatus.SUBMITTED }), {
          change: 'SUBMITTED',
          previousHolderId: 'rev',
        }),
      ).toBe(false);
    });
  });

  describe('hearsHolderChange', () => {
    it.each(['RELEASED', 'REASSIGNED', 'CLAIM_EXPIRED', 'CANCELLED'] as const)(
      'should tell the holder when the task is %s away from them',
      (change) => {
        expect(
          hearsHolderChange(reviewer('rev'), 'rev', task({ status: ReviewTaskStatus.OPEN }), {
            change,
            previousHolderId: 'rev',
          }),
        ).toBe(true);
      },
    );

    it('should tell a reviewer a task was assigned to them', () => {
      expect(
        hearsHolderChange(
          reviewer('rev'),
          'rev',
          task({ status: ReviewTaskStatus.CLAIMED, holderId: 'rev' }),
          { change: 'REASSIGNED', previousHolderId: 'other' },
        ),
      ).toBe(true);
    });

    it('should not tell anyone else, nor the holder about their own claim', () => {
      expect(
        hearsHolderChange(reviewer('x'), 'x', task({ status: ReviewTaskStatus.OPEN }), {
          change: 'REASSIGNED',
          previousHolderId: 'rev',
        }),
      ).toBe(false);
      expect(
        hearsHolderChange(
          reviewer('rev'),
          'rev',
          task({ status: ReviewTaskStatus.CLAIMED, holderId: 'rev' }),
          { change: 'CLAIMED', previousHolderId: null },
        ),
      ).toBe(false);
    });

    it('should not tell a former holder who is no longer a reviewer', () => {
      expect(
        hearsHolderChange(ability('rev', [Role.REQUESTER]), 'rev', task(), {
          change: 'CLAIM_EXPIRED',
          previousHolderId: 'rev',
        }),
      ).toBe(false);
    });
  });

  describe('hearsOwnRequestChange', () => {
    const request = (extra: Partial<RequestFacts> = {}): RequestFacts => ({
      id: 'r1',
      forceId: SWP,
      requesterId: 'req',
      status: SearchRequestStatus.FIRST_REVIEW,
      from: SearchRequestStatus.SEARCHING,
      reviewerIds: [],
      ...extra,
    });

    it('should tell the requester about their own request', () => {
      expect(hearsOwnRequestChange(ability('req', [Role.REQUESTER]), 'req', request())).toBe(true);
    });

    it('should not tell another requester, even of the same force', () => {
      expect(hearsOwnRequestChange(ability('other', [Role.REQUESTER]), 'other', request())).toBe(false);
    });

    it('should not tell a requester whose role was removed', () => {
      expect(hearsOwnRequestChange(ability('req', []), 'req', request())).toBe(false);
    });
  });

  describe('hearsDispute', () => {
    const disputed = (extra: Partial<RequestFacts> = {}): RequestFacts => ({
      id: 'r1',
      forceId: SWP,
      requesterId: 'req',
      status: SearchRequestStatus.DISPUTED,
      from: SearchRequestStatus.SECOND_REVIEW,
      reviewerIds: ['rev1', 'rev2'],
      ...extra,
    });
    const supervisor = (officerId = 'sup', extra: Partial<PolicyActor> = {}) =>
      ability(officerId, [Role.SUPERVISOR], extra);

    it('should tell a supervisor of the force about a dispute, and about its end', () => {
      expect(hearsDispute(supervisor(), disputed())).toBe(true);
      expect(
        hearsDispute(
          supervisor(),
          disputed({ status: SearchRequestStatus.ADJUDICATED, from: SearchRequestStatus.DISPUTED }),
        ),
      ).toBe(true);
    });

    it('should not tell them about other changes', () => {
      expect(hearsDispute(supervisor(), disputed({ status: SearchRequestStatus.CONFIRMED }))).toBe(false);
    });

    it.each([
      ['a supervisor of another force', supervisor('sup', { forceId: GWP })],
      ['a supervisor who made the request', ability('req', [Role.SUPERVISOR, Role.REQUESTER])],
      ['a supervisor who reviewed it', ability('rev1', [Role.SUPERVISOR, Role.REVIEWER], certified)],
      ['a reviewer', reviewer()],
    ])('should not tell %s', (_who, a) => {
      expect(hearsDispute(a, disputed())).toBe(false);
    });
  });

  describe('rules prepared once per event', () => {
    it('should answer each officer from their own ability, whatever was asked before', () => {
      const second = task({
        stage: ReviewStage.SECOND,
        firstReviewerId: 'first',
        exposedOfficerIds: ['seen'],
      });
      const hears = poolChangeRule(second, opened);
      const officers = [
        reviewer('first'),
        reviewer('seen'),
        reviewer('other'),
        reviewer('other', { forceId: GWP }),
        ability('other', [Role.SUPERVISOR]),
        reviewer('req'),
      ];
      expect(officers.map((a) => hears(a))).toEqual([false, false, true, false, false, false]);
      expect([...officers].reverse().map((a) => hears(a))).toEqual(
        [false, false, true, false, false, false].reverse(),
      );
      expect(officers.map((a) => hearsPoolChange(a, second, opened))).toEqual(officers.map((a) => hears(a)));
    });

    it('should tell a holder change only to the officer it concerns', () => {
      const hears = holderChangeRule(task({ status: ReviewTaskStatus.OPEN }), {
        change: 'RELEASED',
        previousHolderId: 'rev',
      });
      expect(hears(reviewer('rev'), 'rev')).toBe(true);
      expect(hears(reviewer('x'), 'x')).toBe(false);
      expect(hears(ability('rev', [Role.REQUESTER]), 'rev')).toBe(false);
      expect(hears(reviewer('rev'), 'rev')).toBe(true);
    });

    it('should tell nobody of a change that is not a pool change', () => {
      const hears = poolChangeRule(task({ status: ReviewTaskStatus.SUBMITTED }), {
        change: 'SUBMITTED',
        previousHolderId: 'rev',
      });
      expect(hears(reviewer())).toBe(false);
    });
  });

  describe('who may watch', () => {
    it('should let certified reviewers watch tasks and supervisors watch disputes, and no one else', () => {
      expect(mayWatchReviewTasks(reviewer())).toBe(true);
      expect(mayWatchReviewTasks(reviewer('rev', { reviewerCertifiedUntil: null }))).toBe(false);
      expect(mayWatchReviewTasks(ability('sup', [Role.SUPERVISOR]))).toBe(false);
      expect(mayWatchDisputes(ability('sup', [Role.SUPERVISOR]))).toBe(true);
      expect(mayWatchDisputes(reviewer())).toBe(false);
      expect(mayWatchDisputes(ability('o', [Role.OVERSIGHT], { overseesForceIds: [SWP] }))).toBe(false);
    });
  });
});

import { CandidateDecision as D, ReviewTaskStatus, SearchRequestStatus as S } from '../../src/entities';
import { DomainError } from '../../src/errors';
import {
  decideOutcome,
  FINAL_STATES,
  OPEN_STATES,
  OUTCOME_STATES,
  reachableFrom,
  taskTransitionTo,
  TRANSITIONS,
  TransitionName,
  transitionTo,
} from '../../src/services/workflow/search-request.state-machine';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'UNTYPED';
  }
};

describe('search request state machine', () => {
  describe('TRANSITIONS', () => {
    it('should follow the flow of DESIGN.md from draft to closure', () => {
      const path: Array<[TransitionName, S]> = [
        ['submit', S.SUBMITTED],
        ['requireAuthorisation', S.AWAITING_AUTHORISATION],
        ['authorise', S.AUTHORISED],
        ['startSearch', S.SEARCHING],
        ['searchCompleted', S.FIRST_REVIEW],
        ['firstReviewSubmitted', S.SECOND_REVIEW],
        ['dispute', S.DISPUTED],
        ['adjudicate', S.ADJUDICATED],
        ['close', S.CLOSED],
      ];
      let state = S.DRAFT;
      for (const [name, expected] of path) {
        state = transitionTo(state, name);
        expect(state).toBe(expected);
      }
    });

    it('should let a request that needs no authorisation go straight from SUBMITTED to the search', () => {
      expect(transitionTo(S.SUBMITTED, 'startSearch')).toBe(S.SEARCHING);
    });

    it.each(OPEN_STATES)('should let an open request (%s) be withdrawn or expire', (state) => {
      expect(transitionTo(state, 'withdraw')).toBe(S.WITHDRAWN);
      expect(transitionTo(state, 'expire')).toBe(S.EXPIRED);
    });

    it.each([...OUTCOME_STATES, ...FINAL_STATES])(
      'should not let a request with an outcome or an end (%s) be withdrawn or expire',
      (state) => {
        expect(codeOf(() => transitionTo(state, 'withdraw'))).toMatch(/CONFLICT|INVALID_STATE/);
        expect(codeOf(() => transitionTo(state, 'expire'))).toMatch(/CONFLICT|INVALID_STATE/);
      },
    );

    it('should leave nothing after a final state', () => {
      for (const state of FINAL_STATES) expect([state, [...reachableFrom(state)]]).toEqual([state, []]);
    });

    it('should reach every state from DRAFT', () => {
      const reachable = reachableFrom(S.DRAFT);
      for (const state of Object.values(S))
        if (state !== S.DRAFT) expect([state, reachable.has(state)]).toEqual([state, true]);
    });

    it("should name a policy action for every transition a person makes, and none for the workflow's own", () => {
      const byPeople = Object.entries(TRANSITIONS)
        .filter(([, t]) => t.action !== null)
        .map(([n]) => n)
        .sort();
      expect(byPeople).toEqual([
        'adjudicate',
        'authorise',
        'close',
        'refuse',
        'startSearch',
        'submit',
        'withdraw',
      ]);
    });

    it('should give every transition its own audit action', () => {
      const actions = Object.values(TRANSITIONS).map((t) => t.audit);
      expect(new Set(actions).size).toBe(actions.length);
    });
  });

  describe('transitionTo', () => {
    // state, transition, expected error
    const refusals: Array<[S, TransitionName, 'CONFLICT' | 'INVALID_STATE']> = [
      [S.SUBMITTED, 'submit', 'CONFLICT'], // replayed submission
      [S.FIRST_REVIEW, 'submit', 'CONFLICT'],
      [S.REFUSED, 'authorise', 'CONFLICT'], // two authorisers racing: one refused first
      [S.AUTHORISED, 'refuse', 'CONFLICT'],
      [S.AUTHORISED, 'authorise', 'CONFLICT'], // replayed authorisation
      [S.WITHDRAWN, 'authorise', 'CONFLICT'], // withdrawn meanwhile
      [S.EXPIRED, 'startSearch', 'CONFLICT'],
      [S.ADJUDICATED, 'adjudicate', 'CONFLICT'], // two supervisors racing
      [S.CLOSED, 'close', 'CONFLICT'],
      [S.WITHDRAWN, 'withdraw', 'CONFLICT'],
      [S.DRAFT, 'authorise', 'INVALID_STATE'], // not submitted yet
      [S.AWAITING_AUTHORISATION, 'startSearch', 'INVALID_STATE'], // not authorised yet
      [S.CONFIRMED, 'adjudicate', 'INVALID_STATE'], // nothing to adjudicate
      [S.FIRST_REVIEW, 'close', 'INVALID_STATE'], // no outcome yet
      [S.CLOSED, 'withdraw', 'INVALID_STATE'],
      [S.REFUSED, 'close', 'INVALID_STATE'],
    ];

    it.each(refusals)('should refuse %s -> %s with %s, naming the state', (state, name, code) => {
      let error: DomainError | undefined;
      try {
        transitionTo(state, name);
      } catch (e) {
        error = e as DomainError;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error!.code).toBe(code);
      expect(error!.details.state).toBe(state);
      expect(error!.message).toContain(state);
    });
  });

  describe('taskTransitionTo', () => {
    it('should let an open task be claimed once', () => {
      expect(taskTransitionTo(ReviewTaskStatus.OPEN, 'claim')).toBe(ReviewTaskStatus.CLAIMED);
      expect(codeOf(() => taskTransitionTo(ReviewTaskStatus.CLAIMED, 'claim'))).toBe('CONFLICT');
    });

    it('should not let a submitted review change', () => {
      for (const name of ['claim', 'release', 'reassign', 'submit', 'cancel'] as const)
        expect(codeOf(() => taskTransitionTo(ReviewTaskStatus.SUBMITTED, name))).toBe('CONFLICT');
    });
  });

  describe('decideOutcome', () => {
    const table: Array<[string, Record<string, D>, Record<string, D>, string]> = [
      [
        'both the same single candidate',
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        'confirm',
      ],
      [
        'the same candidate, one unsure about another',
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        { a: D.POSSIBLE_MATCH, b: D.INCONCLUSIVE },
        'confirm',
      ],
      [
        'different candidates',
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        { a: D.NOT_MATCH, b: D.POSSIBLE_MATCH },
        'dispute:DIFFERENT_CANDIDATES',
      ],
      [
        'two possible matches from one reviewer',
        { a: D.POSSIBLE_MATCH, b: D.POSSIBLE_MATCH },
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        'dispute:MORE_THAN_ONE_POSSIBLE_MATCH',
      ],
      [
        'only one found a match',
        { a: D.POSSIBLE_MATCH, b: D.NOT_MATCH },
        { a: D.NOT_MATCH, b: D.NOT_MATCH },
        'dispute:ONE_FOUND_A_MATCH',
      ],
      [
        'both found none',
        { a: D.NOT_MATCH, b: D.NOT_MATCH },
        { a: D.NOT_MATCH, b: D.NOT_MATCH },
        'noViableCandidate',
      ],
      [
        'none, but one unsure',
        { a: D.NOT_MATCH, b: D.INCONCLUSIVE },
        { a: D.NOT_MATCH, b: D.NOT_MATCH },
        'dispute:INCONCLUSIVE',
      ],
    ];

    it.each(table)('should decide %s', (_name, first, second, expected) => {
      const outcome = decideOutcome(first, second);
      expect(outcome.transition === 'dispute' ? `dispute:${outcome.reason}` : outcome.transition).toBe(
        expected,
      );
      expect(decideOutcome(second, first).transition).toBe(outcome.transition);
    });

    it('should name the confirmed candidate', () => {
      expect(decideOutcome(new Map([['x', D.POSSIBLE_MATCH]]), { x: D.POSSIBLE_MATCH })).toMatchObject({
        transition: 'confirm',
        candidateId: 'x',
      });
    });
  });
});

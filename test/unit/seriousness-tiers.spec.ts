import {
  AuthorisationReason as R,
  OffenceCategory as O,
  OfficerRank,
  RetentionClass,
  Role,
  SearchRequestStatus,
  TierAuthorisation as T,
  type SeriousnessTier,
} from '../../src/entities';
import {
  defaultSeriousnessTiers,
  defineAbilityFor,
  planGallerySearch,
  rankMeets,
  requestSubject,
  subject,
  tierConfigurationProblems,
  tierFor,
  type PlanForce,
  type PlanRequest,
} from '../../src/policy';

/** Seriousness tiers, pure: the default configuration, a configuration's problems, the plan under a tier, the rank rule. */

const ALL = Object.values(O);
const tier = (
  name: string,
  offenceCategories: O[],
  extra: Partial<SeriousnessTier> = {},
): SeriousnessTier => ({
  name,
  offenceCategories,
  authorisation: T.NONE,
  maxCandidates: 200,
  thresholdFloorFalseMatchRate: null,
  under18Searchable: true,
  notConvictedSearchable: true,
  ...extra,
});
const TIERS: SeriousnessTier[] = [
  tier(
    'Volume',
    ALL.filter((c) => c !== O.ROBBERY && c !== O.SEXUAL_OFFENCES),
    {
      maxCandidates: 3,
      thresholdFloorFalseMatchRate: 1e-5,
      under18Searchable: false,
      notConvictedSearchable: false,
    },
  ),
  tier('Serious', [O.ROBBERY], { authorisation: T.INSPECTOR }),
  tier('Most serious', [O.SEXUAL_OFFENCES], { authorisation: T.SUPERINTENDENT }),
];
const SWP: PlanForce = {
  id: 'f-swp',
  code: 'SWP',
  thresholdFloorFalseMatchRate: 1e-4,
  allowedOffenceCategories: [O.ROBBERY],
  seriousnessTiers: TIERS,
};
const MODEL = {
  modelVersion: 'model@1',
  scoreScale: { thresholdAtFar1e3: 0.33, thresholdAtFar1e4: 0.41, thresholdAtFar1e5: 0.48, dataset: 'test' },
};
const request = (change: Partial<PlanRequest> = {}): PlanRequest => ({
  forceId: SWP.id,
  galleryForceIds: [],
  offenceCategory: O.THEFT,
  includeUnder18: false,
  includeNotConvicted: false,
  ...change,
});
const plan = (change: Partial<PlanRequest> = {}, force: PlanForce = SWP) =>
  planGallerySearch(request(change), [force], [], MODEL, new Date('2026-03-01T12:00:00Z'));

describe('defaultSeriousnessTiers', () => {
  it('should put the allowed categories in a tier without authorisation and the rest in one needing any authoriser', () => {
    const [allowed, others] = defaultSeriousnessTiers({ allowedOffenceCategories: [O.ROBBERY, O.BURGLARY] });
    expect(allowed).toMatchObject({
      offenceCategories: [O.ROBBERY, O.BURGLARY],
      authorisation: T.NONE,
      maxCandidates: 200,
      thresholdFloorFalseMatchRate: null,
      under18Searchable: true,
      notConvictedSearchable: true,
    });
    expect(others.authorisation).toBe(T.ANY_AUTHORISER);
    expect(others.offenceCategories).toHaveLength(ALL.length - 2);
    expect(tierConfigurationProblems([allowed, others])).toEqual([]);
  });

  it('should make one tier when the list is empty', () => {
    expect(defaultSeriousnessTiers({ allowedOffenceCategories: [] }).map((t) => t.authorisation)).toEqual([
      T.ANY_AUTHORISER,
    ]);
  });

  it("should decide as the old list did: the plan's reasons are the same", () => {
    const legacy = { ...SWP, seriousnessTiers: null };
    expect(plan({ offenceCategory: O.THEFT }, legacy).authorisationReasons).toEqual([
      R.OFFENCE_NOT_IN_ALLOWED_LIST,
    ]);
    expect(plan({ offenceCategory: O.ROBBERY }, legacy).authorisationReasons).toEqual([]);
    expect(plan({ offenceCategory: O.THEFT }, legacy).authorisationRank).toBeNull();
    expect(tierFor(legacy, O.ROBBERY).configured).toBe(false);
  });
});

describe('tierConfigurationProblems', () => {
  it('should accept a configuration with every category in exactly one tier', () => {
    expect(tierConfigurationProblems(TIERS)).toEqual([]);
  });

  it.each([
    ['no tiers', [], 'tiers'],
    ['a missing category', TIERS.slice(0, 2), 'tiers'],
    ['a category twice', [...TIERS, tier('Again', [O.THEFT])], 'tiers[3].offenceCategories'],
    ['a list too long', [{ ...TIERS[0], maxCandidates: 201 }, ...TIERS.slice(1)], 'tiers[0].maxCandidates'],
    ['a list of none', [{ ...TIERS[0], maxCandidates: 0 }, ...TIERS.slice(1)], 'tiers[0].maxCandidates'],
    [
      'an uncalibrated floor',
      [{ ...TIERS[0], thresholdFloorFalseMatchRate: 2e-4 }, ...TIERS.slice(1)],
      'tiers[0].thresholdFloorFalseMatchRate',
    ],
    ['a blank name', [{ ...TIERS[0], name: ' ' }, ...TIERS.slice(1)], 'tiers[0].name'],
  ])('should name the field for %s', (_, tiers, field) => {
    expect(tierConfigurationProblems(tiers as SeriousnessTier[])[0].field).toBe(field);
  });
});

describe('planGallerySearch under a tier', () => {
  it("should take the tier's floor as a cosine of the model", () => {
    const p = plan();
    expect(p).toMatchObject({ thresholdFloor: 0.48, thresholdFloorFalseMatchRate: 1e-5 });
    expect(p.search.threshold).toBe(0.48);
    expect(plan({ threshold: 0.41 }).authorisationReasons).toEqual([R.THRESHOLD_BELOW_FLOOR]);
    // a tier without a floor of its own: the force's
    expect(plan({ offenceCategory: O.ROBBERY }).thresholdFloor).toBe(0.41);
  });

  it("should default and cap the list at the tier's maximum, and report a longer one", () => {
    expect(plan().search.k).toBe(3);
    const longer = plan({ k: 5 });
    expect(longer.problems).toEqual([expect.objectContaining({ kind: 'TIER_LIMIT', field: 'k' })]);
    expect(longer.search.k).toBe(3);
  });

  it('should keep under-18 and not-convicted records out of the gallery when the tier forbids them', () => {
    const p = plan({ includeUnder18: true, includeNotConvicted: true });
    expect(p.problems.map((x) => x.kind === 'TIER_LIMIT' && x.field)).toEqual([
      'includeUnder18',
      'includeNotConvicted',
    ]);
    expect(p.search.includeUnder18).toBe(false);
    expect(p.search.excludedRetentionClasses).toEqual([
      RetentionClass.NOT_CHARGED,
      RetentionClass.NO_FURTHER_ACTION,
    ]);
    const allowed = plan({ offenceCategory: O.ROBBERY, includeUnder18: true, includeNotConvicted: true });
    expect(allowed.problems).toEqual([]);
    expect(allowed.search).toMatchObject({ includeUnder18: true, excludedRetentionClasses: [] });
  });

  it('should route authorisation to the tier’s rank', () => {
    expect(plan({ offenceCategory: O.ROBBERY })).toMatchObject({
      authorisationReasons: [R.OFFENCE_NOT_IN_ALLOWED_LIST],
      authorisationRank: OfficerRank.INSPECTOR,
      tier: { name: 'Serious', configured: true },
    });
    expect(plan({ offenceCategory: O.SEXUAL_OFFENCES }).authorisationRank).toBe(OfficerRank.SUPERINTENDENT);
    expect(plan().authorisationReasons).toEqual([]);
  });
});

describe('the authorise rule', () => {
  const awaiting = (authorisationRank: OfficerRank | null) =>
    subject('SearchRequest', {
      ...requestSubject({
        id: 'r1',
        forceId: 'f-swp',
        requesterId: 'someone',
        status: SearchRequestStatus.AWAITING_AUTHORISATION,
        authorisationRank,
      }),
    });
  const authoriser = (rank: OfficerRank | null) =>
    defineAbilityFor({
      officerId: 'me',
      forceId: 'f-swp',
      roles: [Role.AUTHORISER],
      reviewerCertifiedUntil: null,
      overseesForceIds: [],
      rank,
    });

  it.each([
    [null, null, true],
    [null, OfficerRank.INSPECTOR, false],
    [OfficerRank.SERGEANT, OfficerRank.INSPECTOR, false],
    [OfficerRank.INSPECTOR, OfficerRank.INSPECTOR, true],
    [OfficerRank.CHIEF_INSPECTOR, OfficerRank.INSPECTOR, true],
    [OfficerRank.INSPECTOR, OfficerRank.SUPERINTENDENT, false],
    [OfficerRank.CHIEF_INSPECTOR, OfficerRank.SUPERINTENDENT, false],
    [OfficerRank.SUPERINTENDENT, OfficerRank.SUPERINTENDENT, true],
    [OfficerRank.CHIEF_CONSTABLE, OfficerRank.SUPERINTENDENT, true],
  ])('should let an authoriser of rank %s authorise a request needing %s: %s', (rank, needed, allowed) => {
    expect(authoriser(rank).can('authorise', awaiting(needed))).toBe(allowed);
    expect(rankMeets(rank, needed)).toBe(allowed);
  });
});

import {
  AuthorisationReason as R,
  OffenceCategory,
  ReviewStage,
  ReviewTaskStatus,
  Role,
  SearchRequestStatus,
} from '../../src/entities';
import {
  abilityToWhere,
  authorisationReasons,
  defineAbilityFor,
  permittedFields,
  PolicyActor,
  subject,
  ALL_SEARCH_REQUEST_FIELDS,
} from '../../src/policy';

const SWP = 'force-swp';
const GWP = 'force-gwp';
const NOW = new Date('2026-03-01T12:00:00Z');
const actor = (roles: Role[], extra: Partial<PolicyActor> = {}): PolicyActor => ({
  officerId: 'me',
  forceId: SWP,
  roles,
  reviewerCertifiedUntil: null,
  overseesForceIds: [],
  ...extra,
});
const certified = { reviewerCertifiedUntil: new Date('2027-01-01') };
const ability = (roles: Role[], extra: Partial<PolicyActor> = {}) =>
  defineAbilityFor(actor(roles, extra), NOW);

describe('authorisationReasons', () => {
  const force = { id: SWP, allowedOffenceCategories: [OffenceCategory.ROBBERY], thresholdFloor: 0.6 };
  const plain = {
    offenceCategory: OffenceCategory.ROBBERY,
    threshold: 0.6,
    includeUnder18: false,
    includeNotConvicted: false,
    galleryForceIds: [SWP],
  };

  it('should need no authorisation for an allowed offence at the floor in the own gallery', () => {
    expect(authorisationReasons(force, plain)).toEqual([]);
  });

  it.each([
    [
      'an offence outside the allowed list',
      { offenceCategory: OffenceCategory.THEFT },
      R.OFFENCE_NOT_IN_ALLOWED_LIST,
    ],
    ['a threshold below the floor', { threshold: 0.55 }, R.THRESHOLD_BELOW_FLOOR],
    ['under-18 records', { includeUnder18: true }, R.UNDER_18_INCLUDED],
    ['not-convicted records', { includeNotConvicted: true }, R.NOT_CONVICTED_INCLUDED],
    ["another force's gallery", { galleryForceIds: [SWP, GWP] }, R.CROSS_FORCE],
  ])('should need authorisation for %s', (_name, change, reason) => {
    expect(authorisationReasons(force, { ...plain, ...change })).toEqual([reason]);
  });

  it('should list every reason that applies', () => {
    expect(
      authorisationReasons(force, {
        ...plain,
        threshold: 0.5,
        includeUnder18: true,
        galleryForceIds: [GWP, SWP],
      }),
    ).toEqual([R.THRESHOLD_BELOW_FLOOR, R.UNDER_18_INCLUDED, R.CROSS_FORCE]);
  });

  it('should not need authorisation for a threshold above the floor', () => {
    expect(authorisationReasons(force, { ...plain, threshold: 0.8 })).toEqual([]);
  });

  it("should need authorisation below the equitable threshold of the force's validation, at or above it none", () => {
    const validated = { ...force, equitableThreshold: 0.65 };
    expect(authorisationReasons(validated, plain)).toEqual([R.THRESHOLD_BELOW_EQUITABLE_THRESHOLD]);
    expect(authorisationReasons(validated, { ...plain, threshold: 0.55 })).toEqual([
      R.THRESHOLD_BELOW_FLOOR,
      R.THRESHOLD_BELOW_EQUITABLE_THRESHOLD,
    ]);
    expect(authorisationReasons(validated, { ...plain, threshold: 0.65 })).toEqual([]);
    // no validation recorded: nothing to hold the search to (a switch to a version needs one)
    expect(authorisationReasons({ ...force, equitableThreshold: null }, plain)).toEqual([]);
    // a validation that found no threshold equitable: every search needs an authoriser
    expect(
      authorisationReasons({ ...force, equitableThreshold: Infinity }, { ...plain, threshold: 0.99 }),
    ).toEqual([R.THRESHOLD_BELOW_EQUITABLE_THRESHOLD]);
  });
});

describe('search rules', () => {
  const request = (extra: Record<string, unknown> = {}) => ({
    id: 'r',
    forceId: SWP,
    requesterId: 'someone',
    reviewerIds: [],
    ...extra,
  });
  const task = (extra: Record<string, unknown> = {}) => ({
    id: 't',
    forceId: SWP,
    stage: ReviewStage.FIRST,
    status: ReviewTaskStatus.OPEN,
    requesterId: 'someone',
    firstReviewerId: null,
    claimedById: null,
    exposedOfficerIds: [],
    ...extra,
  });
  const second = (extra: Record<string, unknown> = {}) =>
    task({ stage: ReviewStage.SECOND, firstReviewerId: 'x', ...extra });

  // description, roles, extra actor fields, action, subject, object, allowed
  const table: Array<
    [
      string,
      Role[],
      Partial<PolicyActor>,
      Parameters<ReturnType<typeof defineAbilityFor>['can']>[0],
      Parameters<typeof subject>[0],
      Record<string, unknown>,
      boolean,
    ]
  > = [
    [
      'requester opens a search on a case assigned to them',
      [Role.REQUESTER],
      {},
      'create',
      'SearchRequest',
      { forceId: SWP, caseOfficerIds: ['me'] },
      true,
    ],
    [
      'requester opens a search on a case not assigned to them',
      [Role.REQUESTER],
      {},
      'create',
      'SearchRequest',
      { forceId: SWP, caseOfficerIds: ['x'] },
      false,
    ],
    [
      "requester opens a search on another force's case",
      [Role.REQUESTER],
      {},
      'create',
      'SearchRequest',
      { forceId: GWP, caseOfficerIds: ['me'] },
      false,
    ],
    [
      'supervisor opens a search',
      [Role.SUPERVISOR],
      {},
      'create',
      'SearchRequest',
      { forceId: SWP, caseOfficerIds: ['me'] },
      false,
    ],
    [
      'requester searches own gallery',
      [Role.REQUESTER],
      {},
      'search',
      'Gallery',
      { forceId: SWP, sharedWithForceIds: [] },
      true,
    ],
    [
      'requester searches a gallery shared with their force',
      [Role.REQUESTER],
      {},
      'search',
      'Gallery',
      { forceId: GWP, sharedWithForceIds: [SWP] },
      true,
    ],
    [
      'requester searches a gallery not shared with their force',
      [Role.REQUESTER],
      {},
      'search',
      'Gallery',
      { forceId: GWP, sharedWithForceIds: [] },
      false,
    ],
    [
      'gallery manager searches',
      [Role.GALLERY_MANAGER],
      {},
      'search',
      'Gallery',
      { forceId: SWP, sharedWithForceIds: [] },
      false,
    ],
    [
      'admin searches',
      [Role.ADMIN],
      {},
      'search',
      'Gallery',
      { forceId: SWP, sharedWithForceIds: [] },
      false,
    ],
    [
      'requester submits own request',
      [Role.REQUESTER],
      {},
      'submit',
      'SearchRequest',
      request({ requesterId: 'me' }),
      true,
    ],
    [
      "requester submits someone else's request",
      [Role.REQUESTER],
      {},
      'submit',
      'SearchRequest',
      request(),
      false,
    ],
    [
      'authoriser authorises a request of their force',
      [Role.AUTHORISER],
      {},
      'authorise',
      'SearchRequest',
      request(),
      true,
    ],
    [
      'authoriser authorises their own request',
      [Role.AUTHORISER, Role.REQUESTER],
      {},
      'authorise',
      'SearchRequest',
      request({ requesterId: 'me' }),
      false,
    ],
    [
      'authoriser authorises for another force',
      [Role.AUTHORISER],
      {},
      'authorise',
      'SearchRequest',
      request({ forceId: GWP }),
      false,
    ],
    [
      'certified reviewer claims a task of their force',
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      task(),
      true,
    ],
    [
      'reviewer with lapsed certification claims a task',
      [Role.REVIEWER],
      { reviewerCertifiedUntil: new Date('2026-01-01') },
      'claim',
      'ReviewTask',
      task(),
      false,
    ],
    ['reviewer never certified claims a task', [Role.REVIEWER], {}, 'claim', 'ReviewTask', task(), false],
    [
      "reviewer claims another force's task",
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      task({ forceId: GWP }),
      false,
    ],
    [
      'reviewer claims a task on their own request',
      [Role.REVIEWER, Role.REQUESTER],
      certified,
      'claim',
      'ReviewTask',
      task({ requesterId: 'me' }),
      false,
    ],
    [
      'first reviewer claims the second review',
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      second({ firstReviewerId: 'me' }),
      false,
    ],
    [
      'another reviewer claims the second review',
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      second(),
      true,
    ],
    [
      'reviewer who saw the first review claims the second',
      [Role.REVIEWER, Role.SUPERVISOR],
      certified,
      'claim',
      'ReviewTask',
      second({ exposedOfficerIds: ['me'] }),
      false,
    ],
    [
      'reviewer who saw the scores claims the first review',
      [Role.REVIEWER, Role.SUPERVISOR],
      certified,
      'claim',
      'ReviewTask',
      task({ exposedOfficerIds: ['me'] }),
      true,
    ],
    [
      'reviewer claims a second review someone else saw the first of',
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      second({ exposedOfficerIds: ['y'] }),
      true,
    ],
    [
      'reviewer claims a task whose stage is not known',
      [Role.REVIEWER],
      certified,
      'claim',
      'ReviewTask',
      task({ stage: undefined }),
      false,
    ],
    [
      'reviewer submits a task they hold',
      [Role.REVIEWER],
      certified,
      'review',
      'ReviewTask',
      task({ status: ReviewTaskStatus.CLAIMED, claimedById: 'me' }),
      true,
    ],
    [
      'reviewer submits a task someone else holds',
      [Role.REVIEWER],
      certified,
      'review',
      'ReviewTask',
      task({ status: ReviewTaskStatus.CLAIMED, claimedById: 'x' }),
      false,
    ],
    [
      'reviewer opens face images of a task they hold',
      [Role.REVIEWER],
      certified,
      'read',
      'FaceImage',
      { forceId: SWP, holderId: 'me', requestStatus: SearchRequestStatus.FIRST_REVIEW },
      true,
    ],
    [
      'reviewer opens face images of a task they do not hold',
      [Role.REVIEWER],
      certified,
      'read',
      'FaceImage',
      { forceId: SWP, holderId: null, requestStatus: SearchRequestStatus.FIRST_REVIEW },
      false,
    ],
    [
      'supervisor opens face images of a disputed request',
      [Role.SUPERVISOR],
      {},
      'read',
      'FaceImage',
      { forceId: SWP, holderId: null, requestStatus: SearchRequestStatus.DISPUTED },
      true,
    ],
    [
      'supervisor opens face images of a request under review',
      [Role.SUPERVISOR],
      {},
      'read',
      'FaceImage',
      { forceId: SWP, holderId: null, requestStatus: SearchRequestStatus.FIRST_REVIEW },
      false,
    ],
    [
      'oversight opens face images',
      [Role.OVERSIGHT],
      { overseesForceIds: [SWP] },
      'read',
      'FaceImage',
      { forceId: SWP, holderId: null, requestStatus: SearchRequestStatus.DISPUTED },
      false,
    ],
    [
      'supervisor adjudicates a request of their force',
      [Role.SUPERVISOR],
      {},
      'adjudicate',
      'SearchRequest',
      request({ reviewerIds: ['a', 'b'] }),
      true,
    ],
    [
      'supervisor adjudicates a request they reviewed',
      [Role.SUPERVISOR, Role.REVIEWER],
      certified,
      'adjudicate',
      'SearchRequest',
      request({ reviewerIds: ['a', 'me'] }),
      false,
    ],
    ['reviewer adjudicates', [Role.REVIEWER], certified, 'adjudicate', 'SearchRequest', request(), false],
    [
      'admin reads candidates',
      [Role.ADMIN],
      {},
      'read',
      'SearchCandidate',
      { forceId: SWP, holderId: null, scoresVisible: true },
      false,
    ],
    [
      'gallery manager reads candidates',
      [Role.GALLERY_MANAGER],
      {},
      'read',
      'SearchCandidate',
      { forceId: SWP, holderId: null, scoresVisible: true },
      false,
    ],
    [
      'requester reads candidates',
      [Role.REQUESTER],
      {},
      'read',
      'SearchCandidate',
      { forceId: SWP, holderId: null, scoresVisible: true },
      false,
    ],
    [
      'supervisor exports a disclosure pack',
      [Role.SUPERVISOR],
      {},
      'export',
      'DisclosurePack',
      { forceId: SWP },
      true,
    ],
    [
      'requester exports a disclosure pack',
      [Role.REQUESTER],
      {},
      'export',
      'DisclosurePack',
      { forceId: SWP },
      false,
    ],
  ];

  it.each(table)('%s', (_name, roles, extra, action, subjectName, object, allowed) => {
    expect(ability(roles, extra).can(action, subject(subjectName, { ...object }))).toBe(allowed);
  });

  describe('field-level rules', () => {
    const fieldsOf = (
      roles: Role[],
      extra: Partial<PolicyActor> = {},
      object = request({ requesterId: 'me' }),
    ) => [
      ...permittedFields(ability(roles, extra), 'read', 'SearchRequest', object, ALL_SEARCH_REQUEST_FIELDS),
    ];

    it('should show the requester the outcome and never the candidates or reviews', () => {
      const fields = fieldsOf([Role.REQUESTER]);
      expect(fields).toEqual(expect.arrayContaining(['status', 'justification', 'outcome']));
      expect(fields).not.toEqual(expect.arrayContaining(['candidates']));
      expect(
        fields.filter((f) => ['candidates', 'reviews', 'adjudication', 'policySnapshot'].includes(f)),
      ).toEqual([]);
    });

    it('should show an admin settings and status but not why, what was found or the outcome', () => {
      const fields = fieldsOf([Role.ADMIN]);
      expect(fields).toEqual(expect.arrayContaining(['status', 'threshold', 'policySnapshot']));
      expect(fields.filter((f) => ['justification', 'outcome', 'candidates', 'reviews'].includes(f))).toEqual(
        [],
      );
    });

    it("should show the probe's provenance with the grounds: requester, authoriser, supervisor, oversight; not an admin", () => {
      const sees = (roles: Role[], extra: Partial<PolicyActor> = {}) =>
        fieldsOf(roles, extra, request({ requesterId: 'someone' })).includes('probeProvenance');
      expect(fieldsOf([Role.REQUESTER])).toContain('probeProvenance');
      expect([
        sees([Role.AUTHORISER]),
        sees([Role.SUPERVISOR]),
        sees([Role.OVERSIGHT], { overseesForceIds: [SWP] }),
        sees([Role.ADMIN]),
        sees([Role.REVIEWER], certified),
      ]).toEqual([true, true, true, false, false]);
    });

    it('should show oversight justifications, decisions and timings', () => {
      expect(fieldsOf([Role.OVERSIGHT], { overseesForceIds: [SWP] })).toEqual(ALL_SEARCH_REQUEST_FIELDS);
    });

    it('should hide scores from the second reviewer when the force says so', () => {
      const a = ability([Role.REVIEWER], certified);
      const candidate = (scoresVisible: boolean) => [
        ...permittedFields(a, 'read', 'SearchCandidate', { forceId: SWP, holderId: 'me', scoresVisible }, [
          'id',
          'rank',
          'score',
        ]),
      ];
      expect(candidate(false)).toEqual(['id', 'rank']);
      expect(candidate(true)).toEqual(['id', 'rank', 'score']);
    });

    it('should hide the probe image of a disclosure pack from oversight', () => {
      const oversight = permittedFields(
        ability([Role.OVERSIGHT], { overseesForceIds: [SWP] }),
        'export',
        'DisclosurePack',
        { forceId: SWP },
        ['request', 'probeImage'],
      );
      const supervisor = permittedFields(
        ability([Role.SUPERVISOR]),
        'export',
        'DisclosurePack',
        { forceId: SWP },
        ['request', 'probeImage'],
      );
      expect([[...oversight], [...supervisor]]).toEqual([['request'], ['request', 'probeImage']]);
    });
  });

  describe('as SQL for lists', () => {
    const taskColumns = {
      forceId: { column: 'force_id' },
      stage: { column: 'stage' },
      status: { column: 'status' },
      requesterId: { column: 'requester_id' },
      firstReviewerId: { column: 'first_reviewer_id' },
      claimedById: { column: 'claimed_by_id' },
      exposedOfficerIds: {
        sql: (a: string) => `ARRAY(SELECT x FROM seen WHERE r = "${a}"."request_id")`,
        array: true,
      },
    };

    it("should keep a reviewer's pool to open tasks of their force they may take, plus their own", () => {
      const filter = abilityToWhere(
        ability([Role.REVIEWER], certified),
        'read',
        'ReviewTask',
        't',
        taskColumns,
      );
      expect(filter.sql).toContain('"t"."requester_id" IS DISTINCT FROM');
      expect(filter.sql).toContain('"t"."first_reviewer_id" IS DISTINCT FROM');
      expect(filter.sql).toContain('"t"."claimed_by_id" = ');
      expect(filter.sql).toContain('NOT (:casl_t_');
      expect(filter.sql).toContain('= ANY((ARRAY(SELECT x FROM seen WHERE r = "t"."request_id"))))');
      expect(Object.values(filter.params)).toEqual(
        expect.arrayContaining([SWP, 'me', ReviewTaskStatus.OPEN, ReviewStage.SECOND]),
      );
    });

    it('should give gallery managers no requests at all', () => {
      expect(
        abilityToWhere(ability([Role.GALLERY_MANAGER]), 'read', 'SearchRequest', 'r', {
          forceId: { column: 'force_id' },
          requesterId: { column: 'requester_id' },
        }).sql,
      ).toBe('FALSE');
    });
  });
});

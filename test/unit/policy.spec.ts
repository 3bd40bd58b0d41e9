import { Role } from '../../src/entities';
import { abilityToWhere, defineAbilityFor, PolicyActor, subject } from '../../src/policy';

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

describe('defineAbilityFor', () => {
  it('should give an anonymous caller nothing', () => {
    const ability = defineAbilityFor(null);
    expect(ability.can('read', 'Force')).toBe(false);
  });

  // role, action, subject, object, allowed
  const table: Array<
    [
      string,
      Role[],
      Parameters<ReturnType<typeof defineAbilityFor>['can']>[0],
      Parameters<typeof subject>[0],
      Record<string, unknown>,
      boolean,
    ]
  > = [
    ['requester creates a case in own force', [Role.REQUESTER], 'create', 'Case', { forceId: SWP }, true],
    // retention of searches: admins set their own force's periods; holds by the request's requester or a supervisor
    ['admin sets own retention periods', [Role.ADMIN], 'update', 'RetentionPolicy', { forceId: SWP }, true],
    [
      "admin sets another force's retention periods",
      [Role.ADMIN],
      'update',
      'RetentionPolicy',
      { forceId: GWP },
      false,
    ],
    [
      'supervisor sets retention periods',
      [Role.SUPERVISOR],
      'update',
      'RetentionPolicy',
      { forceId: SWP },
      false,
    ],
    [
      'oversight reads an overseen force’s retention periods',
      [Role.OVERSIGHT],
      'read',
      'RetentionPolicy',
      { forceId: GWP },
      true,
    ],
    [
      'oversight changes retention periods',
      [Role.OVERSIGHT],
      'update',
      'RetentionPolicy',
      { forceId: GWP },
      false,
    ],
    [
      'requester holds own request for proceedings',
      [Role.REQUESTER],
      'create',
      'RetentionHold',
      { forceId: SWP, requesterId: 'me' },
      true,
    ],
    [
      "requester holds another officer's request",
      [Role.REQUESTER],
      'create',
      'RetentionHold',
      { forceId: SWP, requesterId: 'other' },
      false,
    ],
    [
      "supervisor releases a hold on any of the force's requests",
      [Role.SUPERVISOR],
      'update',
      'RetentionHold',
      { forceId: SWP, requesterId: 'other' },
      true,
    ],
    [
      'gallery manager holds a request',
      [Role.GALLERY_MANAGER],
      'create',
      'RetentionHold',
      { forceId: SWP },
      false,
    ],
    // image uploads: requesters and gallery managers, each their own only
    [
      'requester uploads an image',
      [Role.REQUESTER],
      'create',
      'ImageUpload',
      { officerId: 'me', forceId: SWP },
      true,
    ],
    [
      'gallery manager uploads an image',
      [Role.GALLERY_MANAGER],
      'create',
      'ImageUpload',
      { officerId: 'me', forceId: SWP },
      true,
    ],
    [
      'requester uses own upload',
      [Role.REQUESTER],
      'read',
      'ImageUpload',
      { officerId: 'me', forceId: SWP },
      true,
    ],
    [
      "requester uses another officer's upload",
      [Role.REQUESTER],
      'read',
      'ImageUpload',
      { officerId: 'other', forceId: SWP },
      false,
    ],
    [
      'authoriser uploads an image',
      [Role.AUTHORISER],
      'create',
      'ImageUpload',
      { officerId: 'me', forceId: SWP },
      false,
    ],
    [
      'oversight uploads an image',
      [Role.OVERSIGHT],
      'create',
      'ImageUpload',
      { officerId: 'me', forceId: SWP },
      false,
    ],
    [
      'requester creates a case in another force',
      [Role.REQUESTER],
      'create',
      'Case',
      { forceId: GWP },
      false,
    ],
    [
      'requester reads a case assigned to them',
      [Role.REQUESTER],
      'read',
      'Case',
      { forceId: SWP, assignedOfficerIds: ['x', 'me'], createdById: 'x' },
      true,
    ],
    [
      'requester reads an unassigned case of own force',
      [Role.REQUESTER],
      'read',
      'Case',
      { forceId: SWP, assignedOfficerIds: ['x'], createdById: 'x' },
      false,
    ],
    [
      'requester reads an assigned case of another force',
      [Role.REQUESTER],
      'read',
      'Case',
      { forceId: GWP, assignedOfficerIds: ['me'], createdById: 'x' },
      false,
    ],
    [
      'supervisor reads any case of own force',
      [Role.SUPERVISOR],
      'read',
      'Case',
      { forceId: SWP, assignedOfficerIds: [], createdById: 'x' },
      true,
    ],
    [
      'supervisor reads a case of another force',
      [Role.SUPERVISOR],
      'read',
      'Case',
      { forceId: GWP, assignedOfficerIds: [], createdById: 'x' },
      false,
    ],
    [
      'gallery manager reads a case',
      [Role.GALLERY_MANAGER],
      'read',
      'Case',
      { forceId: SWP, assignedOfficerIds: [], createdById: 'x' },
      false,
    ],
    ['admin creates an officer in own force', [Role.ADMIN], 'create', 'Officer', { forceId: SWP }, true],
    ['admin creates an officer in another force', [Role.ADMIN], 'create', 'Officer', { forceId: GWP }, false],
    ['admin creates a case', [Role.ADMIN], 'create', 'Case', { forceId: SWP }, false],
    ['requester creates an officer', [Role.REQUESTER], 'create', 'Officer', { forceId: SWP }, false],
    ['admin shares own gallery', [Role.ADMIN], 'create', 'SharingAgreement', { galleryForceId: SWP }, true],
    [
      "admin shares another force's gallery",
      [Role.ADMIN],
      'create',
      'SharingAgreement',
      { galleryForceId: GWP },
      false,
    ],
    [
      'oversight reads events of an overseen force',
      [Role.OVERSIGHT],
      'read',
      'AuditEvent',
      { forceId: GWP },
      true,
    ],
    [
      'oversight reads events of another force',
      [Role.OVERSIGHT],
      'read',
      'AuditEvent',
      { forceId: 'force-other' },
      false,
    ],
    ['requester reads audit events', [Role.REQUESTER], 'read', 'AuditEvent', { forceId: SWP }, false],
    ['admin reads audit events', [Role.ADMIN], 'read', 'AuditEvent', { forceId: SWP }, false],
    [
      'oversight exports events of an overseen force',
      [Role.OVERSIGHT],
      'export',
      'AuditEvent',
      { forceId: SWP },
      true,
    ],
    [
      'oversight exports events of another force',
      [Role.OVERSIGHT],
      'export',
      'AuditEvent',
      { forceId: 'force-other' },
      false,
    ],
    [
      'oversight exports events of no force (system events)',
      [Role.OVERSIGHT],
      'export',
      'AuditEvent',
      { forceId: null },
      false,
    ],
    ['admin exports audit events', [Role.ADMIN], 'export', 'AuditEvent', { forceId: SWP }, false],
    // the lead after the match: evidence and actions by the request's requester or a supervisor of
    // the force; approval by a supervisor who did not propose it
    ...([
      [
        'requester corroborates own lead',
        [Role.REQUESTER],
        'create',
        'LeadCorroboration',
        { forceId: SWP, requesterId: 'me' },
        true,
      ],
      [
        "requester corroborates another's lead",
        [Role.REQUESTER],
        'create',
        'LeadCorroboration',
        { forceId: SWP, requesterId: 'x' },
        false,
      ],
      [
        'supervisor corroborates a lead of the force',
        [Role.SUPERVISOR],
        'create',
        'LeadCorroboration',
        { forceId: SWP, requesterId: 'x' },
        true,
      ],
      [
        "supervisor corroborates another force's lead",
        [Role.SUPERVISOR],
        'create',
        'LeadCorroboration',
        { forceId: GWP, requesterId: 'x' },
        false,
      ],
      [
        'authoriser corroborates a lead',
        [Role.AUTHORISER],
        'create',
        'LeadCorroboration',
        { forceId: SWP, requesterId: 'x' },
        false,
      ],
      [
        'oversight corroborates a lead',
        [Role.OVERSIGHT],
        'create',
        'LeadCorroboration',
        { forceId: SWP, requesterId: 'x' },
        false,
      ],
      [
        'oversight reads an overseen lead',
        [Role.OVERSIGHT],
        'read',
        'LeadCorroboration',
        { forceId: GWP, requesterId: 'x' },
        true,
      ],
      [
        'requester proposes an action on own lead',
        [Role.REQUESTER],
        'create',
        'LeadAction',
        { forceId: SWP, requesterId: 'me' },
        true,
      ],
      [
        'reviewer proposes an action',
        [Role.REVIEWER],
        'create',
        'LeadAction',
        { forceId: SWP, requesterId: 'x' },
        false,
      ],
      [
        'requester approves an action',
        [Role.REQUESTER],
        'authorise',
        'LeadAction',
        { forceId: SWP, requesterId: 'me', proposedById: 'x' },
        false,
      ],
      [
        "supervisor approves another's proposal",
        [Role.SUPERVISOR],
        'authorise',
        'LeadAction',
        { forceId: SWP, requesterId: 'x', proposedById: 'x' },
        true,
      ],
      [
        'supervisor approves own proposal',
        [Role.SUPERVISOR],
        'authorise',
        'LeadAction',
        { forceId: SWP, requesterId: 'x', proposedById: 'me' },
        false,
      ],
      [
        "supervisor approves another force's action",
        [Role.SUPERVISOR],
        'authorise',
        'LeadAction',
        { forceId: GWP, requesterId: 'x', proposedById: 'x' },
        false,
      ],
      [
        'oversight approves an action',
        [Role.OVERSIGHT],
        'authorise',
        'LeadAction',
        { forceId: SWP, requesterId: 'x', proposedById: 'x' },
        false,
      ],
    ] as typeof table),
  ];

  it.each(table)('%s', (_name, roles, action, subjectName, object, allowed) => {
    const ability = defineAbilityFor(
      actor(roles, { overseesForceIds: roles.includes(Role.OVERSIGHT) ? [SWP, GWP] : [] }),
    );
    expect(ability.can(action, subject(subjectName, { ...object }))).toBe(allowed);
  });

  it('should let only oversight verify the audit chain', () => {
    for (const role of Object.values(Role)) {
      expect(defineAbilityFor(actor([role], { overseesForceIds: [SWP] })).can('verify', 'AuditChain')).toBe(
        role === Role.OVERSIGHT,
      );
    }
  });

  it('should let only oversight export the audit chain head', () => {
    for (const role of Object.values(Role)) {
      expect(defineAbilityFor(actor([role], { overseesForceIds: [SWP] })).can('export', 'AuditChain')).toBe(
        role === Role.OVERSIGHT,
      );
    }
  });
});

describe('abilityToWhere', () => {
  const fields = {
    forceId: { column: 'force_id' },
    createdById: { column: 'created_by_id' },
    assignedOfficerIds: { column: 'assigned_officer_ids', array: true },
  };

  it("should translate a requester's case rules into parameterised SQL", () => {
    const filter = abilityToWhere(defineAbilityFor(actor([Role.REQUESTER])), 'read', 'Case', 'c', fields);
    expect(filter.sql).toContain('"c"."force_id" = :');
    expect(filter.sql).toContain('= ANY("c"."assigned_officer_ids")');
    expect(Object.values(filter.params)).toEqual(expect.arrayContaining([SWP, 'me']));
    expect(filter.sql).not.toContain(SWP);
  });

  it('should return FALSE when nothing may be read', () => {
    expect(
      abilityToWhere(defineAbilityFor(actor([Role.GALLERY_MANAGER])), 'read', 'Case', 'c', fields).sql,
    ).toBe('FALSE');
  });

  it('should refuse a field without a column mapping rather than widen the list', () => {
    expect(() =>
      abilityToWhere(defineAbilityFor(actor([Role.REQUESTER])), 'read', 'Case', 'c', {
        forceId: { column: 'force_id' },
      }),
    ).toThrow(/no column mapping/);
  });
});

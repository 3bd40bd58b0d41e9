import { AbilityBuilder, createMongoAbility, ForcedSubject, MongoAbility, MongoQuery, subject as tagSubject } from '@casl/ability';
import { Role } from '../entities/roles';
import type { PolicyActor } from './actor';
import { defineSearchRules } from './search-policy';

/**
 * The single source of who-may-do-what. `defineAbilityFor` turns an officer into a CASL ability;
 * services check single objects with it and translate it into SQL filters for lists
 * (`abilityToWhere`), so a list never holds a row its reader may not see.
 *
 * Each role's rules follow DESIGN.md's "Who uses it" table; later features add their subjects
 * here and their rows to test/unit/policy.spec.ts.
 */
export type Action =
  | 'manage' | 'create' | 'read' | 'update' | 'delete' | 'verify' | 'export'
  // the search workflow (src/policy/search-policy.ts)
  | 'search' | 'submit' | 'authorise' | 'run' | 'adjudicate' | 'close' | 'withdraw' | 'claim' | 'review' | 'release' | 'reassign';

export type SubjectName =
  | 'Force' | 'Officer' | 'SharingAgreement' | 'Case' | 'AuditEvent' | 'AuditChain' | 'CustodyImage' | 'DeletionRequest'
  | 'SearchRequest' | 'Gallery' | 'ReviewTask' | 'SearchCandidate' | 'FaceImage' | 'DisclosurePack'
  // oversight statistics and outcome monitoring
  | 'OversightStatistics' | 'LeadOutcome';
type TaggedObject = ForcedSubject<SubjectName>;
export type AppAbility = MongoAbility<[Action, SubjectName | TaggedObject], MongoQuery>;

export const subject = <T extends Record<string, unknown>>(type: SubjectName, object: T): TaggedObject => tagSubject(type, object);

/** `now` decides whether a reviewer's certification is still valid. */
export function defineAbilityFor(actor: PolicyActor | null, now: Date = new Date()): AppAbility {
  // The builder is left untyped: CASL's types cannot infer conditions for string subject names.
  const { can, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  if (!actor) return build() as AppAbility;
  const own = actor.forceId;
  const me = actor.officerId;
  const has = (role: Role) => actor.roles.includes(role);

  // Everyone signed in may see the list of forces and their own officer record.
  can('read', 'Force');
  can('read', 'Officer', { id: me });

  if (has(Role.ADMIN)) {
    can(['create', 'read', 'update'], 'Officer', { forceId: own });
    can('update', 'Force', { id: own });
    can(['create', 'read', 'update'], 'SharingAgreement', { galleryForceId: own });
    can('read', 'SharingAgreement', { searchingForceId: own });
  }
  if (has(Role.REQUESTER)) {
    can('create', 'Case', { forceId: own });
    can(['read', 'update'], 'Case', { forceId: own, assignedOfficerIds: me });
    can(['read', 'update'], 'Case', { forceId: own, createdById: me });
    // what became of a confirmed lead from one's own request (the service checks it was confirmed)
    can('create', 'LeadOutcome', { forceId: own, requesterId: me });
  }
  if (has(Role.SUPERVISOR)) {
    can(['read', 'update'], 'Case', { forceId: own });
    can('create', 'LeadOutcome', { forceId: own });
  }
  if (has(Role.AUTHORISER)) {
    can('read', 'Case', { forceId: own });
  }
  if (has(Role.GALLERY_MANAGER)) {
    can(['create', 'read', 'update'], 'CustodyImage', { forceId: own });
    can(['create', 'read', 'update'], 'DeletionRequest', { forceId: own });
  }
  if (has(Role.OVERSIGHT)) {
    const overseen = [...actor.overseesForceIds];
    can(['read', 'export'], 'AuditEvent', { forceId: { $in: overseen } });
    can(['verify', 'export'], 'AuditChain');
    can('read', 'Case', { forceId: { $in: overseen } });
    can('read', 'SharingAgreement', { galleryForceId: { $in: overseen } });
    // aggregate statistics and outcome monitoring of overseen forces: counts, never people or faces
    can(['read', 'export'], 'OversightStatistics', { forceId: { $in: overseen } });
  }
  defineSearchRules(can, actor, now);
  return build() as AppAbility;
}

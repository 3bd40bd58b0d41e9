import {
  AbilityBuilder,
  createMongoAbility,
  ForcedSubject,
  MongoAbility,
  MongoQuery,
  subject as tagSubject,
} from '@casl/ability';
import { FORCE_ROLES, OVERSIGHT_BODY_ROLES, Role } from '../entities/roles';
import type { PolicyActor } from './actor';
import { defineComplianceRules } from './compliance-policy';
import { defineGovernanceRules } from './governance-policy';
import { defineLeadRules } from './lead-policy';
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
  | 'manage'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'verify'
  | 'export'
  // the search workflow (src/policy/search-policy.ts)
  | 'search'
  | 'submit'
  // a draft's probe enhanced (src/services/probe-enhancement.service.ts)
  | 'enhance'
  | 'authorise'
  | 'run'
  | 'adjudicate'
  | 'close'
  | 'withdraw'
  | 'claim'
  | 'review'
  | 'release'
  | 'reassign'
  // officer management (src/policy/officer-access-policy.ts): adding and removing access
  | 'grant'
  | 'revoke'
  // the governance register (src/policy/governance-policy.ts): an officer has read a document version
  | 'acknowledge';

export type SubjectName =
  | 'Force'
  | 'Officer'
  | 'SharingAgreement'
  | 'Case'
  | 'AuditEvent'
  | 'AuditChain'
  | 'CustodyImage'
  | 'DeletionRequest'
  | 'SearchRequest'
  | 'Gallery'
  | 'ReviewTask'
  | 'SearchCandidate'
  | 'FaceImage'
  | 'DisclosurePack'
  // an image sent to POST /uploads: { officerId (the uploader), forceId }
  | 'ImageUpload'
  // oversight statistics and outcome monitoring
  | 'OversightStatistics'
  // the lead after a confirmed match (src/policy/lead-policy.ts)
  | 'LeadOutcome'
  | 'LeadCorroboration'
  | 'LeadAction'
  // what each face model version's cosines meant (aggregate figures of an evaluation set)
  | 'ModelCalibration'
  // a force's face model versions, their coverage and templates: { forceId }
  | 'ModelVersion'
  // a proposal to switch a force's active model version: { forceId, proposedById }
  | 'ModelSwitch'
  // a force's validation of a model version on its own labelled images (aggregate rates per group): { forceId }
  | 'ModelValidation'
  // parts of an officer's access: { officerId, forceId (the officer's), role } / { officerId, forceId (the overseen force) } / { officerId, forceId }
  | 'OfficerRole'
  | 'OversightGrant'
  | 'ReviewerCertification'
  // an officer's police rank: { officerId, forceId (the officer's) }
  | 'OfficerRank'
  // how long a force keeps searches' probes, candidate lists and review decisions: { forceId }
  | 'RetentionPolicy'
  // a search request retained for proceedings: { id (the request), forceId, requesterId }
  | 'RetentionHold'
  // the post-search compliance review of one completed search: { forceId, claimedById, participantIds }
  | 'ComplianceReview'
  // a force's governance documents and their versions: { forceId, registeredById (approving) }
  | 'GovernanceDocument';
type TaggedObject = ForcedSubject<SubjectName>;
export type AppAbility = MongoAbility<[Action, SubjectName | TaggedObject], MongoQuery>;

export const subject = <T extends Record<string, unknown>>(type: SubjectName, object: T): TaggedObject =>
  tagSubject(type, object);

/** `now` decides whether a reviewer's certification is still valid. */
export function defineAbilityFor(actor: PolicyActor | null, now: Date = new Date()): AppAbility {
  // The builder is left untyped: CASL's types cannot infer conditions for string subject names.
  const { can, cannot, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  if (!actor) return build() as AppAbility;
  const own = actor.forceId;
  const me = actor.officerId;
  const has = (role: Role) => actor.roles.includes(role);

  // Everyone signed in may see the list of forces and their own officer record.
  can('read', 'Force');
  can('read', 'Officer', { id: me });

  // Officer management. An admin manages its own force's officers and grants oversight of its own
  // force only; the national oversight administrator manages the officers of oversight bodies and
  // grants oversight of any force. Adding access that opens case content also needs a second
  // authorised person (OfficerService); nobody changes their own access (the `cannot`s below).
  if (has(Role.ADMIN)) {
    can(['create', 'read', 'update'], 'Officer', { forceId: own });
    // who oversees this force, whichever force they are registered with
    can('read', 'Officer', { overseesForceIds: own });
    can('update', 'Officer', { roles: Role.OVERSIGHT });
    can(['grant', 'revoke'], 'OfficerRole', {
      forceId: own,
      role: { $in: [...FORCE_ROLES, Role.OVERSIGHT] },
    });
    can(['grant', 'revoke'], 'ReviewerCertification', { forceId: own });
    // the rank seriousness tiers route authorisation by (audited with a reason)
    can('update', 'OfficerRank', { forceId: own });
    can(['read', 'grant', 'revoke'], 'OversightGrant', { forceId: own });
    // the force's settings: floors, the probe gate, seriousness tiers (each change audited with a reason)
    can('update', 'Force', { id: own });
    // the force's retention periods for searches (every change audited with a reason)
    can(['read', 'update'], 'RetentionPolicy', { forceId: own });
    // the calibrations their force's floor is read against
    can('read', 'ModelCalibration');
    // which face model version their force searches with, and how far each covers its gallery
    can('read', ['ModelVersion', 'ModelSwitch'], { forceId: own });
    // the force's validations of each model version: per-group rates and the equitable threshold
    can('read', 'ModelValidation', { forceId: own });
    can(['create', 'read', 'update'], 'SharingAgreement', { galleryForceId: own });
    can('read', 'SharingAgreement', { searchingForceId: own });
  }
  if (has(Role.REQUESTER)) {
    can('create', 'Case', { forceId: own });
    can(['read', 'update'], 'Case', { forceId: own, assignedOfficerIds: me });
    can(['read', 'update'], 'Case', { forceId: own, createdById: me });
    // retaining one's own request for proceedings, and releasing it
    can(['create', 'update'], 'RetentionHold', { forceId: own, requesterId: me });
  }
  if (has(Role.SUPERVISOR)) {
    can(['read', 'update'], 'Case', { forceId: own });
    can(['create', 'update'], 'RetentionHold', { forceId: own });
    can('read', 'RetentionPolicy', { forceId: own });
  }
  if (has(Role.AUTHORISER)) {
    can('read', 'Case', { forceId: own });
    // what a threshold below the equitable one means for each group, before authorising it
    can('read', 'ModelValidation', { forceId: own });
  }
  if (has(Role.GALLERY_MANAGER)) {
    can(['create', 'read', 'update'], 'CustodyImage', { forceId: own });
    can(['create', 'read', 'update'], 'DeletionRequest', { forceId: own });
    // the force's face model versions: coverage, deleting a retired version's templates, and
    // switching (one proposes, another approves: nobody approves their own proposal)
    can(['read', 'delete'], 'ModelVersion', { forceId: own });
    can(['create', 'read', 'update'], 'ModelSwitch', { forceId: own });
    can('read', 'ModelValidation', { forceId: own });
    cannot('update', 'ModelSwitch', { proposedById: me });
  }
  if (has(Role.REQUESTER) || has(Role.GALLERY_MANAGER)) {
    // a probe or a custody photograph, sent ahead of the mutation that uses it: the uploader's own only
    can(['create', 'read', 'delete'], 'ImageUpload', { officerId: me, forceId: own });
  }
  if (has(Role.OVERSIGHT)) {
    const overseen = [...actor.overseesForceIds];
    can(['read', 'export'], 'AuditEvent', { forceId: { $in: overseen } });
    can(['verify', 'export'], 'AuditChain');
    can('read', 'Case', { forceId: { $in: overseen } });
    can('read', 'SharingAgreement', { galleryForceId: { $in: overseen } });
    // aggregate statistics and outcome monitoring of overseen forces: counts, never people or faces
    can(['read', 'export'], 'OversightStatistics', { forceId: { $in: overseen } });
    // how long overseen forces keep searches (the purges and holds are in the statistics)
    can('read', 'RetentionPolicy', { forceId: { $in: overseen } });
    // which calibration each search's threshold was read against
    can('read', 'ModelCalibration');
    // which model version each overseen force searches with, and its switches
    can('read', ['ModelVersion', 'ModelSwitch'], { forceId: { $in: overseen } });
    // whether each overseen force validated its model versions on its own images, and how they did per group
    can('read', 'ModelValidation', { forceId: { $in: overseen } });
  }
  if (has(Role.OVERSIGHT_ADMIN)) {
    // registers oversight officers (in its own registration force) and grants them forces; no case content
    can('create', 'Officer', { forceId: own });
    can(['read', 'update'], 'Officer', { roles: { $in: [...OVERSIGHT_BODY_ROLES] } });
    can(['grant', 'revoke'], 'OfficerRole', { role: { $in: [...OVERSIGHT_BODY_ROLES] } });
    can(['read', 'grant', 'revoke'], 'OversightGrant');
  }
  if (has(Role.OVERSIGHT)) {
    // who else oversees the forces one oversees
    can('read', 'OversightGrant', { forceId: { $in: [...actor.overseesForceIds] } });
  }
  cannot('update', 'Officer', { id: me });
  cannot(['grant', 'revoke'], ['OfficerRole', 'OversightGrant', 'ReviewerCertification'], { officerId: me });
  cannot('update', 'OfficerRank', { officerId: me });
  defineSearchRules(can, actor, now);
  defineComplianceRules(can, actor);
  defineLeadRules(can, actor);
  defineGovernanceRules(can, actor);
  return build() as AppAbility;
}

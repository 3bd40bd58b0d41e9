import type { AbilityBuilder, MongoAbility } from '@casl/ability';
import { GovernanceDocumentKind, GovernanceDocumentVersionStatus } from '../entities/governance.enums';
import { FORCE_ROLES, Role } from '../entities/roles';
import type { PolicyActor } from './actor';

/**
 * The governance register (Bridges [2020]: the DPIA and the equality duty; DPA 2018 s35/s42: the
 * appropriate policy document; the ICO's 2025 audit: policies under version control, staff told of
 * changes). Pure: who may register, approve, read and acknowledge a force's documents, which
 * version of a document is in force, which required kinds have none, and which workflow steps wait
 * for the acting officer's acknowledgement of the force's facial recognition policy.
 *
 * Objects the conditions refer to:
 * - GovernanceDocument { forceId, registeredById (approving: who registered the version) }
 */

export function defineGovernanceRules(can: AbilityBuilder<MongoAbility>['can'], actor: PolicyActor): void {
  const own = actor.forceId;
  const me = actor.officerId;
  const has = (role: Role) => actor.roles.includes(role);
  if (FORCE_ROLES.some(has)) {
    // every officer of the force reads its policies (they acknowledge what they read)
    can(['read', 'acknowledge'], 'GovernanceDocument', { forceId: own });
  }
  if (has(Role.ADMIN)) {
    can('create', 'GovernanceDocument', { forceId: own });
    // the two-person habit: nobody approves a version they registered themselves
    can('authorise', 'GovernanceDocument', { forceId: own, registeredById: { $ne: me } });
  }
  if (has(Role.OVERSIGHT)) {
    can('read', 'GovernanceDocument', { forceId: { $in: [...actor.overseesForceIds] } });
  }
}

/** What is needed of a version to tell whether it is in force. */
export interface VersionPeriod {
  status: GovernanceDocumentVersionStatus;
  effectiveFrom: Date;
  effectiveTo: Date | null;
}

/** Approved, started, and not yet ended. */
export function isInForce(v: VersionPeriod, at: Date): boolean {
  return (
    v.status === GovernanceDocumentVersionStatus.APPROVED &&
    v.effectiveFrom.getTime() <= at.getTime() &&
    (v.effectiveTo === null || at.getTime() < v.effectiveTo.getTime())
  );
}

/** Of one document's versions, the one in force at `at` (the latest start, should periods overlap). */
export function versionInForce<T extends VersionPeriod>(versions: readonly T[], at: Date): T | null {
  return (
    versions
      .filter((v) => isInForce(v, at))
      .sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0] ?? null
  );
}

/** The required kinds no document has a version in force of, in the order required. */
export function missingKinds(
  required: readonly GovernanceDocumentKind[],
  inForce: ReadonlyArray<{ kind: GovernanceDocumentKind }>,
): GovernanceDocumentKind[] {
  const present = new Set(inForce.map((d) => d.kind));
  return [...new Set(required)].filter((k) => !present.has(k));
}

/** The document kind whose versions every officer acknowledges before their next workflow step. */
export const ACKNOWLEDGED_KIND = GovernanceDocumentKind.FACIAL_RECOGNITION_POLICY;

/**
 * Workflow steps an officer takes only once they have acknowledged the version of their force's
 * facial recognition policy in force: a request's creation, submission, search, authorisation and
 * adjudication; a review task's claim, submission and reassignment. Stepping back (withdrawing,
 * closing, releasing a task) is never held up, nor is anything the workflow does by itself.
 */
export const ACKNOWLEDGED_REQUEST_STEPS: readonly string[] = [
  'create',
  'submit',
  'authorise',
  'refuse',
  'startSearch',
  'adjudicate',
];
export const ACKNOWLEDGED_TASK_STEPS: readonly string[] = ['claim', 'submit', 'reassign'];

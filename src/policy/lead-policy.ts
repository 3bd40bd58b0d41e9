import type { AbilityBuilder, MongoAbility } from '@casl/ability';
import { LeadActionType } from '../entities/lead.enums';
import { Role } from '../entities/roles';
import type { PolicyActor } from './actor';

/**
 * The lead after the match (Detroit's 2024 settlement: no arrest on a facial recognition result
 * alone, no line-up straight after a search without independent and reliable evidence; in England
 * and Wales a disputed identification goes to a PACE Code D procedure). A confirmed possible match
 * is intelligence. Pure: who may record what came of it, who may record corroborating evidence,
 * propose an action and approve one, and which actions need corroboration first.
 *
 * Objects the conditions refer to:
 * - LeadOutcome, LeadCorroboration { id (the search request), forceId, requesterId }
 * - LeadAction { id (the action; the request when proposing), forceId, requesterId, proposedById }
 */

/** Actions that reach the person a possible match names: each needs recorded corroboration first. */
export const ACTIONS_NEEDING_CORROBORATION: readonly LeadActionType[] = [
  LeadActionType.IDENTIFICATION_PROCEDURE,
  LeadActionType.ARREST,
  LeadActionType.CHARGE,
  LeadActionType.PUBLIC_APPEAL,
];

export function defineLeadRules(can: AbilityBuilder<MongoAbility>['can'], actor: PolicyActor): void {
  const own = actor.forceId;
  const me = actor.officerId;
  const has = (role: Role) => actor.roles.includes(role);
  if (has(Role.REQUESTER)) {
    // the investigating officer who made the request: what came of the lead, the evidence that
    // corroborates it, and actions proposed on it (the service checks it was confirmed)
    can('create', 'LeadOutcome', { forceId: own, requesterId: me });
    can(['read', 'create'], ['LeadCorroboration', 'LeadAction'], { forceId: own, requesterId: me });
  }
  if (has(Role.SUPERVISOR)) {
    can('create', 'LeadOutcome', { forceId: own });
    can(['read', 'create'], ['LeadCorroboration', 'LeadAction'], { forceId: own });
    // approving (or turning down) an action: a supervisor of the force who did not propose it
    can('authorise', 'LeadAction', { forceId: own, proposedById: { $ne: me } });
  }
  if (has(Role.OVERSIGHT)) {
    // what was done on the leads of the forces they oversee; never a face image
    can('read', ['LeadCorroboration', 'LeadAction'], { forceId: { $in: [...actor.overseesForceIds] } });
  }
}

import { subject as tagSubject } from '@casl/ability';
import { OVERSIGHT_BODY_ROLES, Role } from '../entities/roles';
import type { AppAbility } from './ability';

/**
 * Who may change an officer's access, and which changes need a second person. Pure: the officer
 * service computes a plan with `planAccessChange`, checks every part of it against the caller's
 * ability (`refusedPart`), applies the reductions at once and turns the additions into a proposal
 * that a second authorised officer must approve.
 *
 * An officer's access is three things: roles, the forces they oversee (with OVERSIGHT) and the
 * date their facial examiner certification runs to. Each change is made of parts, checked as
 * CASL subjects (src/policy/ability.ts):
 * - OfficerRole           { officerId, forceId: the officer's force, role }
 * - OversightGrant        { officerId, forceId: the overseen force }
 * - ReviewerCertification { officerId, forceId: the officer's force }
 * with the action `grant` (adding) or `revoke` (removing).
 */

/**
 * Adding any of these needs a second person: they open case content (SUPERVISOR, OVERSIGHT,
 * AUTHORISER, REVIEWER), custody images (GALLERY_MANAGER), or the power to grant (ADMIN,
 * OVERSIGHT_ADMIN). Only REQUESTER, which reaches nothing but the cases its holder is assigned
 * to, is granted by one admin alone.
 */
export const ROLES_NEEDING_SECOND_PERSON: readonly Role[] = Object.values(Role).filter(
  (r) => r !== Role.REQUESTER,
);

export interface OfficerAccess {
  roles: readonly Role[];
  overseesForceIds: readonly string[];
  reviewerCertifiedUntil: Date | null;
}

/** What the caller wants the officer to have; `reviewerCertifiedUntil` undefined leaves it as it is. */
export interface DesiredAccess {
  roles: readonly Role[];
  /** Undefined: keep the current forces while the officer keeps OVERSIGHT, none otherwise. */
  overseesForceIds?: readonly string[];
  reviewerCertifiedUntil?: Date | null;
}

/** Additions that wait for a second person. */
export interface AccessAdditions {
  addRoles: Role[];
  addOverseenForceIds: string[];
  /** A later certification date; null when none is proposed. */
  reviewerCertifiedUntil: Date | null;
}

export interface AccessPlan {
  /** The officer's access once the immediate part is applied. */
  now: OfficerAccess;
  /** The officer's access if the proposal is approved (equal to `now` when there is none). */
  proposed: OfficerAccess;
  removedRoles: Role[];
  /** Roles added at once (REQUESTER). */
  addedRoles: Role[];
  revokedForceIds: string[];
  /** The certification is shortened or withdrawn at once. */
  certificationReduced: boolean;
  /** Null when nothing needs a second person. */
  proposal: AccessAdditions | null;
}

export interface AccessPart {
  action: 'grant' | 'revoke';
  subject: 'OfficerRole' | 'OversightGrant' | 'ReviewerCertification';
  object: { officerId: string; forceId: string; role?: Role };
}

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export function planAccessChange(current: OfficerAccess, desired: DesiredAccess): AccessPlan {
  const roles = unique(desired.roles);
  const forces = unique(
    desired.overseesForceIds ?? (roles.includes(Role.OVERSIGHT) ? current.overseesForceIds : []),
  );
  const removedRoles = current.roles.filter((r) => !roles.includes(r));
  const addedRoles = roles.filter((r) => !current.roles.includes(r));
  const revokedForceIds = current.overseesForceIds.filter((f) => !forces.includes(f));
  const grantedForceIds = forces.filter((f) => !current.overseesForceIds.includes(f));
  const wanted = desired.reviewerCertifiedUntil;
  const extended =
    wanted !== undefined &&
    wanted !== null &&
    (current.reviewerCertifiedUntil === null || wanted > current.reviewerCertifiedUntil);
  const certificationReduced =
    wanted !== undefined && !extended && !sameInstant(wanted, current.reviewerCertifiedUntil);

  const immediateRoles = addedRoles.filter((r) => !ROLES_NEEDING_SECOND_PERSON.includes(r));
  const pendingRoles = addedRoles.filter((r) => ROLES_NEEDING_SECOND_PERSON.includes(r));
  const now: OfficerAccess = {
    roles: [...current.roles.filter((r) => roles.includes(r)), ...immediateRoles],
    overseesForceIds: current.overseesForceIds.filter((f) => forces.includes(f)),
    reviewerCertifiedUntil: certificationReduced ? (wanted ?? null) : current.reviewerCertifiedUntil,
  };
  const proposal =
    pendingRoles.length || grantedForceIds.length || extended
      ? {
          addRoles: pendingRoles,
          addOverseenForceIds: grantedForceIds,
          reviewerCertifiedUntil: extended ? wanted : null,
        }
      : null;
  return {
    now,
    proposed: proposal ? applyAdditions(now, proposal) : now,
    removedRoles,
    addedRoles: immediateRoles,
    revokedForceIds,
    certificationReduced,
    proposal,
  };
}

/** The access an officer has once `additions` are granted on top of `access`. */
export function applyAdditions(access: OfficerAccess, additions: AccessAdditions): OfficerAccess {
  return {
    roles: unique([...access.roles, ...additions.addRoles]),
    overseesForceIds: unique([...access.overseesForceIds, ...additions.addOverseenForceIds]),
    reviewerCertifiedUntil:
      additions.reviewerCertifiedUntil &&
      (!access.reviewerCertifiedUntil || additions.reviewerCertifiedUntil > access.reviewerCertifiedUntil)
        ? additions.reviewerCertifiedUntil
        : access.reviewerCertifiedUntil,
  };
}

/** Why this combination of roles and forces cannot be held; null when it can. */
export function accessProblem(access: OfficerAccess): { message: string; field: string } | null {
  if (access.roles.includes(Role.OVERSIGHT) && access.overseesForceIds.length === 0) {
    return { message: 'An oversight officer must oversee at least one force', field: 'overseesForceIds' };
  }
  if (!access.roles.includes(Role.OVERSIGHT) && access.overseesForceIds.length > 0) {
    return { message: 'Only an officer with the OVERSIGHT role oversees forces', field: 'overseesForceIds' };
  }
  // Oversight watches the police; it must not also be one of the people it watches, and the
  // national administrator who grants oversight does not exercise it.
  for (const role of OVERSIGHT_BODY_ROLES) {
    if (access.roles.includes(role) && access.roles.length > 1)
      return { message: `The ${role} role cannot be combined with other roles`, field: 'roles' };
  }
  return null;
}

/** The parts of the immediate change (removals, and roles anyone allowed may add alone). */
export function immediateParts(officer: { id: string; forceId: string }, plan: AccessPlan): AccessPart[] {
  return [
    ...plan.removedRoles.map((role) => rolePart('revoke', officer, role)),
    ...plan.addedRoles.map((role) => rolePart('grant', officer, role)),
    ...plan.revokedForceIds.map((forceId): AccessPart => ({
      action: 'revoke',
      subject: 'OversightGrant',
      object: { officerId: officer.id, forceId },
    })),
    ...(plan.certificationReduced
      ? [
          {
            action: 'revoke',
            subject: 'ReviewerCertification',
            object: { officerId: officer.id, forceId: officer.forceId },
          } as AccessPart,
        ]
      : []),
  ];
}

/** The parts of a proposal: whoever proposes it, and whoever approves it, must be allowed every one. */
export function proposalParts(
  officer: { id: string; forceId: string },
  additions: AccessAdditions,
): AccessPart[] {
  return [
    ...additions.addRoles.map((role) => rolePart('grant', officer, role)),
    ...additions.addOverseenForceIds.map((forceId): AccessPart => ({
      action: 'grant',
      subject: 'OversightGrant',
      object: { officerId: officer.id, forceId },
    })),
    ...(additions.reviewerCertifiedUntil
      ? [
          {
            action: 'grant',
            subject: 'ReviewerCertification',
            object: { officerId: officer.id, forceId: officer.forceId },
          } as AccessPart,
        ]
      : []),
  ];
}

/** The first part the ability does not allow, or undefined when it allows them all. */
export function refusedPart(ability: AppAbility, parts: readonly AccessPart[]): AccessPart | undefined {
  return parts.find((p) => !ability.can(p.action, tagSubject(p.subject, { ...p.object })));
}

function rolePart(
  action: 'grant' | 'revoke',
  officer: { id: string; forceId: string },
  role: Role,
): AccessPart {
  return {
    action,
    subject: 'OfficerRole',
    object: { officerId: officer.id, forceId: officer.forceId, role },
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

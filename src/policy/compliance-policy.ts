import { createHash } from 'node:crypto';
import type { AbilityBuilder, MongoAbility } from '@casl/ability';
import {
  ComplianceCriterion,
  ComplianceFindingResult,
  ComplianceSampleRule,
} from '../entities/compliance.enums';
import { Role } from '../entities/roles';
import type { PolicyActor } from './actor';

/**
 * Post-search compliance review (the ICO's 2025 audit of South Wales and Gwent: every
 * retrospective search reviewed afterwards, the results reported to oversight meetings). Pure:
 * which completed searches are drawn, who may review one, and what a complete review holds.
 *
 * Objects the conditions refer to:
 * - ComplianceReview { forceId, claimedById, participantIds (everyone who took part in the search:
 *   requester, authoriser, both reviewers, adjudicator, whoever recorded the outcome or closed it,
 *   and every other officer the request's audit trail shows changing it) }
 */

/** A force may review a sample of its completed searches, never less than this share. */
export const COMPLIANCE_SAMPLE_FLOOR = 0.1;
export const COMPLIANCE_DUE_DAYS_MAX = 365;
export const COMPLIANCE_CRITERIA: readonly ComplianceCriterion[] = Object.values(ComplianceCriterion);

export interface SampleDecision {
  sampled: boolean;
  /** The rate applied: the force's, raised to the floor if it were ever below. */
  rate: number;
  /** The search's draw in [0, 1). */
  draw: number;
  rule: ComplianceSampleRule;
}

/**
 * The search's draw: the first 52 bits of SHA-256("twokey-compliance-sample:" + request id) as a
 * fraction of 2^52. Deterministic and recomputable by anyone holding the id, so the sample cannot
 * be steered after the fact and an auditor can check every decision.
 */
export function complianceSampleDraw(requestId: string): number {
  const hex = createHash('sha256')
    .update(`twokey-compliance-sample:${requestId.toLowerCase()}`)
    .digest('hex');
  return parseInt(hex.slice(0, 13), 16) / 2 ** 52;
}

/** Whether a completed search enters the queue at the force's rate (never below the floor). */
export function complianceSample(requestId: string, forceRate: number): SampleDecision {
  const rate = Math.min(1, Math.max(COMPLIANCE_SAMPLE_FLOOR, Number.isFinite(forceRate) ? forceRate : 1));
  const draw = complianceSampleDraw(requestId);
  if (rate >= 1) return { sampled: true, rate, draw, rule: ComplianceSampleRule.EVERY_SEARCH };
  const sampled = draw < rate;
  return { sampled, rate, draw, rule: sampled ? ComplianceSampleRule.DRAWN : ComplianceSampleRule.NOT_DRAWN };
}

export interface FindingInput {
  criterion: ComplianceCriterion;
  result: ComplianceFindingResult;
  note?: string | null;
}

export type FindingsProblem =
  | { kind: 'MISSING_CRITERION'; criterion: ComplianceCriterion }
  | { kind: 'DUPLICATE_CRITERION'; criterion: ComplianceCriterion }
  | { kind: 'NOTE_REQUIRED'; criterion: ComplianceCriterion };

/** A review holds exactly one finding per criterion, and a NOT_MET finding says why. */
export function findingsProblem(findings: readonly FindingInput[]): FindingsProblem | null {
  const seen = new Set<ComplianceCriterion>();
  for (const f of findings) {
    if (seen.has(f.criterion)) return { kind: 'DUPLICATE_CRITERION', criterion: f.criterion };
    seen.add(f.criterion);
    if (f.result === ComplianceFindingResult.NOT_MET && !(f.note ?? '').trim())
      return { kind: 'NOTE_REQUIRED', criterion: f.criterion };
  }
  const missing = COMPLIANCE_CRITERIA.find((c) => !seen.has(c));
  return missing ? { kind: 'MISSING_CRITERION', criterion: missing } : null;
}

/** Adds the compliance review rules for `actor` (called by `defineAbilityFor`). */
export function defineComplianceRules(can: AbilityBuilder<MongoAbility>['can'], actor: PolicyActor): void {
  const own = actor.forceId;
  const me = actor.officerId;
  if (actor.roles.includes(Role.SUPERVISOR)) {
    // a supervisor sees the force's queue, but reviews only searches they took no part in
    can('read', 'ComplianceReview', { forceId: own });
    can('claim', 'ComplianceReview', { forceId: own, participantIds: { $ne: me } });
    can(['review', 'release'], 'ComplianceReview', {
      forceId: own,
      claimedById: me,
      participantIds: { $ne: me },
    });
  }
  if (actor.roles.includes(Role.OVERSIGHT)) {
    // the findings and their notes of the forces they oversee; never a face image
    can('read', 'ComplianceReview', { forceId: { $in: [...actor.overseesForceIds] } });
  }
}

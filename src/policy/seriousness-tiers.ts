import {
  OffenceCategory,
  OfficerRank,
  TierAuthorisation,
  type AppliedSeriousnessTier,
  type SeriousnessTier,
} from '../entities/roles';
import { CALIBRATED_FALSE_MATCH_RATES, isCalibratedFalseMatchRate } from './score-scale';

/**
 * Seriousness tiers (issue 15, item 3). Per force, each offence category is in one tier; the tier
 * decides who must authorise a search (nobody, any authoriser, at least an inspector, at least a
 * superintendent), the longest candidate list, the threshold floor (a false-match rate, read as a
 * cosine through the model version's calibration: score-scale.ts), and whether records of people
 * under 18 at capture or not convicted may be searched at all. Pure: the gallery plan applies the
 * tier, the force service validates a new configuration with `tierConfigurationProblems`.
 *
 * A force that configured none has the default configuration, which is how searches were decided
 * before tiers: the force's allowed offence categories need no authorisation, every other category
 * needs any authoriser; the force's own floor, lists of up to 200, and under-18 and not-convicted
 * records searchable with authorisation.
 */

/** Candidate list length: at most this many, whatever the tier (the plan's MAX_K). */
export const TIER_MAX_CANDIDATES = 200;
export const TIER_NAME_LIMIT = { min: 2, max: 60 } as const;

export const DEFAULT_TIER_NAMES = {
  allowed: 'Searchable without authorisation',
  authorised: 'Needs authorisation',
} as const;

/** The force fields the tiers are read from. */
export interface TierForce {
  allowedOffenceCategories: readonly OffenceCategory[];
  seriousnessTiers?: readonly SeriousnessTier[] | null;
}

/** The default configuration of a force that configured none (the behaviour before tiers). */
export function defaultSeriousnessTiers(
  force: Pick<TierForce, 'allowedOffenceCategories'>,
): SeriousnessTier[] {
  const allowed = Object.values(OffenceCategory).filter((c) => force.allowedOffenceCategories.includes(c));
  const others = Object.values(OffenceCategory).filter((c) => !allowed.includes(c));
  const tier = (name: string, offenceCategories: OffenceCategory[], authorisation: TierAuthorisation) => ({
    name,
    offenceCategories,
    authorisation,
    maxCandidates: TIER_MAX_CANDIDATES,
    thresholdFloorFalseMatchRate: null,
    under18Searchable: true,
    notConvictedSearchable: true,
  });
  return [
    ...(allowed.length > 0 ? [tier(DEFAULT_TIER_NAMES.allowed, allowed, TierAuthorisation.NONE)] : []),
    ...(others.length > 0
      ? [tier(DEFAULT_TIER_NAMES.authorised, others, TierAuthorisation.ANY_AUTHORISER)]
      : []),
  ];
}

/** The tiers a force's searches are decided by: its own, or the default configuration. */
export function effectiveSeriousnessTiers(force: TierForce): {
  tiers: SeriousnessTier[];
  configured: boolean;
} {
  return force.seriousnessTiers
    ? { tiers: force.seriousnessTiers.map((t) => ({ ...t })), configured: true }
    : { tiers: defaultSeriousnessTiers(force), configured: false };
}

/** The tier of an offence category in a force. A configuration covers every category (checked when set). */
export function tierFor(force: TierForce, offenceCategory: OffenceCategory): AppliedSeriousnessTier {
  const { tiers, configured } = effectiveSeriousnessTiers(force);
  const tier = tiers.find((t) => t.offenceCategories.includes(offenceCategory));
  if (!tier) throw new Error(`offence category ${offenceCategory} is in no seriousness tier`);
  return { ...tier, offenceCategories: [...tier.offenceCategories], configured };
}

/** Ranks, lowest first; a rank meets a requirement when it is at or above it. */
const RANK_ORDER: readonly OfficerRank[] = Object.values(OfficerRank);

/** 0 for none; else 1 (constable) .. 9 (chief constable). */
export function rankLevel(rank: OfficerRank | null | undefined): number {
  return rank ? RANK_ORDER.indexOf(rank) + 1 : 0;
}

/** The lowest rank that may authorise a search of the tier; null: any authoriser. */
export function authorisationRankOf(tier: Pick<SeriousnessTier, 'authorisation'>): OfficerRank | null {
  if (tier.authorisation === TierAuthorisation.INSPECTOR) return OfficerRank.INSPECTOR;
  if (tier.authorisation === TierAuthorisation.SUPERINTENDENT) return OfficerRank.SUPERINTENDENT;
  return null;
}

export function rankMeets(rank: OfficerRank | null | undefined, required: OfficerRank | null): boolean {
  return rankLevel(rank) >= rankLevel(required);
}

/** A problem with a tier configuration: which field (`tiers[1].maxCandidates`) and why. */
export interface TierProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a configuration a force admin sends (empty: it may be stored): names present
 * and distinct, every offence category in exactly one tier, list lengths 1..200, floors that the
 * calibration measured.
 */
export function tierConfigurationProblems(tiers: readonly SeriousnessTier[]): TierProblem[] {
  const problems: TierProblem[] = [];
  if (tiers.length === 0) problems.push({ field: 'tiers', message: 'At least one tier is needed' });
  const names = new Set<string>();
  const placed = new Map<OffenceCategory, number>();
  tiers.forEach((tier, i) => {
    const at = (f: string) => `tiers[${i}].${f}`;
    const name = tier.name.trim();
    if (name.length < TIER_NAME_LIMIT.min || name.length > TIER_NAME_LIMIT.max)
      problems.push({
        field: at('name'),
        message: `A tier's name has ${TIER_NAME_LIMIT.min} to ${TIER_NAME_LIMIT.max} characters`,
      });
    else if (names.has(name.toLowerCase()))
      problems.push({ field: at('name'), message: `Two tiers are named "${name}"` });
    names.add(name.toLowerCase());
    if (!Object.values(TierAuthorisation).includes(tier.authorisation))
      problems.push({ field: at('authorisation'), message: 'Unknown authorisation level' });
    if (
      !Number.isInteger(tier.maxCandidates) ||
      tier.maxCandidates < 1 ||
      tier.maxCandidates > TIER_MAX_CANDIDATES
    )
      problems.push({
        field: at('maxCandidates'),
        message: `maxCandidates must be a whole number from 1 to ${TIER_MAX_CANDIDATES}`,
      });
    const rate = tier.thresholdFloorFalseMatchRate;
    if (rate !== null && !isCalibratedFalseMatchRate(rate))
      problems.push({
        field: at('thresholdFloorFalseMatchRate'),
        message: `thresholdFloorFalseMatchRate must be one of ${CALIBRATED_FALSE_MATCH_RATES.join(', ')}, or null for the force's floor`,
      });
    for (const category of tier.offenceCategories) {
      if (!Object.values(OffenceCategory).includes(category))
        problems.push({ field: at('offenceCategories'), message: `Unknown offence category ${category}` });
      else if (placed.has(category))
        problems.push({
          field: at('offenceCategories'),
          message: `${category} is already in tier ${placed.get(category)! + 1}: each offence category is in one tier`,
        });
      else placed.set(category, i);
    }
  });
  const missing = Object.values(OffenceCategory).filter((c) => !placed.has(c));
  if (tiers.length > 0 && missing.length > 0)
    problems.push({
      field: 'tiers',
      message: `Every offence category must be in a tier; missing: ${missing.join(', ')}`,
    });
  return problems;
}

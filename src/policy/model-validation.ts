/**
 * A force's validation of a face model version on its own labelled images (Bridges [2020]: a force
 * must take reasonable steps to find out whether the algorithm is biased; NPL 2023 and 2025: a
 * threshold is a fairness decision). Pure: the command-line tool (`npm run validate-model`) makes
 * the scores with the real face pipeline and hands them in; this file turns them into per-group
 * rates with 95% Wilson intervals at a ladder of thresholds, and into the equitable threshold.
 *
 * Definitions (one search per probe image, against a gallery holding at most one image of the
 * probe's identity):
 * - a mated search has its identity in the gallery; its *mate score* is the cosine with that entry;
 *   a non-mated search has not;
 * - impostor pairs: the probe against every gallery entry of another identity (from mated and
 *   non-mated searches alike);
 * - false match rate (FMR) at t: share of impostor pairs scoring at or above t;
 * - false non-match rate (FNMR) at t: share of mated searches whose mate scores below t;
 * - false positive identification rate (FPIR) at t: share of non-mated searches returning anyone
 *   (their best impostor score at or above t);
 * - rank-1 / top-K hit rate at t: share of mated searches whose mate scores at or above t and
 *   ranks first / within the first K (ties counted against the mate).
 *
 * A group is one value of one attribute (ethnicity, sex, age band, each self-defined per image) and
 * takes the searches whose probe carries that value; "all" takes every search. Impostor pairs from
 * one probe are not independent, so the FMR interval is narrower than the truth: the group's size
 * (distinct people) is reported beside it and a group with fewer than the minimum is flagged and
 * left out of the equitable threshold (it is reported, never hidden).
 */

import type { Rate, ValidationGroup } from '../entities/model-validation.entity';

export type { Rate, ValidationGroup, ValidationPoint } from '../entities/model-validation.entity';

/** The attributes a labelled image carries, each self-defined. */
export const VALIDATION_ATTRIBUTES = ['ethnicity', 'sex', 'ageBand'] as const;
export type ValidationAttribute = (typeof VALIDATION_ATTRIBUTES)[number];

/** One search of the validation set: its probe's labels and the scores the search produced. */
export interface ValidationSearch {
  /** who the probe shows (counts people per group) */
  identity: string;
  attributes: Readonly<Record<ValidationAttribute, string>>;
  /** cosine with the probe's mate in the gallery; null: a non-mated search */
  mateScore: number | null;
  /** cosines with every gallery entry of another identity */
  impostorScores: readonly number[];
}

export interface ValidationOptions {
  /** thresholds (cosines) to report, any order; reported ascending */
  ladder: readonly number[];
  /** length of the candidate list for the top-K hit rate */
  topK: number;
  /** a group with fewer distinct people than this is flagged and left out of the equitable threshold */
  minGroupSize: number;
  /** the force's target: every group's FMR must be at or below it */
  falseMatchRateTarget: number;
  /** the worst group's FMR may be at most this many times the best group's (same attribute) */
  maxGroupRatio: number;
}

export interface ValidationResult {
  ladder: number[];
  groups: ValidationGroup[];
  /** the lowest ladder threshold that is equitable (see equitableThreshold); null: none is */
  equitableThreshold: number | null;
}

/** 1.96: the normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** The Wilson score interval of `count` out of `total` at 95% (null figures when total is 0). */
export function wilsonInterval(count: number, total: number): Rate {
  if (total === 0) return { count, total, rate: null, low: null, high: null };
  const p = count / total;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (Z95 / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return {
    count,
    total,
    rate: p,
    // the bounds reach 0 and 1 exactly at 0 and n (floating point leaves them a hair off)
    low: count === 0 ? 0 : Math.max(0, centre - half),
    high: count === total ? 1 : Math.min(1, centre + half),
  };
}

/** How many of the ascending `sorted` are at or above `t`. */
function atOrAbove(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

interface Prepared {
  search: ValidationSearch;
  best: number;
  /** 1 + impostors scoring at or above the mate (ties against the mate); null for non-mated */
  mateRank: number | null;
}

function groupOf(
  attribute: 'all' | ValidationAttribute,
  value: string,
  members: readonly Prepared[],
  ladder: readonly number[],
  options: ValidationOptions,
): ValidationGroup {
  const mated = members.filter((m) => m.search.mateScore !== null);
  const nonMated = members.filter((m) => m.search.mateScore === null);
  const impostors = members.flatMap((m) => m.search.impostorScores).sort((a, b) => a - b);
  const mateScores = mated.map((m) => m.search.mateScore!).sort((a, b) => a - b);
  const bests = nonMated.map((m) => m.best).sort((a, b) => a - b);
  const people = new Set(members.map((m) => m.search.identity)).size;
  const hits = (t: number, rank: number) =>
    mated.filter((m) => m.search.mateScore! >= t && m.mateRank! <= rank).length;
  return {
    attribute,
    value,
    people,
    matedSearches: mated.length,
    nonMatedSearches: nonMated.length,
    impostorPairs: impostors.length,
    belowMinimumSize: people < options.minGroupSize,
    points: ladder.map((threshold) => ({
      threshold,
      falseMatch: wilsonInterval(atOrAbove(impostors, threshold), impostors.length),
      falseNonMatch: wilsonInterval(mateScores.length - atOrAbove(mateScores, threshold), mateScores.length),
      falsePositiveIdentification: wilsonInterval(atOrAbove(bests, threshold), bests.length),
      rankOne: wilsonInterval(hits(threshold, 1), mated.length),
      topK: wilsonInterval(hits(threshold, options.topK), mated.length),
    })),
  };
}

/**
 * Per-group rates at every threshold of the ladder, and the equitable threshold. Groups: "all"
 * first, then each attribute's values in VALIDATION_ATTRIBUTES order, values sorted.
 */
export function computeValidation(
  searches: readonly ValidationSearch[],
  options: ValidationOptions,
): ValidationResult {
  if (!Number.isInteger(options.topK) || options.topK < 1) throw new Error('topK must be a whole number ≥ 1');
  const ladder = [...new Set(options.ladder)].sort((a, b) => a - b);
  if (ladder.length === 0) throw new Error('the threshold ladder is empty');
  const prepared: Prepared[] = searches.map((search) => ({
    search,
    best: search.impostorScores.reduce((a, b) => Math.max(a, b), -Infinity),
    mateRank:
      search.mateScore === null
        ? null
        : 1 + search.impostorScores.filter((s) => s >= search.mateScore!).length,
  }));
  const groups = [groupOf('all', 'all', prepared, ladder, options)];
  for (const attribute of VALIDATION_ATTRIBUTES) {
    const values = [...new Set(prepared.map((p) => p.search.attributes[attribute]))].sort();
    for (const value of values)
      groups.push(
        groupOf(
          attribute,
          value,
          prepared.filter((p) => p.search.attributes[attribute] === value),
          ladder,
          options,
        ),
      );
  }
  return { ladder, groups, equitableThreshold: equitableThreshold(groups, ladder, options) };
}

/**
 * Whether the ladder's `index`-th threshold is equitable: every group of sufficient size has an
 * FMR at or below the target, and within each attribute the worst such group's FMR is at most
 * `maxGroupRatio` times the best one's (a best of 0 then allows only 0). Groups below the minimum
 * size, and groups without an impostor pair, take no part.
 */
export function isEquitableAt(
  groups: readonly ValidationGroup[],
  index: number,
  options: Pick<ValidationOptions, 'falseMatchRateTarget' | 'maxGroupRatio'>,
): boolean {
  const counted = groups.filter((g) => !g.belowMinimumSize && g.points[index].falseMatch.rate !== null);
  if (counted.length === 0) return false;
  if (counted.some((g) => g.points[index].falseMatch.rate! > options.falseMatchRateTarget)) return false;
  for (const attribute of VALIDATION_ATTRIBUTES) {
    const rates = counted
      .filter((g) => g.attribute === attribute)
      .map((g) => g.points[index].falseMatch.rate!);
    if (rates.length < 2) continue;
    if (Math.max(...rates) > options.maxGroupRatio * Math.min(...rates)) return false;
  }
  return true;
}

/** The lowest threshold of the ladder (ascending) that isEquitableAt; null when none is. */
export function equitableThreshold(
  groups: readonly ValidationGroup[],
  ladder: readonly number[],
  options: Pick<ValidationOptions, 'falseMatchRateTarget' | 'maxGroupRatio'>,
): number | null {
  for (let i = 0; i < ladder.length; i++) if (isEquitableAt(groups, i, options)) return ladder[i];
  return null;
}

/** `steps + 1` thresholds from `from` to `to`, rounded to 4 decimals (a report's default ladder). */
export function thresholdLadder(from: number, to: number, steps: number): number[] {
  return Array.from(
    { length: steps + 1 },
    (_, i) => Math.round((from + ((to - from) * i) / steps) * 1e4) / 1e4,
  );
}

/** Defaults of a validation run when the force gives none. */
export const VALIDATION_DEFAULTS = {
  topK: 20,
  /** people per group below which a group's rates are too uncertain to set a threshold by */
  minGroupSize: 30,
  /** the worst group's FMR at most twice the best's */
  maxGroupRatio: 2,
} as const;

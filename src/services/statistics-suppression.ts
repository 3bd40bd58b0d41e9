import type { DemographicDimension, DemographicGroupRow } from '../db/oversight-statistics.repository';

/** Why a demographic group's figures are withheld. */
export enum SuppressionReason {
  /** Fewer people than the configured minimum: the figures could point at individuals. */
  BELOW_MINIMUM_GROUP_SIZE = 'BELOW_MINIMUM_GROUP_SIZE',
  /**
   * Large enough itself, but withheld with a small group of the same dimension: the groups of a
   * dimension add up to the same totals as those of the other dimensions, so one withheld group
   * alone could be worked out by subtraction.
   */
  COMPLEMENTARY = 'COMPLEMENTARY',
}

/** One demographic group's outcome figures as published: all null when suppressed. */
export interface PublishedGroup {
  forceId: string;
  dimension: DemographicDimension;
  group: string;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
  people: number | null;
  candidatesReturned: number | null;
  candidatesConfirmed: number | null;
  confirmedLaterExcluded: number | null;
  confirmedLaterCorroborated: number | null;
  /** Confirmed per candidate returned. */
  confirmationRate: number | null;
  /** Later excluded per confirmed: how often a confirmed result proved wrong. */
  exclusionRate: number | null;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Statistical disclosure control for outcome monitoring. A group with fewer distinct people than
 * `minGroupSize` is suppressed (counts and rates null); when that leaves exactly one suppressed
 * group in a force's dimension, the smallest other group of that dimension is suppressed too, so
 * no withheld figure can be recovered by subtracting the published ones from a total. A
 * `minGroupSize` of 1 suppresses nothing.
 *
 * This protects a published table. It does not stop a caller who may run the query for
 * overlapping periods from differencing the answers; that is why only oversight may run it.
 */
export function suppressSmallGroups(
  rows: readonly DemographicGroupRow[],
  minGroupSize: number,
): PublishedGroup[] {
  const reasons = new Map<DemographicGroupRow, SuppressionReason>();
  const partitions = new Map<string, DemographicGroupRow[]>();
  for (const row of rows) {
    const key = `${row.forceId}\u0000${row.dimension}`;
    const partition = partitions.get(key);
    if (partition) partition.push(row);
    else partitions.set(key, [row]);
    if (row.people < minGroupSize) reasons.set(row, SuppressionReason.BELOW_MINIMUM_GROUP_SIZE);
  }
  for (const groups of partitions.values()) {
    const suppressed = groups.filter((g) => reasons.has(g));
    if (suppressed.length !== 1) continue;
    const next = groups
      .filter((g) => !reasons.has(g))
      .sort(
        (a, b) =>
          a.people - b.people ||
          a.candidatesReturned - b.candidatesReturned ||
          a.group.localeCompare(b.group),
      )[0];
    if (next) reasons.set(next, SuppressionReason.COMPLEMENTARY);
  }
  return rows.map((row) => {
    const reason = reasons.get(row) ?? null;
    const base = {
      forceId: row.forceId,
      dimension: row.dimension,
      group: row.group,
      suppressed: reason !== null,
      suppressionReason: reason,
    };
    if (reason) {
      return {
        ...base,
        people: null,
        candidatesReturned: null,
        candidatesConfirmed: null,
        confirmedLaterExcluded: null,
        confirmedLaterCorroborated: null,
        confirmationRate: null,
        exclusionRate: null,
      };
    }
    return {
      ...base,
      people: row.people,
      candidatesReturned: row.candidatesReturned,
      candidatesConfirmed: row.candidatesConfirmed,
      confirmedLaterExcluded: row.confirmedLaterExcluded,
      confirmedLaterCorroborated: row.confirmedLaterCorroborated,
      confirmationRate: rate(row.candidatesConfirmed, row.candidatesReturned),
      exclusionRate: rate(row.confirmedLaterExcluded, row.candidatesConfirmed),
    };
  });
}

/**
 * A duration summary over few items points at the cases behind it (the time from a lead to one
 * arrest): with fewer than `minGroupSize` items its median and 90th percentile are withheld (the
 * count stays: counts of actions are not about people). A `minGroupSize` of 1 withholds nothing
 * but an empty summary's nulls.
 */
export function suppressSmallDuration(
  summary: { count: number; medianSeconds: number | null; p90Seconds: number | null },
  minGroupSize: number,
): { count: number; medianSeconds: number | null; p90Seconds: number | null; suppressed: boolean } {
  if (summary.count > 0 && summary.count < minGroupSize)
    return { count: summary.count, medianSeconds: null, p90Seconds: null, suppressed: true };
  return { ...summary, suppressed: false };
}

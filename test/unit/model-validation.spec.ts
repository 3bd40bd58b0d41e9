import {
  computeValidation,
  equitableThreshold,
  wilsonInterval,
  type ValidationGroup,
  type ValidationOptions,
  type ValidationSearch,
} from '../../src/policy';

/**
 * A validation set small enough to count by hand: five probes (three mated, two non-mated) of five
 * people, their mate and impostor scores given. Every rate below was counted from these lists.
 */
const search = (
  identity: string,
  ethnicity: string,
  sex: string,
  ageBand: string,
  mateScore: number | null,
  impostorScores: number[],
): ValidationSearch => ({ identity, attributes: { ethnicity, sex, ageBand }, mateScore, impostorScores });

const SEARCHES: ValidationSearch[] = [
  search('p1', 'Asian', 'F', '18-30', 0.8, [0.6, 0.2, 0.1, 0.4]),
  search('p2', 'Asian', 'M', '18-30', 0.45, [0.5, 0.35, 0.1, 0.0]),
  search('p3', 'White', 'F', '31-50', 0.65, [0.2, 0.1, 0.0, 0.05]),
  search('p4', 'White', 'M', '31-50', null, [0.55, 0.3, 0.2, 0.1, 0.0]),
  // one person only: below the minimum group size of 2
  search('p5', 'Black', 'M', '31-50', null, [0.25, 0.2, 0.1, 0.0, 0.0]),
];

const OPTIONS: ValidationOptions = {
  ladder: [0.7, 0.3, 0.55, 0.5], // any order: reported ascending
  topK: 2,
  minGroupSize: 2,
  falseMatchRateTarget: 0.25,
  maxGroupRatio: 2,
};

const group = (groups: ValidationGroup[], attribute: string, value: string) =>
  groups.find((g) => g.attribute === attribute && g.value === value)!;
/** [count, total] of one rate at each ladder threshold. */
const counts = (
  g: ValidationGroup,
  rate: 'falseMatch' | 'falseNonMatch' | 'falsePositiveIdentification' | 'rankOne' | 'topK',
) => g.points.map((p) => [p[rate].count, p[rate].total]);

describe('computeValidation', () => {
  const result = computeValidation(SEARCHES, OPTIONS);

  it('should report the ladder ascending and the groups: all, then each attribute’s values', () => {
    expect(result.ladder).toEqual([0.3, 0.5, 0.55, 0.7]);
    expect(result.groups.map((g) => `${g.attribute}:${g.value}`)).toEqual([
      'all:all',
      'ethnicity:Asian',
      'ethnicity:Black',
      'ethnicity:White',
      'sex:F',
      'sex:M',
      'ageBand:18-30',
      'ageBand:31-50',
    ]);
  });

  it('should count people, searches and impostor pairs per group, flagging a group below the minimum size', () => {
    const sizes = result.groups.map((g) => [
      g.value,
      g.people,
      g.matedSearches,
      g.nonMatedSearches,
      g.impostorPairs,
      g.belowMinimumSize,
    ]);
    expect(sizes).toEqual([
      ['all', 5, 3, 2, 22, false],
      ['Asian', 2, 2, 0, 8, false],
      ['Black', 1, 0, 1, 5, true],
      ['White', 2, 1, 1, 9, false],
      ['F', 2, 2, 0, 8, false],
      ['M', 3, 1, 2, 14, false],
      ['18-30', 2, 2, 0, 8, false],
      ['31-50', 3, 1, 2, 14, false],
    ]);
  });

  it('should give the false match rate per group at each threshold (impostor pairs at or above it)', () => {
    // Asian: 0.6 0.2 0.1 0.4 | 0.5 0.35 0.1 0.0 -> >=0.3: 0.6 0.4 0.5 0.35; >=0.5: 0.6 0.5; >=0.55: 0.6
    expect(counts(group(result.groups, 'ethnicity', 'Asian'), 'falseMatch')).toEqual([
      [4, 8],
      [2, 8],
      [1, 8],
      [0, 8],
    ]);
    // White: 0.2 0.1 0.0 0.05 | 0.55 0.3 0.2 0.1 0.0 -> >=0.3: 0.55 0.3; >=0.5 and >=0.55: 0.55
    expect(counts(group(result.groups, 'ethnicity', 'White'), 'falseMatch')).toEqual([
      [2, 9],
      [1, 9],
      [1, 9],
      [0, 9],
    ]);
    expect(counts(group(result.groups, 'ethnicity', 'Black'), 'falseMatch')).toEqual([
      [0, 5],
      [0, 5],
      [0, 5],
      [0, 5],
    ]);
    // all 22 pairs: >=0.3: 0.6 0.4 0.5 0.35 0.55 0.3; >=0.5: 0.6 0.5 0.55; >=0.55: 0.6 0.55
    expect(counts(group(result.groups, 'all', 'all'), 'falseMatch')).toEqual([
      [6, 22],
      [3, 22],
      [2, 22],
      [0, 22],
    ]);
    expect(group(result.groups, 'ethnicity', 'Asian').points[0].falseMatch.rate).toBe(0.5);
  });

  it('should give the false non-match, false positive identification and rank-1 / top-K hit rates', () => {
    const asian = group(result.groups, 'ethnicity', 'Asian');
    // mates 0.8 and 0.45: 0.45 misses every threshold from 0.5
    expect(counts(asian, 'falseNonMatch')).toEqual([
      [0, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    // p1's mate ranks 1st; p2's 2nd (an impostor at 0.5 beats 0.45)
    expect(counts(asian, 'rankOne')).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(counts(asian, 'topK')).toEqual([
      [2, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    // no non-mated search: no rate at all
    expect(asian.points[0].falsePositiveIdentification).toEqual({
      count: 0,
      total: 0,
      rate: null,
      low: null,
      high: null,
    });
    const white = group(result.groups, 'ethnicity', 'White');
    expect(counts(white, 'falseNonMatch')).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
    // p4's best impostor is 0.55
    expect(counts(white, 'falsePositiveIdentification')).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [0, 1],
    ]);
    // the non-mated searches of M: p4 (best 0.55) and p5 (best 0.25)
    expect(counts(group(result.groups, 'sex', 'M'), 'falsePositiveIdentification')).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [0, 2],
    ]);
  });

  it('should attach 95% Wilson intervals', () => {
    const oneInEight = group(result.groups, 'ethnicity', 'Asian').points[2].falseMatch;
    expect(oneInEight.rate).toBe(0.125);
    expect(oneInEight.low).toBeCloseTo(0.0224, 4);
    expect(oneInEight.high).toBeCloseTo(0.4709, 4);
    // 0 of n: the upper bound is z²/(n + z²)
    const none = group(result.groups, 'ethnicity', 'Black').points[0].falseMatch;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(3.8415 / (5 + 3.8415), 4);
  });

  it('should take the lowest threshold where every group is under the target and within the ratio', () => {
    // 0.3: Asian 4/8 = 0.5 is above the target 0.25.
    // 0.5: Asian 2/8 = 0.25 meets the target, but is 2.25 times White's 1/9.
    // 0.55: ethnicity 1/8 vs 1/9 (1.125x), sex F 1/8 vs M 1/14 (1.75x), age the same, all 2/22:
    //       equitable; the Black group's 0/5 would allow no ratio, but it is below the minimum size.
    expect(result.equitableThreshold).toBe(0.55);
    // counted, that group keeps every threshold inequitable until all rates are 0
    expect(computeValidation(SEARCHES, { ...OPTIONS, minGroupSize: 1 }).equitableThreshold).toBe(0.7);
    // a tighter target: 1/8 > 0.1 at 0.55
    expect(
      equitableThreshold(result.groups, result.ladder, { falseMatchRateTarget: 0.1, maxGroupRatio: 2 }),
    ).toBe(0.7);
    // a ratio of 1.5 fails sex at 0.55 (1.75x)
    expect(
      equitableThreshold(result.groups, result.ladder, { falseMatchRateTarget: 0.25, maxGroupRatio: 1.5 }),
    ).toBe(0.7);
    // none at all: no threshold of the ladder reaches a target of 0 with a pair above it
    expect(
      computeValidation(SEARCHES, { ...OPTIONS, ladder: [0.3, 0.5], falseMatchRateTarget: 0.01 })
        .equitableThreshold,
    ).toBeNull();
  });
});

describe('wilsonInterval', () => {
  it('should be empty for no trials and bounded by 0 and 1', () => {
    expect(wilsonInterval(0, 0).rate).toBeNull();
    expect(wilsonInterval(10, 10)).toMatchObject({ rate: 1, high: 1 });
    expect(wilsonInterval(10, 10).low).toBeCloseTo(10 / (10 + 3.8415), 4);
  });
});

import {
  cosineAtFalseMatchRate,
  falseMatchRateUpperBound,
  isCalibratedFalseMatchRate,
  minimumThreshold,
  type ModelScoreScale,
} from '../../src/policy';

/**
 * A threshold's false-match rate is read off the calibration's measured points only: the bound a
 * threshold between two points earns is the looser point's.
 */

const SCALE: ModelScoreScale = {
  thresholdAtFar1e3: 0.33,
  thresholdAtFar1e4: 0.41,
  thresholdAtFar1e5: 0.47,
  dataset: 'a labelled set',
};

describe('falseMatchRateUpperBound', () => {
  it.each([
    [0.33, 1e-3],
    [0.4099, 1e-3],
    [0.41, 1e-4],
    [0.45, 1e-4],
    [0.4699, 1e-4],
    [0.47, 1e-5],
    [0.99, 1e-5],
  ])('threshold %s is at most a false-match rate of %s', (threshold, bound) => {
    expect(falseMatchRateUpperBound(SCALE, threshold)).toBe(bound);
  });

  it.each([0.3299, 0, -1])('should bound nothing below the cosine at 1e-3 (%s)', (threshold) => {
    expect(falseMatchRateUpperBound(SCALE, threshold)).toBeNull();
  });

  it('should agree with the cosine at each calibrated rate', () => {
    for (const rate of [1e-3, 1e-4, 1e-5])
      expect(falseMatchRateUpperBound(SCALE, cosineAtFalseMatchRate(SCALE, rate))).toBe(rate);
  });
});

describe('cosineAtFalseMatchRate', () => {
  it('should give the measured cosine at 1e-3, 1e-4 and 1e-5 and refuse any other rate', () => {
    expect([1e-3, 1e-4, 1e-5].map((r) => cosineAtFalseMatchRate(SCALE, r))).toEqual([0.33, 0.41, 0.47]);
    expect(() => cosineAtFalseMatchRate(SCALE, 1e-6)).toThrow(/no calibrated cosine/);
    expect(() => cosineAtFalseMatchRate(SCALE, 5e-4)).toThrow(/no calibrated cosine/);
  });

  it('should keep the minimum at the cosine of 1e-3', () => {
    expect(minimumThreshold(SCALE)).toBe(0.33);
  });

  it.each([
    [1e-3, true],
    [1e-5, true],
    [1e-6, false],
    [0.01, false],
  ])('%s is a calibrated rate: %s', (rate, yes) => {
    expect(isCalibratedFalseMatchRate(rate)).toBe(yes);
  });
});

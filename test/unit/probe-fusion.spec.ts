import type { ProbeExpectedHitRate } from '../../src/entities';
import { fuseFrames, meanTemplate } from '../../src/services/probe-fusion';

const rate = (rankOne: number): ProbeExpectedHitRate => ({
  rankOne,
  inCandidateList: Math.min(1, rankOne + 0.1),
  qualityIndex: 0.5,
  basedOnProbes: 100,
  modelVersion: 'm@1',
});

describe('probe fusion (mean template)', () => {
  it('should average the normalised templates and normalise the mean again', () => {
    // unequal lengths: each counts once, whatever its norm
    const fused = meanTemplate([Float32Array.from([3, 0]), Float32Array.from([0, 0.5])]);
    expect(fused[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(fused[1]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(() => meanTemplate([])).toThrow();
    expect(() => meanTemplate([Float32Array.from([1]), Float32Array.from([1, 0])])).toThrow();
  });

  it('should record the fusion with the best frame as its expected hit rate, and none for one frame', () => {
    const one = Float32Array.from([1, 0]);
    expect(fuseFrames([{ template: one, expectedHitRate: rate(0.5) }])).toEqual({
      template: one,
      fusion: null,
    });
    const { fusion, template } = fuseFrames([
      { template: Float32Array.from([1, 0]), expectedHitRate: rate(0.4) },
      { template: Float32Array.from([0, 1]), expectedHitRate: rate(0.7) },
      { template: Float32Array.from([1, 1]), expectedHitRate: null },
    ]);
    expect(fusion).toEqual({ method: 'MEAN_TEMPLATE', frames: 3, bestFrame: 1, expectedHitRate: rate(0.7) });
    expect(Math.hypot(...template)).toBeCloseTo(1, 6);
    expect(
      fuseFrames([
        { template: one, expectedHitRate: null },
        { template: one, expectedHitRate: null },
      ]).fusion,
    ).toMatchObject({ frames: 2, bestFrame: 0, expectedHitRate: null });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  fitHitRateCalibration,
  MIN_RUNG_PROBES,
  nonDecreasing,
  type Outcome,
  worstRungRate,
} from '../../scripts/eval/hit-rate-fit';
import {
  calibrationFileName,
  expectedHitRateAt,
  HIT_RATE_CALIBRATION_FORMAT,
  loadHitRateCalibration,
} from '../../src/inference/hit-rate';
import { probeHitRateGate } from '../../src/policy';

/** The quality -> expected hit rate fit and the gate that uses it, on synthetic outcomes. */
describe('nonDecreasing', () => {
  it('should pool adjacent values that go down, weighted by their counts', () => {
    expect(nonDecreasing([0.1, 0.5, 0.3, 0.9], [1, 1, 3, 1])).toEqual([0.1, 0.35, 0.35, 0.9]);
    expect(nonDecreasing([0.2, 0.4], [5, 5])).toEqual([0.2, 0.4]);
  });
});

describe('worstRungRate', () => {
  const quality = { faceSizePx: 100, sharpness: 50, poseYawProxy: 0, detectorScore: 0.9, embeddingNorm: 3 };
  const cell = (rung: string | undefined, n: number, hits: number): Outcome[] =>
    Array.from({ length: n }, (_, i) => ({
      rung,
      quality,
      meanTemplateCosine: 0.1,
      rankOne: i < hits,
      inCandidateList: true,
    }));
  const rankOne = (o: Outcome) => o.rankOne;

  it('should take the lowest rate of the rungs with enough probes, not the pooled rate', () => {
    const items = [...cell('sharp', 80, 72), ...cell('tiny-jpeg', MIN_RUNG_PROBES, 4)];
    expect(worstRungRate(items, rankOne)).toBeCloseTo(0.2);
  });
  it('should pool when a rung has too few probes in the bin to say, or rungs are unknown', () => {
    const items = [...cell('sharp', 80, 72), ...cell('tiny-jpeg', MIN_RUNG_PROBES - 1, 0)];
    expect(worstRungRate(items, rankOne)).toBeCloseTo(72 / 99);
    expect(worstRungRate(cell(undefined, 50, 25), rankOne)).toBeCloseTo(0.5);
  });
});

describe('loadHitRateCalibration', () => {
  it('should refuse a calibration file of another format, saying how to regenerate it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hit-rate-'));
    try {
      const version = 'some-model@0123456789abcdef';
      await writeFile(
        join(dir, calibrationFileName(version)),
        JSON.stringify({ format: HIT_RATE_CALIBRATION_FORMAT - 1, modelVersion: version, bins: [] }),
      );
      await expect(loadHitRateCalibration(dir, version)).rejects.toThrow(
        new RegExp(
          `format ${HIT_RATE_CALIBRATION_FORMAT - 1}.*only format ${HIT_RATE_CALIBRATION_FORMAT}.*--write-calibration`,
        ),
      );
      expect(await loadHitRateCalibration(dir, 'other-model@0123456789abcdef')).toBeNull();
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('fitHitRateCalibration', () => {
  // sharper probes hit more often: rank-1 when sharpness > a per-sample draw (deterministic)
  const outcomes = Array.from({ length: 2000 }, (_, i) => {
    const sharpness = 2 + (i % 200);
    const draw = (i * 7919) % 200;
    return {
      quality: { faceSizePx: 100, sharpness, poseYawProxy: 0, detectorScore: 0.9, embeddingNorm: 3 },
      meanTemplateCosine: 0.9,
      rankOne: sharpness > draw,
      inCandidateList: sharpness + 60 > draw,
    };
  });
  const meta = {
    modelVersion: 'test@0',
    generatedBy: 'test',
    measuredOn: {
      description: 'synthetic',
      galleryImages: 0,
      probeImages: 0,
      rungs: [],
      samples: outcomes.length,
      candidateListLength: 20,
    },
    meanTemplate: [1, 0],
  };

  it('should give a sharper probe a higher expected hit rate, never above the observed range', () => {
    const cal = fitHitRateCalibration(outcomes, meta);
    const at = (sharpness: number) =>
      expectedHitRateAt(
        cal,
        { faceSizePx: 100, sharpness, poseYawProxy: 0, detectorScore: 0.9, embeddingNorm: 3 },
        0.9,
      );
    expect(at(5).rankOne).toBeLessThan(at(150).rankOne);
    expect(at(5).rankOne).toBeLessThan(0.2);
    expect(at(190).rankOne).toBeGreaterThan(0.8);
    for (const b of cal.bins) expect(b.inCandidateList).toBeGreaterThanOrEqual(b.rankOne);
    const rates = cal.bins.map((b) => b.rankOne);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(cal.bins.reduce((s, b) => s + b.probes, 0)).toBe(outcomes.length);
  });
});

describe('probeHitRateGate', () => {
  const force = { probeHitRateFloor: 0.3, probeHitRateOverrideAllowed: false };
  it('should pass a probe at or above the floor, and any probe with no floor', () => {
    expect(probeHitRateGate(force, 0.3, null)).toBe('PASS');
    expect(probeHitRateGate({ ...force, probeHitRateFloor: 0 }, null, null)).toBe('PASS');
  });
  it('should refuse a probe below the floor, or of unknown expected hit rate, unless an allowed override is sought', () => {
    expect(probeHitRateGate(force, 0.29, 'reason')).toBe('REFUSED');
    expect(probeHitRateGate(force, null, null)).toBe('REFUSED');
    const allowing = { ...force, probeHitRateOverrideAllowed: true };
    expect(probeHitRateGate(allowing, 0.1, null)).toBe('REFUSED');
    expect(probeHitRateGate(allowing, 0.1, 'the only image of the suspect')).toBe('OVERRIDE_SOUGHT');
  });
});

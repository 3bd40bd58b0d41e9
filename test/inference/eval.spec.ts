/**
 * The evaluation protocol and metrics of scripts/eval.ts, on a tiny synthetic dataset.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { centralFace, computeMetrics, DatasetEntry, listDataset, thresholdAtFar } from '../../scripts/eval';

const unit = (...v: number[]): Float32Array => {
  const n = Math.hypot(...v);
  return Float32Array.from(v, (x) => x / n);
};

describe('listDataset', () => {
  it('should enrol the first sorted image of each identity and probe the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'twokey-eval-'));
    try {
      for (const [id, files] of Object.entries({
        b_person: ['b_2.jpg', 'b_1.jpg'],
        a_person: ['a_1.png'],
        c_person: ['c_1.jpg', 'notes.txt'],
      })) {
        mkdirSync(join(root, id));
        for (const f of files) writeFileSync(join(root, id, f), '');
      }
      const entries = listDataset(root);
      expect(entries.map((e) => [e.identity, e.file.slice(root.length + 1), e.role])).toEqual([
        ['a_person', 'a_person/a_1.png', 'gallery'],
        ['b_person', 'b_person/b_1.jpg', 'gallery'],
        ['b_person', 'b_person/b_2.jpg', 'probe'],
        ['c_person', 'c_person/c_1.jpg', 'gallery'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('computeMetrics', () => {
  const entries: DatasetEntry[] = [
    { identity: 'A', file: 'A1', role: 'gallery' },
    { identity: 'A', file: 'A2', role: 'probe' },
    { identity: 'B', file: 'B1', role: 'gallery' },
    { identity: 'B', file: 'B2', role: 'probe' },
    { identity: 'C', file: 'C1', role: 'gallery' },
    { identity: 'D', file: 'D1', role: 'probe' }, // no mate enrolled below
    { identity: 'D', file: 'D0', role: 'gallery' },
  ];

  it('should count ranks, failures to detect and impostor pairs', () => {
    const templates = [
      unit(1, 0, 0),
      unit(1, 0.1, 0),
      unit(0, 1, 0),
      unit(1, 0.2, 0),
      unit(0, 0, 1),
      unit(0, 1, 1),
      null,
    ];
    const m = computeMetrics(entries, templates);
    expect(m.gallery).toBe(4);
    expect(m.probes).toBe(3);
    expect(m.galleryFailures).toBe(1);
    expect(m.probeFailures).toBe(0);
    // A2 finds A1 first; B2 is closer to A1 than to B1; D1's mate was never enrolled
    expect(m.rank1).toBeCloseTo(1 / 3, 10);
    expect(m.rank5).toBeCloseTo(2 / 3, 10);
    // A2 and B2: 2 impostors each; D1: 3 (all enrolled entries)
    expect(m.impostorPairs).toBe(7);
    // A2 and B2 have an enrolled mate; D1's mate never was
    expect(m.genuinePairs).toBe(2);
    // with 7 impostor pairs no rate down to 1e-5 allows a single one above: all three cosines are the top impostor's
    expect(m.thresholdAtFar1e5).toBe(m.thresholdAtFar1e3);
    expect(m.thresholdAtFar1e4).toBe(m.thresholdAtFar1e3);
  });

  it('should pick the threshold so that at most FAR of impostor scores exceed it', () => {
    const sorted = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]);
    expect(thresholdAtFar(sorted, 0.1)).toBe(0.8); // one of ten above
    expect(thresholdAtFar(sorted, 0.05)).toBe(0.9); // none above
  });
});

describe('centralFace', () => {
  it('should choose the face nearest the image centre', () => {
    const faces = [
      { box: { x: 0, y: 0, width: 50, height: 50 } },
      { box: { x: 100, y: 100, width: 50, height: 50 } },
    ];
    expect(centralFace(faces, 250, 250)).toBe(faces[1]);
    expect(centralFace([], 250, 250)).toBeUndefined();
  });
});

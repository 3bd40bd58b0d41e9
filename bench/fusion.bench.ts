/**
 * Several probe images of one unknown person (issue 16, item 3): which way of building one candidate
 * list from them finds the person best. Not a test: it prints the table the closing note quotes.
 *
 *   npm run bench:fusion -- <faces-dir> --work <dir outside the repository> [--n 100000] [--face-px 32]
 *
 * Data: the LFW development set (<faces-dir>). Gallery: the first image of each identity, through
 * twokey's pipeline with the default face model, plus Gaussian-fitted distractors up to N rows (the
 * search benchmark's gallery, bench/search-design/dataset.ts, cached in <work>). Probe sets: for
 * each identity with at least two further images, those images (2 to 5) as the frames of one
 * search. Each set is searched twice: with the original images, and with CCTV-like copies (the
 * image shrunk so that the face is about --face-px wide, then saved as a JPEG of quality 40). The
 * pipeline runs with its face-size floor lowered to 16 px so that small faces are measured rather
 * than refused; a frame in which it finds no face is lost to every method.
 *
 * Methods, each giving a top-20 list over the whole gallery by exact scan:
 *   first frame        the first image of the set alone (what a single-image search would get)
 *   best frame         the one image of the set with the highest quality (the pipeline's expected
 *                      rank-1 hit rate for a probe of that quality, from the model's calibration)
 *   max score          each gallery row scored by its best cosine with any frame
 *   mean template      one search with the renormalised mean of the frames' templates
 *   quality-weighted   the same, each template weighted by its frame's expected hit rate
 *   rank fusion        reciprocal rank fusion (1 / (60 + rank)) of each frame's top 100
 * Rates: the mate at rank 1, and anywhere in the top 20, over all sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import sharp from 'sharp';

import { createFacePipeline, type DetectedFace, type FacePipeline } from '../src/inference';
import { args } from './gallery-search/lib';
import { benchGallery, unit, type Gallery } from './search-design/dataset';
import { realTemplates } from './search-design/templates';

const TOP = 20;
const RRF_DEPTH = 100;
const RRF_K = 60;

interface Frame {
  template: Float32Array;
  quality: number;
}

interface ProbeSet {
  identity: string;
  mateRow: number;
  /** frames in file order; null where no face was found */
  original: Array<Frame | null>;
  degraded: Array<Frame | null>;
}

type Method = (frames: Frame[], g: Gallery) => number[];

/** Cosines of `v` with every gallery row. */
function scores(v: Float32Array, g: Gallery): Float32Array {
  const out = new Float32Array(g.n);
  for (let r = 0; r < g.n; r++) {
    let s = 0;
    const o = r * g.dim;
    for (let d = 0; d < g.dim; d++) s += v[d] * g.rows[o + d];
    out[r] = s;
  }
  return out;
}

/** Rows of the `k` highest scores, highest first. */
function top(s: Float32Array, k: number): number[] {
  const best: number[] = [];
  for (let r = 0; r < s.length; r++) {
    if (best.length === k && s[r] <= s[best[k - 1]]) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push(r);
    while (i > 0 && s[best[i - 1]] < s[r]) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = r;
  }
  return best;
}

function weightedMean(frames: Frame[], weight: (f: Frame) => number): Float32Array {
  const sum = new Float32Array(frames[0].template.length);
  for (const f of frames) for (let d = 0; d < sum.length; d++) sum[d] += weight(f) * f.template[d];
  return unit(sum);
}

const METHODS: Record<string, Method> = {
  'first frame': (frames, g) => top(scores(frames[0].template, g), TOP),
  'best frame': (frames, g) =>
    top(scores(frames.reduce((a, b) => (b.quality > a.quality ? b : a)).template, g), TOP),
  'max score': (frames, g) => {
    const best = new Float32Array(g.n).fill(-2);
    for (const f of frames) {
      const s = scores(f.template, g);
      for (let r = 0; r < g.n; r++) if (s[r] > best[r]) best[r] = s[r];
    }
    return top(best, TOP);
  },
  'mean template': (frames, g) =>
    top(
      scores(
        weightedMean(frames, () => 1),
        g,
      ),
      TOP,
    ),
  'quality-weighted': (frames, g) =>
    top(
      scores(
        weightedMean(frames, (f) => Math.max(f.quality, 0.01)),
        g,
      ),
      TOP,
    ),
  'rank fusion': (frames, g) => {
    const fused = new Map<number, number>();
    for (const f of frames)
      top(scores(f.template, g), RRF_DEPTH).forEach((row, rank) =>
        fused.set(row, (fused.get(row) ?? 0) + 1 / (RRF_K + rank + 1)),
      );
    return [...fused.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP)
      .map(([row]) => row);
  },
};

/** The face the product would take from a photo of one person: the largest. */
function mainFace(faces: DetectedFace[]): DetectedFace | null {
  return faces.reduce<DetectedFace | null>(
    (a, b) => (a === null || b.box.width * b.box.height > a.box.width * a.box.height ? b : a),
    null,
  );
}

async function frameOf(pipeline: FacePipeline, bytes: Buffer): Promise<(Frame & { width: number }) | null> {
  const analysis = await pipeline.analyse(bytes).catch(() => null);
  const face = analysis ? mainFace(analysis.faces) : null;
  if (!face) return null;
  // the product's own quality measure: how often a probe of this quality found its mate at rank 1
  return {
    template: unit(face.template),
    quality: face.expectedHitRate?.rankOne ?? 0,
    width: face.box.width,
  };
}

/** A CCTV-like copy: shrunk so that the face is about `facePx` wide, saved as a poor JPEG. */
async function degrade(bytes: Buffer, faceWidth: number, facePx: number): Promise<Buffer> {
  const { width = 250 } = await sharp(bytes).metadata();
  const scale = Math.min(1, facePx / faceWidth);
  return sharp(bytes)
    .resize({ width: Math.max(16, Math.round(width * scale)) })
    .jpeg({ quality: 40 })
    .toBuffer();
}

async function main(): Promise<void> {
  const { pos, opt } = args();
  const [facesDir] = pos;
  if (!facesDir || !opt.work) {
    process.stderr.write(
      'usage: npm run bench:fusion -- <faces-dir> --work <dir outside the repository> [--n 100000] [--face-px 32]\n',
    );
    process.exit(2);
  }
  const n = Number(opt.n ?? 100_000);
  const facePx = Number(opt['face-px'] ?? 32);
  const real = await realTemplates(facesDir, opt.work);
  const g = benchGallery(real, n, 128, opt.work);
  const mateOf = new Map(g.probes.map((p) => [p.identity, p.mateRow]));
  const byIdentity = new Map<string, string[]>();
  for (const r of real.rows)
    if (r.role === 'probe' && mateOf.has(r.identity))
      byIdentity.set(r.identity, [...(byIdentity.get(r.identity) ?? []), r.file]);

  const pipeline = await createFacePipeline({ sessions: 2, minFaceSizePx: 16 });
  const sets: ProbeSet[] = [];
  for (const [identity, files] of byIdentity) {
    if (files.length < 2) continue;
    const set: ProbeSet = { identity, mateRow: mateOf.get(identity)!, original: [], degraded: [] };
    for (const file of files) {
      const bytes = readFileSync(join(facesDir, file));
      const frame = await frameOf(pipeline, bytes);
      set.original.push(frame);
      set.degraded.push(frame ? await frameOf(pipeline, await degrade(bytes, frame.width, facePx)) : null);
    }
    sets.push(set);
  }
  await pipeline.close();

  const frames = sets.reduce((c, s) => c + s.original.length, 0);
  const found = (k: 'original' | 'degraded') => sets.reduce((c, s) => c + s[k].filter(Boolean).length, 0);
  console.log(
    `model ${real.modelVersion}; gallery ${n} (${g.probes.length ? 'real first images + distractors' : ''}); ${sets.length} probe sets of 2–5 frames, ${frames} frames; faces found: original ${found('original')}, degraded (face ~${facePx} px) ${found('degraded')}`,
  );
  console.log('\n| images | method | rank-1 % | top-20 % | sets |\n| --- | --- | --- | --- | --- |');
  for (const kind of ['original', 'degraded'] as const) {
    for (const [name, method] of Object.entries(METHODS)) {
      let rank1 = 0;
      let top20 = 0;
      for (const set of sets) {
        const usable = set[kind].filter((f): f is Frame => f !== null);
        if (usable.length === 0) continue;
        const list = method(usable, g);
        if (list[0] === set.mateRow) rank1++;
        if (list.includes(set.mateRow)) top20++;
      }
      const pct = (x: number) => ((100 * x) / sets.length).toFixed(1);
      console.log(
        `| ${kind === 'original' ? 'original' : `CCTV-like (face ~${facePx} px)`} | ${name} | ${pct(rank1)} | ${pct(top20)} | ${sets.length} |`,
      );
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

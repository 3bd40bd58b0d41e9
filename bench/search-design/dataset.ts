/* The benchmark gallery for one face model: its real LFW gallery templates plus synthetic distractors
 * drawn from a Gaussian fitted to all its real templates — the empirical mean and a low-rank plus
 * diagonal covariance (the top `rank` principal components exactly, the rest of each dimension's
 * variance as independent noise), then L2-normalised like a template. A full d x d covariance from
 * 1,634 templates of 512 values would be mostly noise; low rank + diagonal keeps the total variance
 * and the dominant directions. The statistics printed compare the cosines of real probes against the
 * synthetic distractors with the real impostor cosines (probes against other identities' gallery
 * templates): they must look alike, or the search would be easier or harder than on real data.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { gaussian, mulberry32, symEig } from '../gallery-search/lib';
import type { RealTemplate, RealTemplates } from './templates';

/** The length of every candidate list: the product's K. */
export const K = 20;

export function unit(v: ArrayLike<number>): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  const n = Math.sqrt(s) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / n;
  return out;
}
export function dotAt(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, d: number): number {
  let s = 0;
  for (let i = 0; i < d; i++) s += a[ao + i] * b[bo + i];
  return s;
}

export interface Fitted {
  dim: number;
  mu: Float64Array;
  /** eigenvalues descending, eigenvectors as rows (all of them) */
  values: number[];
  vectors: number[][];
  rank: number;
  /** residual variance per dimension after the top `rank` components */
  residual: Float64Array;
}

export function fit(vs: Float32Array[], rank: number): Fitted {
  const dim = vs[0].length;
  const mu = new Float64Array(dim);
  for (const v of vs) for (let i = 0; i < dim; i++) mu[i] += v[i] / vs.length;
  const cov = new Float64Array(dim * dim);
  const c = new Float64Array(dim);
  for (const v of vs) {
    for (let i = 0; i < dim; i++) c[i] = v[i] - mu[i];
    for (let i = 0; i < dim; i++) {
      const ci = c[i] / (vs.length - 1);
      const row = i * dim;
      for (let j = 0; j <= i; j++) cov[row + j] += ci * c[j];
    }
  }
  for (let i = 0; i < dim; i++) for (let j = 0; j < i; j++) cov[j * dim + i] = cov[i * dim + j];
  const { values, vectors } = symEig(cov, dim);
  const residual = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    let explained = 0;
    for (let k = 0; k < rank; k++) explained += Math.max(0, values[k]) * vectors[k][i] ** 2;
    residual[i] = Math.max(0, cov[i * dim + i] - explained);
  }
  return { dim, mu, values, vectors, rank, residual };
}

/** A sampler of unit vectors from the fitted low-rank + diagonal Gaussian. */
export function sampler(f: Fitted, seed: number): () => Float32Array {
  const gauss = gaussian(mulberry32(seed));
  const { dim, rank } = f;
  const basis = f.vectors
    .slice(0, rank)
    .map((u, k) => Float64Array.from(u, (x) => x * Math.sqrt(Math.max(0, f.values[k]))));
  const noise = Float64Array.from(f.residual, Math.sqrt);
  const x = new Float64Array(dim);
  return () => {
    for (let i = 0; i < dim; i++) x[i] = f.mu[i] + noise[i] * gauss();
    for (let k = 0; k < rank; k++) {
      const z = gauss();
      const u = basis[k];
      for (let i = 0; i < dim; i++) x[i] += z * u[i];
    }
    return unit(x);
  };
}

export interface Probe {
  identity: string;
  v: Float32Array;
  mateRow: number;
}
export interface Gallery {
  dim: number;
  n: number;
  rows: Float32Array;
  /** force 1..5 per row, uniform */
  forces: Uint8Array;
  isReal: Uint8Array;
  probes: Probe[];
  /** mean of the real templates: the centre of the centred design (as the product's former migration) */
  realMean: Float64Array;
  fitted: Fitted;
  stats: string[];
}

function summary(xs: number[]): string {
  const s = Float64Array.from(xs).sort();
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  let m = 0;
  for (const x of s) m += x / s.length;
  let v = 0;
  for (const x of s) v += (x - m) ** 2 / s.length;
  return `${m.toFixed(3)} ± ${Math.sqrt(v).toFixed(3)} (p1 ${q(0.01).toFixed(3)}, p99 ${q(0.99).toFixed(3)}, p99.9 ${q(0.999).toFixed(3)}, max ${s[s.length - 1].toFixed(3)}; ${s.length} pairs)`;
}

/**
 * `cached` (rows of an earlier call with the same arguments) skips drawing the distractors: the real
 * rows' places and the forces come from their own seeded stream, so the gallery is the same.
 */
export function buildGallery(
  real: RealTemplate[],
  n: number,
  rank: number,
  seed = 1,
  cached?: Float32Array,
): Gallery {
  const withFace = real.filter((r) => r.template).map((r) => ({ ...r, v: unit(r.template!) }));
  const dim = withFace[0].v.length;
  const galleryReal = withFace.filter((r) => r.role === 'gallery');
  const fitted = fit(
    withFace.map((r) => r.v),
    rank,
  );
  const draw = sampler(fitted, seed + 1000);
  const rand = mulberry32(seed);
  // shared, so a worker thread can compute the exact lists while the main thread builds indexes
  const rows = new Float32Array(new SharedArrayBuffer(n * dim * 4));
  const forces = new Uint8Array(n);
  const isReal = new Uint8Array(n);
  const realRow = new Map<string, number>();
  const perm = Array.from({ length: n }, (_, i) => i);
  galleryReal.forEach((g, i) => {
    const j = i + Math.floor(rand() * (n - i));
    [perm[i], perm[j]] = [perm[j], perm[i]];
    rows.set(g.v, perm[i] * dim);
    isReal[perm[i]] = 1;
    realRow.set(g.identity, perm[i]);
  });
  for (let row = 0; row < n; row++) {
    forces[row] = 1 + Math.floor(rand() * 5);
    if (isReal[row]) continue;
    if (cached) rows.set(cached.subarray(row * dim, (row + 1) * dim), row * dim);
    else rows.set(draw(), row * dim);
  }
  const probes = withFace
    .filter((r) => r.role === 'probe' && realRow.has(r.identity))
    .map((r) => ({ identity: r.identity, v: r.v, mateRow: realRow.get(r.identity)! }));
  const realMean = new Float64Array(dim);
  for (const r of withFace) for (let i = 0; i < dim; i++) realMean[i] += r.v[i] / withFace.length;

  // ---- does a synthetic distractor look like a real impostor to a real probe?
  const genuine = probes.map((p) => dotAt(p.v, 0, rows, p.mateRow * dim, dim));
  const impostorReal: number[] = [];
  for (const p of probes)
    for (const g of galleryReal) if (g.identity !== p.identity) impostorReal.push(dotAt(p.v, 0, g.v, 0, dim));
  const synthRows: number[] = [];
  for (let row = 0; row < n && synthRows.length < galleryReal.length; row++)
    if (!isReal[row]) synthRows.push(row);
  const impostorSynthetic: number[] = [];
  for (const p of probes)
    for (const row of synthRows) impostorSynthetic.push(dotAt(p.v, 0, rows, row * dim, dim));
  const realReal: number[] = [];
  for (let a = 0; a < galleryReal.length; a++)
    for (let b = a + 1; b < galleryReal.length; b++)
      realReal.push(dotAt(galleryReal[a].v, 0, galleryReal[b].v, 0, dim));
  const synthSynth: number[] = [];
  for (let a = 0; a < synthRows.length; a++)
    for (let b = a + 1; b < synthRows.length; b++)
      synthSynth.push(dotAt(rows, synthRows[a] * dim, rows, synthRows[b] * dim, dim));
  const total = fitted.values.reduce((s, x) => s + Math.max(0, x), 0);
  const top = (k: number) => fitted.values.slice(0, k).reduce((s, x) => s + Math.max(0, x), 0) / total;
  const stats = [
    `real templates ${withFace.length} of ${real.length} images (gallery ${galleryReal.length}, probes ${probes.length}); distractors ${n - galleryReal.length}, ${dim}-d`,
    `fitted Gaussian: empirical mean (norm ${Math.hypot(...fitted.mu).toFixed(3)}), covariance = top ${rank} principal components + diagonal residual; variance in the top 32/64/128/256 components ${[32, 64, 128, 256].map((k) => top(k).toFixed(3)).join(' / ')}`,
    `cosine genuine (probe vs its mate)              ${summary(genuine)}`,
    `cosine impostor, real probe vs real gallery     ${summary(impostorReal)}`,
    `cosine impostor, real probe vs synthetic        ${summary(impostorSynthetic)}`,
    `cosine real gallery vs real gallery             ${summary(realReal)}`,
    `cosine synthetic vs synthetic                   ${summary(synthSynth)}`,
  ];
  return { dim, n, rows, forces, isReal, probes, realMean, fitted, stats };
}

/** Cache files of one gallery in <work>: named by model version, size and rank of the fit. */
function cacheName(work: string, real: RealTemplates, n: number, rank: number, kind: string, ext: string) {
  return join(work, `${kind}-${real.modelVersion.replace(/[^\w.-]+/g, '_')}-${n}-r${rank}.${ext}`);
}

/**
 * The benchmark gallery of n rows for the model of `real`, its distractors cached in <work> (drawing
 * 500,000 of 512 values takes a minute): the same arguments give the same gallery.
 */
export function benchGallery(real: RealTemplates, n: number, rank: number, work: string): Gallery {
  const file = cacheName(work, real, n, rank, 'gallery', 'f32');
  const cached = existsSync(file) ? new Float32Array(readFileSync(file).buffer.slice(0)) : undefined;
  const gallery = buildGallery(
    real.rows,
    n,
    rank,
    1,
    cached?.length === n * real.dimension ? cached : undefined,
  );
  if (gallery.dim !== real.dimension)
    throw new Error(
      `${real.modelVersion} templates are ${gallery.dim}-d, its manifest says ${real.dimension}`,
    );
  if (!cached) writeFileSync(file, new Uint8Array(gallery.rows.buffer));
  return gallery;
}

/** The exact top-K rows of every probe of a gallery: over all rows, and over the mate's force only. */
export interface ExactLists {
  none: number[][];
  force: number[][];
}

/**
 * The truth every mate rate and recall is measured against: the exact top-K lists of all the
 * gallery's probes, computed here in float32 (in a worker thread, so the caller may do other work
 * meanwhile) and cached in <work>; the database's exact scan is checked against them.
 */
export async function exactLists(
  g: Gallery,
  real: RealTemplates,
  rank: number,
  work: string,
): Promise<ExactLists & { seconds?: number }> {
  const file = cacheName(work, real, g.n, rank, 'exact', 'json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as ExactLists;
    if (saved.none.length === g.probes.length) return saved;
  }
  const start = performance.now();
  const [none, force] = await exactTopK(g, g.probes);
  writeFileSync(file, JSON.stringify({ none, force }));
  return { none, force, seconds: (performance.now() - start) / 1000 };
}

/**
 * Exact top-K of every probe, over the whole gallery and over the mate's force only (ties: lower row
 * first, as the database's `ORDER BY distance, id`), in a worker thread, rows in cache-sized blocks.
 */
function exactTopK(g: Gallery, probes: Probe[]): Promise<[number[][], number[][]]> {
  const q = new Float32Array(probes.length * g.dim);
  probes.forEach((p, i) => q.set(p.v, i * g.dim));
  const pf = Uint8Array.from(probes, (p) => g.forces[p.mateRow]);
  const code = `
    const { parentPort, workerData: w } = require('node:worker_threads');
    const rows = new Float32Array(w.rows), { q, pf, forces, n, dim, K } = w, P = pf.length;
    const S = [], I = [];
    for (let h = 0; h < 2 * P; h++) { S.push(new Float64Array(K).fill(-Infinity)); I.push(new Int32Array(K).fill(-1)); }
    const add = (h, s, id) => {
      const sc = S[h], ids = I[h];
      if (s <= sc[K - 1]) return;
      let i = K - 1;
      while (i > 0 && sc[i - 1] < s) { sc[i] = sc[i - 1]; ids[i] = ids[i - 1]; i--; }
      sc[i] = s; ids[i] = id;
    };
    for (let r0 = 0; r0 < n; r0 += 512) {
      const r1 = Math.min(n, r0 + 512);
      for (let p = 0; p < P; p++) {
        const qo = p * dim;
        for (let row = r0; row < r1; row++) {
          let s = 0;
          const o = row * dim;
          for (let i = 0; i < dim; i++) s += q[qo + i] * rows[o + i];
          add(2 * p, s, row);
          if (forces[row] === pf[p]) add(2 * p + 1, s, row);
        }
      }
    }
    const out = (h) => Array.from(I[h]).filter((x) => x >= 0);
    parentPort.postMessage([Array.from({ length: P }, (_, p) => out(2 * p)), Array.from({ length: P }, (_, p) => out(2 * p + 1))]);`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: { rows: g.rows.buffer, q, pf, forces: g.forces, n: g.n, dim: g.dim, K },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Mate rank-1 and top-K rates (in %) of candidate lists of rows, one list per probe. */
export function mateRates(probes: Probe[], lists: number[][]): { rank1: number; top20: number } {
  let r1 = 0;
  let t20 = 0;
  probes.forEach((p, i) => {
    if (lists[i][0] === p.mateRow) r1++;
    if (lists[i].includes(p.mateRow)) t20++;
  });
  return { rank1: (100 * r1) / probes.length, top20: (100 * t20) / probes.length };
}

if (require.main === module) {
  // quick look at the fit: ts-node bench/search-design/dataset.ts <work>/templates-<model>.json [n] [rank]
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cached = require(process.argv[2]);
  const g = buildGallery(cached.rows, Number(process.argv[3] ?? 20000), Number(process.argv[4] ?? 128));
  g.stats.forEach((s) => console.log(s));
}

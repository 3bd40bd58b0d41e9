/* Build a benchmark gallery: the real gallery templates plus synthetic distractors drawn from a
 * multivariate Gaussian fitted to the real templates (mean + Cholesky factor of the covariance,
 * then L2-normalised), so the impostor-cosine statistics match the real ones (printed).
 *
 *   npx ts-node --transpile-only bench/gallery-search/dataset.ts <templates.json> <out-dir> [--n 500000] [--seed 1]
 *
 * Writes <out-dir>/rows.f32 (n x 128 float32 unit vectors), forces.u8 (force 1..5 per row, uniform)
 * and meta.json (real rows, probes with their mate row, the gallery mean, statistics).
 * Keep the output outside the repository (biometric data).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  DIM,
  args,
  dot,
  drawUnit,
  fitGaussian,
  gaussian,
  meanStd,
  mulberry32,
  normalise,
  symEig,
  Meta,
} from './lib';

interface TRow {
  identity: string;
  file: string;
  role: 'gallery' | 'probe';
  fallback: boolean;
  d: number[];
}

function main() {
  const { pos, opt } = args();
  const [templatesFile, outDir] = pos;
  if (!templatesFile || !outDir) {
    console.error('usage: dataset.ts <templates.json> <out-dir> [--n 500000] [--seed 1]');
    process.exit(2);
  }
  const n = Number(opt.n ?? 500000);
  const seed = Number(opt.seed ?? 1);
  const src = JSON.parse(fs.readFileSync(templatesFile, 'utf8'));
  const trows: TRow[] = src.rows;
  const real = trows.map((r) => ({ ...r, v: normalise(Float64Array.from(r.d)) }));
  const gallery = real.filter((r) => r.role === 'gallery');
  const probes = real.filter((r) => r.role === 'probe');

  // ---- fit the Gaussian on every real template (unit vectors)
  const fitted = fitGaussian(real.map((r) => r.v));
  const { mu, cov } = fitted;
  const eig = symEig(cov, DIM);
  const total = eig.values.reduce((a, b) => a + b, 0);
  const cum = (k: number) => eig.values.slice(0, k).reduce((a, b) => a + b, 0) / total;
  console.log(
    `PCA of real templates: variance in top 16/32/48/64/96 components ${[16, 32, 48, 64, 96].map((k) => cum(k).toFixed(3)).join(' / ')}; eigenvalues < 1e-6: ${eig.values.filter((x) => x < 1e-6).length}`,
  );

  // ---- place the real gallery rows at random positions, fill the rest with synthetic rows
  const rand = mulberry32(seed);
  const gauss = gaussian(rand);
  const rows = new Float32Array(n * DIM);
  const forces = new Uint8Array(n);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < gallery.length; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  const realRowOf = new Map<string, number>();
  const isReal = new Uint8Array(n);
  const realList: Meta['real'] = [];
  gallery.forEach((g, i) => {
    const row = perm[i];
    rows.set(g.v, row * DIM);
    isReal[row] = 1;
    realRowOf.set(g.identity, row);
    realList.push({ row, identity: g.identity, file: g.file });
  });
  for (let row = 0; row < n; row++) {
    forces[row] = 1 + Math.floor(rand() * 5);
    if (isReal[row]) continue;
    rows.set(drawUnit(fitted, gauss), row * DIM);
  }
  // gallery mean of what is stored (this is what the centred column subtracts)
  const mean = new Float64Array(DIM);
  for (let row = 0; row < n; row++) for (let i = 0; i < DIM; i++) mean[i] += rows[row * DIM + i] / n;

  // ---- statistics: real vs synthetic impostor cosines
  const realImp: number[] = [];
  const gen: number[] = [];
  for (const p of probes)
    for (const g of gallery) (g.identity === p.identity ? gen : realImp).push(dot(p.v, g.v));
  const synthImp: number[] = [];
  const synthRows: number[] = [];
  for (let row = 0; row < n && synthRows.length < 5000; row++) if (!isReal[row]) synthRows.push(row);
  for (const p of probes) for (const row of synthRows) synthImp.push(dot(p.v, rows, 0, row * DIM));
  const synthSynth: number[] = [];
  for (let a = 0; a < 1000; a++)
    for (let b = 1000; b < 2000; b++)
      synthSynth.push(dot(rows, rows, synthRows[a] * DIM, synthRows[b] * DIM));
  const stats = {
    genuine: meanStd(gen),
    impostorReal: meanStd(realImp),
    impostorProbeVsSynthetic: meanStd(synthImp),
    syntheticVsSynthetic: meanStd(synthSynth),
    fallbacks: real.filter((r) => r.fallback).length,
  };
  const f = (s: { mean: number; std: number }) => `${s.mean.toFixed(3)} ± ${s.std.toFixed(3)}`;
  console.log(
    `real templates ${real.length} (gallery ${gallery.length}, probes ${probes.length}, landmark fallbacks ${stats.fallbacks})`,
  );
  console.log(`cosine genuine (probe vs own gallery image)  ${f(stats.genuine)}`);
  console.log(`cosine impostor, real probe vs real gallery  ${f(stats.impostorReal)}`);
  console.log(`cosine impostor, real probe vs synthetic     ${f(stats.impostorProbeVsSynthetic)}`);
  console.log(`cosine synthetic vs synthetic                ${f(stats.syntheticVsSynthetic)}`);

  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'rows.f32'), Buffer.from(rows.buffer));
  fs.writeFileSync(path.join(outDir, 'forces.u8'), Buffer.from(forces.buffer));
  const meta: Meta = {
    n,
    dim: DIM,
    seed,
    source: src.source,
    mean: Array.from(mean),
    pca: { mean: Array.from(mu), values: eig.values, components: eig.vectors.slice(0, 96) },
    real: realList,
    probes: probes.map((p) => ({
      identity: p.identity,
      file: p.file,
      mateRow: realRowOf.get(p.identity)!,
      v: Array.from(p.v),
    })),
    stats,
  };
  fs.writeFileSync(path.join(outDir, 'meta.json'), JSON.stringify(meta));
  console.log(`wrote ${n} rows to ${outDir}`);
}

main();

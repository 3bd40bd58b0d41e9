/**
 * Closed-set identification accuracy on a folder-per-identity dataset.
 *
 *   npm run eval -- <dataset> [--baseline faceapi] [--sessions N] [--models DIR] [--limit N] [--json FILE]
 *                             [--face-models a,b] [--no-variants]
 *   npm run eval -- <dataset> --degrade [--write-calibration] [--face-models a,b] [--sessions N] [--models DIR] [--limit N]
 *
 * Protocol (as for the LFW development set): in each identity folder the images are sorted by
 * name; the first image of every identity with two or more images is enrolled, and so is the
 * only image of every single-image identity (distractors); all other images are probes, each with
 * exactly one mate in the gallery. For every probe the gallery is ranked by cosine similarity.
 * Genuine pairs are probe vs own mate, impostor pairs probe vs every other gallery entry.
 *
 * Every face model in the manifest (or those named by --face-models) is measured in one run on the
 * same detections and landmarks, with variants: each model with flip-averaging, the score fusion of
 * every pair (each cosine standardised by its impostor spread, weighted equally: a weighted mean of
 * cosines), and PCA of the default model to fewer dimensions (fitted on the gallery templates only).
 *
 * Reported: rank-1, rank-5, TAR at FAR 1e-3, 1e-4 and 1e-5 with their cosine thresholds (1e-5 rests on
 * a handful of impostor pairs on a set of this size: the run prints how many), genuine and
 * impostor cosine mean ± sd, failures to detect, embedding time per face (1 ONNX thread), images/s.
 * A face is chosen per image as the one nearest the image centre (LFW's convention); an image with
 * no face is a failure to detect, and its probe counts as a miss at every rank and threshold.
 *
 * `--degrade` runs the degradation ladder instead (scripts/eval/degrade.ts); with
 * `--write-calibration` it also rewrites each model's quality -> expected hit rate calibration.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { SingleBar } from 'cli-progress';

import { createFaceApiBaseline } from '../bench/inference/faceapi-baseline';
import { createFacePipeline, InferenceError } from '../src/inference';
import {
  EmbedderRuntime,
  FaceModelChoice,
  faceModelNames,
  loadManifest,
  ModelManifest,
} from '../src/inference/manifest';
import { defaultModelsDir } from '../src/inference/pipeline';
import { createSession, runSingle } from '../src/inference/session';
import { runDegradeCommand } from './eval/degrade';

const IMAGE_EXT = /\.(jpe?g|png|webp)$/i;

export interface DatasetEntry {
  identity: string;
  file: string;
  role: 'gallery' | 'probe';
}

export function listDataset(root: string): DatasetEntry[] {
  const entries: DatasetEntry[] = [];
  const identities = readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .sort();
  for (const identity of identities) {
    const files = readdirSync(join(root, identity))
      .filter((f) => IMAGE_EXT.test(f))
      .sort();
    files.forEach((f, i) =>
      entries.push({ identity, file: join(root, identity, f), role: i === 0 ? 'gallery' : 'probe' }),
    );
  }
  return entries;
}

export interface FaceBoxLike {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The face whose box centre is nearest the image centre. */
export function centralFace<T extends { box: FaceBoxLike }>(
  faces: T[],
  width: number,
  height: number,
): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const f of faces) {
    const d = Math.hypot(f.box.x + f.box.width / 2 - width / 2, f.box.y + f.box.height / 2 - height / 2);
    if (d < bestD) {
      bestD = d;
      best = f;
    }
  }
  return best;
}

export interface Metrics {
  gallery: number;
  probes: number;
  galleryFailures: number;
  probeFailures: number;
  rank1: number;
  rank5: number;
  tarAtFar1e3: number;
  tarAtFar1e4: number;
  /** on the LFW development set (612,616 impostor pairs) 1e-5 is 6 pairs: a coarse figure */
  tarAtFar1e5: number;
  thresholdAtFar1e3: number;
  thresholdAtFar1e4: number;
  thresholdAtFar1e5: number;
  impostorPairs: number;
  /** probes with a template whose mate is enrolled (the genuine scores behind the TAR and mean) */
  genuinePairs: number;
  /** cosine of probe and mate (probes with a template and an enrolled mate) */
  genuineMean: number;
  genuineSd: number;
  /** cosine of probe and every other gallery entry */
  impostorMean: number;
  impostorSd: number;
}

function meanSd(values: ArrayLike<number>): { mean: number; sd: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < values.length; i += 1) {
    sum += values[i];
    sumSq += values[i] * values[i];
  }
  const n = Math.max(1, values.length);
  const mean = sum / n;
  return { mean, sd: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i] * b[i];
  return s;
};

/** Smallest threshold t with (impostor scores > t) / n <= far. */
export function thresholdAtFar(sortedDesc: Float64Array, far: number): number {
  const allowed = Math.floor(far * sortedDesc.length);
  if (allowed >= sortedDesc.length) return -Infinity;
  return sortedDesc[allowed];
}

export function computeMetrics(entries: DatasetEntry[], templates: Array<Float32Array | null>): Metrics {
  const galleryIdx = entries.map((e, i) => (e.role === 'gallery' ? i : -1)).filter((i) => i >= 0);
  const probeIdx = entries.map((e, i) => (e.role === 'probe' ? i : -1)).filter((i) => i >= 0);
  const enrolled = galleryIdx.filter((i) => templates[i]);
  const mateOf = new Map(galleryIdx.map((i) => [entries[i].identity, i]));
  const genuine: number[] = [];
  const impostor: number[] = [];
  let rank1 = 0;
  let rank5 = 0;
  for (const p of probeIdx) {
    const t = templates[p];
    const mate = mateOf.get(entries[p].identity);
    if (!t || mate === undefined || !templates[mate]) {
      genuine.push(-Infinity);
      if (t) for (const g of enrolled) impostor.push(dot(t, templates[g] as Float32Array));
      continue;
    }
    const mateScore = dot(t, templates[mate] as Float32Array);
    let higher = 0;
    for (const g of enrolled) {
      if (g === mate) continue;
      const s = dot(t, templates[g] as Float32Array);
      impostor.push(s);
      if (s >= mateScore) higher += 1;
    }
    genuine.push(mateScore);
    if (higher < 1) rank1 += 1;
    if (higher < 5) rank5 += 1;
  }
  const sorted = Float64Array.from(impostor).sort().reverse();
  const t3 = thresholdAtFar(sorted, 1e-3);
  const t4 = thresholdAtFar(sorted, 1e-4);
  const t5 = thresholdAtFar(sorted, 1e-5);
  const tar = (t: number): number => genuine.filter((g) => g > t).length / Math.max(1, genuine.length);
  const g = meanSd(genuine.filter((v) => Number.isFinite(v)));
  const imp = meanSd(sorted);
  return {
    gallery: galleryIdx.length,
    probes: probeIdx.length,
    galleryFailures: galleryIdx.length - enrolled.length,
    probeFailures: probeIdx.filter((p) => !templates[p]).length,
    rank1: rank1 / Math.max(1, probeIdx.length),
    rank5: rank5 / Math.max(1, probeIdx.length),
    tarAtFar1e3: tar(t3),
    tarAtFar1e4: tar(t4),
    tarAtFar1e5: tar(t5),
    thresholdAtFar1e3: t3,
    thresholdAtFar1e4: t4,
    thresholdAtFar1e5: t5,
    impostorPairs: impostor.length,
    genuinePairs: genuine.filter((v) => Number.isFinite(v)).length,
    genuineMean: g.mean,
    genuineSd: g.sd,
    impostorMean: imp.mean,
    impostorSd: imp.sd,
  };
}

const pct = (v: number): string => `${(100 * v).toFixed(1)}%`;

export function formatReport(
  name: string,
  m: Metrics,
  seconds: number,
  images: number,
  extra: string[] = [],
): string {
  return [
    `== ${name}`,
    `gallery ${m.gallery} (failures to detect ${m.galleryFailures}), probes ${m.probes} (failures to detect ${m.probeFailures}), genuine pairs ${m.genuinePairs}, impostor pairs ${m.impostorPairs}`,
    `rank-1 ${pct(m.rank1)}   rank-5 ${pct(m.rank5)}`,
    `TAR@FAR1e-3 ${pct(m.tarAtFar1e3)} (cosine > ${m.thresholdAtFar1e3.toFixed(4)})   TAR@FAR1e-4 ${pct(m.tarAtFar1e4)} (cosine > ${m.thresholdAtFar1e4.toFixed(4)})   TAR@FAR1e-5 ${pct(m.tarAtFar1e5)} (cosine > ${m.thresholdAtFar1e5.toFixed(4)}, ${Math.floor(1e-5 * m.impostorPairs)} impostor pairs allowed)`,
    `genuine cosine ${m.genuineMean.toFixed(3)} ± ${m.genuineSd.toFixed(3)}   impostor cosine ${m.impostorMean.toFixed(3)} ± ${m.impostorSd.toFixed(3)}`,
    `${images} images in ${seconds.toFixed(1)} s: ${(images / seconds).toFixed(1)} images/s`,
    ...extra,
  ].join('\n');
}

function progress(label: string, total: number): SingleBar {
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {percentage}% | {rate} img/s | eta {eta}s`,
    hideCursor: true,
    stream: process.stderr,
    // when stderr is a file or pipe, print a progress line every 10 s instead
    noTTYOutput: true,
    notTTYSchedule: 10_000,
  });
  bar.start(total, 0, { rate: '0' });
  return bar;
}

interface PipelineRun {
  /** face model name -> one template per entry (null: no face), in entry order */
  templates: Map<string, Array<Float32Array | null>>;
  /** face model name -> model version */
  versions: Map<string, string>;
  primary: string;
  seconds: number;
  name: string;
  extra: string[];
}

/**
 * Templates of twokey's own pipeline for the primary face model and every compared one, from the
 * same detections and landmarks.
 */
export async function runPipeline(
  entries: DatasetEntry[],
  opts: { sessions: number; modelsDir?: string; faceModel?: string; compare?: FaceModelChoice[] },
): Promise<PipelineRun> {
  const pipeline = await createFacePipeline({
    sessions: opts.sessions,
    modelsDir: opts.modelsDir,
    faceModel: opts.faceModel,
    compareFaceModels: opts.compare,
  });
  const versions = new Map<string, string>([[pipeline.faceModel, pipeline.modelVersion]]);
  for (const [name, version] of Object.entries(pipeline.compared ?? {})) versions.set(name, version);
  const templates = new Map<string, Array<Float32Array | null>>(
    [...versions.keys()].map((name) => [name, new Array(entries.length).fill(null)]),
  );
  let lowQuality = 0;
  let multi = 0;
  const errors = new Map<string, number>();
  const bar = progress('twokey ', entries.length);
  const start = performance.now();
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next;
      next += 1;
      try {
        const analysis = await pipeline.analyse(readFileSync(entries[i].file));
        const face = centralFace(analysis.faces, analysis.width, analysis.height);
        if (analysis.faces.length > 1) multi += 1;
        if (face) {
          for (const [name, list] of templates)
            list[i] = name === pipeline.faceModel ? face.template : (face.templates?.[name] ?? null);
          if (!face.quality.acceptable) lowQuality += 1;
        }
      } catch (err) {
        const code = err instanceof InferenceError ? err.code : 'ERROR';
        errors.set(code, (errors.get(code) ?? 0) + 1);
      }
      done += 1;
      bar.update(done, { rate: (done / ((performance.now() - start) / 1000)).toFixed(1) });
    }
  };
  await Promise.all(Array.from({ length: opts.sessions * 2 }, worker));
  const seconds = (performance.now() - start) / 1000;
  bar.stop();
  const primary = pipeline.faceModel;
  await pipeline.close();
  const extra = [
    `images with several faces: ${multi} (the face nearest the centre was used); faces below the quality bar of ${primary} (still used here): ${lowQuality}`,
    ...(errors.size ? [`errors: ${[...errors].map(([k, v]) => `${k} ${v}`).join(', ')}`] : []),
  ];
  return {
    templates,
    versions,
    primary,
    seconds,
    name: `twokey ONNX pipeline, ${versions.size} face model(s) on the same detections (${opts.sessions} worker threads)`,
    extra,
  };
}

/** Fused templates: each part times sqrt(weight), concatenated, L2-normalised (cosine = weighted mean of cosines). */
export function fuseTemplates(
  parts: Array<{ templates: Array<Float32Array | null>; weight: number }>,
): Array<Float32Array | null> {
  const n = parts[0].templates.length;
  const out: Array<Float32Array | null> = new Array(n).fill(null);
  for (let i = 0; i < n; i += 1) {
    const ts = parts.map((p) => p.templates[i]);
    if (ts.some((t) => !t)) continue;
    const fused = new Float32Array(ts.reduce((sum, t) => sum + (t as Float32Array).length, 0));
    let offset = 0;
    let norm = 0;
    ts.forEach((t, k) => {
      const w = Math.sqrt(parts[k].weight);
      for (let j = 0; j < (t as Float32Array).length; j += 1) {
        const v = (t as Float32Array)[j] * w;
        fused[offset + j] = v;
        norm += v * v;
      }
      offset += (t as Float32Array).length;
    });
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < fused.length; j += 1) fused[j] /= norm;
    out[i] = fused;
  }
  return out;
}

/**
 * PCA to `k` dimensions fitted on `fit` (centred; subspace iteration), applied to every template
 * and L2-normalised again. Returns the projected templates.
 */
export function pcaProject(
  fit: Float32Array[],
  all: Array<Float32Array | null>,
  k: number,
  iterations = 60,
): Array<Float32Array | null> {
  const d = fit[0].length;
  const mean = new Float64Array(d);
  for (const t of fit) for (let j = 0; j < d; j += 1) mean[j] += t[j] / fit.length;
  const cov = new Float64Array(d * d);
  for (const t of fit) {
    const c = Float64Array.from(t, (v, j) => v - mean[j]);
    for (let a = 0; a < d; a += 1) {
      const ca = c[a];
      if (ca === 0) continue;
      const row = a * d;
      for (let b = 0; b < d; b += 1) cov[row + b] += ca * c[b];
    }
  }
  // subspace iteration: Q <- orth(C Q); deterministic start
  let q: Float64Array[] = Array.from({ length: k }, (_, i) =>
    Float64Array.from({ length: d }, (_, j) => Math.sin((i + 1) * (j + 1) * 0.7311) + (i === j ? 1 : 0)),
  );
  const orthonormalise = (vs: Float64Array[]): Float64Array[] => {
    for (let i = 0; i < vs.length; i += 1) {
      for (let p = 0; p < i; p += 1) {
        let dot = 0;
        for (let j = 0; j < d; j += 1) dot += vs[i][j] * vs[p][j];
        for (let j = 0; j < d; j += 1) vs[i][j] -= dot * vs[p][j];
      }
      let norm = 0;
      for (let j = 0; j < d; j += 1) norm += vs[i][j] * vs[i][j];
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j += 1) vs[i][j] /= norm;
    }
    return vs;
  };
  q = orthonormalise(q);
  for (let it = 0; it < iterations; it += 1) {
    q = orthonormalise(
      q.map((v) => {
        const out = new Float64Array(d);
        for (let a = 0; a < d; a += 1) {
          let sum = 0;
          const row = a * d;
          for (let b = 0; b < d; b += 1) sum += cov[row + b] * v[b];
          out[a] = sum;
        }
        return out;
      }),
    );
  }
  return all.map((t) => {
    if (!t) return null;
    const out = new Float32Array(k);
    let norm = 0;
    for (let i = 0; i < k; i += 1) {
      let sum = 0;
      for (let j = 0; j < d; j += 1) sum += (t[j] - mean[j]) * q[i][j];
      out[i] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < k; i += 1) out[i] /= norm;
    return out;
  });
}

/** Milliseconds per face of each embedder net alone: one ONNX intra-op thread, batch 1 (2 with flip). */
async function embedMilliseconds(
  modelsDir: string | undefined,
  names: FaceModelChoice[],
  runs = 150,
): Promise<Map<string, number>> {
  const loaded = await loadManifest(modelsDir ?? defaultModelsDir(), names);
  const perNet = new Map<string, Map<number, number>>();
  const time = async (
    id: string,
    runtime: EmbedderRuntime,
    bytes: Buffer,
    batch: number,
  ): Promise<number> => {
    const cached = perNet.get(id)?.get(batch);
    if (cached !== undefined) return cached;
    const session = await createSession(bytes, { intraOpThreads: 1 });
    const size = runtime.alignment.size;
    const dims = [batch, size, size, 3];
    const input = Float32Array.from({ length: batch * size * size * 3 }, (_, i) => (i * 7919) % 256);
    for (let i = 0; i < 10; i += 1)
      await runSingle(session, runtime.input.name, runtime.outputs[0].name, input, dims);
    const start = performance.now();
    for (let i = 0; i < runs; i += 1)
      await runSingle(session, runtime.input.name, runtime.outputs[0].name, input, dims);
    const ms = (performance.now() - start) / runs;
    await session.release();
    if (!perNet.has(id)) perNet.set(id, new Map());
    perNet.get(id)?.set(batch, ms);
    return ms;
  };
  const out = new Map<string, number>();
  for (const fm of loaded.faceModels) {
    let ms = 0;
    for (const p of fm.parts)
      ms += await time(p.model.entry.id, p.model.entry.runtime, p.model.bytes, fm.config.flip ? 2 : 1);
    out.set(fm.config.name, ms);
  }
  return out;
}

export interface ComparisonRow {
  name: string;
  dimension: number;
  metrics: Metrics;
  embedMs: number | null;
  note: string;
}

const pct1 = (v: number): string => `${(100 * v).toFixed(1)}%`;

export function comparisonTable(rows: ComparisonRow[]): string {
  const lines = [
    '| face model | dim | rank-1 | rank-5 | TAR@1e-3 | TAR@1e-4 | TAR@1e-5 | cos thr @1e-3 | cos thr @1e-4 | cos thr @1e-5 | genuine cos | impostor cos | missed | embed ms | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const m = r.metrics;
    lines.push(
      `| ${r.name} | ${r.dimension} | ${pct1(m.rank1)} | ${pct1(m.rank5)} | ${pct1(m.tarAtFar1e3)} | ${pct1(m.tarAtFar1e4)} | ${pct1(m.tarAtFar1e5)} | ${m.thresholdAtFar1e3.toFixed(4)} | ${m.thresholdAtFar1e4.toFixed(4)} | ${m.thresholdAtFar1e5.toFixed(4)} | ${m.genuineMean.toFixed(3)} ± ${m.genuineSd.toFixed(3)} | ${m.impostorMean.toFixed(3)} ± ${m.impostorSd.toFixed(3)} | ${m.galleryFailures + m.probeFailures} | ${r.embedMs === null ? '–' : r.embedMs.toFixed(1)} | ${r.note} |`,
    );
  }
  return lines.join('\n');
}

async function runFaceApi(
  entries: DatasetEntry[],
): Promise<{ templates: Array<Float32Array | null>; seconds: number; name: string; extra: string[] }> {
  const baseline = await createFaceApiBaseline();
  const templates: Array<Float32Array | null> = new Array(entries.length).fill(null);
  const bar = progress('face-api', entries.length);
  const start = performance.now();
  for (let i = 0; i < entries.length; i += 1) {
    const r = await baseline.describe(readFileSync(entries[i].file));
    const face = centralFace(r.faces, r.width, r.height);
    if (face) {
      let n = 0;
      for (const v of face.descriptor) n += v * v;
      n = Math.sqrt(n) || 1;
      templates[i] = Float32Array.from(face.descriptor, (v) => v / n);
    }
    bar.update(i + 1, { rate: ((i + 1) / ((performance.now() - start) / 1000)).toFixed(1) });
  }
  const seconds = (performance.now() - start) / 1000;
  bar.stop();
  return {
    templates,
    seconds,
    name: `face-api ${baseline.version} own TF.js pipeline (SSD MobileNet v1, ${baseline.backend} backend, 1 thread)`,
    extra: [],
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const positional = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && !(i > 0 && all[i - 1].startsWith('--')));
  const root = positional[0];
  if (!root) {
    process.stderr.write(
      'usage: npm run eval -- <folder-per-identity dataset> [--baseline faceapi] [--sessions N] [--models DIR] [--limit N] [--json FILE]\n',
    );
    process.exit(2);
  }
  let entries = listDataset(resolve(root));
  const limit = arg('--limit');
  if (limit) {
    // whole identities only, so the protocol still holds
    const keep = new Set([...new Set(entries.map((e) => e.identity))].slice(0, Number(limit)));
    entries = entries.filter((e) => keep.has(e.identity));
  }
  const multiIds = new Set(entries.filter((e) => e.role === 'probe').map((e) => e.identity));
  process.stdout.write(
    `dataset ${basename(resolve(root))}: ${new Set(entries.map((e) => e.identity)).size} identities (${multiIds.size} with probes), ${entries.length} images\n`,
  );
  const sessions = Number(arg('--sessions') ?? availableParallelism());
  const results: Record<string, unknown> = {};

  if (process.argv.includes('--degrade')) {
    const modelsDir = resolve(arg('--models') ?? defaultModelsDir());
    // each named face model gets its own ladder and calibration; unnamed, the manifest's default
    const faceModels = arg('--face-models')?.split(',') ?? [undefined];
    await runDegradeCommand(
      entries,
      faceModels.map((faceModel) => ({
        label: faceModel ?? 'default face model',
        // the ladder measures the calibration, so it must not need a current one
        open: () =>
          createFacePipeline({
            sessions,
            modelsDir,
            withoutHitRates: true,
            ...(faceModel ? { faceModel } : {}),
          }),
      })),
      {
        parallel: sessions * 2,
        modelsDir,
        writeCalibration: process.argv.includes('--write-calibration'),
        json: arg('--json'),
      },
    );
    return;
  }

  const modelsDir = arg('--models');
  const manifest = JSON.parse(
    readFileSync(join(modelsDir ?? defaultModelsDir(), 'manifest.json'), 'utf8'),
  ) as ModelManifest;
  const names = arg('--face-models')?.split(',') ?? faceModelNames(manifest);
  const primary = names.includes(manifest.pipeline.defaultEmbedder)
    ? manifest.pipeline.defaultEmbedder
    : names[0];
  const variants = !process.argv.includes('--no-variants');
  const configOf = (name: string) => manifest.pipeline.embedders.find((e) => e.name === name);
  // flip-averaged variants of every single-embedder face model
  const flips: FaceModelChoice[] = variants
    ? names
        .map((n) => configOf(n))
        .filter((c) => c && c.parts.length === 1 && !c.flip)
        .map((c) => ({
          name: `${c?.name}+flip`,
          parts: c?.parts ?? [],
          flip: true,
          description: `${c?.name} averaged with its mirror image`,
        }))
    : [];
  const compare: FaceModelChoice[] = [...names.filter((n) => n !== primary), ...flips];
  const ours = await runPipeline(entries, { sessions, modelsDir, faceModel: primary, compare });
  const ms = await embedMilliseconds(modelsDir, [...names, ...flips]);
  const dims = (t: Array<Float32Array | null>): number => t.find((x) => x)?.length ?? 0;
  const rows: ComparisonRow[] = [];
  const add = (
    name: string,
    templates: Array<Float32Array | null>,
    embedMs: number | null,
    note: string,
  ): Metrics => {
    const metrics = computeMetrics(entries, templates);
    rows.push({ name, dimension: dims(templates), metrics, embedMs, note });
    return metrics;
  };
  const single = new Map<string, Metrics>();
  for (const [name, templates] of ours.templates)
    single.set(name, add(name, templates, ms.get(name) ?? null, name === primary ? 'default' : ''));
  if (variants) {
    // score fusion of every pair of single models (plain, and flip-averaged)
    const plain = names.filter((n) => configOf(n)?.parts.length === 1);
    for (const suffix of ['', '+flip']) {
      for (let a = 0; a < plain.length; a += 1) {
        for (let b = a + 1; b < plain.length; b += 1) {
          const [na, nb] = [plain[a] + suffix, plain[b] + suffix];
          const ta = ours.templates.get(na);
          const tb = ours.templates.get(nb);
          const ma = single.get(na);
          const mb = single.get(nb);
          if (!ta || !tb || !ma || !mb) continue;
          // equal weight on each standardised cosine: weights proportional to 1 / impostor sd
          const wa = 1 / ma.impostorSd / (1 / ma.impostorSd + 1 / mb.impostorSd);
          const fused = fuseTemplates([
            { templates: ta, weight: wa },
            { templates: tb, weight: 1 - wa },
          ]);
          const msA = ms.get(na);
          const msB = ms.get(nb);
          add(
            `${na} ⊕ ${nb}`,
            fused,
            msA !== undefined && msB !== undefined ? msA + msB : null,
            `fusion, weights ${wa.toFixed(2)}/${(1 - wa).toFixed(2)}`,
          );
        }
      }
    }
    // PCA of the primary model to fewer dimensions, fitted on the gallery templates only
    const primaryTemplates = ours.templates.get(primary) as Array<Float32Array | null>;
    const fit = entries
      .map((e, i) => (e.role === 'gallery' ? primaryTemplates[i] : null))
      .filter((t): t is Float32Array => t !== null);
    const full = dims(primaryTemplates);
    for (const k of [256, 128, 64].filter((v) => v < full && v < fit.length))
      add(
        `${primary} PCA ${k}`,
        pcaProject(fit, primaryTemplates, k),
        ms.get(primary) ?? null,
        'PCA fitted on the gallery',
      );
  }
  process.stdout.write(
    `${formatReport(ours.name, single.get(primary) as Metrics, ours.seconds, entries.length, ours.extra)}\n`,
  );
  process.stdout.write(`model versions: ${[...ours.versions].map(([n, v]) => `${n} ${v}`).join(', ')}\n\n`);
  process.stdout.write(`${comparisonTable(rows)}\n`);
  results.twokey = {
    name: ours.name,
    primary,
    seconds: ours.seconds,
    imagesPerSecond: entries.length / ours.seconds,
    faceModels: rows.map((r) => ({
      name: r.name,
      dimension: r.dimension,
      embedMs: r.embedMs,
      note: r.note,
      ...r.metrics,
    })),
  };

  if (arg('--baseline') === 'faceapi') {
    const base = await runFaceApi(entries);
    const b = computeMetrics(entries, base.templates);
    process.stdout.write(`${formatReport(base.name, b, base.seconds, entries.length, base.extra)}\n`);
    results.faceapi = {
      name: base.name,
      ...b,
      seconds: base.seconds,
      imagesPerSecond: entries.length / base.seconds,
    };
  } else if (arg('--baseline')) {
    throw new Error(`unknown baseline ${arg('--baseline')} (supported: faceapi)`);
  }
  const json = arg('--json');
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}

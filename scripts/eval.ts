/**
 * Closed-set identification accuracy on a folder-per-identity dataset.
 *
 *   npm run eval -- <dataset> [--baseline faceapi] [--sessions N] [--models DIR] [--limit N] [--json FILE]
 *   npm run eval -- <dataset> --degrade [--write-calibration] [--sessions N] [--models DIR] [--limit N]
 *
 * Protocol (as for the LFW development set): in each identity folder the images are sorted by
 * name; the first image of every identity with two or more images is enrolled, and so is the
 * only image of every single-image identity (distractors); all other images are probes, each with
 * exactly one mate in the gallery. For every probe the gallery is ranked by cosine similarity.
 * Genuine pairs are probe vs own mate, impostor pairs probe vs every other gallery entry.
 *
 * Reported: rank-1, rank-5, TAR at FAR 1e-3 and 1e-4, failures to detect, images per second.
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
import { defaultModelsDir } from '../src/inference/pipeline';
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
  thresholdAtFar1e3: number;
  thresholdAtFar1e4: number;
  impostorPairs: number;
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
  const tar = (t: number): number => genuine.filter((g) => g > t).length / Math.max(1, genuine.length);
  return {
    gallery: galleryIdx.length,
    probes: probeIdx.length,
    galleryFailures: galleryIdx.length - enrolled.length,
    probeFailures: probeIdx.filter((p) => !templates[p]).length,
    rank1: rank1 / Math.max(1, probeIdx.length),
    rank5: rank5 / Math.max(1, probeIdx.length),
    tarAtFar1e3: tar(t3),
    tarAtFar1e4: tar(t4),
    thresholdAtFar1e3: t3,
    thresholdAtFar1e4: t4,
    impostorPairs: impostor.length,
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
    `gallery ${m.gallery} (failures to detect ${m.galleryFailures}), probes ${m.probes} (failures to detect ${m.probeFailures}), impostor pairs ${m.impostorPairs}`,
    `rank-1 ${pct(m.rank1)}   rank-5 ${pct(m.rank5)}`,
    `TAR@FAR1e-3 ${pct(m.tarAtFar1e3)} (cosine > ${m.thresholdAtFar1e3.toFixed(4)})   TAR@FAR1e-4 ${pct(m.tarAtFar1e4)} (cosine > ${m.thresholdAtFar1e4.toFixed(4)})`,
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

/** Templates of twokey's own pipeline, one per entry (null: no face), in entry order. */
export async function runPipeline(
  entries: DatasetEntry[],
  opts: { sessions: number; modelsDir?: string },
): Promise<{ templates: Array<Float32Array | null>; seconds: number; name: string; extra: string[] }> {
  const pipeline = await createFacePipeline({ sessions: opts.sessions, modelsDir: opts.modelsDir });
  const templates: Array<Float32Array | null> = new Array(entries.length).fill(null);
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
          templates[i] = face.template;
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
  const version = pipeline.modelVersion;
  await pipeline.close();
  const extra = [
    `images with several faces: ${multi} (the face nearest the centre was used); faces below the quality bar (still used here): ${lowQuality}`,
    ...(errors.size ? [`errors: ${[...errors].map(([k, v]) => `${k} ${v}`).join(', ')}`] : []),
  ];
  return {
    templates,
    seconds,
    name: `twokey ONNX pipeline ${version} (${opts.sessions} worker threads)`,
    extra,
  };
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
    await runDegradeCommand(
      entries,
      [{ label: 'twokey ONNX pipeline', open: () => createFacePipeline({ sessions, modelsDir }) }],
      {
        parallel: sessions * 2,
        modelsDir,
        writeCalibration: process.argv.includes('--write-calibration'),
        json: arg('--json'),
      },
    );
    return;
  }

  const ours = await runPipeline(entries, { sessions, modelsDir: arg('--models') });
  const m = computeMetrics(entries, ours.templates);
  process.stdout.write(`${formatReport(ours.name, m, ours.seconds, entries.length, ours.extra)}\n`);
  results.twokey = {
    name: ours.name,
    ...m,
    seconds: ours.seconds,
    imagesPerSecond: entries.length / ours.seconds,
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

/**
 * The degradation ladder (`npm run eval -- <dataset> --degrade [--write-calibration]`): how
 * accuracy falls as probes get smaller, softer and more compressed, per model, and what the quality
 * measures say about it.
 *
 * The gallery is analysed as it is. Every probe is analysed as it is, then again for each rung of
 * the ladder on a copy derived in memory with sharp (nothing is written to disk): the frame shrunk
 * so the face detected in the original is the rung's width, blurred and/or JPEG-compressed at that
 * size, then scaled back up to its original size (as a CCTV still is enlarged before upload).
 * Per model and rung: how often no face is found, the true mate ranked first, the true mate in the
 * candidate list (rank <= 20, the default list length), the quality measures, and what each
 * setting of the expected-hit-rate gate would refuse. With `--write-calibration` the quality ->
 * expected hit rate calibration fitted on all rungs is written beside the models
 * (models/<embedder>.quality-calibration.json); the figures printed per rung come from a two-fold
 * fit by identity, so no probe's expectation is fitted on that probe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import sharp from 'sharp';

import {
  calibrationFileName,
  expectedHitRateAt,
  type HitRateCalibration,
  type QualityMeasures,
} from '../../src/inference/hit-rate';
import type { FacePipeline } from '../../src/inference';
import { fitHitRateCalibration, type Outcome } from './hit-rate-fit';

/** Default candidate list length (DEFAULT_K of src/policy/search-policy.ts). */
export const CANDIDATE_LIST_LENGTH = 20;

export interface Rung {
  id: string;
  /** shrink the frame so the detected face is this wide, then scale back up */
  faceWidthPx?: number;
  /** Gaussian blur sigma, applied at the shrunk size */
  blurSigma?: number;
  /** JPEG quality, applied at the shrunk size */
  jpegQuality?: number;
}

export const LADDER: Rung[] = [
  { id: 'original' },
  { id: 'face-112px', faceWidthPx: 112 },
  { id: 'face-64px', faceWidthPx: 64 },
  { id: 'face-48px', faceWidthPx: 48 },
  { id: 'face-32px', faceWidthPx: 32 },
  { id: 'face-24px', faceWidthPx: 24 },
  { id: 'blur-1', blurSigma: 1 },
  { id: 'blur-2', blurSigma: 2 },
  { id: 'blur-3', blurSigma: 3 },
  { id: 'jpeg-50', jpegQuality: 50 },
  { id: 'jpeg-25', jpegQuality: 25 },
  { id: 'jpeg-10', jpegQuality: 10 },
  { id: 'face-48px-blur-1-jpeg-50', faceWidthPx: 48, blurSigma: 1, jpegQuality: 50 },
  { id: 'face-33px-blur-0.6-jpeg-35', faceWidthPx: 33, blurSigma: 0.6, jpegQuality: 35 },
  { id: 'face-23px-jpeg-30', faceWidthPx: 23, jpegQuality: 30 },
];

/** Gate settings reported: floors on the expected rank-1 rate. */
export const GATE_FLOORS = [0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

/**
 * A degraded copy of `image` (PNG, lossless, so nothing is added beyond the rung). `faceWidthPx` is
 * the width of the face detected in the original.
 */
export async function degradeImage(image: Buffer, rung: Rung, faceWidthPx: number): Promise<Buffer> {
  const oriented = await sharp(image).rotate().raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = oriented.info;
  const scale = rung.faceWidthPx ? Math.min(1, rung.faceWidthPx / faceWidthPx) : 1;
  const w = Math.max(8, Math.round(width * scale));
  const h = Math.max(8, Math.round(height * scale));
  let small = sharp(oriented.data, { raw: { width, height, channels } });
  if (scale < 1) small = small.resize(w, h, { kernel: 'lanczos3', fit: 'fill' });
  if (rung.blurSigma) small = small.blur(rung.blurSigma);
  let bytes: Buffer;
  if (rung.jpegQuality) {
    const jpeg = await small.jpeg({ quality: rung.jpegQuality, chromaSubsampling: '4:2:0' }).toBuffer();
    bytes = await sharp(jpeg).raw().toBuffer();
  } else {
    bytes = await small.raw().toBuffer();
  }
  let out = sharp(bytes, { raw: { width: w, height: h, channels } });
  if (w !== width || h !== height) {
    out = sharp(await out.resize(width, height, { kernel: 'cubic', fit: 'fill' }).raw().toBuffer(), {
      raw: { width, height, channels },
    });
  }
  return out.png({ compressionLevel: 1 }).toBuffer();
}

export interface LadderEntry {
  identity: string;
  file: string;
  role: 'gallery' | 'probe';
}

export interface ProbeResult {
  rung: string;
  identity: string;
  /** null: no face found */
  quality: QualityMeasures | null;
  /** 1-based rank of the true mate (ties count against it); Infinity when not found */
  mateRank: number;
  /** cosine of the probe's template with the mean gallery template */
  meanCosine: number | null;
}

export interface LadderRun {
  results: ProbeResult[];
  /** mean of the gallery's templates, L2-normalised */
  meanTemplate: Float32Array;
}

export interface LadderModel {
  /** printed name */
  label: string;
  open(): Promise<FacePipeline>;
}

interface CentralFace {
  box: { x: number; y: number; width: number; height: number };
  quality: Omit<QualityMeasures, 'embeddingNorm'>;
  template: Float32Array;
  embeddingNorm: number;
}

function central(analysis: { width: number; height: number; faces: CentralFace[] }): CentralFace | null {
  let best: CentralFace | null = null;
  let bestD = Infinity;
  for (const f of analysis.faces) {
    const d = Math.hypot(
      f.box.x + f.box.width / 2 - analysis.width / 2,
      f.box.y + f.box.height / 2 - analysis.height / 2,
    );
    if (d < bestD) {
      bestD = d;
      best = f;
    }
  }
  return best;
}

async function analyseCentral(pipeline: FacePipeline, bytes: Buffer): Promise<CentralFace | null> {
  try {
    return central(await pipeline.analyse(bytes, { whenBusy: 'wait' }));
  } catch {
    return null;
  }
}

/** Runs `work` over `items` with `parallel` jobs in flight, reporting progress now and then. */
async function forEachParallel<T>(
  items: T[],
  parallel: number,
  label: string,
  work: (item: T, i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let done = 0;
  const start = performance.now();
  let lastReport = start;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await work(items[i], i);
      done += 1;
      const now = performance.now();
      if (now - lastReport > 15_000 || done === items.length) {
        lastReport = now;
        process.stderr.write(
          `${label}: ${done}/${items.length} (${(done / ((now - start) / 1000)).toFixed(1)} img/s)\n`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i] * b[i];
  return s;
};

/** Every probe at every rung, for one model. */
export async function runLadder(
  entries: LadderEntry[],
  pipeline: FacePipeline,
  options: { parallel: number; rungs?: Rung[] },
): Promise<LadderRun> {
  const rungs = options.rungs ?? LADDER;
  const gallery = entries.filter((e) => e.role === 'gallery');
  const probes = entries.filter((e) => e.role === 'probe');
  const galleryTemplates: Array<Float32Array | null> = new Array(gallery.length).fill(null);
  await forEachParallel(gallery, options.parallel, 'gallery', async (e, i) => {
    galleryTemplates[i] = (await analyseCentral(pipeline, readFileSync(e.file)))?.template ?? null;
  });
  const mateOf = new Map(gallery.map((e, i) => [e.identity, i]));
  const dim = galleryTemplates.find((t) => t)!.length;
  const meanTemplate = new Float32Array(dim);
  for (const t of galleryTemplates) if (t) for (let k = 0; k < dim; k += 1) meanTemplate[k] += t[k];
  const meanNorm = Math.hypot(...meanTemplate);
  for (let k = 0; k < dim; k += 1) meanTemplate[k] /= meanNorm;
  const rankOfMate = (identity: string, t: Float32Array): number => {
    const mate = mateOf.get(identity);
    const mateTemplate = mate === undefined ? null : galleryTemplates[mate];
    if (!mateTemplate) return Infinity;
    const mateScore = dot(t, mateTemplate);
    let higher = 0;
    galleryTemplates.forEach((g, i) => {
      if (g && i !== mate && dot(t, g) >= mateScore) higher += 1;
    });
    return higher + 1;
  };

  const results: ProbeResult[] = [];
  const originalWidth: number[] = new Array(probes.length).fill(0);
  for (const rung of rungs) {
    await forEachParallel(probes, options.parallel, rung.id, async (e, i) => {
      const bytes = readFileSync(e.file);
      let face: CentralFace | null = null;
      if (rung.id === 'original') {
        face = await analyseCentral(pipeline, bytes);
        originalWidth[i] = face?.box.width ?? 0;
      } else if (originalWidth[i] > 0) {
        face = await analyseCentral(pipeline, await degradeImage(bytes, rung, originalWidth[i]));
      }
      results.push({
        rung: rung.id,
        identity: e.identity,
        quality: face
          ? {
              faceSizePx: face.quality.faceSizePx,
              sharpness: face.quality.sharpness,
              poseYawProxy: face.quality.poseYawProxy,
              detectorScore: face.quality.detectorScore,
              embeddingNorm: face.embeddingNorm,
            }
          : null,
        mateRank: face ? rankOfMate(e.identity, face.template) : Infinity,
        meanCosine: face ? dot(face.template, meanTemplate) : null,
      });
    });
  }
  return { results, meanTemplate };
}

const outcomeOf = (r: ProbeResult): Outcome => ({
  rung: r.rung,
  quality: r.quality!,
  meanTemplateCosine: r.meanCosine!,
  rankOne: r.mateRank === 1,
  inCandidateList: r.mateRank <= CANDIDATE_LIST_LENGTH,
});

/** Calibration fitted on every rung's probes with a face. */
export function calibrate(
  results: ProbeResult[],
  meta: {
    modelVersion: string;
    galleryImages: number;
    probeImages: number;
    rungs: string[];
    meanTemplate: Float32Array;
  },
): HitRateCalibration {
  const withFace = results.filter((r) => r.quality);
  return fitHitRateCalibration(withFace.map(outcomeOf), {
    modelVersion: meta.modelVersion,
    generatedBy: 'npm run eval -- <LFW development set> --degrade --write-calibration',
    measuredOn: {
      description:
        'LFW development set (folder per identity; first image of each identity enrolled, the others probes), probes degraded on the ladder of scripts/eval/degrade.ts',
      galleryImages: meta.galleryImages,
      probeImages: meta.probeImages,
      rungs: meta.rungs,
      samples: withFace.length,
      candidateListLength: CANDIDATE_LIST_LENGTH,
    },
    meanTemplate: Array.from(meta.meanTemplate, (v) => Math.round(v * 1e6) / 1e6),
  });
}

/**
 * Each probe's expected hit rate from a calibration fitted on the other half of the identities
 * (two folds by identity), so the printed expectations are out of sample as to the people. Every
 * rung is still in both halves; with `leaveRungOut` each rung's probes are judged by fits that
 * never saw that rung either (a kind of degradation the ladder does not have).
 */
export function crossFittedExpectations(
  results: ProbeResult[],
  meta: Parameters<typeof calibrate>[1],
  options: { leaveRungOut?: boolean } = {},
): Map<ProbeResult, { rankOne: number; inCandidateList: number }> {
  const identities = [...new Set(results.map((r) => r.identity))].sort();
  const fold = new Map(identities.map((id, i) => [id, i % 2]));
  const out = new Map<ProbeResult, { rankOne: number; inCandidateList: number }>();
  const groups = options.leaveRungOut ? [...new Set(results.map((r) => r.rung))] : [null];
  for (const left of groups)
    for (const f of [0, 1]) {
      const cal = calibrate(
        results.filter((r) => fold.get(r.identity) !== f && r.rung !== left),
        meta,
      );
      for (const r of results)
        if (fold.get(r.identity) === f && (left === null || r.rung === left) && r.quality)
          out.set(r, expectedHitRateAt(cal, r.quality, r.meanCosine!));
    }
  return out;
}

const pct = (v: number): string => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '–');
const median = (v: number[]): number => {
  if (v.length === 0) return NaN;
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** The ladder and gate tables of one model, as markdown. */
export function formatLadder(
  label: string,
  results: ProbeResult[],
  expected: Map<ProbeResult, { rankOne: number; inCandidateList: number }>,
  unseenRung: Map<ProbeResult, { rankOne: number; inCandidateList: number }>,
  rungs: Rung[] = LADDER,
): string {
  const lines = [
    `== degradation ladder: ${label}`,
    '',
    '| rung | probes | no face | rank-1 | in list (top 20) | median face px | median sharpness | median detector score | rank-1 of faces found | expected rank-1 | expected in list | expected rank-1, rung unseen |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const rung of rungs) {
    const rs = results.filter((r) => r.rung === rung.id);
    const faces = rs.filter((r) => r.quality);
    const mean = (
      pick: (e: { rankOne: number; inCandidateList: number }) => number,
      from = expected,
    ): number => {
      const exp = faces.map((r) => from.get(r)).filter((e) => e !== undefined);
      return exp.reduce((s, e) => s + pick(e), 0) / Math.max(1, exp.length);
    };
    lines.push(
      `| ${rung.id} | ${rs.length} | ${pct(1 - faces.length / rs.length)} | ${pct(rs.filter((r) => r.mateRank === 1).length / rs.length)} | ${pct(rs.filter((r) => r.mateRank <= CANDIDATE_LIST_LENGTH).length / rs.length)} | ${median(faces.map((r) => r.quality!.faceSizePx)).toFixed(0)} | ${median(faces.map((r) => r.quality!.sharpness)).toFixed(1)} | ${median(faces.map((r) => r.quality!.detectorScore)).toFixed(3)} | ${pct(faces.filter((r) => r.mateRank === 1).length / faces.length)} | ${pct(mean((e) => e.rankOne))} | ${pct(mean((e) => e.inCandidateList))} | ${pct(mean((e) => e.rankOne, unseenRung))} |`,
    );
  }
  lines.push(
    '',
    `Gate on the expected rank-1 rate (out of sample): per floor, probes refused (no face counts apart), then rank-1 / in list observed on the probes let through, and their mean expected rank-1.`,
    '',
    `| rung | ${GATE_FLOORS.map((f) => `floor ${f}`).join(' | ')} |`,
    `| --- | ${GATE_FLOORS.map(() => '---').join(' | ')} |`,
  );
  for (const rung of [...rungs.map((r) => r.id), 'all rungs']) {
    const rs = results.filter((r) => (rung === 'all rungs' || r.rung === rung) && r.quality);
    const cells = GATE_FLOORS.map((floor) => {
      const passed = rs.filter((r) => (expected.get(r)?.rankOne ?? 0) >= floor);
      const refused = rs.length - passed.length;
      const r1 = passed.filter((r) => r.mateRank === 1).length / passed.length;
      const inList = passed.filter((r) => r.mateRank <= CANDIDATE_LIST_LENGTH).length / passed.length;
      const exp = passed.reduce((s, r) => s + (expected.get(r)?.rankOne ?? 0), 0) / passed.length;
      return `${refused} refused; ${pct(r1)} / ${pct(inList)}, exp ${pct(exp)}`;
    });
    lines.push(`| ${rung} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The `--degrade` command: the ladder for each model, and its calibration file if asked. */
export async function runDegradeCommand(
  entries: LadderEntry[],
  models: LadderModel[],
  options: { parallel: number; modelsDir: string; writeCalibration: boolean; json?: string },
): Promise<void> {
  sharp.concurrency(1); // the ONNX workers need the cores more than the resampling
  const all: Record<string, unknown> = {};
  for (const model of models) {
    const pipeline = await model.open();
    const start = performance.now();
    let run: LadderRun;
    try {
      run = await runLadder(entries, pipeline, { parallel: options.parallel });
    } finally {
      await pipeline.close();
    }
    const meta = {
      modelVersion: pipeline.modelVersion,
      galleryImages: entries.filter((e) => e.role === 'gallery').length,
      probeImages: entries.filter((e) => e.role === 'probe').length,
      rungs: LADDER.map((r) => r.id),
      meanTemplate: run.meanTemplate,
    };
    const { results } = run;
    const expected = crossFittedExpectations(results, meta);
    const unseenRung = crossFittedExpectations(results, meta, { leaveRungOut: true });
    process.stdout.write(
      `${formatLadder(`${model.label} (${pipeline.modelVersion})`, results, expected, unseenRung)}\n(${((performance.now() - start) / 1000).toFixed(0)} s)\n\n`,
    );
    const calibration = calibrate(results, meta);
    if (options.writeCalibration) {
      const file = join(options.modelsDir, calibrationFileName(pipeline.modelVersion));
      writeFileSync(file, `${JSON.stringify(calibration, null, 2)}\n`);
      process.stdout.write(`calibration written: ${file}\n`);
    }
    all[pipeline.modelVersion] = { calibration, results };
  }
  if (options.json) writeFileSync(options.json, `${JSON.stringify(all, null, 2)}\n`);
}

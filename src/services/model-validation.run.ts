import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Database } from '../db';
import { Force, type ModelValidation } from '../entities';
import { badInput, DomainError, notFound } from '../errors';
import {
  computeValidation,
  thresholdLadder,
  VALIDATION_DEFAULTS,
  type ValidationAttribute,
  type ValidationSearch,
} from '../policy';
import type { Services } from '.';
import { validationCsv, validationReportHtml } from './model-validation.format';

/**
 * `npm run validate-model`: a force's labelled test set through the real face pipeline of a model
 * version, every probe searched against the gallery the set defines, the rates per group computed
 * (src/policy/model-validation.ts), recorded, and written as CSV and a readable HTML report.
 *
 * The manifest is a CSV with a header: `file` (relative to the images folder), `identity`,
 * `ethnicity`, `sex`, `age_band` (self-defined, per image; empty is "not stated"), and optionally
 * `role` (`gallery` or `probe`). Without `role`: of each person with two or more usable images the
 * first (by file name) is enrolled and the others are mated probes; of the people with one usable
 * image, every other one (by identity) is a non-mated probe and the rest are enrolled as
 * distractors. `gallerySize` then trims the distractors (never a mated entry) to the gallery size
 * the force chooses.
 */
export interface ValidationRunOptions {
  forceCode: string;
  /** model version or FACE_MODEL name; default the force's active version */
  model?: string;
  manifestPath: string;
  imagesDir: string;
  description: string;
  runBy: string;
  topK?: number;
  minGroupSize?: number;
  /** default: the force's floor (its false match rate) */
  falseMatchRateTarget?: number;
  maxGroupRatio?: number;
  /** default: from the model's cosine at 1e-3 less 0.1 to its cosine at 1e-5 plus 0.1, 40 steps */
  ladder?: number[];
  gallerySize?: number;
  /** where report.csv and report.html are written (none: not written) */
  outDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ValidationRunReport {
  validation: ModelValidation;
  csv: string;
  html: string;
  files: string[];
}

interface ManifestRow {
  file: string;
  identity: string;
  attributes: Record<ValidationAttribute, string>;
  role: 'gallery' | 'probe' | null;
}

const NOT_STATED = 'not stated';

function readManifest(text: string): ManifestRow[] {
  let records: Array<Record<string, string>>;
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw badInput(`The manifest is not a readable CSV: ${(error as Error).message}`, { field: 'manifest' });
  }
  const need = ['file', 'identity', 'ethnicity', 'sex', 'age_band'];
  const missing = need.filter((c) => records.length > 0 && !(c in records[0]));
  if (records.length === 0 || missing.length > 0)
    throw badInput(
      `The manifest needs the columns ${need.join(', ')} (missing: ${missing.join(', ') || 'rows'})`,
      {
        field: 'manifest',
      },
    );
  return records.map((r, i) => {
    const role = (r.role ?? '').toLowerCase();
    if (role && role !== 'gallery' && role !== 'probe')
      throw badInput(`Manifest row ${i + 2}: role must be gallery or probe`, {
        field: 'manifest',
        row: i + 2,
      });
    if (!r.file || !r.identity)
      throw badInput(`Manifest row ${i + 2}: file and identity are required`, {
        field: 'manifest',
        row: i + 2,
      });
    return {
      file: r.file,
      identity: r.identity,
      attributes: {
        ethnicity: r.ethnicity || NOT_STATED,
        sex: r.sex || NOT_STATED,
        ageBand: r.age_band || NOT_STATED,
      },
      role: role ? (role as 'gallery' | 'probe') : null,
    };
  });
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

interface Usable extends ManifestRow {
  template: Float32Array;
}

/** Gallery and probes of the set (see ValidationRunOptions). */
function splitSet(rows: Usable[], gallerySize?: number): { gallery: Usable[]; probes: Usable[] } {
  let gallery: Usable[] = [];
  const probes: Usable[] = [];
  if (rows.some((r) => r.role !== null)) {
    for (const r of rows) (r.role === 'gallery' ? gallery : probes).push(r);
    const enrolled = new Set<string>();
    for (const g of gallery) {
      if (enrolled.has(g.identity))
        throw badInput(`The gallery holds two images of ${g.identity}: one per person`, {
          field: 'manifest',
        });
      enrolled.add(g.identity);
    }
  } else {
    const byIdentity = new Map<string, Usable[]>();
    for (const r of rows) byIdentity.set(r.identity, [...(byIdentity.get(r.identity) ?? []), r]);
    const singles: Usable[] = [];
    for (const identity of [...byIdentity.keys()].sort()) {
      const images = byIdentity.get(identity)!.sort((a, b) => a.file.localeCompare(b.file));
      if (images.length === 1) singles.push(images[0]);
      else {
        gallery.push(images[0]);
        probes.push(...images.slice(1));
      }
    }
    singles.forEach((s, i) => (i % 2 === 0 ? probes : gallery).push(s));
  }
  if (gallerySize !== undefined) {
    const probed = new Set(probes.map((p) => p.identity));
    const mates = gallery.filter((g) => probed.has(g.identity));
    if (gallerySize < mates.length)
      throw badInput(`The gallery size must be at least the ${mates.length} mated entries`, {
        field: 'gallerySize',
      });
    gallery = [
      ...mates,
      ...gallery.filter((g) => !probed.has(g.identity)).slice(0, gallerySize - mates.length),
    ];
  }
  return { gallery, probes };
}

/** Runs a validation and records it (see ValidationRunOptions). */
export async function runValidation(
  db: Database,
  services: Pick<Services, 'models' | 'modelVersions' | 'validations'>,
  options: ValidationRunOptions,
): Promise<ValidationRunReport> {
  const force = await db.manager.findOne(Force, { where: { code: options.forceCode } });
  if (!force) throw notFound('Force', options.forceCode);
  const modelVersion = services.models.resolve(
    options.model ?? (await services.modelVersions.activeVersion(db.manager, force.id)),
  ).modelVersion;
  const listing = services.models.resolve(modelVersion);
  const calibration = services.models.calibration(modelVersion);
  const pipeline = await services.models.pipeline(modelVersion);

  const manifestBytes = await readFile(options.manifestPath);
  const rows = readManifest(manifestBytes.toString('utf8'));
  const root = resolve(options.imagesDir);
  const hash = createHash('sha256').update(manifestBytes);
  const usable: Usable[] = [];
  let unusable = 0;
  for (const [i, row] of rows.entries()) {
    const path = resolve(root, row.file);
    if (!path.startsWith(root + sep))
      throw badInput(`Manifest row ${i + 2}: the file must be inside the images folder`, {
        field: 'manifest',
      });
    const bytes = await readFile(path);
    hash.update(createHash('sha256').update(bytes).digest());
    try {
      const face = await pipeline.templateFor(bytes, undefined, { use: 'enrolment' });
      usable.push({ ...row, template: Float32Array.from(face.template) });
    } catch (error) {
      // no single usable face under this model: counted, left out (never the image in a message)
      if ((error as Error).name !== 'InferenceError') throw error;
      unusable += 1;
    }
    options.onProgress?.(i + 1, rows.length);
  }

  const { gallery, probes } = splitSet(usable, options.gallerySize);
  if (gallery.length === 0 || probes.length === 0)
    throw new DomainError('INVALID_STATE', 'The set gives no gallery or no probes with a usable face', {
      gallery: gallery.length,
      probes: probes.length,
    });
  const searches: ValidationSearch[] = probes.map((p) => {
    let mateScore: number | null = null;
    const impostorScores: number[] = [];
    for (const g of gallery) {
      const s = cosine(p.template, g.template);
      if (g.identity === p.identity) mateScore = s;
      else impostorScores.push(s);
    }
    return { identity: p.identity, attributes: p.attributes, mateScore, impostorScores };
  });
  const settings = {
    ladder:
      options.ladder ??
      thresholdLadder(
        Math.max(-1, calibration.thresholdAtFar1e3 - 0.1),
        Math.min(0.9999, calibration.thresholdAtFar1e5 + 0.1),
        40,
      ),
    topK: options.topK ?? VALIDATION_DEFAULTS.topK,
    minGroupSize: options.minGroupSize ?? VALIDATION_DEFAULTS.minGroupSize,
    falseMatchRateTarget: options.falseMatchRateTarget ?? force.thresholdFloorFalseMatchRate,
    maxGroupRatio: options.maxGroupRatio ?? VALIDATION_DEFAULTS.maxGroupRatio,
  };
  const result = computeValidation(searches, settings);
  const validation = await services.validations.record({
    ...settings,
    ...result,
    forceId: force.id,
    modelVersion,
    faceModel: listing.faceModel,
    datasetDescription: options.description,
    datasetSha256: hash.digest('hex'),
    imageCount: rows.length,
    unusableImages: unusable,
    gallerySize: gallery.length,
    matedSearches: searches.filter((s) => s.mateScore !== null).length,
    nonMatedSearches: searches.filter((s) => s.mateScore === null).length,
    runBy: options.runBy,
    runAt: new Date(),
  });
  const csv = validationCsv(validation);
  const html = validationReportHtml(validation, force.code);
  const files: string[] = [];
  if (options.outDir) {
    await mkdir(options.outDir, { recursive: true });
    for (const [name, text] of [
      ['report.csv', csv],
      ['report.html', html],
    ]) {
      const path = join(options.outDir, name);
      await writeFile(path, text);
      files.push(path);
    }
  }
  return { validation, csv, html, files };
}

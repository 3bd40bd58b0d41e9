import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { CsvError } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import type { AuditActor } from '../audit';
import type { Database } from '../db';
import { CustodyImage, Force, Officer, RetentionClass, Role } from '../entities';
import { InferenceError, type FaceChoiceBy, type FaceRule } from '../inference';
import { custodyRecordProblems } from './custody-record.rules';
import type { CustodyRecord, EnrolmentTemplates, GalleryService } from './gallery.service';

/** How one manifest row ended. */
export type RowOutcome =
  'ENROLLED' | 'DUPLICATE' | 'NO_FACE' | 'MULTIPLE_FACES' | 'LOW_QUALITY' | 'UNREADABLE' | 'BAD_ROW';

export interface BulkEnrolmentReport {
  counts: Record<RowOutcome, number>;
  /**
   * File names per outcome other than ENROLLED and DUPLICATE, with the manifest line the row ends
   * on and, for BAD_ROW, the reason (never a value of the row, never image content). A row the
   * CSV parser could not read has no file name.
   */
  problems: Array<{ line: number; file: string; outcome: RowOutcome; detail?: string }>;
  /**
   * Enrolled photos with more than one face: which face was enrolled (reading-order index) and
   * what chose it (the row's face_index, the only usable face, or the run's --face rule).
   */
  faceChoices: Array<{
    line: number;
    file: string;
    faceIndex: number;
    faceCount: number;
    chosenBy: FaceChoiceBy;
  }>;
  seconds: number;
  /** Images analysed per second (duplicates skipped before inference are not counted). */
  imagesPerSecond: number;
}

export interface BulkEnrolmentOptions {
  forceCode: string;
  /** Subject of the gallery manager the enrolments are attributed to. */
  officerSubject: string;
  manifestPath: string;
  imagesDir: string;
  /** Images in flight at once (inference runs in the pipeline's worker threads). */
  concurrency?: number;
  /**
   * How to pick one of several usable faces in a photo whose row names none (face_index): without
   * a rule such a photo is reported as MULTIPLE_FACES.
   */
  faceRule?: FaceRule;
  onProgress?: (done: number, outcome: RowOutcome) => void;
  /** Stops taking new rows; rows already committed stay, none is half-written. */
  signal?: AbortSignal;
}

/** Manifest columns; one row per custody photograph. */
export const MANIFEST_COLUMNS = [
  'file',
  'person_reference',
  'custody_reference',
  'captured_at',
  'retention_class',
  'under18_at_capture',
  'self_defined_ethnicity',
  'sex',
  'age_band',
  // optional: which face to enrol, counting every face found left to right from 0
  'face_index',
] as const;
type ManifestRow = Partial<Record<(typeof MANIFEST_COLUMNS)[number], string>>;

const OUTCOME_OF_ERROR: Partial<Record<InferenceError['code'], RowOutcome>> = {
  NO_FACE: 'NO_FACE',
  MULTIPLE_FACES: 'MULTIPLE_FACES',
  FACE_INDEX_OUT_OF_RANGE: 'BAD_ROW',
  FACE_TOO_SMALL: 'LOW_QUALITY',
  LOW_QUALITY: 'LOW_QUALITY',
  UNREADABLE_IMAGE: 'UNREADABLE',
  UNSUPPORTED_IMAGE: 'UNREADABLE',
  IMAGE_TOO_LARGE: 'UNREADABLE',
};

export async function countManifestRows(manifestPath: string): Promise<number> {
  let rows = 0;
  for await (const _ of manifestRows(manifestPath)) rows += 1;
  return rows;
}

/**
 * The manifest's rows, one per line: no manifest value may contain a line break (the record rules
 * refuse one), so each line is parsed on its own. A line that is not well-formed CSV (a stray
 * quote, a quoted value left open) comes back as an error with its line number, and never takes
 * the lines after it with it. Blank lines are skipped; the first line is the header.
 */
async function* manifestRows(
  manifestPath: string,
): AsyncGenerator<{ line: number; row?: ManifestRow; error?: string }> {
  const lines = createInterface({ input: createReadStream(manifestPath), crlfDelay: Infinity });
  let header: string[] | null = null;
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (!text.trim()) continue;
    let fields: string[];
    try {
      fields = (parseCsv(text, { relax_column_count: true }) as string[][])[0] ?? [];
    } catch (error) {
      if (!header) throw new Error('the manifest header line is not well-formed CSV', { cause: error });
      yield { line, error: `not a well-formed CSV record (${(error as CsvError).code ?? 'CSV_ERROR'})` };
      continue;
    }
    if (!header) {
      header = fields.map((h) =>
        h
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase(),
      );
      continue;
    }
    yield { line, row: Object.fromEntries(header.map((h, i) => [h, fields[i]])) as ManifestRow };
  }
}

/**
 * Enrols a force's custody photographs from a CSV manifest. Each image is its own transaction
 * (through GalleryService.store, the same path as the GraphQL mutation), and images already
 * enrolled are recognised by their sha256 before any inference: a run killed at any point is
 * resumed by running it again, with no duplicates and no half-enrolled record. Bad rows are
 * reported, never fatal.
 */
export async function runBulkEnrolment(
  db: Database,
  gallery: GalleryService,
  options: BulkEnrolmentOptions,
): Promise<BulkEnrolmentReport> {
  const started = process.hrtime.bigint();
  const force = await db.manager.findOne(Force, { where: { code: options.forceCode } });
  if (!force) throw new Error(`no force with code ${options.forceCode}`);
  const officer = await db.manager.findOne(Officer, {
    where: { subject: options.officerSubject, active: true },
  });
  if (!officer || officer.forceId !== force.id || !officer.roles.includes(Role.GALLERY_MANAGER)) {
    throw new Error(`${options.officerSubject} is not an active gallery manager of ${force.code}`);
  }
  const actor: AuditActor = { officerId: officer.id, forceId: force.id };
  // the folder's real path: a file must resolve (links followed) to somewhere inside it
  const imagesDir = await realpath(resolve(options.imagesDir));
  const counts = Object.fromEntries(
    ['ENROLLED', 'DUPLICATE', 'NO_FACE', 'MULTIPLE_FACES', 'LOW_QUALITY', 'UNREADABLE', 'BAD_ROW'].map(
      (k) => [k, 0],
    ),
  ) as Record<RowOutcome, number>;
  const problems: BulkEnrolmentReport['problems'] = [];
  const faceChoices: BulkEnrolmentReport['faceChoices'] = [];
  let analysed = 0;
  let done = 0;

  // Database writes are one at a time (a chain of promises); inference runs `concurrency` wide.
  let writes: Promise<unknown> = Promise.resolve();
  const serialWrite = <T>(work: () => Promise<T>): Promise<T> => {
    const next = writes.then(work);
    writes = next.catch(() => undefined);
    return next;
  };

  async function processRow(line: number, row: ManifestRow): Promise<void> {
    const file = row.file?.trim() ?? '';
    const finish = (outcome: RowOutcome, detail?: string) => {
      counts[outcome] += 1;
      if (outcome !== 'ENROLLED' && outcome !== 'DUPLICATE')
        problems.push({ line, file, outcome, ...(detail ? { detail } : {}) });
      done += 1;
      options.onProgress?.(done, outcome);
    };
    const parsed = parseRow(row);
    if (typeof parsed === 'string') return finish('BAD_ROW', parsed);
    const { record, faceIndex } = parsed;
    const read = await readImage(imagesDir, file);
    if (typeof read === 'string') return finish('BAD_ROW', read);
    const bytes = read;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (
      await serialWrite(() =>
        db.manager.exists(CustodyImage, { where: { forceId: force!.id, imageSha256: sha256 } }),
      )
    )
      return finish('DUPLICATE');
    let made: EnrolmentTemplates;
    try {
      analysed += 1;
      // backpressure: a batch waits for the pipeline rather than being refused when it is busy;
      // templates of every version the force keeps (its active one, and any being re-enrolled)
      made = await gallery.templatesFor(force!.id, bytes, faceIndex, {
        whenBusy: 'wait',
        faceRule: options.faceRule,
      });
    } catch (error) {
      if (error instanceof InferenceError && error.code === 'FACE_INDEX_OUT_OF_RANGE')
        return finish('BAD_ROW', `face_index is out of range (${String(error.details.count)} faces found)`);
      if (error instanceof InferenceError && OUTCOME_OF_ERROR[error.code])
        return finish(OUTCOME_OF_ERROR[error.code]!, error.code);
      throw error;
    }
    const outcome = await serialWrite(() =>
      db.transaction((tx) => gallery.store(tx, actor, force!.id, record, bytes, made)),
    );
    const face = made.face;
    if (!outcome.duplicate && face.choice.faceCount > 1)
      faceChoices.push({
        line,
        file,
        faceIndex: face.index,
        faceCount: face.choice.faceCount,
        chosenBy: face.choice.by,
      });
    finish(outcome.duplicate ? 'DUPLICATE' : 'ENROLLED');
  }

  const concurrency = Math.max(1, options.concurrency ?? 4);
  const inFlight = new Set<Promise<void>>();
  for await (const { line, row, error } of manifestRows(options.manifestPath)) {
    if (options.signal?.aborted) break;
    if (!row) {
      // a line the CSV parser cannot read (a stray quote, a value spread over lines): reported, skipped
      counts.BAD_ROW += 1;
      problems.push({ line, file: '', outcome: 'BAD_ROW', detail: error });
      done += 1;
      options.onProgress?.(done, 'BAD_ROW');
      continue;
    }
    const task = processRow(line, row).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await writes;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  faceChoices.sort((a, b) => a.line - b.line);
  return { counts, problems, faceChoices, seconds, imagesPerSecond: analysed / seconds };
}

/**
 * The bytes of `file`, which must be a regular file whose real path (every link followed) is
 * inside `imagesDir` (itself a real path); otherwise the reason it is refused. The file is opened
 * without following a final link and checked on the open descriptor, so it cannot be swapped for
 * a link between the check and the read.
 */
async function readImage(imagesDir: string, file: string): Promise<Buffer | string> {
  let real: string;
  try {
    real = await realpath(resolve(join(imagesDir, file)));
  } catch {
    return 'file not found or not readable';
  }
  if (!real.startsWith(imagesDir + sep)) return 'file must be inside the images folder';
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return 'file not found or not readable';
  }
  try {
    if (!(await handle.stat()).isFile()) return 'not a regular file';
    return await handle.readFile();
  } catch {
    return 'file not found or not readable';
  } finally {
    await handle.close();
  }
}

function parseRow(row: ManifestRow): { record: CustodyRecord; faceIndex?: number } | string {
  const missing = [
    'file',
    'person_reference',
    'custody_reference',
    'captured_at',
    'retention_class',
    'under18_at_capture',
  ].filter((c) => !row[c as keyof ManifestRow]?.trim());
  if (missing.length) return `missing ${missing.join(', ')}`;
  const capturedAt = new Date(row.captured_at!);
  if (Number.isNaN(capturedAt.getTime())) return 'captured_at is not a date';
  const retentionClass = row.retention_class!.trim().toUpperCase() as RetentionClass;
  if (!Object.values(RetentionClass).includes(retentionClass))
    return `retention_class must be one of ${Object.values(RetentionClass).join(', ')}`;
  const under18 = row.under18_at_capture!.trim().toLowerCase();
  if (!['true', 'false', 'yes', 'no', '1', '0'].includes(under18))
    return 'under18_at_capture must be true or false';
  const faceIndexText = row.face_index?.trim();
  // the same bounds as the GraphQL enrolment's faceIndex
  if (faceIndexText && !/^\d{1,3}$/.test(faceIndexText)) return 'face_index must be a whole number from 0';
  const faceIndex = faceIndexText ? Number(faceIndexText) : undefined;
  if (faceIndex !== undefined && faceIndex > 100) return 'face_index must be at most 100';
  const record: CustodyRecord = {
    personReference: row.person_reference!.trim(),
    custodyReference: row.custody_reference!.trim(),
    capturedAt,
    retentionClass,
    under18AtCapture: ['true', 'yes', '1'].includes(under18),
    selfDefinedEthnicity: row.self_defined_ethnicity?.trim() || null,
    sex: row.sex?.trim() || null,
    ageBand: row.age_band?.trim() || null,
  };
  // the same rules as the GraphQL enrolment input
  const problems = custodyRecordProblems(record);
  return problems.length
    ? problems.join('; ')
    : { record, ...(faceIndex !== undefined ? { faceIndex } : {}) };
}

import type { EntityManager } from 'typeorm';
import { RetentionClass } from '../entities/gallery.enums';
import { DomainError } from '../errors';
import type { ProbeExpectedHitRate, SearchMethod } from '../entities/search-request.entity';
import { recordSearch, type SearchMethodLabel } from '../observability/metrics';
import { inSpan } from '../observability/trace';
import { MAX_K, type EligibleGallery, type PlannedSearch } from '../policy/gallery-plan';

/**
 * The only module with pgvector SQL. Every 1:N search, template write and template deletion goes
 * through here, always inside the caller's transaction (the search tuning is `SET LOCAL`).
 *
 * A search takes a shortlist from HNSW indexes on `embedding::halfvec(<the model version's
 * dimension>)` (its template space, migrations/1764370000000-PlainHnswSearch.ts; the design and its
 * measurement in bench/SEARCH-DESIGN.md) and re-scores it on the full-precision cosine, which is the
 * score returned and thresholded.
 */

export type { EligibleGallery } from '../policy/gallery-plan';
export { MAX_K };

/** A planned search (src/policy/gallery-plan.ts decides every field) with its probe. */
export interface GallerySearch extends PlannedSearch {
  /** L2-normalised probe template. */
  probe: Float32Array;
}

/** A search probe's template, kept beside its image so the search does not analyse it again. */
export interface ProbeTemplate {
  modelVersion: string;
  template: Float32Array;
}

export interface GalleryCandidate {
  rank: number;
  /** Cosine similarity, 1 = identical direction. */
  score: number;
  imageId: string;
  forceId: string;
}

export interface NewTemplate {
  imageId: string;
  forceId: string;
  modelVersion: string;
  embedding: Float32Array;
  retentionClass: RetentionClass;
  under18AtCapture: boolean;
  quality: Record<string, unknown>;
  box: Record<string, number>;
  landmarks: Array<[number, number]>;
  /** false for an image pending deletion (default true) */
  searchable?: boolean;
}

/**
 * A template whose length is not its model version's. The message names the version and both
 * lengths, never a value of the template (nor the SQL and its parameters).
 */
export function templateDimensionMismatch(
  modelVersion: string,
  length: number,
  expected: number,
): DomainError {
  return new DomainError(
    'TEMPLATE_DIMENSION_MISMATCH',
    `A template of model version ${modelVersion} has ${length} dimensions, not ${expected} (the length that model version makes)`,
    { modelVersion, length, expected },
  );
}

/** The dimension trigger's refusal (migrations/1764310000000-TemplateDimensionPerModel.ts) as a clean error. */
function dimensionErrorOf(error: unknown): DomainError | null {
  const message = error instanceof Error ? error.message : '';
  const m = /template of model version (\S+) has (\d+) dimensions, not (\d+)/.exec(message);
  return m ? templateDimensionMismatch(m[1], Number(m[2]), Number(m[3])) : null;
}

/**
 * How the index is used (bench/SEARCH-DESIGN.md): a shortlist of K by the halfvec key (its order is
 * the exact order up to half-precision rounding, so a longer one found nothing more), then an exact
 * re-score on the full-precision cosine. Iterative scanning keeps filling a filtered shortlist up to
 * maxScanTuples index tuples; a shortlist that still comes back short while more eligible rows exist
 * is answered by the exact scan instead.
 */
export const SEARCH_TUNING = {
  // hnsw.ef_search: the smallest value that kept the mate rates within 0.5 points of the exact scan
  // at 100,000 templates (bench/SEARCH-DESIGN.md); set it from the 500,000-template run when it is made
  efSearch: 400,
  maxScanTuples: 20_000,
};

export interface SearchTuning {
  /** 'exact' skips the index (and is what a shortlist that came back short falls back to). */
  method?: 'index' | 'exact';
  /** Shortlist length (default and minimum K). */
  shortlist?: number;
  efSearch?: number;
  maxScanTuples?: number;
}

export interface GallerySearchResult {
  candidates: GalleryCandidate[];
  method: SearchMethod;
}

/** Per-force branches up to this many forces (each uses its partial index); beyond, the model's global index. */
const MAX_FORCE_BRANCHES = 2;

export function toVectorLiteral(vector: Float32Array | number[]): string {
  let out = '[';
  for (let i = 0; i < vector.length; i += 1) {
    if (!Number.isFinite(vector[i])) throw new Error('template contains a non-finite value');
    out += (i ? ',' : '') + vector[i];
  }
  return `${out}]`;
}

/** Eligibility beyond model version and force; the same for the shortlist, the exact scan and the count. */
function eligibilityClause(g: EligibleGallery, firstParam: number): { sql: string; params: unknown[] } {
  return {
    sql: `t.searchable AND NOT (t.retention_class = ANY($${firstParam}::text[])) AND ${g.includeUnder18 ? 'TRUE' : 'NOT t.under18_at_capture'}`,
    params: [g.excludedRetentionClasses],
  };
}

interface Query {
  sql: string;
  params: unknown[];
}

/**
 * $1 probe, $2 model version, $3 excluded classes, then forces. Plain `model_version = $2` and
 * `force_id = $n` (sent as an unnamed statement, so planned with their values) are what let the
 * planner prove a per-force partial index applies; the key expression must match the indexes'
 * (`embedding::halfvec(<dimension>)`, face_search_ensure_indexes).
 */
function shortlistQuery(s: GallerySearch, space: TemplateSpace, length: number): Query {
  const { dimension } = space;
  const eligible = eligibilityClause(s, 3);
  const params: unknown[] = [toVectorLiteral(s.probe), s.modelVersion, ...eligible.params];
  const branch = (forceCondition: string) => `(
      SELECT t.image_id, t.force_id, t.embedding FROM face_template t
      WHERE t.model_version = $2 AND ${forceCondition} AND ${eligible.sql}
      ORDER BY t.embedding::halfvec(${dimension}) <=> $1::vector::halfvec(${dimension})
      LIMIT ${length})`;
  const branches =
    s.forceIds.length <= MAX_FORCE_BRANCHES
      ? s.forceIds.map((forceId) => branch(`t.force_id = $${params.push(forceId)}::uuid`))
      : [branch(`t.force_id = ANY($${params.push(s.forceIds)}::uuid[])`)];
  return {
    sql: `WITH shortlist AS MATERIALIZED (${branches.join(' UNION ALL ')})
      SELECT image_id, force_id, embedding <=> $1::vector AS distance FROM shortlist ORDER BY distance, image_id`,
    params,
  };
}

function exactQuery(s: GallerySearch): Query {
  const eligible = eligibilityClause(s, 3);
  return {
    sql: `SELECT t.image_id, t.force_id, t.embedding <=> $1::vector AS distance FROM face_template t
      WHERE t.model_version = $2 AND t.force_id = ANY($4::uuid[]) AND ${eligible.sql}
      ORDER BY distance, t.image_id LIMIT ${s.k}`,
    params: [toVectorLiteral(s.probe), s.modelVersion, ...eligible.params, s.forceIds],
  };
}

type Row = { image_id: string; force_id: string; distance: number };

function toCandidates(rows: Row[], s: GallerySearch): GalleryCandidate[] {
  return rows
    .filter((r) => 1 - Number(r.distance) >= s.threshold)
    .slice(0, s.k)
    .map((r, i) => ({
      rank: i + 1,
      score: 1 - Number(r.distance),
      imageId: r.image_id,
      forceId: r.force_id,
    }));
}

/** Validates K and drops repeated forces (each force is one branch of the shortlist). */
function checked(s: GallerySearch): GallerySearch {
  if (!Number.isInteger(s.k) || s.k < 1 || s.k > MAX_K)
    throw new RangeError(`k must be an integer from 1 to ${MAX_K}`);
  return { ...s, forceIds: [...new Set(s.forceIds)] };
}

/** A model version's template space: its HNSW indexes are keyed by `embedding::halfvec(dimension)`. */
interface TemplateSpace {
  dimension: number;
}

/**
 * Sets the index tuning for this transaction and reads the model version's template space, in one
 * round trip. The shortlist is K unless asked longer; ef_search is set on its own.
 *
 * Sorting is off for the shortlist query (and on again after it): pgvector's cost estimate grows
 * with ef_search, so at the product's ef_search the planner sorted every template of one force
 * rather than use the force's HNSW index (bench:search, 100,000 templates, one force of five:
 * 151 ms p50 instead of 9). The shortlist's only other plans are such sorts. A disabled sort
 * still costs 10^10 in the plan, which would make PostgreSQL JIT-compile every search (about
 * 40 ms each): JIT is off for the search's transaction (its statements are short).
 */
async function prepare(
  manager: EntityManager,
  s: GallerySearch,
  tuning: SearchTuning,
): Promise<{ space: TemplateSpace | null; shortlist: number; efSearch: number }> {
  const shortlist = Math.max(tuning.shortlist ?? s.k, s.k);
  const efSearch = tuning.efSearch ?? SEARCH_TUNING.efSearch;
  const [row] = await manager.query(
    `SELECT set_config('hnsw.ef_search', $2, true), set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.max_scan_tuples', $3, true),
            set_config('enable_sort', 'off', true), set_config('jit', 'off', true), s.dimension
       FROM (SELECT 1) one LEFT JOIN template_space s ON s.model_version = $1`,
    [s.modelVersion, String(efSearch), String(tuning.maxScanTuples ?? SEARCH_TUNING.maxScanTuples)],
  );
  if (row.dimension === null) return { space: null, shortlist, efSearch };
  const dimension = Number(row.dimension);
  // spliced into SQL text (the key must match the indexes'), so never trusted unchecked
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > 4000)
    throw new Error('template_space holds an invalid dimension');
  if (s.probe.length !== dimension)
    throw new Error(`probe has ${s.probe.length} values, model version ${s.modelVersion} makes ${dimension}`);
  return { space: { dimension }, shortlist, efSearch };
}

/** Runs the shortlist statement (or its EXPLAIN) that `prepare` planned with sorting off, then turns sorting on again. */
async function runShortlist<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const rows: T[] = await manager.query(sql, params);
  await manager.query(`SELECT set_config('enable_sort', 'on', true)`);
  return rows;
}

async function exactScan(manager: EntityManager, s: GallerySearch): Promise<GalleryCandidate[]> {
  // an HNSW scan is approximate; the exact scan is a sort
  await manager.query(
    `SELECT set_config('enable_indexscan', 'off', true), set_config('enable_sort', 'on', true)`,
  );
  const q = exactQuery(s);
  const rows: Row[] = await manager.query(q.sql, q.params);
  await manager.query(`SELECT set_config('enable_indexscan', 'on', true)`);
  return toCandidates(rows, s);
}

/**
 * A branch of the shortlist shorter than asked means the index scan ran out: either every eligible
 * template of its scope is in it (complete), or iterative scanning hit maxScanTuples because filters
 * remove almost everything (incomplete: the exact scan must answer). Counting only happens then.
 */
async function shortlistIncomplete(
  manager: EntityManager,
  s: GallerySearch,
  rows: Row[],
  length: number,
): Promise<boolean> {
  const scopes = s.forceIds.length <= MAX_FORCE_BRANCHES ? s.forceIds.map((f) => [f]) : [s.forceIds];
  for (const forceIds of scopes) {
    const found = rows.filter((r) => forceIds.includes(r.force_id)).length;
    if (found < length && (await FaceSearchRepository.eligibleCount(manager, { ...s, forceIds })) > found)
      return true;
  }
  return false;
}

/** The search itself (see FaceSearchRepository.search). */
async function searchGallery(
  manager: EntityManager,
  search: GallerySearch,
  tuning: SearchTuning,
): Promise<GallerySearchResult> {
  const s = checked(search);
  if (s.forceIds.length === 0) return { candidates: [], method: { kind: 'NO_GALLERY' } };
  const { space, shortlist, efSearch } = await prepare(manager, s, tuning);
  if (tuning.method === 'exact' || space === null) {
    return {
      candidates: await exactScan(manager, s),
      method: { kind: 'EXACT_SCAN', reason: space === null ? 'NO_TEMPLATE_SPACE' : 'REQUESTED' },
    };
  }
  const q = shortlistQuery(s, space, shortlist);
  const rows = await runShortlist<Row>(manager, q.sql, q.params);
  if (await shortlistIncomplete(manager, s, rows, shortlist)) {
    return {
      candidates: await exactScan(manager, s),
      method: { kind: 'EXACT_SCAN', reason: 'SHORTLIST_INCOMPLETE' },
    };
  }
  return {
    candidates: toCandidates(rows, s),
    method: { kind: 'HNSW', shortlist, efSearch },
  };
}

export const FaceSearchRepository = {
  /**
   * Stores a template. `ifAbsent`: an image that already has a template of this model version
   * keeps it and nothing is written (re-enrolment is idempotent); returns whether a row was added.
   * A template whose length is not its model version's is refused (TEMPLATE_DIMENSION_MISMATCH),
   * by a trigger for versions with a template space and by `expectedDimension` for any.
   */
  async insertTemplate(
    manager: EntityManager,
    t: NewTemplate,
    options: { ifAbsent?: boolean; expectedDimension?: number } = {},
  ): Promise<boolean> {
    if (options.expectedDimension !== undefined && t.embedding.length !== options.expectedDimension)
      throw templateDimensionMismatch(t.modelVersion, t.embedding.length, options.expectedDimension);
    try {
      const result = await manager.query(
        `INSERT INTO face_template (image_id, force_id, model_version, embedding, retention_class, under18_at_capture, quality, box, landmarks, searchable)
         VALUES ($1, $2, $3, $4::vector, $5, $6, $7, $8, $9, $10)${options.ifAbsent ? ' ON CONFLICT (image_id, model_version) DO NOTHING' : ''}
         RETURNING image_id`,
        [
          t.imageId,
          t.forceId,
          t.modelVersion,
          toVectorLiteral(t.embedding),
          t.retentionClass,
          t.under18AtCapture,
          JSON.stringify(t.quality),
          JSON.stringify(t.box),
          JSON.stringify(t.landmarks),
          t.searchable ?? true,
        ],
      );
      return (result as unknown[]).length > 0;
    } catch (error) {
      throw dimensionErrorOf(error) ?? error;
    }
  },

  /**
   * Top-K by cosine similarity over the eligible gallery, at or above the threshold. Scores are
   * always the full-precision cosine; the halfvec index only chooses which templates are compared.
   * Timed by method (metrics) in a `face_search` span whose attributes are the method, K and
   * counts only: no probe, no ids.
   */
  async search(
    manager: EntityManager,
    search: GallerySearch,
    tuning: SearchTuning = {},
  ): Promise<GallerySearchResult> {
    return inSpan(
      'face_search',
      { 'twokey.search.k': search.k, 'twokey.search.forces': search.forceIds.length },
      async (span) => {
        const started = performance.now();
        const result = await searchGallery(manager, search, tuning);
        const method = result.method;
        const label: SearchMethodLabel =
          method.kind === 'HNSW'
            ? 'hnsw_shortlist'
            : method.kind === 'EXACT_SCAN'
              ? 'exact_scan'
              : 'no_gallery';
        const fallback = method.kind === 'EXACT_SCAN' ? method.reason : undefined;
        recordSearch(label, performance.now() - started, fallback);
        span.setAttributes({
          'twokey.search.method': label,
          'twokey.search.candidates': result.candidates.length,
          ...(fallback ? { 'twokey.search.exact_scan_reason': fallback } : {}),
          ...(method.kind === 'HNSW' ? { 'twokey.search.ef_search': method.efSearch } : {}),
        });
        return result;
      },
    );
  },

  /** The plan of a search's shortlist, for checking which index serves it. */
  async explainShortlist(
    manager: EntityManager,
    search: GallerySearch,
    tuning: SearchTuning = {},
  ): Promise<string> {
    const s = checked(search);
    const { space, shortlist } = await prepare(manager, s, tuning);
    if (space === null) throw new Error(`no template space for model version ${s.modelVersion}`);
    const q = shortlistQuery(s, space, shortlist);
    const rows = await runShortlist<{ 'QUERY PLAN': string }>(manager, `EXPLAIN ${q.sql}`, q.params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  },

  /**
   * Registers a model version's template space (its dimension) and builds its HNSW indexes (global
   * and one per force); returns the space's id, which names them. A production model version comes
   * with a migration that calls this SQL.
   */
  async registerTemplateSpace(
    manager: EntityManager,
    modelVersion: string,
    dimension: number,
    reference: string,
  ): Promise<number> {
    const [row] = await manager.query(`SELECT face_search_register_model($1, $2, $3) AS id`, [
      modelVersion,
      dimension,
      reference,
    ]);
    return Number(row.id);
  },

  /**
   * For a first bulk load of a large gallery: dropping the search indexes and building them once
   * afterwards (ensureSearchIndexes) is hours faster than inserting into them row by row.
   */
  async dropSearchIndexes(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ indexname: string }> = await manager.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'face_template' AND indexname ~ '^face_search_[0-9]+_[0-9a-z]+$' ORDER BY indexname`,
    );
    for (const { indexname } of rows) await manager.query(`DROP INDEX "${indexname}"`);
    return rows.map((r) => r.indexname);
  },

  /** Builds every missing search index (of one force, or all); idempotent. */
  async ensureSearchIndexes(manager: EntityManager, forceId?: string): Promise<void> {
    await manager.query(`SELECT face_search_ensure_indexes($1::uuid)`, [forceId ?? null]);
  },

  /**
   * How many templates a search with this policy would consider (recorded in its snapshot): a sum
   * over face_template_count, which triggers keep in step with every write of face_template
   * (migrations/1764290000002-EligibleTemplateCounts.ts), so it costs the same at any gallery size.
   */
  async eligibleCount(manager: EntityManager, g: EligibleGallery): Promise<number> {
    if (g.forceIds.length === 0) return 0;
    const [row] = await manager.query(
      `SELECT coalesce(sum(c.searchable), 0)::int AS n FROM face_template_count c
        WHERE c.model_version = $1 AND c.force_id = ANY($2::uuid[]) AND NOT (c.retention_class = ANY($3::text[])) AND ${g.includeUnder18 ? 'TRUE' : 'NOT c.under18_at_capture'}`,
      [g.modelVersion, g.forceIds, g.excludedRetentionClasses],
    );
    return row.n;
  },

  /** Keeps the probe's template (and the model version that made it) beside the probe image. */
  async storeProbeTemplate(manager: EntityManager, requestId: string, t: ProbeTemplate): Promise<void> {
    await manager.query(
      `UPDATE search_probe SET template = $2::vector, template_model_version = $3 WHERE request_id = $1`,
      [requestId, toVectorLiteral(t.template), t.modelVersion],
    );
  },

  /**
   * An additional probe image's own template (search_probe_frame), with the expected hit rate of
   * the analysis that made it. The search compares the fused template in search_probe, never these.
   */
  async storeProbeFrameTemplate(
    manager: EntityManager,
    requestId: string,
    position: number,
    t: ProbeTemplate,
    expectedHitRate: ProbeExpectedHitRate | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE search_probe_frame
          SET template = $3::vector, template_model_version = $4, expected_hit_rate = $5::jsonb
        WHERE request_id = $1 AND position = $2`,
      [
        requestId,
        position,
        toVectorLiteral(t.template),
        t.modelVersion,
        expectedHitRate ? JSON.stringify(expectedHitRate) : null,
      ],
    );
  },

  /** The probe's stored template; null when none was kept (a probe stored before templates were). */
  async probeTemplate(manager: EntityManager, requestId: string): Promise<ProbeTemplate | null> {
    const [row] = await manager.query(
      `SELECT template::text AS template, template_model_version AS "modelVersion" FROM search_probe WHERE request_id = $1`,
      [requestId],
    );
    if (!row?.template) return null;
    return {
      modelVersion: row.modelVersion,
      template: Float32Array.from(JSON.parse(row.template) as number[]),
    };
  },

  /** Pending deletion: out of every search at once, still restorable if the request is refused. */
  async setSearchable(manager: EntityManager, imageIds: string[], searchable: boolean): Promise<void> {
    if (imageIds.length)
      await manager.query(`UPDATE face_template SET searchable = $2 WHERE image_id = ANY($1::uuid[])`, [
        imageIds,
        searchable,
      ]);
  },

  /** Every model version's template of the images (and any recorded template failures). */
  async deleteForImages(manager: EntityManager, imageIds: string[]): Promise<number> {
    if (!imageIds.length) return 0;
    const [, affected] = await manager.query(`DELETE FROM face_template WHERE image_id = ANY($1::uuid[])`, [
      imageIds,
    ]);
    await manager.query(`DELETE FROM template_failure WHERE image_id = ANY($1::uuid[])`, [imageIds]);
    return Number(affected ?? 0);
  },

  /** Every template of one model version in one force's gallery (and its recorded failures). */
  async deleteModelVersion(manager: EntityManager, forceId: string, modelVersion: string): Promise<number> {
    const [, affected] = await manager.query(
      `DELETE FROM face_template WHERE force_id = $1 AND model_version = $2`,
      [forceId, modelVersion],
    );
    await manager.query(`DELETE FROM template_failure WHERE force_id = $1 AND model_version = $2`, [
      forceId,
      modelVersion,
    ]);
    return Number(affected ?? 0);
  },
};

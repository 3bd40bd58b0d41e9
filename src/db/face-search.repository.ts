import type { EntityManager } from 'typeorm';
import { RetentionClass } from '../entities/gallery.enums';

/**
 * The only module with pgvector SQL. Every 1:N search, template write and template deletion goes
 * through here, always inside the caller's transaction (the search tuning is `SET LOCAL`).
 */

/** Who may be found: the eligible gallery, as the request's policy snapshot records it. */
export interface EligibleGallery {
  modelVersion: string;
  /** Galleries searched: the requester's force and any shared under an active agreement. */
  forceIds: string[];
  /** Under-18-at-capture records are searched only when authorised. */
  includeUnder18: boolean;
  /** e.g. not-convicted classes, unless authorised. */
  excludedRetentionClasses: RetentionClass[];
}

export interface GallerySearch extends EligibleGallery {
  /** L2-normalised probe template. */
  probe: Float32Array;
  /** Cosine similarity floor; candidates below it are not returned. */
  threshold: number;
  /** Candidate list length, 1..MAX_K. */
  k: number;
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
}

export const MAX_K = 200;

/** Index probe depth and iterative scanning, measured in bench/gallery-search (see its RESULTS.md). */
export const SEARCH_TUNING = { efSearch: 400, maxScanTuples: 40_000 };

export function toVectorLiteral(vector: Float32Array | number[]): string {
  let out = '[';
  for (let i = 0; i < vector.length; i += 1) {
    if (!Number.isFinite(vector[i])) throw new Error('template contains a non-finite value');
    out += (i ? ',' : '') + vector[i];
  }
  return `${out}]`;
}

function eligibilityClause(g: EligibleGallery, firstParam: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [g.modelVersion, g.forceIds, g.excludedRetentionClasses];
  const p = (i: number) => `$${firstParam + i}`;
  const sql = [
    `t.searchable`,
    `t.model_version = ${p(0)}`,
    `t.force_id = ANY(${p(1)}::uuid[])`,
    `NOT (t.retention_class = ANY(${p(2)}::text[]))`,
    g.includeUnder18 ? 'TRUE' : 'NOT t.under18_at_capture',
  ].join(' AND ');
  return { sql, params };
}

export const FaceSearchRepository = {
  async insertTemplate(manager: EntityManager, t: NewTemplate): Promise<void> {
    await manager.query(
      `INSERT INTO face_template (image_id, force_id, model_version, embedding, retention_class, under18_at_capture, quality, box, landmarks)
       VALUES ($1, $2, $3, $4::vector, $5, $6, $7, $8, $9)`,
      [t.imageId, t.forceId, t.modelVersion, toVectorLiteral(t.embedding), t.retentionClass, t.under18AtCapture, JSON.stringify(t.quality), JSON.stringify(t.box), JSON.stringify(t.landmarks)],
    );
  },

  /** Top-K by cosine similarity over the eligible gallery, at or above the threshold. */
  async search(manager: EntityManager, s: GallerySearch): Promise<GalleryCandidate[]> {
    if (!Number.isInteger(s.k) || s.k < 1 || s.k > MAX_K) throw new RangeError(`k must be an integer from 1 to ${MAX_K}`);
    if (s.forceIds.length === 0) return [];
    await manager.query(`SELECT set_config('hnsw.ef_search', $1, true), set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.max_scan_tuples', $2, true)`, [
      String(Math.max(SEARCH_TUNING.efSearch, s.k)),
      String(SEARCH_TUNING.maxScanTuples),
    ]);
    const eligible = eligibilityClause(s, 4);
    // relaxed_order may return neighbours slightly out of order: re-sort the materialised set.
    const rows: Array<{ image_id: string; force_id: string; distance: number }> = await manager.query(
      `WITH nearest AS MATERIALIZED (
         SELECT t.image_id, t.force_id, t.embedding <=> $1::vector AS distance
         FROM face_template t
         WHERE ${eligible.sql}
         ORDER BY t.embedding <=> $1::vector
         LIMIT $2
       )
       SELECT image_id, force_id, distance FROM nearest WHERE distance <= $3 ORDER BY distance, image_id`,
      [toVectorLiteral(s.probe), s.k, 1 - s.threshold, ...eligible.params],
    );
    return rows.map((r, i) => ({ rank: i + 1, score: 1 - Number(r.distance), imageId: r.image_id, forceId: r.force_id }));
  },

  /** How many templates a search with this policy would consider (recorded in its snapshot). */
  async eligibleCount(manager: EntityManager, g: EligibleGallery): Promise<number> {
    if (g.forceIds.length === 0) return 0;
    const eligible = eligibilityClause(g, 1);
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM face_template t WHERE ${eligible.sql}`, eligible.params);
    return row.n;
  },

  /** Pending deletion: out of every search at once, still restorable if the request is refused. */
  async setSearchable(manager: EntityManager, imageIds: string[], searchable: boolean): Promise<void> {
    if (imageIds.length) await manager.query(`UPDATE face_template SET searchable = $2 WHERE image_id = ANY($1::uuid[])`, [imageIds, searchable]);
  },

  async deleteForImages(manager: EntityManager, imageIds: string[]): Promise<number> {
    if (!imageIds.length) return 0;
    const [, affected] = await manager.query(`DELETE FROM face_template WHERE image_id = ANY($1::uuid[])`, [imageIds]);
    return Number(affected ?? 0);
  },
};

import type { EntityManager } from 'typeorm';
import { MAINTAINED_STATES, type ForceModelVersionState, type RetentionClass } from '../entities';

/**
 * Which face model versions each force's gallery holds, and how far each covers it. No vector
 * SQL here (that is face-search.repository.ts): only the bookkeeping of versions, coverage and
 * template failures.
 */

/** How far a model version covers a force's gallery (images not deleted). */
export interface VersionCoverage {
  /** custody images of the force that are not deleted */
  images: number;
  /** of them, with a template of the version */
  enrolled: number;
  /** of them, with a recorded failure under the version (no usable face under that model) */
  failures: number;
  /** neither: what a re-enrolment still has to do */
  missing: number;
}

/** An image a re-enrolment still has to make a template of, with what the template row copies. */
export interface ImageToEnrol {
  imageId: string;
  forceId: string;
  retentionClass: RetentionClass;
  under18AtCapture: boolean;
  /** false while a deletion request is pending */
  searchable: boolean;
  /** null when the image's bytes are gone */
  bytes: Buffer | null;
  /** the face box of a template of another version, to take the same face (null: none) */
  box: { x: number; y: number; width: number; height: number } | null;
}

export interface NewTemplateFailure {
  imageId: string;
  forceId: string;
  modelVersion: string;
  reason: string;
}

export const ModelVersionRepository = {
  /** The ACTIVE version of each force that has one recorded. */
  async activeVersions(manager: EntityManager, forceIds: string[]): Promise<Map<string, string>> {
    if (!forceIds.length) return new Map();
    const rows: Array<{ force_id: string; model_version: string }> = await manager.query(
      `SELECT force_id, model_version FROM force_model_version WHERE force_id = ANY($1::uuid[]) AND state = 'ACTIVE'`,
      [forceIds],
    );
    return new Map(rows.map((r) => [r.force_id, r.model_version]));
  },

  /** Every force's versions being enrolled (ENROLLING), with the force's code. */
  async enrolling(
    manager: EntityManager,
  ): Promise<Array<{ forceId: string; code: string; modelVersion: string }>> {
    const rows: Array<{ force_id: string; code: string; model_version: string }> = await manager.query(
      `SELECT v.force_id, f.code, v.model_version FROM force_model_version v JOIN force f ON f.id = v.force_id
        WHERE v.state = 'ENROLLING' ORDER BY f.code, v.model_version`,
    );
    return rows.map((r) => ({ forceId: r.force_id, code: r.code, modelVersion: r.model_version }));
  },

  /** The versions whose templates new enrolments of the force write (ACTIVE, ENROLLING, RETIRED). */
  async maintainedVersions(manager: EntityManager, forceId: string): Promise<string[]> {
    const rows: Array<{ model_version: string }> = await manager.query(
      `SELECT model_version FROM force_model_version WHERE force_id = $1 AND state = ANY($2::text[]) ORDER BY model_version`,
      [forceId, MAINTAINED_STATES],
    );
    return rows.map((r) => r.model_version);
  },

  /** Sets a force's version state (inserting the row if new); returns the state before (null: none). */
  async setState(
    manager: EntityManager,
    forceId: string,
    modelVersion: string,
    state: ForceModelVersionState,
  ): Promise<ForceModelVersionState | null> {
    const [before] = await manager.query(
      `SELECT state FROM force_model_version WHERE force_id = $1 AND model_version = $2 FOR UPDATE`,
      [forceId, modelVersion],
    );
    await manager.query(
      `INSERT INTO force_model_version (force_id, model_version, state) VALUES ($1, $2, $3)
       ON CONFLICT (force_id, model_version) DO UPDATE SET state = EXCLUDED.state, changed_at = now()`,
      [forceId, modelVersion, state],
    );
    return (before?.state as ForceModelVersionState | undefined) ?? null;
  },

  /**
   * Coverage of one version in one force's gallery. Reads every image of the force once (an
   * index-only question per image): seconds at 500,000 images, asked by switches and managers only.
   */
  async coverage(manager: EntityManager, forceId: string, modelVersion: string): Promise<VersionCoverage> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS images,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM face_template t WHERE t.image_id = i.id AND t.model_version = $2))::int AS enrolled,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM template_failure f WHERE f.image_id = i.id AND f.model_version = $2)
                               AND NOT EXISTS (SELECT 1 FROM face_template t WHERE t.image_id = i.id AND t.model_version = $2))::int AS failures
         FROM custody_image i WHERE i.force_id = $1 AND i.status <> 'DELETED'`,
      [forceId, modelVersion],
    );
    return { ...row, missing: row.images - row.enrolled - row.failures };
  },

  /**
   * The next images (keyset on id, after `after`) of the forces that have neither a template nor
   * a recorded failure under the version: what a re-enrolment works through, so a killed run
   * resumes where it stopped and never does an image twice.
   */
  async imagesToEnrol(
    manager: EntityManager,
    forceIds: string[],
    modelVersion: string,
    after: string | null,
    limit: number,
  ): Promise<ImageToEnrol[]> {
    const rows: Array<{
      id: string;
      force_id: string;
      retention_class: RetentionClass;
      under18_at_capture: boolean;
      status: string;
      bytes: Buffer | null;
      box: ImageToEnrol['box'];
    }> = await manager.query(
      `SELECT i.id, i.force_id, i.retention_class, i.under18_at_capture, i.status, b.bytes,
              (SELECT t2.box FROM face_template t2 WHERE t2.image_id = i.id ORDER BY t2.created_at, t2.model_version LIMIT 1) AS box
         FROM custody_image i LEFT JOIN custody_image_blob b ON b.image_id = i.id
        WHERE i.force_id = ANY($1::uuid[]) AND i.status <> 'DELETED' AND ($3::uuid IS NULL OR i.id > $3::uuid)
          AND NOT EXISTS (SELECT 1 FROM face_template t WHERE t.image_id = i.id AND t.model_version = $2)
          AND NOT EXISTS (SELECT 1 FROM template_failure f WHERE f.image_id = i.id AND f.model_version = $2)
        ORDER BY i.id LIMIT $4`,
      [forceIds, modelVersion, after, limit],
    );
    return rows.map((r) => ({
      imageId: r.id,
      forceId: r.force_id,
      retentionClass: r.retention_class,
      under18AtCapture: r.under18_at_capture,
      searchable: r.status === 'ACTIVE',
      bytes: r.bytes,
      box: r.box,
    }));
  },

  /** Records images a version could make no template of; one already recorded stays as it was. */
  async recordFailures(manager: EntityManager, failures: NewTemplateFailure[]): Promise<number> {
    let added = 0;
    for (const f of failures) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO template_failure (image_id, force_id, model_version, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (image_id, model_version) DO NOTHING RETURNING image_id`,
        [f.imageId, f.forceId, f.modelVersion, f.reason],
      );
      added += rows.length;
    }
    return added;
  },
};

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every search records in its policy snapshot how many templates it could have found
 * (FaceSearchRepository.eligibleCount). Without an index that count reads every template row of
 * the searched forces, which at 500,000 templates cost more than the search itself; with this
 * one it is an index-only scan over the eligibility columns. Its key is the expression
 * `model_version || ' ' || force_id` (the count's scope, as FaceSearchRepository.eligibleCount
 * writes it) and the other columns are only included, so that the planner cannot take it for a
 * search's shortlist instead of the HNSW indexes: a plain (model_version, force_id, …) index, or
 * one keyed on under18_at_capture, was chosen there on small galleries.
 */
export class EligibleCountIndex1764290000002 implements MigrationInterface {
  name = 'EligibleCountIndex1764290000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_face_template_eligible" ON "face_template" (("model_version" || ' ' || "force_id"::text)) INCLUDE ("under18_at_capture", "retention_class") WHERE "searchable"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_face_template_eligible"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A force's validation of a face model version on its own labelled images (npm run validate-model):
 * per demographic group, false match and false non-match rates (and rank-1 / top-K hit rates) at a
 * ladder of thresholds with 95% intervals and group sizes, the data set's description and hash,
 * who ran it and when, and the equitable threshold derived from them. A force may switch to a
 * version only once one is recorded; a search below the latest one's equitable threshold needs an
 * authoriser. Rows are evidence of what a force knew when it set its thresholds: never changed or
 * removed (a re-run is a new row).
 */
export class ModelValidation1764460000000 implements MigrationInterface {
  name = 'ModelValidation1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "model_validation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force" ("id"),
        "model_version" text NOT NULL,
        "face_model" text NOT NULL,
        "dataset_description" text NOT NULL CHECK (length("dataset_description") BETWEEN 1 AND 2000),
        "dataset_sha256" text NOT NULL CHECK ("dataset_sha256" ~ '^[0-9a-f]{64}$'),
        "image_count" integer NOT NULL CHECK ("image_count" >= 0),
        "unusable_images" integer NOT NULL CHECK ("unusable_images" >= 0),
        "gallery_size" integer NOT NULL CHECK ("gallery_size" >= 0),
        "mated_searches" integer NOT NULL CHECK ("mated_searches" >= 0),
        "non_mated_searches" integer NOT NULL CHECK ("non_mated_searches" >= 0),
        "top_k" integer NOT NULL CHECK ("top_k" >= 1),
        "min_group_size" integer NOT NULL CHECK ("min_group_size" >= 1),
        "false_match_rate_target" double precision NOT NULL CHECK ("false_match_rate_target" > 0 AND "false_match_rate_target" < 1),
        "max_group_ratio" double precision NOT NULL CHECK ("max_group_ratio" >= 1),
        "ladder" jsonb NOT NULL CHECK (jsonb_typeof("ladder") = 'array'),
        "groups" jsonb NOT NULL CHECK (jsonb_typeof("groups") = 'array'),
        "equitable_threshold" double precision,
        "run_by" text NOT NULL CHECK (length("run_by") BETWEEN 1 AND 200),
        "run_at" timestamptz NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX "model_validation_force_version" ON "model_validation" ("force_id", "model_version", "recorded_at")`,
    );
    await q.query(`
      CREATE FUNCTION model_validation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'model_validation rows are never changed or removed';
      END $$`);
    await q.query(`
      CREATE TRIGGER "model_validation_immutable" BEFORE UPDATE OR DELETE ON "model_validation"
        FOR EACH ROW EXECUTE FUNCTION model_validation_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "model_validation"`);
    await q.query(`DROP FUNCTION model_validation_immutable()`);
  }
}

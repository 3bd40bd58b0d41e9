import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each face model version's score calibration (the cosines at false-match rates 1e-3, 1e-4 and 1e-5
 * that `npm run eval` measured, with the set they were measured on) is recorded in the database,
 * so that oversight can see what a search's threshold meant without the models folder of the day.
 * Rows are never changed: a model version whose calibration is re-measured gets a new row, and a
 * search's policy snapshot names the row it used (calibrationId). The fingerprint (a hash of the
 * figures) makes recording idempotent when several instances start at once.
 *
 * A force's floor may now also be 1 in 100,000, which every calibration measures from here on.
 */
export class ModelCalibration1764330000000 implements MigrationInterface {
  name = 'ModelCalibration1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "model_calibration" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "model_version" text NOT NULL,
        "face_model" text NOT NULL,
        "fingerprint" text NOT NULL,
        "dataset" text NOT NULL,
        "gallery_count" integer NOT NULL CHECK ("gallery_count" >= 0),
        "probe_count" integer NOT NULL CHECK ("probe_count" >= 0),
        "genuine_pairs" integer NOT NULL CHECK ("genuine_pairs" >= 0),
        "impostor_pairs" integer NOT NULL CHECK ("impostor_pairs" >= 0),
        "threshold_at_far_1e3" double precision NOT NULL,
        "threshold_at_far_1e4" double precision NOT NULL,
        "threshold_at_far_1e5" double precision NOT NULL,
        "tar_at_far_1e3" double precision NOT NULL,
        "tar_at_far_1e4" double precision NOT NULL,
        "tar_at_far_1e5" double precision NOT NULL,
        "measured_on" date NOT NULL,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "model_calibration_ordered" CHECK (
          "threshold_at_far_1e3" <= "threshold_at_far_1e4" AND "threshold_at_far_1e4" <= "threshold_at_far_1e5"),
        CONSTRAINT "model_calibration_once" UNIQUE ("model_version", "fingerprint")
      )`);
    await q.query(
      `CREATE INDEX "model_calibration_version" ON "model_calibration" ("model_version", "recorded_at")`,
    );
    // a recorded calibration is evidence of what past searches meant: never rewritten or removed
    await q.query(`
      CREATE FUNCTION model_calibration_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'model_calibration rows are never changed or removed';
      END $$`);
    await q.query(`
      CREATE TRIGGER "model_calibration_immutable" BEFORE UPDATE OR DELETE ON "model_calibration"
        FOR EACH ROW EXECUTE FUNCTION model_calibration_immutable()`);
    await q.query(`
      ALTER TABLE "force"
        DROP CONSTRAINT "force_threshold_floor_false_match_rate_check",
        ADD CONSTRAINT "force_threshold_floor_false_match_rate_check"
          CHECK ("threshold_floor_false_match_rate" IN (0.001, 0.0001, 0.00001))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "force" SET "threshold_floor_false_match_rate" = 0.0001 WHERE "threshold_floor_false_match_rate" = 0.00001`,
    );
    await q.query(`
      ALTER TABLE "force"
        DROP CONSTRAINT "force_threshold_floor_false_match_rate_check",
        ADD CONSTRAINT "force_threshold_floor_false_match_rate_check"
          CHECK ("threshold_floor_false_match_rate" IN (0.001, 0.0001))`);
    await q.query(`DROP TABLE "model_calibration"`);
    await q.query(`DROP FUNCTION model_calibration_immutable()`);
  }
}

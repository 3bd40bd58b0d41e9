import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Probe enhancement with a record: the enhanced copy of a request's probe (`enhanced_probe`, the
 * image its search runs on; the original stays in `search_probe`) and every step that made it
 * (`probe_enhancement_step`: operation, parameters, who applied it and when, the hashes before and
 * after). Only operations of the service's allow-list are stored (a CHECK repeats the list), so a
 * generative or compositing step cannot be recorded even by a faulty service.
 *
 * The steps are the record and are append-only (a trigger; the service role loses UPDATE, DELETE
 * and TRUNCATE on them); they hold no image data and stay after a purge, which deletes the
 * enhanced copy's bytes with the probe's.
 */
export class ProbeEnhancement1764430000000 implements MigrationInterface {
  name = 'ProbeEnhancement1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "enhanced_probe" (
        "request_id" uuid PRIMARY KEY REFERENCES "search_request"("id"),
        "mime_type" text NOT NULL,
        "bytes" bytea NOT NULL,
        "sha256" char(64) NOT NULL,
        "original_sha256" char(64) NOT NULL,
        "width" integer NOT NULL CHECK ("width" > 0),
        "height" integer NOT NULL CHECK ("height" > 0),
        "face_index" integer,
        "face_box" jsonb NOT NULL,
        "step_count" integer NOT NULL CHECK ("step_count" > 0),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE "probe_enhancement_step" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "position" integer NOT NULL CHECK ("position" > 0),
        "operation" text NOT NULL CHECK ("operation" IN
          ('CROP', 'ROTATE', 'MIRROR_UNDO', 'BRIGHTNESS', 'CONTRAST', 'GAMMA', 'GREYSCALE', 'SHARPEN', 'DENOISE', 'UPSCALE')),
        "parameters" jsonb NOT NULL,
        "applied_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "applied_at" timestamptz NOT NULL,
        "input_sha256" char(64) NOT NULL,
        "output_sha256" char(64) NOT NULL,
        CONSTRAINT "UQ_probe_enhancement_step_position" UNIQUE ("request_id", "position")
      )`);
    await q.query(`
      CREATE FUNCTION "probe_enhancement_step_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'probe_enhancement_step is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER "probe_enhancement_step_append_only"
        BEFORE UPDATE OR DELETE ON "probe_enhancement_step"
        FOR EACH ROW EXECUTE FUNCTION "probe_enhancement_step_append_only"()`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "probe_enhancement_step" FROM twokey_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "probe_enhancement_step"`);
    await q.query(`DROP FUNCTION "probe_enhancement_step_append_only"()`);
    await q.query(`DROP TABLE "enhanced_probe"`);
  }
}

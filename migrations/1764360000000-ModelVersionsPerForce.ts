import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several face model versions side by side in one gallery, and a force's choice among them:
 *
 * - `face_template` holds one template per custody image *and model version* (primary key
 *   (image_id, model_version)): a re-enrolment writes the new version's templates beside the old
 *   ones, and a search reads one version only (its partial HNSW indexes are per model version
 *   already, so they keep working unchanged).
 * - `template_failure`: an image the re-enrolment (or a dual-write enrolment) could not make a
 *   template of under a model version (no usable face under that model), recorded by code only,
 *   so that a version's coverage of a force's gallery can be complete.
 * - `force_model_version`: each force's model versions and their state. ACTIVE (one per force: what
 *   its searches use), ENROLLING (a re-enrolment is making its templates; new enrolments write them
 *   too), RETIRED (was active, its templates are still kept up to date so the force can switch
 *   back), REMOVED (its templates were deleted on request).
 * - `model_switch`: a proposal by one gallery manager to switch their force to another version and
 *   its approval by a second one (the two-person rule; the database refuses self-approval as well).
 */
export class ModelVersionsPerForce1764360000000 implements MigrationInterface {
  name = 'ModelVersionsPerForce1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "face_template" DROP CONSTRAINT "face_template_pkey"`);
    await q.query(
      `ALTER TABLE "face_template" ADD CONSTRAINT "face_template_pkey" PRIMARY KEY ("image_id", "model_version")`,
    );
    await q.query(`
      CREATE TABLE "template_failure" (
        "image_id" uuid NOT NULL REFERENCES "custody_image"("id"),
        "model_version" text NOT NULL,
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "reason" text NOT NULL CHECK ("reason" ~ '^[A-Z_]{1,40}$'),
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("image_id", "model_version")
      )`);
    await q.query(
      `CREATE INDEX "IDX_template_failure_force" ON "template_failure" ("force_id", "model_version")`,
    );
    await q.query(`
      CREATE TABLE "force_model_version" (
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "model_version" text NOT NULL,
        "state" text NOT NULL CHECK ("state" IN ('ENROLLING', 'ACTIVE', 'RETIRED', 'REMOVED')),
        "changed_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("force_id", "model_version")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "force_model_version_one_active" ON "force_model_version" ("force_id") WHERE "state" = 'ACTIVE'`,
    );
    await q.query(`
      CREATE TABLE "model_switch" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "from_version" text NOT NULL,
        "to_version" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('PROPOSED', 'APPROVED', 'WITHDRAWN')),
        "proposed_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "proposal_reason" text NOT NULL,
        "proposed_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by_id" uuid REFERENCES "officer"("id"),
        "decision_reason" text,
        "decided_at" timestamptz,
        CONSTRAINT "model_switch_two_people" CHECK ("decided_by_id" IS NULL OR "status" = 'WITHDRAWN' OR "decided_by_id" <> "proposed_by_id"),
        CONSTRAINT "model_switch_changes_version" CHECK ("from_version" <> "to_version")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "model_switch_one_open" ON "model_switch" ("force_id") WHERE "status" = 'PROPOSED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "model_switch"`);
    await q.query(`DROP TABLE "force_model_version"`);
    await q.query(`DROP TABLE "template_failure"`);
    const [row]: Array<{ n: number }> = await q.query(
      `SELECT count(*)::int AS n FROM (SELECT image_id FROM face_template GROUP BY image_id HAVING count(*) > 1) x`,
    );
    if (row.n > 0)
      throw new Error(
        'custody images with templates of several model versions exist; delete all but one first',
      );
    await q.query(`ALTER TABLE "face_template" DROP CONSTRAINT "face_template_pkey"`);
    await q.query(`ALTER TABLE "face_template" ADD CONSTRAINT "face_template_pkey" PRIMARY KEY ("image_id")`);
  }
}

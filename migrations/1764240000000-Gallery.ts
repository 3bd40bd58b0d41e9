import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custody gallery: subjects, images, their bytes, derived copies, face templates with the HNSW
 * index, and deletion requests. The template dimension (128) is the active embedder's; a model with
 * another dimension comes with its own migration and re-enrolment, never a mixed column.
 */
export class Gallery1764240000000 implements MigrationInterface {
  name = 'Gallery1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "custody_subject" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "person_reference" text NOT NULL,
        "self_defined_ethnicity" text,
        "sex" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_custody_subject_force_reference" UNIQUE ("force_id", "person_reference")
      )`);

    await q.query(`
      CREATE TABLE "custody_image" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "subject_id" uuid NOT NULL REFERENCES "custody_subject"("id"),
        "custody_reference" text NOT NULL,
        "captured_at" timestamptz NOT NULL,
        "retention_class" text NOT NULL CHECK ("retention_class" IN ('CONVICTED', 'CHARGED_PENDING', 'NOT_CHARGED', 'NO_FURTHER_ACTION')),
        "under18_at_capture" boolean NOT NULL,
        "age_band" text,
        "review_due_at" timestamptz NOT NULL,
        "status" text NOT NULL DEFAULT 'ACTIVE' CHECK ("status" IN ('ACTIVE', 'PENDING_DELETION', 'DELETED')),
        "image_sha256" char(64),
        "enrolled_by_id" uuid REFERENCES "officer"("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "deleted_at" timestamptz,
        CHECK (("status" = 'DELETED') = ("deleted_at" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_custody_image_force" ON "custody_image" ("force_id")`);
    await q.query(`CREATE INDEX "IDX_custody_image_subject" ON "custody_image" ("subject_id")`);
    await q.query(
      `CREATE INDEX "IDX_custody_image_review_due" ON "custody_image" ("review_due_at") WHERE "status" <> 'DELETED'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_custody_image_force_sha256" ON "custody_image" ("force_id", "image_sha256")`,
    );

    await q.query(`
      CREATE TABLE "custody_image_blob" (
        "image_id" uuid PRIMARY KEY REFERENCES "custody_image"("id"),
        "mime_type" text NOT NULL,
        "bytes" bytea NOT NULL
      )`);

    await q.query(`
      CREATE TABLE "derived_image" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "image_id" uuid NOT NULL REFERENCES "custody_image"("id"),
        "kind" text NOT NULL,
        "mime_type" text NOT NULL,
        "bytes" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_derived_image_image" ON "derived_image" ("image_id")`);

    await q.query(`
      CREATE TABLE "face_template" (
        "image_id" uuid PRIMARY KEY REFERENCES "custody_image"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "model_version" text NOT NULL,
        "embedding" vector(128) NOT NULL,
        "retention_class" text NOT NULL,
        "under18_at_capture" boolean NOT NULL,
        "searchable" boolean NOT NULL DEFAULT true,
        "quality" jsonb NOT NULL,
        "box" jsonb NOT NULL,
        "landmarks" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_face_template_force" ON "face_template" ("force_id")`);
    await q.query(
      `CREATE INDEX "face_template_embedding_hnsw" ON "face_template" USING hnsw ("embedding" vector_cosine_ops) WITH (m = 16, ef_construction = 128)`,
    );

    await q.query(`
      CREATE TABLE "deletion_request" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "subject_id" uuid NOT NULL REFERENCES "custody_subject"("id"),
        "image_ids" uuid[] NOT NULL,
        "requested_by" text NOT NULL,
        "grounds" text NOT NULL,
        "stronger_presumption" boolean NOT NULL,
        "status" text NOT NULL DEFAULT 'PENDING' CHECK ("status" IN ('PENDING', 'GRANTED', 'REFUSED')),
        "recorded_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "decided_by_id" uuid REFERENCES "officer"("id"),
        "decided_at" timestamptz,
        "decision_rationale" text
      )`);
    await q.query(`CREATE INDEX "IDX_deletion_request_force" ON "deletion_request" ("force_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'deletion_request',
      'face_template',
      'derived_image',
      'custody_image_blob',
      'custody_image',
      'custody_subject',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}

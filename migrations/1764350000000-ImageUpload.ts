import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Images sent to POST /uploads (multipart, streamed under MAX_IMAGE_BYTES) wait here for the
 * mutation that uses them (createSearchRequest's probeUploadId, enrolCustodyImage's imageUploadId).
 * Only the officer who uploaded one may use it; the row is deleted when a mutation uses it and,
 * unused, once it expires (UPLOAD_TTL_S): the sweep deletes it outright, nothing is kept.
 */
export class ImageUpload1764350000000 implements MigrationInterface {
  name = 'ImageUpload1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "image_upload" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "officer_id" uuid NOT NULL REFERENCES "officer" ("id") ON DELETE CASCADE,
        "force_id" uuid NOT NULL REFERENCES "force" ("id"),
        "sha256" text NOT NULL,
        "byte_count" integer NOT NULL CHECK ("byte_count" > 0),
        "bytes" bytea NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "image_upload_expiry" CHECK ("expires_at" > "created_at")
      )`);
    await q.query(`CREATE INDEX "image_upload_expires_at" ON "image_upload" ("expires_at")`);
    await q.query(`CREATE INDEX "image_upload_officer" ON "image_upload" ("officer_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "image_upload"`);
  }
}

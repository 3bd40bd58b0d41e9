import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The governance register (ICO 2025 audit of South Wales and Gwent: policies under version control,
 * staff told of changes). Per force, documents (DPIA, equality impact assessment, appropriate
 * policy document, the force's facial recognition policy, sharing agreements), each with versions:
 * title and version, when in force, sha256 and the PDF itself or a reference to it, who registered
 * it and who approved it (never the same person). An officer's acknowledgement of a version is a
 * row of its own. A force may list the kinds it requires before any search runs.
 */
export class GovernanceRegister1764440000000 implements MigrationInterface {
  name = 'GovernanceRegister1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "governance_document" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "kind" text NOT NULL CONSTRAINT "governance_document_kind" CHECK ("kind" IN
          ('DPIA', 'EQUALITY_IMPACT_ASSESSMENT', 'APPROPRIATE_POLICY_DOCUMENT', 'FACIAL_RECOGNITION_POLICY', 'SHARING_AGREEMENT')),
        "title" text NOT NULL,
        "created_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "governance_document_title" UNIQUE ("force_id", "kind", "title")
      )`);
    await q.query(`
      CREATE TABLE "governance_document_version" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "document_id" uuid NOT NULL REFERENCES "governance_document"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "version" text NOT NULL,
        "effective_from" timestamptz NOT NULL,
        "effective_to" timestamptz,
        "sha256" text NOT NULL CONSTRAINT "governance_document_version_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
        "reference_uri" text,
        "file_name" text,
        "mime_type" text,
        "byte_size" int,
        "status" text NOT NULL CONSTRAINT "governance_document_version_status" CHECK ("status" IN ('PENDING_APPROVAL', 'APPROVED')),
        "registered_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "registered_at" timestamptz NOT NULL,
        "approved_by_id" uuid REFERENCES "officer"("id"),
        "approved_at" timestamptz,
        "approval_note" text,
        "supersedes_version_id" uuid REFERENCES "governance_document_version"("id"),
        CONSTRAINT "governance_document_version_unique" UNIQUE ("document_id", "version"),
        CONSTRAINT "governance_document_version_approved" CHECK (
          ("status" = 'APPROVED') = ("approved_by_id" IS NOT NULL)
          AND ("approved_by_id" IS NULL) = ("approved_at" IS NULL)),
        -- nobody approves their own upload
        CONSTRAINT "governance_document_version_two_people" CHECK ("approved_by_id" <> "registered_by_id"),
        -- the file is held (governance_document_file), or referred to: one or the other
        CONSTRAINT "governance_document_version_file_or_reference" CHECK (
          ("reference_uri" IS NULL) = ("byte_size" IS NOT NULL)),
        CONSTRAINT "governance_document_version_period" CHECK (
          "effective_to" IS NULL OR "effective_to" > "effective_from")
      )`);
    await q.query(
      `CREATE INDEX "governance_document_version_force" ON "governance_document_version" ("force_id", "status")`,
    );
    await q.query(`
      CREATE TABLE "governance_document_file" (
        "version_id" uuid PRIMARY KEY REFERENCES "governance_document_version"("id"),
        "bytes" bytea NOT NULL
      )`);
    await q.query(`
      CREATE TABLE "governance_acknowledgement" (
        "version_id" uuid NOT NULL REFERENCES "governance_document_version"("id"),
        "officer_id" uuid NOT NULL REFERENCES "officer"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "acknowledged_at" timestamptz NOT NULL,
        PRIMARY KEY ("version_id", "officer_id")
      )`);
    await q.query(
      `CREATE INDEX "governance_acknowledgement_officer" ON "governance_acknowledgement" ("officer_id")`,
    );
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "required_governance_documents" text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "force" DROP COLUMN "required_governance_documents"`);
    await q.query(`DROP TABLE "governance_acknowledgement"`);
    await q.query(`DROP TABLE "governance_document_file"`);
    await q.query(`DROP TABLE "governance_document_version"`);
    await q.query(`DROP TABLE "governance_document"`);
  }
}

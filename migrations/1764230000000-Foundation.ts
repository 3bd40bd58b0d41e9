import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forces, sharing agreements, officers, cases and the append-only audit log.
 * Runs unchanged on PostgreSQL 15+ and on PGlite.
 */
export class Foundation1764230000000 implements MigrationInterface {
  name = 'Foundation1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS vector`);

    await q.query(`
      CREATE TABLE "force" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" text NOT NULL UNIQUE,
        "name" text NOT NULL,
        "allowed_offence_categories" text[] NOT NULL DEFAULT '{}',
        "threshold_floor" real NOT NULL DEFAULT 0.6,
        "scores_visible_to_second_reviewer" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE "officer" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "subject" text NOT NULL UNIQUE,
        "display_name" text NOT NULL,
        "collar_number" text,
        "roles" text[] NOT NULL DEFAULT '{}',
        "reviewer_certified_until" timestamptz,
        "oversees_force_ids" uuid[] NOT NULL DEFAULT '{}',
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_officer_force" ON "officer" ("force_id")`);

    await q.query(`
      CREATE TABLE "sharing_agreement" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "gallery_force_id" uuid NOT NULL REFERENCES "force"("id"),
        "searching_force_id" uuid NOT NULL REFERENCES "force"("id"),
        "reference" text NOT NULL,
        "valid_from" timestamptz NOT NULL,
        "valid_until" timestamptz,
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CHECK ("gallery_force_id" <> "searching_force_id")
      )`);
    await q.query(
      `CREATE INDEX "IDX_sharing_agreement_pair" ON "sharing_agreement" ("gallery_force_id", "searching_force_id")`,
    );

    await q.query(`
      CREATE TABLE "case_file" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "crime_reference" text NOT NULL,
        "offence_category" text NOT NULL,
        "status" text NOT NULL DEFAULT 'OPEN',
        "created_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "assigned_officer_ids" uuid[] NOT NULL DEFAULT '{}',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_case_force_reference" UNIQUE ("force_id", "crime_reference")
      )`);
    await q.query(`CREATE INDEX "IDX_case_force" ON "case_file" ("force_id")`);

    await q.query(`
      CREATE TABLE "audit_event" (
        "seq" bigint PRIMARY KEY CHECK ("seq" > 0),
        "id" uuid NOT NULL UNIQUE,
        "occurred_at" timestamptz NOT NULL,
        "actor_officer_id" uuid,
        "actor_force_id" uuid,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" text,
        "force_id" uuid,
        "reason" text,
        "details" jsonb NOT NULL DEFAULT '{}',
        "prev_hash" char(64) NOT NULL,
        "hash" char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_audit_force_time" ON "audit_event" ("force_id", "occurred_at")`);
    await q.query(`CREATE INDEX "IDX_audit_subject" ON "audit_event" ("subject_type", "subject_id")`);

    // Append-only: the log can grow, never change. Only a superuser disabling the trigger can
    // alter a row, and the hash chain then shows where.
    await q.query(`
      CREATE FUNCTION audit_event_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_event"`);
    await q.query(`DROP FUNCTION audit_event_reject_change()`);
    await q.query(`DROP TABLE "case_file"`);
    await q.query(`DROP TABLE "sharing_agreement"`);
    await q.query(`DROP TABLE "officer"`);
    await q.query(`DROP TABLE "force"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention of searches: each force's periods, holds for proceedings, and the tombstone a purge
 * leaves. A purge deletes a request's probe (bytes and template), candidate list and review
 * decisions and marks the request `purged_at`; the append-only tables that point at candidates
 * (review decisions, lead outcomes) let go of them only for a request so marked, in the purge's
 * own transaction. The tombstone itself is append-only. Cases get the closure time the
 * case-closure period counts from.
 */
export class SearchRetention1764380000000 implements MigrationInterface {
  name = 'SearchRetention1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_file" ADD COLUMN "closed_at" timestamptz`);
    await q.query(`ALTER TABLE "case_file" ADD COLUMN "closed_by_id" uuid REFERENCES "officer"("id")`);
    await q.query(`ALTER TABLE "case_file" ADD COLUMN "close_reason" text`);
    await q.query(
      `ALTER TABLE "case_file" ADD CONSTRAINT "case_file_closed" CHECK (("status" = 'CLOSED') = ("closed_at" IS NOT NULL))`,
    );

    // Periods in whole days; 0 purges at the next run. Defaults apply to forces that never set theirs.
    await q.query(`
      CREATE TABLE "force_retention_policy" (
        "force_id" uuid PRIMARY KEY REFERENCES "force"("id"),
        "after_no_viable_candidate_days" integer NOT NULL CHECK ("after_no_viable_candidate_days" BETWEEN 0 AND 3653),
        "after_case_closure_days" integer NOT NULL CHECK ("after_case_closure_days" BETWEEN 0 AND 3653),
        "after_hold_days" integer NOT NULL CHECK ("after_hold_days" BETWEEN 0 AND 3653),
        "updated_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE "retention_hold" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "reason" text NOT NULL CHECK (length("reason") > 0),
        "review_at" timestamptz NOT NULL,
        "placed_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "placed_at" timestamptz NOT NULL,
        "released_at" timestamptz,
        "released_by_id" uuid REFERENCES "officer"("id"),
        "release_reason" text,
        CHECK ("review_at" > "placed_at"),
        CHECK (("released_at" IS NULL) = ("release_reason" IS NULL))
      )`);
    // at most one hold in force per request (a renewal releases the one before)
    await q.query(
      `CREATE UNIQUE INDEX "UQ_retention_hold_open" ON "retention_hold" ("request_id") WHERE "released_at" IS NULL`,
    );
    await q.query(`CREATE INDEX "IDX_retention_hold_force" ON "retention_hold" ("force_id", "placed_at")`);

    await q.query(`ALTER TABLE "search_request" ADD COLUMN "purged_at" timestamptz`);
    // a purged possible match no longer names its (deleted) candidate
    await q.query(`
      DO $$
      DECLARE c text;
      BEGIN
        SELECT conname INTO c FROM pg_constraint
        WHERE conrelid = 'search_request'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%outcome_candidate_id IS NOT NULL%';
        EXECUTE format('ALTER TABLE search_request DROP CONSTRAINT %I', c);
      END
      $$`);
    await q.query(`
      ALTER TABLE "search_request" ADD CONSTRAINT "search_request_outcome_candidate"
      CHECK ((("outcome" = 'POSSIBLE_MATCH') = ("outcome_candidate_id" IS NOT NULL)) OR ("purged_at" IS NOT NULL AND "outcome_candidate_id" IS NULL))`);

    await q.query(`
      CREATE TABLE "search_request_purge" (
        "request_id" uuid PRIMARY KEY REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "purged_at" timestamptz NOT NULL,
        "rule" text NOT NULL CHECK ("rule" IN ('NO_VIABLE_CANDIDATE', 'CASE_CLOSED', 'PROCEEDINGS_HOLD_ENDED')),
        "retention_days" integer NOT NULL,
        "counted_from" timestamptz NOT NULL,
        "due_at" timestamptz NOT NULL,
        "probe_sha256" char(64),
        "counts" jsonb NOT NULL,
        "statistics" jsonb NOT NULL
      )`);
    await q.query(
      `CREATE INDEX "IDX_search_request_purge_force" ON "search_request_purge" ("force_id", "purged_at")`,
    );
    await q.query(`
      CREATE FUNCTION search_request_purge_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'search_request_purge is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER search_request_purge_append_only BEFORE UPDATE OR DELETE ON "search_request_purge"
      FOR EACH ROW EXECUTE FUNCTION search_request_purge_reject_change()`);

    // Review decisions stay append-only, except that a purge (request marked purged) deletes them.
    await q.query(`
      CREATE OR REPLACE FUNCTION review_decision_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM search_request WHERE id = OLD.request_id AND purged_at IS NOT NULL) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'review_decision is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // A lead outcome stays as recorded, except that a purge lets go of the candidate it named.
    await q.query(`ALTER TABLE "lead_outcome" ALTER COLUMN "candidate_id" DROP NOT NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_outcome_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.candidate_id IS NULL
           AND (to_jsonb(NEW) - 'candidate_id') = (to_jsonb(OLD) - 'candidate_id')
           AND EXISTS (SELECT 1 FROM search_request WHERE id = OLD.request_id AND purged_at IS NOT NULL) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'lead_outcome is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // the service may add tombstones, never change or remove them
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "search_request_purge" FROM twokey_app;
        END IF;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_outcome_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'lead_outcome is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION review_decision_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_decision is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`DROP TABLE "search_request_purge"`);
    await q.query(`DROP FUNCTION search_request_purge_reject_change()`);
    await q.query(`ALTER TABLE "search_request" DROP CONSTRAINT "search_request_outcome_candidate"`);
    await q.query(
      `ALTER TABLE "search_request" ADD CHECK (("outcome" = 'POSSIBLE_MATCH') = ("outcome_candidate_id" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "search_request" DROP COLUMN "purged_at"`);
    await q.query(`DROP TABLE "retention_hold"`);
    await q.query(`DROP TABLE "force_retention_policy"`);
    await q.query(`ALTER TABLE "case_file" DROP CONSTRAINT "case_file_closed"`);
    await q.query(`ALTER TABLE "case_file" DROP COLUMN "close_reason"`);
    await q.query(`ALTER TABLE "case_file" DROP COLUMN "closed_by_id"`);
    await q.query(`ALTER TABLE "case_file" DROP COLUMN "closed_at"`);
  }
}

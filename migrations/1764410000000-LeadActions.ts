import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lead after the match: corroborating evidence recorded on a confirmed lead, and actions on it
 * (identification procedure, arrest, charge, public appeal) that a supervisor approves.
 *
 * What the database itself guarantees, whatever the service does:
 * - an action rests on at least one corroboration of its own request: `lead_action_evidence` ties
 *   them (composite keys through (request_id, id), so evidence of another request cannot be named),
 *   and a deferred constraint trigger refuses, at commit, an action row with no evidence row;
 * - nobody decides an action they proposed (a CHECK), a decision is final (a trigger lets a
 *   PROPOSED row become APPROVED or REJECTED once, changing nothing else) and no action row is
 *   deleted; at most one proposal of each type is open per request (a partial unique index);
 * - corroborations and evidence links are append-only (triggers; the service role loses UPDATE,
 *   DELETE and TRUNCATE on them);
 * - a new CORROBORATED lead outcome names the corroboration whose recording made it (an insert
 *   trigger; earlier CORROBORATED rows, recorded with a note only, are left as they were) and an
 *   EXCLUDED one names none (a CHECK).
 */
export class LeadActions1764410000000 implements MigrationInterface {
  name = 'LeadActions1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "lead_corroboration" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "type" text NOT NULL CHECK ("type" IN ('FINGERPRINT', 'DNA', 'WITNESS_IDENTIFICATION', 'CCTV_TRACKING', 'DOCUMENTARY', 'OTHER')),
        "reference" text NOT NULL CHECK (length(btrim("reference")) > 0),
        "description" text NOT NULL CHECK (length(btrim("description")) > 0),
        "recorded_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "recorded_at" timestamptz NOT NULL,
        CONSTRAINT "UQ_lead_corroboration_request_id" UNIQUE ("request_id", "id")
      )`);
    // the same exhibit recorded twice (a replay) is one record
    await q.query(
      `CREATE UNIQUE INDEX "UQ_lead_corroboration_reference" ON "lead_corroboration" ("request_id", "type", lower("reference"))`,
    );

    await q.query(`
      CREATE TABLE "lead_action" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "type" text NOT NULL CHECK ("type" IN ('IDENTIFICATION_PROCEDURE', 'ARREST', 'CHARGE', 'PUBLIC_APPEAL')),
        "reason" text NOT NULL CHECK (length(btrim("reason")) > 0),
        "status" text NOT NULL CHECK ("status" IN ('PROPOSED', 'APPROVED', 'REJECTED')),
        "proposed_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "proposed_at" timestamptz NOT NULL,
        "decided_by_id" uuid REFERENCES "officer"("id"),
        "decided_at" timestamptz,
        "decision_reason" text,
        CONSTRAINT "UQ_lead_action_request_id" UNIQUE ("request_id", "id"),
        CONSTRAINT "lead_action_decided" CHECK (
          ("status" = 'PROPOSED') = ("decided_by_id" IS NULL)
          AND ("decided_by_id" IS NULL) = ("decided_at" IS NULL)
          AND ("decided_by_id" IS NULL) = ("decision_reason" IS NULL)),
        CONSTRAINT "lead_action_not_own_decision" CHECK ("decided_by_id" IS DISTINCT FROM "proposed_by_id")
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_lead_action_open_type" ON "lead_action" ("request_id", "type") WHERE "status" = 'PROPOSED'`,
    );
    await q.query(`CREATE INDEX "IDX_lead_action_queue" ON "lead_action" ("proposed_at", "id")`);
    await q.query(`CREATE INDEX "IDX_lead_action_force_status" ON "lead_action" ("force_id", "status")`);

    await q.query(`
      CREATE TABLE "lead_action_evidence" (
        "action_id" uuid NOT NULL,
        "corroboration_id" uuid NOT NULL,
        "request_id" uuid NOT NULL,
        PRIMARY KEY ("action_id", "corroboration_id"),
        CONSTRAINT "FK_lead_action_evidence_action" FOREIGN KEY ("request_id", "action_id")
          REFERENCES "lead_action" ("request_id", "id"),
        CONSTRAINT "FK_lead_action_evidence_corroboration" FOREIGN KEY ("request_id", "corroboration_id")
          REFERENCES "lead_corroboration" ("request_id", "id")
      )`);
    await q.query(
      `CREATE INDEX "IDX_lead_action_evidence_corroboration" ON "lead_action_evidence" ("corroboration_id")`,
    );

    // append-only: corroborations and the evidence an action relied on
    await q.query(`
      CREATE FUNCTION lead_evidence_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    for (const table of ['lead_corroboration', 'lead_action_evidence']) {
      await q.query(`
        CREATE TRIGGER "${table}_append_only" BEFORE UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION lead_evidence_reject_change()`);
      await q.query(`
        CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION lead_evidence_reject_change()`);
    }

    // an action is proposed once and decided once; nothing else about it changes, and it stays
    await q.query(`
      CREATE FUNCTION lead_action_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'PROPOSED' AND NEW.status IN ('APPROVED', 'REJECTED')
           AND (to_jsonb(NEW) - 'status' - 'decided_by_id' - 'decided_at' - 'decision_reason')
             = (to_jsonb(OLD) - 'status' - 'decided_by_id' - 'decided_at' - 'decision_reason') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'lead_action is decided once and kept: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER lead_action_decided_once BEFORE UPDATE OR DELETE ON "lead_action"
      FOR EACH ROW EXECUTE FUNCTION lead_action_guard_change()`);
    await q.query(`
      CREATE TRIGGER lead_action_no_truncate BEFORE TRUNCATE ON "lead_action"
      FOR EACH STATEMENT EXECUTE FUNCTION lead_action_guard_change()`);

    // no action without corroboration: checked at commit, after the action's evidence rows are in
    await q.query(`
      CREATE FUNCTION lead_action_require_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM lead_action_evidence e WHERE e.action_id = NEW.id AND e.request_id = NEW.request_id) THEN
          RAISE EXCEPTION 'lead_action % rests on no corroborating evidence of its request', NEW.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER lead_action_rests_on_evidence AFTER INSERT OR UPDATE ON "lead_action"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lead_action_require_evidence()`);

    // a lead is corroborated by recording the evidence that corroborates it
    await q.query(`ALTER TABLE "lead_outcome" ADD COLUMN "corroboration_id" uuid`);
    await q.query(`
      ALTER TABLE "lead_outcome"
        ADD CONSTRAINT "FK_lead_outcome_corroboration" FOREIGN KEY ("request_id", "corroboration_id")
          REFERENCES "lead_corroboration" ("request_id", "id"),
        ADD CONSTRAINT "lead_outcome_excluded_names_no_evidence" CHECK ("result" = 'CORROBORATED' OR "corroboration_id" IS NULL)`);
    await q.query(`
      CREATE FUNCTION lead_outcome_require_corroboration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.result = 'CORROBORATED' AND NEW.corroboration_id IS NULL THEN
          RAISE EXCEPTION 'a CORROBORATED lead outcome names the corroborating evidence recorded for it' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER lead_outcome_corroborated_by_evidence BEFORE INSERT ON "lead_outcome"
      FOR EACH ROW EXECUTE FUNCTION lead_outcome_require_corroboration()`);

    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'twokey_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "lead_corroboration", "lead_action_evidence" FROM twokey_app;
          REVOKE DELETE, TRUNCATE ON "lead_action" FROM twokey_app;
        END IF;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER lead_outcome_corroborated_by_evidence ON "lead_outcome"`);
    await q.query(`DROP FUNCTION lead_outcome_require_corroboration()`);
    await q.query(`
      ALTER TABLE "lead_outcome"
        DROP CONSTRAINT "lead_outcome_excluded_names_no_evidence",
        DROP CONSTRAINT "FK_lead_outcome_corroboration",
        DROP COLUMN "corroboration_id"`);
    await q.query(`DROP TABLE "lead_action_evidence"`);
    await q.query(`DROP TABLE "lead_action"`);
    await q.query(`DROP TABLE "lead_corroboration"`);
    await q.query(`DROP FUNCTION lead_action_require_evidence()`);
    await q.query(`DROP FUNCTION lead_action_guard_change()`);
    await q.query(`DROP FUNCTION lead_evidence_reject_change()`);
  }
}

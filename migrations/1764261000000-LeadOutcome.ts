import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What became of each confirmed lead: one record per search request, never changed afterwards, so
 * that outcome monitoring can count confirmed results the investigation later found wrong.
 */
export class LeadOutcome1764261000000 implements MigrationInterface {
  name = 'LeadOutcome1764261000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "lead_outcome" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "candidate_id" uuid NOT NULL REFERENCES "search_candidate"("id"),
        "result" text NOT NULL CHECK ("result" IN ('EXCLUDED', 'CORROBORATED')),
        "note" text NOT NULL CHECK (length("note") > 0),
        "recorded_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "recorded_at" timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_lead_outcome_request" ON "lead_outcome" ("request_id")`);
    // What the investigation found is recorded once: a later change would rewrite the statistics.
    await q.query(`
      CREATE FUNCTION lead_outcome_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'lead_outcome is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER lead_outcome_append_only BEFORE UPDATE OR DELETE ON "lead_outcome"
      FOR EACH ROW EXECUTE FUNCTION lead_outcome_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "lead_outcome"`);
    await q.query(`DROP FUNCTION lead_outcome_reject_change()`);
  }
}

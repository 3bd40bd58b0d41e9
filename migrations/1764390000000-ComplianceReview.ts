import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Post-search compliance review: one row per search that reached an outcome, drawn for review or
 * not (with the draw and the rate), and each force's sample rate (never below 10%) and due period.
 * No foreign key to `force`: the row is written inside the step that records the outcome, after
 * that step holds the audit chain, and a key-share lock on the force row could wait on an admin
 * changing the force's settings (who then waits on the chain).
 */
export class ComplianceReview1764390000000 implements MigrationInterface {
  name = 'ComplianceReview1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "compliance_sample_rate" double precision NOT NULL DEFAULT 1
          CONSTRAINT "force_compliance_sample_rate" CHECK ("compliance_sample_rate" >= 0.1 AND "compliance_sample_rate" <= 1),
        ADD COLUMN "compliance_review_due_days" integer NOT NULL DEFAULT 28
          CONSTRAINT "force_compliance_review_due_days" CHECK ("compliance_review_due_days" BETWEEN 1 AND 365)`);
    await q.query(`
      CREATE TABLE "compliance_review" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request" ("id"),
        "force_id" uuid NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('NOT_SAMPLED', 'OPEN', 'CLAIMED', 'COMPLETED')),
        "search_status" text NOT NULL,
        "outcome_recorded_by_id" uuid,
        "sampled" boolean NOT NULL,
        "sample_rate" double precision NOT NULL,
        "sample_draw" double precision NOT NULL CHECK ("sample_draw" >= 0 AND "sample_draw" < 1),
        "sample_rule" text NOT NULL CHECK ("sample_rule" IN ('EVERY_SEARCH', 'DRAWN', 'NOT_DRAWN')),
        "queued_at" timestamptz NOT NULL,
        "due_at" timestamptz,
        "overdue_flagged_at" timestamptz,
        "claimed_by_id" uuid REFERENCES "officer" ("id"),
        "claimed_at" timestamptz,
        "completed_by_id" uuid REFERENCES "officer" ("id"),
        "completed_at" timestamptz,
        "findings" jsonb NOT NULL DEFAULT '[]',
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "compliance_review_sampled" CHECK (("status" = 'NOT_SAMPLED') = NOT "sampled"),
        CONSTRAINT "compliance_review_due" CHECK ("sampled" = ("due_at" IS NOT NULL)),
        CONSTRAINT "compliance_review_claimed" CHECK ("status" <> 'CLAIMED' OR "claimed_by_id" IS NOT NULL),
        CONSTRAINT "compliance_review_completed" CHECK (
          ("status" = 'COMPLETED') = ("completed_by_id" IS NOT NULL AND "completed_at" IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX "compliance_review_request" ON "compliance_review" ("request_id")`);
    await q.query(
      `CREATE INDEX "compliance_review_force_status" ON "compliance_review" ("force_id", "status")`,
    );
    await q.query(`CREATE INDEX "compliance_review_due_at" ON "compliance_review" ("due_at")`);
    await q.query(`CREATE INDEX "compliance_review_queue_order" ON "compliance_review" ("queued_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "compliance_review"`);
    await q.query(
      `ALTER TABLE "force" DROP COLUMN "compliance_sample_rate", DROP COLUMN "compliance_review_due_days"`,
    );
  }
}

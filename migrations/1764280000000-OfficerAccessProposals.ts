import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two-person rule for grants that open case content: proposals a second officer approves,
 * and a record of each force's oversight grants (who proposed, who approved, when, and when it
 * was revoked). The checks make the rule hold in the database too: nobody approves their own
 * proposal, nobody proposes or approves access for themselves, a rejection has a reason.
 */
export class OfficerAccessProposals1764280000000 implements MigrationInterface {
  name = 'OfficerAccessProposals1764280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "officer_access_proposal" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "officer_id" uuid NOT NULL REFERENCES "officer"("id"),
        "officer_force_id" uuid NOT NULL REFERENCES "force"("id"),
        "add_roles" text[] NOT NULL DEFAULT '{}',
        "add_overseen_force_ids" uuid[] NOT NULL DEFAULT '{}',
        "reviewer_certified_until" timestamptz,
        "status" text NOT NULL CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')),
        "proposed_by_id" uuid NOT NULL REFERENCES "officer"("id"),
        "proposed_at" timestamptz NOT NULL,
        "decided_by_id" uuid REFERENCES "officer"("id"),
        "decided_at" timestamptz,
        "decision_reason" text,
        CONSTRAINT "CHK_proposal_not_for_self" CHECK ("proposed_by_id" <> "officer_id"),
        CONSTRAINT "CHK_proposal_adds_something" CHECK (cardinality("add_roles") > 0 OR cardinality("add_overseen_force_ids") > 0 OR "reviewer_certified_until" IS NOT NULL),
        CONSTRAINT "CHK_proposal_decided" CHECK (("status" = 'PENDING') = ("decided_by_id" IS NULL AND "decided_at" IS NULL)),
        CONSTRAINT "CHK_proposal_second_person" CHECK ("status" <> 'APPROVED' OR ("decided_by_id" <> "proposed_by_id" AND "decided_by_id" <> "officer_id")),
        CONSTRAINT "CHK_proposal_rejection_reason" CHECK ("status" <> 'REJECTED' OR length(btrim(coalesce("decision_reason", ''))) > 0)
      )`);
    await q.query(
      `CREATE INDEX "IDX_officer_access_proposal_officer" ON "officer_access_proposal" ("officer_id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_officer_access_proposal_status_force" ON "officer_access_proposal" ("status", "officer_force_id")`,
    );

    await q.query(`
      CREATE TABLE "oversight_grant" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "officer_id" uuid NOT NULL REFERENCES "officer"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "proposal_id" uuid REFERENCES "officer_access_proposal"("id"),
        "proposed_by_id" uuid REFERENCES "officer"("id"),
        "approved_by_id" uuid REFERENCES "officer"("id"),
        "granted_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "revoked_by_id" uuid REFERENCES "officer"("id"),
        CONSTRAINT "CHK_oversight_grant_second_person" CHECK ("approved_by_id" IS NULL OR ("approved_by_id" <> "proposed_by_id" AND "approved_by_id" <> "officer_id")),
        CONSTRAINT "CHK_oversight_grant_revoked" CHECK (("revoked_at" IS NULL) OR ("revoked_by_id" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_oversight_grant_officer" ON "oversight_grant" ("officer_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_oversight_grant_active" ON "oversight_grant" ("officer_id", "force_id") WHERE "revoked_at" IS NULL`,
    );
    // oversight held before grants were recorded: who granted it is unknown (null), since when is the officer's creation
    await q.query(`
      INSERT INTO "oversight_grant" ("officer_id", "force_id", "granted_at")
      SELECT o."id", f."force_id", o."created_at" FROM "officer" o CROSS JOIN LATERAL unnest(o."oversees_force_ids") AS f("force_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "oversight_grant"`);
    await q.query(`DROP TABLE "officer_access_proposal"`);
  }
}

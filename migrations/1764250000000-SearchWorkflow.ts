import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search workflow: requests on cases, their probe images, candidate lists, review tasks and
 * per-candidate decisions. Statuses are checked here as well as in the state machine, so that no
 * writer can put a row in a state the workflow does not know. Review decisions are append-only.
 */
export class SearchWorkflow1764250000000 implements MigrationInterface {
  name = 'SearchWorkflow1764250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "search_request" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "case_id" uuid NOT NULL REFERENCES "case_file"("id"),
        "requester_id" uuid NOT NULL REFERENCES "officer"("id"),
        "status" text NOT NULL CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'AWAITING_AUTHORISATION', 'AUTHORISED', 'REFUSED', 'SEARCHING',
          'FIRST_REVIEW', 'SECOND_REVIEW', 'CONFIRMED', 'NO_VIABLE_CANDIDATE', 'DISPUTED', 'ADJUDICATED', 'CLOSED', 'WITHDRAWN', 'EXPIRED')),
        "version" integer NOT NULL DEFAULT 1 CHECK ("version" > 0),
        "purpose" text NOT NULL,
        "legal_basis" text NOT NULL,
        "justification" text NOT NULL,
        "offence_category" text NOT NULL,
        "threshold" double precision NOT NULL CHECK ("threshold" > 0 AND "threshold" < 1),
        "k" integer NOT NULL CHECK ("k" BETWEEN 1 AND 200),
        "include_under18" boolean NOT NULL,
        "include_not_convicted" boolean NOT NULL,
        "gallery_force_ids" uuid[] NOT NULL CHECK (cardinality("gallery_force_ids") > 0),
        "authorisation_required" boolean NOT NULL,
        "authorisation_reasons" text[] NOT NULL DEFAULT '{}',
        "authorisation_decision" text CHECK ("authorisation_decision" IN ('AUTHORISED', 'REFUSED')),
        "authorised_by_id" uuid REFERENCES "officer"("id"),
        "authorisation_rationale" text,
        "authorisation_decided_at" timestamptz,
        "probe_quality" jsonb NOT NULL,
        "model_version" text,
        "policy_snapshot" jsonb,
        "candidate_count" integer,
        "searched_at" timestamptz,
        "outcome" text CHECK ("outcome" IN ('POSSIBLE_MATCH', 'NO_VIABLE_CANDIDATE')),
        "outcome_basis" text,
        "outcome_candidate_id" uuid,
        "outcome_at" timestamptz,
        "adjudicated_by_id" uuid REFERENCES "officer"("id"),
        "adjudication_rationale" text,
        "adjudicated_at" timestamptz,
        "ended_at" timestamptz,
        "ended_by_id" uuid REFERENCES "officer"("id"),
        "end_reason" text,
        "expires_at" timestamptz NOT NULL,
        "submitted_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        -- nobody authorises their own request, whatever the application does
        CHECK ("authorised_by_id" IS NULL OR "authorised_by_id" <> "requester_id"),
        CHECK (("outcome" = 'POSSIBLE_MATCH') = ("outcome_candidate_id" IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX "IDX_search_request_force_status" ON "search_request" ("force_id", "status")`,
    );
    await q.query(`CREATE INDEX "IDX_search_request_case" ON "search_request" ("case_id")`);
    await q.query(`CREATE INDEX "IDX_search_request_requester" ON "search_request" ("requester_id")`);
    await q.query(`CREATE INDEX "IDX_search_request_expires" ON "search_request" ("expires_at")`);

    await q.query(`
      CREATE TABLE "search_probe" (
        "request_id" uuid PRIMARY KEY REFERENCES "search_request"("id"),
        "mime_type" text NOT NULL,
        "bytes" bytea NOT NULL,
        "sha256" char(64) NOT NULL,
        "face_index" integer,
        "face_box" jsonb NOT NULL
      )`);

    await q.query(`
      CREATE TABLE "search_candidate" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "rank" integer NOT NULL CHECK ("rank" BETWEEN 1 AND 200),
        "score" double precision NOT NULL,
        "image_id" uuid NOT NULL REFERENCES "custody_image"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        CONSTRAINT "UQ_search_candidate_rank" UNIQUE ("request_id", "rank")
      )`);
    await q.query(`CREATE INDEX "IDX_search_candidate_image" ON "search_candidate" ("image_id")`);
    await q.query(`
      ALTER TABLE "search_request" ADD CONSTRAINT "FK_search_request_outcome_candidate"
      FOREIGN KEY ("outcome_candidate_id") REFERENCES "search_candidate"("id")`);

    await q.query(`
      CREATE TABLE "review_task" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "force_id" uuid NOT NULL REFERENCES "force"("id"),
        "stage" text NOT NULL CHECK ("stage" IN ('FIRST', 'SECOND')),
        "status" text NOT NULL CHECK ("status" IN ('OPEN', 'CLAIMED', 'SUBMITTED', 'CANCELLED')),
        "requester_id" uuid NOT NULL REFERENCES "officer"("id"),
        "first_reviewer_id" uuid REFERENCES "officer"("id"),
        "claimed_by_id" uuid REFERENCES "officer"("id"),
        "claimed_at" timestamptz,
        "claim_expires_at" timestamptz,
        "submitted_by_id" uuid REFERENCES "officer"("id"),
        "submitted_at" timestamptz,
        "version" integer NOT NULL DEFAULT 1,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_review_task_stage" UNIQUE ("request_id", "stage"),
        -- the two-person rule, enforced by the database too
        CHECK ("claimed_by_id" IS NULL OR ("claimed_by_id" <> "requester_id" AND "claimed_by_id" IS DISTINCT FROM "first_reviewer_id")),
        -- a claimed task has a holder and a deadline; an open one neither (submitted and cancelled tasks keep who held them)
        CHECK (CASE "status" WHEN 'CLAIMED' THEN "claimed_by_id" IS NOT NULL AND "claim_expires_at" IS NOT NULL
                             WHEN 'OPEN' THEN "claimed_by_id" IS NULL AND "claim_expires_at" IS NULL
                             ELSE "claim_expires_at" IS NULL OR "status" = 'SUBMITTED' END),
        CHECK (("stage" = 'SECOND') = ("first_reviewer_id" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_review_task_force_status" ON "review_task" ("force_id", "status")`);
    await q.query(
      `CREATE INDEX "IDX_review_task_claim_expiry" ON "review_task" ("claim_expires_at") WHERE "status" = 'CLAIMED'`,
    );

    await q.query(`
      CREATE TABLE "review_decision" (
        "task_id" uuid NOT NULL REFERENCES "review_task"("id"),
        "candidate_id" uuid NOT NULL REFERENCES "search_candidate"("id"),
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "reviewer_id" uuid NOT NULL REFERENCES "officer"("id"),
        "decision" text NOT NULL CHECK ("decision" IN ('POSSIBLE_MATCH', 'NOT_MATCH', 'INCONCLUSIVE')),
        "rationale" text NOT NULL,
        PRIMARY KEY ("task_id", "candidate_id")
      )`);
    await q.query(`CREATE INDEX "IDX_review_decision_request" ON "review_decision" ("request_id")`);
    // A submitted review is never changed, not even by a supervisor.
    await q.query(`
      CREATE FUNCTION review_decision_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_decision is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER review_decision_append_only BEFORE UPDATE OR DELETE ON "review_decision"
      FOR EACH ROW EXECUTE FUNCTION review_decision_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "review_decision"`);
    await q.query(`DROP FUNCTION review_decision_reject_change()`);
    await q.query(`DROP TABLE "review_task"`);
    await q.query(`ALTER TABLE "search_request" DROP CONSTRAINT "FK_search_request_outcome_candidate"`);
    await q.query(`DROP TABLE "search_candidate"`);
    await q.query(`DROP TABLE "search_probe"`);
    await q.query(`DROP TABLE "search_request"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has seen the first review of a request (its decisions, or the scores a force keeps from the
 * blind second review) before the second review was in. Written in the same transaction as the
 * read that showed them; whoever is on it may not take that request's second review. One row per
 * officer and request, never changed or removed: a forgotten exposure would reopen the door.
 */
export class FirstReviewExposure1764281000000 implements MigrationInterface {
  name = 'FirstReviewExposure1764281000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "first_review_exposure" (
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "officer_id" uuid NOT NULL REFERENCES "officer"("id"),
        "seen" text NOT NULL CHECK ("seen" IN ('DECISIONS', 'SCORES')),
        "via" text NOT NULL CHECK (length("via") BETWEEN 1 AND 100),
        "seen_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("request_id", "officer_id")
      )`);
    await q.query(`
      CREATE FUNCTION first_review_exposure_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'first_review_exposure is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER first_review_exposure_append_only BEFORE UPDATE OR DELETE ON "first_review_exposure"
      FOR EACH ROW EXECUTE FUNCTION first_review_exposure_reject_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "first_review_exposure"`);
    await q.query(`DROP FUNCTION first_review_exposure_reject_change()`);
  }
}

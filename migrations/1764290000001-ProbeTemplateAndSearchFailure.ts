import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'AWAITING_AUTHORISATION',
  'AUTHORISED',
  'REFUSED',
  'SEARCHING',
  'FIRST_REVIEW',
  'SECOND_REVIEW',
  'CONFIRMED',
  'NO_VIABLE_CANDIDATE',
  'DISPUTED',
  'ADJUDICATED',
  'CLOSED',
  'WITHDRAWN',
  'EXPIRED',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * One pass per probe: the template made when a search request is created is kept beside its probe
 * image (same row, so whatever removes the probe removes its template), with the model version that
 * made it; the search uses it, and re-analyses the image only when the active model version differs.
 *
 * A search that fails after its step (the probe no longer analyses, a sharing agreement lapsed, the
 * gallery search failed) leaves the request SEARCH_FAILED with the failure's code, reason, time and
 * the state it failed from, instead of leaving it SUBMITTED or AUTHORISED as if nothing happened.
 */
export class ProbeTemplateAndSearchFailure1764290000001 implements MigrationInterface {
  name = 'ProbeTemplateAndSearchFailure1764290000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "search_probe" ADD COLUMN "template" vector(128), ADD COLUMN "template_model_version" text`,
    );
    await q.query(
      `ALTER TABLE "search_probe" ADD CONSTRAINT "CHK_search_probe_template_version" CHECK (("template" IS NULL) = ("template_model_version" IS NULL))`,
    );
    await q.query(`ALTER TABLE "search_request" ADD COLUMN "search_failure" jsonb`);
    await q.query(`ALTER TABLE "search_request" DROP CONSTRAINT "search_request_status_check"`);
    await q.query(
      `ALTER TABLE "search_request" ADD CONSTRAINT "search_request_status_check" CHECK ("status" IN (${list([...STATUSES, 'SEARCH_FAILED'])}))`,
    );
    await q.query(
      `ALTER TABLE "search_request" ADD CONSTRAINT "CHK_search_request_failure" CHECK ("status" <> 'SEARCH_FAILED' OR "search_failure" IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // a failed search goes back to the state it failed from, as before this migration
    await q.query(
      `UPDATE "search_request" SET "status" = "search_failure"->>'from' WHERE "status" = 'SEARCH_FAILED'`,
    );
    await q.query(`ALTER TABLE "search_request" DROP CONSTRAINT "CHK_search_request_failure"`);
    await q.query(`ALTER TABLE "search_request" DROP CONSTRAINT "search_request_status_check"`);
    await q.query(
      `ALTER TABLE "search_request" ADD CONSTRAINT "search_request_status_check" CHECK ("status" IN (${list(STATUSES)}))`,
    );
    await q.query(`ALTER TABLE "search_request" DROP COLUMN "search_failure"`);
    await q.query(`ALTER TABLE "search_probe" DROP CONSTRAINT "CHK_search_probe_template_version"`);
    await q.query(`ALTER TABLE "search_probe" DROP COLUMN "template", DROP COLUMN "template_model_version"`);
  }
}

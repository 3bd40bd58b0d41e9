import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Probe provenance: where a search's probe image came from (source type, who obtained it and when,
 * from where, under which exhibit reference), stored with the request. Requests made before have
 * none: the columns are all null together, and statistics count those as NOT_RECORDED. An OTHER
 * source is described in words; no other source type carries that text.
 */
export class ProbeProvenance1764420000000 implements MigrationInterface {
  name = 'ProbeProvenance1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "search_request"
        ADD COLUMN "probe_source_type" text
          CONSTRAINT "search_request_probe_source_type" CHECK ("probe_source_type" IN
            ('CCTV', 'BODY_WORN_VIDEO', 'DOORBELL_OR_DASHCAM', 'SOCIAL_MEDIA', 'WITNESS_OR_VICTIM_PHONE', 'OTHER')),
        ADD COLUMN "probe_other_source_type" text,
        ADD COLUMN "probe_obtained_by" text,
        ADD COLUMN "probe_obtained_at" timestamptz,
        ADD COLUMN "probe_obtained_from" text,
        ADD COLUMN "probe_exhibit_reference" text,
        ADD CONSTRAINT "search_request_probe_provenance_whole" CHECK (
          ("probe_source_type" IS NULL) = ("probe_obtained_by" IS NULL)
          AND ("probe_source_type" IS NULL) = ("probe_obtained_at" IS NULL)
          AND ("probe_source_type" IS NULL) = ("probe_obtained_from" IS NULL)
          AND ("probe_source_type" IS NULL) = ("probe_exhibit_reference" IS NULL)),
        ADD CONSTRAINT "search_request_probe_other_source_type" CHECK (
          ("probe_source_type" IS NOT DISTINCT FROM 'OTHER') = ("probe_other_source_type" IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "search_request"
        DROP CONSTRAINT "search_request_probe_other_source_type",
        DROP CONSTRAINT "search_request_probe_provenance_whole",
        DROP COLUMN "probe_exhibit_reference",
        DROP COLUMN "probe_obtained_from",
        DROP COLUMN "probe_obtained_at",
        DROP COLUMN "probe_obtained_by",
        DROP COLUMN "probe_other_source_type",
        DROP COLUMN "probe_source_type"`);
  }
}

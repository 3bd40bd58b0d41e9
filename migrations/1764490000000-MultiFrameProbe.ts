import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several probe images of one unknown person (e.g. CCTV frames): the first stays in `search_probe`,
 * the others go to `search_probe_frame` (bytes, hash, face box, quality, expected hit rate and the
 * frame's own template), and `search_request.probe_fusion` records how they were fused. The
 * search template in `search_probe.template` is then the fused one, so the search itself is
 * unchanged. A purge deletes the frames with the probe.
 */
export class MultiFrameProbe1764490000000 implements MigrationInterface {
  name = 'MultiFrameProbe1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "search_probe_frame" (
        "request_id" uuid NOT NULL REFERENCES "search_request"("id"),
        "position" integer NOT NULL CHECK ("position" BETWEEN 1 AND 63),
        "mime_type" text NOT NULL,
        "bytes" bytea NOT NULL,
        "sha256" char(64) NOT NULL,
        "face_box" jsonb NOT NULL,
        "quality" jsonb NOT NULL,
        "expected_hit_rate" jsonb,
        "template" vector,
        "template_model_version" text,
        PRIMARY KEY ("request_id", "position")
      )`);
    await q.query(`ALTER TABLE "search_request" ADD COLUMN "probe_fusion" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "search_request" DROP COLUMN "probe_fusion"`);
    await q.query(`DROP TABLE "search_probe_frame"`);
  }
}

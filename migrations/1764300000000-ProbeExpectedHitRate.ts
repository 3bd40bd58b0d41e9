import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each probe's expected hit rate (how often a probe of its quality found its true mate on the
 * model's degradation ladder), the floor its force applied when the request was made, and, where
 * the force allows an authorised override of that floor, the requester's reason for asking one.
 * Each force sets its floor on the expected rank-1 rate and whether an authoriser may override it.
 */
export class ProbeExpectedHitRate1764300000000 implements MigrationInterface {
  name = 'ProbeExpectedHitRate1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "probe_hit_rate_floor" real NOT NULL DEFAULT 0.2
          CHECK ("probe_hit_rate_floor" >= 0 AND "probe_hit_rate_floor" <= 1),
        ADD COLUMN "probe_hit_rate_override_allowed" boolean NOT NULL DEFAULT false`);
    await q.query(`
      ALTER TABLE "search_request"
        ADD COLUMN "probe_expected_hit_rate" jsonb,
        ADD COLUMN "probe_hit_rate_floor" real,
        ADD COLUMN "probe_hit_rate_override_reason" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "search_request"
        DROP COLUMN "probe_hit_rate_override_reason",
        DROP COLUMN "probe_hit_rate_floor",
        DROP COLUMN "probe_expected_hit_rate"`);
    await q.query(`
      ALTER TABLE "force" DROP COLUMN "probe_hit_rate_override_allowed", DROP COLUMN "probe_hit_rate_floor"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seriousness tiers (src/policy/seriousness-tiers.ts): a force's tiers, kept as one JSON array on
 * the force (null: the default configuration, derived from its allowed offence categories and
 * floor, which is how searches were decided before); an officer's police rank; and on each search
 * request the lowest rank that may authorise it. Existing rows keep null everywhere: every force
 * keeps its behaviour, no officer is given a rank nobody recorded, and requests made before need
 * any authoriser, as they did.
 */
export class SeriousnessTiers1764450000000 implements MigrationInterface {
  name = 'SeriousnessTiers1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "seriousness_tiers" jsonb
          CONSTRAINT "force_seriousness_tiers_array" CHECK (
            "seriousness_tiers" IS NULL OR jsonb_typeof("seriousness_tiers") = 'array')`);
    await q.query(`
      ALTER TABLE "officer"
        ADD COLUMN "rank" text
          CONSTRAINT "officer_rank" CHECK ("rank" IN ('CONSTABLE', 'SERGEANT', 'INSPECTOR', 'CHIEF_INSPECTOR',
            'SUPERINTENDENT', 'CHIEF_SUPERINTENDENT', 'ASSISTANT_CHIEF_CONSTABLE', 'DEPUTY_CHIEF_CONSTABLE',
            'CHIEF_CONSTABLE'))`);
    await q.query(`
      ALTER TABLE "search_request"
        ADD COLUMN "authorisation_rank" text
          CONSTRAINT "search_request_authorisation_rank" CHECK ("authorisation_rank" IN ('INSPECTOR', 'SUPERINTENDENT'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "search_request" DROP COLUMN "authorisation_rank"`);
    await q.query(`ALTER TABLE "officer" DROP COLUMN "rank"`);
    await q.query(`ALTER TABLE "force" DROP COLUMN "seriousness_tiers"`);
  }
}

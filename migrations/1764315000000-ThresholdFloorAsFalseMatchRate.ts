import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A force's threshold floor becomes a false-match rate (1 in 1,000 or 1 in 10,000, the rates every
 * model's calibration measures) instead of a cosine. A cosine belongs to one face model: the old
 * floor of 0.6 lay below dlib-128's impostor mean (0.835), so it held nothing back, and for the
 * ArcFace-class models it would drop about a quarter of true mates. The cosine is now derived from
 * the active model's calibration when a search is planned, and recorded in its policy snapshot as
 * before. The old column is dropped: its value has no meaning for any other model.
 */
export class ThresholdFloorAsFalseMatchRate1764315000000 implements MigrationInterface {
  name = 'ThresholdFloorAsFalseMatchRate1764315000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "threshold_floor_false_match_rate" double precision NOT NULL DEFAULT 0.0001
          CHECK ("threshold_floor_false_match_rate" IN (0.001, 0.0001)),
        DROP COLUMN "threshold_floor"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "force"
        ADD COLUMN "threshold_floor" real NOT NULL DEFAULT 0.6,
        DROP COLUMN "threshold_floor_false_match_rate"`);
  }
}

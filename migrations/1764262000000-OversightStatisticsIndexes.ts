import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Oversight statistics read requests by force and submission time, and deletion requests by force
 * and receipt: without these a period's figures scan every request the force ever made.
 */
export class OversightStatisticsIndexes1764262000000 implements MigrationInterface {
  name = 'OversightStatisticsIndexes1764262000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_search_request_force_submitted" ON "search_request" ("force_id", "submitted_at")`,
    );
    await q.query(
      `CREATE INDEX "IDX_deletion_request_force_received" ON "deletion_request" ("force_id", "received_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_deletion_request_force_received"`);
    await q.query(`DROP INDEX "IDX_search_request_force_submitted"`);
  }
}

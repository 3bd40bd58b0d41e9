import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replicas' fence: one row holding the primary's WAL position (LSN) of the latest change that
 * takes something out of the searchable gallery (a deletion requested or granted, a retention
 * purge, a model switch, a sharing agreement revoked). It is written in that change's own
 * transaction, so a replica that shows the row at (or past) the value the primary shows has also
 * replayed the change; a search is served by a replica only then (src/db/replica-router.ts).
 */
export class ReplicaFence1764470000000 implements MigrationInterface {
  name = 'ReplicaFence1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "replica_fence" (
        "id" smallint PRIMARY KEY CONSTRAINT "replica_fence_one_row" CHECK ("id" = 1),
        "gallery_lsn" pg_lsn NOT NULL DEFAULT '0/0',
        "gallery_changed_at" timestamptz
      )`);
    await q.query(`INSERT INTO "replica_fence" ("id") VALUES (1)`);
    await q.query(`
      DO $$
      BEGIN
        IF to_regrole('twokey_app') IS NOT NULL THEN
          REVOKE INSERT, DELETE, TRUNCATE ON "replica_fence" FROM twokey_app;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "replica_fence"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transactional outbox for live events (review notices, request changes, officer changes).
 * `Tx.publish` writes each event here in the same transaction as the change it announces, so an
 * event exists exactly when its change committed; a relay in every instance then sends committed
 * rows (PostgreSQL: NOTIFY inside the same statement that marks them relayed; embedded: in-process)
 * and deletes relayed rows after a retention. A row with no `relayed_at` is an event nobody has
 * sent yet: a restarted instance, or any instance's periodic pass, sends it.
 *
 * Rows hold what the events carry (ids, statuses, versions, times): never images or free text.
 */
export class EventOutbox1764340000000 implements MigrationInterface {
  name = 'EventOutbox1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "event_outbox" (
        "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "id" uuid NOT NULL UNIQUE,
        "topic" text NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "relayed_at" timestamptz
      )`);
    // the relay's work list: small, as rows leave it within moments of their commit
    await q.query(`CREATE INDEX "event_outbox_pending" ON "event_outbox" ("seq") WHERE "relayed_at" IS NULL`);
    await q.query(
      `CREATE INDEX "event_outbox_relayed" ON "event_outbox" ("relayed_at") WHERE "relayed_at" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "event_outbox"`);
  }
}

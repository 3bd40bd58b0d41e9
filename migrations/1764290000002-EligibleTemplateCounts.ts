import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every search records in its policy snapshot how many templates it could have found
 * (FaceSearchRepository.eligibleCount). Counting them at search time reads every eligible template
 * (an index-only scan still visits each one: ~20 ms per 20,000 on a busy machine, so hundreds of
 * milliseconds at 500,000), more than the search itself. Instead the searchable templates are
 * counted as they change, per model version, force, under-18 flag and retention class: the count
 * of a search is then a sum over a handful of rows.
 *
 * Statement-level triggers with transition tables keep the counts in the writing transaction (a
 * bulk load of 5,000 rows is one upsert per group). Every writer of face_template writes it before
 * its audit event, so a count row is locked before the audit chain, as every other row.
 */
export class EligibleTemplateCounts1764290000002 implements MigrationInterface {
  name = 'EligibleTemplateCounts1764290000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "face_template_count" (
        "model_version" text NOT NULL,
        "force_id" uuid NOT NULL,
        "under18_at_capture" boolean NOT NULL,
        "retention_class" text NOT NULL,
        "searchable" bigint NOT NULL,
        PRIMARY KEY ("model_version", "force_id", "under18_at_capture", "retention_class")
      )`);
    const rows = (table: string, delta: number) =>
      `SELECT model_version, force_id, under18_at_capture, retention_class, ${delta} AS delta FROM ${table} WHERE searchable`;
    for (const [event, referencing, select] of [
      ['INSERT', 'NEW TABLE AS new_rows', rows('new_rows', 1)],
      ['DELETE', 'OLD TABLE AS old_rows', rows('old_rows', -1)],
      [
        'UPDATE',
        'OLD TABLE AS old_rows NEW TABLE AS new_rows',
        `${rows('new_rows', 1)} UNION ALL ${rows('old_rows', -1)}`,
      ],
    ]) {
      const fn = `face_template_count_${event.toLowerCase()}`;
      await q.query(`
        CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO face_template_count AS c (model_version, force_id, under18_at_capture, retention_class, searchable)
          SELECT d.model_version, d.force_id, d.under18_at_capture, d.retention_class, sum(d.delta) FROM (${select}) d
           GROUP BY 1, 2, 3, 4 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3, 4
          ON CONFLICT (model_version, force_id, under18_at_capture, retention_class) DO UPDATE SET searchable = c.searchable + EXCLUDED.searchable;
          RETURN NULL;
        END $$`);
      await q.query(
        `CREATE TRIGGER ${fn} AFTER ${event} ON "face_template" REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
    await q.query(`
      INSERT INTO face_template_count (model_version, force_id, under18_at_capture, retention_class, searchable)
      SELECT model_version, force_id, under18_at_capture, retention_class, count(*) FROM face_template WHERE searchable GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'delete', 'update']) {
      await q.query(`DROP TRIGGER face_template_count_${event} ON "face_template"`);
      await q.query(`DROP FUNCTION face_template_count_${event}()`);
    }
    await q.query(`DROP TABLE "face_template_count"`);
  }
}

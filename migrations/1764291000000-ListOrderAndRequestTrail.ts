import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists are read in pages by keyset (`(created_at, id) > cursor`): these indexes serve the bound
 * and the order of the long lists, so a page costs the same at the end of a list as at its start.
 *
 * And one search request's whole audit trail is one index range: the request an event concerns is
 * the id its details name, or its subject's when the subject is the request itself (or its
 * disclosure pack or lead outcome, keyed by the request). An expression index, not a column, so the
 * append-only log is never rewritten and the key stays inside what the hash chain protects. The
 * expression must stay exactly as `SEARCH_REQUEST_OF_EVENT` in src/services/audit-history.service.ts.
 */
export class ListOrderAndRequestTrail1764291000000 implements MigrationInterface {
  name = 'ListOrderAndRequestTrail1764291000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_search_request_created_id" ON "search_request" ("created_at", "id")`);
    await q.query(`CREATE INDEX "IDX_review_task_created_id" ON "review_task" ("created_at", "id")`);
    await q.query(`CREATE INDEX "IDX_case_file_created_id" ON "case_file" ("created_at", "id")`);
    await q.query(
      `CREATE INDEX "IDX_deletion_request_received_id" ON "deletion_request" ("received_at", "id")`,
    );
    await q.query(`
      CREATE INDEX "IDX_audit_event_search_request" ON "audit_event"
        ((COALESCE(details->>'searchRequestId', CASE WHEN subject_type IN ('SearchRequest', 'DisclosurePack', 'LeadOutcome') THEN subject_id END)), "seq")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_audit_event_search_request"`);
    await q.query(`DROP INDEX "IDX_deletion_request_received_id"`);
    await q.query(`DROP INDEX "IDX_case_file_created_id"`);
    await q.query(`DROP INDEX "IDX_review_task_created_id"`);
    await q.query(`DROP INDEX "IDX_search_request_created_id"`);
  }
}

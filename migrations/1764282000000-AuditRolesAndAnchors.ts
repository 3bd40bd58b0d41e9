import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service no longer needs to own what it writes, and the audit chain's head is anchored.
 *
 * Roles (PostgreSQL; see the README): migrations run as an owner role that owns every object; the
 * service runs as a login role in the group role `twokey_app`. When `twokey_app` exists, this
 * migration grants it what the service needs on every table, sequence and function, and makes
 * the same grants the default for objects the owner creates later (so tables added by later
 * migrations are covered with no further step). It then takes back every change to the audit
 * tables: on `audit_event` and `audit_anchor` the service can only SELECT (and INSERT into
 * `audit_event`); not being their owner, it cannot disable their append-only triggers either.
 * A later migration that adds a table the service must not change revokes that itself.
 *
 * Anchors: `audit_anchor` keeps (seq, hash) of the chain head at points in time. Only
 * `audit_anchor_head()` writes it, a SECURITY DEFINER function owned by the owner role that reads
 * the head from `audit_event` itself, so a caller cannot anchor a head of its own making.
 * Verification then reports an anchored event that is missing or has another hash: a deleted
 * tail or a truncated log.
 *
 * The search-index maintenance that runs while serving (a new force's per-force HNSW indexes
 * from the trigger on `force`, and the enrolment tool's index rebuild) needs table ownership, so
 * `face_search_ensure_indexes` becomes SECURITY DEFINER as well. Both functions get a fixed
 * search_path (this schema and pgvector's, then pg_temp last, so no temporary table can stand in
 * for theirs).
 *
 * Embedded PGlite has a single (superuser) role: there the grants are skipped and the anchors
 * still apply.
 */
export class AuditRolesAndAnchors1764282000000 implements MigrationInterface {
  name = 'AuditRolesAndAnchors1764282000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_anchor" (
        "id" bigserial PRIMARY KEY,
        "seq" bigint NOT NULL CHECK ("seq" > 0),
        "hash" char(64) NOT NULL,
        "anchored_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
        "anchored_by" text NOT NULL DEFAULT session_user,
        CONSTRAINT "UQ_audit_anchor_seq_hash" UNIQUE ("seq", "hash")
      )`);
    await q.query(`
      CREATE FUNCTION audit_anchor_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER audit_anchor_append_only BEFORE UPDATE OR DELETE ON "audit_anchor"
      FOR EACH ROW EXECUTE FUNCTION audit_anchor_reject_change()`);
    await q.query(`
      CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON "audit_anchor"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_reject_change()`);

    // Anchors the current head (the newest event the caller's snapshot sees) unless it already is;
    // returns the anchor of the head, and whether this call made it. Nothing when the log is empty.
    await q.query(`
      CREATE FUNCTION audit_anchor_head() RETURNS TABLE (seq bigint, hash text, anchored_at timestamptz, created boolean)
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
      BEGIN
        SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_event e ORDER BY e.seq DESC LIMIT 1;
        IF head_seq IS NULL THEN
          RETURN;
        END IF;
        INSERT INTO audit_anchor AS a (seq, hash) VALUES (head_seq, head_hash) ON CONFLICT ON CONSTRAINT "UQ_audit_anchor_seq_hash" DO NOTHING;
        created := FOUND;
        SELECT a.seq, a.hash, a.anchored_at INTO seq, hash, anchored_at FROM audit_anchor a WHERE a.seq = head_seq AND a.hash = head_hash;
        RETURN NEXT;
      END $$`);
    await q.query(`ALTER FUNCTION face_search_ensure_indexes(uuid) SECURITY DEFINER`);
    await q.query(`
      DO $$
      DECLARE
        vector_schema text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'vector');
      BEGIN
        EXECUTE format('ALTER FUNCTION audit_anchor_head() SET search_path = %I, pg_temp', current_schema());
        EXECUTE format('ALTER FUNCTION face_search_ensure_indexes(uuid) SET search_path = %I, %s, pg_temp', current_schema(), vector_schema);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION audit_anchor_head() FROM PUBLIC`);
    await q.query(`REVOKE ALL ON FUNCTION face_search_ensure_indexes(uuid) FROM PUBLIC`);

    await q.query(`
      DO $$
      DECLARE
        app CONSTANT text := 'twokey_app';
        s CONSTANT text := current_schema();
      BEGIN
        IF to_regrole(app) IS NULL THEN
          RETURN;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, app);
        EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', s, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', s, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', s, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I', s, app);
        -- the audit log grows and is read; nothing else
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app);
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_anchor FROM %I', app);
        EXECUTE format('REVOKE ALL ON SEQUENCE audit_anchor_id_seq FROM %I', app);
        -- what the migrations wrote is theirs alone
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON template_space FROM %I', app);
        IF to_regclass('migrations') IS NOT NULL THEN
          EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM %I', app);
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE
        app CONSTANT text := 'twokey_app';
        s CONSTANT text := current_schema();
      BEGIN
        IF to_regrole(app) IS NULL THEN
          RETURN;
        END IF;
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM %I', s, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM %I', s, app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON FUNCTIONS FROM %I', s, app);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, app);
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', s, app);
        EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %I FROM %I', s, app);
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', s, app);
      END $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION face_search_ensure_indexes(uuid) TO PUBLIC`);
    await q.query(`ALTER FUNCTION face_search_ensure_indexes(uuid) RESET search_path`);
    await q.query(`ALTER FUNCTION face_search_ensure_indexes(uuid) SECURITY INVOKER`);
    await q.query(`DROP FUNCTION audit_anchor_head()`);
    await q.query(`DROP TABLE "audit_anchor"`);
    await q.query(`DROP FUNCTION audit_anchor_reject_change()`);
  }
}

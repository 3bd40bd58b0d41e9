import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Template length becomes a property of the model version instead of the table: face models now
 * make 128-, 192- or 512-d templates (FACE_MODEL), and templates of different model versions are
 * never compared anyway.
 *
 * - `face_template.embedding`, `search_probe.template` and `template_space.mean` lose their fixed
 *   `vector(128)`; `template_space.dimension` records each model version's length, and an insert
 *   of a template whose model version has a template space must have that length (trigger).
 * - A template space's centre function and HNSW indexes use `halfvec(<its dimension>)` (HNSW needs
 *   a fixed length per index; each index is partial on one model version, so each has one).
 *
 * Changing the column types rebuilds the existing HNSW indexes once (they are expression indexes,
 * which PostgreSQL does not carry over a type change): quick on a development gallery, a
 * maintenance window on a large one.
 */
export class TemplateDimensionPerModel1764310000000 implements MigrationInterface {
  name = 'TemplateDimensionPerModel1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "template_space" ADD COLUMN "dimension" integer`);
    await q.query(`UPDATE "template_space" SET "dimension" = vector_dims("mean")`);
    await q.query(
      `ALTER TABLE "template_space" ALTER COLUMN "dimension" SET NOT NULL, ADD CONSTRAINT "template_space_dimension" CHECK ("dimension" BETWEEN 1 AND 4000 AND vector_dims("mean") = "dimension")`,
    );
    await q.query(`ALTER TABLE "template_space" ALTER COLUMN "mean" TYPE vector`);
    await q.query(`ALTER TABLE "face_template" ALTER COLUMN "embedding" TYPE vector`);
    await q.query(`ALTER TABLE "search_probe" ALTER COLUMN "template" TYPE vector`);

    await q.query(`
      CREATE OR REPLACE FUNCTION face_search_ensure_indexes(only_force uuid DEFAULT NULL) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE
        s record;
        f record;
        index_name text;
        key text;
      BEGIN
        FOR s IN SELECT model_version, centre_function, dimension FROM template_space ORDER BY id LOOP
          key := format('(%I(embedding)::halfvec(%s)) halfvec_cosine_ops', s.centre_function, s.dimension);
          index_name := s.centre_function || '_all';
          IF only_force IS NULL AND to_regclass(index_name) IS NULL THEN
            EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L',
                           index_name, key, s.model_version);
          END IF;
          FOR f IN SELECT id FROM force WHERE only_force IS NULL OR id = only_force ORDER BY code LOOP
            index_name := s.centre_function || '_' || replace(f.id::text, '-', '');
            IF to_regclass(index_name) IS NULL THEN
              EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L AND force_id = %L',
                             index_name, key, s.model_version, f.id);
            END IF;
          END LOOP;
        END LOOP;
      END $$`);
    await this.fixSearchPath(q);

    await q.query(`
      CREATE OR REPLACE FUNCTION face_search_register_model(p_model_version text, p_mean vector, p_reference text) RETURNS text
      LANGUAGE plpgsql AS $$
      DECLARE
        fn text := 'face_centre_' || nextval(pg_get_serial_sequence('template_space', 'id'));
        dims integer := vector_dims(p_mean);
      BEGIN
        IF dims > 4000 THEN
          RAISE EXCEPTION 'template space mean has % dimensions; HNSW on halfvec takes at most 4000', dims;
        END IF;
        EXECUTE format('CREATE FUNCTION %I(v vector) RETURNS halfvec LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN l2_normalize(v - %L::vector)::halfvec(%s)',
                       fn, p_mean::text, dims);
        INSERT INTO template_space (id, model_version, mean, reference, centre_function, dimension)
        VALUES (substring(fn FROM '[0-9]+$')::int, p_model_version, p_mean, p_reference, fn, dims);
        PERFORM face_search_ensure_indexes();
        RETURN fn;
      END $$`);

    // a template's length must be its model version's (when that version has a template space)
    await q.query(`
      CREATE FUNCTION face_template_dimension_check() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        expected integer := (SELECT dimension FROM template_space WHERE model_version = NEW.model_version);
      BEGIN
        IF expected IS NOT NULL AND vector_dims(NEW.embedding) <> expected THEN
          RAISE EXCEPTION 'template of model version % has % dimensions, not %', NEW.model_version, vector_dims(NEW.embedding), expected;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER "face_template_dimension" BEFORE INSERT OR UPDATE OF embedding, model_version ON "face_template" FOR EACH ROW EXECUTE FUNCTION face_template_dimension_check()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "face_template_dimension" ON "face_template"`);
    await q.query(`DROP FUNCTION face_template_dimension_check()`);
    const wide: Array<{ n: number }> = await q.query(
      `SELECT count(*)::int AS n FROM template_space WHERE dimension <> 128`,
    );
    if (wide[0].n > 0)
      throw new Error('template spaces of other dimensions than 128 exist; remove them first');
    await q.query(`
      CREATE OR REPLACE FUNCTION face_search_register_model(p_model_version text, p_mean vector, p_reference text) RETURNS text
      LANGUAGE plpgsql AS $$
      DECLARE
        fn text := 'face_centre_' || nextval(pg_get_serial_sequence('template_space', 'id'));
      BEGIN
        IF vector_dims(p_mean) <> 128 THEN
          RAISE EXCEPTION 'template space mean must have 128 dimensions, not %', vector_dims(p_mean);
        END IF;
        EXECUTE format('CREATE FUNCTION %I(v vector) RETURNS halfvec LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN l2_normalize(v - %L::vector)::halfvec(128)',
                       fn, p_mean::text);
        INSERT INTO template_space (id, model_version, mean, reference, centre_function)
        VALUES (substring(fn FROM '[0-9]+$')::int, p_model_version, p_mean, p_reference, fn);
        PERFORM face_search_ensure_indexes();
        RETURN fn;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION face_search_ensure_indexes(only_force uuid DEFAULT NULL) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE
        s record;
        f record;
        index_name text;
        key text;
      BEGIN
        FOR s IN SELECT model_version, centre_function FROM template_space ORDER BY id LOOP
          key := format('(%I(embedding)::halfvec(128)) halfvec_cosine_ops', s.centre_function);
          index_name := s.centre_function || '_all';
          IF only_force IS NULL AND to_regclass(index_name) IS NULL THEN
            EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L',
                           index_name, key, s.model_version);
          END IF;
          FOR f IN SELECT id FROM force WHERE only_force IS NULL OR id = only_force ORDER BY code LOOP
            index_name := s.centre_function || '_' || replace(f.id::text, '-', '');
            IF to_regclass(index_name) IS NULL THEN
              EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L AND force_id = %L',
                             index_name, key, s.model_version, f.id);
            END IF;
          END LOOP;
        END LOOP;
      END $$`);
    await this.fixSearchPath(q);
    await q.query(`ALTER TABLE "search_probe" ALTER COLUMN "template" TYPE vector(128)`);
    await q.query(`ALTER TABLE "face_template" ALTER COLUMN "embedding" TYPE vector(128)`);
    await q.query(`ALTER TABLE "template_space" ALTER COLUMN "mean" TYPE vector(128)`);
    await q.query(`ALTER TABLE "template_space" DROP CONSTRAINT "template_space_dimension"`);
    await q.query(`ALTER TABLE "template_space" DROP COLUMN "dimension"`);
  }

  /** CREATE OR REPLACE resets a function's settings: the fixed search_path of 1764282000000 again. */
  private async fixSearchPath(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE
        vector_schema text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'vector');
      BEGIN
        EXECUTE format('ALTER FUNCTION face_search_ensure_indexes(uuid) SET search_path = %I, %s, pg_temp', current_schema(), vector_schema);
      END $$`);
  }
}

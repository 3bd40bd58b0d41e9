import { MigrationInterface, QueryRunner } from 'typeorm';
import { FACEAPI128_SPACE } from './1764270000000-CentredTemplateSearch';
import { FACEPLUGIN512_SPACE } from './1764310000001-FacepluginTemplateSpace';
import { CURRENT as FACEPLUGIN512_PRELU_REWRITE } from './1764320000000-FacepluginPreluRewriteTemplateSpace';

/**
 * Plain HNSW on the raw template replaces the centred key (bench/SEARCH-DESIGN.md): with the
 * default model's templates (impostor cosines around 0, a mean of norm 0.08) centring moved keys by
 * a few percent and found nothing plain HNSW did not. A template space is now a model version and
 * its dimension; its indexes are HNSW m 32 / ef_construction 200 on `embedding::halfvec(<dimension>)`
 * with cosine ops: `face_search_<id>_all` over all forces and `face_search_<id>_<force id hex>` per
 * force. The search re-scores on the full-precision cosine, as before.
 *
 * The new indexes are built before the centred ones are dropped, so searches keep an index
 * throughout. On a large gallery this is a maintenance task: give the owner role enough
 * `maintenance_work_mem` (2 GB or more at 500,000 templates, so each build stays in memory) and
 * `max_parallel_maintenance_workers` before running it.
 */
export class PlainHnswSearch1764370000000 implements MigrationInterface {
  name = 'PlainHnswSearch1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION face_search_ensure_indexes(only_force uuid DEFAULT NULL) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE
        s record;
        f record;
        index_name text;
        key text;
      BEGIN
        FOR s IN SELECT id, model_version, dimension FROM template_space ORDER BY id LOOP
          key := format('(embedding::halfvec(%s)) halfvec_cosine_ops', s.dimension);
          index_name := 'face_search_' || s.id || '_all';
          IF only_force IS NULL AND to_regclass(index_name) IS NULL THEN
            EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L',
                           index_name, key, s.model_version);
          END IF;
          FOR f IN SELECT id FROM force WHERE only_force IS NULL OR id = only_force ORDER BY code LOOP
            index_name := 'face_search_' || s.id || '_' || replace(f.id::text, '-', '');
            IF to_regclass(index_name) IS NULL THEN
              EXECUTE format('CREATE INDEX %I ON face_template USING hnsw (%s) WITH (m = 32, ef_construction = 200) WHERE model_version = %L AND force_id = %L',
                             index_name, key, s.model_version, f.id);
            END IF;
          END LOOP;
        END LOOP;
      END $$`);
    await fixSearchPath(q);
    await q.query(`SELECT face_search_ensure_indexes()`);

    // only now the centred indexes and their functions (no CASCADE: anything else built on a
    // centre function should stop the migration, not vanish with it)
    await dropIndexes(q, '^face_centre_[0-9]+_[0-9a-z]+$');
    const functions: Array<{ name: string }> = await q.query(
      `SELECT proname AS name FROM pg_proc WHERE proname ~ '^face_centre_[0-9]+$' AND pronamespace = current_schema()::regnamespace ORDER BY proname`,
    );
    for (const f of functions) await q.query(`DROP FUNCTION "${f.name}"(vector)`);

    await q.query(`DROP FUNCTION face_search_register_model(text, vector, text)`);
    await q.query(`
      CREATE FUNCTION face_search_register_model(p_model_version text, p_dimension integer, p_reference text) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        space_id integer;
      BEGIN
        IF p_dimension IS NULL OR p_dimension NOT BETWEEN 1 AND 4000 THEN
          RAISE EXCEPTION 'a template space needs 1 to 4000 dimensions (HNSW on halfvec), not %', p_dimension;
        END IF;
        INSERT INTO template_space (model_version, dimension, reference)
        VALUES (p_model_version, p_dimension, p_reference) RETURNING id INTO space_id;
        PERFORM face_search_ensure_indexes();
        RETURN space_id;
      END $$`);

    await q.query(
      `ALTER TABLE "template_space" DROP CONSTRAINT "template_space_dimension", ADD CONSTRAINT "template_space_dimension" CHECK ("dimension" BETWEEN 1 AND 4000)`,
    );
    await q.query(`ALTER TABLE "template_space" DROP COLUMN "centre_function", DROP COLUMN "mean"`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The centred design needs each space's mean again: the recorded one of a shipped model
    // version, else the mean of its stored templates; a space with neither cannot go back.
    const known = new Map<string, number[]>([
      [FACEAPI128_SPACE.modelVersion, FACEAPI128_SPACE.mean],
      [FACEPLUGIN512_SPACE.modelVersion, FACEPLUGIN512_SPACE.mean],
      [FACEPLUGIN512_PRELU_REWRITE, FACEPLUGIN512_SPACE.mean],
    ]);
    const spaces: Array<{ id: number; model_version: string; dimension: number }> = await q.query(
      `SELECT id, model_version, dimension FROM template_space ORDER BY id`,
    );
    const means = new Map<number, string>();
    for (const s of spaces) {
      const recorded = known.get(s.model_version);
      if (recorded && recorded.length === s.dimension) {
        means.set(s.id, `[${recorded.join(',')}]`);
        continue;
      }
      const [row] = await q.query(
        `SELECT avg(embedding)::text AS mean FROM face_template WHERE model_version = $1`,
        [s.model_version],
      );
      if (!row?.mean)
        throw new Error(
          `template space of ${s.model_version} has no recorded mean and no templates to take one from; remove it first`,
        );
      means.set(s.id, row.mean);
    }

    await q.query(`ALTER TABLE "template_space" ADD COLUMN "mean" vector, ADD COLUMN "centre_function" text`);
    for (const s of spaces) {
      const fn = `face_centre_${s.id}`;
      await q.query(`UPDATE template_space SET mean = $2::vector, centre_function = $3 WHERE id = $1`, [
        s.id,
        means.get(s.id),
        fn,
      ]);
      await q.query(
        `CREATE FUNCTION "${fn}"(v vector) RETURNS halfvec LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN l2_normalize(v - '${means.get(s.id)}'::vector)::halfvec(${Number(s.dimension)})`,
      );
    }
    await q.query(
      `ALTER TABLE "template_space" ALTER COLUMN "mean" SET NOT NULL, ALTER COLUMN "centre_function" SET NOT NULL,
         ADD CONSTRAINT "template_space_centre_function_key" UNIQUE ("centre_function"),
         ADD CONSTRAINT "template_space_centre_function_check" CHECK ("centre_function" ~ '^face_centre_[0-9]+$'),
         DROP CONSTRAINT "template_space_dimension",
         ADD CONSTRAINT "template_space_dimension" CHECK ("dimension" BETWEEN 1 AND 4000 AND vector_dims("mean") = "dimension")`,
    );

    await q.query(`DROP FUNCTION face_search_register_model(text, integer, text)`);
    await q.query(`
      CREATE FUNCTION face_search_register_model(p_model_version text, p_mean vector, p_reference text) RETURNS text
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
    await fixSearchPath(q);
    await q.query(`SELECT face_search_ensure_indexes()`);
    await dropIndexes(q, '^face_search_[0-9]+_[0-9a-z]+$');
  }
}

async function dropIndexes(q: QueryRunner, pattern: string): Promise<void> {
  const rows: Array<{ indexname: string }> = await q.query(
    `SELECT indexname FROM pg_indexes WHERE tablename = 'face_template' AND indexname ~ $1 ORDER BY indexname`,
    [pattern],
  );
  for (const { indexname } of rows) await q.query(`DROP INDEX "${indexname}"`);
}

/** CREATE OR REPLACE resets a function's settings: the fixed search_path of 1764282000000 again. */
async function fixSearchPath(q: QueryRunner): Promise<void> {
  await q.query(`
    DO $$
    DECLARE
      vector_schema text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'vector');
    BEGIN
      EXECUTE format('ALTER FUNCTION face_search_ensure_indexes(uuid) SET search_path = %I, %s, pg_temp', current_schema(), vector_schema);
    END $$`);
}

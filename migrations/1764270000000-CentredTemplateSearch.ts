import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The active model's template space. Its mean is that of the 1,634 L2-normalised templates the
 * pipeline makes of the project's evaluation face set (one aggregate, no person's template; the
 * research found 30 templates already enough). Only the shortlist depends on it, never a score.
 */
export const FACEAPI128_SPACE = {
  modelVersion: 'faceapi-recognition128@c45d94d308792502',
  reference:
    'mean of 1634 templates of the LFW development set, pipeline faceapi-recognition128@c45d94d308792502',
  mean: [
    -0.066204, 0.063286, 0.039381, -0.032463, -0.066239, -0.012856, -0.013174, -0.074208, 0.100682, -0.045883,
    0.135325, -0.023685, -0.170869, -0.02799, -0.01969, 0.085894, -0.108072, -0.085464, -0.085826, -0.057597,
    0.009077, 0.026278, 0.022417, 0.014063, -0.094324, -0.211425, -0.048365, -0.06222, 0.035446, -0.06116,
    0.007832, 0.036, -0.126397, -0.042629, 0.020914, 0.048609, -0.035866, -0.046895, 0.143584, 0.007377,
    -0.117408, 0.010704, 0.034709, 0.172581, 0.142411, 0.00728, 0.016391, -0.050834, 0.080901, -0.182413,
    0.034928, 0.104481, 0.080824, 0.056045, 0.057066, -0.10181, 0.016402, 0.093267, -0.127159, 0.04945,
    0.049746, -0.064831, -0.02482, -0.027213, 0.113722, 0.061524, -0.067719, -0.097969, 0.113493, -0.096719,
    -0.032239, 0.054475, -0.065932, -0.113949, -0.185092, 0.028793, 0.265234, 0.089187, -0.122624, 0.01007,
    -0.051634, -0.01294, 0.024132, 0.026026, -0.054372, -0.03255, -0.062612, 0.013406, 0.133196, -0.016891,
    -0.015665, 0.150734, 0.00598, -0.005077, 0.027934, 0.036151, -0.084056, -0.005548, -0.078508, -0.009875,
    0.031763, -0.070824, 0.008939, 0.060851, -0.12187, 0.115509, -0.016735, -0.017327, -0.006831, -0.01681,
    -0.057003, -0.000852, 0.121489, -0.172876, 0.146513, 0.122018, 0.001082, 0.09675, 0.047986, 0.04417,
    -0.001131, -0.000632, -0.089886, -0.073469, 0.022124, -0.018977, 0.017332, 0.024774,
  ],
};

/**
 * Replaces the plain HNSW index on raw templates, which could not reach the exact scan's answers at a
 * useful speed at 500,000 faces (face templates' similarities are concentrated), with the design
 * measured in bench/gallery-search (see its RESULTS.md):
 *
 * - a *template space* per model version: the mean of that model's templates, and an IMMUTABLE SQL
 *   function `face_centre_<n>(v) = l2_normalize(v - mean)::halfvec(128)` that keys the indexes;
 * - HNSW m 32 / ef_construction 200 on the centred key: one index per model version over all forces
 *   (`face_centre_<n>_all`) and one partial index per force (`face_centre_<n>_<force id hex>`), so a
 *   one-force search never post-filters the whole national index;
 * - the search (src/db/face-search.repository.ts) uses the index only for a shortlist and re-ranks
 *   it on the original full-precision cosine, so scores and thresholds never depend on the mean.
 *
 * A force added later gets its partial indexes from a trigger (instant while its gallery is empty).
 * A new model version is registered with `face_search_register_model` (a new migration). A better
 * mean for an existing version means a new function and new indexes, never a replaced function
 * body: the indexes would silently keep keys made with the old mean.
 */
export class CentredTemplateSearch1764270000000 implements MigrationInterface {
  name = 'CentredTemplateSearch1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "template_space" (
        "id" serial PRIMARY KEY,
        "model_version" text NOT NULL UNIQUE,
        "mean" vector(128) NOT NULL,
        "reference" text NOT NULL,
        "centre_function" text NOT NULL UNIQUE CHECK ("centre_function" ~ '^face_centre_[0-9]+$'),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);

    // Creates the missing global and per-force indexes of every template space (or of one force).
    await q.query(`
      CREATE FUNCTION face_search_ensure_indexes(only_force uuid DEFAULT NULL) RETURNS void
      LANGUAGE plpgsql AS $$
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

    await q.query(`
      CREATE FUNCTION face_search_register_model(p_model_version text, p_mean vector, p_reference text) RETURNS text
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
      CREATE FUNCTION face_search_force_added() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM face_search_ensure_indexes(NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER "force_search_indexes" AFTER INSERT ON "force" FOR EACH ROW EXECUTE FUNCTION face_search_force_added()`,
    );

    // A granted deletion's rows are gone for every query at commit, but their bytes stay in dead
    // tuples, and the template's centred copy in every HNSW index, until VACUUM. Let autovacuum take
    // these tables as soon as they hold any dead row (deletions are rare; PGlite runs no autovacuum).
    for (const table of ['face_template', 'custody_image_blob', 'derived_image']) {
      await q.query(
        `ALTER TABLE "${table}" SET (autovacuum_vacuum_threshold = 0, autovacuum_vacuum_scale_factor = 0)`,
      );
    }
    await q.query(`DROP INDEX "face_template_embedding_hnsw"`);
    const space = FACEAPI128_SPACE;
    await q.query(`SELECT face_search_register_model($1, $2::vector, $3)`, [
      space.modelVersion,
      `[${space.mean.join(',')}]`,
      space.reference,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "force_search_indexes" ON "force"`);
    await q.query(`DROP FUNCTION face_search_force_added()`);
    await q.query(`DROP FUNCTION face_search_register_model(text, vector, text)`);
    await q.query(`DROP FUNCTION face_search_ensure_indexes(uuid)`);
    const spaces: Array<{ centre_function: string }> = await q.query(
      `SELECT centre_function FROM template_space`,
    );
    // CASCADE: each function's global and per-force indexes depend on it.
    for (const s of spaces) await q.query(`DROP FUNCTION "${s.centre_function}"(vector) CASCADE`);
    await q.query(`DROP TABLE "template_space"`);
    for (const table of ['face_template', 'custody_image_blob', 'derived_image']) {
      await q.query(
        `ALTER TABLE "${table}" RESET (autovacuum_vacuum_threshold, autovacuum_vacuum_scale_factor)`,
      );
    }
    await q.query(
      `CREATE INDEX "face_template_embedding_hnsw" ON "face_template" USING hnsw ("embedding" vector_cosine_ops) WITH (m = 16, ef_construction = 128)`,
    );
  }
}

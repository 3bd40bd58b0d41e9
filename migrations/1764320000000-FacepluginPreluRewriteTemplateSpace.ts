import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * faceplugin-arcface-512's ONNX file was rebuilt with each PRelu written as Relu and two 1 x 1
 * depthwise Convs (scripts/models/lib/onnx-rewrite.ts), which ONNX Runtime runs more than twice as
 * fast. The file's hash is part of the model version, so the version changed, although the
 * network computes exactly the same values: its templates of the LFW development set are bit for
 * bit those of the previous version. The new version gets the same template space: the mean that
 * 1764310000001-FacepluginTemplateSpace.ts registered, copied row to row so that it cannot differ.
 */
const PREVIOUS = 'faceplugin-arcface-512@69e7f220c749c345';
export const CURRENT = 'faceplugin-arcface-512@98acff0c9c6e6978';

export class FacepluginPreluRewriteTemplateSpace1764320000000 implements MigrationInterface {
  name = 'FacepluginPreluRewriteTemplateSpace1764320000000';

  async up(q: QueryRunner): Promise<void> {
    const [previous] = await q.query(
      `SELECT mean::text AS mean FROM template_space WHERE model_version = $1`,
      [PREVIOUS],
    );
    if (!previous) throw new Error(`no template space registered for ${PREVIOUS}`);
    await q.query(`SELECT face_search_register_model($1, $2::vector, $3)`, [
      CURRENT,
      previous.mean,
      `mean of 1634 templates of the LFW development set, pipeline ${PREVIOUS}, whose templates ${CURRENT} repeats exactly`,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    // (a DELETE's result is [rows, count], so the name is read first)
    const [row] = await q.query(`SELECT centre_function FROM template_space WHERE model_version = $1`, [
      CURRENT,
    ]);
    await q.query(`DELETE FROM template_space WHERE model_version = $1`, [CURRENT]);
    // CASCADE: the function's global and per-force indexes depend on it
    if (row?.centre_function) await q.query(`DROP FUNCTION "${row.centre_function}"(vector) CASCADE`);
  }
}

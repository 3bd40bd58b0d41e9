import type { EntityManager } from 'typeorm';

/**
 * Makes a gallery large quickly: `times` copies of each of the given custody images (row, stored
 * bytes and every template), each copy with its own id and hash, as if the same photographs had
 * been enrolled again. The copies' ids are derived from the source id and the copy number.
 */
export async function copyCustodyImages(
  manager: EntityManager,
  imageIds: string[],
  times: number,
): Promise<number> {
  const copy = `md5(src.id::text || '/' || n)::uuid`;
  await manager.query(
    `INSERT INTO custody_image (id, force_id, subject_id, custody_reference, captured_at, retention_class, under18_at_capture, age_band, review_due_at, status, image_sha256, enrolled_by_id)
     SELECT ${copy}, force_id, subject_id, custody_reference || '/C' || n, captured_at, retention_class, under18_at_capture, age_band, review_due_at, status,
            encode(sha256((src.id::text || '/' || n)::bytea), 'hex'), enrolled_by_id
       FROM custody_image src, generate_series(1, $2) n WHERE src.id = ANY($1::uuid[])`,
    [imageIds, times],
  );
  await manager.query(
    `INSERT INTO custody_image_blob (image_id, mime_type, bytes)
     SELECT md5(src.image_id::text || '/' || n)::uuid, mime_type, bytes FROM custody_image_blob src, generate_series(1, $2) n WHERE src.image_id = ANY($1::uuid[])`,
    [imageIds, times],
  );
  await manager.query(
    `INSERT INTO face_template (image_id, force_id, model_version, embedding, retention_class, under18_at_capture, searchable, quality, box, landmarks)
     SELECT md5(src.image_id::text || '/' || n)::uuid, force_id, model_version, embedding, retention_class, under18_at_capture, searchable, quality, box, landmarks
       FROM face_template src, generate_series(1, $2) n WHERE src.image_id = ANY($1::uuid[])`,
    [imageIds, times],
  );
  return imageIds.length * times;
}

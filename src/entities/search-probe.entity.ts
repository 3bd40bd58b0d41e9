import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The probe image of a search request, kept so reviewers can compare it with the candidates and the
 * disclosure pack can include it. Its own table so that request lists never load the bytes; never
 * logged, never in an audit event.
 */
@Entity('search_probe')
export class SearchProbe {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Which face of a photo with several was used (the requester's index, or the only usable one); null: the only face. */
  @Column({ name: 'face_index', type: 'int', nullable: true })
  faceIndex: number | null;

  @Column({ name: 'face_box', type: 'jsonb' })
  faceBox: Record<string, number>;

  /**
   * The chosen face's template, made when the request was created, and the model version that made
   * it: the search uses it instead of analysing the image again. Written and read only through
   * src/db/face-search.repository.ts (never loaded with the entity).
   */
  @Column({ type: 'vector', nullable: true, select: false })
  template: string | null;

  @Column({ name: 'template_model_version', type: 'text', nullable: true, select: false })
  templateModelVersion: string | null;
}

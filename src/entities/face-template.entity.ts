import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { RetentionClass } from './gallery.enums';

/**
 * The face templates of one custody image (one per model version), in their own table so the HNSW index and the search
 * stay away from everything else. Eligibility columns are copied from the image so that a filtered
 * search is one index scan; src/db/face-search.repository.ts keeps them in step and owns all
 * vector SQL. The vector index itself exists only in migrations.
 */
@Entity('face_template')
export class FaceTemplate {
  @PrimaryColumn({ name: 'image_id', type: 'uuid' })
  imageId: string;

  @Index()
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** Templates of different model versions are never compared; an image has at most one per version. */
  @PrimaryColumn({ name: 'model_version', type: 'text' })
  modelVersion: string;

  /** Its length is the model version's (128 for dlib-128, 512 for faceplugin-arcface-512, ...). */
  @Column({ type: 'vector' })
  embedding: string;

  @Column({ name: 'retention_class', type: 'text' })
  retentionClass: RetentionClass;

  @Column({ name: 'under18_at_capture', type: 'boolean' })
  under18AtCapture: boolean;

  /** False while a deletion request is pending: never searched. */
  @Column({ type: 'boolean', default: true })
  searchable: boolean;

  @Column({ type: 'jsonb' })
  quality: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  box: Record<string, number>;

  @Column({ type: 'jsonb' })
  landmarks: Array<[number, number]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

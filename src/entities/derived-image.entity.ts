import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Any copy made from a custody image (e.g. a candidate thumbnail for reviewers). Kept in one place
 * so that a deletion can reach every copy.
 */
@Entity('derived_image')
export class DerivedImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'image_id', type: 'uuid' })
  imageId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

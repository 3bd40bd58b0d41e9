import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An image sent to POST /uploads, waiting for the mutation that uses it. Only its uploader may use
 * it; it is deleted when used and, unused, once `expiresAt` has passed.
 */
@Entity('image_upload')
export class ImageUpload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('image_upload_officer')
  @Column({ name: 'officer_id', type: 'uuid' })
  officerId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'byte_count', type: 'integer' })
  byteCount: number;

  @Column({ type: 'bytea', select: false })
  bytes: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index('image_upload_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

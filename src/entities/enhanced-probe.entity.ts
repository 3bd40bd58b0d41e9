import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The enhanced copy of a request's probe: the result of its recorded enhancement steps
 * (probe_enhancement_step), the image its search runs on. The original stays in search_probe, and
 * both hashes are kept here. Its own table so request lists never load the bytes; never logged,
 * never in an audit event; deleted with the probe by a purge.
 */
@Entity('enhanced_probe')
export class EnhancedProbe {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The hash of the original probe (search_probe.sha256) the steps started from. */
  @Column({ name: 'original_sha256', type: 'char', length: 64 })
  originalSha256: string;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  /** Which face of the result was used when it shows several; null: the only face. */
  @Column({ name: 'face_index', type: 'int', nullable: true })
  faceIndex: number | null;

  @Column({ name: 'face_box', type: 'jsonb' })
  faceBox: Record<string, number>;

  @Column({ name: 'step_count', type: 'int' })
  stepCount: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProbeExpectedHitRate, ProbeQuality } from './search-request.entity';

/**
 * An additional probe image of a search request (e.g. another CCTV frame of the same unknown
 * person): the first probe image stays in search_probe, frames 1..N-1 are here. Each was analysed
 * once when the request was created; the request's search template (search_probe.template) is the
 * fusion of all of them (src/services/probe-fusion.ts). Never logged, never in an audit event;
 * deleted with the probe by a purge.
 */
@Entity('search_probe_frame')
export class SearchProbeFrame {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** Its index among the request's probe images (0 is the first probe image, in search_probe). */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'face_box', type: 'jsonb' })
  faceBox: Record<string, number>;

  @Column({ type: 'jsonb' })
  quality: ProbeQuality;

  @Column({ name: 'expected_hit_rate', type: 'jsonb', nullable: true })
  expectedHitRate: ProbeExpectedHitRate | null;

  /** This frame's own template and the model version that made it (never loaded with the entity). */
  @Column({ type: 'vector', nullable: true, select: false })
  template: string | null;

  @Column({ name: 'template_model_version', type: 'text', nullable: true, select: false })
  templateModelVersion: string | null;
}

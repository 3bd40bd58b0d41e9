import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One step of a probe's enhancement, in the order applied: an operation of the allow-list
 * (src/services/probe-enhancement.operations.ts) with its parameters, who applied it and when, and
 * the hashes of the image before and after it. Append-only; no image data, so a purge keeps it.
 */
@Entity('probe_enhancement_step')
export class ProbeEnhancementStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** 1, 2, …: the order the steps were applied in, over every enhancement of the request. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'jsonb' })
  parameters: Record<string, number | string>;

  @Column({ name: 'applied_by_id', type: 'uuid' })
  appliedById: string;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;

  @Column({ name: 'input_sha256', type: 'char', length: 64 })
  inputSha256: string;

  @Column({ name: 'output_sha256', type: 'char', length: 64 })
  outputSha256: string;
}

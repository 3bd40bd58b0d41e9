import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction } from './audit-actions';

/**
 * One row of the append-only, hash-chained audit log. Written only by src/audit through the
 * caller's transaction; a trigger rejects UPDATE, DELETE and TRUNCATE. Never holds images,
 * templates or tokens.
 */
@Entity('audit_event')
@Index(['forceId', 'occurredAt'])
@Index(['subjectType', 'subjectId'])
export class AuditEvent {
  /** Gapless position in the chain, starting at 1. */
  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Column({ type: 'uuid', unique: true })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_officer_id', type: 'uuid', nullable: true })
  actorOfficerId: string | null;

  @Column({ name: 'actor_force_id', type: 'uuid', nullable: true })
  actorForceId: string | null;

  /** One of AUDIT_ACTIONS (stored as its name). */
  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  /** The force whose data the event concerns (oversight scopes by it). */
  @Column({ name: 'force_id', type: 'uuid', nullable: true })
  forceId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

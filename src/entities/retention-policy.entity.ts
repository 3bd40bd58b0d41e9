import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How long a force keeps what a search made from its probe (the probe image and template, any
 * copies derived from the probe, the candidate list and the review decisions) once it is no longer
 * needed. One period per event; the purge covers every probe-derived byte of the request at once.
 * A force without a row keeps the defaults (RETENTION_DEFAULT_DAYS).
 */
@Entity('force_retention_policy')
export class ForceRetentionPolicy {
  @PrimaryColumn({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** Days after an outcome of NO_VIABLE_CANDIDATE (agreed or adjudicated). */
  @Column({ name: 'after_no_viable_candidate_days', type: 'int' })
  afterNoViableCandidateDays: number;

  /** Days after the request's case is closed, whatever the outcome. */
  @Column({ name: 'after_case_closure_days', type: 'int' })
  afterCaseClosureDays: number;

  /** Days after a hold for proceedings is released or reaches its review date. */
  @Column({ name: 'after_hold_days', type: 'int' })
  afterHoldDays: number;

  @Column({ name: 'updated_by_id', type: 'uuid' })
  updatedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Periods a force keeps until its admin sets its own. */
export const RETENTION_DEFAULT_DAYS = {
  afterNoViableCandidateDays: 90,
  afterCaseClosureDays: 365,
  afterHoldDays: 30,
} as const;

/** The longest period accepted: ten years (longer is what a hold for proceedings is for). */
export const RETENTION_MAX_DAYS = 3653;

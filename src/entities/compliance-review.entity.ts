import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ComplianceCriterion,
  ComplianceFindingResult,
  ComplianceReviewStatus,
  ComplianceSampleRule,
} from './compliance.enums';
import type { SearchRequestStatus } from './search.enums';

/** One criterion's finding: MET, NOT_MET (a note says why) or NOT_APPLICABLE. */
export interface ComplianceFinding {
  criterion: ComplianceCriterion;
  result: ComplianceFindingResult;
  note: string | null;
}

/**
 * The compliance review of one completed search: one row per search that reached an outcome,
 * whether or not it was drawn for review, with the draw and the rate that decided it, so that the
 * sample is auditable. A drawn one is queued for a supervisor of the force who took no part in the
 * search, due a configured number of days after it was queued.
 */
@Entity('compliance_review')
@Index(['forceId', 'status'])
export class ComplianceReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  status: ComplianceReviewStatus;

  /** The request's status when its outcome was reached (CONFIRMED, NO_VIABLE_CANDIDATE, ADJUDICATED). */
  @Column({ name: 'search_status', type: 'text' })
  searchStatus: SearchRequestStatus;

  /** Who recorded the outcome (the second reviewer, the adjudicator; null: the system). */
  @Column({ name: 'outcome_recorded_by_id', type: 'uuid', nullable: true })
  outcomeRecordedById: string | null;

  @Column({ type: 'boolean' })
  sampled: boolean;

  /** The force's rate when the search completed, never below the floor. */
  @Column({ name: 'sample_rate', type: 'double precision' })
  sampleRate: number;

  /** The search's draw in [0, 1): from a hash of its id, so anyone can recompute it. */
  @Column({ name: 'sample_draw', type: 'double precision' })
  sampleDraw: number;

  @Column({ name: 'sample_rule', type: 'text' })
  sampleRule: ComplianceSampleRule;

  @Column({ name: 'queued_at', type: 'timestamptz' })
  queuedAt: Date;

  /** Null when not sampled. */
  @Index()
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** When the workflow sweep found it past due and not completed (recorded once). */
  @Column({ name: 'overdue_flagged_at', type: 'timestamptz', nullable: true })
  overdueFlaggedAt: Date | null;

  @Column({ name: 'claimed_by_id', type: 'uuid', nullable: true })
  claimedById: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'completed_by_id', type: 'uuid', nullable: true })
  completedById: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** One per criterion once completed; empty before. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: ComplianceFinding[];

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

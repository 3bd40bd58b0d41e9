import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ReviewStage, ReviewTaskStatus } from './search.enums';

/**
 * One review stage of one search request, pushed to the requesting force's reviewers. A reviewer
 * claims it (one winner), holds it until `claimExpiresAt`, and submits a decision per candidate.
 * `requesterId` and `firstReviewerId` are copied here so that who may claim it is a plain filter.
 */
@Entity('review_task')
@Unique(['requestId', 'stage'])
@Index(['forceId', 'status'])
export class ReviewTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  stage: ReviewStage;

  @Column({ type: 'text' })
  status: ReviewTaskStatus;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  /** Set on the second stage: who may not take it. */
  @Column({ name: 'first_reviewer_id', type: 'uuid', nullable: true })
  firstReviewerId: string | null;

  @Column({ name: 'claimed_by_id', type: 'uuid', nullable: true })
  claimedById: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'claim_expires_at', type: 'timestamptz', nullable: true })
  claimExpiresAt: Date | null;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CandidateDecision } from './search.enums';

/** A reviewer's decision on one candidate, with its rationale. Append-only: a trigger refuses changes. */
@Entity('review_decision')
export class ReviewDecision {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'text' })
  decision: CandidateDecision;

  @Column({ type: 'text' })
  rationale: string;
}

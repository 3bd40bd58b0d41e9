import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What of the first review an officer saw: its decisions, or the scores the force keeps from the second review. */
export enum FirstReviewSeen {
  DECISIONS = 'DECISIONS',
  SCORES = 'SCORES',
}

/**
 * An officer saw the first review of a request (or the scores the blind second review does not
 * show) while its second review was still to come, so they may not be its second reviewer.
 * Append-only: a trigger refuses changes and deletions.
 */
@Entity('first_review_exposure')
export class FirstReviewExposure {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ name: 'officer_id', type: 'uuid' })
  officerId: string;

  /** What they saw first (either bars them). */
  @Column({ type: 'text' })
  seen: FirstReviewSeen;

  /** The query, field or export that showed it, e.g. `SearchRequest.reviews`. */
  @Column({ type: 'text' })
  via: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}

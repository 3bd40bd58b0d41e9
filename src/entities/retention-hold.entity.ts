import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A request retained for proceedings: while in force (not released, review date not reached) its
 * probe, candidate list and review decisions are not purged. A renewal releases the hold before.
 */
@Entity('retention_hold')
export class RetentionHold {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  reason: string;

  /** When the hold must be looked at again: it lapses then unless renewed. */
  @Column({ name: 'review_at', type: 'timestamptz' })
  reviewAt: Date;

  @Column({ name: 'placed_by_id', type: 'uuid' })
  placedById: string;

  @Column({ name: 'placed_at', type: 'timestamptz' })
  placedAt: Date;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'released_by_id', type: 'uuid', nullable: true })
  releasedById: string | null;

  @Column({ name: 'release_reason', type: 'text', nullable: true })
  releaseReason: string | null;
}

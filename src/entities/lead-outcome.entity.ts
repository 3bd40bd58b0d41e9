import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What became of a confirmed lead, as the investigation found it. */
export enum LeadOutcomeResult {
  /** The person the possible match named was eliminated: the confirmed result was wrong. */
  EXCLUDED = 'EXCLUDED',
  /**
   * Independent evidence supported the lead: recorded by recording that evidence
   * (`LeadCorroboration`), whose first record makes the outcome, never on its own.
   */
  CORROBORATED = 'CORROBORATED',
}

/**
 * What a confirmed possible match came to, recorded once per search request by its requester (or a
 * supervisor of the force). Outcome monitoring counts the confirmed results later found wrong, per
 * demographic group of the custody record the lead named.
 */
@Entity('lead_outcome')
export class LeadOutcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** One per request: a second record is a CONFLICT, whatever it says. */
  @Index({ unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** The requesting force (oversight scopes by it). */
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  /** The confirmed candidate the lead named; null once the request's candidate list is purged. */
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId: string | null;

  @Column({ type: 'text' })
  result: LeadOutcomeResult;

  /**
   * CORROBORATED: the corroborating evidence whose recording made this outcome (the database
   * refuses a new CORROBORATED row without one); null for EXCLUDED.
   */
  @Column({ name: 'corroboration_id', type: 'uuid', nullable: true })
  corroborationId: string | null;

  /** How the lead was excluded or corroborated, in the officer's words. */
  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

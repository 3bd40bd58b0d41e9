import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CorroborationType, LeadActionStatus, LeadActionType } from './lead.enums';

/**
 * The lead after the match. A confirmed possible match is intelligence only: before anyone acts on
 * it in a way that reaches the person it names, evidence found independently of the search must be
 * recorded (`LeadCorroboration`), and the action itself (`LeadAction`) is proposed with a reason
 * and taken only when a supervisor of the force other than its proposer approves it. Every action
 * rests on at least one recorded corroboration of the same request (`LeadActionEvidence`): the
 * database refuses an action without one.
 */

/** Independent evidence that corroborates a confirmed lead. Never changed or deleted once recorded. */
@Entity('lead_corroboration')
export class LeadCorroboration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** The requesting force (oversight scopes by it). */
  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  type: CorroborationType;

  /** Where the evidence is found: an exhibit, lab or statement reference. Unique per request and type. */
  @Column({ type: 'text' })
  reference: string;

  /** What the evidence shows, in the officer's words. */
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

/** An action on a confirmed lead: proposed with a reason, approved (taken) or rejected by a supervisor. */
@Entity('lead_action')
export class LeadAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ type: 'text' })
  type: LeadActionType;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text' })
  status: LeadActionStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  /** The supervisor who approved or rejected it; never its proposer (a CHECK says so). */
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;
}

/** A corroboration an action relies on (at least one per action, of the action's own request). */
@Entity('lead_action_evidence')
export class LeadActionEvidence {
  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @PrimaryColumn({ name: 'corroboration_id', type: 'uuid' })
  corroborationId: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;
}

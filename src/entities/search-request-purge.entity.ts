import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which retention period made a request due for purging. */
export enum PurgeRule {
  NO_VIABLE_CANDIDATE = 'NO_VIABLE_CANDIDATE',
  CASE_CLOSED = 'CASE_CLOSED',
  PROCEEDINGS_HOLD_ENDED = 'PROCEEDINGS_HOLD_ENDED',
}

/** What a purge deleted, by kind (counts only). */
export interface PurgeCounts {
  probeImages: number;
  probeImageBytes: number;
  probeTemplates: number;
  /** Copies derived from the probe (enhanced images); none are stored yet. */
  derivedProbeImages: number;
  candidates: number;
  reviewDecisions: number;
  /** Lead outcomes that no longer name their (deleted) candidate; the outcome itself stays. */
  leadOutcomesUnlinked: number;
}

/** The figures oversight statistics read from the candidate list and decisions, kept as counts. */
export interface PurgeStatistics {
  /** Candidates decided by both reviewers, and of those the ones they agreed on. */
  decisionsCompared: number;
  decisionsAgreed: number;
  /** Outcome monitoring per demographic group of the candidates (no ids, no people). */
  groups: Array<{
    dimension: string;
    group: string;
    people: number;
    returned: number;
    confirmed: number;
    excluded: number;
    corroborated: number;
  }>;
}

/**
 * What is left of a purged request's biometric data: when, under which rule and period, and how
 * much went. Append-only. The request row itself (who, why, when, outcome) and its audit trail stay.
 */
@Entity('search_request_purge')
export class SearchRequestPurge {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'force_id', type: 'uuid' })
  forceId: string;

  @Column({ name: 'purged_at', type: 'timestamptz' })
  purgedAt: Date;

  @Column({ type: 'text' })
  rule: PurgeRule;

  @Column({ name: 'retention_days', type: 'int' })
  retentionDays: number;

  /** The outcome, the case's closure or the hold's end the period ran from. */
  @Column({ name: 'counted_from', type: 'timestamptz' })
  countedFrom: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** The probe's hash: names the image without holding it (for proceedings and disclosure). */
  @Column({ name: 'probe_sha256', type: 'char', length: 64, nullable: true })
  probeSha256: string | null;

  @Column({ type: 'jsonb' })
  counts: PurgeCounts;

  @Column({ type: 'jsonb' })
  statistics: PurgeStatistics;
}

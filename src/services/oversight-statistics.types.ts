import type { PublishedGroup } from './statistics-suppression';

/**
 * The shape of oversight statistics: what OversightStatisticsService computes and the export
 * formats (statistics-export.format.ts) write. Kept apart from both so neither imports the other.
 */

export interface StatisticsQuery {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  /** One overseen force; all of them when absent. */
  forceId?: string | null;
}

export interface CategoryCount {
  category: string;
  count: number;
}

export interface DurationSummary {
  /** How many durations the summary is over. */
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface OutcomeCounts {
  /** Both reviewers marked the same candidate a possible match. */
  confirmed: number;
  /** Both reviewers marked every candidate not a match. */
  noViableCandidate: number;
  /** Nothing reached the threshold: no review was needed. */
  noCandidatesAboveThreshold: number;
  /** The two reviews did not agree, however the request ended since. */
  disputed: number;
  adjudicatedConfirmed: number;
  adjudicatedNoViableCandidate: number;
  /** Disputed and not adjudicated yet. */
  awaitingAdjudication: number;
  withdrawn: number;
  expired: number;
  /** Submitted and still on its way to an outcome (awaiting authorisation, searching or in review). */
  inProgress: number;
}

export interface ReviewerAgreement {
  /** Requests whose second review was submitted. */
  reviewedByBoth: number;
  /** Of those, requests where the two reviews agreed (confirmed, or no viable candidate). */
  agreed: number;
  rate: number | null;
  /** Candidates decided by both reviewers of a request. */
  candidateDecisionsCompared: number;
  /** Of those, candidates both reviewers made the same call on. */
  candidateDecisionsAgreed: number;
  candidateDecisionRate: number | null;
}

export interface DeletionRequestCounts {
  received: number;
  granted: number;
  refused: number;
  pending: number;
  /** From receipt to decision, over those decided. */
  timeToDecide: DurationSummary;
}

/** Purges and holds for proceedings, by when they happened (not by the request's submission). */
export interface RetentionCounts {
  /** Requests whose probe, candidate list and review decisions were purged. */
  requestsPurged: number;
  purgedAfterNoViableCandidate: number;
  purgedAfterCaseClosure: number;
  purgedAfterHold: number;
  holdsPlaced: number;
  /** Holds replaced by a renewal (counted in holdsPlaced again). */
  holdsRenewed: number;
  holdsReleased: number;
  /** Holds whose review date passed without release or renewal. */
  holdsLapsed: number;
}

export interface ComplianceFindingCount {
  criterion: string;
  result: string;
  count: number;
}

/** Post-search compliance review of the requests counted (by the month they were submitted). */
export interface ComplianceCounts {
  /** Searches that reached an outcome (each drawn for review or recorded as not drawn). */
  completedSearches: number;
  sampled: number;
  notSampled: number;
  /** Drawn and not yet completed (in the queue or claimed). */
  awaitingReview: number;
  reviewed: number;
  /** Not completed and past due (or flagged so by the sweep) when the figures were computed. */
  overdue: number;
  completedLate: number;
  /** Completed reviews with at least one NOT_MET finding. */
  reviewsWithNotMet: number;
  /** Every criterion and result, zeros included, in the criteria's order. */
  findings: ComplianceFindingCount[];
}

/** A duration summary withheld (its median and 90th percentile null) over fewer items than the minimum group size. */
export interface SuppressibleDurationSummary extends DurationSummary {
  suppressed: boolean;
}

/**
 * What was done on the confirmed leads of the requests counted (by the month they were submitted):
 * identification procedures, arrests, charges and public appeals, each resting on corroboration
 * recorded first and approved by a supervisor who did not propose it.
 */
export interface LeadActionCounts {
  /** Leads with at least one action taken (approved). */
  leadsActedOn: number;
  /** Of those, leads whose every action taken rests on corroboration recorded before it. */
  leadsActedOnWithCorroboration: number;
  /** Of those, leads with an action taken resting on no corroboration recorded before it: zero by construction. */
  leadsActedOnWithoutCorroboration: number;
  proposed: number;
  /** Approved: recorded as taken. */
  taken: number;
  rejected: number;
  awaitingDecision: number;
  /** Proposals refused because no corroboration was recorded (CORROBORATION_REQUIRED). */
  refusedWithoutCorroboration: number;
  /** Actions taken, by type (every type, zeros included). */
  takenByType: CategoryCount[];
  /** From the request's outcome to each action taken; withheld over fewer than the minimum group size. */
  timeFromOutcomeToAction: SuppressibleDurationSummary;
}

/** One force's figures for one month, or (month null) for the whole period. */
export interface ForcePeriodStatistics {
  forceId: string;
  forceCode: string;
  /** YYYY-MM (UTC); null for the whole period. */
  month: string | null;
  /** Search requests submitted. */
  requests: number;
  byPurpose: CategoryCount[];
  byOffenceCategory: CategoryCount[];
  /**
   * Requests by where their probe came from: every ProbeSourceType, zeros included, in the enum's
   * order, then NOT_RECORDED (requests made before provenance was required) when there are any.
   */
  bySourceType: CategoryCount[];
  authorisationRequired: number;
  authorised: number;
  refused: number;
  searchesRun: number;
  outcomes: OutcomeCounts;
  reviewerAgreement: ReviewerAgreement;
  /** From submission to the outcome (reviewers' agreement, adjudication, or no candidates). */
  timeToOutcome: DurationSummary;
  searchesIncludingUnder18: number;
  searchesIncludingNotConvicted: number;
  /** Searches run with a threshold below the force's floor (each one authorised). */
  thresholdOverrides: number;
  /**
   * Searches run with a threshold below the equitable threshold of the force's validation of its
   * model version (each one authorised, with the authoriser's rationale).
   */
  searchesBelowEquitableThreshold: number;
  /** Searches of another force's gallery as well as the force's own. */
  crossForceSearches: number;
  leadsCorroborated: number;
  leadsExcluded: number;
  /** The lead after the match: corroborated actions on confirmed leads. */
  leadActions: LeadActionCounts;
  deletionRequests: DeletionRequestCounts;
  retention: RetentionCounts;
  compliance: ComplianceCounts;
}

export interface StatisticsForce {
  id: string;
  code: string;
  name: string;
}

export interface OversightStatistics {
  from: Date;
  to: Date;
  generatedAt: Date;
  /** Demographic groups with fewer people than this are suppressed. */
  minGroupSize: number;
  forces: StatisticsForce[];
  /** Every force in scope for every month the period touches, zeros included. */
  months: ForcePeriodStatistics[];
  /** Every force in scope over the whole period. */
  totals: ForcePeriodStatistics[];
  /** Candidates returned, confirmed and later found wrong, per force, dimension and group. */
  outcomeMonitoring: PublishedGroup[];
}

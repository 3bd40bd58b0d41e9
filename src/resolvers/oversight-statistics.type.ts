import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ComplianceCriterion, ComplianceFindingResult } from '../entities';
import { SuppressionReason } from '../services';

export const DemographicDimension = {
  SELF_DEFINED_ETHNICITY: 'SELF_DEFINED_ETHNICITY',
  SEX: 'SEX',
  AGE_BAND: 'AGE_BAND',
} as const;
registerEnumType(DemographicDimension, {
  name: 'DemographicDimension',
  description:
    'What a demographic group is drawn from: the custody record of the person (ethnicity, sex) or of the photo (age band at capture)',
});
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: "Why a group's figures are withheld",
});

@ObjectType('CategoryCount')
export class CategoryCountType {
  @Field() category: string;
  @Field(() => Int) count: number;
}

@ObjectType('DurationSummary', { description: 'Durations in seconds' })
export class DurationSummaryType {
  @Field(() => Int, { description: 'How many durations it summarises' }) count: number;
  @Field(() => Float, { nullable: true }) medianSeconds: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile (continuous)' }) p90Seconds:
    number | null;
}

@ObjectType('OutcomeCounts', {
  description: 'What came of the requests submitted (a disputed request is also counted by how it ended)',
})
export class OutcomeCountsType {
  @Field(() => Int, { description: 'Both reviewers marked the same candidate a possible match' })
  confirmed: number;
  @Field(() => Int, { description: 'Both reviewers marked every candidate not a match' })
  noViableCandidate: number;
  @Field(() => Int, { description: 'Nothing reached the threshold, so nothing was reviewed' })
  noCandidatesAboveThreshold: number;
  @Field(() => Int, { description: 'The two reviews did not agree' }) disputed: number;
  @Field(() => Int) adjudicatedConfirmed: number;
  @Field(() => Int) adjudicatedNoViableCandidate: number;
  @Field(() => Int, { description: 'Disputed, not adjudicated yet' }) awaitingAdjudication: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int) expired: number;
  @Field(() => Int, { description: 'Awaiting authorisation, searching or in review' }) inProgress: number;
}

@ObjectType('ReviewerAgreement', { description: 'How often the blind second review agreed with the first' })
export class ReviewerAgreementType {
  @Field(() => Int, { description: 'Requests whose second review was submitted' }) reviewedByBoth: number;
  @Field(() => Int, { description: 'Of those, requests whose two reviews agreed' }) agreed: number;
  @Field(() => Float, { nullable: true }) rate: number | null;
  @Field(() => Int, { description: 'Candidates decided by both reviewers' })
  candidateDecisionsCompared: number;
  @Field(() => Int, { description: 'Of those, candidates both reviewers made the same call on' })
  candidateDecisionsAgreed: number;
  @Field(() => Float, { nullable: true }) candidateDecisionRate: number | null;
}

@ObjectType('DeletionRequestCounts', {
  description: "Deletion requests of the force's gallery received in the period, by how they stand",
})
export class DeletionRequestCountsType {
  @Field(() => Int) received: number;
  @Field(() => Int) granted: number;
  @Field(() => Int) refused: number;
  @Field(() => Int) pending: number;
  @Field(() => DurationSummaryType, { description: 'From receipt to decision' })
  timeToDecide: DurationSummaryType;
}

@ObjectType('RetentionCounts', {
  description:
    'Search requests purged under the retention periods, and holds for proceedings, by the month they happened in',
})
export class RetentionCountsType {
  @Field(() => Int, { description: 'Requests whose probe, candidate list and review decisions were purged' })
  requestsPurged: number;
  @Field(() => Int) purgedAfterNoViableCandidate: number;
  @Field(() => Int) purgedAfterCaseClosure: number;
  @Field(() => Int) purgedAfterHold: number;
  @Field(() => Int) holdsPlaced: number;
  @Field(() => Int, { description: 'Holds replaced by a renewal (the renewal counts in holdsPlaced)' })
  holdsRenewed: number;
  @Field(() => Int) holdsReleased: number;
  @Field(() => Int, { description: 'Holds whose review date passed without release or renewal' })
  holdsLapsed: number;
}

@ObjectType('ComplianceFindingCount')
export class ComplianceFindingCountType {
  @Field(() => ComplianceCriterion) criterion: string;
  @Field(() => ComplianceFindingResult) result: string;
  @Field(() => Int) count: number;
}

@ObjectType('ComplianceCounts', {
  description:
    'Post-search compliance review of the requests counted: completed searches, the sample drawn, reviews done and overdue, findings',
})
export class ComplianceCountsType {
  @Field(() => Int, { description: 'Searches that reached an outcome' }) completedSearches: number;
  @Field(() => Int, { description: 'Of those, drawn for review' }) sampled: number;
  @Field(() => Int, { description: 'Of those, not drawn (the force reviews a sample)' }) notSampled: number;
  @Field(() => Int, { description: 'Drawn, not yet completed' }) awaitingReview: number;
  @Field(() => Int, { description: 'Completed reviews' }) reviewed: number;
  @Field(() => Int, { description: 'Not completed and past due when the figures were computed' })
  overdue: number;
  @Field(() => Int, { description: 'Completed after they were due' }) completedLate: number;
  @Field(() => Int, { description: 'Completed reviews with at least one NOT_MET finding' })
  reviewsWithNotMet: number;
  @Field(() => [ComplianceFindingCountType], {
    description: 'Findings of completed reviews, every criterion and result (zeros included)',
  })
  findings: ComplianceFindingCountType[];
}

@ObjectType('SuppressibleDurationSummary', {
  description:
    'Durations in seconds; the median and percentile withheld over fewer items than the minimum group size',
})
export class SuppressibleDurationSummaryType extends DurationSummaryType {
  @Field({ description: 'The median and 90th percentile are withheld (null): too few items' })
  suppressed: boolean;
}

@ObjectType('LeadActionCounts', {
  description:
    'Identification procedures, arrests, charges and public appeals on the confirmed leads of the requests counted; each rests on corroboration recorded first and a supervisor approved it',
})
export class LeadActionCountsType {
  @Field(() => Int, { description: 'Leads with at least one action taken (approved)' }) leadsActedOn: number;
  @Field(() => Int, {
    description: 'Of those, leads whose every action taken rests on corroboration recorded before it',
  })
  leadsActedOnWithCorroboration: number;
  @Field(() => Int, {
    description:
      'Of those, leads with an action taken that rests on no corroboration recorded before it: zero by construction (the database refuses such an action)',
  })
  leadsActedOnWithoutCorroboration: number;
  @Field(() => Int) proposed: number;
  @Field(() => Int, { description: 'Approved: recorded as taken' }) taken: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) awaitingDecision: number;
  @Field(() => Int, { description: 'Proposals refused because no corroboration was recorded' })
  refusedWithoutCorroboration: number;
  @Field(() => [CategoryCountType], { description: 'Actions taken, by type (every type, zeros included)' })
  takenByType: CategoryCountType[];
  @Field(() => SuppressibleDurationSummaryType, {
    description: "From the request's outcome to each action taken",
  })
  timeFromOutcomeToAction: SuppressibleDurationSummaryType;
}

@ObjectType('ForcePeriodStatistics', {
  description:
    "One force's figures for one month, or for the whole period. Requests count in the month they were submitted",
})
export class ForcePeriodStatisticsType {
  @Field(() => ID) forceId: string;
  @Field() forceCode: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM (UTC); null for the whole period' }) month:
    string | null;
  @Field(() => Int, { description: 'Search requests submitted' }) requests: number;
  @Field(() => [CategoryCountType]) byPurpose: CategoryCountType[];
  @Field(() => [CategoryCountType]) byOffenceCategory: CategoryCountType[];
  @Field(() => [CategoryCountType], {
    description:
      'Requests by where the probe came from: every ProbeSourceType (zeros included), then NOT_RECORDED for requests made before provenance was required, when there are any. Volumes, not people: never suppressed',
  })
  bySourceType: CategoryCountType[];
  @Field(() => Int) authorisationRequired: number;
  @Field(() => Int) authorised: number;
  @Field(() => Int) refused: number;
  @Field(() => Int) searchesRun: number;
  @Field(() => OutcomeCountsType) outcomes: OutcomeCountsType;
  @Field(() => ReviewerAgreementType) reviewerAgreement: ReviewerAgreementType;
  @Field(() => DurationSummaryType, { description: 'From submission to the outcome' })
  timeToOutcome: DurationSummaryType;
  @Field(() => Int, { description: 'Searches run on a gallery that included under-18-at-capture records' })
  searchesIncludingUnder18: number;
  @Field(() => Int, { description: 'Searches run on a gallery that included not-convicted records' })
  searchesIncludingNotConvicted: number;
  @Field(() => Int, { description: "Searches run below the force's threshold floor" })
  thresholdOverrides: number;
  @Field(() => Int, {
    description:
      "Searches run below the equitable threshold of the force's validation of its model version (each authorised with a rationale)",
  })
  searchesBelowEquitableThreshold: number;
  @Field(() => Int, { description: "Searches that included another force's gallery" })
  crossForceSearches: number;
  @Field(() => Int, { description: 'Confirmed leads the investigation corroborated' })
  leadsCorroborated: number;
  @Field(() => Int, { description: 'Confirmed leads the investigation excluded (the result was wrong)' })
  leadsExcluded: number;
  @Field(() => LeadActionCountsType, { description: 'The lead after the match: actions on confirmed leads' })
  leadActions: LeadActionCountsType;
  @Field(() => DeletionRequestCountsType) deletionRequests: DeletionRequestCountsType;
  @Field(() => RetentionCountsType, {
    description: 'Purges and holds for proceedings, counted in the month they happened (not by submission)',
  })
  retention: RetentionCountsType;
  @Field(() => ComplianceCountsType) compliance: ComplianceCountsType;
}

@ObjectType('DemographicGroupOutcome', {
  description:
    'Candidates of one demographic group over the period. Every figure is null when the group is suppressed',
})
export class DemographicGroupOutcomeType {
  @Field(() => ID) forceId: string;
  @Field(() => DemographicDimension) dimension: keyof typeof DemographicDimension;
  @Field({ description: 'The value on the custody record; NOT_RECORDED when there is none' }) group: string;
  @Field() suppressed: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason: SuppressionReason | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Distinct people among the candidates returned: the group size',
  })
  people: number | null;
  @Field(() => Int, { nullable: true }) candidatesReturned: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Candidates a confirmed or adjudicated possible match named',
  })
  candidatesConfirmed: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Confirmed, then recorded as excluded by the investigation',
  })
  confirmedLaterExcluded: number | null;
  @Field(() => Int, { nullable: true }) confirmedLaterCorroborated: number | null;
  @Field(() => Float, { nullable: true, description: 'Confirmed per candidate returned' }) confirmationRate:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Later excluded per confirmed' }) exclusionRate:
    number | null;
}

@ObjectType('StatisticsForce')
export class StatisticsForceType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
}

@ObjectType('OversightStatistics', {
  description: 'Aggregate figures for the forces you oversee; never a face, an embedding or one person',
})
export class OversightStatisticsType {
  @Field({ description: 'Inclusive' }) from: Date;
  @Field({ description: 'Exclusive' }) to: Date;
  @Field() generatedAt: Date;
  @Field(() => Int, { description: 'Demographic groups with fewer people are suppressed' })
  minGroupSize: number;
  @Field(() => [StatisticsForceType]) forces: StatisticsForceType[];
  @Field(() => [ForcePeriodStatisticsType], {
    description: 'Every force in scope for every month the period touches, zeros included',
  })
  months: ForcePeriodStatisticsType[];
  @Field(() => [ForcePeriodStatisticsType], { description: 'Every force in scope over the whole period' })
  totals: ForcePeriodStatisticsType[];
  @Field(() => [DemographicGroupOutcomeType], {
    description: 'Outcome monitoring by self-defined ethnicity, sex and age band at capture',
  })
  outcomeMonitoring: DemographicGroupOutcomeType[];
}

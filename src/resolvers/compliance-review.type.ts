import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  ComplianceCriterion,
  ComplianceFindingResult,
  ComplianceReviewStatus,
  ComplianceSampleRule,
  SearchRequestStatus,
} from '../entities';

@ObjectType('ComplianceFinding', { description: "A compliance reviewer's finding on one criterion" })
export class ComplianceFindingType {
  @Field(() => ComplianceCriterion) criterion: ComplianceCriterion;
  @Field(() => ComplianceFindingResult) result: ComplianceFindingResult;
  @Field(() => String, { nullable: true, description: 'Why (always given for NOT_MET)' }) note: string | null;
}

@ObjectType('ComplianceReview', {
  description:
    'The post-search compliance review of one completed search: whether it was drawn (and why), who reviewed it, when it is due, and the findings. Never a face image',
})
export class ComplianceReviewType {
  @Field(() => ID) id: string;
  @Field(() => ID) searchRequestId: string;
  @Field(() => ID) forceId: string;
  @Field(() => ComplianceReviewStatus) status: ComplianceReviewStatus;
  @Field(() => SearchRequestStatus, { description: 'The search when its outcome was reached' })
  searchStatus: SearchRequestStatus;
  @Field(() => ID, {
    nullable: true,
    description: 'Who recorded the outcome (second reviewer or adjudicator; null: the system)',
  })
  outcomeRecordedById: string | null;
  @Field({ description: 'Drawn for review' }) sampled: boolean;
  @Field(() => Float, { description: "The force's sample rate applied (never below 0.1)" })
  sampleRate: number;
  @Field(() => Float, {
    description:
      'The search\'s draw in [0, 1): the first 52 bits of SHA-256("twokey-compliance-sample:" + search request id) over 2^52; drawn when below the rate',
  })
  sampleDraw: number;
  @Field(() => ComplianceSampleRule) sampleRule: ComplianceSampleRule;
  @Field({ description: 'When the search reached its outcome and entered the queue' }) queuedAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: "Null when not drawn; the force's due period after queuedAt",
  })
  dueAt: Date | null;
  @Field({ description: 'Drawn, not completed, and past due (or flagged so by the workflow sweep)' })
  overdue: boolean;
  @Field(() => Date, { nullable: true, description: 'When the workflow sweep flagged it overdue' })
  overdueFlaggedAt: Date | null;
  @Field({ description: 'Completed after it was due' }) completedLate: boolean;
  @Field(() => ID, { nullable: true }) claimedById: string | null;
  @Field(() => Date, { nullable: true }) claimedAt: Date | null;
  @Field(() => ID, { nullable: true }) completedById: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => [ComplianceFindingType], { description: 'One per criterion once completed; empty before' })
  findings: ComplianceFindingType[];
  @Field(() => Int, { description: 'Goes up with every change; send it back as expectedVersion' })
  version: number;
}

import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ComplianceCriterion, ComplianceFindingResult, ComplianceReviewStatus } from '../entities';
import { TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@ArgsType()
export class ComplianceReviewsArgs {
  @Field(() => ComplianceReviewStatus, {
    nullable: true,
    description: 'Absent: every drawn review (OPEN, CLAIMED, COMPLETED); NOT_SAMPLED only when asked for',
  })
  status?: ComplianceReviewStatus;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only drawn, not completed and past due (or flagged); false: all but those',
  })
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'One force (oversight of several)' })
  forceId?: string;

  @Field(() => ID, { nullable: true })
  searchRequestId?: string;
}

@InputType()
export class ComplianceFindingInput {
  @Field(() => ComplianceCriterion)
  @IsIn(Object.values(ComplianceCriterion))
  criterion: ComplianceCriterion;

  @Field(() => ComplianceFindingResult)
  @IsIn(Object.values(ComplianceFindingResult))
  result: ComplianceFindingResult;

  @Field(() => String, {
    nullable: true,
    description: `Required for NOT_MET (at least ${TEXT_LIMITS.complianceFindingNote.min} characters); at most ${TEXT_LIMITS.complianceFindingNote.max}`,
  })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.complianceFindingNote.max)
  note?: string | null;
}

@InputType()
export class CompleteComplianceReviewInput {
  @Field(() => ID)
  @IsUUID()
  reviewId: string;

  @Field(() => [ComplianceFindingInput], { description: 'Exactly one finding per criterion' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  findings: ComplianceFindingInput[];

  @Field(() => Int, { nullable: true, description: 'The version you read; refused (CONFLICT) if it changed' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@InputType({ description: "Your force's compliance review sample and due period" })
export class SetComplianceReviewSettingsInput {
  @Field(() => Float, {
    description: 'Share of completed searches drawn for review: 0.1 (the floor) to 1 (every one)',
  })
  // the floor is checked (and named) by ComplianceReviewService.setSettings
  sampleRate: number;

  @Field(() => Int, { description: 'Days a queued review has before it is overdue (1 to 365)' })
  @IsInt()
  @Min(1)
  @Max(365)
  dueDays: number;

  @Field({
    description: `Why the settings change, recorded in the audit log (at least ${TEXT_LIMITS.complianceSettingsChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.complianceSettingsChangeReason)
  reason: string;
}

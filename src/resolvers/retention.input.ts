import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RETENTION_MAX_DAYS } from '../entities';
import { TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@InputType({
  description:
    'How long a force keeps what its searches made from the probe: the probe image and template, any copies derived from it, the candidate list and the review decisions (one period per event; the purge takes all of them at once)',
})
export class SetRetentionPolicyInput {
  @Field(() => ID, { nullable: true, description: 'Your own force (the default); another force is refused' })
  @IsOptional()
  @IsUUID()
  forceId?: string;

  @Field(() => Int, {
    description: `Days kept after an outcome of NO_VIABLE_CANDIDATE (0 to ${RETENTION_MAX_DAYS})`,
  })
  @IsInt()
  @Min(0)
  @Max(RETENTION_MAX_DAYS)
  afterNoViableCandidateDays: number;

  @Field(() => Int, {
    description: `Days kept after the request's case is closed (0 to ${RETENTION_MAX_DAYS})`,
  })
  @IsInt()
  @Min(0)
  @Max(RETENTION_MAX_DAYS)
  afterCaseClosureDays: number;

  @Field(() => Int, {
    description: `Days kept after a hold for proceedings is released or reaches its review date (0 to ${RETENTION_MAX_DAYS})`,
  })
  @IsInt()
  @Min(0)
  @Max(RETENTION_MAX_DAYS)
  afterHoldDays: number;

  @Field({
    description: `Why the periods change, recorded in the audit log (at least ${TEXT_LIMITS.retentionPolicyChangeReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.retentionPolicyChangeReason)
  reason: string;
}

@ArgsType()
export class PlaceRetentionHoldArgs {
  @Field(() => ID, { description: 'The search request to retain for proceedings' })
  requestId: string;

  @Field({
    description: `Why it is retained (the proceedings), recorded in the audit log (at least ${TEXT_LIMITS.retentionHoldReason.min} characters)`,
  })
  @HasText(TEXT_LIMITS.retentionHoldReason)
  reason: string;

  @Field({ description: 'When the hold must be reviewed: in the future; it lapses then unless renewed' })
  reviewAt: Date;
}

@ArgsType()
export class ReleaseRetentionHoldArgs {
  @Field(() => ID)
  requestId: string;

  @Field({ description: `Why the hold ends (at least ${TEXT_LIMITS.retentionHoldReason.min} characters)` })
  @HasText(TEXT_LIMITS.retentionHoldReason)
  reason: string;
}

@ArgsType()
export class CloseCaseArgs {
  @Field(() => ID)
  caseId: string;

  @Field({ description: `Why the case is closed (at least ${TEXT_LIMITS.caseCloseReason.min} characters)` })
  @HasText(TEXT_LIMITS.caseCloseReason)
  reason: string;
}

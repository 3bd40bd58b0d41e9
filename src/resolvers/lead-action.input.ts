import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CorroborationType, LeadActionStatus, LeadActionType } from '../entities';
import { LEAD_ACTION_MAX_EVIDENCE, TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@InputType({ description: 'Independent evidence that corroborates a confirmed lead' })
export class RecordLeadCorroborationInput {
  @Field(() => ID, { description: 'The search request whose confirmed possible match it corroborates' })
  @IsUUID()
  requestId: string;

  @Field(() => CorroborationType)
  type: CorroborationType;

  @Field({ description: 'Exhibit, laboratory or statement reference (unique per lead and type)' })
  @HasText(TEXT_LIMITS.corroborationReference)
  reference: string;

  @Field({ description: 'What the evidence shows, found independently of the facial recognition search' })
  @HasText(TEXT_LIMITS.corroborationDescription)
  description: string;
}

@InputType({
  description: 'An action proposed on a confirmed lead; a supervisor who did not propose it approves it',
})
export class ProposeLeadActionInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => LeadActionType)
  type: LeadActionType;

  @Field({ description: 'Why the action is proportionate on this lead and its corroboration' })
  @HasText(TEXT_LIMITS.leadActionReason)
  reason: string;

  @Field(() => [ID], {
    nullable: true,
    description: `The corroborations it rests on (1 to ${LEAD_ACTION_MAX_EVIDENCE}); absent: every one recorded on the lead`,
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(LEAD_ACTION_MAX_EVIDENCE)
  @IsUUID('all', { each: true })
  corroborationIds?: string[] | null;
}

@InputType({ description: "A supervisor's decision on a proposed action, with a reason" })
export class DecideLeadActionInput {
  @Field(() => ID)
  @IsUUID()
  actionId: string;

  @Field()
  @HasText(TEXT_LIMITS.leadActionDecisionReason)
  reason: string;
}

@ArgsType()
export class LeadActionsArgs {
  @Field(() => LeadActionStatus, { nullable: true, description: 'PROPOSED: those awaiting a decision' })
  status?: LeadActionStatus | null;

  @Field(() => ID, { nullable: true, description: 'One force (oversight of several)' })
  forceId?: string | null;

  @Field(() => ID, { nullable: true })
  searchRequestId?: string | null;
}

import { Field, ID, ObjectType } from 'type-graphql';
import { CorroborationType, LeadActionStatus, LeadActionType } from '../entities';
import { LeadOutcomeType } from './lead-outcome.type';

@ObjectType('LeadCorroboration', {
  description: 'Independent evidence that corroborates a confirmed lead, recorded before any action on it',
})
export class LeadCorroborationRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => CorroborationType) type: CorroborationType;
  @Field({ description: 'Where the evidence is found: an exhibit, laboratory or statement reference' })
  reference: string;
  @Field({ description: 'What the evidence shows' }) description: string;
  @Field(() => ID) recordedById: string;
  @Field() recordedAt: Date;
}

@ObjectType('LeadAction', {
  description:
    'An action on a confirmed lead: proposed with a reason, resting on recorded corroboration, and taken only when a supervisor who did not propose it approves it',
})
export class LeadActionRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID) forceId: string;
  @Field(() => LeadActionType) type: LeadActionType;
  @Field() reason: string;
  @Field(() => LeadActionStatus) status: LeadActionStatus;
  @Field(() => [ID], { description: 'The corroborations it rests on (at least one)' })
  corroborationIds: string[];
  @Field(() => ID) proposedById: string;
  @Field() proposedAt: Date;
  @Field(() => ID, { nullable: true, description: 'The supervisor who approved or rejected it' })
  decidedById: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was approved (taken) or rejected' })
  decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
}

@ObjectType('Lead', {
  description:
    'What was recorded on a confirmed possible match after it: its outcome, the corroborating evidence and the actions on it',
})
export class LeadRecord {
  @Field(() => ID) requestId: string;
  @Field(() => LeadOutcomeType, {
    nullable: true,
    description: 'Excluded, or corroborated (by the first corroboration recorded); null while neither',
  })
  outcome: LeadOutcomeType | null;
  @Field(() => [LeadCorroborationRecord], { description: 'In the order recorded: a plain list' })
  corroborations: LeadCorroborationRecord[];
  @Field(() => [LeadActionRecord], { description: 'In the order proposed: a plain list' })
  actions: LeadActionRecord[];
}

import { Field, ID, ObjectType } from 'type-graphql';
import { LeadOutcomeResult } from '../entities';

@ObjectType('LeadOutcome', { description: 'What the investigation found of a confirmed lead' })
export class LeadOutcomeType {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The confirmed candidate the lead named; null once the request was purged',
  })
  candidateId: string | null;
  @Field(() => LeadOutcomeResult) result: LeadOutcomeResult;
  @Field(() => ID, {
    nullable: true,
    description: 'CORROBORATED: the corroborating evidence whose recording made this outcome',
  })
  corroborationId: string | null;
  @Field() note: string;
  @Field(() => ID) recordedById: string;
  @Field() recordedAt: Date;
}

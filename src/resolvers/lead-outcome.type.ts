import { Field, ID, ObjectType } from 'type-graphql';
import { LeadOutcomeResult } from '../entities';

@ObjectType('LeadOutcome', { description: 'What the investigation found of a confirmed lead' })
export class LeadOutcomeType {
  @Field(() => ID) id: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID, { description: 'The confirmed candidate the lead named' }) candidateId: string;
  @Field(() => LeadOutcomeResult) result: LeadOutcomeResult;
  @Field() note: string;
  @Field(() => ID) recordedById: string;
  @Field() recordedAt: Date;
}

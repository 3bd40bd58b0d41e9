import { ArgsType, Field, ID } from 'type-graphql';
import { LeadOutcomeResult } from '../entities';
import { TEXT_LIMITS } from '../services';
import { HasText } from './reason.validator';

@ArgsType()
export class RecordLeadOutcomeArgs {
  @Field(() => ID)
  requestId: string;

  @Field(() => LeadOutcomeResult, {
    description: 'EXCLUDED (CORROBORATED is recorded with the evidence, by recordLeadCorroboration)',
  })
  result: LeadOutcomeResult;

  @Field({ description: 'How the lead was excluded or corroborated' })
  @HasText(TEXT_LIMITS.leadNote)
  note: string;
}

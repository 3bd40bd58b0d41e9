import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { RecordLeadOutcomeArgs } from './lead-outcome.input';
import { LeadOutcomeType } from './lead-outcome.type';

@Resolver(() => LeadOutcomeType)
export class LeadOutcomeResolver {
  @Authorized()
  @Mutation(() => LeadOutcomeType, {
    description:
      'Record that the investigation excluded the person a confirmed possible match named (the result was wrong). Once per request; its requester or a supervisor. A lead is corroborated by recordLeadCorroboration: CORROBORATED here is refused with CORROBORATION_REQUIRED',
  })
  recordLeadOutcome(
    @Args() { requestId, result, note }: RecordLeadOutcomeArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.leadOutcomes.record(request, { requestId, result, note });
  }
}

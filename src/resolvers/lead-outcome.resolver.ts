import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { RecordLeadOutcomeArgs } from './lead-outcome.input';
import { LeadOutcomeType } from './lead-outcome.type';

@Resolver(() => LeadOutcomeType)
export class LeadOutcomeResolver {
  @Authorized()
  @Mutation(() => LeadOutcomeType, {
    description:
      'Record what the investigation found of a confirmed possible match: excluded (the result was wrong) or corroborated. Once per request; its requester or a supervisor',
  })
  recordLeadOutcome(
    @Args() { requestId, result, note }: RecordLeadOutcomeArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.leadOutcomes.record(request, { requestId, result, note });
  }
}

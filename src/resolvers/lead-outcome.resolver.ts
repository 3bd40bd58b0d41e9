import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { LeadOutcomeResult } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { LeadOutcomeType } from './lead-outcome.type';

@Resolver(() => LeadOutcomeType)
export class LeadOutcomeResolver {
  @Authorized()
  @Mutation(() => LeadOutcomeType, {
    description: 'Record what the investigation found of a confirmed possible match: excluded (the result was wrong) or corroborated. Once per request; its requester or a supervisor',
  })
  recordLeadOutcome(
    @Arg('requestId', () => ID) requestId: string,
    @Arg('result', () => LeadOutcomeResult) result: LeadOutcomeResult,
    @Arg('note', { description: 'How the lead was excluded or corroborated' }) note: string,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.leadOutcomes.record(request, { requestId, result, note });
  }
}

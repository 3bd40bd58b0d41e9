import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { LeadCorroboration } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { LeadActionView, LeadView, Page } from '../services';
import { PageArgs } from './connection.type';
import { LeadActionConnection } from './connections.type';
import {
  DecideLeadActionInput,
  LeadActionsArgs,
  ProposeLeadActionInput,
  RecordLeadCorroborationInput,
} from './lead-action.input';
import { LeadActionRecord, LeadCorroborationRecord, LeadRecord } from './lead-action.type';

/** The lead after the match: corroborating evidence, and actions a supervisor approves. */
@Resolver(() => LeadActionRecord)
export class LeadActionResolver {
  @Authorized()
  @Query(() => LeadRecord, {
    description:
      "A confirmed lead's outcome, corroborating evidence and actions (its requester, supervisors of the force, oversight of it)",
  })
  lead(
    @Arg('requestId', () => ID) requestId: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<LeadView> {
    return services.leadActions.lead(request, requestId);
  }

  @Authorized()
  @Query(() => LeadActionConnection, {
    description:
      "Actions on confirmed leads: supervisors see their force's (status: PROPOSED is their queue), requesters those on their own requests, oversight those of the forces they oversee. Oldest first (by proposedAt, then id)",
  })
  leadActions(
    @Args() filter: LeadActionsArgs,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<LeadActionView>> {
    return services.leadActions.list(request, filter, { first, after });
  }

  @Authorized()
  @Mutation(() => LeadCorroborationRecord, {
    description:
      'Record independent evidence that corroborates a confirmed possible match (its requester or a supervisor; audited). The first record on a lead with no outcome yet records it as CORROBORATED',
  })
  recordLeadCorroboration(
    @Arg('input') input: RecordLeadCorroborationInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<LeadCorroboration> {
    return services.leadActions.recordCorroboration(request, input);
  }

  @Authorized()
  @Mutation(() => LeadActionRecord, {
    description:
      'Propose an identification procedure, arrest, charge or public appeal on a confirmed lead, with a reason (its requester or a supervisor; audited). Refused with CORROBORATION_REQUIRED until corroborating evidence is recorded',
  })
  proposeLeadAction(
    @Arg('input') input: ProposeLeadActionInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<LeadActionView> {
    return services.leadActions.propose(request, input);
  }

  @Authorized()
  @Mutation(() => LeadActionRecord, {
    description:
      'Approve a proposed action on a lead: it is recorded as taken (a supervisor of the force who did not propose it; audited). Of two racing decisions one wins, the other is CONFLICT',
  })
  approveLeadAction(
    @Arg('input') input: DecideLeadActionInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<LeadActionView> {
    return services.leadActions.approve(request, input);
  }

  @Authorized()
  @Mutation(() => LeadActionRecord, {
    description:
      'Turn down a proposed action on a lead, with a reason (a supervisor of the force who did not propose it; audited)',
  })
  rejectLeadAction(
    @Arg('input') input: DecideLeadActionInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<LeadActionView> {
    return services.leadActions.reject(request, input);
  }
}

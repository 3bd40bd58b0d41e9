import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  Officer,
  OfficerAccessProposal,
  OfficerAccessProposalStatus,
  OversightGrant,
  Role,
} from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { Page } from '../services';
import { PageArgs } from './connection.type';
import {
  OfficerAccessProposalConnection,
  OfficerConnection,
  OversightGrantConnection,
} from './connections.type';
import { ChangeOfficerAccessInput, CreateOfficerInput, SetOfficerRankInput } from './officer.input';

@ObjectType({ description: 'An access change: what holds now, and what waits for a second person' })
export class OfficerAccessChange {
  @Field(() => Officer, { description: 'The officer now: removals applied, proposed additions not yet' })
  officer: Officer;

  @Field(() => OfficerAccessProposal, {
    nullable: true,
    description: 'The additions waiting for approval by a second authorised officer',
  })
  proposal: OfficerAccessProposal | null;
}

@Resolver(() => Officer)
export class OfficerResolver {
  @Authorized()
  @Query(() => Officer, { description: 'The signed-in officer' })
  me(@Ctx() { request }: GraphQLContext): Officer {
    return request.officer!;
  }

  @Authorized()
  @Query(() => OfficerConnection, {
    description:
      'Officers you may see (admins: their force and who oversees it; national oversight administrators: oversight officers), by name',
  })
  officers(
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<Officer>> {
    return services.officers.list(request, { first, after });
  }

  @Authorized()
  @Query(() => OfficerAccessProposalConnection, {
    description:
      'Access proposals you may approve or reject, and your own, newest first. A page may hold fewer than `first` (each proposal is checked after reading): follow hasNextPage',
  })
  officerAccessProposals(
    @Arg('status', () => OfficerAccessProposalStatus, { defaultValue: OfficerAccessProposalStatus.PENDING })
    status: OfficerAccessProposalStatus,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<OfficerAccessProposal>> {
    return services.officers.listProposals(request, status, { first, after });
  }

  @Authorized()
  @Query(() => OversightGrantConnection, {
    description:
      'Who was granted oversight of which force, by whom and when (admins: their force; oversight: the forces they oversee), newest first',
  })
  oversightGrants(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<OversightGrant>> {
    return services.officers.listOversightGrants(request, forceId, { first, after });
  }

  @Authorized()
  @Mutation(() => Officer, {
    description:
      'Registers an officer in your force; roles other than REQUESTER, overseen forces and certification are proposed for a second person to approve',
  })
  async createOfficer(
    @Arg('input') input: CreateOfficerInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Officer> {
    return (await services.officers.create(request, input)).officer;
  }

  @Authorized()
  @Mutation(() => Officer, {
    description: 'As changeOfficerAccess, certification unchanged; returns the officer as they are now',
  })
  async setOfficerRoles(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('overseesForceIds', () => [ID], { nullable: true }) overseesForceIds: string[] | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Officer> {
    return (await services.officers.changeAccess(request, { officerId, roles, overseesForceIds })).officer;
  }

  @Authorized()
  @Mutation(() => OfficerAccessChange, {
    description:
      'Sets what an officer should have: removals at once, other additions than REQUESTER as a proposal',
  })
  changeOfficerAccess(
    @Arg('input') input: ChangeOfficerAccessInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<OfficerAccessChange> {
    return services.officers.changeAccess(request, input);
  }

  @Authorized()
  @Mutation(() => Officer, {
    description:
      "Records an officer's police rank, with a reason (force admins, for their force's officers, never their own; audited): seriousness tiers route authorisation by it",
  })
  setOfficerRank(
    @Arg('input') input: SetOfficerRankInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Officer> {
    return services.officers.setRank(request, { ...input, rank: input.rank ?? null });
  }

  @Authorized()
  @Mutation(() => OfficerAccessProposal, {
    description:
      'Grants a proposal (a second authorised officer; not its proposer, not the officer it is for)',
  })
  approveOfficerAccessProposal(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<OfficerAccessProposal> {
    return services.officers.approve(request, id);
  }

  @Authorized()
  @Mutation(() => OfficerAccessProposal, {
    description: 'Turns a proposal down, or withdraws your own; a reason is required',
  })
  rejectOfficerAccessProposal(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<OfficerAccessProposal> {
    return services.officers.reject(request, id, reason);
  }
}

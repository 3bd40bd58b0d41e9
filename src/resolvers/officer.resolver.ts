import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Officer, OfficerAccessProposal, OfficerAccessProposalStatus, OversightGrant, Role } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { ChangeOfficerAccessInput, CreateOfficerInput } from './officer.input';

@ObjectType({ description: 'An access change: what holds now, and what waits for a second person' })
export class OfficerAccessChange {
  @Field(() => Officer, { description: 'The officer now: removals applied, proposed additions not yet' })
  officer: Officer;

  @Field(() => OfficerAccessProposal, { nullable: true, description: 'The additions waiting for approval by a second authorised officer' })
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
  @Query(() => [Officer], { description: 'Officers you may see (admins: their force and who oversees it; national oversight administrators: oversight officers)' })
  officers(@Ctx() { request, services }: GraphQLContext): Promise<Officer[]> {
    return services.officers.list(request);
  }

  @Authorized()
  @Query(() => [OfficerAccessProposal], { description: 'Access proposals you may approve or reject, and your own' })
  officerAccessProposals(
    @Arg('status', () => OfficerAccessProposalStatus, { defaultValue: OfficerAccessProposalStatus.PENDING }) status: OfficerAccessProposalStatus,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<OfficerAccessProposal[]> {
    return services.officers.listProposals(request, status);
  }

  @Authorized()
  @Query(() => [OversightGrant], { description: 'Who was granted oversight of which force, by whom and when (admins: their force; oversight: the forces they oversee)' })
  oversightGrants(@Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined, @Ctx() { request, services }: GraphQLContext): Promise<OversightGrant[]> {
    return services.officers.listOversightGrants(request, forceId);
  }

  @Authorized()
  @Mutation(() => Officer, { description: 'Registers an officer in your force; roles other than REQUESTER, overseen forces and certification are proposed for a second person to approve' })
  async createOfficer(@Arg('input') input: CreateOfficerInput, @Ctx() { request, services }: GraphQLContext): Promise<Officer> {
    return (await services.officers.create(request, input)).officer;
  }

  @Authorized()
  @Mutation(() => Officer, { description: 'As changeOfficerAccess, certification unchanged; returns the officer as they are now' })
  async setOfficerRoles(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('overseesForceIds', () => [ID], { nullable: true }) overseesForceIds: string[] | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Officer> {
    return (await services.officers.changeAccess(request, { officerId, roles, overseesForceIds })).officer;
  }

  @Authorized()
  @Mutation(() => OfficerAccessChange, { description: 'Sets what an officer should have: removals at once, other additions than REQUESTER as a proposal' })
  changeOfficerAccess(@Arg('input') input: ChangeOfficerAccessInput, @Ctx() { request, services }: GraphQLContext): Promise<OfficerAccessChange> {
    return services.officers.changeAccess(request, input);
  }

  @Authorized()
  @Mutation(() => OfficerAccessProposal, { description: 'Grants a proposal (a second authorised officer; not its proposer, not the officer it is for)' })
  approveOfficerAccessProposal(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext): Promise<OfficerAccessProposal> {
    return services.officers.approve(request, id);
  }

  @Authorized()
  @Mutation(() => OfficerAccessProposal, { description: 'Turns a proposal down, or withdraws your own; a reason is required' })
  rejectOfficerAccessProposal(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() { request, services }: GraphQLContext): Promise<OfficerAccessProposal> {
    return services.officers.reject(request, id, reason);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Officer, Role } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { CreateOfficerInput } from './officer.input';

@Resolver(() => Officer)
export class OfficerResolver {
  @Authorized()
  @Query(() => Officer, { description: 'The signed-in officer' })
  me(@Ctx() { request }: GraphQLContext): Officer {
    return request.officer!;
  }

  @Authorized()
  @Query(() => [Officer], { description: 'Officers you may see (admins: their force)' })
  officers(@Ctx() { request, services }: GraphQLContext): Promise<Officer[]> {
    return services.officers.list(request);
  }

  @Authorized()
  @Mutation(() => Officer)
  createOfficer(@Arg('input') input: CreateOfficerInput, @Ctx() { request, services }: GraphQLContext): Promise<Officer> {
    return services.officers.create(request, input);
  }

  @Authorized()
  @Mutation(() => Officer)
  setOfficerRoles(
    @Arg('officerId', () => ID) officerId: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Arg('overseesForceIds', () => [ID], { nullable: true }) overseesForceIds: string[] | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Officer> {
    return services.officers.setRoles(request, officerId, roles, overseesForceIds);
  }
}

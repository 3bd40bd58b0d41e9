import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Force, SharingAgreement } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import { CreateSharingAgreementInput } from './force.input';

@Resolver(() => Force)
export class ForceResolver {
  @Authorized()
  @Query(() => [Force])
  forces(@Ctx() { request, services }: GraphQLContext): Promise<Force[]> {
    return services.forces.list(request);
  }

  @Authorized()
  @Query(() => [SharingAgreement], { description: 'Agreements that involve forces you may see' })
  sharingAgreements(@Ctx() { request, services }: GraphQLContext): Promise<SharingAgreement[]> {
    return services.forces.listSharingAgreements(request);
  }

  @Authorized()
  @Mutation(() => SharingAgreement)
  createSharingAgreement(@Arg('input') input: CreateSharingAgreementInput, @Ctx() { request, services }: GraphQLContext): Promise<SharingAgreement> {
    return services.forces.createSharingAgreement(request, input);
  }

  @Authorized()
  @Mutation(() => SharingAgreement)
  revokeSharingAgreement(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext): Promise<SharingAgreement> {
    return services.forces.revokeSharingAgreement(request, id);
  }
}

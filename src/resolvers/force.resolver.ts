import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Force, SharingAgreement } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { Page } from '../services';
import { PageArgs } from './connection.type';
import { ForceConnection, SharingAgreementConnection } from './connections.type';
import {
  CreateSharingAgreementInput,
  SetProbeHitRateGateInput,
  SetSeriousnessTiersInput,
  SetThresholdFloorInput,
} from './force.input';
import { SeriousnessTierType } from './seriousness-tier.type';

@Resolver(() => Force)
export class ForceResolver {
  @FieldResolver(() => Float, {
    description:
      "Lowest similarity threshold a search may use without authorisation: the force's active face model version scores impostor pairs at or above it at the floor's false-match rate (on its calibration set)",
  })
  thresholdFloor(@Root() force: Force, @Ctx() { services }: GraphQLContext): Promise<number> {
    return services.forces.thresholdFloor(force);
  }

  @FieldResolver(() => String, {
    description:
      "The face model version the force's searches use (its templates are the only ones they compare); see forceModelVersions for the others it holds",
  })
  activeModelVersion(@Root() force: Force, @Ctx() { services }: GraphQLContext): Promise<string> {
    return services.forces.activeModelVersion(force);
  }

  @FieldResolver(() => [SeriousnessTierType], {
    description:
      "Which offence categories are in which seriousness tier, and what each tier's searches need and may do (the default configuration until a force admin sets tiers)",
  })
  seriousnessTiers(@Root() force: Force, @Ctx() { services }: GraphQLContext): SeriousnessTierType[] {
    return services.forces.seriousnessTiers(force);
  }

  @Authorized()
  @Query(() => ForceConnection, { description: 'Every force, by code' })
  forces(
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<Force>> {
    return services.forces.list(request, { first, after });
  }

  @Authorized()
  @Query(() => SharingAgreementConnection, {
    description: 'Agreements that involve forces you may see, newest first',
  })
  sharingAgreements(
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<SharingAgreement>> {
    return services.forces.listSharingAgreements(request, { first, after });
  }

  @Authorized()
  @Mutation(() => SharingAgreement)
  createSharingAgreement(
    @Arg('input') input: CreateSharingAgreementInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<SharingAgreement> {
    return services.forces.createSharingAgreement(request, input);
  }

  @Authorized()
  @Mutation(() => Force, {
    description:
      "Your force's floor on probes' expected hit rate, and whether an authoriser may override it (force admins; audited)",
  })
  setProbeHitRateGate(
    @Arg('input') input: SetProbeHitRateGateInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Force> {
    return services.forces.setProbeHitRateGate(request, input);
  }

  @Authorized()
  @Mutation(() => Force, {
    description:
      "Your force's threshold floor, a false-match rate of 0.001, 0.0001 or 0.00001 (force admins; audited): searches below the face model's cosine there need an authoriser",
  })
  setThresholdFloor(
    @Arg('input') input: SetThresholdFloorInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Force> {
    return services.forces.setThresholdFloor(request, input);
  }

  @Authorized()
  @Mutation(() => [SeriousnessTierType], {
    description:
      "Sets your force's seriousness tiers, every offence category in exactly one (force admins; audited with a reason); returns them",
  })
  setSeriousnessTiers(
    @Arg('input') input: SetSeriousnessTiersInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<SeriousnessTierType[]> {
    return services.forces.setSeriousnessTiers(request, {
      reason: input.reason,
      tiers: input.tiers.map((t) => ({
        ...t,
        thresholdFloorFalseMatchRate: t.thresholdFloorFalseMatchRate ?? null,
      })),
    });
  }

  @Authorized()
  @Mutation(() => SharingAgreement)
  revokeSharingAgreement(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<SharingAgreement> {
    return services.forces.revokeSharingAgreement(request, id);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ModelSwitch } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { ForceModelVersionView } from '../services';
import {
  DecideModelSwitchInput,
  DeleteModelTemplatesInput,
  ForceModelVersionType,
  ProposeModelSwitchInput,
} from './model-version.type';

@Resolver(() => ModelSwitch)
export class ModelVersionResolver {
  @Authorized()
  @Query(() => [ForceModelVersionType], {
    description:
      "A force's face model versions (default your own): the active one its searches use, any being enrolled or kept, their coverage of the gallery and the floor under each (gallery managers and force admins of the force, oversight of it). A handful: a plain list",
  })
  forceModelVersions(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ForceModelVersionView[]> {
    return services.modelVersions.list(request, forceId ?? undefined);
  }

  @Authorized()
  @Query(() => [ModelSwitch], { description: "A force's switches of model version, newest first" })
  modelSwitches(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelSwitch[]> {
    return services.modelVersions.switches(request, forceId ?? undefined);
  }

  @Authorized()
  @Mutation(() => ModelSwitch, {
    description:
      "Proposes switching your force's searches to another face model version (gallery managers; audited): refused unless the version is calibrated, validated by the force on its own labelled images (MODEL_VERSION_NOT_VALIDATED) and covers the whole gallery. A second gallery manager approves",
  })
  proposeModelSwitch(
    @Arg('input') input: ProposeModelSwitchInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelSwitch> {
    return services.modelVersions.proposeSwitch(request, input);
  }

  @Authorized()
  @Mutation(() => ModelSwitch, {
    description:
      "Approves another gallery manager's proposed switch (never your own; audited): your force's searches use the version from now on, and the old one is kept until its templates are deleted",
  })
  approveModelSwitch(
    @Arg('input') input: DecideModelSwitchInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelSwitch> {
    return services.modelVersions.approveSwitch(request, input);
  }

  @Authorized()
  @Mutation(() => ModelSwitch, { description: 'Withdraws or turns down a proposed switch (audited)' })
  withdrawModelSwitch(
    @Arg('input') input: DecideModelSwitchInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelSwitch> {
    return services.modelVersions.withdrawSwitch(request, input);
  }

  @Authorized()
  @Mutation(() => ForceModelVersionType, {
    description:
      'Deletes every template of a model version your force no longer searches with (gallery managers; audited); switching back to it then needs a new re-enrolment',
  })
  deleteModelTemplates(
    @Arg('input') input: DeleteModelTemplatesInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ForceModelVersionView> {
    return services.modelVersions.deleteTemplates(request, input);
  }
}

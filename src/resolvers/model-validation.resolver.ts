import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { validationCsv } from '../services/model-validation.format';
import { ModelValidationType } from './model-validation.type';

@Resolver(() => ModelValidationType)
export class ModelValidationResolver {
  @Authorized()
  @Query(() => [ModelValidationType], {
    description:
      "A force's validations of face model versions on its own labelled images (default your own force), newest first, optionally of one version (gallery managers, authorisers and admins of the force, oversight of it). A handful: a plain list",
  })
  modelValidations(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined,
    @Arg('modelVersion', () => String, { nullable: true }) modelVersion: string | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelValidationType[]> {
    return services.validations.list(request, {
      forceId: forceId ?? undefined,
      modelVersion: modelVersion ?? undefined,
    });
  }

  @Authorized()
  @Query(() => ModelValidationType, { description: 'One validation (NOT_FOUND: none you may read)' })
  modelValidation(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ModelValidationType> {
    return services.validations.get(request, id);
  }

  @FieldResolver(() => String, {
    description: 'The rates as CSV: one row per group and threshold, with intervals and counts',
  })
  csv(@Root() validation: ModelValidationType): string {
    return validationCsv(validation);
  }
}

import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { OversightStatisticsType } from './oversight-statistics.type';

@Resolver(() => OversightStatisticsType)
export class OversightStatisticsResolver {
  @Authorized()
  @Query(() => OversightStatisticsType, {
    description:
      'Statistics and outcome monitoring of the forces you oversee (oversight), per force and month, for requests submitted in [from, to)',
  })
  oversightStatistics(
    @Arg('from', () => Date, { description: 'Inclusive' }) from: Date,
    @Arg('to', () => Date, { description: 'Exclusive' }) to: Date,
    @Arg('forceId', () => ID, {
      nullable: true,
      description: 'One force you oversee; all of them when absent',
    })
    forceId: string | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.statistics.statistics(request, { from, to, forceId });
  }
}

import DataLoader from 'dataloader';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RetentionHold, SearchRequestPurge } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { RequestParts, SearchRequestView, Services } from '../services';
import { PlaceRetentionHoldArgs, ReleaseRetentionHoldArgs, SetRetentionPolicyInput } from './retention.input';
import { RetentionHoldType, RetentionPolicyType, SearchRequestPurgeType } from './retention.type';
import { SearchRequestType } from './search-request.type';

const holdView = (h: RetentionHold, now = new Date()): RetentionHoldType => ({
  ...h,
  inForce: h.releasedAt === null && h.reviewAt > now,
});

/** One batch per operation's set of requests (a view's `parts` is shared by the requests of one call). */
const holdLoaders = new WeakMap<RequestParts, DataLoader<string, RetentionHold | null>>();
function holdLoader(services: Services, parts: RequestParts) {
  let loader = holdLoaders.get(parts);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const latest = await services.retention.latestHolds(ids);
      return ids.map((id) => latest.get(id) ?? null);
    });
    holdLoaders.set(parts, loader);
  }
  return loader;
}

@Resolver(() => RetentionPolicyType)
export class RetentionResolver {
  @Authorized()
  @Query(() => RetentionPolicyType, {
    description:
      "A force's retention periods for searches (your own force by default; force admins, supervisors, oversight of the force)",
  })
  retentionPolicy(
    @Arg('forceId', () => ID, { nullable: true }) forceId: string | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.retention.policy(request, forceId);
  }

  @Authorized()
  @Mutation(() => RetentionPolicyType, {
    description:
      "Set how long your force keeps its searches' probes, candidate lists and review decisions (force admins; audited with a reason)",
  })
  setRetentionPolicy(
    @Arg('input') input: SetRetentionPolicyInput,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.retention.setPolicy(request, input);
  }

  @Authorized()
  @Mutation(() => RetentionHoldType, {
    description:
      'Retain a search request for proceedings until a review date, with a reason: it is not purged meanwhile. A hold in force is renewed (the requester or a supervisor; audited)',
  })
  async placeRetentionHold(
    @Args() { requestId, reason, reviewAt }: PlaceRetentionHoldArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return holdView(await services.retention.placeHold(request, requestId, { reason, reviewAt }));
  }

  @Authorized()
  @Mutation(() => RetentionHoldType, {
    description:
      "Release a request's hold for proceedings, with a reason (the requester or a supervisor; audited)",
  })
  async releaseRetentionHold(
    @Args() { requestId, reason }: ReleaseRetentionHoldArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return holdView(await services.retention.releaseHold(request, requestId, reason));
  }
}

@Resolver(() => SearchRequestType)
export class SearchRequestRetentionResolver {
  @FieldResolver(() => SearchRequestPurgeType, {
    nullable: true,
    description:
      "Set once the probe image and template, candidate list and review decisions were purged under the force's retention periods: when, under which rule, and what went. Image fields are then null",
  })
  async purged(
    @Root() view: SearchRequestView,
    @Ctx() { services }: GraphQLContext,
  ): Promise<SearchRequestPurge | null> {
    if (!view.row.purgedAt) return null;
    return (await services.retention.tombstones([view.id])).get(view.id) ?? null;
  }

  @FieldResolver(() => RetentionHoldType, {
    nullable: true,
    description: 'The latest hold for proceedings (in force or not); null when it was never held',
  })
  async retentionHold(
    @Root() view: SearchRequestView,
    @Ctx() { services }: GraphQLContext,
  ): Promise<RetentionHoldType | null> {
    const hold = await holdLoader(services, view.parts).load(view.id);
    return hold ? holdView(hold) : null;
  }
}

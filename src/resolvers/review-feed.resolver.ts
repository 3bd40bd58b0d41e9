import {
  Args,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import { SAME_FOR_EVERY_SUBSCRIBER } from '../schema/field-extensions';
import type { ReviewQueue, ReviewTaskNotice, SearchRequestNotice } from '../services';
import { PageArgs } from './connection.type';
import { ReviewTaskConnection, SearchRequestConnection } from './connections.type';
import { ReviewQueueType, ReviewTaskNoticeType, SearchRequestNoticeType } from './review-feed.type';

type Subscribe = { context: GraphQLContext };
/** A notice carries ids and status from the event alone: the same for everyone told about it. */
const shared = { [SAME_FOR_EVERY_SUBSCRIBER]: true };

/**
 * The live review queue over graphql-ws, and the catch-up read behind it. Every notice is checked
 * against the subscriber's ability at the moment it is sent, not when the subscription began;
 * what is sent for a notice is worked out once per document, not per socket.
 */
@Resolver()
export class ReviewFeedResolver {
  @Authorized()
  @Query(() => ReviewQueueType, {
    description:
      'Your open review work now. Read it whenever the socket (re)connects: a missed notice is never a lost task',
  })
  reviewQueue(@Ctx() { request, services }: GraphQLContext) {
    return services.feed.queue(request);
  }

  @Authorized()
  @Extensions(shared)
  @Subscription(() => ReviewTaskNoticeType, {
    description: 'Reviewers: tasks you may claim entering the pool (status OPEN) or leaving it',
    subscribe: ({ context }: Subscribe) =>
      context.services.feed.watchTasks(context.request, 'AVAILABLE_TASKS'),
  })
  availableReviewTasks(@Root() notice: ReviewTaskNotice): ReviewTaskNotice {
    return notice;
  }

  @Authorized()
  @Extensions(shared)
  @Subscription(() => ReviewTaskNoticeType, {
    description:
      'Reviewers: a task you hold taken from you (released, reassigned, timed out, cancelled) or one assigned to you',
    subscribe: ({ context }: Subscribe) => context.services.feed.watchTasks(context.request, 'MY_TASKS'),
  })
  myReviewTaskChanges(@Root() notice: ReviewTaskNotice): ReviewTaskNotice {
    return notice;
  }

  @Authorized()
  @Extensions(shared)
  @Subscription(() => SearchRequestNoticeType, {
    description: 'Requesters: each change of state of a search request you made',
    subscribe: ({ context }: Subscribe) =>
      context.services.feed.watchRequests(context.request, 'MY_REQUESTS'),
  })
  mySearchRequestChanges(@Root() notice: SearchRequestNotice): SearchRequestNotice {
    return notice;
  }

  @Authorized()
  @Extensions(shared)
  @Subscription(() => SearchRequestNoticeType, {
    description: 'Supervisors: requests you may adjudicate becoming DISPUTED, and leaving that state',
    subscribe: ({ context }: Subscribe) => context.services.feed.watchRequests(context.request, 'DISPUTES'),
  })
  disputedSearchRequests(@Root() notice: SearchRequestNotice): SearchRequestNotice {
    return notice;
  }
}

/** The review queue's lists, each a connection read page by page. */
@Resolver(() => ReviewQueueType)
export class ReviewQueueResolver {
  @FieldResolver(() => ReviewTaskConnection, { description: 'Open tasks you may claim, oldest first' })
  available(
    @Root() _queue: ReviewQueue,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.feed.queueAvailable(request, { first, after });
  }

  @FieldResolver(() => ReviewTaskConnection, {
    description: 'Tasks you hold (claim not expired at asOf), in the order you claimed them',
  })
  held(
    @Root() queue: ReviewQueue,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.feed.queueHeld(request, { first, after }, queue.asOf);
  }

  @FieldResolver(() => SearchRequestConnection, {
    description: 'Disputed requests you may adjudicate, longest waiting first',
  })
  disputes(
    @Root() _queue: ReviewQueue,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.feed.queueDisputes(request, { first, after });
  }
}

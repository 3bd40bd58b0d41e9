import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReviewStage, ReviewTaskStatus } from '../entities';
import type { ReviewTaskView, ReviewView } from '../services';
import type { GraphQLContext } from '../schema/context.type';
import { PageArgs } from './connection.type';
import { ReviewTaskConnection } from './connections.type';
import { ReassignReviewTaskArgs, SubmitReviewInput } from './search-request.input';
import {
  DecisionType,
  FaceImageContentType,
  FaceImageType,
  ReviewPacketType,
  ReviewTaskType,
  ReviewType,
} from './search-request.type';

@Resolver(() => ReviewTaskType)
export class ReviewResolver {
  @Authorized()
  @Query(() => ReviewTaskConnection, {
    description:
      "Reviewers: tasks you may claim and those you hold or held. Supervisors and oversight: their forces' tasks. Oldest first (by creation, then id)",
  })
  reviewTasks(
    @Arg('status', () => ReviewTaskStatus, { nullable: true }) status: ReviewTaskStatus | undefined,
    @Arg('stage', () => ReviewStage, { nullable: true }) stage: ReviewStage | undefined,
    @Arg('requestId', () => ID, { nullable: true }) requestId: string | undefined,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.reviews.list(request, { status, stage, requestId }, { first, after });
  }

  @Authorized()
  @Query(() => ReviewPacketType, { description: 'The probe and candidates of a task you hold' })
  reviewPacket(@Arg('taskId', () => ID) taskId: string, @Ctx() { request, services }: GraphQLContext) {
    return services.reviews.packet(request, taskId);
  }

  @Authorized()
  @Mutation(() => ReviewTaskType, {
    description: 'Take a task from the pool; it is yours until claimExpiresAt',
  })
  claimReviewTask(@Arg('taskId', () => ID) taskId: string, @Ctx() { request, services }: GraphQLContext) {
    return services.reviews.claim(request, taskId);
  }

  @Authorized()
  @Mutation(() => ReviewTaskType, { description: 'Hand a task you hold back to the pool' })
  releaseReviewTask(@Arg('taskId', () => ID) taskId: string, @Ctx() { request, services }: GraphQLContext) {
    return services.reviews.release(request, taskId);
  }

  @Authorized()
  @Mutation(() => ReviewTaskType, {
    description: 'Supervisors: move a stuck task back to the pool, or to a named eligible reviewer',
  })
  reassignReviewTask(
    @Args() { taskId, reviewerId, reason }: ReassignReviewTaskArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.reviews.reassign(request, taskId, reviewerId, reason);
  }

  @Authorized()
  @Mutation(() => ReviewTaskType, {
    description:
      'Submit a decision and rationale for every candidate of a task you hold; a submitted review is never changed',
  })
  submitReview(@Arg('input') input: SubmitReviewInput, @Ctx() { request, services }: GraphQLContext) {
    return services.reviews.submit(request, input.taskId, input.decisions, input.expectedVersion);
  }

  @FieldResolver(() => [DecisionType], {
    nullable: true,
    description:
      "Your own decisions (reviewers); supervisors and oversight see all, except a first review's while they hold its second. One per candidate (at most 200): a plain list",
  })
  decisions(@Root() task: ReviewTaskView, @Ctx() { request, services }: GraphQLContext) {
    return services.fieldGuard.shown(
      request,
      'ReviewTask',
      'decisions',
      { requestId: task.requestId, requestStatus: null, stage: task.stage },
      task.decisions,
    );
  }
}

@Resolver(() => ReviewType)
export class ReviewRecordResolver {
  @FieldResolver(() => [DecisionType], {
    nullable: true,
    description:
      "Null while withheld: the first review's decisions from whoever holds the request's second review. One per candidate (at most 200): a plain list",
  })
  decisions(@Root() review: ReviewView, @Ctx() { request, services }: GraphQLContext) {
    return services.fieldGuard.shown(
      request,
      'Review',
      'decisions',
      { requestId: review.requestId, requestStatus: review.requestStatus, stage: review.stage },
      review.decisions,
    );
  }
}

@Resolver(() => FaceImageType)
export class FaceImageResolver {
  @FieldResolver(() => FaceImageContentType, { description: 'One audited view of the image' })
  async content(
    @Root() image: FaceImageType,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<FaceImageContentType> {
    const viewed = await services.reviews.viewImage(request, {
      requestId: image.requestId,
      kind: image.kind,
      candidateId: image.candidateId,
      frame: image.frame ?? null,
      taskId: image.taskId,
    });
    return { mimeType: viewed.mimeType, dataBase64: viewed.bytes.toString('base64'), viewId: viewed.viewId };
  }
}

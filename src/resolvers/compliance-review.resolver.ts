import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Force } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import type { ComplianceReviewView, Page } from '../services';
import { PageArgs } from './connection.type';
import { ComplianceReviewConnection } from './connections.type';
import {
  CompleteComplianceReviewInput,
  ComplianceReviewsArgs,
  SetComplianceReviewSettingsInput,
} from './compliance-review.input';
import { ComplianceReviewType } from './compliance-review.type';

/** Post-search compliance review: the queue, claims, findings and each force's settings. */
@Resolver(() => ComplianceReviewType)
export class ComplianceReviewResolver {
  @Authorized()
  @Query(() => ComplianceReviewConnection, {
    description:
      "Supervisors: their force's compliance review queue; oversight: the reviews and findings of the forces they oversee. Oldest first (by queuedAt, then id)",
  })
  complianceReviews(
    @Args() filter: ComplianceReviewsArgs,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Page<ComplianceReviewView>> {
    return services.compliance.list(request, filter, { first, after });
  }

  @Authorized()
  @Query(() => ComplianceReviewType)
  complianceReview(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ComplianceReviewView> {
    return services.compliance.get(request, id);
  }

  @Authorized()
  @Mutation(() => ComplianceReviewType, {
    description:
      'Supervisors who took no part in the search: take a review from the queue (of two racing claims one wins; the other is CONFLICT)',
  })
  claimComplianceReview(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ComplianceReviewView> {
    return services.compliance.claim(request, id);
  }

  @Authorized()
  @Mutation(() => ComplianceReviewType, {
    description: 'Hand a compliance review you hold back to the queue',
  })
  releaseComplianceReview(
    @Arg('id', () => ID) id: string,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ComplianceReviewView> {
    return services.compliance.release(request, id);
  }

  @Authorized()
  @Mutation(() => ComplianceReviewType, {
    description:
      'Complete a compliance review you hold: one finding per criterion, a note for every NOT_MET; a completed review is never changed',
  })
  completeComplianceReview(
    @Arg('input') input: CompleteComplianceReviewInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<ComplianceReviewView> {
    return services.compliance.complete(request, input);
  }

  @Authorized()
  @Mutation(() => Force, {
    description:
      "Your force's compliance review sample rate (0.1 to 1) and due period in days (force admins; audited)",
  })
  setComplianceReviewSettings(
    @Arg('input') input: SetComplianceReviewSettingsInput,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<Force> {
    return services.compliance.setSettings(request, input);
  }
}

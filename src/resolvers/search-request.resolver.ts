import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { SearchRequestStatus } from '../entities';
import type { GraphQLContext } from '../schema/context.type';
import {
  AdjudicateArgs,
  CreateSearchRequestInput,
  DecideAuthorisationArgs,
  WithdrawArgs,
} from './search-request.input';
import type { CandidateView, SearchRequestView } from '../services';
import { PageArgs } from './connection.type';
import { imageSource } from './image-source';
import { SearchRequestConnection } from './connections.type';
import { CandidateType, DisclosurePackType, SearchRequestType } from './search-request.type';

const version = () => Int;

@Resolver(() => SearchRequestType)
export class SearchRequestResolver {
  @Authorized()
  @Query(() => SearchRequestType, { description: 'One search request, with the fields your role may see' })
  searchRequest(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext) {
    return services.searches.get(request, id);
  }

  @Authorized()
  @Query(() => SearchRequestConnection, {
    description: 'Search requests you may see, newest first (by creation, then id)',
  })
  searchRequests(
    @Arg('status', () => SearchRequestStatus, { nullable: true }) status: SearchRequestStatus | undefined,
    @Arg('caseId', () => ID, { nullable: true }) caseId: string | undefined,
    @Args() { first, after }: PageArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.list(request, { status, caseId }, { first, after });
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description:
      'Open a search on one of your cases (a DRAFT, with the probe analysed and its quality recorded)',
  })
  createSearchRequest(
    @Arg('input') input: CreateSearchRequestInput,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    const { probeUploadId, probeImageBase64, additionalProbeUploadIds, ...rest } = input;
    return services.searches.create(request, {
      ...rest,
      probe: imageSource('probe', probeUploadId, probeImageBase64),
      additionalProbes: additionalProbeUploadIds?.map((uploadId) => ({ uploadId })),
    });
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description:
      'Submit a draft: it goes to an authoriser when policy requires, otherwise the search runs at once',
  })
  submitSearchRequest(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', version, { nullable: true }) expectedVersion: number | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.submit(request, id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description:
      "Authorise (the search then runs) or refuse a request awaiting authorisation; never one's own",
  })
  decideSearchAuthorisation(
    @Args() { id, authorise, rationale, expectedVersion }: DecideAuthorisationArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.decideAuthorisation(request, id, authorise, rationale, expectedVersion);
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description: 'Run the search of a submitted or authorised request again after a failure',
  })
  runSearch(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', version, { nullable: true }) expectedVersion: number | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.runSearch(request, id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description: 'Settle a disputed request (supervisors), with a rationale',
  })
  adjudicateSearchRequest(
    @Args() { id, result, candidateId, rationale, expectedVersion }: AdjudicateArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.adjudicate(request, id, result, candidateId, rationale, expectedVersion);
  }

  @Authorized()
  @Mutation(() => SearchRequestType, { description: 'Close a request whose outcome is known' })
  closeSearchRequest(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', version, { nullable: true }) expectedVersion: number | undefined,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.close(request, id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => SearchRequestType, {
    description: 'Withdraw an open request, with a reason; its review tasks leave the pool',
  })
  withdrawSearchRequest(
    @Args() { id, reason, expectedVersion }: WithdrawArgs,
    @Ctx() { request, services }: GraphQLContext,
  ) {
    return services.searches.withdraw(request, id, reason, expectedVersion);
  }

  @Authorized()
  @Query(() => DisclosurePackType, {
    description:
      'The disclosure pack of a closed request (supervisors; oversight without the probe image); each call is audited',
  })
  disclosurePack(@Arg('id', () => ID) id: string, @Ctx() { request, services }: GraphQLContext) {
    return services.searches.disclosurePack(request, id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The threshold as a false-match rate: an upper bound read off the face model's calibration, the smallest measured rate (0.001, 0.0001, 0.00001) whose cosine is at or below the threshold, never interpolated. Null where the threshold is hidden from you, below the model's cosine at 0.001, or read against another model version than the one that searched",
  })
  thresholdFalseMatchRate(
    @Root() view: SearchRequestView,
    @Ctx() { services }: GraphQLContext,
  ): Promise<number | null> {
    return services.searches.thresholdFalseMatchRate(view);
  }
}

@Resolver(() => CandidateType)
export class CandidateResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Cosine similarity; null where policy hides it from you (and from the second reviewer while their review is to come)',
  })
  score(@Root() candidate: CandidateView, @Ctx() { request, services }: GraphQLContext) {
    return services.fieldGuard.shown(
      request,
      'SearchCandidate',
      'score',
      { requestId: candidate.requestId, requestStatus: candidate.requestStatus },
      candidate.score,
    );
  }
}

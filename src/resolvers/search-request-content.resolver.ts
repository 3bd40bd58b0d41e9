import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import {
  outcomeCustodyRecord,
  requestCandidates,
  requestCrimeReference,
  requestOutcome,
  requestReviews,
  type CandidateView,
  type CustodyRecordView,
  type OutcomeView,
  type PendingOutcome,
  type ReviewView,
  type SearchRequestView,
} from '../services';
import {
  CandidateType,
  CustodyRecordType,
  OutcomeType,
  ReviewType,
  SearchRequestType,
} from './search-request.type';

/**
 * The parts of a search request that are not its own row, wherever a SearchRequest is returned
 * (queries, mutation results, the review queue, the disclosure pack): loaded only when selected,
 * for all the requests of a result at once. The justification and the candidate list are
 * recorded as read (once per request per operation) before they are returned.
 */
@Resolver(() => SearchRequestType)
export class SearchRequestContentResolver {
  @FieldResolver(() => String, { nullable: true })
  justification(
    @Root() view: SearchRequestView,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<string | null> {
    return services.fieldGuard.shown(
      request,
      'SearchRequest',
      'justification',
      owner(view),
      view.justification,
    );
  }

  @FieldResolver(() => String, { nullable: true })
  crimeReference(@Root() view: SearchRequestView): Promise<string | null> {
    return requestCrimeReference(view);
  }

  @FieldResolver(() => OutcomeType, {
    nullable: true,
    description: 'Once two reviewers agree or a supervisor adjudicates',
  })
  outcome(
    @Root() view: SearchRequestView & { outcome?: OutcomeView | null },
  ): PendingOutcome | OutcomeView | null {
    // a view loaded whole (the disclosure pack) carries its outcome already
    return view.outcome !== undefined ? view.outcome : requestOutcome(view);
  }

  @FieldResolver(() => [CandidateType], {
    nullable: true,
    description: "Ranked candidates, at most the request's k (200): a plain list, never paged",
  })
  async candidates(
    @Root() view: SearchRequestView,
    @Ctx() { request, services }: GraphQLContext,
  ): Promise<CandidateView[] | null> {
    return services.fieldGuard.shown(
      request,
      'SearchRequest',
      'candidates',
      owner(view),
      await requestCandidates(view),
    );
  }

  @FieldResolver(() => [ReviewType], { nullable: true })
  reviews(@Root() view: SearchRequestView): Promise<ReviewView[] | null> {
    return requestReviews(view);
  }
}

@Resolver(() => OutcomeType)
export class OutcomeResolver {
  @FieldResolver(() => CustodyRecordType, { nullable: true })
  custodyRecord(
    @Root() outcome: PendingOutcome | OutcomeView,
  ): Promise<CustodyRecordView | null> | CustodyRecordView | null {
    return 'custodyRecord' in outcome ? outcome.custodyRecord : outcomeCustodyRecord(outcome);
  }
}

const owner = (view: SearchRequestView) => ({
  requestId: view.id,
  forceId: view.forceId,
  requestStatus: view.status,
});

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../schema/context.type';
import type { CandidateView, SearchRequestView } from '../services';
import { CandidateType, SearchRequestType } from './search-request.type';

/**
 * A search request's justification and candidate list, wherever a SearchRequest is returned
 * (queries, mutation results, the review queue, the disclosure pack): each read the caller may
 * make is recorded, once per request per operation, before the value is returned.
 */
@Resolver(() => SearchRequestType)
export class SearchRequestContentResolver {
  @FieldResolver(() => String, { nullable: true })
  async justification(@Root() view: SearchRequestView, @Ctx() { request, services }: GraphQLContext): Promise<string | null> {
    if (view.justification === null) return null;
    await services.searchContentReads.record(request, view, 'justification');
    return view.justification;
  }

  @FieldResolver(() => [CandidateType], { nullable: true, description: 'Ranked candidates, at most the request\'s k (200): a plain list, never paged' })
  async candidates(@Root() view: SearchRequestView, @Ctx() { request, services }: GraphQLContext): Promise<CandidateView[] | null> {
    if (view.candidates === null) return null;
    await services.searchContentReads.record(request, view, 'candidates');
    return view.candidates;
  }
}

import type { RequestContext, Services } from '../services';

/** What every resolver receives: who is asking (with their ability) and the domain services. */
export interface GraphQLContext {
  request: RequestContext;
  services: Services;
}

import type { AuthCheckerFn } from 'type-graphql';
import { unauthenticated } from '../errors';
import type { GraphQLContext } from './context.type';

/**
 * `@Authorized()` means "signed in as an active officer". What a signed-in officer may do is
 * decided by the CASL ability in the services, which also audits each denial.
 */
export const authChecker: AuthCheckerFn<GraphQLContext> = ({ context }) => {
  if (!context.request.officer) throw unauthenticated();
  return true;
};

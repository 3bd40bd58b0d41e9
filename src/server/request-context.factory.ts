import { randomUUID } from 'node:crypto';
import type { TokenVerifier } from '../auth/token-verifier';
import { unauthenticated } from '../errors';
import { defineAbilityFor } from '../policy';
import type { RequestContext, Services } from '../services';

/**
 * Turns an Authorization header value into a RequestContext: verified token -> active officer ->
 * CASL ability. No header means an anonymous context (only `__typename`-like queries work);
 * a header that fails verification is refused outright.
 */
export function createRequestContextFactory(verifyToken: TokenVerifier, services: Services) {
  return async function contextFor(authorization: string | undefined): Promise<RequestContext & { tokenExpiresAt?: Date }> {
    const requestId = randomUUID();
    if (!authorization) return { requestId, officer: null, ability: defineAbilityFor(null) };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const token = await verifyToken(match[1]);
    const officer = await services.officers.findActiveBySubject(token.subject);
    if (!officer) throw unauthenticated('No active officer is registered for this token');
    if (token.forceCode) {
      const force = await services.officers.forceOf(officer);
      if (force?.code !== token.forceCode) throw unauthenticated("The token's force does not match the officer's force");
    }
    const ability = defineAbilityFor({
      officerId: officer.id,
      forceId: officer.forceId,
      roles: officer.roles,
      reviewerCertifiedUntil: officer.reviewerCertifiedUntil,
      overseesForceIds: officer.overseesForceIds,
    });
    return { requestId, officer, ability, tokenExpiresAt: token.expiresAt };
  };
}

export type RequestContextFactory = ReturnType<typeof createRequestContextFactory>;

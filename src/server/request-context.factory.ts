import { createHash, randomUUID } from 'node:crypto';
import type { TokenVerifier, VerifiedToken } from '../auth/token-verifier';
import { DomainError, unauthenticated } from '../errors';
import type { Logger } from '../logging/logger';
import { defineAbilityFor } from '../policy';
import { RequestMemo, type FailedSignIn, type RequestContext, type Services } from '../services';

/** Sign-in failures that cannot be audited are logged: this many a minute, then a count. */
const UNAUDITED_FAILURE_LOG_PER_MINUTE = 20;
/** Verified tokens remembered at most (the oldest are forgotten first). */
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Turns an Authorization header value into a RequestContext: verified token -> active officer ->
 * CASL ability. No header means an anonymous context (only `__typename`-like queries work);
 * a header that fails verification is refused outright. A refused token that our issuer signed
 * for a known officer is audited (rate-limited, see SignInAuditService); any other is logged.
 */
export function createRequestContextFactory(
  verifyToken: TokenVerifier,
  services: Services,
  logger?: Logger,
  options: { cacheTtlMs?: number } = {},
) {
  const logUnaudited = rateLimitedLog(logger);
  const verify = rememberVerified(verifyToken, options.cacheTtlMs ?? 0);

  async function authenticate(
    requestId: string,
    authorization: string,
  ): Promise<RequestContext & { tokenExpiresAt?: Date }> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    const token = await verify(match[1]);
    // the officer row, force code and ability: reused briefly, dropped at once when the officer changes (ActorCache)
    const actor = await services.actors.get(token.subject);
    if (!actor)
      throw failed(
        unauthenticated('No active officer is registered for this token'),
        token.subject,
        'OFFICER_NOT_ACTIVE',
      );
    if (token.forceCode && actor.forceCode !== token.forceCode) {
      throw failed(
        unauthenticated("The token's force does not match the officer's force"),
        token.subject,
        'FORCE_MISMATCH',
      );
    }
    return {
      requestId,
      officer: actor.officer,
      ability: actor.ability,
      memo: new RequestMemo(),
      tokenExpiresAt: token.expiresAt,
    };
  }

  async function noteFailure(error: DomainError): Promise<void> {
    const subject = error.internal.signedSubject;
    const failure = error.internal.failure as FailedSignIn['failure'] | undefined;
    if (typeof subject === 'string' && failure) {
      try {
        const outcome = await services.signIns.recordFailure({
          subject,
          failure,
          claim: typeof error.internal.claim === 'string' ? error.internal.claim : undefined,
        });
        if (outcome !== 'UNKNOWN_SUBJECT') return;
      } catch (auditError) {
        logger?.error(
          { err: auditError instanceof Error ? auditError.message : String(auditError) },
          'failed sign-in could not be audited',
        );
        return;
      }
    }
    logUnaudited(error.message);
  }

  return async function contextFor(
    authorization: string | undefined,
  ): Promise<RequestContext & { tokenExpiresAt?: Date }> {
    const requestId = randomUUID();
    if (!authorization)
      return { requestId, officer: null, ability: defineAbilityFor(null), memo: new RequestMemo() };
    try {
      return await authenticate(requestId, authorization);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') await noteFailure(error);
      throw error;
    }
  };
}

/**
 * A token verified once is not verified again for `ttlMs` (never past its expiry): remembered by
 * the SHA-256 of its bytes, so the same bytes get the same answer without the signature check.
 * Refusals are not remembered: each is verified (and audited) again.
 */
function rememberVerified(verifyToken: TokenVerifier, ttlMs: number): TokenVerifier {
  if (ttlMs <= 0) return verifyToken;
  const verified = new Map<string, { token: VerifiedToken; until: number }>();
  return async (raw) => {
    const key = createHash('sha256').update(raw).digest('base64');
    const now = Date.now();
    const hit = verified.get(key);
    if (hit && hit.until > now) return hit.token;
    verified.delete(key);
    const token = await verifyToken(raw);
    verified.set(key, { token, until: Math.min(now + ttlMs, token.expiresAt.getTime()) });
    // oldest first: forget what has lapsed (or is over the cap), so memory follows the tokens in use
    for (const [oldKey, entry] of verified) {
      if (entry.until > now && verified.size <= VERIFIED_TOKENS_MAX) break;
      verified.delete(oldKey);
    }
    return token;
  };
}

function failed(error: DomainError, signedSubject: string, failure: FailedSignIn['failure']): DomainError {
  Object.assign(error.internal, { signedSubject, failure });
  return error;
}

/** Logs refused tokens that are not audited (never the token), at most N a minute, then how many were not logged. */
function rateLimitedLog(logger?: Logger) {
  let windowStart = 0;
  let logged = 0;
  let dropped = 0;
  return (reason: string) => {
    if (!logger) return;
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      if (dropped) logger.warn({ dropped }, 'sign-in failures not logged in the last minute');
      windowStart = now;
      logged = 0;
      dropped = 0;
    }
    if (logged >= UNAUDITED_FAILURE_LOG_PER_MINUTE) {
      dropped += 1;
      return;
    }
    logged += 1;
    logger.warn({ reason }, 'sign-in failed (token not ours or no such officer; not audited)');
  };
}

export type RequestContextFactory = ReturnType<typeof createRequestContextFactory>;

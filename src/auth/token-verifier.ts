import { createRemoteJWKSet, errors, importSPKI, jwtVerify, JWTPayload, JWTVerifyGetKey, SignJWT } from 'jose';
import type { Config } from '../config/config';
import { DomainError, unauthenticated } from '../errors';

export interface VerifiedToken {
  subject: string;
  /** Optional force code claim; when present it must match the officer's force. */
  forceCode?: string;
  expiresAt: Date;
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

const DEV_ALG = 'HS256';

/**
 * Verifies bearer tokens: against a JWKS URL or a public key in production, or an HS256
 * secret in the embedded development mode (config validation refuses that secret elsewhere).
 * Every failure is UNAUTHENTICATED with a reason a client can act on, never the token.
 */
export async function createTokenVerifier(auth: Config['auth']): Promise<TokenVerifier> {
  let key: Uint8Array | Awaited<ReturnType<typeof importSPKI>> | JWTVerifyGetKey;
  let algorithms: string[];
  if (auth.jwksUrl) {
    key = createRemoteJWKSet(new URL(auth.jwksUrl));
    algorithms = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
  } else if (auth.publicKeyPem) {
    key = await importSPKI(auth.publicKeyPem, auth.publicKeyAlg);
    algorithms = [auth.publicKeyAlg];
  } else if (auth.devSecret) {
    key = new TextEncoder().encode(auth.devSecret);
    algorithms = [DEV_ALG];
  } else {
    throw new Error('no token verification key configured');
  }

  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1] & JWTVerifyGetKey, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      // A claim is checked only after the signature: such a token was issued by our issuer, so
      // its subject is passed on (internal only) for the failed sign-in to be audited.
      const signedSubject = (e: { payload: JWTPayload }) => (typeof e.payload.sub === 'string' ? { signedSubject: e.payload.sub } : {});
      if (error instanceof errors.JWTExpired) throw withInternal(unauthenticated('The token has expired'), { ...signedSubject(error), failure: 'TOKEN_EXPIRED' });
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw withInternal(unauthenticated(`The token's "${error.claim}" claim is not accepted`), { ...signedSubject(error), failure: 'TOKEN_CLAIM_REJECTED', claim: error.claim });
      }
      throw unauthenticated('The token is not valid');
    }
    return {
      subject: payload.sub as string,
      forceCode: typeof payload.force === 'string' ? payload.force : undefined,
      expiresAt: new Date((payload.exp as number) * 1000),
    };
  };
}

function withInternal(error: DomainError, internal: Record<string, unknown>): DomainError {
  Object.assign(error.internal, internal);
  return error;
}

/** Development tokens for the demo officers (embedded mode only). */
export async function mintDevToken(auth: Config['auth'], subject: string, options: { expiresIn?: string | number; forceCode?: string } = {}): Promise<string> {
  if (!auth.devSecret) throw new Error('development tokens need the embedded mode with its development secret');
  const jwt = new SignJWT(options.forceCode ? { force: options.forceCode } : {})
    .setProtectedHeader({ alg: DEV_ALG })
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  return jwt.sign(new TextEncoder().encode(auth.devSecret));
}

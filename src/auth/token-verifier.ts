import {
  createRemoteJWKSet,
  decodeJwt,
  errors,
  importSPKI,
  jwtVerify,
  JWTPayload,
  JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import type { KeyObject } from 'node:crypto';
import type { Config } from '../config/config';
import { DomainError, unauthenticated } from '../errors';
import { DEV_KEY_ALG, developmentKeyPair } from './dev-key-pair';
import { developmentSecret } from './dev-secret';

export interface VerifiedToken {
  subject: string;
  /** Optional force code claim; when present it must match the officer's force. */
  forceCode?: string;
  expiresAt: Date;
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>;

const DEV_ALG = 'HS256';

/**
 * Verifies bearer tokens: against a JWKS URL or a public key in production, an HS256 secret in
 * the embedded development mode (config validation refuses that secret elsewhere), or the local
 * development key pair's public key in development with DATABASE_URL (never in production).
 * `sub`, `iat` and `exp` are required; a token may live at most `maxTokenLifetimeS` (from `iat`,
 * and from now) and may not be issued in the future, beyond `clockToleranceS`; a `force` claim, if
 * present, must be a string. Every failure is UNAUTHENTICATED with a reason a client can act on,
 * never the token.
 */
export async function createTokenVerifier(auth: Config['auth']): Promise<TokenVerifier> {
  let key: Uint8Array | Awaited<ReturnType<typeof importSPKI>> | KeyObject | JWTVerifyGetKey;
  let algorithms: string[];
  if (auth.jwksUrl) {
    key = createRemoteJWKSet(new URL(auth.jwksUrl));
    algorithms = ['RS256', 'PS256', 'ES256', 'ES384', 'EdDSA'];
  } else if (auth.publicKeyPem) {
    key = await importSPKI(auth.publicKeyPem, auth.publicKeyAlg);
    algorithms = [auth.publicKeyAlg];
  } else if (auth.devSecret) {
    key = new TextEncoder().encode(developmentSecret(auth.devSecret));
    algorithms = [DEV_ALG];
  } else if (auth.devKeyDir) {
    key = developmentKeyPair(auth.devKeyDir).publicKey;
    algorithms = [DEV_KEY_ALG];
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
        requiredClaims: ['sub', 'iat', 'exp'],
      }));
    } catch (error) {
      // A claim is checked only after the signature: such a token was issued by our issuer, so
      // its subject is passed on (internal only) for the failed sign-in to be audited.
      const signedSubject = (e: { payload: JWTPayload }) =>
        typeof e.payload.sub === 'string' ? { signedSubject: e.payload.sub } : {};
      if (error instanceof errors.JWTExpired)
        throw withInternal(unauthenticated('The token has expired'), {
          ...signedSubject(error),
          failure: 'TOKEN_EXPIRED',
        });
      if (error instanceof errors.JWTClaimValidationFailed) {
        throw withInternal(unauthenticated(`The token's "${error.claim}" claim is not accepted`), {
          ...signedSubject(error),
          failure: 'TOKEN_CLAIM_REJECTED',
          claim: error.claim,
        });
      }
      throw unauthenticated('The token is not valid');
    }
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = payload.iat as number;
    const expires = payload.exp as number;
    if (issuedAt > now + auth.clockToleranceS)
      throw unauthenticated('The token\'s "iat" claim is in the future');
    // an issuer's clock may run a little ahead of ours; expiry is kept to the second (sockets close then)
    if (
      expires - issuedAt > auth.maxTokenLifetimeS ||
      expires - now > auth.maxTokenLifetimeS + auth.clockToleranceS
    ) {
      throw unauthenticated(`The token lives longer than the ${auth.maxTokenLifetimeS} s allowed`);
    }
    const force = payload.force;
    if (force !== undefined && (typeof force !== 'string' || force === ''))
      throw unauthenticated('The token\'s "force" claim is not accepted');
    return {
      subject: payload.sub as string,
      forceCode: force,
      expiresAt: new Date(expires * 1000),
    };
  };
}

function withInternal(error: DomainError, internal: Record<string, unknown>): DomainError {
  Object.assign(error.internal, internal);
  return error;
}

/**
 * Development tokens for the demo officers: HS256 with the embedded mode's secret, or EdDSA with
 * the local key pair in development with DATABASE_URL. Refused with NODE_ENV=production and
 * wherever the service verifies against a real identity provider's key.
 */
export async function mintDevToken(
  auth: Config['auth'],
  subject: string,
  options: { expiresIn?: string | number; forceCode?: string; production?: boolean } = {},
): Promise<string> {
  if (options.production || process.env.NODE_ENV === 'production')
    throw new Error(
      'development tokens are refused with NODE_ENV=production: tokens come from the identity provider',
    );
  if (!auth.devSecret && !auth.devKeyDir)
    throw new Error(
      'development tokens need the embedded mode (its development secret), or DATABASE_URL with no AUTH_JWKS_URL or AUTH_PUBLIC_KEY set (the local development key pair)',
    );
  const jwt = new SignJWT(options.forceCode ? { force: options.forceCode } : {})
    .setSubject(subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  const token = auth.devSecret
    ? await jwt
        .setProtectedHeader({ alg: DEV_ALG })
        .sign(new TextEncoder().encode(developmentSecret(auth.devSecret)))
    : await jwt.setProtectedHeader({ alg: DEV_KEY_ALG }).sign(developmentKeyPair(auth.devKeyDir!).privateKey);
  const { iat, exp } = decodeJwt(token);
  if ((exp as number) - (iat as number) > auth.maxTokenLifetimeS)
    throw new Error(`a token may live at most ${auth.maxTokenLifetimeS} s (AUTH_MAX_TOKEN_LIFETIME_S)`);
  return token;
}

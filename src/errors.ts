import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from './db/availability';
import type { Logger } from './logging/logger';

/**
 * Every failure a client may see has a code. Services throw `DomainError`s and never import
 * GraphQL; `formatGraphQLError` (Apollo's formatError) is the one place that turns them into
 * responses. Anything else reaches the client as a bare INTERNAL_SERVER_ERROR; its detail goes
 * to the log only.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  // a graphql-ws socket already runs as many operations as it may
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'CONFLICT'
  | 'INVALID_STATE'
  // the database or the face pipeline cannot take the request now: retry later (HTTP 503)
  | 'UNAVAILABLE'
  // image and face problems (from src/inference), kept distinct so a client can tell the user what to fix
  | 'UNREADABLE_IMAGE'
  | 'UNSUPPORTED_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'NO_FACE'
  | 'MULTIPLE_FACES'
  | 'FACE_TOO_SMALL'
  | 'LOW_QUALITY'
  // an upload id (POST /uploads) that is unknown, expired, used already or another officer's: all
  // alike, so an id never tells whether someone else's upload exists
  | 'UPLOAD_NOT_FOUND'
  // trusted documents (TRUSTED_DOCUMENTS): an operation sent as text, or an id the server does not know
  | 'OPERATION_NOT_TRUSTED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  // the probe's expected hit rate is below its force's floor (extensions carry the figure and the floor)
  | 'PROBE_BELOW_EXPECTED_HIT_RATE_FLOOR'
  // face model versions: one this installation cannot provide; a switch to a version whose
  // templates do not yet cover the force's gallery, or whose calibration was never recorded
  | 'MODEL_VERSION_UNAVAILABLE'
  | 'MODEL_COVERAGE_INCOMPLETE'
  | 'MODEL_VERSION_NOT_CALIBRATED'
  // a switch to a version the force has not validated on its own labelled images
  | 'MODEL_VERSION_NOT_VALIDATED'
  // a template whose length is not its model version's
  | 'TEMPLATE_DIMENSION_MISMATCH'
  // the request's probe, candidates and review decisions were purged under its force's retention periods
  | 'PURGED'
  // an action on a confirmed lead (identification procedure, arrest, charge, public appeal) with no
  // independent corroborating evidence recorded first, or a lead recorded as corroborated without it
  | 'CORROBORATION_REQUIRED'
  // a workflow step by an officer who has not acknowledged the version of their force's facial
  // recognition policy in force (extensions name the document and version to acknowledge)
  | 'SOP_ACKNOWLEDGEMENT_REQUIRED'
  // a search of a force that requires governance documents, one of which has no version in force
  // (extensions name the missing kinds)
  | 'GOVERNANCE_DOCUMENT_MISSING'
  // an authoriser below the rank the search's seriousness tier asks for (extensions: requiredRank, rank)
  | 'AUTHORISER_RANK_TOO_LOW'
  // a probe enhancement outside the allow-list (anything generative, compositing, or unknown), or a
  // parameter of an allowed one outside its range (src/services/probe-enhancement.operations.ts)
  | 'ENHANCEMENT_NOT_ALLOWED'
  | 'ENHANCEMENT_PARAMETER_OUT_OF_RANGE'
  // a request with more probe images than MAX_PROBE_IMAGES (extensions: limit, given)
  | 'TOO_MANY_PROBE_IMAGES'
  // an enhancement asked of a request with several probe images (enhancement acts on one image only)
  | 'ENHANCEMENT_SINGLE_IMAGE_ONLY'
  // an operation refused before it runs for its shape (HTTP 400; over graphql-ws an `error` message)
  | QueryLimitCode;

/** Query limits (GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST), each with its own code. */
export const QUERY_LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'QUERY_TOO_COSTLY'] as const;
export type QueryLimitCode = (typeof QUERY_LIMIT_CODES)[number];

/** A query-limit refusal, as a validation rule reports it (graphql-armor's message, without its "Syntax Error:" prefix). */
export function queryLimitError(code: QueryLimitCode, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error:\s*/, ''), { extensions: { code } });
}

/** The query-limit code of a validation error (or of the error it wraps, as Apollo's ValidationError does). */
export function queryLimitCodeOf(error: unknown): QueryLimitCode | null {
  for (let e = error; e instanceof GraphQLError; e = e.originalError) {
    const code = e.extensions?.code;
    if ((QUERY_LIMIT_CODES as readonly unknown[]).includes(code)) return code as QueryLimitCode;
    if (e.originalError === e) break;
  }
  return null;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, non-biometric detail for the client (ids, states, measured values). */
    readonly details: Record<string, unknown> = {},
    /** Detail for the audit log only, never sent to the client (e.g. which force owns the object). */
    readonly internal: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id?: string) =>
  // "not found or no access": existence is never revealed to someone who may not see it
  new DomainError('NOT_FOUND', `${what} not found`, id ? { id } : {});
export const forbidden = (action: string, subject: string, internal: Record<string, unknown> = {}) =>
  new DomainError('FORBIDDEN', `You may not ${action} this ${subject}`, { action, subject }, internal);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('CONFLICT', message, details);
export const badInput = (message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const uploadNotFound = () =>
  new DomainError(
    'UPLOAD_NOT_FOUND',
    'Upload not found: it may have expired or been used already; upload the image again',
  );
export const imageTooLarge = (maxBytes: number, bytes?: number) =>
  new DomainError('IMAGE_TOO_LARGE', 'The image file is larger than allowed', {
    ...(bytes === undefined ? {} : { bytes }),
    maxBytes,
  });
export const purged = (what: string, purgedAt: Date, rule: string) =>
  new DomainError(
    'PURGED',
    `The ${what} of this search request was purged under its force's retention periods`,
    { purgedAt: purgedAt.toISOString(), rule },
  );
export const unavailable = (message = 'The service is temporarily unavailable; try again shortly') =>
  new DomainError('UNAVAILABLE', message, { retryable: true });

/** Errors raised by graphql-js itself (parse/validation) already carry a code set by Apollo. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

function isCodedError(error: unknown): error is Error & { code: string; details?: Record<string, unknown> } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    error.name.endsWith('Error')
  );
}

export function makeErrorFormatter(logger: Logger) {
  return function formatGraphQLError(formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(raw);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof DomainError || (isCodedError(original) && original.name === 'InferenceError')) {
      // a face index the image does not have is a mistake in the request, not a fault of the image
      const indexOutOfRange = original.code === 'FACE_INDEX_OUT_OF_RANGE';
      return {
        ...base,
        message: original.message,
        extensions: {
          code: indexOutOfRange ? 'BAD_USER_INPUT' : original.code,
          ...(indexOutOfRange ? { reason: original.code } : {}),
          ...(original.details ?? {}),
        },
      };
    }
    if (isDatabaseUnavailable(original)) {
      const { code, message, details } = unavailable();
      logger.warn(
        { err: original instanceof Error ? original.message : String(original), path: formatted.path },
        'database unavailable',
      );
      return { ...base, message, extensions: { code, ...details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors ?? []);
      return {
        ...base,
        message: 'Argument validation failed',
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const limit = queryLimitCodeOf(raw);
    if (limit) return { ...base, extensions: { code: limit } };
    const code = formatted.extensions?.code;
    if (
      typeof code === 'string' &&
      PASS_THROUGH_CODES.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError) && code === 'INTERNAL_SERVER_ERROR')
    ) {
      return { ...base, extensions: { code } };
    }
    if (
      original instanceof GraphQLError &&
      typeof original.extensions?.code === 'string' &&
      original.extensions.code !== 'INTERNAL_SERVER_ERROR'
    ) {
      // e.g. graphql-armor's limits, which set their own codes
      return { ...base, extensions: { code: original.extensions.code } };
    }
    logger.error(
      {
        err:
          original instanceof Error
            ? { name: original.name, message: original.message, stack: original.stack }
            : String(original),
        path: formatted.path,
      },
      'unexpected error',
    );
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

interface NestedValidationError {
  property: string;
  constraints?: Record<string, string>;
  children?: NestedValidationError[];
}

/** Names each failing field by its path (e.g. `decisions.0.rationale`), not only its top-level argument. */
function flattenValidationErrors(
  errors: readonly NestedValidationError[],
  prefix = '',
): Array<{ property: string; constraints: Record<string, string> | undefined }> {
  return errors.flatMap((v) => {
    const property = prefix ? `${prefix}.${v.property}` : v.property;
    const own = v.constraints || !v.children?.length ? [{ property, constraints: v.constraints }] : [];
    return [...own, ...flattenValidationErrors(v.children ?? [], property)];
  });
}

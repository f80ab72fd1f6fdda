// The one error helper: every error a client can see has a stable `extensions.code`, and internal faults are reduced
// to INTERNAL_SERVER_ERROR without stack traces, SQL, constraint names or host names.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that are safe to pass to the client as they are; anything else is an internal fault. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const forbidden = (message = 'Not allowed to read this field') => appError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in or send an API key') => appError(ErrorCode.UNAUTHENTICATED, message);
export const notFound = (what: string) => appError(ErrorCode.NOT_FOUND, `${what} was not found`);

/** A validation error that names the field and the rule it broke. */
export function badInput(field: string, rule: string, message: string): GraphQLError {
  return appError(ErrorCode.BAD_USER_INPUT, message, { field, rule });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return appError(ErrorCode.CONFLICT, message, extensions);
}

/**
 * Apollo Server `formatError`: keep client errors, turn everything else into a bare internal error.
 * The original error is logged by the caller with the request id, so operators can still find it.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // serviceName is the gateway's note of which subgraph answered: internal topology, not the client's business.
    const { stacktrace: _stack, exception: _exception, serviceName: _service, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  void error;
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

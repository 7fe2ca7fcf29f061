// Operational failures. Expected user errors (a malformed upload) are data, not AppErrors.
// One table maps each code to every adapter's representation (STYLE.md rule 8).

export const ERROR_CODES = {
  BAD_INPUT: { httpStatus: 400, title: 'Bad input', graphqlCode: 'BAD_USER_INPUT', mcpIsError: true, cliExitCode: 2 },
  MANIFESTS_INVALID: { httpStatus: 422, title: 'Invalid manifests', graphqlCode: 'BAD_USER_INPUT', mcpIsError: true, cliExitCode: 2 },
  UNAUTHORIZED: { httpStatus: 401, title: 'Unauthorized', graphqlCode: 'UNAUTHENTICATED', mcpIsError: true, cliExitCode: 1 },
  NOT_FOUND: { httpStatus: 404, title: 'Not found', graphqlCode: 'NOT_FOUND', mcpIsError: true, cliExitCode: 1 },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, title: 'Payload too large', graphqlCode: 'PAYLOAD_TOO_LARGE', mcpIsError: true, cliExitCode: 2 },
  UNSUPPORTED_MEDIA_TYPE: { httpStatus: 415, title: 'Unsupported media type', graphqlCode: 'BAD_USER_INPUT', mcpIsError: true, cliExitCode: 2 },
  CONFLICT: { httpStatus: 409, title: 'Conflict', graphqlCode: 'CONFLICT', mcpIsError: true, cliExitCode: 1 },
  UNAVAILABLE: { httpStatus: 503, title: 'Service unavailable', graphqlCode: 'UNAVAILABLE', mcpIsError: true, cliExitCode: 1 },
  INTERNAL: { httpStatus: 500, title: 'Internal error', graphqlCode: 'INTERNAL_SERVER_ERROR', mcpIsError: true, cliExitCode: 1 },
} as const satisfies Record<string, ErrorMapping>;

export interface ErrorMapping {
  httpStatus: number;
  title: string;
  graphqlCode: string;
  mcpIsError: boolean;
  cliExitCode: number;
}

export type ErrorCode = keyof typeof ERROR_CODES;

/** A problem item attached to an error, e.g. one manifest problem of a refused upload. */
export type ErrorDetail = Record<string, unknown>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(code: ErrorCode, message: string, options: { details?: readonly ErrorDetail[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? [];
  }

  get mapping(): ErrorMapping {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Anything that is not an AppError becomes INTERNAL with a message that reveals nothing. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  return new AppError('INTERNAL', 'An unexpected error occurred; it has been logged.', { cause: error });
}

export function errorMapping(code: ErrorCode): ErrorMapping {
  return ERROR_CODES[code];
}

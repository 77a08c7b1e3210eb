/**
 * The error catalogue: every error Dateline reports to a user has a stable code,
 * a message and an HTTP status. One handler (app.ts) renders them as HTML or JSON.
 */

export const ERRORS = {
  NOT_FOUND: { status: 404, message: 'The page you asked for does not exist.' },
  ARTICLE_NOT_FOUND: { status: 404, message: 'No article has that address.' },
  BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database is not answering.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  CONFIG_INVALID: { status: 500, message: 'The configuration is not valid.' },
  INPUT_INVALID: { status: 400, message: 'The input is not valid.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class DatelineError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? ERRORS[code].message, options);
    this.name = 'DatelineError';
    this.code = code;
    this.status = ERRORS[code].status;
  }
}

export function isDatelineError(error: unknown): error is DatelineError {
  return error instanceof DatelineError;
}

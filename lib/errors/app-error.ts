export type TInvalidParam = { name: string; reason: string };

export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

/** The one error type services throw; the route wrapper turns it into a problem+json response. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly invalidParams: TInvalidParam[] = [],
    /** Extra members of the problem+json body, e.g. the current state a 409 loser should see. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static badRequest(message: string, invalidParams: TInvalidParam[] = []): AppError {
    return new AppError("bad_request", message, invalidParams);
  }

  static notFound(what: string): AppError {
    return new AppError("not_found", `${what} was not found.`);
  }

  static conflict(message: string, extensions: Record<string, unknown> = {}): AppError {
    return new AppError("conflict", message, [], extensions);
  }

  static forbidden(message = "You do not have permission to do this."): AppError {
    return new AppError("forbidden", message);
  }

  static unauthenticated(message = "Sign in to continue."): AppError {
    return new AppError("unauthenticated", message);
  }
}

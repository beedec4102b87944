export type TFieldErrors = Record<string, string>;

/** An error answer from the console's API, with the fields it names (problem+json `invalid_params`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: TFieldErrors,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type TProblem = { title?: string; request_id?: string; invalid_params?: { name: string; reason: string }[] };

/** Typed fetch for the console's own JSON API (same origin, session cookie). */
export function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return send<T>(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/**
 * The same for a body sent as it is: multipart/form-data (an evidence file; the browser sets the boundary) or a raw
 * file the server streams (a findings import).
 */
export function apiUpload<T>(path: string, body: FormData | Blob): Promise<T> {
  return send<T>(path, { method: "POST", body });
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "The console could not be reached. Check your connection and try again.", {}, null);
  }
  if (response.ok) return (await response.json()) as T;
  throw await apiErrorFrom(response);
}

async function apiErrorFrom(response: Response): Promise<ApiError> {
  return apiErrorFromProblem(response.status, await response.json().catch(() => null));
}

/**
 * What an error answer means to a form: problem+json's `invalid_params` become field errors (the first reason per
 * field), its `title` the general message; a 401 says the session ended. Any other body (an HTML error page of a
 * proxy, nothing) still gives a message naming the status.
 */
export function apiErrorFromProblem(status: number, body: unknown): ApiError {
  const problem = (typeof body === "object" && body !== null ? body : {}) as TProblem;
  const fieldErrors: TFieldErrors = {};
  for (const param of Array.isArray(problem.invalid_params) ? problem.invalid_params : []) {
    if (typeof param?.name === "string" && typeof param.reason === "string") fieldErrors[param.name] ??= param.reason;
  }
  const message =
    status === 401
      ? "Your session has ended. Sign in again to continue."
      : typeof problem.title === "string" && problem.title
        ? problem.title
        : `The request failed (HTTP ${status}).`;
  return new ApiError(status, message, fieldErrors, typeof problem.request_id === "string" ? problem.request_id : null);
}

/** The field errors an error carries: none unless the API named fields. */
export function fieldErrorsOf(error: unknown): TFieldErrors {
  return error instanceof ApiError ? error.fieldErrors : {};
}

/**
 * The error for a field that holds a list: the list's own, else the first of its items' ("residency.2.count"), since
 * the form shows the list as one field.
 */
export function listFieldError(errors: TFieldErrors, name: string): string | undefined {
  return errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
}

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
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? {} : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "The console could not be reached. Check your connection and try again.", {}, null);
  }
  if (response.ok) return (await response.json()) as T;
  throw await apiErrorFrom(response);
}

/** The same for a multipart/form-data upload (e.g. an evidence file); the browser sets the boundary. */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: "POST", body: form, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "The console could not be reached. Check your connection and try again.", {}, null);
  }
  if (response.ok) return (await response.json()) as T;
  throw await apiErrorFrom(response);
}

async function apiErrorFrom(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => ({}))) as TProblem;
  const fieldErrors: TFieldErrors = {};
  for (const param of problem.invalid_params ?? []) fieldErrors[param.name] ??= param.reason;
  const message =
    response.status === 401
      ? "Your session has ended. Sign in again to continue."
      : (problem.title ?? `The request failed (HTTP ${response.status}).`);
  return new ApiError(response.status, message, fieldErrors, problem.request_id ?? null);
}

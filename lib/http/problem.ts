import { AppError, type TInvalidParam } from "@/lib/errors/app-error";

/** An RFC 9457 problem+json response. */
export function problemResponse(
  status: number,
  title: string,
  requestId: string,
  invalidParams: TInvalidParam[] = [],
  extensions: Record<string, unknown> = {},
): Response {
  const body: Record<string, unknown> = { ...extensions, type: "about:blank", title, status, request_id: requestId };
  if (invalidParams.length > 0) body.invalid_params = invalidParams;
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "x-request-id": requestId, "cache-control": "no-store" },
  });
}

export function appErrorResponse(error: AppError, requestId: string): Response {
  return problemResponse(error.status, error.message, requestId, error.invalidParams, error.extensions);
}

import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { resolveActor } from "@/lib/auth/actor";
import { can, refusalReason, type POLICY, type TAction, type TActor } from "@/lib/auth/policy";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { appErrorResponse, problemResponse } from "@/lib/http/problem";
import { runReadOnly } from "@/lib/db/read-only-request";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { DEFAULT_MAX_TEXT_CHARS, findUnsafeText } from "@/lib/http/safe-text";
import { applyApiSecurityHeaders } from "@/lib/http/security-headers";
import { decodeUtf8, decodeUtf8MarkingBadBytes, parseUrlEncodedStrict } from "@/lib/http/utf8";
import { invalidParamsFromZod } from "@/lib/http/zod-issues";
import { log } from "@/lib/log";
import { recordRouteDefinition, type TRouteDocs } from "@/lib/http/route-definitions";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Marks handlers built by withRoute, so a test can prove every route handler went through it. */
export const ROUTE_PERMISSION = Symbol.for("breachdesk.routePermission");
/** The route's zod schemas, so a test can build valid requests for every route and vary them one field at a time. */
export const ROUTE_SCHEMAS = Symbol.for("breachdesk.routeSchemas");

type TRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type TSchemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };

type TParsed<S extends TSchemas, K extends keyof TSchemas> = S[K] extends z.ZodType ? z.output<S[K]> : undefined;

export type THandlerContext<S extends TSchemas, A extends TAction> = {
  request: Request;
  requestId: string;
  /** Null only for "public" actions. */
  actor: (typeof POLICY)[A] extends "public" ? TActor | null : TActor;
  params: TParsed<S, "params">;
  query: TParsed<S, "query">;
  body: TParsed<S, "body">;
  /** The JSON body's text exactly as received (e.g. to keep pushed findings verbatim); undefined without a body schema. */
  bodyText: string | undefined;
};

export type TRouteConfig<S extends TSchemas, A extends TAction> = {
  /** One line for the published API reference (lib/api-docs), e.g. "Declare an incident". */
  summary?: string;
  docs?: TRouteDocs;
  /** Required: there is no default, so no route can forget its authorization. */
  permission: A;
  schemas?: S;
  maxBodyBytes?: number;
  /** The longest string a field of this route's params, query or body may be (DEFAULT_MAX_TEXT_CHARS otherwise). */
  maxTextChars?: number;
  /**
   * The body is kept verbatim and checked item by item by its domain (pushed findings: one bad finding must not
   * refuse its neighbours), so the wrapper does not refuse it for unsafe text.
   */
  verbatimBody?: boolean;
  /** Also take the body as an HTML form (application/x-www-form-urlencoded), for downloads started by a plain form. */
  acceptsForm?: boolean;
  /** Also take a JSON body sent as text/plain (Amazon SNS posts its JSON messages so). */
  acceptsTextPlainJson?: boolean;
  /** A request may leave the body out (no Content-Type, no bytes): it then parses as `{}`, every field being optional. */
  optionalBody?: boolean;
  handler: (context: THandlerContext<S, A>) => Promise<Response | unknown>;
};

export type TRouteHandler = ((request: Request, context: TRouteContext) => Promise<Response>) & {
  [ROUTE_PERMISSION]: TAction;
  [ROUTE_SCHEMAS]: TSchemas;
};

/**
 * The one wrapper for every route handler: request id, cross-site write refusal, caller lookup, the
 * permission check from lib/auth/policy.ts, zod parsing of params, query and JSON body, and error mapping
 * (400 with the offending fields, 401/403/404/409, and a generic 500 carrying the request id).
 */
function buildRouteHandler<A extends TAction, S extends TSchemas = Record<never, never>>(
  config: TRouteConfig<S, A>,
): TRouteHandler {
  const route = async (request: Request, context: TRouteContext): Promise<Response> => {
    const requestId = randomUUID();
    try {
      const headers = request.headers;
      const usesBearer = /^bearer\s/i.test(headers.get("authorization") ?? "");
      const trusted = serverEnv().NEXTAUTH_URL ? [serverEnv().NEXTAUTH_URL as string] : [];
      if (!usesBearer && isCrossSiteWrite(request, trusted)) {
        throw AppError.forbidden("Cross-site requests that change data are refused.");
      }

      const actor = await resolveActor(headers);
      if (!can(actor, config.permission)) {
        throw actor ? AppError.forbidden(refusalReason(actor, config.permission)) : AppError.unauthenticated();
      }

      const schemas = config.schemas ?? ({} as S);
      const maxText = config.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
      const rawParams = await context.params;
      const rawQuery = queryObject(request);
      refuseUnsafeText([...findUnsafeText(rawParams, "params", maxText), ...findUnsafeText(rawQuery, "query", maxText)]);
      const params = parseWith(schemas.params, rawParams, "params");
      const query = parseWith(schemas.query, rawQuery, "query");
      const json = schemas.body
        ? await readBody(request, config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, {
            acceptsForm: config.acceptsForm ?? false,
            acceptsTextPlainJson: config.acceptsTextPlainJson ?? false,
            verbatim: config.verbatimBody ?? false,
            optional: config.optionalBody ?? false,
          })
        : undefined;
      if (json && !config.verbatimBody) refuseUnsafeText(findUnsafeText(json.value, "body", maxText));
      const body = json ? parseWith(schemas.body, json.value, "body") : undefined;

      const run = () => config.handler({ request, requestId, actor, params, query, body, bodyText: json?.text } as THandlerContext<S, A>);
      const result = SAFE_METHODS.has(request.method.toUpperCase()) ? await runReadOnly(request.method.toUpperCase(), run) : await run();
      return finish(result instanceof Response ? result : jsonResponse(result ?? null), requestId);
    } catch (error) {
      return finish(errorResponse(error, requestId, request), requestId);
    }
  };
  return Object.assign(route, { [ROUTE_PERMISSION]: config.permission, [ROUTE_SCHEMAS]: config.schemas ?? {} });
}

/** Builds the route handler and records its definition, which the published API reference is generated from. */
export function withRoute<A extends TAction, S extends TSchemas = Record<never, never>>(config: TRouteConfig<S, A>): TRouteHandler {
  const handler = buildRouteHandler(config);
  recordRouteDefinition(handler, config);
  return handler;
}

/** Every answer of a route carries its request id and the security headers (API routes bypass proxy.ts). */
function finish(response: Response, requestId: string): Response {
  response.headers.set("x-request-id", requestId);
  applyApiSecurityHeaders(response.headers);
  return response;
}

export function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

/** A body already written as JSON (by PostgreSQL, lib/db/json-page.ts), sent as is. */
export function jsonTextResponse(json: string, status = 200): Response {
  return new Response(json, { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function refuseUnsafeText(problems: ReturnType<typeof findUnsafeText>): void {
  if (problems.length > 0) throw AppError.badRequest("Some fields contain text that cannot be stored.", problems);
}

function parseWith(schema: z.ZodType | undefined, value: unknown, root: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw AppError.badRequest("Check the highlighted fields and try again.", invalidParamsFromZod(result.error, root));
  }
  return result.data;
}

function queryObject(request: Request): Record<string, string | string[]> {
  const url = new URL(request.url);
  refuseUndecodableForm(url.search.slice(1));
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const previous = query[key];
    query[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return query;
}

const NOT_UTF8 = "The request body is not valid UTF-8.";

/** A form body or a query whose percent-encoded bytes are not UTF-8 (URLSearchParams would read them as U+FFFD). */
function refuseUndecodableForm(text: string): Record<string, string> {
  const parsed = parseUrlEncodedStrict(text);
  if ("fields" in parsed) return parsed.fields;
  throw AppError.badRequest(`${parsed.undecodable ? `“${parsed.undecodable}”` : "A field name"} is not valid UTF-8.`, [
    { name: parsed.undecodable || "body", reason: "is not valid UTF-8 once percent-decoded" },
  ]);
}

type TBodyOptions = { acceptsForm: boolean; acceptsTextPlainJson: boolean; verbatim: boolean; optional: boolean };

async function readBody(request: Request, maxBytes: number, { acceptsForm, acceptsTextPlainJson, verbatim, optional }: TBodyOptions): Promise<{ value: unknown; text: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (optional && contentType === "" && (await readLimited(request, maxBytes)).byteLength === 0) return { value: {}, text: "" };
  const isForm = acceptsForm && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType);
  const isTextPlainJson = acceptsTextPlainJson && /^text\/plain\s*(;|$)/i.test(contentType);
  if (!isForm && !isTextPlainJson && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
    throw AppError.badRequest(`The request body must be JSON${acceptsForm ? " or an HTML form" : ""}.`, [
      { name: "Content-Type", reason: `must be application/json${acceptsForm ? " or application/x-www-form-urlencoded" : ""}` },
    ]);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readLimited(request, maxBytes);
  // A verbatim body is judged item by item by its domain: its bad bytes are marked, not refused here as a whole.
  const text = verbatim && !isForm ? decodeUtf8MarkingBadBytes(bytes) : decodeUtf8(bytes);
  if (text === null) throw AppError.badRequest(NOT_UTF8, [{ name: "body", reason: "is not valid UTF-8" }]);
  if (isForm) return { value: refuseUndecodableForm(text), text };
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch {
    throw AppError.badRequest("The request body is not valid JSON.", [{ name: "body", reason: "is not valid JSON" }]);
  }
}

/** The request's bytes, refused with 413 past `maxBytes` (read as they come: a lying Content-Length changes nothing). */
export async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
}

export const DATABASE_UNREACHABLE =
  "The console cannot reach its database right now. Try again in a few seconds; if you were saving something, check whether it was saved.";

function errorResponse(error: unknown, requestId: string, request: Request): Response {
  if (error instanceof AppError) return appErrorResponse(error, requestId);
  const prismaCode = (error as { code?: unknown } | null)?.code;
  if (prismaCode === "P2002") {
    return problemResponse(409, "This conflicts with something that already exists.", requestId);
  }
  if (prismaCode === "P2025") return problemResponse(404, "Not found.", requestId);
  if (isDatabaseUnreachable(error)) {
    log.warn("database unreachable", { requestId, method: request.method, path: new URL(request.url).pathname, error: (error as Error).message });
    const response = problemResponse(503, DATABASE_UNREACHABLE, requestId);
    response.headers.set("retry-after", "5");
    return response;
  }
  log.error("unhandled error in route", { requestId, method: request.method, path: new URL(request.url).pathname, error });
  return problemResponse(500, "Something went wrong on the server. Quote the request id if you report it.", requestId);
}

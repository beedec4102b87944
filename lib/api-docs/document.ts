import "server-only";
import { buildOpenApiDocument } from "@/lib/api-docs/openapi";
import type { TOpenApiDocument } from "@/lib/api-docs/openapi-types";
import { ROUTE_INDEX } from "@/lib/api-docs/route-index";

let cached: TOpenApiDocument | undefined;

/** This console's OpenAPI document, built once per process: the routes cannot change while it runs. */
export function apiDocument(): TOpenApiDocument {
  cached ??= buildOpenApiDocument(ROUTE_INDEX);
  return cached;
}

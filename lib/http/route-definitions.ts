import type { z } from "zod";
import type { TAction } from "@/lib/auth/policy";

/** What the published API reference says about a route beyond its schemas. */
export type TRouteDocs = {
  /** The success answers when they are not a plain 200 JSON, e.g. `{ 201: "The new incident." }`. */
  responses?: Record<number, string>;
  /** The media type of the success answer when it is not JSON (a PDF, a ZIP, a server-sent event stream…). */
  responseMediaType?: string;
  /** A body the handler reads itself (an upload) rather than through schemas.body. */
  requestBody?: { mediaType: string; description: string };
};

/** The parts of a withRoute configuration that describe the route, as the API reference reads them. */
export type TRouteDefinition = {
  permission: TAction;
  schemas?: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
  maxBodyBytes?: number;
  /** The body may also come as an HTML form (application/x-www-form-urlencoded). */
  acceptsForm?: boolean;
  /** The JSON body may also come as text/plain. */
  acceptsTextPlainJson?: boolean;
  /** The body may be left out (every field optional). */
  optionalBody?: boolean;
  summary?: string;
  docs?: TRouteDocs;
};

// A WeakMap rather than a property on the handler: Next.js inspects a route module's exports, and the handler
// keeps exactly the shape it had.
const definitions = new WeakMap<object, TRouteDefinition>();

export function recordRouteDefinition(handler: object, definition: TRouteDefinition): void {
  definitions.set(handler, definition);
}

/** The definition withRoute recorded for this handler; undefined for anything withRoute did not build. */
export function routeDefinition(handler: unknown): TRouteDefinition | undefined {
  return typeof handler === "function" ? definitions.get(handler) : undefined;
}

import { POLICY, type TAction } from "@/lib/auth/policy";
import { routeDefinition, type TRouteDefinition } from "@/lib/http/route-definitions";
import { inputJsonSchema, JSON_SCHEMA_DIALECT, objectFields } from "@/lib/api-docs/json-schema";
import type { THttpMethod, TOpenApiDocument, TOperation, TParameter, TResponse } from "@/lib/api-docs/openapi-types";

/** Where the versioned API is served (next.config.js rewrites it to the route files under app/api). */
export const API_BASE_PATH = "/api/v1";

/** One route file: its path under the API's base URL and its module's exports. */
export type TRouteIndexEntry = { path: string; file: string; module: Record<string, unknown> };

const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
const WRITE_METHODS = new Set(["PUT", "POST", "PATCH", "DELETE"]);
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const SIGNED_IN: Array<Record<string, string[]>> = [{ apiToken: [] }, { sessionCookie: [] }];

/** The OpenAPI 3.1 document of every route withRoute built, from the definitions it recorded. */
export function buildOpenApiDocument(routes: readonly TRouteIndexEntry[]): TOpenApiDocument {
  const paths: TOpenApiDocument["paths"] = {};
  const tags = new Set<string>();
  for (const route of routes) {
    for (const method of METHODS) {
      const definition = routeDefinition(route.module[method]);
      if (!definition) continue;
      const operation = buildOperation(route.path, method, definition);
      operation.tags.forEach((tag) => tags.add(tag));
      paths[route.path] = { ...paths[route.path], [method.toLowerCase() as THttpMethod]: operation };
    }
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    info: {
      title: "Breachdesk API",
      version: "1",
      description:
        "The HTTP API of the Breachdesk incident console. Call it with an API token (`Authorization: Bearer bd_…`, " +
        "created by an administrator) or from a signed-in browser session. Errors are RFC 9457 problem+json; a 400 " +
        "names each offending field in `invalid_params`.",
    },
    servers: [{ url: API_BASE_PATH, description: "This console" }],
    security: SIGNED_IN,
    tags: [...tags].sort().map((name) => ({ name })),
    paths,
    components: COMPONENTS,
  };
}

function buildOperation(path: string, method: (typeof METHODS)[number], definition: TRouteDefinition): TOperation {
  const { permission, schemas = {}, docs = {} } = definition;
  const rule = POLICY[permission];
  const parameters = [...pathParameters(path, definition), ...queryParameters(definition)];
  const body = schemas.body ? inputJsonSchema(schemas.body) : undefined;
  const maxBodyBytes = definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const operation: TOperation = {
    operationId: operationId(method, path),
    summary: definition.summary ?? defaultSummary(method, path),
    description: [requirement(permission), body ? `JSON body of at most ${maxBodyBytes} bytes.` : null].filter(Boolean).join(" "),
    tags: [path.split("/")[1] ?? "api"],
    "x-permission": permission,
    "x-roles": typeof rule === "string" ? rule : [...rule],
    parameters,
    responses: responses(method, path, definition, Boolean(body)),
  };
  if (rule === "public") operation.security = [];
  if (body) {
    const content = {
      "application/json": { schema: body },
      ...(definition.acceptsForm ? { "application/x-www-form-urlencoded": { schema: body } } : {}),
      ...(definition.acceptsTextPlainJson ? { "text/plain": { schema: body } } : {}),
    };
    operation.requestBody = { required: !definition.optionalBody, content };
  }
  if (docs.requestBody) {
    operation.requestBody = { required: true, description: docs.requestBody.description, content: { [docs.requestBody.mediaType]: {} } };
  }
  return operation;
}

/** "Requires: incident.read (roles admin, commander, …)", the sentence the reference shows for each operation. */
function requirement(permission: TAction): string {
  const rule = POLICY[permission];
  if (rule === "public") return `Public: no sign-in needed (${permission}).`;
  if (rule === "signed-in") return `Requires: ${permission} (any signed-in user or API token).`;
  return `Requires: ${permission} (roles ${rule.join(", ")}).`;
}

function pathParameters(path: string, definition: TRouteDefinition): TParameter[] {
  const schema = definition.schemas?.params ? inputJsonSchema(definition.schemas.params) : {};
  const fields = new Map(objectFields(schema).map((field) => [field.name, field.schema]));
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => parameter(name as string, "path", true, fields.get(name as string) ?? { type: "string" }));
}

function queryParameters(definition: TRouteDefinition): TParameter[] {
  if (!definition.schemas?.query) return [];
  return objectFields(inputJsonSchema(definition.schemas.query)).map((field) => parameter(field.name, "query", field.required, field.schema));
}

function parameter(name: string, location: "path" | "query", required: boolean, schema: Record<string, unknown>): TParameter {
  const { description, ...rest } = schema;
  return { name, in: location, required, ...(typeof description === "string" ? { description } : {}), schema: rest };
}

/** The success answers and each problem+json error the wrapper (or the route's own checks) can answer. */
function responses(method: string, path: string, definition: TRouteDefinition, hasJsonBody: boolean): Record<string, TResponse> {
  const rule = POLICY[definition.permission];
  const { docs = {}, schemas = {} } = definition;
  const mediaType = docs.responseMediaType ?? "application/json";
  const answers: Record<string, TResponse> = {};
  for (const [status, description] of Object.entries(docs.responses ?? { 200: "OK" })) {
    answers[status] = { description, content: { [mediaType]: {} } };
  }
  const write = WRITE_METHODS.has(method);
  const reads = Boolean(schemas.params || schemas.query || hasJsonBody || docs.requestBody);
  if (reads) answers["400"] = { $ref: "#/components/responses/BadRequest" };
  if (rule !== "public") answers["401"] = { $ref: "#/components/responses/Unauthenticated" };
  // Every write is refused (403) when a browser sends it from another site, whatever the permission.
  if (typeof rule !== "string" || write) answers["403"] = { $ref: "#/components/responses/Forbidden" };
  if (path.includes("{")) answers["404"] = { $ref: "#/components/responses/NotFound" };
  if (write) answers["409"] = { $ref: "#/components/responses/Conflict" };
  if (hasJsonBody || docs.requestBody) answers["413"] = { $ref: "#/components/responses/PayloadTooLarge" };
  return answers;
}

/** "post" + "/incidents/{id}/notes" → "postIncidentsByIdNotes": stable and unique per path and method. */
function operationId(method: string, path: string): string {
  const words = path
    .split("/")
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith("{") ? ["by", segment.slice(1, -1)] : segment.split(/[^A-Za-z0-9]+/)));
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

/** "GET /incidents/{id}/timeline/verify" → "GET incidents timeline verify", for a route without a summary. */
function defaultSummary(method: string, path: string): string {
  const words = path.split("/").filter((segment) => segment && !segment.startsWith("{"));
  return `${method} ${words.join(" ").replace(/[-.]/g, " ")}`;
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const COMPONENTS: TOpenApiDocument["components"] = {
  securitySchemes: {
    apiToken: { type: "http", scheme: "bearer", description: "An API token (bd_…), created under Admin › API tokens." },
    sessionCookie: {
      type: "apiKey",
      in: "cookie",
      name: "next-auth.session-token",
      description: "The console's session cookie (__Secure-next-auth.session-token over HTTPS). Writes must come from the console's own origin.",
    },
  },
  schemas: {
    Problem: {
      type: "object",
      description: "RFC 9457 problem details.",
      required: ["type", "title", "status", "request_id"],
      properties: {
        type: { type: "string" },
        title: { type: "string", description: "What went wrong, for a person." },
        status: { type: "integer" },
        request_id: { type: "string", description: "Quote it when reporting a problem; the server log has the same id." },
        invalid_params: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "reason"],
            properties: { name: { type: "string", description: "The field, e.g. body.title" }, reason: { type: "string" } },
          },
        },
      },
    },
  },
  responses: {
    BadRequest: problem("The request is not valid: `invalid_params` names each offending field and why."),
    Unauthenticated: problem("No session and no API token, or the token is revoked."),
    Forbidden: problem("The caller's roles do not hold the permission, or a browser sent this write from another site."),
    NotFound: problem("Not found, or not visible to the caller (a need-to-know incident answers the same)."),
    Conflict: problem("The resource changed or its state does not allow this (the body may carry the current state)."),
    PayloadTooLarge: problem("The request body is larger than this route accepts."),
  },
};

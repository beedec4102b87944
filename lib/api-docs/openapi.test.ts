import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API_BASE_PATH, buildOpenApiDocument } from "@/lib/api-docs/openapi";
import type { TOperation } from "@/lib/api-docs/openapi-types";
import { ROUTE_INDEX } from "@/lib/api-docs/route-index";
import { POLICY } from "@/lib/auth/policy";
import { routeDefinition } from "@/lib/http/route-definitions";
import { ROUTE_PERMISSION, withRoute } from "@/lib/http/with-route";

const METHODS = ["GET", "PUT", "POST", "PATCH", "DELETE"] as const;
const document = buildOpenApiDocument(ROUTE_INDEX);

function operation(path: string, method: string): TOperation {
  const found = document.paths[path]?.[method.toLowerCase() as "get"];
  if (!found) throw new Error(`${method} ${path} is not in the document`);
  return found;
}

describe("the OpenAPI document of every route", () => {
  const handlers = ROUTE_INDEX.flatMap((route) =>
    METHODS.filter((method) => typeof route.module[method] === "function").map((method) => ({ route, method, handler: route.module[method] })),
  );

  it("covers the routes", () => {
    expect(handlers.length).toBeGreaterThan(60);
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: API_BASE_PATH, description: expect.any(String) }]);
  });

  it("has every exported handler with its method and the permission withRoute checks", () => {
    for (const { route, method, handler } of handlers) {
      const found = operation(route.path, method);
      const permission = (handler as { [ROUTE_PERMISSION]: string })[ROUTE_PERMISSION];
      expect(found["x-permission"], `${method} ${route.path}`).toBe(permission);
      expect(found.description, `${method} ${route.path}`).toContain(permission);
      expect(Object.keys(POLICY)).toContain(found["x-permission"]);
    }
  });

  it("gives every operation a written summary", () => {
    const missing = handlers.filter(({ handler }) => !routeDefinition(handler)?.summary).map(({ route, method }) => `${method} ${route.path}`);
    expect(missing, "add `summary` to these withRoute calls").toEqual([]);
  });

  it("has a JSON request body schema wherever the route parses one", () => {
    for (const { route, method, handler } of handlers) {
      const definition = routeDefinition(handler);
      const content = operation(route.path, method).requestBody?.content;
      if (definition?.schemas?.body) {
        expect(content?.["application/json"]?.schema, `${method} ${route.path}`).toBeTypeOf("object");
      } else if (!definition?.docs?.requestBody) {
        expect(content, `${method} ${route.path} has no body`).toBeUndefined();
      }
    }
    // A download started by the console's plain form takes its body as a form too.
    expect(Object.keys(operation("/incidents/{id}/evidence/{evidenceId}/download", "POST").requestBody?.content ?? {})).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
    ]);
    expect(Object.keys(operation("/incidents", "POST").requestBody?.content["application/json"]?.schema?.properties ?? {})).toEqual(
      expect.arrayContaining(["title", "severity", "commanderId"]),
    );
  });

  it("names exactly the path's {params} as path parameters, each required", () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
      for (const found of Object.values(operations)) {
        const declared = found.parameters.filter((parameter) => parameter.in === "path");
        expect(declared.map((parameter) => parameter.name).sort(), path).toEqual(inPath);
        expect(declared.every((parameter) => parameter.required)).toBe(true);
      }
    }
    const tasks = operation("/incidents/{id}/tasks", "GET").parameters;
    expect(tasks.find((parameter) => parameter.name === "id")?.schema).toMatchObject({ type: "string", format: "uuid" });
    expect(tasks.some((parameter) => parameter.in === "query")).toBe(true);
  });

  it("gives only valid JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat("base64", /^[A-Za-z0-9+/]*={0,2}$/);
    const schemas: Array<[string, object]> = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, found] of Object.entries(operations)) {
        for (const parameter of found.parameters) schemas.push([`${method} ${path} ${parameter.name}`, parameter.schema]);
        for (const media of Object.values(found.requestBody?.content ?? {})) if (media.schema) schemas.push([`${method} ${path} body`, media.schema]);
      }
    }
    expect(schemas.length).toBeGreaterThan(80);
    for (const [where, schema] of schemas) {
      expect(() => ajv.compile(schema), where).not.toThrow();
      expect(JSON.stringify(schema), `${where} is self-contained`).not.toContain("$ref");
    }
    const declare = ajv.compile(operation("/incidents", "POST").requestBody?.content["application/json"]?.schema ?? {});
    expect(declare({ title: "Bucket open", severity: "high", commanderId: "7f0c3a56-8a4e-4d1c-9d6a-1b2c3d4e5f60" })).toBe(true);
    expect(declare({ title: "Bucket open", severity: "apocalyptic", commanderId: "7f0c3a56-8a4e-4d1c-9d6a-1b2c3d4e5f60" })).toBe(false);
  });

  it("says who may call each operation and how it answers errors", () => {
    const declare = operation("/incidents", "POST");
    expect(declare.description).toBe("Requires: incident.declare (roles admin, commander). JSON body of at most 1048576 bytes.");
    expect(Object.keys(declare.responses)).toEqual(expect.arrayContaining(["400", "401", "403", "409", "413"]));
    expect(declare.responses["404"]).toBeUndefined();
    expect(Object.keys(operation("/incidents/{id}", "GET").responses)).toEqual(expect.arrayContaining(["400", "401", "403", "404"]));

    const health = operation("/health", "GET");
    expect(health.security).toEqual([]);
    expect(health.responses["401"]).toBeUndefined();
    expect(operation("/openapi.json", "GET").description).toContain("any signed-in user or API token");
    expect(Object.keys(document.components.securitySchemes)).toEqual(["apiToken", "sessionCookie"]);
    expect(document.security).toEqual([{ apiToken: [] }, { sessionCookie: [] }]);
  });

  it("documents a route from what withRoute recorded, the summary and an upload body included", () => {
    const handler = withRoute({
      permission: "evidence.create",
      summary: "Upload a file",
      docs: { requestBody: { mediaType: "multipart/form-data", description: "The file." }, responses: { 201: "Stored." } },
      schemas: { params: z.object({ id: z.uuid(), evidenceId: z.uuid() }), query: z.object({ reason: z.string().min(1).meta({ description: "Why" }) }) },
      handler: async () => null,
    });
    const built = buildOpenApiDocument([{ path: "/incidents/{id}/evidence/{evidenceId}", file: "fixture", module: { POST: handler, GET: () => null } }]);
    const found = built.paths["/incidents/{id}/evidence/{evidenceId}"];
    expect(found?.get, "a handler withRoute did not build is not documented").toBeUndefined();
    expect(found?.post).toMatchObject({
      summary: "Upload a file",
      operationId: "postIncidentsByIdEvidenceByEvidenceId",
      tags: ["incidents"],
      "x-roles": [...POLICY["evidence.create"]],
      requestBody: { description: "The file.", content: { "multipart/form-data": {} } },
      parameters: [
        { name: "id", in: "path", required: true },
        { name: "evidenceId", in: "path", required: true },
        { name: "reason", in: "query", required: true, description: "Why", schema: { type: "string", minLength: 1 } },
      ],
    });
    expect(Object.keys(found?.post?.responses ?? {})).toEqual(["201", "400", "401", "403", "404", "409", "413"]);
  });
});

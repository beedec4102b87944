import { beforeEach, describe, expect, it } from "vitest";
import { GET as incidentsRoute } from "@/app/api/incidents/route";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { call, createToken } from "./api-helpers";
import { resetDatabase } from "./reset-db";

// API routes bypass proxy.ts (see its matcher), so withRoute itself must put the security headers on every answer.
describe("security headers on API responses", () => {
  beforeEach(resetDatabase);

  it("are on a successful answer and on an error, with the request id", async () => {
    const token = await createToken(["commander"]);
    for (const response of [await call(incidentsRoute, "GET", "/api/incidents", { token }), await call(incidentsRoute, "GET", "/api/incidents")]) {
      expect(response.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

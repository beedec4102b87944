import path from "node:path";
import { describe, expect, it } from "vitest";
import { POLICY } from "@/lib/auth/policy";
import { APP_DIR, EXCEPTIONS, exportedHandlers, relativeRoute, routeFiles } from "@/tests/support/routes";

describe("every route handler is authorized through withRoute and the policy module", () => {
  const files = routeFiles(APP_DIR);

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    const relative = relativeRoute(file);
    it(`${relative}`, () => {
      const handlers = exportedHandlers(file);
      expect(handlers.length, "a route file must export at least one HTTP method").toBeGreaterThan(0);
      if (EXCEPTIONS[relative]) return;
      for (const handler of handlers) {
        expect(handler.problem ?? null, `${handler.method} must be \`export const ${handler.method} = withRoute({ permission: "…" })\``).toBeNull();
        expect(handler.permission, `${handler.method} must be built by withRoute with a literal permission`).not.toBeNull();
        expect(Object.keys(POLICY), `${handler.method}'s permission must be an action in lib/auth/policy.ts`).toContain(handler.permission);
      }
    });
  }

  it("the checker itself catches an unwrapped handler", () => {
    const dir = path.join(__dirname, "fixtures", "unwrapped-route");
    const handlers = exportedHandlers(path.join(dir, "route.ts"));
    expect(handlers).toEqual([
      { method: "GET", permission: null },
      { method: "POST", permission: null, problem: "exported as a plain function" },
      { method: "DELETE", permission: "incident.read" },
    ]);
  });
});

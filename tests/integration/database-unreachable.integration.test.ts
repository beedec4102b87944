import { describe, expect, it, vi } from "vitest";
import { DATABASE_UNREACHABLE, withRoute } from "@/lib/http/with-route";

describe("a route whose database is away", () => {
  it("answers 503 with Retry-After and a sentence saying what to do, not a 500", async () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = withRoute({
      permission: "health.read",
      summary: "test",
      handler: async () => {
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      },
    });
    const response = await route(new Request("http://localhost/api/health/live"), { params: Promise.resolve({}) });
    warn.mockRestore();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { title: string }).title).toBe(DATABASE_UNREACHABLE);
  });
});

import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

function request(method: string, headers: Record<string, string>): Request {
  return new Request("http://localhost:3000/api/incidents", { method, headers: { host: "localhost:3000", ...headers } });
}

describe("isCrossSiteWrite", () => {
  it("lets reads through from anywhere", () => {
    expect(isCrossSiteWrite(request("GET", { origin: "https://evil.example" }), [])).toBe(false);
  });

  it("accepts a write from the console's own origin", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "http://localhost:3000" }), [])).toBe(false);
  });

  it("refuses a write whose Origin is another site", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "https://evil.example" }), [])).toBe(true);
    expect(isCrossSiteWrite(request("DELETE", { origin: "http://localhost:3001" }), [])).toBe(true);
  });

  it("refuses an opaque origin", () => {
    expect(isCrossSiteWrite(request("PATCH", { origin: "null" }), [])).toBe(true);
  });

  it("accepts the configured public URL behind a proxy", () => {
    const behindProxy = request("POST", { origin: "https://breachdesk.example.com" });
    expect(isCrossSiteWrite(behindProxy, ["https://breachdesk.example.com"])).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when there is no Origin", () => {
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "cross-site" }), [])).toBe(true);
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "same-origin" }), [])).toBe(false);
  });

  it("accepts non-browser clients that send neither header", () => {
    expect(isCrossSiteWrite(request("POST", {}), [])).toBe(false);
  });
});

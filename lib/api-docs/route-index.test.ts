import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNDOCUMENTED_ROUTES, apiPathOf, apiRouteFiles } from "@/lib/api-docs/route-files";
import { ROUTE_INDEX_FILE, routeIndexSource } from "@/lib/api-docs/route-index-source";

const ROOT = path.resolve(__dirname, "..", "..");
const STALE = "lib/api-docs/route-index.ts is stale: run `npm run api:index` and commit the result";

describe("the route index the API reference is generated from", () => {
  const onDisk = apiRouteFiles(path.join(ROOT, "app"));
  const documented = onDisk.filter((file) => !(file in UNDOCUMENTED_ROUTES));
  const indexSource = readFileSync(path.join(ROOT, ROUTE_INDEX_FILE), "utf8");
  const indexed = [...indexSource.matchAll(/\bfile: "([^"]+)"/g)].map((match) => match[1] as string);

  it("finds the API's route files", () => {
    expect(documented.length).toBeGreaterThan(40);
    expect(documented).toContain("api/incidents/[id]/route.ts");
  });

  it("has an entry for every route file under app/api", () => {
    expect(documented.filter((file) => !indexed.includes(file)), STALE).toEqual([]);
  });

  it("has no entry for a route file that no longer exists", () => {
    expect(indexed.filter((file) => !documented.includes(file)), STALE).toEqual([]);
  });

  it("is exactly what `npm run api:index` writes", () => {
    expect(indexSource === routeIndexSource(documented), STALE).toBe(true);
  });

  it("leaves out only route files that exist, each with a reason", () => {
    for (const [file, reason] of Object.entries(UNDOCUMENTED_ROUTES)) {
      expect(onDisk).toContain(file);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it("turns a route file into its API path", () => {
    expect(apiPathOf("api/incidents/[id]/notices/[noticeId]/send/route.ts")).toBe("/incidents/{id}/notices/{noticeId}/send");
    expect(apiPathOf("api/incidents/[id]/report.pdf/route.ts")).toBe("/incidents/{id}/report.pdf");
    expect(apiPathOf("api/incidents/route.ts")).toBe("/incidents");
  });
});

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routes } from "@/lib/client/routes";

/** The route file a path is served by: each segment is a folder of that name, else the folder of a dynamic segment. */
function routeFileFor(urlPath: string): string | null {
  let dir = "app";
  for (const segment of urlPath.split("?")[0]!.split("/").filter(Boolean)) {
    const literal = path.join(dir, decodeURIComponent(segment));
    if (existsSync(literal)) dir = literal;
    else {
      const dynamic = readdirSync(dir).find((name) => /^\[[^.]+\]$/.test(name));
      if (!dynamic) return null;
      dir = path.join(dir, dynamic);
    }
  }
  return existsSync(path.join(dir, "route.ts")) ? path.join(dir, "route.ts") : null;
}

/** Every path the builders make, with placeholder ids. */
function allPaths(): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") found.push(value);
    else if (typeof value === "function") walk((value as (...args: unknown[]) => unknown)("x1", "x2"));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  // The incident record's downloads take a file name, not an id.
  walk({ ...routes, incident: (id: string) => ({ ...routes.incident(id), download: null }) });
  for (const file of ["report.pdf", "export.zip", "export/timeline.csv"] as const) found.push(routes.incident("x1").download(file));
  return found;
}

describe("API route builders", () => {
  it("build the paths the route files serve", () => {
    const incident = routes.incident("inc-1");
    expect(incident.tasks()).toBe("/api/incidents/inc-1/tasks");
    expect(incident.task("t-9")).toBe("/api/incidents/inc-1/tasks/t-9");
    expect(incident.verifyTimeline()).toBe("/api/incidents/inc-1/timeline/verify");
    expect(incident.events(42)).toBe("/api/incidents/inc-1/events?after=42");
    expect(incident.obligationOwner("ob-1")).toBe("/api/incidents/inc-1/obligations/ob-1/owner");
    expect(incident.notice("n-1").decisions()).toBe("/api/incidents/inc-1/notices/n-1/decisions");
    expect(incident.notice("n-1").receipt()).toBe("/api/incidents/inc-1/notices/n-1/receipt");
    expect(incident.evidence("e-1").legalHold()).toBe("/api/incidents/inc-1/evidence/e-1/legal-hold");
    expect(incident.evidence("e-1").self()).toBe("/api/incidents/inc-1/evidence/e-1");
    expect(incident.download("export/timeline.csv")).toBe("/api/incidents/inc-1/export/timeline.csv");
    expect(routes.ruleReviews("UK-GDPR-33-ICO")).toBe("/api/rules/UK-GDPR-33-ICO/reviews");
    expect(routes.adminAuditExport("json")).toBe("/api/admin/audit/export?format=json");
  });

  it("each name a route file that exists", () => {
    const paths = allPaths();
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => routeFileFor(p) === null)).toEqual([]);
    expect(routeFileFor("/api/incidents/x1/no-such-thing")).toBeNull();
  });

  it("escape every id as one path segment, so an id never reaches another route", () => {
    expect(routes.incident("../users").tasks()).toBe("/api/incidents/..%2Fusers/tasks");
    expect(routes.incident("a?b#c").notice("x/y").send()).toBe("/api/incidents/a%3Fb%23c/notices/x%2Fy/send");
    expect(routes.ruleReviews("EU GDPR/33")).toBe("/api/rules/EU%20GDPR%2F33/reviews");
    expect(routes.user("é")).toBe("/api/users/%C3%A9");
  });
});

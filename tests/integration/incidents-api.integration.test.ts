import { beforeEach, describe, expect, it } from "vitest";
import { GET as listIncidentsRoute, POST as declareRoute } from "@/app/api/incidents/route";
import { GET as timelineRoute } from "@/app/api/incidents/[id]/timeline/route";
import { DELETE as revokeRoute } from "@/app/api/tokens/[id]/route";
import { prisma } from "@/lib/db";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { resetDatabase } from "./reset-db";
import { call, createToken, createUser, type TCall } from "./api-helpers";

async function counts() {
  return { incidents: await prisma.incident.count(), events: await prisma.timelineEvent.count() };
}

describe("POST /api/incidents", () => {
  let commanderId: string;
  let commanderToken: string;

  beforeEach(async () => {
    await resetDatabase();
    commanderId = (await createUser(["commander"], "Casey")).id;
    commanderToken = await createToken(["commander"]);
  });

  const valid = () => ({ title: "Public S3 bucket", severity: "high", summary: "Found by Security Hub", commanderId });

  it("declares the incident and its first timeline event in one go", async () => {
    const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, json: valid() });
    expect(response.status).toBe(201);
    const id = (response.body?.incident as { id: string }).id;

    const events = await prisma.timelineEvent.findMany({ where: { incidentId: id } });
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({ sequence: 1, kind: "incident.declared", prevHash: GENESIS_HASH });
    expect(event.payload).toMatchObject({ title: "Public S3 bucket", severity: "high", commander: { id: commanderId, name: "Casey" } });
    expect(event.hash).toBe(hashTimelineEvent(event));

    const timeline = await call(timelineRoute, "GET", `/api/incidents/${id}/timeline`, { token: commanderToken, params: { id } });
    expect(timeline.status).toBe(200);
    expect((timeline.body?.items as unknown[]).length).toBe(1);
  });

  // Each case: what is sent (merged over a valid body unless it replaces the body), and the field named.
  const badInputs: [string, TCall, string][] = [
    ["an empty title", { json: { title: "   " } }, "title"],
    ["an overlong title", { json: { title: "x".repeat(201) } }, "title"],
    ["an overlong summary", { json: { summary: "s".repeat(10_001) } }, "summary"],
    ["an unknown severity", { json: { severity: "catastrophic" } }, "severity"],
    ["a commander that is not an id", { json: { commanderId: "casey" } }, "commanderId"],
    ["malformed JSON", { rawBody: '{"title": "t",', contentType: "application/json" }, "body"],
    ["a wrong content type", { rawBody: "title=t&severity=low", contentType: "application/x-www-form-urlencoded" }, "Content-Type"],
  ];

  for (const [label, options, field] of badInputs) {
    it(`answers 400 naming "${field}" for ${label}, and writes nothing`, async () => {
      const request = options.json ? { ...options, json: { ...valid(), ...(options.json as object) } } : options;
      const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, ...request });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const names = (response.body?.invalid_params as { name: string }[]).map((p) => p.name);
      expect(names).toContain(field);
      // Words a person understands, shown after the field's label: no zod or parser jargon, no "are not valid".
      for (const { reason } of response.body?.invalid_params as { reason: string }[]) expect(reason).not.toMatch(/Too (small|big)|expected |Invalid|>=|<=/);
      expect(String(response.body?.title)).not.toMatch(/are not valid/);
      expect(await counts()).toEqual({ incidents: 0, events: 0 });
    });
  }

  it("answers 400 naming the body when it is not an object", async () => {
    const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, json: [] });
    expect(response.status).toBe(400);
    expect((response.body?.invalid_params as { name: string }[])[0]?.name).toBe("body");
  });

  it("refuses a commander who is not an active commander, and writes nothing", async () => {
    const engineer = await createUser(["engineer"]);
    const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, json: { ...valid(), commanderId: engineer.id } });
    expect(response.status).toBe(400);
    expect((response.body?.invalid_params as { name: string }[])[0]?.name).toBe("commanderId");
    expect(await counts()).toEqual({ incidents: 0, events: 0 });
  });

  it("answers 413 to a body over the limit", async () => {
    const response = await call(declareRoute, "POST", "/api/incidents", {
      token: commanderToken,
      json: { ...valid(), summary: "x".repeat(1024 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(await counts()).toEqual({ incidents: 0, events: 0 });
  });

  it("answers 401 without credentials and 403 to an exec, and writes nothing", async () => {
    expect((await call(declareRoute, "POST", "/api/incidents", { json: valid() })).status).toBe(401);
    const execToken = await createToken(["exec"]);
    const refused = await call(declareRoute, "POST", "/api/incidents", { token: execToken, json: valid() });
    expect(refused.status).toBe(403);
    expect(await counts()).toEqual({ incidents: 0, events: 0 });
    expect((await call(listIncidentsRoute, "GET", "/api/incidents", { token: execToken })).status).toBe(200);
  });

  it("refuses a cross-site write", async () => {
    const crossSite = await call(declareRoute, "POST", "/api/incidents", { json: valid(), headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(await counts()).toEqual({ incidents: 0, events: 0 });
  });

  it("refuses a revoked token", async () => {
    const adminToken = await createToken(["admin"]);
    const token = await prisma.apiToken.findFirstOrThrow({ where: { roles: { has: "commander" } } });
    const revoke = await call(revokeRoute, "DELETE", `/api/tokens/${token.id}`, { token: adminToken, params: { id: token.id } });
    expect(revoke.status).toBe(200);
    const response = await call(declareRoute, "POST", "/api/incidents", { token: commanderToken, json: valid() });
    expect(response.status).toBe(401);
    expect(await counts()).toEqual({ incidents: 0, events: 0 });
  });
});

describe("GET /api/incidents filters", () => {
  it("filters by status and severity, and names a bad filter", async () => {
    await resetDatabase();
    const commander = await createUser(["commander"]);
    const token = await createToken(["commander"]);
    for (const severity of ["low", "high", "critical"]) {
      const created = await call(declareRoute, "POST", "/api/incidents", { token, json: { title: `${severity} one`, severity, commanderId: commander.id } });
      expect(created.status).toBe(201);
    }
    const high = await call(listIncidentsRoute, "GET", "/api/incidents", { token, query: "?severity=high,critical" });
    expect((high.body?.items as { title: string }[]).map((i) => i.title).sort()).toEqual(["critical one", "high one"]);
    const triage = await call(listIncidentsRoute, "GET", "/api/incidents", { token, query: "?status=triage&severity=low" });
    expect((triage.body?.items as { title: string }[]).map((i) => i.title)).toEqual(["low one"]);
    const closed = await call(listIncidentsRoute, "GET", "/api/incidents", { token, query: "?status=closed" });
    expect(closed.body?.items).toEqual([]);
    const bad = await call(listIncidentsRoute, "GET", "/api/incidents", { token, query: "?severity=extreme" });
    expect(bad.status).toBe(400);
    expect((bad.body?.invalid_params as { name: string }[])[0]?.name).toMatch(/^severity/);
  });
});

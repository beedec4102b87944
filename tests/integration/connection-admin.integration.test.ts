import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as listRoute, POST as addRoute } from "@/app/api/integrations/connections/route";
import { PATCH as patchRoute } from "@/app/api/integrations/connections/[id]/route";
import { POST as testRoute } from "@/app/api/integrations/connections/[id]/test/route";
import { prisma } from "@/lib/db";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { runIntegrationPass } from "@/lib/integration-delivery/deliver-messages";
import { startFake } from "@/tests/fakes/http-fake";
import { startFakeJira } from "@/tests/fakes/jira";
import { startFakePagerDuty } from "@/tests/fakes/pagerduty";
import { startFakeSlack } from "@/tests/fakes/slack";
import { call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

const ROUTING_KEY = "R0UT1NGKEY0123456789abcdefABCDEF";
const BOT_TOKEN = "xoxb-1111-2222-abcdefABCDEF";
let adminToken: string;
let closers: (() => Promise<void>)[] = [];

async function drain() {
  for (let i = 0; i < 10; i++) if ((await runIntegrationPass()).attempted === 0) return;
}
const connection = (kind: string, config: Record<string, unknown>, secret: string) =>
  prisma.integrationConnection.create({ data: { kind, name: `${kind} connection`, config: config as object, secret: sealConnectionSecret(secret) } });

beforeEach(async () => {
  await resetDatabase();
  adminToken = await createToken(["admin"]);
});
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe("connections on the Integrations page", () => {
  it("an administrator adds a connection from the page: its secrets never answered nor logged, and it works at once", async () => {
    const slack = await startFakeSlack(BOT_TOKEN);
    closers.push(slack.close);
    const added = await call(addRoute, "POST", "/api/integrations/connections", {
      token: adminToken,
      json: { kind: "slack", name: "Incident room", config: { baseUrl: slack.url, channel: "C0123456789" }, secret: BOT_TOKEN, inboundSecret: "slack-signing-secret-0123456789" },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(JSON.stringify(added.body)).not.toContain(BOT_TOKEN);
    const id = (added.body?.connection as { id: string }).id;
    // Sealed at rest when a data key is configured (connection-secrets, tested with the webhook secrets).
    const logged = await prisma.adminAuditEntry.findMany({ where: { targetId: id } });
    expect(logged.map((e) => e.action)).toEqual(["integration-connection.created"]);
    expect(JSON.stringify(logged)).not.toContain(BOT_TOKEN);
    const listed = await call(listRoute, "GET", "/api/integrations/connections", { token: adminToken });
    expect(JSON.stringify(listed.body)).toContain("Incident room");
    expect(JSON.stringify(listed.body)).not.toContain(BOT_TOKEN);
    expect((await call(testRoute, "POST", `/api/integrations/connections/${id}/test`, { token: adminToken, params: { id } })).status).toBe(202);
    await drain();
    expect(slack.state.posts.map((p) => p.channel)).toEqual(["C0123456789"]);
  });

  it("an administrator edits a connection: name and settings checked against its kind, a secret replaced without ever being shown or logged", async () => {
    const oldSlack = await startFakeSlack("xoxb-old-token-0000");
    const newSlack = await startFakeSlack(BOT_TOKEN);
    closers.push(oldSlack.close, newSlack.close);
    const c = await connection("slack", { baseUrl: oldSlack.url, channel: "C0123456789", channelPerIncident: false, channelPrefix: "breach-" }, "xoxb-old-token-0000");
    const patch = (json: unknown, token = adminToken) => call(patchRoute, "PATCH", "/x", { token, params: { id: c.id }, json });

    // A bad setting is named with its full path; nothing changes.
    const bad = await patch({ name: "Renamed", config: { baseUrl: newSlack.url, channel: "#general" } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("config.channel");
    expect(await prisma.integrationConnection.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ name: "slack connection" });
    expect((await patch({})).status).toBe(400);
    expect((await patch({ name: "Renamed" }, await createToken(["commander"]))).status).toBe(403);
    expect((await patch({ inboundSecret: "short" })).status).toBe(400);

    const changed = await patch({ name: "Incident rooms", config: { baseUrl: newSlack.url, channelPerIncident: true, channelPrefix: "ir-" }, secret: BOT_TOKEN });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(JSON.stringify(changed.body)).not.toContain(BOT_TOKEN);
    const stored = await prisma.integrationConnection.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.name).toBe("Incident rooms");
    expect(stored.config).toEqual({ baseUrl: newSlack.url, channelPerIncident: true, channelPrefix: "ir-" });
    const logged = await prisma.adminAuditEntry.findMany({ where: { targetId: c.id, action: "integration-connection.changed" } });
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toMatch(/xoxb-/);
    expect(logged[0]!.after).toMatchObject({ name: "Incident rooms", secret: "replaced", config: { channelPrefix: "ir-" } });
    expect(logged[0]!.before).toMatchObject({ name: "slack connection", config: { channel: "C0123456789" } });

    // The next message uses the new settings and the new token: a declaration opens #ir-inc-… on the new workspace.
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id, "Edited connection");
    await drain();
    expect(oldSlack.requests).toHaveLength(0);
    expect([...newSlack.state.channels.values()].map((ch) => ch.name)).toEqual([expect.stringMatching(/^ir-inc-\d{4}$/)]);
    expect(newSlack.requests.every((r) => r.headers.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);

    // Saving the same values again changes and logs nothing.
    expect((await patch({ name: "Incident rooms" })).body).toMatchObject({ connection: { changed: false } });
    expect(await prisma.adminAuditEntry.count({ where: { targetId: c.id, action: "integration-connection.changed" } })).toBe(1);
  });

  it("refuses a bad setting with 400 naming its full path, a kind it does not know, and callers who may not manage integrations", async () => {
    const bad = await call(addRoute, "POST", "/api/integrations/connections", { token: adminToken, json: { kind: "slack", name: "Room", config: { channel: "#general" }, secret: BOT_TOKEN } });
    expect(bad.status).toBe(400);
    expect(bad.body?.invalid_params).toEqual([expect.objectContaining({ name: "config.channel", reason: expect.stringContaining("Slack channel id") })]);
    const kind = await call(addRoute, "POST", "/api/integrations/connections", { token: adminToken, json: { kind: "smtp", name: "x", config: {}, secret: "y" } });
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body?.invalid_params)).toContain("kind");
    const engineer = await createToken(["engineer"]);
    expect((await call(addRoute, "POST", "/api/integrations/connections", { token: engineer, json: { kind: "teams", name: "T", config: {}, secret: "https://example.com/hook" } })).status).toBe(403);
    expect(await prisma.integrationConnection.count()).toBe(0);
  });

  it("sends a harmless test through each kind, by the worker, and shows it as the connection's health; secrets never leave", async () => {
    const pd = await startFakePagerDuty();
    const jira = await startFakeJira({ email: "bot@example.com", token: "jira-token", projectKey: "SEC" });
    const slack = await startFakeSlack(BOT_TOKEN);
    const teams = await startFake(() => ({ status: 202 }));
    closers.push(pd.close, jira.close, slack.close, teams.close);
    const made = [
      await connection("pagerduty", { baseUrl: pd.url, severityFloor: "high" }, ROUTING_KEY),
      await connection("jira", { baseUrl: jira.url, email: "bot@example.com", projectKey: "SEC", issueType: "Task" }, "jira-token"),
      await connection("slack", { baseUrl: slack.url, channel: "C0BREACH" }, BOT_TOKEN),
      await connection("teams", {}, `${teams.url}/hook?sig=teams-signature`),
    ];
    for (const c of made) expect((await call(testRoute, "POST", "/x", { token: adminToken, params: { id: c.id } })).status).toBe(202);
    const queued = await call(listRoute, "GET", "/x", { token: adminToken });
    expect((queued.body!.connections as { pending: number }[]).map((c) => c.pending)).toEqual([1, 1, 1, 1]);
    await drain();

    // PagerDuty: a change event, which pages nobody; Jira: who the token is; Slack and Teams: a post saying so.
    expect(pd.requests.map((r) => r.path)).toEqual(["/v2/change/enqueue"]);
    expect(jira.requests.map((r) => r.path)).toEqual(["/rest/api/3/myself"]);
    expect(slack.state.posts).toHaveLength(1);
    expect(JSON.stringify(slack.state.posts[0]!.blocks)).toContain("Breachdesk connection test");
    expect(teams.requests).toHaveLength(1);
    const listed = await call(listRoute, "GET", "/x", { token: adminToken });
    const rows = listed.body!.connections as { kind: string; lastSuccessAt: string | null; lastError: string | null; pending: number }[];
    expect(rows.every((r) => r.lastSuccessAt !== null && r.lastError === null && r.pending === 0)).toBe(true);
    const text = JSON.stringify(listed.body);
    for (const secret of [ROUTING_KEY, "jira-token", BOT_TOKEN, "teams-signature"]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"secret"|inboundSecret/);
    expect(await prisma.adminAuditEntry.count({ where: { action: "integration-connection.tested" } })).toBe(4);
  });

  it("shows a failing test as the last error, with what the service said", async () => {
    const jira = await startFakeJira({ email: "bot@example.com", token: "the-right-token", projectKey: "SEC" });
    closers.push(jira.close);
    const c = await connection("jira", { baseUrl: jira.url, email: "bot@example.com", projectKey: "SEC", issueType: "Task" }, "a-wrong-token");
    await call(testRoute, "POST", "/x", { token: adminToken, params: { id: c.id } });
    await drain();
    const row = (await call(listRoute, "GET", "/x", { token: adminToken })).body!.connections as { lastError: string | null; lastSuccessAt: string | null }[];
    expect(row[0]!.lastSuccessAt).toBeNull();
    expect(row[0]!.lastError).toMatch(/HTTP 401/);
  });

  it("lets only administrators see and change connections; a connection turned off is told nothing and cannot be tested", async () => {
    const pd = await startFakePagerDuty();
    closers.push(pd.close);
    const c = await connection("pagerduty", { baseUrl: pd.url, severityFloor: "low" }, ROUTING_KEY);
    const commanderToken = await createToken(["commander"]);
    expect((await call(listRoute, "GET", "/x", { token: commanderToken })).status).toBe(403);
    expect((await call(patchRoute, "PATCH", "/x", { token: commanderToken, params: { id: c.id }, json: { enabled: false } })).status).toBe(403);
    expect((await call(patchRoute, "PATCH", "/x", { token: adminToken, params: { id: c.id }, json: { enabled: "no" } })).status).toBe(400);
    expect((await call(patchRoute, "PATCH", "/x", { token: adminToken, params: { id: c.id }, json: { enabled: false } })).status).toBe(200);
    expect(await prisma.adminAuditEntry.count({ where: { action: "integration-connection.changed" } })).toBe(1);
    expect((await call(testRoute, "POST", "/x", { token: adminToken, params: { id: c.id } })).status).toBe(409);
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id, "Leaked keys");
    expect(await prisma.integrationMessage.count()).toBe(0);
    expect((await call(patchRoute, "PATCH", "/x", { token: adminToken, params: { id: "00000000-0000-4000-8000-000000000000" }, json: { enabled: true } })).status).toBe(404);
  });
});

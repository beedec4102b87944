import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as tasksRoute } from "@/app/api/incidents/[id]/tasks/route";
import { POST as ticketRoute } from "@/app/api/incidents/[id]/tasks/[taskId]/ticket/route";
import { POST as jiraWebhook } from "@/app/api/integrations/jira/webhook/route";
import { POST as serviceNowWebhook } from "@/app/api/integrations/servicenow/webhook/route";
import { prisma } from "@/lib/db";
import { prismaExecutor } from "@/lib/db/sql";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { attemptMessage, claimDueMessages, MESSAGE_LEASE_MS, runIntegrationPass } from "@/lib/integration-delivery/deliver-messages";
import { bodySignature } from "@/lib/integrations/inbound-signature";
import { tellOutside } from "@/lib/integrations/tell-outside";
import { startFakeJira } from "@/tests/fakes/jira";
import { startFakePagerDuty } from "@/tests/fakes/pagerduty";
import { startFakeServiceNow } from "@/tests/fakes/servicenow";
import { call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";
import { testDatabaseUrl } from "./database-url";

const ROUTING_KEY = "R0UT1NGKEY0123456789abcdefABCDEF";
const JIRA_TOKEN = "jira-api-token";
const INBOUND_SECRET = "shared-inbound-secret";
let adminToken: string;
let closers: (() => Promise<void>)[] = [];

async function connection(kind: string, config: Record<string, unknown>, secret: string) {
  return prisma.integrationConnection.create({ data: { kind, name: `${kind} test`, config: config as object, secret: sealConnectionSecret(secret), inboundSecret: sealConnectionSecret(INBOUND_SECRET) } });
}

async function drain(now?: Date) {
  for (let i = 0; i < 10; i++) if ((await runIntegrationPass({ now })).attempted === 0) return;
}

async function declare(title: string, severity: "low" | "high" | "critical" = "high") {
  const commander = await createUser(["commander"]);
  if (severity === "high") return declareIncidentVia(adminToken, commander.id, title);
  const { POST } = await import("@/app/api/incidents/route");
  const response = await call(POST, "POST", "/api/incidents", { token: adminToken, json: { title, severity, commanderId: commander.id } });
  return (response.body!.incident as { id: string }).id;
}

async function task(incidentId: string, title = "Rotate the leaked access keys") {
  const response = await call(tasksRoute, "POST", "/x", { token: adminToken, params: { id: incidentId }, json: { title, role: "engineering", ownerId: null, dueAt: null } });
  expect(response.status).toBe(201);
  return (response.body!.task as { id: string }).id;
}

async function tell(event: Parameters<typeof tellOutside>[1]) {
  await prisma.$transaction((tx) => tellOutside(prismaExecutor(tx), event));
}

beforeEach(async () => {
  await resetDatabase();
  adminToken = await createToken(["admin"]);
});
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe("PagerDuty (Events API v2)", () => {
  it("pages a declaration at or above the floor once, an overdue deadline once, and resolves both on close", async () => {
    const pd = await startFakePagerDuty();
    closers.push(pd.close);
    await connection("pagerduty", { baseUrl: pd.url, severityFloor: "high" }, ROUTING_KEY);
    await declare("Low one", "low");
    const incidentId = await declare("Payroll bucket public", "high");
    await drain();
    expect(pd.requests).toHaveLength(1);
    const trigger = JSON.parse(pd.requests[0]!.body) as { payload: { summary: string }; links: { href: string }[] };
    expect(trigger).toMatchObject({ routing_key: ROUTING_KEY, event_action: "trigger", dedup_key: `breachdesk-${incidentId}`, payload: { source: "breachdesk", severity: "error" } });
    expect(trigger.payload.summary).toContain("Payroll bucket public");
    expect(trigger.links[0]!.href).toContain(`/incidents/${incidentId}`);
    expect(await prisma.integrationMessage.findFirst({ where: { operation: "pagerduty.trigger" } })).toMatchObject({ status: "delivered", result: { dedupKey: `breachdesk-${incidentId}` } });

    const overdue = { incidentId, type: "obligation.overdue" as const, sourceId: "reminder-1", occurredAt: new Date(), details: { obligationId: "ob-1", title: "Notify the regulator" } };
    await tell(overdue);
    await tell({ ...overdue, sourceId: "reminder-1-again" });
    await drain();
    expect(pd.requests).toHaveLength(2);
    expect(JSON.parse(pd.requests[1]!.body)).toMatchObject({ dedup_key: `breachdesk-${incidentId}-overdue-ob-1`, payload: { severity: "critical" } });

    await tell({ incidentId, type: "incident.phase_changed", sourceId: "close-1", occurredAt: new Date(), details: { from: "recovered", to: "closed" } });
    await drain();
    const resolved = pd.requests.slice(2).map((r) => JSON.parse(r.body) as { event_action: string; dedup_key: string; routing_key: string });
    expect(resolved.map((r) => r.event_action)).toEqual(["resolve", "resolve"]);
    expect(resolved.map((r) => r.dedup_key).sort()).toEqual([`breachdesk-${incidentId}`, `breachdesk-${incidentId}-overdue-ob-1`].sort());
    expect(pd.requests.every((r) => r.path === "/v2/enqueue")).toBe(true);
  });

  it("a restricted incident's page names the reference, never the title; an exercise is tagged", async () => {
    const pd = await startFakePagerDuty();
    closers.push(pd.close);
    await connection("pagerduty", { baseUrl: pd.url, severityFloor: "medium" }, ROUTING_KEY);
    const incidentId = await declare("Secret merger data leaked", "low");
    await prisma.incident.update({ where: { id: incidentId }, data: { restricted: true, exercise: true } });
    await tell({ incidentId, type: "obligation.overdue", sourceId: "r", occurredAt: new Date(), details: { obligationId: "ob-9", title: "Tell the merger partner" } });
    await drain();
    const summary = (JSON.parse(pd.requests[0]!.body) as { payload: { summary: string } }).payload.summary;
    expect(summary).toMatch(/^\[EXERCISE\] Breach deadline overdue — INC-\d{4} \(need-to-know\)$/);
    expect(pd.requests[0]!.body).not.toContain("merger");
  });

  it("a failing PagerDuty is retried on the backoff schedule; the page is delivered once", async () => {
    const pd = await startFakePagerDuty({ failFirst: 2 });
    closers.push(pd.close);
    await connection("pagerduty", { baseUrl: pd.url }, ROUTING_KEY);
    await declare("Keys leaked", "critical");
    let now = new Date();
    await runIntegrationPass({ now });
    for (let i = 0; i < 2; i++) {
      const message = await prisma.integrationMessage.findFirstOrThrow();
      now = message.nextAttemptAt;
      await runIntegrationPass({ now });
    }
    const message = await prisma.integrationMessage.findFirstOrThrow({ include: { attempts: true } });
    expect(message.status).toBe("delivered");
    expect(message.attempts.map((a) => a.statusCode).sort()).toEqual([202, 500, 500]);
    await drain(new Date(now.getTime() + 86_400_000 * 2));
    expect(pd.requests).toHaveLength(3);
  });
});

describe("Jira tickets for tasks", () => {
  async function jiraSetup(createDelayMs?: number) {
    const jira = await startFakeJira({ email: "bot@example.com", token: JIRA_TOKEN, projectKey: "SEC", createDelayMs });
    closers.push(jira.close);
    const conn = await connection("jira", { baseUrl: jira.url, email: "bot@example.com", projectKey: "SEC", issueType: "Task" }, JIRA_TOKEN);
    const incidentId = await declare("Payroll bucket public");
    const taskId = await task(incidentId);
    return { jira, conn, incidentId, taskId };
  }

  it("one ticket per task under a double click and two workers; key and link stored on the task; status comes back", async () => {
    const { jira, conn, incidentId, taskId } = await jiraSetup();
    const send = () => call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: conn.id } });
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 202]);
    expect(await prisma.integrationMessage.count()).toBe(1);
    await Promise.all([runIntegrationPass(), runIntegrationPass()]);
    await drain();
    expect(jira.issues).toHaveLength(1);
    const created = jira.requests.find((r) => r.method === "POST")!;
    expect(created.headers.authorization).toBe(`Basic ${Buffer.from(`bot@example.com:${JIRA_TOKEN}`).toString("base64")}`);
    expect(jira.issues[0]!.summary).toMatch(/^Rotate the leaked access keys \(INC-\d{4}\)$/);
    expect(JSON.stringify(jira.issues[0]!.body)).toContain("Payroll bucket public");
    const stored = await prisma.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(stored).toMatchObject({ ticketConnectionId: conn.id, ticketKey: "SEC-1", ticketUrl: `${jira.url}/browse/SEC-1` });
    // Sending again after creation: still one ticket.
    expect((await send()).status).toBe(200);
    await drain();
    expect(jira.issues).toHaveLength(1);

    // Inbound: Jira reports the issue Done.
    const body = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { key: "SEC-1", fields: { status: { name: "Done", statusCategory: { key: "done" } } } } });
    const post = (raw: string, signature: string) => call(jiraWebhook, "POST", "/api/integrations/jira/webhook", { rawBody: raw, contentType: "application/json", headers: { "x-hub-signature": signature } });
    expect((await post(body, bodySignature("wrong secret", body))).status).toBe(401);
    expect((await post(body, "")).status).toBe(401);
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "open" });
    const applied = await post(body, bodySignature(INBOUND_SECRET, body));
    expect(applied).toMatchObject({ status: 202, body: { outcome: "applied" } });
    expect(await post(body, bodySignature(INBOUND_SECRET, body))).toMatchObject({ status: 202, body: { outcome: "duplicate" } });
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ status: "done" });
    const events = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "task.updated" }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => (e.payload as { changes: { field: string; to: string }[] }).changes[0])).toEqual([
      { field: "ticket", from: null, to: "Jira (jira test)" },
      { field: "status", from: "open", to: "done" },
    ]);
    // A ticket Breachdesk did not create is acknowledged and ignored.
    const other = JSON.stringify({ webhookEvent: "jira:issue_updated", issue: { key: "OPS-9", fields: { status: { name: "Done" } } } });
    expect(await post(other, bodySignature(INBOUND_SECRET, other))).toMatchObject({ status: 202, body: { outcome: "ignored" } });
  });

  it("a worker killed after Jira created the issue: after the lease, the next worker finds it and creates none", async () => {
    const { jira, conn, incidentId, taskId } = await jiraSetup();
    expect((await call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: conn.id } })).status).toBe(202);
    const now = new Date();
    const [claimed] = await claimDueMessages(now, 10);
    // The dying worker's call reached Jira; it never recorded the outcome.
    expect((await attemptMessage(claimed!)).ok).toBe(true);
    expect(jira.issues).toHaveLength(1);
    // While its lease holds, nobody else takes the message.
    expect((await runIntegrationPass({ now: new Date(now.getTime() + MESSAGE_LEASE_MS - 1) })).attempted).toBe(0);
    expect((await runIntegrationPass({ now: new Date(now.getTime() + MESSAGE_LEASE_MS) })).delivered).toBe(1);
    expect(jira.issues).toHaveLength(1);
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ ticketKey: "SEC-1" });
    expect(await prisma.integrationMessage.findFirstOrThrow()).toMatchObject({ status: "delivered", result: { key: "SEC-1" } });
  });

  it("a worker process killed (SIGKILL) while Jira answers: the next worker, after the lease, creates no second issue", async () => {
    // Jira records the issue, then holds its answer: the worker dies before it can record the key.
    const { jira, conn, incidentId, taskId } = await jiraSetup(120_000);
    await call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: conn.id } });
    const child = spawn(process.execPath, ["--conditions=react-server", "--require", "./scripts/lib/require-esm-only.js", "--import", "tsx", "tests/support/integration-worker-child.ts"], {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    await vi.waitFor(() => expect(jira.issues).toHaveLength(1), { timeout: 60_000, interval: 100 });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const message = await prisma.integrationMessage.findFirstOrThrow();
    expect(message).toMatchObject({ status: "pending", retryStep: 0 });
    expect(message.claimedUntil).not.toBeNull();
    expect((await runIntegrationPass()).attempted).toBe(0);
    expect((await runIntegrationPass({ now: message.claimedUntil! })).delivered).toBe(1);
    expect(jira.issues).toHaveLength(1);
    expect(await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ ticketKey: "SEC-1" });
  }, 90_000);

  it("a restricted incident's ticket names the task and the reference only", async () => {
    const { jira, conn, incidentId, taskId } = await jiraSetup();
    await prisma.incident.update({ where: { id: incidentId }, data: { restricted: true } });
    await call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: conn.id } });
    await drain();
    expect(jira.issues).toHaveLength(1);
    expect(JSON.stringify(jira.issues[0]!.body)).not.toContain("Payroll");
    expect(jira.issues[0]!.summary).toContain("Rotate the leaked access keys");
  });

  it("refuses an unknown connection with a 400 naming connectionId", async () => {
    const { incidentId, taskId } = await jiraSetup();
    const response = await call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: "00000000-0000-4000-8000-000000000000" } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("connectionId");
  });
});

describe("ServiceNow records for tasks", () => {
  it("creates one record in the mapped table with basic auth, and a signed 'Resolved' marks the task done", async () => {
    const sn = await startFakeServiceNow({ username: "breachdesk", password: "sn-password" });
    closers.push(sn.close);
    const conn = await connection("servicenow", { baseUrl: sn.url, username: "breachdesk", table: "sn_si_incident" }, "sn-password");
    const incidentId = await declare("Payroll bucket public");
    const taskId = await task(incidentId);
    await call(ticketRoute, "POST", "/x", { token: adminToken, params: { id: incidentId, taskId }, json: { connectionId: conn.id } });
    await drain();
    expect(sn.records).toHaveLength(1);
    expect(sn.records[0]).toMatchObject({ table: "sn_si_incident", fields: { correlation_id: taskId } });
    const stored = await prisma.task.findUniqueOrThrow({ where: { id: taskId } });
    expect(stored.ticketKey).toBe("SIR001001");
    expect(stored.ticketUrl).toContain("sn_si_incident.do");

    const body = JSON.stringify({ number: "SIR001001", state: "In Progress" });
    const post = (raw: string, signature: string) => call(serviceNowWebhook, "POST", "/x", { rawBody: raw, contentType: "application/json", headers: { "x-breachdesk-signature": signature } });
    expect((await post(body, bodySignature("nope", body))).status).toBe(401);
    expect(await post(body, bodySignature(INBOUND_SECRET, body))).toMatchObject({ status: 202, body: { outcome: "applied" } });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).status).toBe("in_progress");
    const resolved = JSON.stringify({ number: "SIR001001", state: "Resolved" });
    await post(resolved, bodySignature(INBOUND_SECRET, resolved));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: taskId } })).status).toBe("done");
  });
});

describe("adding a connection (admin CLI)", () => {
  it("validates the config per kind, seals the secrets and logs the change without them", async () => {
    const { addIntegrationConnection } = await import("@/lib/integration-admin/connections");
    const by = { kind: "system", name: "Admin CLI" } as const;
    await expect(addIntegrationConnection(by, { kind: "jira", name: "J", config: { baseUrl: "ftp://x", projectKey: "SEC" }, secret: "t" })).rejects.toThrow(/baseUrl/);
    await expect(addIntegrationConnection(by, { kind: "slack-ish", name: "J", config: {}, secret: "t" })).rejects.toThrow(/kind/);
    const created = await addIntegrationConnection(by, { kind: "pagerduty", name: "On-call", config: {}, secret: ROUTING_KEY, inboundSecret: "in" });
    expect(created.config).toEqual({ baseUrl: "https://events.pagerduty.com", severityFloor: "high" });
    const row = await prisma.integrationConnection.findUniqueOrThrow({ where: { id: created.id } });
    if (process.env.BREACHDESK_DATA_KEY) expect(row.secret).toMatch(/^sealed:/);
    expect(JSON.stringify(await prisma.adminAuditEntry.findMany())).not.toContain(ROUTING_KEY);
    expect(await prisma.adminAuditEntry.count({ where: { action: "integration-connection.created" } })).toBe(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as severityRoute } from "@/app/api/incidents/[id]/severity/route";
import { POST as declareRoute } from "@/app/api/incidents/route";
import { prisma } from "@/lib/db";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { runIntegrationPass } from "@/lib/integration-delivery/deliver-messages";
import { describeTimelineEvent } from "@/lib/timeline-text/describe";
import { startFakePagerDuty } from "@/tests/fakes/pagerduty";
import { call, createToken, createUser } from "./api-helpers";
import { resetDatabase } from "./reset-db";

let adminToken: string;
let closers: (() => Promise<void>)[] = [];

async function declare(severity: string) {
  const commander = await createUser(["commander"]);
  const response = await call(declareRoute, "POST", "/api/incidents", { token: adminToken, json: { title: "Keys leaked in a public repo", severity, commanderId: commander.id } });
  return (response.body!.incident as { id: string }).id;
}
const change = (id: string, json: unknown, token = adminToken) => call(severityRoute, "POST", "/x", { token, params: { id }, json });
const version = async (id: string) => (await prisma.incident.findUniqueOrThrow({ where: { id } })).version;

beforeEach(async () => {
  await resetDatabase();
  adminToken = await createToken(["admin"]);
});
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe("changing an incident's severity", () => {
  it("records it with its reason on the timeline, refuses a stale version, the same severity, no reason, and an exec", async () => {
    const id = await declare("medium");
    const v = await version(id);
    expect((await change(id, { to: "critical", expectedVersion: v, reason: "" })).body).toMatchObject({ invalid_params: [expect.objectContaining({ name: "reason" })] });
    expect((await change(id, { to: "medium", expectedVersion: v, reason: "x" })).status).toBe(400);
    expect((await change(id, { to: "critical", expectedVersion: v, reason: "x" }, await createToken(["exec"]))).status).toBe(403);
    const done = await change(id, { to: "critical", expectedVersion: v, reason: "Customer SSNs confirmed in the dump" });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ incident: { severity: "critical", version: v + 1 } });
    expect((await change(id, { to: "high", expectedVersion: v, reason: "stale" })).status).toBe(409);
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: id, kind: "incident.severity-changed" } });
    expect(event.payload).toMatchObject({ from: "medium", to: "critical", reason: "Customer SSNs confirmed in the dump" });
    const sentence = describeTimelineEvent({ kind: event.kind, actorLabel: "Ada", payload: event.payload, occurredAt: event.occurredAt, recordedAt: event.recordedAt });
    expect(sentence.join(" ")).toContain("Ada changed the severity from medium to critical: Customer SSNs confirmed in the dump");
  });

  it("pages PagerDuty when raised past the connection's floor after declaration, with the declaration's dedup key; not when lowered", async () => {
    const pd = await startFakePagerDuty();
    closers.push(pd.close);
    await prisma.integrationConnection.create({ data: { kind: "pagerduty", name: "On-call", config: { baseUrl: pd.url, severityFloor: "high" }, secret: sealConnectionSecret("R0UT1NGKEY0123456789abcdefABCDEF") } });
    const id = await declare("medium");
    await change(id, { to: "low", expectedVersion: await version(id), reason: "Test data only" });
    await change(id, { to: "critical", expectedVersion: await version(id), reason: "Production data after all" });
    await change(id, { to: "high", expectedVersion: await version(id), reason: "Contained quickly" });
    for (let i = 0; i < 5; i++) if ((await runIntegrationPass()).attempted === 0) break;
    expect(pd.requests).toHaveLength(1);
    expect(JSON.parse(pd.requests[0]!.body)).toMatchObject({ event_action: "trigger", dedup_key: `breachdesk-${id}`, payload: { severity: "critical" } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { runIntegrationPass } from "@/lib/integration-delivery/deliver-messages";
import { setIncidentRestricted } from "@/lib/membership/service";
import { startFake } from "@/tests/fakes/http-fake";
import { startFakeSlack } from "@/tests/fakes/slack";
import { actorOf, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

const BOT_TOKEN = "xoxb-1111-2222-abcdefABCDEF";
let adminToken: string;
let closers: (() => Promise<void>)[] = [];

async function drain(now = new Date()) {
  for (let i = 0; i < 10; i++) if ((await runIntegrationPass({ now })).attempted === 0) return;
}

beforeEach(async () => {
  await resetDatabase();
  adminToken = await createToken(["admin"]);
});
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

describe("Slack and Microsoft Teams", () => {
  it("posts the declaration to Slack with the bot token, as plain-text Block Kit, once; and as an Adaptive Card to Teams", async () => {
    const slack = await startFakeSlack(BOT_TOKEN);
    const teams = await startFake(() => ({ status: 202 }));
    closers.push(slack.close, teams.close);
    await prisma.integrationConnection.create({ data: { kind: "slack", name: "Slack #breach-room", config: { baseUrl: slack.url, channel: "C0BREACH" }, secret: sealConnectionSecret(BOT_TOKEN) } });
    await prisma.integrationConnection.create({ data: { kind: "teams", name: "Teams IR channel", config: {}, secret: sealConnectionSecret(`${teams.url}/workflows/ir?sig=secret-signature`) } });
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Payroll bucket <!channel> *public*");
    await drain();
    await drain();

    expect(slack.requests.every((r) => r.headers.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
    expect(slack.state.posts).toHaveLength(1);
    const post = slack.state.posts[0]!;
    expect(post.channel).toBe("C0BREACH");
    expect(JSON.stringify(post.blocks)).not.toContain('"mrkdwn"');
    expect(JSON.stringify(post.blocks)).toContain("Payroll bucket <!channel> *public*");
    expect(JSON.stringify(post.blocks)).toContain(`/incidents/${incidentId}`);

    expect(teams.requests).toHaveLength(1);
    expect(teams.requests[0]!.path).toBe("/workflows/ir?sig=secret-signature");
    const card = JSON.parse(teams.requests[0]!.body) as { attachments: { contentType: string; content: { type: string; version: string } }[] };
    expect(card.attachments[0]).toMatchObject({ contentType: "application/vnd.microsoft.card.adaptive", content: { type: "AdaptiveCard", version: "1.4" } });
    expect(await prisma.integrationMessage.count({ where: { status: "delivered" } })).toBe(2);
    // The secrets never travel into the queue.
    expect(JSON.stringify(await prisma.integrationMessage.findMany({ select: { payload: true } }))).not.toMatch(/xoxb-|secret-signature/);
  });

  it("retries a rate-limited Slack post on the queue's schedule and delivers it once", async () => {
    const slack = await startFakeSlack(BOT_TOKEN);
    closers.push(slack.close);
    slack.state.failNext = 1;
    await prisma.integrationConnection.create({ data: { kind: "slack", name: "Slack", config: { baseUrl: slack.url, channel: "C0BREACH" }, secret: sealConnectionSecret(BOT_TOKEN) } });
    const commander = await createUser(["commander"]);
    await declareIncidentVia(adminToken, commander.id, "Leaked keys");
    await drain();
    expect(slack.state.posts).toHaveLength(0);
    const message = await prisma.integrationMessage.findFirstOrThrow();
    expect(message.status).toBe("pending");
    await drain(new Date(Date.now() + 60 * 60_000));
    expect(slack.state.posts).toHaveLength(1);
    expect((await prisma.integrationMessage.findFirstOrThrow()).status).toBe("delivered");
    const attempts = await prisma.integrationAttempt.findMany({ orderBy: { attemptedAt: "asc" } });
    expect(attempts.map((a) => a.error === null)).toEqual([false, true]);
    expect(attempts[0]!.error).toBe("Slack: rate limited (Slack asks to wait 30 s)");
  });

  it("tells a need-to-know incident's channel its reference and a link only: no title, no finding text", async () => {
    const slack = await startFakeSlack(BOT_TOKEN);
    const teams = await startFake(() => ({ status: 202 }));
    closers.push(slack.close, teams.close);
    await prisma.integrationConnection.create({ data: { kind: "slack", name: "Slack", config: { baseUrl: slack.url, channel: "C0BREACH" }, secret: sealConnectionSecret(BOT_TOKEN) } });
    await prisma.integrationConnection.create({ data: { kind: "teams", name: "Teams", config: {}, secret: sealConnectionSecret(`${teams.url}/hook`) } });
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Insider copied the payroll table");
    await drain();
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    const { POST: statusRoute } = await import("@/app/api/incidents/[id]/status/route");
    const { call } = await import("./api-helpers");
    const version = (await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).version;
    const changed = await call(statusRoute, "POST", "/x", { token: adminToken, params: { id: incidentId }, json: { to: "investigating", expectedVersion: version, reason: "Scoping the copy" } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    await drain();
    const afterRestriction = [...slack.state.posts.slice(1).map((p) => JSON.stringify(p)), ...teams.requests.slice(1).map((r) => r.body)];
    expect(afterRestriction.length).toBeGreaterThanOrEqual(2);
    for (const body of afterRestriction) {
      expect(body).not.toMatch(/payroll|Insider/i);
      expect(body).toMatch(/INC-\d{4}/);
      expect(body).toContain(`/incidents/${incidentId}`);
    }
  });
});

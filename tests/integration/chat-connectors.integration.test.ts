import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { runIntegrationPass } from "@/lib/integration-delivery/deliver-messages";
import { removeIncidentMember, setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
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

describe("Slack: a channel per incident", () => {
  async function perIncidentSlack(config: Record<string, unknown> = {}) {
    const slack = await startFakeSlack(BOT_TOKEN);
    closers.push(slack.close);
    const connection = await prisma.integrationConnection.create({
      data: { kind: "slack", name: "Slack workspace", config: { baseUrl: slack.url, channelPerIncident: true, channelPrefix: "breach-", ...config }, secret: sealConnectionSecret(BOT_TOKEN) },
    });
    return { slack, connection };
  }
  const reference = async (incidentId: string) => `inc-${String((await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).reference).padStart(4, "0")}`;

  it("opens the incident's channel on declaration, invites its people by e-mail, announces it in the fixed channel, and posts there from then on", async () => {
    const { slack } = await perIncidentSlack({ channel: "C0ANNOUNCE" });
    const commander = await createUser(["commander"], "Casey Commander");
    slack.state.emails.set("UCASEY", commander.email.toUpperCase());
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Customer exports bucket");
    await drain();
    await drain();

    const name = `breach-${await reference(incidentId)}`;
    const channels = [...slack.state.channels.values()];
    expect(channels.map((c) => ({ name: c.name, isPrivate: c.isPrivate }))).toEqual([{ name, isPrivate: false }]);
    const channel = channels[0]!;
    expect([...channel.members].sort()).toEqual(["UBREACHDESK", "UCASEY"]);
    const inChannel = slack.state.posts.filter((p) => p.channel === channel.id);
    const announced = slack.state.posts.filter((p) => p.channel === "C0ANNOUNCE");
    expect(inChannel).toHaveLength(1);
    expect(JSON.stringify(inChannel[0]!.blocks)).toContain("Customer exports bucket");
    expect(announced).toHaveLength(1);
    expect(JSON.stringify(announced[0]!.blocks)).toContain(`Incident channel: #${name}`);
    expect(await prisma.incidentChatChannel.findMany({ where: { incidentId }, select: { channelId: true, name: true, private: true } })).toEqual([{ channelId: channel.id, name, private: false }]);
    const opened = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "chat.channel-opened" } });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.payload).toMatchObject({ service: "slack", channelId: channel.id, name, private: false });

    // A new member is invited; someone without a Slack account under their address is counted, not an error.
    const legal = await createUser(["legal"], "Lee Legal");
    const outsider = await createUser(["engineer"], "No Slack");
    slack.state.emails.set("ULEE", legal.email);
    await setIncidentMember(actorOf(commander), incidentId, { userId: legal.id, role: "legal_lead" });
    await setIncidentMember(actorOf(commander), incidentId, { userId: outsider.id, role: "participant" });
    await drain();
    expect(channel.members.has("ULEE")).toBe(true);
    expect(await prisma.integrationMessage.count({ where: { status: { not: "delivered" } } })).toBe(0);

    // A member who leaves the incident leaves its channel.
    await removeIncidentMember(actorOf(commander), incidentId, legal.id);
    await drain();
    expect(channel.members.has("ULEE")).toBe(false);

    // Later updates go to the incident's channel only, never open a second one.
    const { POST: statusRoute } = await import("@/app/api/incidents/[id]/status/route");
    const { call } = await import("./api-helpers");
    const version = (await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).version;
    expect((await call(statusRoute, "POST", "/x", { token: adminToken, params: { id: incidentId }, json: { to: "investigating", expectedVersion: version, reason: "Scoping" } })).status).toBe(200);
    await drain();
    expect(slack.state.channels.size).toBe(1);
    expect(slack.state.posts.filter((p) => p.channel === channel.id)).toHaveLength(2);
    expect(slack.state.posts.filter((p) => p.channel === "C0ANNOUNCE")).toHaveLength(1);
    expect(await prisma.incidentChatChannel.count({ where: { incidentId } })).toBe(1);
  });

  it("finds the channel it opened when the creation's answer was lost, instead of opening a second one", async () => {
    const { slack } = await perIncidentSlack();
    const commander = await createUser(["commander"]);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Leaked keys");
    // The channel exists in Slack (an earlier attempt created it and its answer never came back).
    const name = `breach-${await reference(incidentId)}`;
    slack.state.channels.set("C0EARLIER01", { id: "C0EARLIER01", name, isPrivate: false, archived: false, members: new Set(["UBREACHDESK"]) });
    await drain();
    expect(slack.state.channels.size).toBe(1);
    expect(slack.state.posts.map((p) => p.channel)).toEqual(["C0EARLIER01"]);
    expect((await prisma.incidentChatChannel.findMany({ where: { incidentId } })).map((c) => c.channelId)).toEqual(["C0EARLIER01"]);
  });

  it("moves a need-to-know incident to a private channel holding only its people, archives the public one, and posts no title there", async () => {
    const { slack } = await perIncidentSlack();
    const commander = await createUser(["commander"]);
    const bystander = await createUser(["engineer"]);
    slack.state.emails.set("UCMD", commander.email);
    slack.state.emails.set("UBY", bystander.email);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Insider copied the payroll table");
    await drain();
    const publicChannel = [...slack.state.channels.values()][0]!;
    publicChannel.members.add("UBY"); // someone joined the public channel by themselves

    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    await drain();
    await drain();
    const privateChannel = [...slack.state.channels.values()].find((c) => c.isPrivate);
    expect(privateChannel?.name).toBe(`breach-${await reference(incidentId)}-private`);
    expect([...privateChannel!.members].sort()).toEqual(["UBREACHDESK", "UCMD"]);
    expect(publicChannel.archived).toBe(true);
    const opened = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "chat.channel-opened" }, orderBy: { sequence: "asc" } });
    expect(opened.map((e) => (e.payload as { private: boolean }).private)).toEqual([false, true]);
    expect(opened[1]!.payload).toMatchObject({ archived: [publicChannel.id] });

    const { POST: statusRoute } = await import("@/app/api/incidents/[id]/status/route");
    const { call } = await import("./api-helpers");
    const version = (await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).version;
    expect((await call(statusRoute, "POST", "/x", { token: adminToken, params: { id: incidentId }, json: { to: "investigating", expectedVersion: version, reason: "Scoping" } })).status).toBe(200);
    await drain();
    const later = slack.state.posts.filter((p) => p.channel === privateChannel!.id);
    expect(later).toHaveLength(1);
    expect(JSON.stringify(later[0])).not.toMatch(/payroll|Insider/i);
    expect(slack.state.posts.filter((p) => p.channel === publicChannel.id)).toHaveLength(1); // the declaration only
  });

  it("archives the public channel and tells the timeline even when a later post opened the private channel before the opening did", async () => {
    const { slack } = await perIncidentSlack();
    const commander = await createUser(["commander"]);
    slack.state.emails.set("UCMD", commander.email);
    const incidentId = await declareIncidentVia(adminToken, commander.id, "Insider copied the payroll table");
    await drain();
    const publicChannel = [...slack.state.channels.values()][0]!;
    await setIncidentRestricted(actorOf(commander), incidentId, { restricted: true, reason: "Insider suspected" });
    // The opening waits (say Slack rate-limited it); a phase change's post goes first.
    await prisma.integrationMessage.updateMany({ where: { operation: "slack.open_channel", status: "pending" }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } });
    const { POST: statusRoute } = await import("@/app/api/incidents/[id]/status/route");
    const { call } = await import("./api-helpers");
    const version = (await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).version;
    expect((await call(statusRoute, "POST", "/x", { token: adminToken, params: { id: incidentId }, json: { to: "investigating", expectedVersion: version, reason: "Scoping" } })).status).toBe(200);
    await drain();
    const privateChannel = [...slack.state.channels.values()].find((c) => c.isPrivate)!;
    expect(slack.state.posts.filter((p) => p.channel === privateChannel.id)).toHaveLength(1);
    expect(publicChannel.archived).toBe(false);

    await drain(new Date(Date.now() + 2 * 3_600_000));
    expect(publicChannel.archived).toBe(true);
    expect(privateChannel.members.has("UCMD")).toBe(true);
    expect(slack.state.channels.size).toBe(2);
    const opened = await prisma.timelineEvent.findMany({ where: { incidentId, kind: "chat.channel-opened" }, orderBy: { sequence: "asc" } });
    expect(opened.map((e) => e.payload)).toMatchObject([{ private: false }, { private: true, invited: 1, archived: [publicChannel.id] }]);
  });

  it("proves a per-incident connection with no fixed channel by auth.test when an administrator sends a test", async () => {
    const { slack, connection } = await perIncidentSlack();
    const { queueIntegrationConnectionTest } = await import("@/lib/integration-admin/connections");
    const admin = await createUser(["admin"]);
    await queueIntegrationConnectionTest(actorOf(admin), connection.id);
    await drain();
    expect(slack.requests.map((r) => r.path)).toEqual(["/api/auth.test"]);
    expect((await prisma.integrationConnection.findUniqueOrThrow({ where: { id: connection.id } })).lastSuccessAt).not.toBeNull();
  });
});


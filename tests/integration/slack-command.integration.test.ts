import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as commandRoute } from "@/app/api/integrations/slack/commands/route";
import { prisma } from "@/lib/db";
import { sealConnectionSecret } from "@/lib/integrations/connection-secrets";
import { slackSignatureFor } from "@/lib/integrations/slack/verify-signature";
import { setIncidentMember, setIncidentRestricted } from "@/lib/membership/service";
import { startFakeSlack } from "@/tests/fakes/slack";
import { actorOf, call, createToken, createUser, declareIncidentVia } from "./api-helpers";
import { resetDatabase } from "./reset-db";

const BOT_TOKEN = "xoxb-1111-2222-abcdefABCDEF";
const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
let slack: Awaited<ReturnType<typeof startFakeSlack>>;

function command(text: string, userId: string, options: { secret?: string; timestamp?: number } = {}) {
  const body = new URLSearchParams({ token: "deprecated", team_id: "T0001", user_id: userId, command: "/breachdesk", text, response_url: "https://hooks.slack.com/commands/x" }).toString();
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return call(commandRoute, "POST", "/api/integrations/slack/commands", {
    rawBody: body,
    contentType: "application/x-www-form-urlencoded",
    headers: { "x-slack-request-timestamp": timestamp, "x-slack-signature": slackSignatureFor(options.secret ?? SIGNING_SECRET, timestamp, body) },
  });
}

beforeEach(async () => {
  await resetDatabase();
  slack = await startFakeSlack(BOT_TOKEN);
  await prisma.integrationConnection.create({
    data: { kind: "slack", name: "Slack", config: { baseUrl: slack.url, channel: "C0BREACH" }, secret: sealConnectionSecret(BOT_TOKEN), inboundSecret: sealConnectionSecret(SIGNING_SECRET) },
  });
});
afterEach(async () => slack.close());

describe("/breachdesk in Slack", () => {
  it("answers `status` for the Slack user's Breachdesk user: only incidents they may see, need-to-know ones by reference alone", async () => {
    const admin = await createToken(["admin"]);
    const commander = await createUser(["commander"], "Casey");
    const legal = await createUser(["legal"], "Lee");
    slack.state.emails.set("U0LEGAL", legal.email.toUpperCase());
    const open = await declareIncidentVia(admin, commander.id, "Public customer bucket");
    const secret = await declareIncidentVia(admin, commander.id, "Insider copied payroll");
    const member = await declareIncidentVia(admin, commander.id, "Board laptop stolen");
    await setIncidentRestricted(actorOf(commander), secret, { restricted: true, reason: "Insider suspected" });
    await setIncidentMember(actorOf(commander), member, { userId: legal.id, role: "legal_lead" });
    await setIncidentRestricted(actorOf(commander), member, { restricted: true, reason: "Board matter" });
    const references = Object.fromEntries(
      (await prisma.incident.findMany({ select: { id: true, reference: true } })).map((i) => [i.id, `INC-${String(i.reference).padStart(4, "0")}`]),
    );

    const answer = await command("status", "U0LEGAL");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ response_type: "ephemeral" });
    const text = String(answer.body!.text);
    expect(text).toContain(`${references[open]} Public customer bucket`);
    expect(text).toContain(`${references[member]} (need-to-know)`);
    expect(text).not.toContain("Board laptop");
    expect(text).not.toContain(references[secret]!);
    expect(text).not.toContain("payroll");
    expect(text).toContain("No notice awaits your approval.");
    // The lookup went to Slack with the bot token.
    expect(slack.requests.some((r) => r.path === "/api/users.info" && r.headers.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
  });

  it("refuses a request not signed with the signing secret, or older than five minutes, with 401", async () => {
    expect((await command("status", "U0LEGAL", { secret: "another-apps-secret" })).status).toBe(401);
    expect((await command("status", "U0LEGAL", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const { status } = await call(commandRoute, "POST", "/api/integrations/slack/commands", { rawBody: "text=status&user_id=U0LEGAL", contentType: "application/x-www-form-urlencoded" });
    expect(status).toBe(401);
  });

  it("says plainly when the Slack user is not a Breachdesk user, and answers help otherwise", async () => {
    slack.state.emails.set("U0STRANGER", "stranger@elsewhere.example");
    expect(String((await command("status", "U0STRANGER")).body!.text)).toMatch(/not linked to a Breachdesk user/);
    expect(String((await command("status", "U0NOBODY")).body!.text)).toMatch(/cannot tell who you are/);
    expect(String((await command("", "U0STRANGER")).body!.text)).toMatch(/^Breachdesk commands: `\/breachdesk status`/);
  });
});

import { describe, expect, it } from "vitest";
import { chatUpdate } from "@/lib/integrations/chat/update-text";
import { slackBlocks, slackConnector } from "@/lib/integrations/chat/slack";
import { teamsCard, teamsWebhookUrl } from "@/lib/integrations/chat/teams";
import { incidentChannel, mayUseChannel, type TOutboundIncident } from "@/lib/integrations/outbound-policy";

const HOSTILE = "<!channel> *urgent* <https://evil.example|your bank> \u202Egnp.exe [x](javascript:alert(1)) **b**";
const incident: TOutboundIncident = { id: "8d4f6c2e-0000-4000-8000-000000000001", reference: 12, title: `Bucket ${HOSTILE}`, severity: "high", status: "investigating", restricted: false, exercise: false };
const URL_BASE = "https://breachdesk.example.com/";

/** Every text object of a Block Kit tree, with its type. */
function slackTexts(value: unknown, found: { type: string; text: string }[] = []): { type: string; text: string }[] {
  if (Array.isArray(value)) value.forEach((v) => slackTexts(v, found));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ((record.type === "plain_text" || record.type === "mrkdwn") && typeof record.text === "string") found.push({ type: record.type, text: record.text });
    Object.values(record).forEach((v) => slackTexts(v, found));
  }
  return found;
}

describe("chat updates (Slack and Teams)", () => {
  it("carries text from outside as plain text in Slack: no mrkdwn object anywhere, the hostile title verbatim", () => {
    const update = chatUpdate(incident, { type: "incident.declared", details: {} }, URL_BASE)!;
    const texts = slackTexts(slackBlocks(update));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.type === "plain_text")).toBe(true);
    expect(texts[0]!.text).toContain("<!channel> *urgent* <https://evil.example|your bank>");
    const button = (slackBlocks(update).at(-1) as { elements: { url: string }[] }).elements[0]!;
    expect(button.url).toBe(`https://breachdesk.example.com/incidents/${incident.id}`);
  });

  it("carries it in Teams as TextRuns, which Teams does not read as Markdown; the only link is Breachdesk's", () => {
    const card = teamsCard(chatUpdate(incident, { type: "incident.severity_changed", details: { from: "medium", to: "high" } }, URL_BASE)!);
    const content = (card.attachments as { content: { body: { type: string; inlines: { type: string; text: string }[] }[]; actions: { url: string }[] } }[])[0]!.content;
    expect(content.body.every((b) => b.type === "RichTextBlock" && b.inlines.every((i) => i.type === "TextRun"))).toBe(true);
    expect(content.body[0]!.inlines[0]!.text).toContain("[x](javascript:alert(1)) **b**");
    expect(content.body.flatMap((b) => b.inlines.map((i) => i.text))).toEqual(expect.arrayContaining(["Was: medium", "Now: high"]));
    expect(content.actions).toEqual([{ type: "Action.OpenUrl", title: "Open in Breachdesk", url: `https://breachdesk.example.com/incidents/${incident.id}` }]);
  });

  it("says nothing of a need-to-know incident but its reference, the event and a link", () => {
    const restricted = { ...incident, title: "Insider copied payroll", restricted: true };
    const update = chatUpdate(restricted, { type: "notice.awaiting_approval", details: { noticeId: "n-1", title: "Payroll notice", findings: [{ id: "f", title: "payroll bucket" }] } }, URL_BASE)!;
    const everything = JSON.stringify([slackBlocks(update), teamsCard(update)]);
    expect(everything).not.toMatch(/payroll|Insider/i);
    expect(update.headline).toBe("Notice awaiting approval — INC-0012");
    expect(update.link).toBe(`https://breachdesk.example.com/incidents/${incident.id}/notices/n-1`);
    expect(update.linkLabel).toBe("Review it in Breachdesk");
  });

  it("tags an exercise first, and stays quiet about events a channel does not follow", () => {
    expect(chatUpdate({ ...incident, exercise: true }, { type: "notice.sent", details: {} }, URL_BASE)!.headline).toMatch(/^\[EXERCISE\] Notice sent — INC-0012/);
    expect(chatUpdate(incident, { type: "export.made", details: {} }, URL_BASE)).toBeNull();
    expect(chatUpdate(incident, { type: "webhook.test", details: {} }, URL_BASE)).toBeNull();
  });

  it("posts Teams cards only to an https URL without credentials (plain http to this machine only when allowed for tests)", () => {
    expect(teamsWebhookUrl("https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x")).toMatch(/^https:/);
    expect(teamsWebhookUrl("https://user:pw@example.com/hook")).toBeNull();
    expect(teamsWebhookUrl("http://example.com/hook")).toBeNull();
    expect(teamsWebhookUrl("not a url")).toBeNull();
    const saved = process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
    delete process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
    expect(teamsWebhookUrl("http://127.0.0.1:9/hook")).toBeNull();
    process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS = "1";
    expect(teamsWebhookUrl("http://127.0.0.1:9/hook")).toBe("http://127.0.0.1:9/hook");
    if (saved === undefined) delete process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS;
    else process.env.BREACHDESK_ALLOW_INSECURE_INTEGRATIONS = saved;
  });
});

describe("Slack: a channel per incident", () => {
  const connection = { id: "c1", kind: "slack", name: "Slack", config: { channelPerIncident: true, channelPrefix: "ir-", channel: "C0ANNOUNCE" } };
  const event = (type: string, details: Record<string, unknown> = {}) => ({ incidentId: incident.id, type, sourceId: "e1", occurredAt: new Date(), details });

  it("names the channel by reference only, private and apart for a need-to-know incident, tagged for an exercise", () => {
    expect(incidentChannel(incident, "breach-")).toEqual({ name: "breach-inc-0012", private: false });
    expect(incidentChannel({ ...incident, restricted: true, exercise: true }, "ir_")).toEqual({ name: "ir_inc-0012-private-exercise", private: true });
    expect(incidentChannel({ ...incident, reference: 123456 }, "x-".repeat(50)).name).toHaveLength(80);
    expect(incidentChannel(incident, "breach-").name).not.toMatch(/bucket|channel/i);
  });

  it("opens the channel and posts there on declaration, announces it in the fixed channel; later updates go to the incident's channel only", () => {
    const declared = slackConnector.messagesFor(event("incident.declared"), incident, connection, URL_BASE);
    expect(declared.map((m) => [m.operation, m.payload.channel ?? (m.payload.incidentChannel as { name: string }).name])).toEqual([
      ["slack.open_channel", "ir-inc-0012"],
      ["slack.post", "ir-inc-0012"],
      ["slack.post", "C0ANNOUNCE"],
    ]);
    expect(JSON.stringify(declared[2]!.payload.blocks)).toContain("Incident channel: #ir-inc-0012");
    expect(new Set(declared.map((m) => `${m.eventKey}:${m.operation}`)).size).toBe(3);
    const later = slackConnector.messagesFor(event("incident.phase_changed", { from: "triage", to: "investigating" }), incident, connection, URL_BASE);
    expect(later.map((m) => m.operation)).toEqual(["slack.post"]);
    expect(later[0]!.payload.incidentChannel).toEqual({ name: "ir-inc-0012", private: false });
  });

  it("invites on a member's arrival, removes on departure, and moves to a private channel on restriction — without a fixed channel, only these", () => {
    const solo = { ...connection, config: { channelPerIncident: true } };
    expect(slackConnector.messagesFor(event("incident.member_added", { userId: "u1" }), incident, solo, URL_BASE).map((m) => m.operation)).toEqual(["slack.open_channel"]);
    expect(slackConnector.messagesFor(event("incident.member_removed", { userId: "u1" }), incident, solo, URL_BASE).map((m) => [m.operation, m.payload.userId])).toEqual([["slack.remove_member", "u1"]]);
    const restricted = slackConnector.messagesFor(event("incident.restriction_changed"), { ...incident, restricted: true }, solo, URL_BASE);
    expect(restricted.map((m) => [m.operation, m.payload.incidentChannel])).toEqual([["slack.open_channel", { name: "breach-inc-0012-private", private: true }]]);
    expect(slackConnector.testMessage(solo, URL_BASE).operation).toBe("slack.auth_test");
  });

  it("keeps the fixed-channel behaviour of a connection without channel per incident", () => {
    const fixed = { ...connection, config: { channel: "C0BREACH" } };
    const messages = slackConnector.messagesFor(event("incident.declared"), incident, fixed, URL_BASE);
    expect(messages.map((m) => [m.operation, m.payload.channel])).toEqual([["slack.post", "C0BREACH"]]);
    expect(slackConnector.messagesFor(event("incident.member_added", { userId: "u1" }), incident, fixed, URL_BASE)).toEqual([]);
  });

  it("uses an opened channel unless a need-to-know incident would land in a public one", () => {
    expect(mayUseChannel({ private: false }, { private: false })).toBe(true);
    expect(mayUseChannel({ private: true }, { private: false })).toBe(true);
    expect(mayUseChannel({ private: true }, { private: true })).toBe(true);
    expect(mayUseChannel({ private: false }, { private: true })).toBe(false);
  });
});

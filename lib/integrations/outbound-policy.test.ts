import { describe, expect, it } from "vitest";
import { webhookEventTypeOf } from "@/lib/integrations/event-types";
import { outboundMessage } from "@/lib/integrations/outbound-policy";

const incident = { id: "i-1", reference: 7, title: "Payroll bucket public", severity: "high", status: "triage", restricted: false, exercise: false };
const event = {
  type: "findings.linked",
  sourceId: "e-1",
  occurredAt: new Date("2026-01-01T00:00:00Z"),
  details: { findings: [{ id: "f-1", title: "payroll-exports is public", severity: "HIGH", product: "Security Hub", awsId: "arn:x" }] },
};

describe("what may be said outside the console", () => {
  it("an ordinary incident: title, severity, status and the event's details, with a link", () => {
    const message = outboundMessage("webhook", incident, event, "https://console.example/");
    expect(message).toMatchObject({ incident: { title: "Payroll bucket public", reference: "INC-0007" }, link: "https://console.example/incidents/i-1", exercise: false });
    expect(JSON.stringify(message)).toContain("payroll-exports");
  });

  it("a need-to-know incident: ids, a link and the exercise tag only", () => {
    const message = outboundMessage("webhook", { ...incident, restricted: true }, { ...event, details: { ...event.details, noticeId: "n-1", note: "secret" } }, "https://c");
    expect(message).toEqual({ eventId: "e-1", incident: { id: "i-1", reference: "INC-0007", restricted: true }, exercise: false, link: "https://c/incidents/i-1", noticeId: "n-1", findingIds: ["f-1"] });
  });

  it("an exercise is tagged as one", () => {
    expect(outboundMessage("webhook", { ...incident, exercise: true }, event, "https://c").exercise).toBe(true);
    expect(outboundMessage("webhook", { ...incident, exercise: true, restricted: true }, event, "https://c").exercise).toBe(true);
  });

  it("maps timeline kinds to webhook event types; a partial approval is not 'approved'", () => {
    expect(webhookEventTypeOf("incident.status-changed", {})).toBe("incident.phase_changed");
    expect(webhookEventTypeOf("notice.approved", { fullyApproved: false })).toBeNull();
    expect(webhookEventTypeOf("notice.approved", { fullyApproved: true })).toBe("notice.approved");
    expect(webhookEventTypeOf("note.added", {})).toBeNull();
  });
});

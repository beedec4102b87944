import { describe, expect, it } from "vitest";
import { pagerdutyConnector, isAtOrAbove, triggerEvent } from "@/lib/integrations/pagerduty";
import { pagerDutySchemaErrors } from "@/tests/fakes/pagerduty";

const incident = { id: "i-1", reference: 7, title: "Payroll bucket public", severity: "high", status: "triage", restricted: false, exercise: false };
const at = new Date("2026-01-01T00:00:00Z");
const connection = { id: "c", kind: "pagerduty", name: "PD", config: { severityFloor: "high" } };
const event = (type: string, details: Record<string, unknown> = {}) => ({ incidentId: "i-1", type, sourceId: "e-1", occurredAt: at, details });

describe("PagerDuty Events v2 payloads", () => {
  it("a declaration's trigger is valid Events v2 with a stable dedup key and a link", () => {
    const body = triggerEvent(incident, { kind: "declared" }, at, "https://console.example");
    expect(pagerDutySchemaErrors({ routing_key: "x".repeat(32), ...body })).toEqual([]);
    expect(body).toMatchObject({ event_action: "trigger", dedup_key: "breachdesk-i-1", payload: { severity: "error", timestamp: at.toISOString() }, links: [{ href: "https://console.example/incidents/i-1" }] });
    expect(triggerEvent(incident, { kind: "declared" }, new Date(), "https://c").dedup_key).toBe("breachdesk-i-1");
  });

  it("pages only at or above the floor (high by default)", () => {
    expect(isAtOrAbove("high", "high")).toBe(true);
    expect(isAtOrAbove("critical", "high")).toBe(true);
    expect(isAtOrAbove("medium", "high")).toBe(false);
    expect(isAtOrAbove("medium", undefined)).toBe(false);
    expect(isAtOrAbove("low", "low")).toBe(true);
    expect(pagerdutyConnector.messagesFor(event("incident.declared"), { ...incident, severity: "medium" }, connection, "https://c")).toEqual([]);
    expect(pagerdutyConnector.messagesFor(event("incident.declared"), incident, connection, "https://c")).toHaveLength(1);
  });

  it("an overdue obligation pages critical under its own key; closing resolves every key paged", () => {
    const [overdue] = pagerdutyConnector.messagesFor(event("obligation.overdue", { obligationId: "ob-1" }), incident, connection, "https://c");
    expect(overdue).toMatchObject({ eventKey: "overdue-ob-1", payload: { dedup_key: "breachdesk-i-1-overdue-ob-1", payload: { severity: "critical" } } });
    const resolves = pagerdutyConnector.messagesFor(event("incident.phase_changed", { to: "closed", pagedDedupKeys: ["breachdesk-i-1", "breachdesk-i-1-overdue-ob-1"] }), incident, connection, "https://c");
    expect(resolves.map((m) => m.payload)).toEqual([
      { event_action: "resolve", dedup_key: "breachdesk-i-1" },
      { event_action: "resolve", dedup_key: "breachdesk-i-1-overdue-ob-1" },
    ]);
    expect(pagerdutyConnector.messagesFor(event("incident.phase_changed", { to: "contained" }), incident, connection, "https://c")).toEqual([]);
  });

  it("a restricted incident's summary carries no title; an exercise is tagged", () => {
    const body = triggerEvent({ ...incident, restricted: true, exercise: true }, { kind: "overdue", obligationId: "ob-1", obligationTitle: "Payroll regulator" }, at, "https://c");
    expect(JSON.stringify(body)).not.toContain("Payroll");
    expect((body.payload as { summary: string }).summary).toBe("[EXERCISE] Breach deadline overdue — INC-0007 (need-to-know)");
  });
});

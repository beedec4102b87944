import { describe, expect, it } from "vitest";
import { bodySignature, verifyBodySignature } from "@/lib/integrations/inbound-signature";
import { jiraAuthHeader, jiraIssueBody } from "@/lib/integrations/jira";
import { ticketText } from "@/lib/integrations/outbound-policy";
import { serviceNowRecordBody, serviceNowTable } from "@/lib/integrations/servicenow";
import { parseJiraWebhook, parseServiceNowWebhook, taskStatusForTicket } from "@/lib/integrations/ticket-status";

const incident = { id: "i-1", reference: 12, title: "Payroll bucket public", severity: "high", status: "triage", restricted: false, exercise: false };

describe("ticket text (outbound policy)", () => {
  it("names the task and the incident; a restricted incident only by reference; an exercise tagged", () => {
    expect(ticketText(incident, { id: "t", title: "Rotate keys" }, "https://c")).toMatchObject({ summary: "Rotate keys (INC-0012)", link: "https://c/incidents/i-1/tasks" });
    expect(ticketText(incident, { id: "t", title: "Rotate keys" }, "https://c").description).toContain("Payroll bucket public");
    const restricted = ticketText({ ...incident, restricted: true, exercise: true }, { id: "t", title: "Rotate keys" }, "https://c");
    expect(JSON.stringify(restricted)).not.toContain("Payroll");
    expect(restricted.summary).toBe("[EXERCISE] Rotate keys (INC-0012)");
  });
});

describe("Jira and ServiceNow bodies", () => {
  it("Jira: mapped project and issue type, the task label, plain-text ADF; basic or bearer auth", () => {
    const body = jiraIssueBody({ projectKey: "SEC", issueType: "Bug" }, { taskId: "t-1", summary: "S", description: "<b>a</b>\nb" }) as { fields: Record<string, unknown> };
    expect(body.fields).toMatchObject({ project: { key: "SEC" }, issuetype: { name: "Bug" }, summary: "S", labels: ["breachdesk", "breachdesk-task-t-1"] });
    expect(JSON.stringify(body.fields.description)).toContain('"text":"<b>a</b>"');
    expect(jiraAuthHeader({ id: "c", kind: "jira", name: "J", config: { email: "a@b.c" } }, "tok")).toBe(`Basic ${Buffer.from("a@b.c:tok").toString("base64")}`);
    expect(jiraAuthHeader({ id: "c", kind: "jira", name: "J", config: {} }, "tok")).toBe("Bearer tok");
  });

  it("ServiceNow: the task id as correlation id; only the two supported tables", () => {
    expect(serviceNowRecordBody({ taskId: "t-1", summary: "S", description: "D" })).toEqual({ short_description: "S", description: "D", correlation_id: "t-1", correlation_display: "Breachdesk" });
    expect(serviceNowTable({ table: "sn_si_incident" })).toBe("sn_si_incident");
    expect(serviceNowTable({ table: "sys_user" })).toBe("incident");
  });
});

describe("inbound webhooks", () => {
  it("HMAC-SHA256 over the raw body: the right secret verifies, a tampered body or another secret does not", () => {
    const body = '{"issue":{"key":"SEC-1"}}';
    const header = bodySignature("s3cret", body);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyBodySignature("s3cret", body, header)).toBe(true);
    expect(verifyBodySignature("s3cret", body.replace("1", "2"), header)).toBe(false);
    expect(verifyBodySignature("other", body, header)).toBe(false);
    expect(verifyBodySignature("s3cret", body, null)).toBe(false);
    expect(verifyBodySignature("s3cret", body, "sha256=abc")).toBe(false);
  });

  it("maps statuses: done/resolved/closed → done, in progress → in_progress, others → nothing", () => {
    expect(taskStatusForTicket("Resolved")).toBe("done");
    expect(taskStatusForTicket("Closed")).toBe("done");
    expect(taskStatusForTicket("Whatever", "done")).toBe("done");
    expect(taskStatusForTicket("In Progress")).toBe("in_progress");
    expect(taskStatusForTicket("On Hold")).toBeNull();
    expect(parseJiraWebhook({ issue: { key: "SEC-1", fields: { status: { name: "Done", statusCategory: { key: "done" } } } } })).toEqual({ key: "SEC-1", status: "done" });
    expect(parseJiraWebhook({ nothing: true })).toBeNull();
    expect(parseServiceNowWebhook({ number: "SIR1", state: "In Progress" })).toEqual({ key: "SIR1", status: "in_progress" });
  });
});

import { describe, expect, it } from "vitest";
import { TIMELINE_KINDS } from "@/lib/timeline/event-kinds";
import { TIMELINE_DESCRIBERS, describeTimelineEvent, type TDescribableEvent } from "@/lib/timeline-text/describe";
import { sentenceText, type TSentence } from "@/lib/timeline-text/parts";

const recordedAt = new Date("2027-01-12T09:30:00Z");
const event = (kind: string, payload: unknown, actorLabel = "Lena Legal"): TDescribableEvent => ({
  kind, payload, actorLabel, occurredAt: recordedAt, recordedAt,
});
const text = (sentence: TSentence, zone = "Europe/Berlin") => sentenceText(sentence, zone);

describe("timeline sentences", () => {
  it("has a sentence for every kind of event", () => {
    expect(TIMELINE_KINDS.filter((kind) => !TIMELINE_DESCRIBERS[kind])).toEqual([]);
  });

  it("says who declared which moment when, in the reader's zone, and flags a back-dated one with its reason", () => {
    const backdated = describeTimelineEvent(
      event("moment.declared", { declarationId: "d1", moment: "discovered", at: "2027-01-12T07:15:00Z", reason: "SOC ticket 4411", supersedes: null }),
    );
    expect(text(backdated)).toBe("Lena Legal declared Discovered at 12 Jan 2027, 08:15 CET (backdated: SOC ticket 4411)");
    expect(text(backdated, "America/New_York")).toContain("at 12 Jan 2027, 02:15 GMT-5");

    const now = describeTimelineEvent(
      event("moment.declared", { declarationId: "d2", moment: "aware", at: "2027-01-12T09:30:00Z", reason: "Forensics confirmed", supersedes: null }),
    );
    expect(text(now)).toBe("Lena Legal declared Aware at 12 Jan 2027, 10:30 CET: Forensics confirmed");
  });

  it("says a task went to a ticketing system, and a status Jira reported back", () => {
    const sent = describeTimelineEvent(event("task.updated", { task: { id: "t", title: "Rotate keys" }, changes: [{ field: "ticket", from: null, to: "Jira (Jira SEC)" }], version: 2 }));
    expect(text(sent)).toBe("Lena Legal changed the task “Rotate keys”: sent to Jira (Jira SEC) as a ticket.");
    const back = describeTimelineEvent(event("task.updated", { task: { id: "t", title: "Rotate keys" }, changes: [{ field: "status", from: "open", to: "done" }], version: 3 }, "Jira SEC-1"));
    expect(text(back)).toContain("Jira SEC-1 changed the task");
  });

  it("says which chat channel was opened for the incident, how many were invited, and why a public one was archived", () => {
    const base = { service: "slack", connection: "Slack workspace", channelId: "C1", name: "breach-inc-0042", private: false, invited: 3, notInSlack: 1, archived: [] };
    expect(text(describeTimelineEvent(event("chat.channel-opened", base, "Slack workspace")))).toBe(
      "Slack (Slack workspace) opened the channel #breach-inc-0042 for this incident, inviting 3 people (1 person without a Slack account under their e-mail address).",
    );
    const moved = describeTimelineEvent(event("chat.channel-opened", { ...base, name: "breach-inc-0042-private", private: true, invited: null, notInSlack: null, archived: ["C0"] }));
    expect(text(moved)).toBe("Slack (Slack workspace) opened the private channel #breach-inc-0042-private for this incident. The public channel it replaces is archived: the incident is need-to-know.");
  });

  it("says a moment taken from another's instant is the same moment, not a back-dated one", () => {
    const same = describeTimelineEvent(
      event("moment.declared", {
        declarationId: "d3", moment: "discovered", at: "2027-01-12T07:15:00Z", reason: "Discovered when we became aware.", supersedes: null,
        sameAs: { moment: "aware", declarationId: "d2" },
      }),
    );
    expect(text(same)).toBe("Lena Legal declared Discovered at 12 Jan 2027, 08:15 CET, the same moment as Aware: Discovered when we became aware.");
  });

  it("names the obligations that now apply, with their due instants, and leaves out rules that do not apply", () => {
    const sentence = describeTimelineEvent(
      event("obligations.reevaluated", {
        cause: "discovered declared",
        catalogVersion: "2026-11-22.1",
        added: [
          { ruleId: "US-TX-521.053-IND", recipient: "Affected individuals", applies: "yes", dueAt: "2027-03-13T05:59:59.000Z" },
          { ruleId: "US-TX-521.053-AG", recipient: "Texas Attorney General", applies: "yes", dueAt: "2027-02-11T05:59:59.000Z" },
          { ruleId: "US-FL-501.171-IND", recipient: "Affected Florida residents", applies: "no", dueAt: null },
          { ruleId: "US-CA-1798.82-IND", recipient: "Affected California residents", applies: "undetermined", dueAt: null },
        ],
        retired: [], retimed: [], applicability: [],
      }, "Breachdesk"),
    );
    const written = text(sentence, "America/Chicago");
    expect(written).toContain("2 obligations now apply: Affected individuals (Texas) (due 12 Mar 2027, 23:59 GMT-6) and Texas Attorney General (due 10 Feb 2027, 23:59 GMT-6)");
    expect(written).toContain("1 obligation may apply (not yet determined): Affected California residents");
    expect(written).toContain("after Discovered was declared");
    expect(written).not.toContain("Florida");
    expect(written).not.toMatch(/US-[A-Z]{2}-/);
  });

  it("says plainly when a re-evaluation changed nothing that applies", () => {
    const sentence = describeTimelineEvent(
      event("obligations.reevaluated", {
        cause: "facts changed: incident.ransomware", catalogVersion: "x",
        added: [{ ruleId: "US-FL-501.171-IND", recipient: "Affected Florida residents", applies: "no", dueAt: null }],
        retired: [], retimed: [], applicability: [],
      }),
    );
    expect(text(sentence)).toBe("Deadlines re-checked after the facts changed: nothing that applies changed.");
  });

  it("writes fact changes in words, never field names, codes or JSON", () => {
    const sentence = describeTimelineEvent(
      event("facts.changed", {
        reason: "Scoping call", version: 3, suggestion: null,
        changes: [
          { field: "incident.riskLevel", from: "unknown", to: "high" },
          { field: "incident.dataCategories", from: [], to: ["contact_details", "national_id_number"] },
          { field: "affected", from: [], to: [{ jurisdiction: "US-CA", count: 1200 }, { jurisdiction: "DE", count: null }] },
          { field: "incident.encryption", from: { status: "unknown", keyCompromised: "unknown" }, to: { status: "encrypted", keyCompromised: "no" } },
        ],
      }),
    );
    const written = text(sentence);
    expect(written).toContain("risk assessment from not known to a high risk to people");
    expect(written).toContain("kinds of data from none to contact details and government id numbers (ssn, national id)");
    expect(written).toContain("people affected from nobody listed to California (1,200) and Germany (number not known)");
    expect(written).toContain("encryption from not known to encrypted, key compromised: no");
    expect(written).toContain("Why: Scoping call");
    expect(written).not.toMatch(/incident\.|[a-z]+_[a-z]+|[{}[\]"]/);
  });

  it("keeps attacker text as text inside quotes and shortens it", () => {
    const sentence = describeTimelineEvent(
      event("finding.linked", {
        findings: [{ id: "f1", title: `<img src=x onerror=alert(1)> ${"A".repeat(300)}`, severity: "HIGH", product: "Security Hub", awsId: "a" }],
      }),
    );
    const written = text(sentence);
    expect(written).toContain("linked 1 finding: “<img src=x onerror=alert(1)> AAAA");
    expect(written.length).toBeLessThan(200);
  });

  it("falls back to the kind's label when a payload does not match its schema", () => {
    expect(text(describeTimelineEvent(event("notice.sent", { surprise: true })))).toBe("Notice sent (by Lena Legal).");
    expect(text(describeTimelineEvent(event("something.new", {})))).toBe("something.new.");
  });
});

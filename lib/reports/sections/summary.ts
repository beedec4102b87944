import { coverageGaps } from "@/lib/clocks/coverage";
import { INCIDENT_ROLE_LABELS, type TIncidentRole } from "@/lib/incidents/schemas";
import { STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { incidentReference } from "@/lib/incidents/reference";
import { instantText, iso } from "@/lib/reports/blocks";
import { groupForReport, isOverdue } from "@/lib/reports/obligation-groups";
import type { TReportSection } from "@/lib/reports/section";
import { reportZoneText } from "@/lib/reports/time-zone";
import { count, list } from "@/lib/timeline-text/parts";

/** "2 open (1 overdue), 1 met, 1 waiting for its clock to start and 3 rules that do not apply (appendix)". */
function obligationsInWords(obligations: Parameters<typeof groupForReport>[0], now: Date): string {
  const groups = groupForReport(obligations);
  const overdue = groups.open.filter((o) => isOverdue(o, now)).length;
  const parts = [
    groups.open.length ? `${groups.open.length} open${overdue ? ` (${overdue} overdue)` : ""}` : "",
    groups.undetermined.length ? `${groups.undetermined.length} that may apply` : "",
    groups.met.length ? `${groups.met.length} met` : "",
    groups.awaiting_trigger.length ? `${groups.awaiting_trigger.length} waiting for ${groups.awaiting_trigger.length === 1 ? "its clock" : "their clocks"} to start` : "",
    groups.not_applicable.length ? `${count(groups.not_applicable.length, "rule")} that ${groups.not_applicable.length === 1 ? "does" : "do"} not apply (appendix)` : "",
  ].filter(Boolean);
  return parts.length ? list(parts) : "none recorded";
}

/** Never a silent "none" while the catalog has no rules for a jurisdiction the incident touches. */
function gapsInWords(coverage: Parameters<typeof coverageGaps>[0]): string {
  const gaps = coverageGaps(coverage).length;
  return gaps === 0 ? "none" : `${gaps} jurisdiction${gaps === 1 ? "" : "s"} without rules in the catalog: consult counsel (see Coverage gaps)`;
}

export const summarySection: TReportSection = {
  id: "summary",
  title: "Summary",
  build({ data, generatedAt, generatedBy, zone }) {
    const { incident } = data;
    const reference = incidentReference(incident.reference);
    const pairs: [string, string][] = [
      ["Incident", `${reference} — ${incident.title}`],
      ["Severity", incident.severity.charAt(0).toUpperCase() + incident.severity.slice(1)],
      ["Phase", STATUS_LABELS[incident.status] ?? incident.status],
      ["Declared", `${instantText(incident.declaredAt, zone.zone)} by ${incident.declaredBy?.name ?? "an API token or the system"}`],
      ["Commander", incident.commander.name],
      ["People", incident.members.map((m) => `${m.user.name} (${INCIDENT_ROLE_LABELS[m.role as TIncidentRole] ?? m.role})`).join(", ") || "none besides the commander"],
      ["Need-to-know", incident.restricted ? "yes: restricted to its commander, members and administrators" : "no"],
      ["Linked findings", String(data.findings.length)],
      ["Obligations", obligationsInWords(data.obligations, generatedAt)],
      ["Coverage gaps", gapsInWords(data.coverage.coverage)],
      ["Timeline events", String(data.timeline.length)],
      ["Times in this report", reportZoneText(zone)],
      ["Report generated", `${instantText(generatedAt, zone.zone)} by ${generatedBy}`],
    ];
    return {
      blocks: [{ kind: "keyValue", pairs }, { kind: "paragraph", text: incident.summary || "No summary was written." }],
      json: { ...incident, reference, generatedAt: iso(generatedAt), generatedBy, timeZone: zone },
    };
  },
};

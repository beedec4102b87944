import { iso } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { incidentReference } from "@/lib/incidents/reference";

export const summarySection: TReportSection = {
  id: "summary",
  title: "Summary",
  build({ data, generatedAt, generatedBy }) {
    const { incident } = data;
    const reference = incidentReference(incident.reference);
    const pairs: [string, string][] = [
      ["Incident", `${reference} — ${incident.title}`],
      ["Severity", incident.severity],
      ["Phase", incident.status],
      ["Declared", `${iso(incident.declaredAt)} by ${incident.declaredBy?.name ?? "an API token or the system"}`],
      ["Commander", incident.commander.name],
      ["People", incident.members.map((m) => `${m.user.name} (${m.role})`).join(", ") || "none besides the commander"],
      ["Need-to-know", incident.restricted ? "yes: restricted to its commander, members and administrators" : "no"],
      ["Linked findings", String(data.findings.length)],
      ["Obligations", String(data.obligations.filter((o) => o.retiredAt === null).length)],
      ["Timeline events", String(data.timeline.length)],
      ["Report generated", `${iso(generatedAt)} by ${generatedBy}`],
    ];
    return {
      blocks: [{ kind: "keyValue", pairs }, { kind: "paragraph", text: incident.summary || "No summary was written." }],
      json: { ...incident, reference, generatedAt: iso(generatedAt), generatedBy },
    };
  },
};

import { STATUS_LABELS } from "@/lib/incidents/lifecycle";
import { INCIDENT_ROLE_LABELS, type TIncidentRole, type TIncidentStatus } from "@/lib/incidents/schemas";
import { count, list, quote } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const phase = (status: string) => STATUS_LABELS[status as TIncidentStatus] ?? status;
const role = (value: string) => INCIDENT_ROLE_LABELS[value as TIncidentRole] ?? value;

export const incidentDescribers: TDescribers = {
  "incident.declared": (p, e) => [`${e.actor} declared the incident ${quote(p.title)}, severity ${p.severity}, with ${p.commander.name} as commander.`],
  "incident.status-changed": (p, e) => [`${e.actor} moved the incident from ${phase(p.from)} to ${phase(p.to)}${p.reason ? `: ${p.reason}` : "."}`],
  "incident.severity-changed": (p, e) => [`${e.actor} changed the severity from ${p.from} to ${p.to}: ${p.reason}`],
  "note.added": (_p, e) => [`${e.actor} added a note.`],
  "decision.recorded": (p, e) => [`${e.actor} recorded a decision owned by ${p.owner.name}.`],
  "member.assigned": (p, e) => [
    `${e.actor} made ${p.user.name} ${role(p.role)}${p.previousRole ? ` (was ${role(p.previousRole)})` : ""}.`,
  ],
  "member.removed": (p, e) => [`${e.actor} removed ${p.user.name} (${role(p.role)}) from the incident.`],
  "incident.restriction-changed": (p, e) => [
    p.restricted
      ? `${e.actor} restricted the incident to the people listed: ${p.reason}`
      : `${e.actor} opened the incident to everyone with a role: ${p.reason}`,
  ],
  "finding.linked": (p, e) => [
    `${e.actor} linked ${count(p.findings.length, "finding")}: ${list(p.findings.slice(0, 5).map((f) => `${quote(f.title, 100)} (${f.severity.toLowerCase()})`))}${p.findings.length > 5 ? ` and ${count(p.findings.length - 5, "more")}` : ""}.`,
  ],
  "finding.changed": (p) => [`The linked finding ${quote(p.finding.title, 100)} changed: ${list(p.changes)}.`],
};

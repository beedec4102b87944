import { TASK_ROLE_LABELS, TASK_STATUS_LABELS, type TTaskRole, type TTaskStatus } from "@/lib/tasks/schemas";
import { at, count, quote, type TSentence } from "@/lib/timeline-text/parts";
import type { TDescribers } from "@/lib/timeline-text/types";

const taskRole = (value: string | null) => (value ? (TASK_ROLE_LABELS[value as TTaskRole] ?? value) : "no role");
const taskStatus = (value: string | null) => (value ? (TASK_STATUS_LABELS[value as TTaskStatus] ?? value).toLowerCase() : "none");

function taskChange(change: { field: string; from: string | null; to: string | null }): TSentence {
  switch (change.field) {
    case "status":
      return [`status ${taskStatus(change.from)} → ${taskStatus(change.to)}`];
    case "dueAt":
      return change.to ? ["due ", at(change.to)] : ["no due date any more"];
    case "owner":
      return [change.to ? `owner ${change.to}` : "no owner any more"];
    case "role":
      return [`for ${taskRole(change.to)}`];
    case "title":
      return [`renamed from ${quote(change.from)}`];
    case "ticket":
      return [`sent to ${change.to ?? "a ticketing system"} as a ticket`];
    default:
      return [`${change.field} changed`];
  }
}

const CUSTODY_VERBS: Record<string, string> = { downloaded: "downloaded", transferred: "transferred", handed_over: "handed over", integrity_failed: "was refused (the stored bytes no longer match their SHA-256) when downloading" };

export const workDescribers: TDescribers = {
  "task.created": (p, e) => [
    `${e.actor} added the task ${quote(p.task.title)} for ${taskRole(p.role)}${p.owner ? `, owned by ${p.owner.name}` : ", with no owner yet"}`,
    ...(p.dueAt ? [", due ", at(p.dueAt)] : []),
    ".",
  ],
  "task.updated": (p, e) => {
    const parts: TSentence = [`${e.actor} changed the task ${quote(p.task.title)}: `];
    p.changes.forEach((change, i) => parts.push(...(i ? ["; "] : []), ...taskChange(change)));
    return [...parts, "."];
  },
  "playbook.applied": (p, e) => [`${e.actor} applied the playbook ${quote(p.playbook.title)}, adding ${count(p.tasks.length, "task")}.`],
  "evidence.registered": (p, e) => [
    `${e.actor} registered the evidence ${quote(p.evidence.name)}${p.sha256 ? ` (SHA-256 ${p.sha256})` : ""}: ${p.reason}`,
  ],
  "evidence.custody": (p, e) => [
    `${e.actor} ${CUSTODY_VERBS[p.action] ?? p.action.replace(/_/g, " ")} the evidence ${quote(p.evidence.name)}${p.to ? ` to ${p.to}` : ""}: ${p.reason}`,
  ],
  "evidence.legal-hold": (p, e) => [
    `${e.actor} ${p.hold ? "placed" : "released"} the evidence ${quote(p.evidence.name)} ${p.hold ? "under" : "from"} legal hold: ${p.reason}`,
  ],
  "evidence.deleted": (p, e) => [`${e.actor} deleted the evidence ${quote(p.evidence.name)}: ${p.reason}`],
  "report.exported": (p, e) => [`${e.actor} exported ${p.file} (${p.format.toUpperCase()}, ${count(p.bytes, "byte")}, SHA-256 ${p.sha256}).`],
};


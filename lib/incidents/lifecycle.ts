import type { TIncidentStatus } from "@/lib/incidents/schemas";

/**
 * The incident lifecycle (NIST SP 800-61 phases) as one small table: from each phase, the phases it may move
 * to. Forward one step is the normal path; a phase may fall back to "investigating" when containment or
 * eradication turns out to be incomplete; any open phase may be closed (a false positive is closed from
 * triage). Leaving "closed" is a reopen: it needs the incident's commander and a reason.
 */
export const TRANSITIONS = {
  triage: ["investigating", "closed"],
  investigating: ["contained", "closed"],
  contained: ["eradicated", "investigating", "closed"],
  eradicated: ["recovered", "investigating", "closed"],
  recovered: ["closed", "investigating"],
  closed: ["investigating"],
} as const satisfies Record<TIncidentStatus, readonly TIncidentStatus[]>;

export const STATUS_LABELS: Record<TIncidentStatus, string> = {
  triage: "Triage",
  investigating: "Investigating",
  contained: "Contained",
  eradicated: "Eradicated",
  recovered: "Recovered",
  closed: "Closed",
};

export function nextStatuses(from: TIncidentStatus): readonly TIncidentStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: TIncidentStatus, to: TIncidentStatus): boolean {
  return (TRANSITIONS[from] as readonly TIncidentStatus[]).includes(to);
}

export function isReopen(from: TIncidentStatus, to: TIncidentStatus): boolean {
  return from === "closed" && to !== "closed";
}

/** What is still open on an incident: tasks, notification obligations, notices awaiting approval or sending. */
export type TOpenWork = {
  openTasks: number;
  /** The open tasks by title, so the refusal can list them. */
  openTaskTitles?: string[];
  openObligations: number;
  pendingApprovals: number;
  /** The notices awaiting approval or sending, by title. */
  pendingApprovalTitles?: string[];
  /** The open obligations by name ("US-CA-1798.82-IND → Affected California residents"), listed in the refusal. */
  openObligationNames?: string[];
  /** The earliest due instant among the open obligations (the dashboard shows it). */
  nextDeadline?: { ruleId: string; recipient: string; dueAt: Date; overdue: boolean } | null;
};

/** Why an incident cannot be closed yet; empty when it can. */
export function closeBlockers(open: TOpenWork): string[] {
  const reasons: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (open.openTasks > 0) {
    const titles = open.openTaskTitles?.length ? `: ${open.openTaskTitles.map((t) => `“${t}”`).join(", ")}` : "";
    reasons.push(`${plural(open.openTasks, "task is", "tasks are")} still open${titles}.`);
  }
  if (open.openObligations > 0) {
    const names = open.openObligationNames?.length ? `: ${open.openObligationNames.join("; ")}` : "";
    reasons.push(`${plural(open.openObligations, "notification obligation is", "notification obligations are")} still open${names}.`);
  }
  if (open.pendingApprovals > 0) {
    const titles = open.pendingApprovalTitles?.length ? `: ${open.pendingApprovalTitles.map((t) => `“${t}”`).join(", ")}` : "";
    reasons.push(`${plural(open.pendingApprovals, "approval is", "approvals are")} still pending${titles}.`);
  }
  return reasons;
}

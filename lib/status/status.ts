import type { TStatus } from "@/lib/clocks/types";

/**
 * Pure logic behind the exec status view (and the report): what is due next, obligations by status, what was
 * notified, people affected by jurisdiction, findings over time. No database, no clock of its own (`now` is input).
 */

export type TStatusObligation = {
  id: string;
  ruleId: string;
  recipient: string;
  /** The rule's region as snapshotted ("EU", "US-CA"…); null when the snapshot does not say. */
  region: string | null;
  applies: string;
  status: string;
  dueAt: Date | null;
  metAt: Date | null;
  retiredAt: Date | null;
  citation: string;
  owner: { id: string; name: string } | null;
};

/** The one wording of each obligation status, in the console, the status page and the report. */
export const OBLIGATION_STATUS_LABELS: Readonly<Record<string, string> & Record<TStatus, string>> = {
  overdue: "Overdue",
  due_soon: "Due soon",
  on_track: "On track",
  awaiting_trigger: "Awaiting trigger",
  met: "Met",
  met_late: "Met late",
  not_applicable: "Not applicable",
};

/** Display order: what needs attention first. */
const STATUS_ORDER = ["overdue", "due_soon", "on_track", "awaiting_trigger", "met_late", "met", "not_applicable"];

/** The jurisdiction of an obligation: the snapshotted rule region, else the rule id's leading segment(s) ("US-CA-…"). */
export function jurisdictionOf(obligation: { ruleId: string; region: string | null }): string {
  if (obligation.region) return obligation.region;
  const [first, second] = obligation.ruleId.split("-");
  return first === "US" && second && /^[A-Z]{2}$/.test(second) ? `US-${second}` : (first ?? obligation.ruleId);
}

/** What deciding the next deadline needs of an obligation (the close guards read no more). */
type TDeadlineFields = Pick<TStatusObligation, "ruleId" | "applies" | "dueAt" | "metAt" | "retiredAt">;

/** Obligations still running: live rows that apply, not met, with a due instant. */
export function openDeadlines<TObligation extends TDeadlineFields>(obligations: readonly TObligation[]): TObligation[] {
  return obligations
    .filter((o) => o.retiredAt === null && o.metAt === null && o.applies === "yes" && o.dueAt !== null)
    .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime() || a.ruleId.localeCompare(b.ruleId));
}

/** The next deadline: the earliest open one (an overdue one comes first, being the earliest). */
export function nextDeadline<TObligation extends TDeadlineFields>(obligations: readonly TObligation[]): TObligation | null {
  return openDeadlines(obligations)[0] ?? null;
}

/**
 * Live obligations counted by status; the stored status may be stale for time-driven changes, so an unmet row whose
 * due instant has passed counts as overdue.
 */
export function obligationsByStatus(obligations: readonly TStatusObligation[], now: Date): { status: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of obligations) {
    if (o.retiredAt !== null) continue;
    const status = effectiveStatus(o, now);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([status, count]) => ({ status, label: OBLIGATION_STATUS_LABELS[status] ?? status, count }));
}

export function effectiveStatus(o: TStatusObligation, now: Date): string {
  if (o.metAt === null && o.dueAt !== null && o.applies === "yes" && o.dueAt.getTime() < now.getTime()) return "overdue";
  return o.status;
}

function rank(status: string): number {
  const index = STATUS_ORDER.indexOf(status);
  return index === -1 ? STATUS_ORDER.length : index;
}

/** What has been notified and when: met obligations, earliest first, with whether it was on time. */
export function notified(obligations: readonly TStatusObligation[]) {
  return obligations
    .filter((o) => o.metAt !== null)
    .sort((a, b) => a.metAt!.getTime() - b.metAt!.getTime())
    .map((o) => ({ ...o, metAt: o.metAt!, onTime: o.dueAt === null || o.metAt!.getTime() <= o.dueAt.getTime() }));
}

export type TAffected = { jurisdiction: string; count: number | null };

/** People affected per jurisdiction from IncidentFacts.affected; an unknown count stays unknown (null), never 0. */
export function affectedByJurisdiction(facts: unknown): { rows: TAffected[]; total: number; unknown: number } {
  const affected = (facts as { affected?: unknown } | null)?.affected;
  const byJurisdiction = new Map<string, number | null>();
  if (Array.isArray(affected)) {
    for (const entry of affected as { jurisdiction?: unknown; count?: unknown }[]) {
      if (typeof entry?.jurisdiction !== "string") continue;
      const count = typeof entry.count === "number" && Number.isFinite(entry.count) ? entry.count : null;
      const previous = byJurisdiction.get(entry.jurisdiction);
      byJurisdiction.set(entry.jurisdiction, previous === undefined ? count : previous === null || count === null ? null : previous + count);
    }
  }
  const rows = [...byJurisdiction.entries()]
    .map(([jurisdiction, count]) => ({ jurisdiction, count }))
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || a.jurisdiction.localeCompare(b.jurisdiction));
  return {
    rows,
    total: rows.reduce((sum, row) => sum + (row.count ?? 0), 0),
    unknown: rows.filter((row) => row.count === null).length,
  };
}

/** Findings per UTC day (by when the provider first observed them, else when they were created there). */
export function findingsPerDay(findings: readonly { observedAt: Date }[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const day = f.observedAt.toISOString().slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
}

/** "2 d 4 h", "3 h 05 min", "12 min" — or "overdue by …" — for a countdown to `due` at `now`. */
export function formatRemaining(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  const text = formatDuration(Math.abs(ms));
  return ms < 0 ? `overdue by ${text}` : `${text} left`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${String(mins).padStart(2, "0")} min`;
  return `${mins} min`;
}

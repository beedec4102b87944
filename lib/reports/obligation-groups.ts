import { awaitsTrigger } from "@/lib/status/decisions-awaiting";
import type { TStoredObligation } from "@/lib/status/queries";
import { jurisdictionOf } from "@/lib/status/status";

/**
 * The report's order of the register: what is still owed first (overdue, then by due time), then what may apply, what
 * was met, what waits for its clock to start; rules that do not apply (or no longer touch the incident) go to the
 * appendix. Pure: `now` decides what is overdue.
 */
export const REPORT_GROUPS = ["open", "undetermined", "met", "awaiting_trigger", "not_applicable"] as const;
export type TReportGroup = (typeof REPORT_GROUPS)[number];

type TGroupable = Pick<TStoredObligation, "ruleId" | "region" | "applies" | "status" | "dueAt" | "metAt" | "retiredAt" | "trigger">;

export function reportGroupOf(o: TGroupable): TReportGroup {
  if (o.retiredAt !== null) return "not_applicable";
  if (o.metAt !== null) return "met";
  if (o.applies === "no" && o.status !== "awaiting_trigger") return "not_applicable";
  if (awaitsTrigger(o)) return "awaiting_trigger";
  if (o.applies === "undetermined") return "undetermined";
  return "open";
}

const time = (value: Date | null) => value?.getTime() ?? Number.POSITIVE_INFINITY;

/** Earliest due first, none last; then by rule, so the same register always reads the same. */
const byDue = (a: TGroupable, b: TGroupable) => time(a.dueAt) - time(b.dueAt) || a.ruleId.localeCompare(b.ruleId);
const byJurisdiction = (a: TGroupable, b: TGroupable) => jurisdictionOf(a).localeCompare(jurisdictionOf(b)) || a.ruleId.localeCompare(b.ruleId);
const ORDER: Record<TReportGroup, (a: TGroupable, b: TGroupable) => number> = {
  open: byDue,
  undetermined: byDue,
  met: (a, b) => time(a.metAt) - time(b.metAt) || a.ruleId.localeCompare(b.ruleId),
  awaiting_trigger: byJurisdiction,
  not_applicable: byJurisdiction,
};

export function groupForReport<T extends TGroupable>(obligations: readonly T[]): Record<TReportGroup, T[]> {
  const groups = Object.fromEntries(REPORT_GROUPS.map((group) => [group, [] as T[]])) as Record<TReportGroup, T[]>;
  for (const o of obligations) groups[reportGroupOf(o)].push(o);
  for (const group of REPORT_GROUPS) groups[group].sort(ORDER[group]);
  return groups;
}

/** Open and past its due instant (the stored status may be stale between re-evaluations). */
export function isOverdue(o: Pick<TGroupable, "dueAt" | "metAt">, now: Date): boolean {
  return o.metAt === null && o.dueAt !== null && o.dueAt.getTime() < now.getTime();
}

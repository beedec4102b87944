import type { TObligation, TStatus } from "@/lib/clocks/types";

/**
 * Pure: an obligation's status at `now`, computed in the browser so the register stays current between
 * re-evaluations (the stored status is the one as of the last evaluation). Same rules as the engine (K12): due soon
 * when at most 25 % of the window from trigger to due remains.
 */
export type TLiveStatus = TStatus | "retired" | "proposed";

export const DUE_SOON_FRACTION = 0.25;

export function liveStatus(
  row: { status: string; applies: string; dueAt: string | null; metAt: string | null; retiredAt: string | null; evaluation: Pick<TObligation, "verification" | "trigger" | "dueKind"> },
  now: number,
): TLiveStatus {
  if (row.metAt) return row.dueAt && Date.parse(row.metAt) > Date.parse(row.dueAt) ? "met_late" : "met";
  if (row.retiredAt) return "retired";
  if (row.evaluation.verification === "P") return "proposed";
  if (row.applies === "no") return "not_applicable";
  if (row.evaluation.dueKind === "awaiting_trigger") return "awaiting_trigger";
  if (!row.dueAt) return row.status as TStatus;
  const due = Date.parse(row.dueAt);
  if (now > due) return "overdue";
  const start = row.evaluation.trigger?.at ? Date.parse(row.evaluation.trigger.at) : null;
  if (start === null || Number.isNaN(start)) return "on_track";
  return due - now <= DUE_SOON_FRACTION * (due - start) ? "due_soon" : "on_track";
}

/** "2 d 4 h", "3 h 05 min", "42 min", "12 s"; negative durations read "… ago". */
export function formatCountdown(ms: number): string {
  const past = ms < 0;
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  s -= d * 86_400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const text = d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${String(m).padStart(2, "0")} min` : m > 0 ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
  return past ? `${text} ago` : `in ${text}`;
}

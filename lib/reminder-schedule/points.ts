
/**
 * Pure: reminder points of an obligation. "50%" fires when half of the window from the trigger to the due instant
 * has gone; "1h" / "30m" fire that long before the due instant.
 */

/** "50%" = half of the window from trigger to due is gone; "1h" / "30m" = that long before the due instant. */
export const REMINDER_POINT = /^(?:([1-9][0-9]?)%|([1-9][0-9]{0,2})(h|m))$/;
export const DEFAULT_REMINDER_POINTS = ["50%", "75%", "90%", "1h"];

export type TPoint = { label: string; fireAt: number };

/** The point every obligation has, whatever the organisation chose: its due instant passing unmet. */
export const OVERDUE_POINT = "overdue";

export function fireAt(point: string, startMs: number | null, dueMs: number): number | null {
  if (point === OVERDUE_POINT) return dueMs;
  const match = REMINDER_POINT.exec(point);
  if (!match) return null;
  if (match[1]) {
    if (startMs === null || startMs >= dueMs) return null;
    return startMs + Math.round(((dueMs - startMs) * Number(match[1])) / 100);
  }
  const ms = Number(match[2]) * (match[3] === "h" ? 3_600_000 : 60_000);
  const at = dueMs - ms;
  // A point before the clock started means nothing (the window is shorter than the point).
  return startMs !== null && at < startMs ? null : at;
}

/**
 * Which points to record now: every point that has passed and is not recorded yet for this due instant. Only the
 * latest of them is sent; earlier ones that passed unnoticed (the worker was down, or the clock was re-timed) are
 * recorded as skipped, so nobody gets four reminders at once.
 */
export function duePoints(
  points: string[],
  window: { startMs: number | null; dueMs: number },
  nowMs: number,
  recorded: ReadonlySet<string>,
): { label: string; fireAt: number; outcome: "sent" | "skipped" }[] {
  const passed = points
    .map((label) => ({ label, fireAt: fireAt(label, window.startMs, window.dueMs) }))
    .filter((p): p is TPoint => p.fireAt !== null && p.fireAt <= nowMs && !recorded.has(p.label))
    .sort((a, b) => a.fireAt - b.fireAt || a.label.localeCompare(b.label));
  return passed.map((p, index) => ({ ...p, outcome: index === passed.length - 1 ? "sent" : "skipped" }));
}

/**
 * When the reminders scan must next look at an obligation: the earliest point (the overdue point included) not yet
 * recorded for this due instant, past or future — a past one means "now". Null when every point is recorded.
 */
export function nextReminderAt(points: string[], window: { startMs: number | null; dueMs: number }, recorded: ReadonlySet<string>): number | null {
  let earliest: number | null = null;
  for (const label of new Set([...points, OVERDUE_POINT])) {
    if (recorded.has(label)) continue;
    const at = fireAt(label, window.startMs, window.dueMs);
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}

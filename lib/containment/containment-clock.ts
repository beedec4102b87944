/**
 * The containment clock: time from the incident's declaration to the last containment action's success (the latest
 * end of a succeeded request), against the organisation's target (4 hours unless the profile says otherwise). Pure:
 * the incident page, the exec status view and the report read the same answer. It never looks calm while nothing has
 * succeeded: only a contained incident is "ok"; waiting is a warning, past the target an alert.
 */

export const DEFAULT_CONTAINMENT_TARGET_HOURS = 4;
export const CONTAINMENT_TARGET_HOURS_MIN = 1;
export const CONTAINMENT_TARGET_HOURS_MAX = 720;

/** A request as the clock reads it. Dry runs and releases contain nothing, so they never stop the clock. */
export type TClockRequest = {
  status: string;
  dryRun: boolean;
  /** A release (roll back) of an earlier action: undoes containment rather than achieving it. */
  release?: boolean;
  /** When the request's execution succeeded (its end); null unless it succeeded. */
  succeededAt: Date | null;
};

export type TContainmentClockInput = {
  declaredAt: Date;
  targetHours: number;
  requests: readonly TClockRequest[];
  now: Date;
  /** When the incident was closed, if it is: the clock stops there instead of running on forever. */
  closedAt?: Date | null;
};

export type TContainmentClockState = "not_started" | "in_progress" | "met" | "met_late" | "overdue" | "closed_uncontained";

export type TContainmentClock = {
  state: TContainmentClockState;
  tone: "ok" | "warning" | "alert";
  targetHours: number;
  /** Declaration + target. */
  targetAt: Date;
  /** The latest success of a containment action; null while none has succeeded. */
  containedAt: Date | null;
  /** Declaration → containedAt, or → now while not contained. */
  elapsedMs: number;
  succeeded: number;
  inProgress: number;
  failed: number;
  /** A few words for a badge: "Contained within target", "Not contained, past target". */
  headline: string;
  /** The plain sentence: "Contained 2 h 10 min after declaration, within the 4-hour target." */
  sentence: string;
};

const IN_PROGRESS = new Set(["awaiting_approval", "approved", "starting", "running"]);
const HOUR = 3_600_000;

/** "under a minute", "45 min", "5 h", "2 h 10 min", "3 d 4 h": whole minutes, no zero parts. */
export function durationWords(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return hours % 24 === 0 ? `${Math.floor(hours / 24)} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function containmentClock({ declaredAt, targetHours, requests, now, closedAt = null }: TContainmentClockInput): TContainmentClock {
  const counted = requests.filter((r) => !r.dryRun && !r.release);
  const successes = counted.filter((r) => r.status === "succeeded" && r.succeededAt !== null).map((r) => r.succeededAt!.getTime());
  const inProgress = counted.filter((r) => IN_PROGRESS.has(r.status)).length;
  const failed = counted.filter((r) => r.status === "failed").length;
  const targetMs = targetHours * HOUR;
  const targetAt = new Date(declaredAt.getTime() + targetMs);
  const target = `the ${targetHours}-hour target`;
  const base = { targetHours, targetAt, succeeded: successes.length, inProgress, failed };

  if (successes.length > 0) {
    const containedAt = new Date(Math.max(...successes));
    const elapsedMs = Math.max(0, containedAt.getTime() - declaredAt.getTime());
    const still = inProgress > 0 ? ` ${plural(inProgress, "more action is", "more actions are")} still in progress.` : "";
    if (elapsedMs <= targetMs) {
      return { ...base, state: "met", tone: "ok", containedAt, elapsedMs, headline: "Contained within target", sentence: `Contained ${durationWords(elapsedMs)} after declaration, within ${target}.${still}` };
    }
    return {
      ...base, state: "met_late", tone: "warning", containedAt, elapsedMs, headline: "Contained late",
      sentence: `Contained ${durationWords(elapsedMs)} after declaration, ${durationWords(elapsedMs - targetMs)} past ${target}.${still}`,
    };
  }

  const elapsedMs = Math.max(0, (closedAt ?? now).getTime() - declaredAt.getTime());
  const what = [
    inProgress > 0 ? `${plural(inProgress, "action is", "actions are")} in progress` : "",
    failed > 0 ? `${plural(failed, "action", "actions")} failed` : "",
  ].filter(Boolean).join(", ");
  const detail = what ? ` ${what.charAt(0).toUpperCase()}${what.slice(1)}.` : counted.length === 0 ? " None has been requested." : "";
  if (closedAt) {
    // Stopped, not met: a record that says nothing was contained must keep saying so, without a clock that runs on.
    return {
      ...base, state: "closed_uncontained", tone: elapsedMs > targetMs ? "alert" : "warning", containedAt: null, elapsedMs, headline: "Closed with no containment recorded",
      sentence: `The incident was closed ${durationWords(elapsedMs)} after declaration with no containment action recorded as succeeded${elapsedMs > targetMs ? `, past ${target}` : ""}.${detail}`,
    };
  }
  if (elapsedMs > targetMs) {
    return {
      ...base, state: "overdue", tone: "alert", containedAt: null, elapsedMs, headline: "Not contained, past target",
      sentence: `No containment action has succeeded; ${durationWords(elapsedMs)} since declaration, past ${target}.${detail}`,
    };
  }
  const left = `${durationWords(targetMs - elapsedMs)} left of ${target}`;
  if (inProgress > 0) {
    return {
      ...base, state: "in_progress", tone: "warning", containedAt: null, elapsedMs, headline: "Not contained yet",
      sentence: `No containment action has succeeded yet; ${durationWords(elapsedMs)} since declaration, ${left}.${detail}`,
    };
  }
  return {
    ...base, state: "not_started", tone: "warning", containedAt: null, elapsedMs, headline: "Containment not started",
    sentence:
      counted.length === 0
        ? `No containment action has been requested; ${durationWords(elapsedMs)} since declaration, ${left}.`
        : `No containment action has succeeded and none is in progress; ${durationWords(elapsedMs)} since declaration, ${left}.${detail}`,
  };
}

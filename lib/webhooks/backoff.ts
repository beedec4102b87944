/**
 * When to try again after a failed attempt: the schedule the Standard Webhooks guidance recommends (after the
 * immediate first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), about 27 hours in all, so a receiver that is
 * down for a day still gets the message. null: the schedule has run out and the delivery has failed for good.
 */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

/** `failedAttempts`: attempts made since the schedule (re)started, the one that just failed included. */
export function nextRetryDelayMs(failedAttempts: number): number | null {
  return RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
}

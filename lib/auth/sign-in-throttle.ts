/** Failed attempts allowed before each further failure locks the account for a while. */
export const FREE_ATTEMPTS = 4;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/**
 * How long an account stays locked after its n-th consecutive failed sign-in: nothing for the first few,
 * then 30 s, doubling with each further failure, capped at 15 minutes.
 */
export function lockSecondsAfterFailure(consecutiveFailures: number): number {
  if (consecutiveFailures <= FREE_ATTEMPTS) return 0;
  const doublings = consecutiveFailures - FREE_ATTEMPTS - 1;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(doublings, 30));
}

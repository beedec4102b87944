/**
 * Failed password checks allowed before each further failure locks the account for a while. Sign-in and the
 * re-authentication before an approval share this one counter, so spreading guesses over both gains nothing.
 */
export const FREE_ATTEMPTS = 4;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/**
 * How long an account stays locked after its n-th consecutive failed password check: nothing for the first few,
 * then 30 s, doubling with each further failure, capped at 15 minutes.
 */
export function lockSecondsAfterFailure(consecutiveFailures: number): number {
  if (consecutiveFailures <= FREE_ATTEMPTS) return 0;
  const doublings = consecutiveFailures - FREE_ATTEMPTS - 1;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(doublings, 30));
}

/**
 * lockSecondsAfterFailure(1), (2), … up to the first failure that reaches the cap; every later failure locks as long
 * as the last entry. The database applies the rule from this list, in the same statement that counts the attempt.
 */
export const LOCK_SECONDS_BY_FAILURE: readonly number[] = (() => {
  const schedule: number[] = [];
  for (let failures = 1; schedule.at(-1) !== MAX_LOCK_SECONDS; failures += 1) schedule.push(lockSecondsAfterFailure(failures));
  return schedule;
})();

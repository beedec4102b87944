import "server-only";
import { sqlRows } from "@/lib/db/sql";
import { typicalVerifyMs, verifyPassword } from "@/lib/auth/password";
import { LOCK_SECONDS_BY_FAILURE } from "@/lib/auth/sign-in-throttle";

/**
 * The one way to check a user's password (sign-in and re-authentication alike).
 *
 * Each check first reserves an attempt on the account in a single conditional UPDATE: it counts the attempt as a
 * failure, locks the account if that failure would, and refuses outright while the account is locked. Only then is
 * the slow hash verified, and a success clears the count. Because the reservation is atomic and comes first, any
 * number of parallel guesses gets at most the free attempts (plus the one that locks) verified against the hash,
 * whichever process they reach.
 */

export type TPasswordAccount = { id: string; email: string; name: string };

export type TPasswordCheck =
  | { outcome: "accepted"; account: TPasswordAccount }
  | { outcome: "wrong" }
  /** No attempt was made: the account is locked, deactivated or does not exist. */
  | { outcome: "refused" };

type TAccountKey = { email: string } | { userId: string };

/** The account's condition on `users` as $1, and its value. */
function accountCondition(key: TAccountKey): [condition: string, value: string] {
  return "email" in key ? ["email = $1", key.email] : ["id = $1::uuid", key.userId];
}

/** Reserves one attempt (see above); null when the account is locked, deactivated or unknown. */
async function reserveAttempt(key: TAccountKey, now: Date) {
  const [condition, value] = accountCondition(key);
  const [account] = await sqlRows<TPasswordAccount & { passwordHash: string | null }>(
    `UPDATE users
        SET failed_sign_ins = failed_sign_ins + 1,
            locked_until = CASE
              WHEN ($3::int[])[LEAST(failed_sign_ins + 1, cardinality($3::int[]))] > 0
                THEN $2::timestamptz + make_interval(secs => ($3::int[])[LEAST(failed_sign_ins + 1, cardinality($3::int[]))])
              ELSE locked_until
            END
      WHERE ${condition} AND active AND (locked_until IS NULL OR locked_until <= $2::timestamptz)
      RETURNING id::text, email, name, password_hash AS "passwordHash"`,
    [value, now.toISOString(), LOCK_SECONDS_BY_FAILURE],
  );
  return account ?? null;
}

async function isLocked(key: TAccountKey, now: Date): Promise<boolean> {
  const [condition, value] = accountCondition(key);
  const rows = await sqlRows(`SELECT 1 FROM users WHERE ${condition} AND active AND locked_until > $2::timestamptz`, [value, now.toISOString()]);
  return rows.length > 0;
}

export async function checkPassword(key: TAccountKey, password: string, now = new Date()): Promise<TPasswordCheck> {
  const account = await reserveAttempt(key, now);
  if (!account) {
    // Answer no faster than a real check, so timing does not tell which accounts exist: an unknown or deactivated
    // account is verified against a decoy hash; a locked one only waits as long (the lock exists to spare the hash).
    if (await isLocked(key, now)) await new Promise((resolve) => setTimeout(resolve, typicalVerifyMs()));
    else await verifyPassword(null, password);
    return { outcome: "refused" };
  }
  if (!(await verifyPassword(account.passwordHash, password))) return { outcome: "wrong" };
  await sqlRows("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1::uuid", [account.id]);
  return { outcome: "accepted", account: { id: account.id, email: account.email, name: account.name } };
}

import "server-only";
import { checkPassword, type TPasswordAccount } from "@/lib/auth/password-checks";
import { normalizeEmail } from "@/lib/users/schemas";

/**
 * The only answers sign-in gives: a wrong password, a locked, deactivated or unknown account all look the same, so
 * that sign-in does not tell which e-mail addresses have accounts.
 */
export type TSignInResult = { ok: true; user: TPasswordAccount } | { ok: false };

/** Checks an e-mail and password, throttled per account (lib/auth/password-checks.ts). */
export async function verifyCredentials(email: string, password: string, now = new Date()): Promise<TSignInResult> {
  const check = await checkPassword({ email: normalizeEmail(email) }, password, now);
  return check.outcome === "accepted" ? { ok: true, user: check.account } : { ok: false };
}

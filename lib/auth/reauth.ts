import "server-only";
import { checkPassword } from "@/lib/auth/password-checks";
import { AppError } from "@/lib/errors/app-error";

/**
 * Confirms a signed-in user's password before a sensitive act (approving a notice). It goes through the same
 * throttled check and the same counter as sign-in: wrong passwords here lock the account too, and a locked account
 * cannot confirm, even with the right password. The person is already signed in, so saying "locked" reveals nothing.
 */
export async function confirmPassword(userId: string, password: string, now = new Date()): Promise<void> {
  const check = await checkPassword({ userId }, password, now);
  if (check.outcome === "accepted") return;
  if (check.outcome === "wrong") {
    throw new AppError("forbidden", "The password is not correct.", [{ name: "password", reason: "is not correct" }], { reauth: true });
  }
  throw new AppError(
    "too_many_requests",
    "Too many wrong passwords: your account is locked for a few minutes. Wait, then try again.",
    [{ name: "password", reason: "cannot be checked while the account is locked after too many wrong passwords" }],
    { reauth: true },
  );
}

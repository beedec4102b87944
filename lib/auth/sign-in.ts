import "server-only";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { lockSecondsAfterFailure } from "@/lib/auth/sign-in-throttle";
import { normalizeEmail } from "@/lib/users/schemas";

export type TSignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an e-mail and password. Failures are counted on the account in the database (not in memory, so
 * every console process sees them) and lock it for a growing time; a locked account is refused without
 * checking the password, so guessing gets no faster by spreading it over processes.
 */
export async function verifyCredentials(email: string, password: string, now = new Date()): Promise<TSignInResult> {
  const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user || !user.active) {
    await verifyPassword(null, password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked" };

  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(user.id, now);
    return { ok: false, reason: "invalid" };
  }
  if (user.failedSignIns > 0 || user.lockedUntil) {
    await prisma.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

async function recordFailure(userId: string, now: Date): Promise<void> {
  // One atomic increment, so concurrent failures are all counted.
  const updated = await prisma.user.update({
    where: { id: userId },
    data: { failedSignIns: { increment: 1 } },
    select: { failedSignIns: true },
  });
  const lockSeconds = lockSecondsAfterFailure(updated.failedSignIns);
  if (lockSeconds > 0) {
    await prisma.user.update({
      where: { id: userId },
      data: { lockedUntil: new Date(now.getTime() + lockSeconds * 1000) },
    });
  }
}

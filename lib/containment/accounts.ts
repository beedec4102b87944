import "server-only";
import type { TDbClient } from "@/lib/db";

/**
 * The role containment runs as in an account: the role of an enabled findings source in that account (Breachdesk
 * already assumes it to read findings there). An account with no such source has no role, and nothing can be
 * requested in it. Most recently added source first, so a replaced role wins.
 */
export async function containmentRoleFor(db: TDbClient, accountId: string): Promise<string | null> {
  if (!/^\d{12}$/.test(accountId)) return null;
  const sources = await db.findingSource.findMany({
    where: { enabled: true, roleArn: { contains: `:iam::${accountId}:role/` } },
    select: { roleArn: true },
    orderBy: { createdAt: "desc" },
  });
  return sources.map((s) => s.roleArn).find((arn) => new RegExp(`^arn:aws(-[a-z]+)*:iam::${accountId}:role/`).test(arn)) ?? null;
}

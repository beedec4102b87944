import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRole } from "@/lib/auth/roles";

/**
 * The people a picker offers for a job open to `roles`: active users holding at least one of them (the same rule
 * as `ineligibility` in `eligibility.ts`), by name, with the columns the picker shows.
 */
export function findEligibleUsers<TSelect extends Prisma.UserSelect>(roles: readonly TRole[], select: TSelect, db: TDbClient = prisma) {
  return db.user.findMany({ where: { active: true, roles: { hasSome: [...roles] } }, select, orderBy: { name: "asc" } });
}

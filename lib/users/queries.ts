import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRole } from "@/lib/auth/roles";

/** Active users holding at least one of `roles`: `ineligibility` (eligibility.ts) as a query condition. */
export function eligibleUsersWhere(roles: readonly TRole[]): Prisma.UserWhereInput {
  return { active: true, roles: { hasSome: [...roles] } };
}

/**
 * The people a picker offers for a job open to `roles`, by name, with the columns the picker shows; `alsoWhere`
 * narrows it further (e.g. to the users who may see a need-to-know incident).
 */
export function findEligibleUsers<TSelect extends Prisma.UserSelect>(
  roles: readonly TRole[],
  select: TSelect,
  db: TDbClient = prisma,
  alsoWhere: Prisma.UserWhereInput = {},
) {
  return db.user.findMany({ where: { AND: [eligibleUsersWhere(roles), alsoWhere] }, select, orderBy: { name: "asc" } });
}

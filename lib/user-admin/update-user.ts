import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { handOverWorkOfThoseWhoCannotSee, incidentsWhereUserHoldsWork } from "@/lib/need-to-know/hand-over";
import { userPublicSelect } from "@/lib/users/service";
import { ZUpdateUserInput, type TUpdateUserInput } from "@/lib/users/schemas";

/**
 * Changes a user's name, roles or active flag. Deactivating ends their sessions at once. An administrator
 * cannot remove their own admin role or deactivate themselves, so the console always keeps one admin. Each
 * change is an entry in the administration log, in the same transaction; losing the admin role also hands back
 * the obligations they owned on need-to-know incidents they no longer see.
 */
export async function updateUser(actor: TActor, userId: string, input: TUpdateUserInput) {
  assertCan(actor, "user.update");
  const data = ZUpdateUserInput.parse(input);
  if (actor.kind === "user" && actor.id === userId) {
    if (data.active === false) throw AppError.badRequest("You cannot deactivate yourself.", [{ name: "active", reason: "cannot deactivate your own account" }]);
    if (data.roles && !data.roles.includes("admin")) {
      throw AppError.badRequest("You cannot remove your own administrator role.", [{ name: "roles", reason: "must keep admin for your own account" }]);
    }
  }
  return prisma.$transaction(async (tx) => {
    // Locked, so two administrators' changes queue up and each log entry's "before" is what it replaced.
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
    const existing = await tx.user.findUnique({ where: { id: userId }, select: userPublicSelect });
    if (!existing) throw AppError.notFound("The user");
    const endsSessions = data.active === false && existing.active;
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.roles !== undefined ? { roles: data.roles } : {}),
        ...(data.active !== undefined ? { active: data.active } : {}),
        ...(endsSessions ? { sessionsValidAfter: new Date() } : {}),
      },
      select: userPublicSelect,
    });
    await logUserChanges(tx, actor, existing, user);
    if (existing.roles.includes("admin") && !user.roles.includes("admin")) await handOverHiddenWork(tx, actor, user.id);
    return user;
  });
}

type TUserRow = { id: string; email: string; name: string; roles: string[]; active: boolean };

async function logUserChanges(tx: Prisma.TransactionClient, actor: TActor, before: TUserRow, after: TUserRow) {
  const target = { type: "user" as const, id: after.id, label: `${after.name} <${after.email}>` };
  if (before.name !== after.name) {
    await recordAdminChange(tx, actor, { action: "user.renamed", target, before: { name: before.name }, after: { name: after.name } });
  }
  if ([...before.roles].sort().join() !== [...after.roles].sort().join()) {
    await recordAdminChange(tx, actor, { action: "user.roles-changed", target, before: { roles: before.roles }, after: { roles: after.roles } });
  }
  if (before.active !== after.active) {
    await recordAdminChange(tx, actor, {
      action: after.active ? "user.reactivated" : "user.deactivated",
      target,
      before: { active: before.active },
      after: { active: after.active },
    });
  }
}

/** What this user holds on need-to-know incidents goes to each commander where they no longer see the incident. */
async function handOverHiddenWork(tx: Prisma.TransactionClient, actor: TActor, userId: string) {
  for (const incidentId of await incidentsWhereUserHoldsWork(tx, userId)) await handOverWorkOfThoseWhoCannotSee(tx, incidentId, actor);
}

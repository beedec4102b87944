import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { inTransaction, recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import { hashPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { TTimelineActor } from "@/lib/timeline/append";
import { ZCreateUserInput, type TCreateUserInput } from "@/lib/users/schemas";

export const userPublicSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  active: true,
  oidcSubject: true,
  createdAt: true,
} as const;

/** Who creates accounts when no signed-in administrator does (tests, the demo seed). */
const CONSOLE: TTimelineActor = { kind: "system", name: "Breachdesk" };

/**
 * Inserts a user and its administration log entry, in `db`'s transaction (or a new one); shared by the admin
 * UI/API (`by` the administrator), the first-run setup and the admin CLI (a `system` actor naming them).
 */
export async function insertUser(input: TCreateUserInput, db: TDbClient = prisma, by: TTimelineActor = CONSOLE) {
  const data = ZCreateUserInput.parse(input);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(db, async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw emailTaken();
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, roles: data.roles, passwordHash },
      select: userPublicSelect,
    });
    await recordAdminChange(tx, by, {
      action: "user.created",
      target: { type: "user", id: user.id, label: `${user.name} <${user.email}>` },
      before: null,
      after: { email: user.email, name: user.name, roles: user.roles, active: user.active },
    });
    return user;
  });
}

function emailTaken(): AppError {
  return new AppError("conflict", "A user with this e-mail address already exists.", [
    { name: "email", reason: "is already used by another user" },
  ]);
}

export async function createUser(actor: TActor, input: TCreateUserInput) {
  assertCan(actor, "user.create");
  return insertUser(input, prisma, actor);
}

export async function listUsers(actor: TActor) {
  assertCan(actor, "user.list");
  return prisma.user.findMany({ select: userPublicSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

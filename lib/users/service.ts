import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { hashPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { ZCreateUserInput, ZUpdateUserInput, type TCreateUserInput, type TUpdateUserInput } from "@/lib/users/schemas";

export const userPublicSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  active: true,
  oidcSubject: true,
  createdAt: true,
} as const;

/** Inserts a user; shared by the admin UI/API, the first-run setup and the admin CLI. */
export async function insertUser(input: TCreateUserInput, db: TDbClient = prisma) {
  const data = ZCreateUserInput.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw emailTaken();
  return db.user.create({
    data: { email: data.email, name: data.name, roles: data.roles, passwordHash: await hashPassword(data.password) },
    select: userPublicSelect,
  });
}

function emailTaken(): AppError {
  return new AppError("conflict", "A user with this e-mail address already exists.", [
    { name: "email", reason: "is already used by another user" },
  ]);
}

export async function createUser(actor: TActor, input: TCreateUserInput) {
  assertCan(actor, "user.create");
  return insertUser(input);
}

export async function listUsers(actor: TActor) {
  assertCan(actor, "user.list");
  return prisma.user.findMany({ select: userPublicSelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

/**
 * Changes a user's name, roles or active flag. Deactivating ends their sessions at once. An administrator
 * cannot remove their own admin role or deactivate themselves, so the console always keeps one admin.
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
  const existing = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, active: true } });
  if (!existing) throw AppError.notFound("The user");
  const endsSessions = data.active === false && existing.active;
  return prisma.user.update({
    where: { id: userId },
    data: {
      ...(data.name !== undefined ? { name: data.name } : {}),
      ...(data.roles !== undefined ? { roles: data.roles } : {}),
      ...(data.active !== undefined ? { active: data.active } : {}),
      ...(endsSessions ? { sessionsValidAfter: new Date() } : {}),
    },
    select: userPublicSelect,
  });
}

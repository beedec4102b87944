import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { generateApiToken } from "@/lib/auth/api-token-secret";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/app-error";
import { ZCreateTokenInput, type TCreateTokenInput } from "@/lib/tokens/schemas";

const tokenPublicSelect = {
  id: true,
  name: true,
  prefix: true,
  roles: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

/** Creates a token and returns its secret: the only time it exists outside the caller's hands is now. */
export async function insertApiToken(input: TCreateTokenInput, createdById: string | null, db: TDbClient = prisma) {
  const data = ZCreateTokenInput.parse(input);
  const { secret, hash, prefix } = generateApiToken();
  const token = await db.apiToken.create({
    data: { name: data.name, roles: data.roles, tokenHash: hash, prefix, createdById },
    select: tokenPublicSelect,
  });
  return { token, secret };
}

export async function createApiToken(actor: TActor, input: TCreateTokenInput) {
  assertCan(actor, "token.create");
  return insertApiToken(input, actor.kind === "user" ? actor.id : null);
}

export async function listApiTokens(actor: TActor) {
  assertCan(actor, "token.list");
  return prisma.apiToken.findMany({ select: tokenPublicSelect, orderBy: [{ revokedAt: "desc" }, { createdAt: "desc" }] });
}

/** Revoking is permanent; revoking twice is harmless. */
export async function revokeApiToken(actor: TActor, tokenId: string) {
  assertCan(actor, "token.revoke");
  const existing = await prisma.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } });
  if (!existing) throw AppError.notFound("The API token");
  await prisma.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
  return prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: tokenPublicSelect });
}

import "server-only";
import { prisma, type TDbClient } from "@/lib/db";
import { inTransaction, recordAdminChange } from "@/lib/admin-log/record";
import { assertCan } from "@/lib/auth/assert";
import { generateApiToken } from "@/lib/auth/api-token-secret";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import type { TTimelineActor } from "@/lib/timeline/append";
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

/** Who creates tokens when no signed-in administrator does (tests, fixtures). */
const CONSOLE: TTimelineActor = { kind: "system", name: "Breachdesk" };

/**
 * Creates a token and returns its secret: the only time it exists outside the caller's hands is now. Its
 * administration log entry (never the secret) is written in the same transaction.
 */
export async function insertApiToken(input: TCreateTokenInput, createdById: string | null, db: TDbClient = prisma, by: TTimelineActor = CONSOLE) {
  const data = ZCreateTokenInput.parse(input);
  const { secret, hash, prefix } = generateApiToken();
  const token = await inTransaction(db, async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: data.name, roles: data.roles, tokenHash: hash, prefix, createdById },
      select: tokenPublicSelect,
    });
    await recordAdminChange(tx, by, {
      action: "token.created",
      target: { type: "token", id: created.id, label: `${created.name} (${created.prefix}…)` },
      before: null,
      after: { name: created.name, roles: created.roles, prefix: created.prefix },
    });
    return created;
  });
  return { token, secret };
}

export async function createApiToken(actor: TActor, input: TCreateTokenInput) {
  assertCan(actor, "token.create");
  return insertApiToken(input, actor.kind === "user" ? actor.id : null, prisma, actor);
}

export async function listApiTokens(actor: TActor) {
  assertCan(actor, "token.list");
  return prisma.apiToken.findMany({ select: tokenPublicSelect, orderBy: [{ revokedAt: "desc" }, { createdAt: "desc" }] });
}

/** Revoking is permanent; revoking twice is harmless (and logged once, by the revocation that took effect). */
export async function revokeApiToken(actor: TActor, tokenId: string) {
  assertCan(actor, "token.revoke");
  return prisma.$transaction(async (tx) => {
    const existing = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } });
    if (!existing) throw AppError.notFound("The API token");
    const revokedAt = new Date();
    const written = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt } });
    const token = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: tokenPublicSelect });
    if (written.count === 1) {
      await recordAdminChange(tx, actor, {
        action: "token.revoked",
        target: { type: "token", id: token.id, label: `${token.name} (${token.prefix}…)` },
        before: { revokedAt: null },
        after: { revokedAt: revokedAt.toISOString() },
      });
    }
    return token;
  });
}

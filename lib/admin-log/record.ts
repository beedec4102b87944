import "server-only";
import type { TDbClient } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { TAdminAction } from "@/lib/admin-log/actions";
import { actorLabel, type TTimelineActor } from "@/lib/timeline/append";

export type TAdminChange = {
  action: TAdminAction;
  target: { type: "user" | "token" | "source" | "setting" | "data-store" | "webhook" | "integration-connection"; id: string | null; label: string };
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
};

/**
 * Records one administrative change in the insert-only admin_audit_log. Takes the transaction of the change
 * itself, so the change and its record commit (or roll back) together.
 */
export async function recordAdminChange(tx: Prisma.TransactionClient, by: TTimelineActor, change: TAdminChange): Promise<void> {
  await tx.adminAuditEntry.create({
    data: {
      actorKind: by.kind,
      actorId: by.kind === "system" ? null : by.id,
      actorLabel: actorLabel(by),
      action: change.action,
      targetType: change.target.type,
      targetId: change.target.id,
      targetLabel: change.target.label,
      // A missing side (nothing before a creation) is left out: SQL NULL.
      ...(change.before === null ? {} : { before: change.before }),
      ...(change.after === null ? {} : { after: change.after }),
    },
  });
}

/** Runs `work` in the caller's transaction when given one, else in a new one: a change and its log entry never split. */
export function inTransaction<T>(db: TDbClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const client = db as PrismaClient;
  return typeof client.$transaction === "function" ? client.$transaction(work) : work(db as Prisma.TransactionClient);
}

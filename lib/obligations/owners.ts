import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { TTimelineActor } from "@/lib/timeline/append";
import { appendTimelineEvent } from "@/lib/timeline/append";

type TOwnerRef = { id: string; name: string } | null;
type TOwnedObligation = { id: string; ruleId: string; recipient: string; version: number; owner: TOwnerRef };

/**
 * The one write of an obligation's owner: conditional on the version read (409 when it moved), with its history row
 * and its timeline event, in the caller's transaction.
 */
export async function writeObligationOwner(
  tx: Prisma.TransactionClient,
  actor: TTimelineActor,
  incidentId: string,
  obligation: TOwnedObligation,
  owner: TOwnerRef,
) {
  const written = await tx.obligation.updateMany({
    where: { id: obligation.id, version: obligation.version },
    data: { ownerId: owner?.id ?? null, version: { increment: 1 } },
  });
  if (written.count !== 1) throw AppError.conflict("This obligation changed meanwhile; reload it and try again.");
  await tx.obligationChange.create({
    data: { obligationId: obligation.id, change: "owner", before: { owner: obligation.owner }, after: { owner } },
  });
  await appendTimelineEvent(tx, {
    incidentId,
    kind: "obligation.owner-changed",
    actor,
    payload: { obligationId: obligation.id, ruleId: obligation.ruleId, recipient: obligation.recipient, from: obligation.owner, to: owner },
  });
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";

export type TMetBy = {
  /** "notice" for a notice sent through Breachdesk, "submission" for one made elsewhere (a regulator's portal). */
  kind: "notice" | "submission";
  id: string | null;
  label: string;
};

/**
 * Marks an obligation met (or met late, after its due instant) at `metAt`. Must run inside the transaction that
 * sends or records the notice, so a notice is never sent without its obligation turning met, nor the reverse.
 * Conditional write: an obligation already met is refused with 409, so a double send cannot meet it twice.
 */
export async function recordObligationMet(
  tx: Prisma.TransactionClient,
  input: { obligationId: string; incidentId: string; metAt: Date; by: TMetBy; actor: TTimelineActor },
): Promise<{ status: "met" | "met_late" }> {
  const obligation = await tx.obligation.findFirst({
    where: { id: input.obligationId, incidentId: input.incidentId },
    select: { id: true, ruleId: true, recipient: true, dueAt: true, status: true, version: true },
  });
  if (!obligation) throw AppError.notFound("The obligation");
  const status = obligation.dueAt && input.metAt > obligation.dueAt ? "met_late" : "met";
  const updated = await tx.obligation.updateMany({
    where: { id: obligation.id, metAt: null, version: obligation.version },
    data: { metAt: input.metAt, status, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw AppError.conflict("This obligation was already met or changed meanwhile; reload it.");
  await tx.obligationChange.create({
    data: {
      obligationId: obligation.id,
      change: "met",
      before: { status: obligation.status },
      after: { status, metAt: input.metAt.toISOString(), by: input.by },
    },
  });
  await appendTimelineEvent(tx, {
    incidentId: input.incidentId,
    kind: "obligation.met",
    actor: input.actor,
    occurredAt: input.metAt,
    payload: {
      obligationId: obligation.id,
      ruleId: obligation.ruleId,
      recipient: obligation.recipient,
      metAt: input.metAt.toISOString(),
      late: status === "met_late",
      via: input.by,
    },
  });
  return { status };
}

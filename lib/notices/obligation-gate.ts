import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { recordObligationMet, type TMetBy } from "@/lib/obligations/record-met";
import { appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";

type TLockedObligation = { id: string; rule_id: string; recipient: string; met_at: Date | null };

function lockObligation(tx: Prisma.TransactionClient, obligationId: string, incidentId: string) {
  return tx.$queryRaw<TLockedObligation[]>`
    SELECT id::text, rule_id, recipient, met_at FROM obligations WHERE id = ${obligationId}::uuid AND incident_id = ${incidentId}::uuid FOR UPDATE`;
}

/**
 * The gate before a notice is sent or its submission recorded: locks the notice's obligation (so two notices of one
 * obligation queue up here) and refuses with 409, naming `followUp`, when the obligation is already met or another
 * notice's send or submission is already meeting it, unless the sender confirmed that this notice is a follow-up.
 * Returns whether the send is a follow-up (confirmed and needed), which is what gets recorded.
 */
export async function assertObligationOpenOrFollowUp(tx: Prisma.TransactionClient, notice: { id: string; incidentId: string; obligationId: string | null }, followUp: boolean): Promise<boolean> {
  if (!notice.obligationId) return false;
  const [obligation] = await lockObligation(tx, notice.obligationId, notice.incidentId);
  if (!obligation) return false;
  const other = await tx.noticeSend.findFirst({
    where: { notice: { obligationId: obligation.id, id: { not: notice.id } } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, notice: { select: { title: true } } },
  });
  if (obligation.met_at === null && !other) return false;
  if (followUp) return true;
  const state = obligation.met_at
    ? `was already met on ${obligation.met_at.toISOString()}`
    : `is already being met by “${other!.notice.title}” (sent ${other!.createdAt.toISOString()})`;
  throw new AppError(
    "conflict",
    `This notice's obligation (${obligation.rule_id} — ${obligation.recipient}) ${state}. Sending this notice as well makes it a follow-up: confirm that it is one to send it.`,
    [{ name: "followUp", reason: "must be true to send a follow-up to a notice that already met this obligation" }],
    { obligationAlreadyMet: true },
  );
}

/**
 * Records that a notice reached its obligation's recipient at `at`: the obligation turns met, or, when another notice
 * met it first, the fact is written to the timeline. Never an error: a delivery that happened is not undone.
 */
export async function meetObligationOrRecordFact(
  tx: Prisma.TransactionClient,
  input: { obligationId: string; incidentId: string; noticeId: string; title: string; at: Date; followUp: boolean; by: TMetBy; actor: TTimelineActor },
): Promise<"met" | "already_met"> {
  const [obligation] = await lockObligation(tx, input.obligationId, input.incidentId);
  if (!obligation) throw AppError.notFound("The obligation");
  if (obligation.met_at === null) {
    await recordObligationMet(tx, { obligationId: input.obligationId, incidentId: input.incidentId, metAt: input.at, by: input.by, actor: input.actor });
    return "met";
  }
  await appendTimelineEvent(tx, {
    incidentId: input.incidentId,
    kind: "notice.obligation-already-met",
    actor: input.actor,
    payload: {
      noticeId: input.noticeId, title: input.title, obligationId: input.obligationId,
      obligationMetAt: obligation.met_at.toISOString(), deliveredAt: input.at.toISOString(), followUp: input.followUp,
    },
  });
  return "already_met";
}

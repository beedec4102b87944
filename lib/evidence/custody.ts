import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { findEvidence, type TEvidenceRow } from "@/lib/evidence/queries";
import { actorLabel, appendTimelineEvent, type TTimelineActor } from "@/lib/timeline/append";

type TTx = Prisma.TransactionClient;

/** How an item is named in timeline events. */
export function ref(item: { id: string; name: string }) {
  return { id: item.id, name: item.name };
}

export function staleError(current: TEvidenceRow) {
  return AppError.conflict("Someone else changed this evidence item meanwhile. Review it and try again.", {
    current: { version: current.version, legalHold: current.legalHold, deleted: current.deletedAt !== null, custodian: current.custodianLabel },
  });
}

/** The conditional write every change of an item goes through: only at the version the caller saw, never once deleted. */
export async function writeIfCurrent(
  tx: TTx,
  item: TEvidenceRow,
  expectedVersion: number,
  data: Prisma.EvidenceUncheckedUpdateManyInput,
  extraWhere: Prisma.EvidenceWhereInput = {},
) {
  if (item.version !== expectedVersion) throw staleError(item);
  const written = await tx.evidence.updateMany({
    where: { id: item.id, incidentId: item.incidentId, version: expectedVersion, deletedAt: null, ...extraWhere },
    data: { ...data, version: { increment: 1 } },
  });
  if (written.count !== 1) throw staleError((await findEvidence(item.incidentId, item.id, tx)) ?? item);
}

/** One chain-of-custody entry: who (the actor), what, why. */
export function addCustody(tx: TTx, actor: TTimelineActor, evidenceId: string, action: string, reason: string, detail: Prisma.InputJsonValue = {}) {
  return tx.evidenceCustody.create({
    data: { evidenceId, action, reason, detail, actorUserId: actor.kind === "user" ? actor.id : null, actorLabel: actorLabel(actor) },
  });
}

/** A new custodian (a console user, or an outside party with no id): the write, its custody entry and its timeline event. */
export async function changeCustodian(
  tx: TTx,
  actor: TTimelineActor,
  item: TEvidenceRow,
  expectedVersion: number,
  to: { id: string | null; label: string },
  action: "handed_over" | "transferred",
  reason: string,
) {
  await writeIfCurrent(tx, item, expectedVersion, { custodianId: to.id, custodianLabel: to.label });
  await addCustody(tx, actor, item.id, action, reason, { from: item.custodianLabel, to: to.label, toUserId: to.id });
  await appendTimelineEvent(tx, {
    incidentId: item.incidentId,
    kind: "evidence.custody",
    actor,
    payload: { evidence: ref(item), action, reason, from: item.custodianLabel, to: to.label },
  });
}

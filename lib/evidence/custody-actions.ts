import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import { CUSTODIAN_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { requireAssignee } from "@/lib/incidents/assignees";
import { addCustody, changeCustodian, ref, staleError, writeIfCurrent } from "@/lib/evidence/custody";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { findEvidence } from "@/lib/evidence/queries";
import {
  ZCustodyInput,
  ZDeleteEvidenceInput,
  ZLegalHoldInput,
  type TCustodyInput,
  type TDeleteEvidenceInput,
  type TLegalHoldInput,
} from "@/lib/evidence/schemas";
import { requireItem } from "@/lib/evidence/read";
import { evidenceStore } from "@/lib/evidence/store/select";
import { uploadPendingEvidence } from "@/lib/evidence/pending-uploads";

/** A hand-over to another user or a transfer to an outside party: the custodian changes, with who and why. */
export async function recordCustody(actor: TActor, incidentId: string, evidenceId: string, input: TCustodyInput) {
  assertCan(actor, "evidence.custody.transfer");
  const data = ZCustodyInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const item = await requireItem(tx, actor, incidentId, evidenceId);
    if (item.deletedAt) throw AppError.conflict("This item was deleted; its custody can no longer change.");
    let to: { id: string | null; label: string };
    if (data.action === "hand_over") {
      const incident = await requireVisibleIncident(tx, actor, incidentId);
      const user = await requireAssignee(tx, incident, data.toUserId, { field: "toUserId", roles: CUSTODIAN_ROLES });
      to = { id: user.id, label: user.name };
    } else {
      to = { id: null, label: data.to };
    }
    await changeCustodian(tx, actor, item, data.expectedVersion, to, data.action === "hand_over" ? "handed_over" : "transferred", data.reason);
    return (await findEvidence(incidentId, evidenceId, tx))!;
  });
}

/**
 * Places or lifts a legal hold (legal or administrators). A held item cannot be deleted, by code or by SQL. With
 * evidence in S3, the hold is then mirrored to the object's S3 Object Lock legal hold when the bucket has Object Lock
 * (after the commit: never an outside call inside a transaction); `storageHold` says which applies.
 */
export async function setLegalHold(actor: TActor, incidentId: string, evidenceId: string, input: TLegalHoldInput) {
  assertCan(actor, "evidence.legal-hold");
  const data = ZLegalHoldInput.parse(input);
  const evidence = await prisma.$transaction(async (tx) => {
    const item = await requireItem(tx, actor, incidentId, evidenceId);
    if (item.deletedAt) throw AppError.conflict("This item was deleted; a legal hold no longer applies to it.");
    if (item.version !== data.expectedVersion) throw staleError(item);
    if (item.legalHold === data.hold) return item;
    await writeIfCurrent(tx, item, data.expectedVersion, { legalHold: data.hold, legalHoldReason: data.hold ? data.reason : null });
    await addCustody(tx, actor, evidenceId, data.hold ? "hold_placed" : "hold_released", data.reason);
    await appendTimelineEvent(tx, { incidentId, kind: "evidence.legal-hold", actor, payload: { evidence: ref(item), hold: data.hold, reason: data.reason } });
    return (await findEvidence(incidentId, evidenceId, tx))!;
  });
  return { evidence, storageHold: await mirrorHoldToStore(evidence) };
}

/** "object_lock": S3 holds the object too; "register_only": the hold is Breachdesk's alone (the page says why). */
async function mirrorHoldToStore(item: { kind: string; storageKey: string | null; legalHold: boolean }): Promise<"object_lock" | "register_only"> {
  const store = evidenceStore();
  if (item.kind !== "file" || !item.storageKey || !(await store.holdEnforced())) return "register_only";
  // The same bytes may be registered on several incidents (one object): it stays held while any of them holds it.
  const held = item.legalHold || (await prisma.evidence.count({ where: { storageKey: item.storageKey, legalHold: true } })) > 0;
  try {
    // Bytes still staged in the database (registered inside another transaction moments ago) must be an object first.
    await uploadPendingEvidence({ key: item.storageKey });
    await store.setLegalHold(item.storageKey, held);
  } catch (error) {
    throw new AppError(
      "unavailable",
      `The hold is recorded in Breachdesk, but S3 refused to ${item.legalHold ? "place" : "lift"} the Object Lock legal hold (${(error as Error).name}). Try again; an administrator should check the console's S3 permissions.`,
    );
  }
  return "object_lock";
}

/**
 * Soft-deletes an item with a reason. Refused while it is under legal hold — here by a conditional write, and in
 * the database by a CHECK constraint, so no other code path can do it either. The stored bytes stay.
 */
export async function deleteEvidence(actor: TActor, incidentId: string, evidenceId: string, input: TDeleteEvidenceInput) {
  assertCan(actor, "evidence.delete");
  const data = ZDeleteEvidenceInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const item = await requireItem(tx, actor, incidentId, evidenceId);
    if (item.legalHold) {
      throw AppError.conflict(`This item is under legal hold${item.legalHoldReason ? ` (${item.legalHoldReason})` : ""}; it cannot be deleted until legal lifts the hold.`, {
        current: { legalHold: true, version: item.version },
      });
    }
    if (item.deletedAt) throw AppError.conflict("This item is already deleted.");
    await writeIfCurrent(tx, item, data.expectedVersion, { deletedAt: new Date(), deletedReason: data.reason }, { legalHold: false });
    await addCustody(tx, actor, evidenceId, "deleted", data.reason);
    await appendTimelineEvent(tx, { incidentId, kind: "evidence.deleted", actor, payload: { evidence: ref(item), reason: data.reason } });
    return (await findEvidence(incidentId, evidenceId, tx))!;
  });
}


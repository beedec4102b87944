import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { CUSTODIAN_ROLES, type TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { listAssignees } from "@/lib/incidents/assignees";
import { addCustody, ref } from "@/lib/evidence/custody";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { findEvidence, findEvidenceList, type TEvidenceRow } from "@/lib/evidence/queries";
import { hashStored, readStored } from "@/lib/evidence/storage";

type TTx = Prisma.TransactionClient;

export async function listEvidence(actor: TActor, incidentId: string) {
  assertCan(actor, "evidence.read");
  await requireVisibleIncident(prisma, actor, incidentId);
  return findEvidenceList(incidentId);
}

/** The item on an incident the caller can see (404 otherwise), deleted ones included: callers decide what a deletion means. */
export async function requireItem(tx: TTx, actor: TActor, incidentId: string, evidenceId: string) {
  await requireVisibleIncident(tx, actor, incidentId);
  const item = await findEvidence(incidentId, evidenceId, tx);
  if (!item) throw AppError.notFound("The evidence item");
  return item;
}

/**
 * Serves a stored file for download. The custody entry ("downloaded", who, why) and the timeline event are
 * committed before a byte is sent; the stored bytes are re-hashed first and refused if they no longer match.
 */
export async function downloadEvidence(actor: TActor, incidentId: string, evidenceId: string, reason: string) {
  assertCan(actor, "evidence.download");
  const item = await requireItem(prisma, actor, incidentId, evidenceId);
  return serveStoredFile(actor, incidentId, item, reason);
}

/**
 * Serves a stored file found by the caller (another domain's pointer into the register, e.g. a notice's receipt) under
 * the register's rules: refused once deleted or when the bytes no longer match their hash, a custody entry first.
 */
export async function serveStoredFile(actor: TActor, incidentId: string, item: TEvidenceRow, reason: string) {
  if (item.kind !== "file" || !item.storageKey || !item.sha256) {
    throw AppError.badRequest("This item is held elsewhere; follow its URI.", [{ name: "evidenceId", reason: "is not a stored file" }]);
  }
  if (item.deletedAt) throw deletedItemError();
  const actual = await hashStored(item.storageKey).catch(() => null);
  if (actual !== item.sha256) {
    // The failed check is part of the item's history: who tried, when, and what the store held (null: nothing readable).
    await prisma.$transaction(async (tx) => {
      await addCustody(tx, actor, item.id, "integrity_failed", reason, { expectedSha256: item.sha256, actualSha256: actual });
      await appendTimelineEvent(tx, {
        incidentId,
        kind: "evidence.custody",
        actor,
        payload: { evidence: ref(item), action: "integrity_failed", reason, from: null, to: null },
      });
    });
    throw new AppError("internal", "The stored bytes no longer match the SHA-256 recorded at upload; the file is not served. Tell an administrator.");
  }
  await prisma.$transaction(async (tx) => {
    // Again inside the transaction: a deletion committed since the first read wins over this download.
    if ((await requireItem(tx, actor, incidentId, item.id)).deletedAt) throw deletedItemError();
    await addCustody(tx, actor, item.id, "downloaded", reason, { sha256: item.sha256 });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "evidence.custody",
      actor,
      payload: { evidence: ref(item), action: "downloaded", reason, from: null, to: actorLabel(actor) },
    });
  });
  return { item, body: await readStored(item.storageKey, item.sha256) };
}

/** The refusal for a deleted item: its record stays, it is no longer served nor handed over. */
export function deletedItemError() {
  return AppError.conflict("This item was deleted; its record stays but it is no longer served.");
}

/** Users this incident's evidence can be handed to (on a need-to-know incident, only those who may see it). */
export async function listCustodianCandidates(actor: TActor, incidentId: string) {
  assertCan(actor, "evidence.custody.transfer");
  const incident = await requireVisibleIncident(prisma, actor, incidentId);
  return listAssignees(incident, CUSTODIAN_ROLES, { id: true, name: true });
}


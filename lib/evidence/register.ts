import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert";
import { type TActor } from "@/lib/auth/policy";
import { evidenceSettings } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { addCustody, ref } from "@/lib/evidence/custody";
import { actorLabel, appendTimelineEvent, type TSystemActor, type TTimelineActor } from "@/lib/timeline/append";
import { refusedFileReason, refusedNameReason } from "@/lib/evidence/file-policy";
import { DEFAULT_MAX_TEXT_CHARS, findUnsafeText } from "@/lib/http/safe-text";
import { receiveUpload } from "@/lib/evidence/multipart";
import { findStoredDuplicate, evidenceSelect } from "@/lib/evidence/queries";
import { commitTemp, discardTemp, storeBuffer } from "@/lib/evidence/storage";
import { applyEvidenceRetention } from "@/lib/evidence/retention-policy";
import { stagePendingUpload } from "@/lib/evidence/pending-uploads";
import { EVIDENCE_NAME_MAX, ZRegisterUriInput, ZUploadFields, type TRegisterUriInput } from "@/lib/evidence/schemas";
import { invalidParamsFromZod } from "@/lib/http/zod-issues";

type TTx = Prisma.TransactionClient;
type TNewFile = { incidentId: string; name: string; description: string; sha256: string; sizeBytes: number; mediaType: string; storageKey: string; reason: string };

/**
 * Writes a stored file's register row, its first custody entry and its timeline event in one transaction. The
 * same bytes already registered (and not deleted) on the incident are that item, returned with `duplicate`.
 */
async function insertFileItem(tx: TTx, actor: TTimelineActor, file: TNewFile) {
  const existing = await findStoredDuplicate(file.incidentId, file.sha256, tx);
  if (existing) return { evidence: existing, duplicate: true };
  const evidence = await tx.evidence.create({
    data: {
      incidentId: file.incidentId,
      kind: "file",
      name: file.name,
      description: file.description,
      sha256: file.sha256,
      hashSource: "computed",
      sizeBytes: file.sizeBytes,
      mediaType: file.mediaType,
      storageKey: file.storageKey,
      custodianId: actor.kind === "user" ? actor.id : null,
      custodianLabel: actorLabel(actor),
      createdById: actor.kind === "user" ? actor.id : null,
      createdByLabel: actorLabel(actor),
    },
    select: evidenceSelect,
  });
  await addCustody(tx, actor, evidence.id, "registered", file.reason, { sha256: file.sha256, sizeBytes: file.sizeBytes });
  await appendTimelineEvent(tx, {
    incidentId: file.incidentId,
    kind: "evidence.registered",
    actor,
    payload: { evidence: ref(evidence), kind: "file", sha256: file.sha256, hashSource: "computed", sizeBytes: file.sizeBytes, uri: null, reason: file.reason },
  });
  return { evidence, duplicate: false };
}

/**
 * Registers an uploaded file (multipart/form-data: part "file", fields "reason", optional "name" and
 * "description"). The file is streamed to disk while the server computes its SHA-256; too large → 413, a refused
 * type → 415 with the reason, bad fields → 400; in each case nothing is kept. Only then the bytes move to their
 * content address and the row, custody entry and timeline event are written in one transaction.
 */
export async function uploadEvidence(actor: TActor, incidentId: string, request: Request) {
  assertCan(actor, "evidence.create");
  await requireVisibleIncident(prisma, actor, incidentId);
  const { maxBytes } = evidenceSettings();
  const { fields, file } = await receiveUpload(request, maxBytes);
  try {
    // Multipart bodies bypass the route wrapper's JSON checks: the same refusals, here.
    const unsafe = findUnsafeText(fields, "body", DEFAULT_MAX_TEXT_CHARS);
    if (unsafe.length > 0) throw AppError.badRequest("Some fields contain text that cannot be stored.", unsafe);
    const badFileName = refusedNameReason(file.fileName, EVIDENCE_NAME_MAX);
    if (badFileName) throw AppError.badRequest(`The file's name ${badFileName}.`, [{ name: "file", reason: `its name ${badFileName}` }]);
    const parsed = ZUploadFields.safeParse(fields);
    if (!parsed.success) throw AppError.badRequest("Some fields are not valid.", invalidParamsFromZod(parsed.error, "body"));
    const name = parsed.data.name ?? file.fileName.trim();
    if (!name) throw AppError.badRequest("Give the file a name.", [{ name: "name", reason: "is required" }]);
    const refused = refusedFileReason(name, file.head) ?? (name === file.fileName ? null : refusedFileReason(file.fileName, file.head));
    if (refused) throw new AppError("unsupported_media_type", `This file is refused: it ${refused}`, [{ name: "file", reason: refused }]);
    const storageKey = await commitTemp(file.tempPath, file.sha256, file.sizeBytes);
    await applyEvidenceRetention(storageKey);
    return await prisma.$transaction(async (tx) => {
      await requireVisibleIncident(tx, actor, incidentId);
      return insertFileItem(tx, actor, {
        incidentId,
        name,
        description: parsed.data.description,
        sha256: file.sha256,
        sizeBytes: file.sizeBytes,
        mediaType: file.mediaType,
        storageKey,
        reason: parsed.data.reason,
      });
    });
  } finally {
    // Committed files were moved away; anything left in tmp is a refused or failed upload.
    await discardTemp(file.tempPath);
  }
}

export type TBufferEvidenceInput = {
  incidentId: string;
  name: string;
  bytes: Uint8Array;
  actor: TActor | TSystemActor;
  reason: string;
  description?: string;
  mediaType?: string;
};

/**
 * For other domains (e.g. a regulator's receipt kept by the notices work): registers bytes held in memory as
 * evidence, in the caller's transaction `outerTx` when given — the row, custody entry, timeline event and the bytes
 * themselves (staged in the database, lib/evidence/pending-uploads.ts) then commit or roll back with the caller's
 * change, and the evidence store is not called inside it: the caller runs `uploadPendingEvidenceSoon()` after its
 * commit, the worker otherwise — else in its own transaction, the bytes stored first. A user or token actor must be
 * allowed to create evidence and see the incident; the console's own `system` actor is trusted.
 */
export async function registerEvidenceFromBuffer(input: TBufferEvidenceInput, outerTx?: TTx) {
  const { actor } = input;
  if (actor.kind !== "system") assertCan(actor, "evidence.create");
  const name = input.name.trim();
  const reason = input.reason.trim();
  if (!name || !reason) {
    throw AppError.badRequest("Evidence needs a name and a reason.", [
      ...(name ? [] : [{ name: "name", reason: "is required" }]),
      ...(reason ? [] : [{ name: "reason", reason: "is required" }]),
    ]);
  }
  const badName = refusedNameReason(name, EVIDENCE_NAME_MAX);
  if (badName) throw AppError.badRequest(`The name ${badName}.`, [{ name: "name", reason: badName }]);
  const { maxBytes } = evidenceSettings();
  if (input.bytes.byteLength > maxBytes) {
    throw new AppError("payload_too_large", `The file is larger than the limit of ${maxBytes} bytes.`, [{ name: "bytes", reason: `must be at most ${maxBytes} bytes` }]);
  }
  const refused = refusedFileReason(name, input.bytes.subarray(0, 512));
  if (refused) throw new AppError("unsupported_media_type", `This file is refused: it ${refused}`, [{ name: "bytes", reason: refused }]);
  const run = async (tx: TTx, stored: { sha256: string; sizeBytes: number; key: string }) => {
    if (actor.kind !== "system") await requireVisibleIncident(tx, actor, input.incidentId);
    else if (!(await tx.incident.findUnique({ where: { id: input.incidentId }, select: { id: true } }))) throw AppError.notFound("The incident");
    return insertFileItem(tx, actor, {
      incidentId: input.incidentId,
      name,
      description: input.description ?? "",
      sha256: stored.sha256,
      sizeBytes: stored.sizeBytes,
      mediaType: input.mediaType ?? "application/octet-stream",
      storageKey: stored.key,
      reason,
    });
  };
  if (outerTx) return run(outerTx, await stagePendingUpload(outerTx, input.bytes));
  const stored = await storeBuffer(input.bytes);
  await applyEvidenceRetention(stored.key);
  return prisma.$transaction((tx) => run(tx, stored));
}

/** Registers an item held elsewhere (an S3 object, a case-management link…), with an optional declared hash. */
export async function registerEvidenceUri(actor: TActor, incidentId: string, input: TRegisterUriInput) {
  assertCan(actor, "evidence.create");
  const data = ZRegisterUriInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const evidence = await tx.evidence.create({
      data: {
        incidentId,
        kind: "uri",
        name: data.name,
        description: data.description,
        uri: data.uri,
        sha256: data.sha256 ?? null,
        hashSource: data.sha256 ? "declared" : null,
        custodianId: actor.kind === "user" ? actor.id : null,
        custodianLabel: actorLabel(actor),
        createdById: actor.kind === "user" ? actor.id : null,
        createdByLabel: actorLabel(actor),
      },
      select: evidenceSelect,
    });
    await addCustody(tx, actor, evidence.id, "registered", data.reason, { uri: data.uri, sha256: data.sha256 ?? null });
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "evidence.registered",
      actor,
      payload: { evidence: ref(evidence), kind: "uri", sha256: data.sha256 ?? null, hashSource: data.sha256 ? "declared" : null, sizeBytes: null, uri: data.uri, reason: data.reason },
    });
    return { evidence, duplicate: false };
  });
}


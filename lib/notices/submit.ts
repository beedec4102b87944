import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { registerEvidenceFromBuffer } from "@/lib/evidence/register";
import { uploadPendingEvidenceSoon } from "@/lib/evidence/pending-uploads";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { actorLabel, appendTimelineEvent } from "@/lib/timeline/append";
import { assertObligationOpenOrFollowUp, meetObligationOrRecordFact } from "@/lib/notices/obligation-gate";
import { insertNoticeSend, lockNotice } from "@/lib/notices/queries";
import { RECEIPT_MAX_BYTES, ZRecordSubmissionInput, type TRecordSubmissionInput } from "@/lib/notices/schemas";
import { assertSendable, lockForSend } from "@/lib/notices/send-gate";
import { NOTICE_TX } from "@/lib/notices/transaction";

/** How far in the future a recorded submission may be dated: the recorder's clock and the server's may differ a little. */
export const SUBMISSION_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Records a submission made elsewhere (a regulator's portal) with its receipt, under the same approval gate. Its
 * instant must lie between the approval of the version and now (a little clock skew allowed), so a late notice cannot
 * be dated on time.
 */
export async function recordSubmission(actor: TActor, incidentId: string, noticeId: string, input: TRecordSubmissionInput, now = new Date()) {
  assertCan(actor, "notice.send");
  const data = ZRecordSubmissionInput.parse(input);
  const submittedAt = new Date(data.submittedAt);
  if (submittedAt.getTime() > now.getTime() + SUBMISSION_CLOCK_SKEW_MS) {
    throw AppError.badRequest("The submission cannot be in the future.", [{ name: "submittedAt", reason: "must not be in the future" }]);
  }
  const bytes = data.receipt ? Buffer.from(data.receipt.base64, "base64") : null;
  if (bytes && bytes.byteLength > RECEIPT_MAX_BYTES) throw AppError.badRequest("The receipt is too large.", [{ name: "receipt", reason: "must be at most 5 MB" }]);
  const sha256 = bytes ? createHash("sha256").update(bytes).digest("hex") : null;
  const recorded = await prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await lockNotice(tx, noticeId, incidentId);
    if (!notice) throw AppError.notFound("The notice");
    const { version, approvedAt } = await assertSendable(tx, notice, data.versionId);
    if (submittedAt < approvedAt) {
      throw AppError.badRequest("The submission cannot be dated before the version was approved.", [
        { name: "submittedAt", reason: `must not be before version ${version.number} was approved (${approvedAt.toISOString()})` },
      ]);
    }
    const followUp = await assertObligationOpenOrFollowUp(tx, notice, data.followUp);
    await lockForSend(tx, notice, version.id, submittedAt);
    const send = await insertNoticeSend(tx, {
      noticeId, versionId: version.id, channel: "submission", sandbox: notice.incident.exercise, followUp,
      sentById: actor.kind === "user" ? actor.id : null, sentByLabel: actorLabel(actor),
      firstDeliveredAt: submittedAt, completedAt: submittedAt, portal: data.portal, portalReference: data.reference,
      receiptName: data.receipt?.name ?? null, receiptType: data.receipt?.type ?? null, receiptBytes: bytes ? new Uint8Array(bytes) : null, receiptSha256: sha256,
    });
    // The receipt also enters the evidence register (SHA-256 computed by the server, chain of custody from here on).
    if (bytes && data.receipt) {
      await registerEvidenceFromBuffer(
        {
          incidentId,
          name: data.receipt.name,
          bytes,
          actor,
          mediaType: data.receipt.type,
          reason: `Receipt of the submission of “${notice.title}” via ${data.portal} (reference ${data.reference})`,
        },
        tx,
      );
    }
    if (notice.obligationId) {
      await meetObligationOrRecordFact(tx, {
        obligationId: notice.obligationId, incidentId, noticeId, title: notice.title, at: submittedAt, followUp,
        by: { kind: "submission", id: send.id, label: `${data.portal} ${data.reference}` }, actor,
      });
    }
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "notice.submission-recorded",
      actor,
      occurredAt: submittedAt,
      payload: {
        noticeId, title: notice.title, version: version.number, contentHash: version.contentHash, portal: data.portal, reference: data.reference,
        submittedAt: submittedAt.toISOString(), receipt: bytes && sha256 && data.receipt ? { name: data.receipt.name, sha256, bytes: bytes.byteLength } : null, followUp,
      },
    });
    return { sendId: send.id, receiptSha256: sha256 };
  }, NOTICE_TX);
  // The receipt's bytes were committed with the submission; the evidence store (S3) gets them now, outside it.
  if (bytes) await uploadPendingEvidenceSoon();
  return recorded;
}

import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { findFileBySha256 } from "@/lib/evidence/queries";
import { serveStoredFile } from "@/lib/evidence/read";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { findReceiptSha256 } from "@/lib/notices/queries";

/**
 * A notice's submission receipt, which entered the register as evidence when the submission was recorded: served
 * through that evidence item and its rules (permission, custody entry, never once the item is deleted), never
 * from a copy beside it.
 */
export async function downloadNoticeReceipt(actor: TActor, incidentId: string, noticeId: string, reason: string) {
  assertCan(actor, "evidence.download");
  await requireVisibleIncident(prisma, actor, incidentId);
  const sha256 = await findReceiptSha256(incidentId, noticeId);
  const item = sha256 ? await findFileBySha256(incidentId, sha256) : null;
  if (!item) throw AppError.notFound("The receipt");
  return serveStoredFile(actor, incidentId, item, reason);
}

import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { dataKey } from "@/lib/env";
import { assertCan } from "@/lib/auth/assert";
import type { TActor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors/app-error";
import { requireVisibleIncident } from "@/lib/auth/incident-access";
import { unseal } from "@/lib/crypto/field-encryption";
import { toCsv, type TCsvColumn } from "@/lib/csv/write-csv";
import { appendTimelineEvent } from "@/lib/timeline/append";
import { ledgerPersonId } from "@/lib/notices/ledger-recipients";
import { plainText } from "@/lib/http/plain-text";

export const ZLedgerExportInput = z.object({
  /** Why full contact data leaves the console (e.g. "Requested by the California AG"): on the timeline with the export. */
  reason: plainText({ max: 500, required: true }),
});
export type TLedgerExportInput = z.input<typeof ZLedgerExportInput>;

/** Each person's delivery status in words: the outbox states, as a regulator reads them. */
export const PERSON_STATUS_LABELS: Record<string, string> = {
  pending: "queued",
  sending: "queued",
  sent: "sent",
  failed: "bounced",
  postal_mail_needed: "postal mail needed",
  // Accepted by the mail server, reported undeliverable later by the provider: not notified.
  bounced: "bounced after acceptance",
};

type TExportRow = {
  identifier: string; name: string; jurisdiction: string; channel: string; address: string; status: string; sentAt: Date | null; bouncedAt: Date | null;
  error: string; noticeId: string; versionId: string; versionNumber: number; contentHash: string; approvedBy: string;
};

const COLUMNS: readonly TCsvColumn<TExportRow>[] = [
  { header: "identifier", value: (r) => r.identifier },
  { header: "name", value: (r) => r.name },
  { header: "jurisdiction", value: (r) => r.jurisdiction },
  { header: "channel", value: (r) => r.channel },
  { header: "address", value: (r) => r.address },
  { header: "status", value: (r) => r.status },
  { header: "notified_at", value: (r) => r.sentAt },
  { header: "delivery_error", value: (r) => r.error },
  { header: "notice_id", value: (r) => r.noticeId },
  { header: "approved_version_id", value: (r) => r.versionId },
  { header: "approved_version_number", value: (r) => r.versionNumber },
  { header: "approved_content_hash", value: (r) => r.contentHash },
  { header: "approved_by", value: (r) => r.approvedBy },
  { header: "bounced_at", value: (r) => r.bouncedAt },
];

/**
 * "Who was notified, when, and with which approved version" of a notice drafted from the ledger, for regulators: one
 * row per person, with full contact data unsealed here. Full data is what a regulator asks for, and it is personal
 * data: ledger.read is required, and the export (who, how many, why) goes on the timeline in the same transaction.
 */
export async function exportLedgerNoticeList(actor: TActor, incidentId: string, noticeId: string, input: TLedgerExportInput) {
  assertCan(actor, "ledger.read");
  const data = ZLedgerExportInput.parse(input);
  const key = dataKey();
  if (!key) throw AppError.conflict("This console has no BREACHDESK_DATA_KEY, so the ledger's contact data cannot be read.");
  return prisma.$transaction(async (tx) => {
    await requireVisibleIncident(tx, actor, incidentId);
    const notice = await tx.notice.findFirst({ where: { id: noticeId, incidentId }, select: { id: true, title: true, ledgerSelection: { select: { jurisdiction: true } } } });
    if (!notice) throw AppError.notFound("The notice");
    if (!notice.ledgerSelection) throw AppError.conflict("This notice was not drafted from the affected-people ledger.");
    const send = await tx.noticeSend.findUnique({
      where: { noticeId },
      select: {
        id: true,
        version: { select: { id: true, number: true, contentHash: true, approvals: { where: { voidedAt: null, decision: "approve" }, orderBy: { createdAt: "asc" }, select: { approverLabel: true, role: true, contentHash: true, createdAt: true } } } },
      },
    });
    if (!send) throw AppError.conflict("This notice has not been sent yet.");
    const recipients = await tx.noticeRecipient.findMany({ where: { sendId: send.id }, orderBy: { position: "asc" }, select: { address: true, status: true, sentAt: true, bouncedAt: true, error: true } });
    const ids = recipients.map((r) => ledgerPersonId(r.address)).filter((id): id is string => id !== null);
    const people = new Map(
      (await tx.affectedPerson.findMany({ where: { incidentId, id: { in: ids } }, select: { id: true, identifierSealed: true, nameSealed: true, emailSealed: true, addressSealed: true, jurisdiction: true } })).map((p) => [p.id, p]),
    );
    const version = send.version;
    const approvedBy = version.approvals
      .filter((a) => a.contentHash === version.contentHash)
      .map((a) => `${a.approverLabel} (${a.role}) at ${a.createdAt.toISOString()}`)
      .join("; ");
    const rows: TExportRow[] = recipients.map((r) => {
      const person = people.get(ledgerPersonId(r.address) ?? "");
      const postal = r.status === "postal_mail_needed";
      const sealedAddress = postal ? person?.addressSealed : person?.emailSealed;
      return {
        identifier: person ? unseal(key, person.identifierSealed) : "(no longer in the ledger)",
        name: person?.nameSealed ? unseal(key, person.nameSealed) : "",
        jurisdiction: person?.jurisdiction ?? notice.ledgerSelection!.jurisdiction,
        channel: postal ? "postal mail" : "email",
        address: sealedAddress ? unseal(key, sealedAddress) : "",
        status: PERSON_STATUS_LABELS[r.status] ?? r.status,
        // A bounced message was handed over but never reached the person: they were not notified.
        sentAt: r.status === "bounced" ? null : r.sentAt,
        bouncedAt: r.bouncedAt,
        error: r.error ?? "",
        noticeId,
        versionId: version.id,
        versionNumber: version.number,
        contentHash: version.contentHash,
        approvedBy,
      };
    });
    const csv = toCsv(COLUMNS, rows);
    await appendTimelineEvent(tx, {
      incidentId,
      kind: "people.viewed",
      actor,
      payload: { what: `the full contact data in the regulator export of the notice “${notice.title}” (reason: ${data.reason})`, people: rows.length },
    });
    const bytes = Buffer.from(csv, "utf8");
    return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), fileName: `notice-${noticeId}-recipients.csv` };
  });
}

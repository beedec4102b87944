import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import type { TNoticeRecipient } from "@/lib/notices/content";
import { noticeMessageId } from "@/lib/notices/delivery";
import { findLedgerSelection, ledgerPeopleOf } from "@/lib/notices/ledger-queries";
import { hasDrift, ledgerPersonId, selectionDrift } from "@/lib/notices/ledger-recipients";

/**
 * The outbox rows of a send. For an ordinary notice, one pending row per recipient. For a notice drafted from the
 * ledger, the approval decided who is notified, so it is decided again here, inside the send's transaction: if the
 * ledger's people of the jurisdiction are no longer exactly the approved ones (someone imported, merged or moved), the
 * send is refused (409) with the counts, and the notice must be drafted again from the ledger and approved again —
 * sending "only the approved set" would silently leave the newcomers without their notice while the register shows
 * the jurisdiction as notified. People with an e-mail are queued; people without one are marked postal_mail_needed
 * (never claimed by the worker) and listed by the export.
 */
export async function outboxRows(tx: Prisma.TransactionClient, notice: { id: string; incidentId: string }, sendId: string, recipients: readonly TNoticeRecipient[]): Promise<Prisma.NoticeRecipientCreateManyInput[]> {
  const plain = (r: TNoticeRecipient, position: number): Prisma.NoticeRecipientCreateManyInput => ({
    sendId, position, address: r.address, name: r.name ?? "", fields: r.fields ?? {}, messageId: noticeMessageId(notice.id, r.address),
  });
  const selection = await findLedgerSelection(tx, notice.id);
  if (!selection) return recipients.map(plain);
  const people = await ledgerPeopleOf(tx, notice.incidentId, selection.jurisdiction);
  const drift = selectionDrift(recipients, people.map((p) => p.id));
  if (hasDrift(drift)) {
    throw AppError.conflict(
      `The ledger's people of ${selection.jurisdiction} are no longer the ones approved (${drift.added} added, ${drift.removed} removed, ${drift.notFromLedger} not from the ledger): draft the notice again from the ledger and have it approved again.`,
      { ledgerChanged: { jurisdiction: selection.jurisdiction, ...drift } },
    );
  }
  const withEmail = new Map(people.map((p) => [p.id, p.hasEmail]));
  return recipients.map((r, position) => {
    const personId = ledgerPersonId(r.address)!;
    return { ...plain(r, position), status: withEmail.get(personId) ? "pending" : "postal_mail_needed" };
  });
}

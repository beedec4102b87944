import "server-only";
import { prisma } from "@/lib/db";
import { dataKey } from "@/lib/env";
import { unseal } from "@/lib/crypto/field-encryption";
import type { TNoticeRecipient } from "@/lib/notices/content";
import { ledgerPersonId } from "@/lib/notices/ledger-recipients";

/**
 * The real recipient behind a pseudonymous ledger address, unsealed in the worker at delivery time and kept only in
 * memory for that one message (never logged, never stored in notice_recipients). An ordinary address is returned
 * as it is. Throws when the person or the key is missing: the recipient stays undelivered and is retried.
 */
export async function resolveLedgerRecipient(incidentId: string, recipient: TNoticeRecipient): Promise<TNoticeRecipient> {
  const personId = ledgerPersonId(recipient.address);
  if (!personId) return recipient;
  const key = dataKey();
  if (!key) throw new Error("BREACHDESK_DATA_KEY is not set in the worker: a ledger recipient's address cannot be unsealed");
  const person = await prisma.affectedPerson.findFirst({ where: { id: personId, incidentId }, select: { emailSealed: true, nameSealed: true } });
  if (!person?.emailSealed) throw new Error("the ledger person of this recipient is gone or has no e-mail address");
  return { address: unseal(key, person.emailSealed), name: person.nameSealed ? unseal(key, person.nameSealed) : "", fields: recipient.fields };
}

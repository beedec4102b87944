import type { TNoticeRecipient } from "@/lib/notices/content";

/**
 * How a notice drafted from the affected-people ledger names its recipients. A notice version's recipients are stored
 * in clear (notice_versions.recipients, insert-only) and hashed into the content hash every approval binds to; the
 * ledger's contact data is sealed (BREACHDESK_DATA_KEY) and must stay so. So a ledger notice lists each person as a
 * pseudonymous address built from the ledger row's random id — `person-<uuid>@ledger.invalid` (the reserved .invalid
 * domain: never deliverable if it leaked out) — sorted by id, with the jurisdiction as a field. The hash therefore
 * binds exactly who will be notified (the person ids), without a name or an address in clear anywhere but the sealed
 * ledger; the worker unseals the e-mail at delivery time and the regulator export unseals it under ledger.read.
 */
const LEDGER_ADDRESS = /^person-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@ledger\.invalid$/;

export function ledgerAddress(personId: string): string {
  return `person-${personId.toLowerCase()}@ledger.invalid`;
}

/** The ledger person id behind a pseudonymous address, or null for an ordinary address. */
export function ledgerPersonId(address: string): string | null {
  return LEDGER_ADDRESS.exec(address)?.[1] ?? null;
}

/** The recipients of a ledger notice for one jurisdiction: one pseudonymous entry per person, in id order. */
export function ledgerRecipients(personIds: readonly string[], jurisdiction: string): TNoticeRecipient[] {
  return [...personIds].map((id) => id.toLowerCase()).sort().map((id) => ({ address: ledgerAddress(id), fields: { jurisdiction } }));
}

export type TSelectionDrift = { added: number; removed: number; notFromLedger: number };

/**
 * How the approved recipients differ from the ledger's people of the jurisdiction now. Anything but all zeros means
 * the approval no longer decides who will be notified.
 */
export function selectionDrift(approved: readonly TNoticeRecipient[], currentPersonIds: readonly string[]): TSelectionDrift {
  const approvedIds = new Set<string>();
  let notFromLedger = 0;
  for (const recipient of approved) {
    const id = ledgerPersonId(recipient.address);
    if (id) approvedIds.add(id);
    else notFromLedger += 1;
  }
  const current = new Set(currentPersonIds.map((id) => id.toLowerCase()));
  let added = 0;
  for (const id of current) if (!approvedIds.has(id)) added += 1;
  let removed = 0;
  for (const id of approvedIds) if (!current.has(id)) removed += 1;
  return { added, removed, notFromLedger };
}

export function hasDrift(drift: TSelectionDrift): boolean {
  return drift.added + drift.removed + drift.notFromLedger > 0;
}

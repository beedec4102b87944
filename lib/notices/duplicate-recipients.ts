/** A recipient row whose address an earlier row already has (compared without regard to case). */
export type TDuplicateRecipient = { index: number; firstIndex: number; address: string };

/**
 * Every row repeating an earlier row's address. One address twice would be mailed twice, or make the send fail on
 * the outbox's unique (send, address): so a list with duplicates is refused when it is saved, naming the row.
 */
export function duplicateRecipients(recipients: readonly { address: string }[]): TDuplicateRecipient[] {
  const first = new Map<string, number>();
  const duplicates: TDuplicateRecipient[] = [];
  recipients.forEach(({ address }, index) => {
    const key = address.trim().toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else duplicates.push({ index, firstIndex: earlier, address: key });
  });
  return duplicates;
}

/** "repeats the address of recipients.0 (a@example.org)…": `rowName` says how rows are named where the list came from. */
export function duplicateReason(duplicate: TDuplicateRecipient, rowName: (index: number) => string): string {
  return `repeats the address of ${rowName(duplicate.firstIndex)} (${duplicate.address}); each address may appear once`;
}

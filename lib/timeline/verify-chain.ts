import { GENESIS_HASH, hashTimelineEvent, type THashedEventContent } from "@/lib/timeline/hash-chain";

export type TChainRow = THashedEventContent & { hash: string };

export type TBrokenLink = {
  sequence: number;
  reason: "sequence-gap" | "prev-hash-mismatch" | "hash-mismatch";
  detail: string;
};

/**
 * Checks a run of events in sequence order, continuing from the state a previous run ended in (so a long
 * timeline is verified in pages without holding it all in memory). Returns the first broken link, if any.
 */
export class ChainVerifier {
  private expectedSequence = 1;
  private previousHash = GENESIS_HASH;
  checked = 0;
  broken: TBrokenLink | null = null;

  /** Feeds the next events; returns false once a broken link has been found. */
  push(rows: readonly TChainRow[]): boolean {
    for (const row of rows) {
      if (this.broken) return false;
      this.broken = this.check(row);
      if (this.broken) return false;
      this.checked += 1;
      this.expectedSequence = row.sequence + 1;
      this.previousHash = row.hash;
    }
    return true;
  }

  private check(row: TChainRow): TBrokenLink | null {
    if (row.sequence !== this.expectedSequence) {
      return {
        sequence: row.sequence,
        reason: "sequence-gap",
        detail: `Expected event #${this.expectedSequence} next but found #${row.sequence}: events are missing.`,
      };
    }
    if (row.prevHash !== this.previousHash) {
      return {
        sequence: row.sequence,
        reason: "prev-hash-mismatch",
        detail: `Event #${row.sequence} does not point at the hash of the event before it.`,
      };
    }
    if (hashTimelineEvent(row) !== row.hash) {
      return {
        sequence: row.sequence,
        reason: "hash-mismatch",
        detail: `Event #${row.sequence} was changed after it was recorded: its content no longer matches its hash.`,
      };
    }
    return null;
  }
}

export function verifyChain(rows: readonly TChainRow[]): { ok: boolean; checked: number; broken: TBrokenLink | null } {
  const verifier = new ChainVerifier();
  verifier.push(rows);
  return { ok: verifier.broken === null, checked: verifier.checked, broken: verifier.broken };
}

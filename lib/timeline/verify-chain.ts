import { GENESIS_HASH, hashTimelineEvent, type THashedEventContent } from "@/lib/timeline/hash-chain";

export type TChainRow = THashedEventContent & { hash: string };

export type TBrokenLink = {
  sequence: number;
  reason: "sequence-gap" | "prev-hash-mismatch" | "hash-mismatch";
  detail: string;
};

export type TChainVerdict = { ok: boolean; checked: number; broken: TBrokenLink | null };

/** Where a verified run of events ends: what the next event must follow. */
type TChainEnd = { sequence: number; hash: string };

/**
 * What one segment of a timeline (a range of sequence numbers verified on its own, e.g. in a worker thread)
 * found. The segment cannot check how its first event links to the event before it; `joinSegments` does.
 */
export type TSegmentResult = {
  checked: number;
  broken: TBrokenLink | null;
  first: { sequence: number; prevHash: string } | null;
  last: TChainEnd | null;
};

/** The link checks that need the previous event: no gap in the sequence, and a pointer at its hash. */
function linkError(row: { sequence: number; prevHash: string }, after: TChainEnd): TBrokenLink | null {
  if (row.sequence !== after.sequence + 1) {
    return {
      sequence: row.sequence,
      reason: "sequence-gap",
      detail: `Expected event #${after.sequence + 1} next but found #${row.sequence}: events are missing.`,
    };
  }
  if (row.prevHash !== after.hash) {
    return {
      sequence: row.sequence,
      reason: "prev-hash-mismatch",
      detail: `Event #${row.sequence} does not point at the hash of the event before it.`,
    };
  }
  return null;
}

function contentError(row: TChainRow): TBrokenLink | null {
  if (hashTimelineEvent(row) === row.hash) return null;
  return {
    sequence: row.sequence,
    reason: "hash-mismatch",
    detail: `Event #${row.sequence} was changed after it was recorded: its content no longer matches its hash.`,
  };
}

const CHAIN_START: TChainEnd = { sequence: 0, hash: GENESIS_HASH };

/**
 * Checks a run of events in sequence order, continuing from the state a previous run ended in (so a long
 * timeline is verified in pages without holding it all in memory). Returns the first broken link, if any.
 * A verifier made with `ChainVerifier.segment()` starts mid-chain: it leaves its first event's link to the
 * event before it unchecked and reports it in `first`, for `joinSegments`.
 */
export class ChainVerifier {
  checked = 0;
  broken: TBrokenLink | null = null;
  first: TSegmentResult["first"] = null;
  private end: TChainEnd | null;

  constructor(start: TChainEnd | null = CHAIN_START) {
    this.end = start;
  }

  static segment(): ChainVerifier {
    return new ChainVerifier(null);
  }

  /** Feeds the next events; returns false once a broken link has been found. */
  push(rows: readonly TChainRow[]): boolean {
    for (const row of rows) {
      if (this.broken) return false;
      this.first ??= { sequence: row.sequence, prevHash: row.prevHash };
      this.broken = (this.end && linkError(row, this.end)) ?? contentError(row);
      if (this.broken) return false;
      this.checked += 1;
      this.end = { sequence: row.sequence, hash: row.hash };
    }
    return true;
  }

  result(): TSegmentResult {
    return { checked: this.checked, broken: this.broken, first: this.first, last: this.broken ? null : this.checked > 0 ? this.end : null };
  }
}

export function verifyChain(rows: readonly TChainRow[]): TChainVerdict {
  const verifier = new ChainVerifier();
  verifier.push(rows);
  return { ok: verifier.broken === null, checked: verifier.checked, broken: verifier.broken };
}

/**
 * Joins segments verified separately, in sequence order, into the verdict one verifier reading every event in
 * order would have given: each segment's first event is checked against where the previous non-empty segment
 * ended, before anything the segment itself found.
 */
export function joinSegments(segments: readonly TSegmentResult[]): TChainVerdict {
  let end = CHAIN_START;
  let checked = 0;
  for (const segment of segments) {
    if (!segment.first) continue;
    const broken = linkError(segment.first, end) ?? segment.broken;
    if (broken) {
      return { ok: false, checked: broken === segment.broken ? checked + segment.checked : checked, broken };
    }
    checked += segment.checked;
    end = segment.last!;
  }
  return { ok: true, checked, broken: null };
}

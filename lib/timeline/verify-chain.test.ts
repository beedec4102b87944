import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { ChainVerifier, joinSegments, verifyChain, type TChainRow } from "@/lib/timeline/verify-chain";

function chain(length: number): TChainRow[] {
  const rows: TChainRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let sequence = 1; sequence <= length; sequence++) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, sequence));
    const content = {
      incidentId: "11111111-1111-4111-8111-111111111111",
      sequence,
      kind: "note.added",
      occurredAt: at,
      recordedAt: at,
      actorUserId: null,
      actorTokenId: null,
      actorLabel: "Casey",
      payload: { text: `note ${sequence}` },
      prevHash,
    };
    const hash = hashTimelineEvent(content);
    rows.push({ ...content, hash });
    prevHash = hash;
  }
  return rows;
}

describe("verifyChain", () => {
  it("accepts an intact chain and an empty one", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, checked: 5, broken: null });
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, broken: null });
  });

  it("names the first event whose content was changed", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, payload: { text: "rewritten" } };
    expect(verifyChain(rows)).toMatchObject({ ok: false, checked: 2, broken: { sequence: 3, reason: "hash-mismatch" } });
  });

  it("catches a row whose hash was recomputed after tampering, at the next link", () => {
    const rows = chain(5);
    const forged = { ...rows[1]!, payload: { text: "rewritten" } };
    rows[1] = { ...forged, hash: hashTimelineEvent(forged) };
    expect(verifyChain(rows).broken).toMatchObject({ sequence: 3, reason: "prev-hash-mismatch" });
  });

  it("catches a removed event as a gap in the sequence", () => {
    const rows = chain(5);
    rows.splice(3, 1);
    expect(verifyChain(rows).broken).toMatchObject({ sequence: 5, reason: "sequence-gap" });
  });

  it("gives the same answer when fed in pages", () => {
    const rows = chain(7);
    rows[5] = { ...rows[5]!, actorLabel: "Mallory" };
    const verifier = new ChainVerifier();
    expect(verifier.push(rows.slice(0, 3))).toBe(true);
    expect(verifier.push(rows.slice(3))).toBe(false);
    expect(verifier.broken?.sequence).toBe(6);
    expect(verifier.checked).toBe(5);
  });
});

describe("joinSegments", () => {
  function verifyInSegments(rows: readonly TChainRow[], cuts: readonly number[]) {
    const bounds = [0, ...cuts, rows.length];
    return joinSegments(
      bounds.slice(1).map((end, i) => {
        const verifier = ChainVerifier.segment();
        verifier.push(rows.slice(bounds[i], end));
        return verifier.result();
      }),
    );
  }

  type TTamper = (rows: TChainRow[], at: number) => void;
  const tampers: Record<string, TTamper> = {
    "content changed": (rows, at) => void (rows[at] = { ...rows[at]!, actorLabel: "Mallory" }),
    "content changed and hash recomputed": (rows, at) => {
      const forged = { ...rows[at]!, payload: { text: "nothing happened" } };
      rows[at] = { ...forged, hash: hashTimelineEvent(forged) };
    },
    "event removed": (rows, at) => void rows.splice(at, 1),
    "two events removed": (rows, at) => void rows.splice(at, 2),
    "pointer changed": (rows, at) => void (rows[at] = { ...rows[at]!, prevHash: "f".repeat(64) }),
    "first events removed": (rows) => void rows.splice(0, 2),
  };

  it("gives exactly the sequential verdict for every tampering, wherever the chain is cut", () => {
    const length = 9;
    for (const [name, tamper] of Object.entries(tampers)) {
      for (let at = 0; at < length - 1; at++) {
        const rows = chain(length);
        tamper(rows, at);
        const expected = verifyChain(rows);
        for (let a = 0; a <= rows.length; a++) {
          for (let b = a; b <= rows.length; b++) {
            expect(verifyInSegments(rows, [a, b]), `${name} at ${at}, cut at ${a} and ${b}`).toEqual(expected);
          }
        }
      }
    }
  });

  it("accepts an intact chain cut anywhere, including into empty segments", () => {
    const rows = chain(6);
    for (let a = 0; a <= 6; a++) expect(verifyInSegments(rows, [a, a])).toEqual({ ok: true, checked: 6, broken: null });
    expect(joinSegments([])).toEqual({ ok: true, checked: 0, broken: null });
  });
});

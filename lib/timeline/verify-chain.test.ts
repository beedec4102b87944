import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashTimelineEvent } from "@/lib/timeline/hash-chain";
import { ChainVerifier, verifyChain, type TChainRow } from "@/lib/timeline/verify-chain";

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

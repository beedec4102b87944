import { instantText, iso } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { verifyChain } from "@/lib/timeline/verify-chain";

/** Recomputes the timeline's hash chain over exactly the events in this report. */
export const integritySection: TReportSection = {
  id: "integrity",
  title: "Timeline integrity",
  build({ data, generatedAt, zone }) {
    const result = verifyChain(data.timeline);
    const last = data.timeline.at(-1);
    const text = result.ok
      ? `Intact: all ${result.checked} events were recomputed at ${instantText(generatedAt, zone.zone)} and match their SHA-256 hash chain.`
      : `BROKEN at event #${result.broken!.sequence} (${result.broken!.reason}): ${result.broken!.detail} ${result.checked} events before it match.`;
    return {
      blocks: [
        { kind: "paragraph", text, tone: result.ok ? "normal" : "alert" },
        { kind: "entry", title: "Hash of the last event (head of the chain)", lines: [{ text: last?.hash ?? "—", mono: true }] },
      ],
      json: { ok: result.ok, checked: result.checked, firstBroken: result.broken, headHash: last?.hash ?? null, verifiedAt: iso(generatedAt) },
    };
  },
};

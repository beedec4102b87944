import { iso, payloadText, type TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { affectedByJurisdiction } from "@/lib/status/status";

/** The facts the clocks read and the declared moments, current and superseded, with who declared them. */
export const factsSection: TReportSection = {
  id: "facts",
  title: "Facts and declared moments",
  build({ data }) {
    const blocks: TBlock[] = [];
    if (data.declarations.length === 0) {
      blocks.push({ kind: "paragraph", text: "No moments declared (aware, discovered, …).", tone: "muted" });
    } else {
      blocks.push({
        kind: "table",
        columns: [
          { label: "Moment", width: 0.16 },
          { label: "At (UTC)", width: 0.2 },
          { label: "Declared by", width: 0.18 },
          { label: "Recorded (UTC)", width: 0.2 },
          { label: "Reason / state", width: 0.26 },
        ],
        rows: data.declarations.map((d) => [
          d.moment,
          iso(d.at),
          d.declaredByLabel,
          iso(d.recordedAt),
          `${d.reason}${d.supersededBy ? " (superseded)" : ""}${d.supersedesId ? " (corrects an earlier declaration)" : ""}`,
        ]),
      });
    }
    const affected = affectedByJurisdiction(data.facts?.facts ?? null);
    if (affected.rows.length > 0) {
      blocks.push({
        kind: "table",
        columns: [{ label: "Jurisdiction", width: 0.5 }, { label: "People affected", width: 0.5 }],
        rows: affected.rows.map((r) => [r.jurisdiction, r.count === null ? "unknown" : String(r.count)]),
      });
    }
    blocks.push(
      data.facts
        ? { kind: "paragraph", text: `Recorded facts (version ${data.facts.version}, updated ${iso(data.facts.updatedAt)}): ${payloadText((data.facts.facts as { incident?: unknown })?.incident ?? {}) || "none"}` }
        : { kind: "paragraph", text: "No clock facts recorded.", tone: "muted" },
    );
    return { blocks, json: { declarations: data.declarations, facts: data.facts } };
  },
};

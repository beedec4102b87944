import { iso } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { jurisdictionOf, OBLIGATION_STATUS_LABELS } from "@/lib/status/status";

/** The obligation register with legal basis (citation and rule version), applicability and status. */
export const obligationsSection: TReportSection = {
  id: "obligations",
  title: "Obligation register",
  build({ data }) {
    if (data.obligations.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No obligations recorded.", tone: "muted" }], json: [] };
    }
    return {
      blocks: data.obligations.map((o) => ({
        kind: "entry" as const,
        title: `${o.ruleId} — ${o.recipient}`,
        lines: [
          { text: `Jurisdiction ${jurisdictionOf(o)} · applies: ${o.applies} · status: ${OBLIGATION_STATUS_LABELS[o.status] ?? o.status}${o.retiredAt ? ` · retired ${iso(o.retiredAt)}` : ""}` },
          { text: `Due ${iso(o.dueAt)} · met ${iso(o.metAt)} · owner ${o.owner?.name ?? "none"}` },
          { text: `Legal basis: ${o.citation || "—"} (rule version ${o.ruleVersion})` },
          ...(o.reason ? [{ text: `Why: ${o.reason}` }] : []),
        ],
      })),
      json: data.obligations,
    };
  },
};

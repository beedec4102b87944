import type { TBlock } from "@/lib/reports/blocks";
import { groupForReport } from "@/lib/reports/obligation-groups";
import type { TReportSection } from "@/lib/reports/section";
import { notApplicableRow, withCounselReviews } from "@/lib/reports/sections/obligations";

/**
 * The rules the evaluation considered that do not apply (or no longer touch the incident), each with the reason in
 * words: kept for the record at the end, so the register above reads as what is owed.
 */
export const appendixSection: TReportSection = {
  id: "not-applicable",
  title: "Appendix: rules that do not apply",
  async build({ data, zone }) {
    const rows = groupForReport(await withCounselReviews(data.obligations)).not_applicable;
    const blocks: TBlock[] =
      rows.length === 0
        ? [{ kind: "paragraph", text: "Every rule the evaluation considered applies, may apply or waits for its clock to start.", tone: "muted" }]
        : [
            { kind: "paragraph", text: `${rows.length} rule${rows.length === 1 ? " was" : "s were"} considered for this incident and ${rows.length === 1 ? "does" : "do"} not apply.` },
            {
              kind: "table",
              columns: [
                { label: "Owed to", width: 0.24 }, { label: "Legal basis", width: 0.28 }, { label: "Why it does not apply", width: 0.36 }, { label: "Reviewed by counsel", width: 0.12 },
              ],
              rows: rows.map((o) => notApplicableRow(o, zone.zone)),
            },
          ];
    return { blocks, json: rows.map((o) => ({ id: o.id, ruleId: o.ruleId, ruleVersion: o.ruleVersion, recipient: o.recipient, reason: o.reason, retiredAt: o.retiredAt })) };
  },
};

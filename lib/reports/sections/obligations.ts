import { iso, type TBlock } from "@/lib/reports/blocks";
import type { TReportSection } from "@/lib/reports/section";
import { findLatestReviews } from "@/lib/rules/queries";
import { counselReviewText, reviewKey, unreviewedRules } from "@/lib/rules/review";
import { jurisdictionOf, OBLIGATION_STATUS_LABELS } from "@/lib/status/status";

/**
 * The obligation register with legal basis (citation and rule version), applicability, status and whether counsel
 * reviewed the rule at that version; then the rules counsel has not reviewed.
 */
export const obligationsSection: TReportSection = {
  id: "obligations",
  title: "Obligation register",
  async build({ data }) {
    if (data.obligations.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No obligations recorded.", tone: "muted" }], json: [] };
    }
    const reviews = await findLatestReviews(data.obligations.map((o) => o.ruleId));
    const obligations = data.obligations.map((o) => ({ ...o, counselReview: reviews.get(reviewKey(o.ruleId, o.ruleVersion)) ?? null }));
    const unreviewed = unreviewedRules(obligations);
    const blocks: TBlock[] = obligations.map((o) => ({
      kind: "entry" as const,
      title: `${o.ruleId} — ${o.recipient}`,
      lines: [
        { text: `Jurisdiction ${jurisdictionOf(o)} · applies: ${o.applies} · status: ${OBLIGATION_STATUS_LABELS[o.status] ?? o.status}${o.retiredAt ? ` · retired ${iso(o.retiredAt)}` : ""}` },
        { text: `Due ${iso(o.dueAt)} · met ${iso(o.metAt)} · owner ${o.owner?.name ?? "none"}` },
        { text: `Legal basis: ${o.citation || "—"} (rule version ${o.ruleVersion})` },
        { text: counselReviewText(o.counselReview, o.ruleVersion) },
        ...(o.reason ? [{ text: `Why: ${o.reason}` }] : []),
      ],
    }));
    blocks.push(
      unreviewed.length === 0
        ? { kind: "paragraph", text: "Counsel has reviewed every rule of this register at the version each obligation runs under." }
        : {
            kind: "paragraph",
            tone: "alert",
            text: `Rules not reviewed by counsel (${unreviewed.length}): ${unreviewed.map((r) => `${r.ruleId} (version ${r.ruleVersion})`).join(", ")}.`,
          },
    );
    return { blocks, json: obligations };
  },
};

import { instantText, type TBlock } from "@/lib/reports/blocks";
import type { TReportData } from "@/lib/reports/data";
import { groupForReport, isOverdue, type TReportGroup } from "@/lib/reports/obligation-groups";
import type { TReportSection } from "@/lib/reports/section";
import { reasonInWords } from "@/lib/obligations/reason-words";
import { findLatestReviews } from "@/lib/rules/queries";
import { counselReviewText, reviewKey, unreviewedRules, type TCounselReview } from "@/lib/rules/review";
import { formatDuration } from "@/lib/status/status";
import { momentName } from "@/lib/timeline-text/clocks";
import { obligationLabel } from "@/lib/timeline-text/obligation-label";

type TObligation = TReportData["obligations"][number] & { counselReview: TCounselReview | null };

/** The register's rows with the counsel review of each rule at the version the obligation runs under. */
export async function withCounselReviews(obligations: TReportData["obligations"]): Promise<TObligation[]> {
  const reviews = await findLatestReviews(obligations.map((o) => o.ruleId));
  return obligations.map((o) => ({ ...o, counselReview: reviews.get(reviewKey(o.ruleId, o.ruleVersion)) ?? null }));
}

/** What starts a clock that has not started, in words: "Discovered is declared", "the notice to … is sent". */
function triggerWords(trigger: TObligation["trigger"]): string {
  if (!trigger) return "the moment it runs from is declared";
  if (trigger.moment === "notice" && trigger.ruleId) return `the notice under rule ${trigger.ruleId} is sent`;
  return `${momentName(trigger.moment)} is declared`;
}

/** Where the obligation stands, as a sentence with its times in the report's zone. */
function standing(o: TObligation, group: TReportGroup, now: Date, timeZone: string): string {
  const at = (value: Date | null) => instantText(value, timeZone);
  switch (group) {
    case "open":
      if (!o.owesNotice) return "No notice is owed under this rule: it is recorded for context.";
      if (!o.dueAt) return "Applies with no fixed deadline: notify without undue delay.";
      return isOverdue(o, now)
        ? `Overdue: it was due ${at(o.dueAt)}, ${formatDuration(now.getTime() - o.dueAt.getTime())} before this report was generated.`
        : `Due ${at(o.dueAt)} (${formatDuration(o.dueAt.getTime() - now.getTime())} left when this report was generated).`;
    case "undetermined":
      return `May apply: a fact is missing.${o.dueAt ? ` If it applies, it is due ${at(o.dueAt)}.` : ""}`;
    case "met": {
      const timing = o.dueAt ? (o.metAt!.getTime() <= o.dueAt.getTime() ? `, on time (due ${at(o.dueAt)})` : `, late (due ${at(o.dueAt)})`) : "";
      return `Met ${at(o.metAt)}${timing}.`;
    }
    case "awaiting_trigger":
      return `Its clock has not started: it starts when ${triggerWords(o.trigger)}.`;
    case "not_applicable":
      return notApplicableWhy(o, timeZone);
  }
}

function notApplicableWhy(o: TObligation, timeZone: string): string {
  if (o.retiredAt) return `No longer applies since ${instantText(o.retiredAt, timeZone)}: the facts no longer touch this rule.`;
  return reasonInWords(o.reason) || "Does not apply on the recorded facts.";
}

function entry(o: TObligation, group: TReportGroup, now: Date, timeZone: string): TBlock {
  const reason = reasonInWords(o.reason);
  return {
    kind: "entry",
    title: obligationLabel(o.ruleId, o.recipient, o.region),
    lines: [
      { text: standing(o, group, now, timeZone) },
      ...(group === "met" ? [] : [{ text: o.owner ? `Owner: ${o.owner.name}` : "Owner: nobody yet" }]),
      { text: `Legal basis: ${o.citation || "—"} (rule ${o.ruleId}, version ${o.ruleVersion})` },
      { text: counselReviewText(o.counselReview, o.ruleVersion) },
      ...(reason ? [{ text: `Why: ${reason}` }] : []),
    ],
  };
}

const GROUP_HEADINGS: Record<Exclude<TReportGroup, "not_applicable">, string> = {
  open: "Open obligations",
  undetermined: "Obligations that may apply: a fact is missing",
  met: "Obligations met",
  awaiting_trigger: "Obligations whose clock has not started",
};

/**
 * The obligation register in the order a regulator needs it: open obligations (overdue first, then by due time), those
 * that may apply, those met, those waiting for their clock to start; each with its legal basis, its standing in
 * words and whether counsel reviewed its rule. Rules that do not apply are in the appendix (sections/appendix.ts).
 */
export const obligationsSection: TReportSection = {
  id: "obligations",
  title: "Obligation register",
  async build({ data, generatedAt, zone }) {
    if (data.obligations.length === 0) {
      return { blocks: [{ kind: "paragraph", text: "No obligations recorded.", tone: "muted" }], json: [] };
    }
    const obligations = await withCounselReviews(data.obligations);
    const groups = groupForReport(obligations);
    const blocks: TBlock[] = [];
    for (const group of ["open", "undetermined", "met", "awaiting_trigger"] as const) {
      const rows = groups[group];
      if (rows.length === 0 && group !== "open") continue;
      blocks.push({ kind: "heading", text: `${GROUP_HEADINGS[group]} (${rows.length})` });
      if (rows.length === 0) blocks.push({ kind: "paragraph", text: "No obligation is open.", tone: "muted" });
      for (const o of rows) blocks.push(entry(o, group, generatedAt, zone.zone));
    }
    if (groups.not_applicable.length) {
      blocks.push({ kind: "paragraph", text: `${groups.not_applicable.length} rule${groups.not_applicable.length === 1 ? " that does" : "s that do"} not apply, with the reasons, are listed in the appendix.`, tone: "muted" });
    }
    const unreviewed = unreviewedRules(obligations);
    blocks.push(
      unreviewed.length === 0
        ? { kind: "paragraph", text: "Counsel has reviewed every rule of this register at the version each obligation runs under." }
        : {
            kind: "paragraph",
            tone: "alert",
            text: `Rules not reviewed by counsel (${unreviewed.length}): ${unreviewed.map((r) => `${r.ruleId} (version ${r.ruleVersion})`).join(", ")}.`,
          },
    );
    const groupOf = new Map(Object.entries(groups).flatMap(([group, rows]) => rows.map((o) => [o.id, group] as const)));
    return { blocks, json: obligations.map((o) => ({ ...o, reportGroup: groupOf.get(o.id) })) };
  },
};

/** The appendix row of a rule that does not apply: who it would have been owed to, its basis, and why not, in words. */
export function notApplicableRow(o: TObligation, timeZone: string): string[] {
  return [obligationLabel(o.ruleId, o.recipient, o.region), `${o.citation || "—"} (rule ${o.ruleId}, version ${o.ruleVersion})`, notApplicableWhy(o, timeZone), o.counselReview ? "Yes" : "No"];
}

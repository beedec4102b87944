import { RULES_BY_ID } from "@/lib/clocks/catalog";
import { regionTitle } from "@/lib/clocks/jurisdictions";
import type { TCoverage, TEvaluation, TObligation, TRuleId, TStatus } from "@/lib/clocks/types";
import {
  decidingFacts,
  infoInWords,
  reasonInWords,
  startsWhen,
  zoneCity,
  zoneWords,
  type TDecidingFact,
} from "@/lib/obligation-text/in-words";
import { describeDeadline } from "@/lib/rules/describe";
import { momentName } from "@/lib/timeline-text/clocks";
import { obligationLabel } from "@/lib/timeline-text/obligation-label";
import { formatInstant } from "@/lib/time/format-instant";

/**
 * The What-if answer, focused and in words: first what applies with its due time in the viewer's zone, then what
 * waits for its trigger, the jurisdictions the catalog has no rules for, what is not yet determined with the facts
 * that would decide it, and last what does not apply, with the reason. Pure: the route computes it for the
 * viewer's zone; the page renders its strings as they are.
 */

export type TWhatIfItem = {
  /** For links and tests only: never shown as text. */
  ruleId: string;
  status: TStatus;
  /** The recipient in words, with the place when the recipient does not say it: "Affected individuals (Texas)". */
  title: string;
  /** Whose law and where it is written: "Texas · Tex. Bus. & Com. Code §521.053(b)". */
  law: string;
  /** The due instant in the viewer's zone ("21 Dec 2026, 08:59 CET"), or null with no fixed deadline. */
  due: string | null;
  /** The same instant as the law counts it, when its zone is not the viewer's. */
  dueAsTheLawCounts: string | null;
  /** The period and what starts it: "30 calendar days, to the end of the last day, from Discovered (…)". */
  deadline: string;
  startsWhen: string | null;
  reason: string;
  decidedBy: TDecidingFact[];
  notes: string[];
};

export type TWhatIfResults = {
  asOf: string;
  viewerZone: string;
  catalogVersion: string;
  applies: TWhatIfItem[];
  awaiting: TWhatIfItem[];
  coverage: TCoverage[];
  undetermined: TWhatIfItem[];
  notApplicable: TWhatIfItem[];
};

type TFactsRef = { affected: readonly { jurisdiction: string }[] };

export function whatIfResults(evaluation: TEvaluation, facts: TFactsRef, viewerZone: string): TWhatIfResults {
  const item = (o: TObligation) => toItem(o, facts, viewerZone);
  const active = evaluation.obligations.filter((o) => o.applies === "yes");
  const byDue = (a: TObligation, b: TObligation) => (a.dueUtc ?? "9999").localeCompare(b.dueUtc ?? "9999");
  return {
    asOf: formatInstant(evaluation.asOf, viewerZone),
    viewerZone: zoneWords(viewerZone),
    catalogVersion: evaluation.catalogVersion,
    applies: active.filter((o) => o.dueKind !== "awaiting_trigger").sort(byDue).map(item),
    awaiting: active.filter((o) => o.dueKind === "awaiting_trigger").map(item),
    coverage: evaluation.coverage,
    undetermined: evaluation.obligations.filter((o) => o.applies === "undetermined").map(item),
    notApplicable: evaluation.obligations.filter((o) => o.applies === "no").map(item),
  };
}

function toItem(o: TObligation, facts: TFactsRef, viewerZone: string): TWhatIfItem {
  const rule = RULES_BY_ID.get(o.ruleId as TRuleId);
  const dueUtc = o.dueUtc ?? o.due;
  return {
    ruleId: o.ruleId,
    status: o.status,
    title: obligationLabel(o.ruleId, o.recipient),
    law: [rule ? regionTitle(rule.region) : null, o.citation].filter(Boolean).join(" · "),
    due: dueUtc ? formatInstant(dueUtc, viewerZone) : null,
    dueAsTheLawCounts:
      dueUtc && o.timeZone !== viewerZone && formatInstant(dueUtc, o.timeZone) !== formatInstant(dueUtc, viewerZone)
        ? `${formatInstant(dueUtc, o.timeZone, { seconds: true })}, ${zoneCity(o.timeZone)} time, as the law counts it`
        : null,
    deadline: deadlineWords(o, viewerZone),
    startsWhen: o.dueKind === "awaiting_trigger" ? startsWhen(o) : null,
    reason: reasonInWords(o.reason),
    decidedBy: o.applies === "undetermined" ? decidingFacts(o.reason, facts.affected) : [],
    notes: (o.info ?? []).map((line) => infoInWords(line, viewerZone)),
  };
}

function deadlineWords(o: TObligation, viewerZone: string): string {
  const rule = RULES_BY_ID.get(o.ruleId as TRuleId);
  const period = rule ? describeDeadline(rule, (id) => RULES_BY_ID.get(id as TRuleId)) : "";
  const trigger = o.trigger;
  if (!trigger?.at || rule?.deadline.kind === "none") return period;
  const from = trigger.moment === "notice" ? "the earlier notice" : momentName(trigger.moment);
  return `${period}, from ${from} (${formatInstant(trigger.at, viewerZone)})`;
}

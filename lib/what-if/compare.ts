import { coverageGapText } from "@/lib/clocks/coverage";
import { jurisdictionTitle } from "@/lib/clocks/jurisdictions";
import type { TWhatIfItem, TWhatIfResults } from "@/lib/what-if/results";

/**
 * What changed between the incident's own facts and the facts on the form, one sentence per obligation whose
 * standing or due time differs ("Supervisory authority …: did not arise before; now applies, due 23 Nov 2026, 16:00
 * CET"), and each coverage gap that appeared or went. Statuses are left out: they move with the clock, not the facts.
 */

type TSection = "applies" | "awaiting" | "undetermined" | "notApplicable";
const SECTIONS: readonly TSection[] = ["applies", "awaiting", "undetermined", "notApplicable"];

type TStanding = { item: TWhatIfItem; section: TSection } | undefined;

function standings(results: TWhatIfResults): Map<string, { item: TWhatIfItem; section: TSection }> {
  const found = new Map<string, { item: TWhatIfItem; section: TSection }>();
  for (const section of SECTIONS) for (const item of results[section]) found.set(item.ruleId, { item, section });
  return found;
}

function words(standing: TStanding): string {
  if (!standing) return "not touched by the facts";
  const { item, section } = standing;
  switch (section) {
    case "applies":
      return item.due ? `applies, due ${item.due}` : "applies, with no fixed deadline";
    case "awaiting":
      return `applies once its clock starts (${item.startsWhen?.replace(/^Starts/, "starts") ?? "not started"})`;
    case "undetermined":
      return "not yet determined";
    case "notApplicable":
      return "does not apply";
  }
}

export function compareResults(incident: TWhatIfResults, changed: TWhatIfResults): string[] {
  const before = standings(incident);
  const after = standings(changed);
  const lines: string[] = [];
  for (const ruleId of new Set([...after.keys(), ...before.keys()])) {
    const was = before.get(ruleId);
    const now = after.get(ruleId);
    if (was?.section === now?.section && was?.item.due === now?.item.due) continue;
    // A rule the facts no longer touch at all and that did not apply before is no news.
    if (!now && was?.section === "notApplicable") continue;
    if (!was && now?.section === "notApplicable") continue;
    const title = (now ?? was)!.item.title;
    lines.push(`${title}: ${words(now)} (for the incident: ${words(was)})`);
  }
  const gaps = (results: TWhatIfResults) => new Set(results.coverage.filter((entry) => !entry.covered).map((entry) => entry.jurisdiction));
  const gapsBefore = gaps(incident);
  const gapsAfter = gaps(changed);
  for (const code of gapsAfter) {
    if (!gapsBefore.has(code)) lines.push(`${coverageGapText({ jurisdiction: code }, changed.catalogVersion)} (not a gap for the incident)`);
  }
  for (const code of gapsBefore) {
    if (!gapsAfter.has(code)) lines.push(`${jurisdictionTitle(code)} is no longer touched by the facts (a jurisdiction without rules for the incident)`);
  }
  return lines;
}

import { RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TRuleId } from "@/lib/clocks/types";
import { regionName } from "@/lib/clocks/jurisdictions";

/**
 * "Affected individuals (Texas)": the recipient as the rule names it, and where the rule is from unless it says so.
 * `region` (the obligation's snapshotted one) names the place of a rule the current catalog no longer has.
 */
export function obligationLabel(ruleId: string, recipient: string, region: string | null = null): string {
  const place = RULES_BY_ID.get(ruleId as TRuleId)?.region ?? region;
  // Union-wide and federal rules name their recipient well enough ("Lead supervisory authority", "SEC").
  if (!place || place === "EU" || place === "US") return recipient;
  const name = regionName(place).replace(/^the /, "");
  return recipient.includes(name) ? recipient : `${recipient} (${name})`;
}

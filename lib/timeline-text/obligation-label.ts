import { RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TRuleId } from "@/lib/clocks/types";
import { regionName } from "@/lib/clocks/jurisdictions";

/** "Affected individuals (Texas)": the recipient as the rule names it, and where the rule is from unless it says so. */
export function obligationLabel(ruleId: string, recipient: string): string {
  const region = RULES_BY_ID.get(ruleId as TRuleId)?.region;
  // Union-wide and federal rules name their recipient well enough ("Lead supervisory authority", "SEC").
  if (!region || region === "EU" || region === "US") return recipient;
  const name = regionName(region).replace(/^the /, "");
  return recipient.includes(name) ? recipient : `${recipient} (${name})`;
}

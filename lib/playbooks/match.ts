import { PLAYBOOKS, type TPlaybook, type TPlaybookMatcher } from "@/lib/playbooks/catalog";

export type TFindingForMatch = { types: readonly string[]; resourceTypes: readonly string[] };

function matches(matcher: TPlaybookMatcher, finding: TFindingForMatch): boolean {
  const pattern = new RegExp(matcher.type, "i");
  if (!finding.types.some((type) => pattern.test(type))) return false;
  return matcher.resourceType === undefined || finding.resourceTypes.includes(matcher.resourceType);
}

export type TPlaybookSuggestion = { playbook: TPlaybook; matchedFindings: number };

/** The playbooks an incident's linked findings call for, with how many findings matched each (most first). */
export function suggestPlaybooks(findings: readonly TFindingForMatch[], catalog: readonly TPlaybook[] = PLAYBOOKS): TPlaybookSuggestion[] {
  return catalog
    .map((playbook) => ({
      playbook,
      matchedFindings: findings.filter((f) => playbook.matchers.some((m) => matches(m, f))).length,
    }))
    .filter((s) => s.matchedFindings > 0)
    .sort((a, b) => b.matchedFindings - a.matchedFindings);
}

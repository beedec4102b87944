import { PLAYBOOKS, type TPlaybook, type TPlaybookMatcher } from "@/lib/playbooks/catalog";
import { compileLinearPattern, testLinearPattern, type TLinearPattern } from "@/lib/playbooks/linear-pattern";

export type TFindingForMatch = { types: readonly string[]; resourceTypes: readonly string[] };

// Finding types are attacker-controlled text: patterns run on the linear-time matcher, never on RegExp.
const compiled = new Map<string, TLinearPattern>();
function patternOf(type: string): TLinearPattern {
  let pattern = compiled.get(type);
  if (!pattern) {
    pattern = compileLinearPattern(type);
    compiled.set(type, pattern);
  }
  return pattern;
}

/** `steps` counts the matcher's work (for tests that pin it as linear). */
function matches(matcher: TPlaybookMatcher, finding: TFindingForMatch, steps?: { count: number }): boolean {
  const pattern = patternOf(matcher.type);
  if (!finding.types.some((type) => testLinearPattern(pattern, type, steps))) return false;
  return matcher.resourceType === undefined || finding.resourceTypes.includes(matcher.resourceType);
}

export type TPlaybookSuggestion = { playbook: TPlaybook; matchedFindings: number };

/** The playbooks an incident's linked findings call for, with how many findings matched each (most first). */
export function suggestPlaybooks(
  findings: readonly TFindingForMatch[],
  catalog: readonly TPlaybook[] = PLAYBOOKS,
  steps?: { count: number },
): TPlaybookSuggestion[] {
  return catalog
    .map((playbook) => ({
      playbook,
      matchedFindings: findings.filter((f) => playbook.matchers.some((m) => matches(m, f, steps))).length,
    }))
    .filter((s) => s.matchedFindings > 0)
    .sort((a, b) => b.matchedFindings - a.matchedFindings);
}

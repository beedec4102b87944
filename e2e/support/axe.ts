import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA: the rule sets every axe check of the console runs. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core on the page as it is now; one line per violation ("state: rule (impact) help → targets").
 * In the page itself (legacy mode: the console has no frames of other origins) and keeping every node only for
 * violations: otherwise each passing node of a long page (the rules catalog: tens of thousands) is serialized
 * out of the page and into a blank one to be merged, which took longer than the checks.
 */
export async function axeFailures(page: Page, state: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  expect(passes.length, "axe ran its checks").toBeGreaterThan(10);
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ");
    return `${state}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`;
  });
}

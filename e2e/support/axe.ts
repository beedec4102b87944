import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA: the rule sets every axe check of the console runs. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core on the page as it is now; one line per violation ("state: rule (impact) help → targets"). */
export async function axeFailures(page: Page, state: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(passes.length, "axe ran its checks").toBeGreaterThan(10);
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ");
    return `${state}: ${violation.id} (${violation.impact}) ${violation.help} → ${targets}`;
  });
}

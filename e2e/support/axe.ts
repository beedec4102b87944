import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.2 AA rule sets every page of the console is held to. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core's WCAG 2.2 AA findings on the page as it is now, one line each ("rule (impact) help → targets"). */
export async function wcagViolations(page: Page): Promise<{ violations: string[]; passes: number }> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return {
    passes: passes.length,
    violations: violations.map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ");
      return `${violation.id} (${violation.impact}) ${violation.help} → ${targets}`;
    }),
  };
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WhatIfResultsView } from "@/components/what-if/what-if-results";
import { CATALOG_VERSION, evaluateFacts } from "@/lib/clocks";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import { whatIfResults } from "@/lib/what-if/results";

/** The What-if page shows what POST /api/what-if/evaluate answered: its coverage gaps must be in the rendered results. */
describe("What-if results: coverage gaps", () => {
  const render = (affected: { jurisdiction: string; count: number | null }[]) => {
    const facts = merge(baseFacts(), { affected });
    const result = evaluateFacts(facts);
    if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
    return renderToStaticMarkup(createElement(WhatIfResultsView, { results: whatIfResults(result.evaluation, { affected }, "Europe/Paris") }));
  };

  it("shows every uncovered jurisdiction in plain words next to the obligations", () => {
    const html = render([{ jurisdiction: "US-CA", count: 800 }, { jurisdiction: "CA-QC", count: 1200 }]);
    expect(html).toContain(`No rules for Quebec in catalog ${CATALOG_VERSION}: consult counsel`);
    expect(html).toContain("Quebec: 1,200 people affected there");
    expect(html).toContain('data-rule="US-CA-1798.82-IND"');
    expect(html).not.toContain("No rules for California");
  });

  it("shows the gap even when no rule at all is touched", () => {
    const html = render([{ jurisdiction: "CH", count: 30 }]);
    expect(html).toContain(`No rules for Switzerland in catalog ${CATALOG_VERSION}: consult counsel`);
    expect(html).toContain("No obligation applies on these facts yet.");
  });

  it("shows no gap box when every jurisdiction is covered", () => {
    expect(render([{ jurisdiction: "US-TX", count: 5 }])).not.toContain("coverage-gaps");
  });
});

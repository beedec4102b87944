import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ObligationRegister } from "@/components/clocks/obligation-register";
import { CATALOG_VERSION, evaluateFacts } from "@/lib/clocks";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";

/** The What-if page shows what POST /api/clocks/evaluate answered: its coverage gaps must be in the rendered register. */
describe("What-if register: coverage gaps", () => {
  const evaluation = (affected: unknown[]) => {
    const result = evaluateFacts(merge(baseFacts(), { affected }));
    if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
    return result.evaluation;
  };

  it("shows every uncovered jurisdiction in plain words next to the obligations", () => {
    const html = renderToStaticMarkup(createElement(ObligationRegister, { evaluation: evaluation([{ jurisdiction: "US-CA", count: 800 }, { jurisdiction: "CA-QC", count: 1200 }]) }));
    expect(html).toContain(`No rules for Quebec in catalog ${CATALOG_VERSION}: consult counsel`);
    expect(html).toContain("1,200 people affected there");
    expect(html).toContain("US-CA-1798.82-IND");
    expect(html).not.toContain("No rules for California");
  });

  it("shows the gap even when no rule at all is touched", () => {
    const html = renderToStaticMarkup(createElement(ObligationRegister, { evaluation: evaluation([{ jurisdiction: "CH", count: 30 }]) }));
    expect(html).toContain(`No rules for Switzerland in catalog ${CATALOG_VERSION}: consult counsel`);
    expect(html).toContain("No rule of the catalog is touched by these facts");
  });

  it("shows no gap box when every jurisdiction is covered", () => {
    const html = renderToStaticMarkup(createElement(ObligationRegister, { evaluation: evaluation([{ jurisdiction: "US-TX", count: 5 }]) }));
    expect(html).not.toContain("coverage-gaps");
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContainmentClockSummary } from "@/components/containment/containment-clock";
import { containmentClock, type TClockRequest } from "@/lib/containment/containment-clock";

const declaredAt = new Date("2026-12-01T08:00:00Z");
const hours = (h: number) => new Date(declaredAt.getTime() + h * 3_600_000);
const render = (requests: TClockRequest[], now: Date, compact = false) =>
  renderToStaticMarkup(createElement(ContainmentClockSummary, { clock: containmentClock({ declaredAt, targetHours: 4, requests, now }), compact }));

/** What the incident overview, the containment tab and the exec status view show: the sentence, never calm unless contained. */
describe("the containment clock as shown", () => {
  it("shows an overdue clock as an alert, with its sentence and the target instant", () => {
    const html = render([], hours(5));
    expect(html).toContain('data-state="overdue"');
    expect(html).toContain("border-red-700");
    expect(html).toContain('<span aria-hidden="true">⚠ </span>Not contained, past target');
    expect(html).toContain("No containment action has succeeded; 5 h since declaration, past the 4-hour target. None has been requested.");
    expect(html).toContain("Target (4 h from declaration)");
    expect(html).not.toContain("green");
  });

  it("is green only once contained within the target, and says when it stopped", () => {
    const html = render([{ status: "succeeded", dryRun: false, succeededAt: hours(2) }], hours(3));
    expect(html).toContain('data-state="met"');
    expect(html).toContain("border-green-700");
    expect(html).toContain("Contained 2 h after declaration, within the 4-hour target.");
    expect(html).toContain("last success");
  });

  it("never uses the calm colour while nothing has succeeded, running or not", () => {
    for (const status of ["awaiting_approval", "running", "failed"]) {
      const html = render([{ status, dryRun: false, succeededAt: null }], hours(1), true);
      expect(html, status).not.toContain("green");
      expect(html, status).toContain("No containment action has");
    }
  });
});

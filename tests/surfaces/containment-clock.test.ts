import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContainmentClockSummary } from "@/components/containment/containment-clock";
import { ContainmentProofLine } from "@/components/containment/proof-line";
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

describe("an execution's proof as shown on the Containment tab", () => {
  it("names the evidence item and its SHA-256, linking to the register; before the end, says it is not there yet", () => {
    const proof = { requestId: "r", executionId: "e", evidenceId: "v", name: "containment-ec2-instance-contain-abc.json", sha256: "a".repeat(64), outcome: "succeeded", recordedAt: new Date() };
    const html = renderToStaticMarkup(createElement(ContainmentProofLine, { incidentId: "i-1", proof }));
    expect(html).toContain('href="/incidents/i-1/evidence"');
    expect(html).toContain(`: containment-ec2-instance-contain-abc.json, SHA-256 <span class="break-all font-mono text-xs">${"a".repeat(64)}</span>`);
    expect(renderToStaticMarkup(createElement(ContainmentProofLine, { incidentId: "i-1", proof: undefined }))).toContain("Its record goes to the evidence register when it ends.");
  });
});

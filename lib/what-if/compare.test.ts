import { describe, expect, it } from "vitest";
import { evaluateFacts } from "@/lib/clocks";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import { compareResults } from "@/lib/what-if/compare";
import { whatIfResults } from "@/lib/what-if/results";

const results = (patch: Record<string, unknown>) => {
  const facts = merge(baseFacts(), patch);
  const result = evaluateFacts(facts);
  if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
  return whatIfResults(result.evaluation, facts as never, "Europe/Berlin");
};

describe("compare with the incident", () => {
  const incident = { affected: [{ jurisdiction: "US-CA", count: 1200 }], moments: { aware: "2026-11-20T15:00:00Z", discovered: "2026-11-20T15:00:00Z" } };

  it("says nothing when the facts are the incident's", () => {
    expect(compareResults(results(incident), results(incident))).toEqual([]);
  });

  it("names the obligation a new place brings, with its due time, and the gap a new place opens", () => {
    const lines = compareResults(results(incident), results({ ...incident, affected: [...incident.affected, { jurisdiction: "DE", count: 300 }, { jurisdiction: "CA-QC", count: 5 }] }));
    expect(lines).toContain("Supervisory authority (lead SA for cross-border processing): applies, due 23 Nov 2026, 16:00 CET (for the incident: not touched by the facts)");
    expect(lines.some((line) => /^No rules for Quebec in catalog .*: consult counsel \(not a gap for the incident\)$/.test(line))).toBe(true);
  });

  it("says when a deadline moves or an obligation stops applying", () => {
    const later = compareResults(results(incident), results({ ...incident, moments: { ...incident.moments, discovered: "2026-11-25T15:00:00Z" } }));
    expect(later.find((line) => line.startsWith("Affected California residents"))).toMatch(/applies, due 26 Dec 2026, 08:59 CET \(for the incident: applies, due 21 Dec 2026, 08:59 CET\)/);
    const encrypted = compareResults(results(incident), results({ ...incident, incident: { encryption: { status: "encrypted", keyCompromised: "no" } } }));
    expect(encrypted.find((line) => line.startsWith("Affected California residents"))).toMatch(/does not apply \(for the incident: applies/);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/clocks/engine";
import { parseInstant } from "@/lib/clocks/time";
import { baseFacts, merge } from "@/lib/clocks/test-support/facts";
import type { TMoment } from "@/lib/clocks/types";
import { validateFacts } from "@/lib/clocks/validate";

/** Facts touching many regimes at once, so one evaluation exercises hours, calendar, business, Japanese and month clocks. */
const WIDE = merge(baseFacts(), {
  organisation: {
    timeZone: "America/New_York",
    establishments: ["US-NY", "DE", "GB", "JP", "BR", "SG", "KR", "AU", "CA", "IN"],
    leadAuthorityCountry: "DE",
    flags: { hipaa: "covered_entity", secRegistrant: true, nydfsCoveredEntity: true, nis2Entity: "essential", doraFinancialEntity: true, australianAppEntity: true, certInScope: true, ftcFinancialInstitution: true },
  },
  incident: { phi: true, dataCategories: ["name", "national_id_number", "health", "financial_account"], riskLevel: "high",
    classification: { significant: "yes", major: "yes", material: "yes", cybersecurityIncident: "yes" } },
  affected: ["US-NY", "US-CA", "US-TX", "US-FL", "US-CO", "US-WA", "US-MA", "US-AZ", "US-CT", "US-DE", "US-ME", "US-OR", "US-VT", "US-MD", "DE", "GB", "JP", "BR", "SG", "KR", "AU", "CA", "IN"]
    .map((jurisdiction) => ({ jurisdiction, count: 1200 })),
});

const MOMENTS: TMoment[] = ["suspected", "aware", "discovered", "breachDetermined", "cybersecurityIncidentDetermined", "materialityDetermined", "majorClassified", "assessmentCompleted", "ransomPaid", "newInformationAvailable"];

function evaluateAt(triggerMs: number) {
  const at = new Date(triggerMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  const moments = Object.fromEntries(MOMENTS.map((moment) => [moment, at]));
  const result = validateFacts({ ...WIDE, asOf: at, moments });
  if (!result.ok) throw new Error(JSON.stringify(result.invalidParams));
  return evaluate(result.facts);
}

// 2026-01-01 … 2029-12-31, whole seconds.
const instant = fc.integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2029, 11, 31) / 1000 }).map((s) => s * 1000);

describe("clock engine properties (fast-check)", () => {
  it("a deadline never moves earlier when the trigger moves later", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 * 86_400 }), (t, deltaSeconds) => {
        const early = evaluateAt(t);
        const late = evaluateAt(t + deltaSeconds * 1000);
        const lateDue = new Map(late.obligations.map((o) => [o.ruleId, o.due]));
        for (const obligation of early.obligations) {
          const later = lateDue.get(obligation.ruleId);
          if (obligation.due && later) expect(parseInstant(later), obligation.ruleId).toBeGreaterThanOrEqual(parseInstant(obligation.due));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("an hours clock is exactly N × 3600 s after its trigger", () => {
    const hourRules = { "EU-GDPR-33-SA": 72, "UK-GDPR-33-ICO": 72, "EU-NIS2-23-EW": 24, "EU-NIS2-23-NOT": 72, "US-NY-500.17-INC": 72, "US-NY-500.17-EXT24": 24, "KR-PIPA-DS": 72, "IN-CERTIN-6H": 6 } as const;
    fc.assert(
      fc.property(instant, (t) => {
        const evaluation = evaluateAt(t);
        for (const [ruleId, hours] of Object.entries(hourRules)) {
          const obligation = evaluation.obligations.find((o) => o.ruleId === ruleId)!;
          expect(parseInstant(obligation.due!) - t, ruleId).toBe(hours * 3_600_000);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("calendar-day clocks end at 23:59:59 local in their zone", () => {
    fc.assert(
      fc.property(instant, (t) => {
        for (const obligation of evaluateAt(t).obligations) {
          if (obligation.ruleId.startsWith("US-") && obligation.due && !obligation.ruleId.startsWith("US-SEC") && !obligation.ruleId.startsWith("US-NY-500.17-I") && obligation.ruleId !== "US-NY-500.17-EXT24" && obligation.ruleId !== "US-NY-899aa-DFS") {
            expect(obligation.due.slice(11, 19), obligation.ruleId).toBe("23:59:59");
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

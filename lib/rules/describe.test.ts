import { describe, expect, it } from "vitest";
import { CATALOG, RULES_BY_ID, RULE_IDS } from "@/lib/clocks/catalog";
import type { TRule } from "@/lib/clocks/catalog/model";
import {
  UNDESCRIBED, describeAlso, describeDeadline, describeGate, describeGates, describeThresholds, describeTrigger,
} from "@/lib/rules/describe";

const lookup = (id: string) => RULES_BY_ID.get(id as TRule["id"]);
const ruleIds = new Set<string>(RULE_IDS);

/**
 * What a lawyer must never read in a description: nothing at all, a code of the catalog's data (a camelCase or
 * snake_case name, a bare jurisdiction code, a kind), or a JavaScript leftover. Rule ids are references and allowed.
 */
function rawCodeIn(text: string): string | null {
  const withoutIds = text.split(/[\s(),;]+/).filter((word) => !ruleIds.has(word)).join(" ");
  const patterns: [RegExp, string][] = [
    [/\b[a-z]+[A-Z][A-Za-z]*\b/, "camelCase name"],
    [/\b[a-z]+_[a-z_]+\b/, "snake_case name"],
    [/\bUS-(?:[A-Z]{2}|federal)\b/, "jurisdiction or calendar code"],
    [/\b(?:undefined|null|NaN)\b|\[object|\$\{/, "leftover"],
    [new RegExp(UNDESCRIBED, "i"), "kind without words"],
  ];
  for (const [pattern, what] of patterns) {
    const match = pattern.exec(withoutIds);
    if (match) return `${what}: "${match[0]}"`;
  }
  return null;
}

function expectWords(text: string, where: string) {
  expect(text.trim().length, `${where} is empty`).toBeGreaterThan(3);
  expect(rawCodeIn(text), `${where}: ${text}`).toBeNull();
}

describe("rules in words, over every rule of the catalog", () => {
  it("says every rule's trigger, deadline, thresholds and conditions in words, never empty, never a code", () => {
    expect(CATALOG.length).toBe(RULE_IDS.length);
    for (const rule of CATALOG) {
      expectWords(describeTrigger(rule, lookup), `${rule.id} trigger`);
      expectWords(describeDeadline(rule, lookup), `${rule.id} deadline`);
      for (const line of describeThresholds(rule)) expectWords(line, `${rule.id} threshold`);
      const gates = describeGates(rule);
      for (const line of gates) expectWords(line, `${rule.id} condition`);
      // Notes, constraints and uncertainties are the catalog's own sentences for counsel, shown as written.
      for (const line of describeAlso(rule, lookup)) expect(line.trim().length, `${rule.id} note`).toBeGreaterThan(3);
      // Every condition of the row is said: thresholds and other gates together cover the row's gates.
      const thresholds = rule.gates.filter((gate) => gate.kind === "count" || gate.kind === "employees").length;
      expect(gates.length + thresholds, rule.id).toBe(rule.gates.length);
    }
  });

  it("says each threshold with its comparator and count as written", () => {
    for (const rule of CATALOG) {
      const counts = rule.gates.filter((gate) => gate.kind === "count");
      const words = describeThresholds(rule);
      for (const gate of counts) {
        const comparator = { ">": "More than", ">=": "At least", "<": "Fewer than" }[gate.op];
        const said = `${comparator} ${gate.n.toLocaleString("en-US")} `;
        expect(words.some((line) => line.startsWith(said)), `${rule.id}: ${said} in ${words.join(" | ")}`).toBe(true);
      }
    }
  });

  it("says a deadline's kind and length as a lawyer would", () => {
    const deadline = (id: string) => describeDeadline(lookup(id)!, lookup);
    expect(deadline("EU-GDPR-33-SA")).toBe("72 hours");
    expect(deadline("US-CA-1798.82-IND")).toBe("30 calendar days, to the end of the last day");
    expect(deadline("US-SEC-8K-105")).toBe("4 business days (US federal holidays), by 17:30");
    expect(deadline("BR-LGPD-ANPD")).toMatch(/^3 business days \(Brazilian national holidays\)/);
    expect(deadline("EU-GDPR-34-DS")).toBe("No fixed deadline");
    expect(deadline("US-NY-899aa-REG")).toBe("As the notice to affected New York residents, at the same time");
    expect(deadline("EU-NIS2-23-FIN")).toMatch(/^1 month,/);
  });

  it("names a state's own business-day calendar by the state's name", () => {
    const iowaAg = { ...lookup("US-CA-1798.82-AG")!, region: "US-IA", deadline: { kind: "businessDays", days: 5, calendar: "US-IA", time: "23:59:59" } } as TRule;
    expect(describeDeadline(iowaAg, lookup)).toBe("5 business days (Iowa holidays), to the end of the last day");
  });

  it("says thresholds with the comparator and whose people they count", () => {
    expect(describeThresholds(lookup("US-CA-1798.82-AG")!)).toEqual(["More than 500 residents of California affected"]);
    expect(describeThresholds(lookup("US-TX-521.053-AG")!)).toEqual(["At least 250 residents of Texas affected"]);
    expect(describeThresholds(lookup("US-HIPAA-406")!)).toEqual(["More than 500 residents of any one state affected"]);
    expect(describeThresholds(lookup("SG-PDPA-PDPC")!)).toEqual(["At least 500 people affected in all (one way the row applies)"]);
  });

  it("says the harm test, the encryption safe harbour and sector flags in words", () => {
    const gates = describeGates(lookup("US-NY-899aa-DFS")!);
    expect(gates).toContain("The organisation is: NYDFS covered entity (23 NYCRR 500)");
    expect(gates).toContain("Encryption safe harbour: not owed when the data were encrypted and the key was not compromised");
    expect(gates).toContain("Harm test, risk of harm or misuse: owed until a no-harm finding is made");
    expect(describeGates(lookup("US-MA-93H-IND")!)).toContain(
      "Harm test, substantial risk of identity theft or fraud: owed only once the risk is assessed as present; acquisition of the data is enough on its own",
    );
  });

  it("still says a kind of condition added to the catalog later, from its own words", () => {
    const rule = lookup("US-CA-1798.82-IND")!;
    const later = [
      { kind: "not", gate: { kind: "phi" }, reason: "a HIPAA covered entity (deemed compliant)" },
      { kind: "counselQuestion", question: "does another law require a government notice?" },
      { kind: "harmRuledOut", label: "harm ruled out by an investigation" },
    ] as unknown as TRule["gates"];
    expect(later.map((gate) => describeGate(gate, rule))).toEqual([
      "Not owed when: a HIPAA covered entity (deemed compliant)",
      "For counsel to decide: does another law require a government notice?",
      "Harm ruled out by an investigation",
    ]);
    const sectors = [
      { kind: "sector", sector: "insurance", label: "an insurance licensee of Iowa" },
      { kind: "sector", sector: "insurance", label: "Iowa is the insurer's domicile or the producer's home state", home: true },
    ] as TRule["gates"];
    expect(sectors.map((gate) => describeGate(gate, rule))).toEqual([
      "The organisation is an insurance licensee of Iowa",
      "Iowa is the insurer's domicile or the producer's home state",
    ]);
    const earliest = { ...rule, trigger: { kind: "earliestMoment", moments: ["vendorNoticeReceived", "breachDetermined"] } } as unknown as TRule;
    expect(describeTrigger(earliest, lookup)).toBe("Starts at whichever comes first: Vendor's breach notice received or Breach determined");
  });
});

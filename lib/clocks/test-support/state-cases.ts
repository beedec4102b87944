import { describe, expect, it } from "vitest";
import { merge, row } from "@/lib/clocks/test-support/facts";
import type { TGate, TRule } from "@/lib/clocks/catalog/model";
import type { TObligation, TRuleId } from "@/lib/clocks/types";

type TJson = Record<string, unknown>;

/**
 * Table-driven tests of one state's catalog rows. Each case names the rule, the facts (a patch over `baseFacts`),
 * what the statute says the row must show, and which of the required kinds of case it is. `describeStateRules`
 * also checks that every rule of the state has each kind it needs, so a rule cannot be added without its cases.
 */

export type TCaseKind = "applies" | "no" | "undetermined" | "threshold" | "due";
export type TStateCase = { kind: TCaseKind; ruleId: TRuleId; name: string; facts: TJson; expect: Partial<TObligation> };

/**
 * Facts touching one state only through its residents: `count` residents affected, the organisation established
 * nowhere (so the state's rows come from the residents), the given moments.
 */
export function stateFacts(state: string, count: number | null, moments: Record<string, string>, patch: TJson = {}): TJson {
  return merge({ organisation: { timeZone: "UTC", establishments: [] }, affected: [{ jurisdiction: `US-${state}`, count }], moments }, patch);
}

/** Several patches deep-merged (two patches may both set fields of `organisation` or `incident`). */
export function combine(...patches: TJson[]): TJson {
  return patches.reduce((out, patch) => merge(out, patch), {});
}

export const AS_PROCESSOR: TJson = { organisation: { dataRole: "processor" } };
export const ENCRYPTED_KEY_SAFE: TJson = { incident: { encryption: { status: "encrypted", keyCompromised: "no" } } };
export const PERSONAL_DATA_UNKNOWN: TJson = { incident: { personalData: "unknown" } };
export const RISK_NONE: TJson = { incident: { riskLevel: "none" } };
export const RISK_UNKNOWN: TJson = { incident: { riskLevel: "unknown" } };
export const HIPAA_COVERED: TJson = { organisation: { flags: { hipaa: "covered_entity" } } };

/** organisation.sectors entries for one state: `sectorsIn("AL", "insurance")`, or with `{ sector, home: true }`. */
export function sectorsIn(state: string, ...entries: (string | { sector: string; home: boolean })[]): TJson {
  return {
    organisation: {
      sectors: entries.map((entry) =>
        typeof entry === "string" ? { sector: entry, jurisdiction: `US-${state}` } : { ...entry, jurisdiction: `US-${state}` }),
    },
  };
}

/** The kinds of case a rule needs: thresholds only where it counts people; proposed rows only "no". */
export function requiredKinds(rule: TRule): TCaseKind[] {
  if (rule.gates.some((gate: TGate) => gate.kind === "proposed")) return ["no"];
  const kinds: TCaseKind[] = ["applies", "no", "undetermined", "due"];
  if (JSON.stringify(rule.gates).includes('"kind":"count"')) kinds.push("threshold");
  return kinds;
}

export function describeStateRules(title: string, rules: readonly TRule[], cases: TStateCase[]): void {
  describe(title, () => {
    it.each(cases.map((testCase) => [`${testCase.ruleId} ${testCase.kind}: ${testCase.name}`, testCase] as const))("%s", (_, testCase) => {
      expect(row(testCase.facts, testCase.ruleId)).toMatchObject(testCase.expect);
    });

    it("has every required kind of case for every rule", () => {
      const missing = rules.flatMap((rule) =>
        requiredKinds(rule)
          .filter((kind) => !cases.some((testCase) => testCase.ruleId === rule.id && testCase.kind === kind))
          .map((kind) => `${rule.id} ${kind}`));
      expect(missing).toEqual([]);
    });
  });
}

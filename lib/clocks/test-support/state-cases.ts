import { describe, expect, it } from "vitest";
import { merge, row } from "@/lib/clocks/test-support/facts";
import type { TGate, TRule } from "@/lib/clocks/catalog/model";
import type { TObligation, TRuleId } from "@/lib/clocks/types";

type TJson = Record<string, unknown>;
type TDeepPartial<T> = T extends object ? { [K in keyof T]?: TDeepPartial<T[K]> } : T;

/**
 * Table-driven tests of one state's catalog rows. Each case names the rule, the facts, what the statute says the row
 * must show (a subset of the obligation; matchers allowed), and which of the required kinds of case it is (one, or
 * several when one case shows several). `describeStateRules` also checks that every rule of the state has each kind
 * it needs, so a rule cannot be added without its cases.
 */

export type TCaseKind = "applies" | "no" | "undetermined" | "threshold" | "due";
export type TStateCase = {
  ruleId: TRuleId;
  kind: TCaseKind | readonly TCaseKind[];
  name: string;
  facts: TJson;
  expect: TDeepPartial<TObligation>;
};

/**
 * Facts touching one state only through its residents: `count` residents affected, the organisation established
 * nowhere (so the state's rows come from the residents), the given moments.
 */
export function stateFacts(state: string, count: number | null, moments: Record<string, string>, patch: TJson = {}): TJson {
  return merge({ organisation: { timeZone: "UTC", establishments: [] }, affected: [{ jurisdiction: `US-${state}`, count }], moments }, patch);
}

/** An organisation established in `code` with `count` affected residents there (null: not known), plus `patch`. */
export function inJurisdiction(code: string, count: number | null, patch: TJson = {}): TJson {
  return merge({ organisation: { timeZone: "UTC", establishments: [code] }, affected: [{ jurisdiction: code, count }] }, patch);
}

/** Several patches deep-merged left to right (arrays and scalars replace; two patches may both set `organisation`). */
export function combine(...patches: TJson[]): TJson {
  return patches.reduce((out, patch) => merge(out, patch), {});
}

export const AS_PROCESSOR: TJson = { organisation: { dataRole: "processor" } };
export const ENCRYPTED_KEY_SAFE: TJson = { incident: { encryption: { status: "encrypted", keyCompromised: "no" } } };
/** Encrypted data whose key may or may not have been taken: every encryption safe harbour is undetermined. */
export const KEY_UNKNOWN: TJson = { incident: { encryption: { status: "encrypted", keyCompromised: "unknown" } } };
export const PERSONAL_DATA_UNKNOWN: TJson = { incident: { personalData: "unknown" } };
export const riskLevel = (level: "none" | "risk" | "high" | "unknown"): TJson => ({ incident: { riskLevel: level } });
export const RISK_NONE = riskLevel("none");
export const RISK_UNKNOWN = riskLevel("unknown");
export const HIPAA_COVERED: TJson = { organisation: { flags: { hipaa: "covered_entity" } } };
export const categories = (...list: string[]): TJson => ({ incident: { dataCategories: list } });
/** The notice of `ruleId` sent at `sentAt` (starts dependent clocks, K5). */
export const sent = (ruleId: TRuleId, sentAt: string): TJson => ({ notices: [{ ruleId, sentAt }] });
export const hasInfo = (kind: string) => expect.arrayContaining([expect.objectContaining({ kind })]);

/** organisation.sectors entries, each naming its jurisdiction. */
export const inSectors = (...entries: { sector: string; jurisdiction: string; home?: boolean }[]): TJson => ({ organisation: { sectors: entries } });

/** organisation.sectors entries for one state: `sectorsIn("AL", "insurance")`, or with `{ sector, home: true }`. */
export function sectorsIn(state: string, ...entries: (string | { sector: string; home: boolean })[]): TJson {
  return inSectors(...entries.map((entry) =>
    typeof entry === "string" ? { sector: entry, jurisdiction: `US-${state}` } : { ...entry, jurisdiction: `US-${state}` }));
}

/** A state's facts builder: `count` residents plus patches (each state test file defines one). */
export type TStateFactsOf = (count: number | null, ...patches: TJson[]) => TJson;

/**
 * The maintainer's notice to the owner with no day count, as most states word it: owed by a processor, not by the
 * owner itself, undetermined while the key's fate is unknown. `applies` names the statute's wording of the duty.
 */
export function maintainerNoticeCases(
  ruleId: TRuleId, factsOf: TStateFactsOf,
  applies: { name: string; expect?: TDeepPartial<TObligation> }, options: { count?: number; owner?: string } = {},
): TStateCase[] {
  const count = options.count ?? 10;
  return [
    { ruleId, kind: ["applies", "due"], name: applies.name, facts: factsOf(count, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", ...applies.expect } },
    { ruleId, kind: "no", name: `VND does not apply to ${options.owner ?? "the owner"}`, facts: factsOf(count), expect: { applies: "no" } },
    { ruleId, kind: "undetermined", name: "VND undetermined: key compromise not known", facts: factsOf(count, AS_PROCESSOR, KEY_UNKNOWN),
      expect: { applies: "undetermined" } },
  ];
}

/**
 * A notice owed when more than `n` (`">"`) or at least `n` (`">="`) residents are notified, with no day count of its
 * own, sent after the resident notice (`residentNotice`): the first count that reaches the threshold applies, the one
 * below does not (with the engine's comparator sentence), an unknown count is undetermined, and encrypted data whose
 * key is safe take it out whatever the count.
 */
export function thresholdCases(
  ruleId: TRuleId, op: ">" | ">=", n: number, factsOf: TStateFactsOf, residentNotice: TJson,
  applies: { name: string; expect?: TDeepPartial<TObligation> }, label = "CRA",
): TStateCase[] {
  const text = (value: number) => value.toLocaleString("en-US");
  const reaching = op === ">" ? n + 1 : n;
  const below = reaching - 1;
  const notReached = op === ">" ? `${text(below)} is not more than ${text(n)}` : `${text(below)} is not at least ${text(n)}`;
  return [
    { ruleId, kind: "no", name: `${label} does not apply above the threshold (${text(reaching)}) when the data were encrypted and the key not taken`,
      facts: factsOf(reaching, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
    { ruleId, kind: ["threshold", "applies", "due"], name: applies.name, facts: factsOf(reaching, residentNotice),
      expect: { applies: "yes", dueKind: "no_fixed_deadline", ...applies.expect } },
    { ruleId, kind: "threshold", name: `${label}: ${notReached}`, facts: factsOf(below), expect: { applies: "no", reason: notReached } },
    { ruleId, kind: "undetermined", name: `${label} undetermined: count not known`, facts: factsOf(null), expect: { applies: "undetermined" } },
  ];
}

/**
 * An NAIC-model insurance row (the state's insurance licensees; home state with material harm, or 250 or more of the
 * state's consumers): the domestic insurer's case (`home`, with its due), 250 consumers of a foreign insurer apply,
 * 249 do not, encrypted data with a safe key take it out, and an unassessed harm leaves the domestic insurer
 * undetermined.
 */
export function naicInsuranceCases(
  ruleId: TRuleId, factsOf: TStateFactsOf, state: string,
  home: { name: string; expect: TDeepPartial<TObligation> }, undetermined: TDeepPartial<TObligation> = {},
): TStateCase[] {
  const insurer = (isHome: boolean) => sectorsIn(state, { sector: "insurance", home: isHome });
  return [
    { ruleId, kind: ["applies", "due"], name: home.name, facts: factsOf(10, insurer(true)), expect: { applies: "yes", ...home.expect } },
    { ruleId, kind: "applies", name: `INS: 250 ${state} consumers of a foreign insurer`, facts: factsOf(250, insurer(false)), expect: { applies: "yes" } },
    { ruleId, kind: "threshold", name: "INS: 249 are fewer than 250", facts: factsOf(249, insurer(false)), expect: { applies: "no" } },
    { ruleId, kind: "no", name: "INS does not apply to 250 consumers of a foreign insurer when the data were encrypted and the key not taken",
      facts: factsOf(250, insurer(false), ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
    { ruleId, kind: kindsWith("undetermined", undetermined), name: "INS undetermined: domestic insurer, harm not assessed",
      facts: factsOf(10, insurer(true), RISK_UNKNOWN), expect: { applies: "undetermined", ...undetermined } },
  ];
}

const kindsWith = (kind: TCaseKind, expected: TDeepPartial<TObligation>): readonly TCaseKind[] =>
  "due" in expected || "dueKind" in expected ? [kind, "due"] : [kind];

/** The kinds of case a rule needs: thresholds only where it counts people; proposed rows only "no". */
export function requiredKinds(rule: TRule): TCaseKind[] {
  if (rule.gates.some((gate: TGate) => gate.kind === "proposed")) return ["no"];
  const kinds: TCaseKind[] = ["applies", "no", "undetermined", "due"];
  if (JSON.stringify(rule.gates).includes('"kind":"count"')) kinds.push("threshold");
  return kinds;
}

const kindsOf = (testCase: TStateCase): readonly TCaseKind[] => (typeof testCase.kind === "string" ? [testCase.kind] : testCase.kind);

export function describeStateRules(title: string, rules: readonly TRule[], cases: readonly TStateCase[]): void {
  describe(title, () => {
    it.each(cases.map((testCase) => [`${testCase.ruleId} ${kindsOf(testCase).join("+")}: ${testCase.name}`, testCase] as const))("%s", (_, testCase) => {
      expect(row(testCase.facts, testCase.ruleId)).toMatchObject(testCase.expect);
    });

    it("has every required kind of case for every rule", () => {
      const missing = rules.flatMap((rule) =>
        requiredKinds(rule)
          .filter((kind) => !cases.some((testCase) => testCase.ruleId === rule.id && kindsOf(testCase).includes(kind)))
          .map((kind) => `${rule.id} ${kind}`));
      expect(missing).toEqual([]);
    });

    it("names only rules of this state", () => {
      const ids = new Set(rules.map((rule) => rule.id));
      expect(cases.map((testCase) => testCase.ruleId).filter((id) => !ids.has(id))).toEqual([]);
    });
  });
}

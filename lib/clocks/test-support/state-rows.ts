import { expect, it } from "vitest";
import { merge, row } from "@/lib/clocks/test-support/facts";
import type { TRuleId } from "@/lib/clocks/types";

type TJson = Record<string, unknown>;

/** One expectation on one obligation row; `name` says which statutory point it checks. */
export type TRowCase = { name: string; rule: TRuleId; facts: TJson; expect: TJson };

/** Patches merged left to right (arrays and scalars replace). */
export function combine(...patches: TJson[]): TJson {
  return patches.reduce((facts, patch) => merge(facts, patch), {});
}

export const AS_PROCESSOR: TJson = { organisation: { dataRole: "processor" } };
/** Encrypted data whose key may or may not have been taken: every encryption safe harbour is undetermined. */
export const KEY_UNKNOWN: TJson = { incident: { encryption: { status: "encrypted", keyCompromised: "unknown" } } };
export const KEY_SAFE: TJson = { incident: { encryption: { status: "encrypted", keyCompromised: "no" } } };
export const riskLevel = (level: "none" | "risk" | "high" | "unknown"): TJson => ({ incident: { riskLevel: level } });
export const categories = (...list: string[]): TJson => ({ incident: { dataCategories: list } });
export const inSectors = (...entries: { sector: string; jurisdiction: string; home?: boolean }[]): TJson => ({ organisation: { sectors: entries } });
/** The resident notice sent at `sentAt` (starts dependent clocks, K5). */
export const sent = (ruleId: TRuleId, sentAt: string): TJson => ({ notices: [{ ruleId, sentAt }] });
export const hasInfo = (kind: string) => expect.arrayContaining([expect.objectContaining({ kind })]);

/** An organisation established in `code` with `count` affected residents there (null: not known), plus `patch`. */
export function inJurisdiction(code: string, count: number | null, patch: TJson = {}): TJson {
  return merge({ organisation: { timeZone: "UTC", establishments: [code] }, affected: [{ jurisdiction: code, count }] }, patch);
}

/** Table-driven rows: one test per case, comparing the obligation with `expect` (a subset; matchers allowed). */
export function itRows(cases: readonly TRowCase[]): void {
  it.each(cases.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    expect(row(entry.facts, entry.rule)).toMatchObject(entry.expect);
  });
}

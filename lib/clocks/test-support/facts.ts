import { evaluate } from "@/lib/clocks/engine";
import type { TObligation, TRuleId } from "@/lib/clocks/types";
import { validateFacts } from "@/lib/clocks/validate";

type TJson = Record<string, unknown>;

/** A small valid controller incident (no jurisdiction touched yet); tests add what they are about. */
export function baseFacts(): TJson {
  return {
    asOf: "2027-04-09T09:00:00+00:00",
    organisation: { timeZone: "UTC", establishments: [], dataRole: "controller" },
    incident: {
      personalData: "yes",
      dataCategories: ["name", "national_id_number"],
      compromise: ["acquisition"],
      cause: "external_attack",
      encryption: { status: "none" },
      riskLevel: "risk",
    },
    affected: [],
    moments: {},
  };
}

/** Deep merge where arrays and scalars replace. */
export function merge(target: TJson, patch: TJson): TJson {
  const out: TJson = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object" && !Array.isArray(current)
        ? merge(current as TJson, value as TJson)
        : value;
  }
  return out;
}

export function run(patch: TJson, base: TJson = baseFacts()) {
  const result = validateFacts(merge(base, patch));
  if (!result.ok) throw new Error(`invalid test facts: ${JSON.stringify(result.invalidParams)}`);
  return evaluate(result.facts);
}

export function row(patch: TJson, ruleId: TRuleId, base?: TJson): TObligation {
  const found = run(patch, base).obligations.find((obligation) => obligation.ruleId === ruleId);
  if (!found) throw new Error(`${ruleId} not in the register`);
  return found;
}

export function has(patch: TJson, ruleId: TRuleId): boolean {
  return run(patch).obligations.some((obligation) => obligation.ruleId === ruleId);
}

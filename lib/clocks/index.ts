import { evaluate } from "@/lib/clocks/engine";
import { validateFacts } from "@/lib/clocks/validate";
import type { TEvaluation, TInvalidParam } from "@/lib/clocks/types";

export { evaluate } from "@/lib/clocks/engine";
export { validateFacts, evaluationSchemaErrors } from "@/lib/clocks/validate";
export { CATALOG, CATALOG_VERSION } from "@/lib/clocks/catalog";
export type * from "@/lib/clocks/types";

export type TEvaluateResult = { ok: true; evaluation: TEvaluation } | { ok: false; invalidParams: TInvalidParam[] };

/** Validates facts against the contract and evaluates them: the one entry point of the CLI and the route. */
export function evaluateFacts(input: unknown): TEvaluateResult {
  const validation = validateFacts(input);
  if (!validation.ok) return validation;
  return { ok: true, evaluation: evaluate(validation.facts) };
}

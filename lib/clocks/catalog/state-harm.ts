import type { TGate } from "@/lib/clocks/catalog/model";

/**
 * Harm tests that several state statutes word alike. Where the test is part of the statute's definition of a breach
 * (not an exception after an investigation), it needs a positive finding: `undetermined` while the risk is unknown.
 */

/** "Causes, or is reasonably believed to have caused or will cause, identity theft or other fraud" (OK, VA, WV, Guam). */
export const FRAUD_IN_DEFINITION: TGate = {
  kind: "harm", need: "risk", onUnknown: "undetermined", label: "identity theft or other fraud caused or reasonably believed",
};

/** "Illegal use has occurred or is reasonably likely to occur, or creates a material risk of harm" (NC, SC). */
export const ILLEGAL_USE_OR_MATERIAL_RISK: TGate = {
  kind: "harm", need: "risk", onUnknown: "undetermined", label: "illegal use occurred or reasonably likely, or a material risk of harm",
};

import type { TVerification } from "@/lib/clocks/types";

/** The verification levels of the catalog's reference (its legend), as the Rules page explains them. */
export const VERIFICATION_LEVELS: Record<TVerification, { label: string; meaning: string }> = {
  V: {
    label: "Verified",
    meaning: "The deadline, trigger and threshold were read in the statute or regulation text, or on the regulator's own page.",
  },
  S: {
    label: "Secondary source",
    meaning: "Checked against at least one reputable secondary source that quotes the primary text; the primary text itself was not read.",
  },
  U: { label: "Unverified", meaning: "Taken from memory or a single weak source: confirm it before relying on it." },
  P: { label: "Proposed", meaning: "Proposed or not yet in force: no live clock runs on it." },
};

export const VERIFICATION_ORDER: readonly TVerification[] = ["V", "S", "U", "P"];

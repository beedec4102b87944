import { jurisdictionProblem } from "@/lib/clocks/jurisdictions";
import type { TDeriveJurisdiction } from "@/lib/affected-people/person-row";

/**
 * Where a person lives, as a jurisdiction code: ISO country codes, and the state or province code for the United
 * States and Canada. Codes only: names and ZIP codes are read by the table-driven derivation.
 */
export const deriveJurisdiction: TDeriveJurisdiction = (place) => {
  const country = place.country?.trim().toUpperCase();
  if (!country) return { unresolved: "no country" };
  if (jurisdictionProblem(country) !== null) return { unresolved: `country “${place.country!.slice(0, 60)}” is not an ISO country code` };
  if (country !== "US" && country !== "CA") return { jurisdiction: country, rule: `country from ISO code “${country}”` };
  const state = place.stateOrProvince?.trim().toUpperCase();
  if (!state) return { unresolved: `no ${country === "US" ? "state" : "province"}` };
  const code = `${country}-${state}`;
  if (jurisdictionProblem(code) !== null) return { unresolved: `“${place.stateOrProvince!.slice(0, 60)}” is not a ${country === "US" ? "US state" : "Canadian province"} code` };
  return { jurisdiction: code, rule: `${country === "US" ? "state" : "province"} from code “${state}”` };
};

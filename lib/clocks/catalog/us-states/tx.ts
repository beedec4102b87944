import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, at, after, days, NONE, ACQUIRED, count, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** Texas: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-TX-521.053-IND", "US-TX-521.053-AG", "US-TX-521.053-CRA",
] as const;

/** Personal information under the Texas statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "health"], accountAlone: false, alone: [] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-TX-521.053-IND", version: V1, recipient: "Affected individuals", region: "US-TX", trigger: at("breachDetermined"), deadline: days(60), zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates(PI, [ACQUIRED]), citation: "Tex. Bus. & Com. Code §521.053(b)", url: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", verification: "S", rollForward: "TX", lawEnforcementDelay: true },
  { id: "US-TX-521.053-AG", version: V1, recipient: "Texas Attorney General", region: "US-TX", trigger: at("breachDetermined"), deadline: days(30), zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates(PI, [ACQUIRED, count(">=", 250)]), citation: "Tex. Bus. & Com. Code §521.053(i)", url: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", verification: "S", rollForward: "TX" },
  { id: "US-TX-521.053-CRA", version: V1, recipient: "Each nationwide consumer reporting agency", region: "US-TX", trigger: after("US-TX-521.053-IND"), deadline: NONE, zone: { kind: "fixed", zone: "America/Chicago" },
    gates: stateResidentGates(PI, [ACQUIRED, count(">", 10000)]), citation: "Tex. Bus. & Com. Code §521.053(h)", url: "https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm", verification: "S" },
];

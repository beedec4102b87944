import { ACQUIRED, after, at, businessDays, count, days, employees, NONE, PROCESSOR, stateResidentGates, V1, zone } from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** Tennessee: rows of the jurisdiction reference for US states. No Attorney General notice. */

export const RULE_IDS = [
  "US-TN-47-18-2107-IND", "US-TN-47-18-2107-CRA", "US-TN-47-18-2107-VND", "US-TN-56-2-1006-INS",
] as const;

/** Tenn. Code §47-18-2107(a)(3): name with SSN, driver's licence number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

const NASHVILLE = zone("America/Chicago");

const GLBA_HIPAA_NOTE = "Entities subject to GLBA Title V or HIPAA are exempt (2016/2017 amendments); not applied by the engine";

export const RULES: readonly TRule[] = [
  { id: "US-TN-47-18-2107-IND", version: V1, recipient: "Affected Tennessee residents", region: "US-TN", trigger: at("discovered"), deadline: days(45), zone: NASHVILLE,
    gates: stateResidentGates(PI, [ACQUIRED]), citation: "Tenn. Code §47-18-2107(b), (d)", verification: "S", lawEnforcementDelay: true,
    notes: [GLBA_HIPAA_NOTE, "After a law-enforcement delay, notice is due within 45 days after the agency determines it will not compromise the investigation"] },
  { id: "US-TN-47-18-2107-CRA", version: V1, recipient: "All nationwide consumer reporting agencies and credit bureaus", region: "US-TN", trigger: after("US-TN-47-18-2107-IND"),
    deadline: NONE, zone: NASHVILLE, gates: stateResidentGates(PI, [ACQUIRED, count(">", 1000)]), citation: "Tenn. Code §47-18-2107(f)", verification: "S",
    notes: [GLBA_HIPAA_NOTE] },
  { id: "US-TN-47-18-2107-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-TN", trigger: at("discovered"), deadline: days(45),
    zone: NASHVILLE, gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "Tenn. Code §47-18-2107(c)", verification: "S", lawEnforcementDelay: true,
    notes: [GLBA_HIPAA_NOTE] },
  { id: "US-TN-56-2-1006-INS", version: V1, recipient: "Tennessee Commissioner of Commerce and Insurance (online 'Report a Cyber Security Event')", region: "US-TN",
    trigger: at("cybersecurityIncidentDetermined"), deadline: businessDays(3, "US-TN"), zone: NASHVILLE,
    gates: [...naicInsuranceGates("Tennessee"), employees(">=", 25)], citation: "Tenn. Code §56-2-1006(a); §56-2-1009", verification: "V",
    uncertain: "Consumer comparator: the regulator says 'more than 250'; the statutory wording was not read. 250 or more (the NAIC model) is used",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE, "The Part does not apply to licensees with fewer than 25 employees, under $5 million gross annual revenue or under $10 million year-end assets; only the employee test is checked"] },
];

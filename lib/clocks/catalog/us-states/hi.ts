import { ACQUIRED, after, at, count, days, ENC, NONE, PD, pi, RESIDENTS, sector, V2, zone } from "@/lib/clocks/catalog/blocks";
import type { TGate, TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { CORE_PI, harmFinding, maintainerGates, ownerGates } from "@/lib/clocks/catalog/us-states/blocks";

/**
 * Hawaii: HRS chapter 487N (Act 135 of 2006, amended by Act 19 of 2008). In neither reference note: compiled from the
 * statute text (§487N-1, §487N-2(a)-(c) and §487N-4 read in statute copies; §487N-2(f) and (g) through secondary
 * sources), see lib/clocks/NOTES.md.
 */

export const RULE_IDS = [
  "US-HI-487N-2-IND", "US-HI-487N-2-OCP", "US-HI-487N-2-CRA", "US-HI-487N-2-VND", "US-HI-487N-4-LEG",
] as const;

/**
 * §487N-1 "personal information": first name or initial and last name with an SSN, a driver's licence or Hawaii ID
 * card number, or an "account number, credit or debit card number, access code, or password that would permit access
 * to an individual's financial account". The access words are read as qualifying every element (the core definition
 * with the code or password counting with the name); paper records count too, which the categories cannot tell apart.
 */
export const PI: TStatePi = { ...CORE_PI, withName: [...CORE_PI.withName, "financial_access_code"] };

const HONOLULU = zone("Pacific/Honolulu");

/**
 * §487N-1 "security breach": access to and acquisition of unencrypted or unredacted data "where illegal use of the
 * personal information has occurred, or is reasonably likely to occur and that creates a risk of harm to a person";
 * encrypted data taken with the key count. The harm test is in the definition, so it needs a finding.
 */
const ILLEGAL_USE_RISK: TGate = harmFinding("illegal use occurred or reasonably likely, creating a risk of harm to a person");

const DEEMED_COMPLIANT =
  "§487N-2(g) (read in summaries only): financial institutions subject to the federal interagency guidance and HIPAA covered entities are deemed compliant; not applied by the engine";

const MORE_THAN_1000_AT_ONE_TIME = count(">", 1000);

export const RULES: readonly TRule[] = [
  { id: "US-HI-487N-2-IND", version: V2, recipient: "Affected Hawaii residents", region: "US-HI", trigger: at("discovered"), deadline: NONE, zone: HONOLULU,
    gates: ownerGates(PI, [ACQUIRED, ILLEGAL_USE_RISK]), citation: "Haw. Rev. Stat. §487N-2(a), (c); §487N-1", verification: "V", lawEnforcementDelay: true,
    url: "https://www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0002.htm",
    notes: ["Without unreasonable delay after discovery or notification of the breach: no day count", DEEMED_COMPLIANT] },
  { id: "US-HI-487N-2-OCP", version: V2, recipient: "Hawaii Office of Consumer Protection (timing, content and distribution of the notice)", region: "US-HI",
    trigger: after("US-HI-487N-2-IND"), deadline: NONE, zone: HONOLULU,
    gates: ownerGates(PI, [ACQUIRED, ILLEGAL_USE_RISK, MORE_THAN_1000_AT_ONE_TIME]), citation: "Haw. Rev. Stat. §487N-2(f)", verification: "S",
    notes: ["More than 1,000 persons notified at one time; without unreasonable delay, no day count", DEEMED_COMPLIANT] },
  { id: "US-HI-487N-2-CRA", version: V2, recipient: "All nationwide consumer reporting agencies (timing, distribution and content of the notice)", region: "US-HI",
    trigger: after("US-HI-487N-2-IND"), deadline: NONE, zone: HONOLULU,
    gates: ownerGates(PI, [ACQUIRED, ILLEGAL_USE_RISK, MORE_THAN_1000_AT_ONE_TIME]), citation: "Haw. Rev. Stat. §487N-2(f)", verification: "S",
    notes: ["More than 1,000 persons notified at one time; in writing, without unreasonable delay"] },
  { id: "US-HI-487N-2-VND", version: V2, recipient: "Owner or licensee (notified by the maintainer)", region: "US-HI", trigger: at("discovered"), deadline: NONE, zone: HONOLULU,
    gates: maintainerGates(PI, [ACQUIRED, ILLEGAL_USE_RISK]), citation: "Haw. Rev. Stat. §487N-2(b), (c)", verification: "V", lawEnforcementDelay: true,
    url: "https://www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0002.htm",
    notes: ["'Immediately following discovery of the breach': no day count"] },
  // A government agency reports its own breaches to the legislature; only the sector says whether the organisation is one.
  { id: "US-HI-487N-4-LEG", version: V2, recipient: "Hawaii State Legislature (written report)", region: "US-HI", trigger: at("discovered"), deadline: days(20), zone: HONOLULU,
    gates: [sector("publicAgency", "a Hawaii government agency (a department, board, commission or other agency of the State or a county)"), PD, RESIDENTS, pi(PI), ENC,
      ACQUIRED, ILLEGAL_USE_RISK],
    citation: "Haw. Rev. Stat. §487N-4", verification: "V", lawEnforcementDelay: true,
    url: "https://www.capitol.hawaii.gov/hrscurrent/Vol11_Ch0476-0490/HRS0487N/HRS_0487N-0004.htm",
    notes: ["Twenty days after discovery of a breach at the agency; a law-enforcement delay moves it to twenty days after the agency is told notice no longer impedes the investigation"] },
];

import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { V1, NYC, at, after, hours, days, NONE, PROCESSOR, ACCESSED, misuse, count, flag, stateResidentGates } from "@/lib/clocks/catalog/blocks";

/** New York: rows of the jurisdiction reference. */

export const RULE_IDS = [
  "US-NY-899aa-IND", "US-NY-899aa-REG", "US-NY-899aa-DFS", "US-NY-899aa-CRA", "US-NY-899aa-VND", "US-NY-500.17-INC",
  "US-NY-500.17-EXT24", "US-NY-500.17-EXT30",
] as const;

/** Personal information under the New York statute, as data categories (see NOTES.md). */
export const PI = { withName: ["national_id_number", "government_id_document", "biometric", "health"], accountAlone: false, alone: ["online_credentials"] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-NY-899aa-IND", version: V1, recipient: "Affected New York residents", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("discovered"), deadline: days(30), zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies")]), citation: "N.Y. Gen. Bus. Law §899-aa(2)", url: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", verification: "S", lawEnforcementDelay: true },
  { id: "US-NY-899aa-REG", version: V1, recipient: "NY Attorney General, Department of State and State Police", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: after("US-NY-899aa-IND"), deadline: { kind: "sameAsUpstream" }, zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies")]), citation: "N.Y. Gen. Bus. Law §899-aa(8)(a)", url: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", verification: "S" },
  { id: "US-NY-899aa-DFS", version: V1, recipient: "NY Department of Financial Services", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("cybersecurityIncidentDetermined"), deadline: hours(72), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), ...stateResidentGates(PI, [ACCESSED, misuse("applies")])],
    citation: "N.Y. Gen. Bus. Law §899-aa (as amended by SB 804); 23 NYCRR 500.17", url: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", verification: "S" },
  { id: "US-NY-899aa-CRA", version: V1, recipient: "Consumer reporting agencies", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: after("US-NY-899aa-IND"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED, misuse("applies"), count(">", 5000)]), citation: "N.Y. Gen. Bus. Law §899-aa(8)(b)", url: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", verification: "S" },
  { id: "US-NY-899aa-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("discovered"), deadline: days(30), zone: NYC,
    gates: stateResidentGates(PI, [ACCESSED], PROCESSOR), citation: "N.Y. Gen. Bus. Law §899-aa(3)", url: "https://www.nysenate.gov/legislation/laws/GBS/899-AA", verification: "S", lawEnforcementDelay: true },
  { id: "US-NY-500.17-INC", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"],
    trigger: at("cybersecurityIncidentDetermined"), deadline: hours(72), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "classification", key: "cybersecurityIncident", moment: "cybersecurityIncidentDetermined", label: "cybersecurity incident under 500.1(g)" }],
    citation: "23 NYCRR 500.17(a)", url: "https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17", verification: "V" },
  { id: "US-NY-500.17-EXT24", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("ransomPaid"), deadline: hours(24), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "momentDeclared", moment: "ransomPaid", label: "no extortion payment declared" }],
    citation: "23 NYCRR 500.17(c)(1)", url: "https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17", verification: "S" },
  { id: "US-NY-500.17-EXT30", version: V1, recipient: "Superintendent, NYDFS", region: "US-NY", touchFlags: ["nydfsCoveredEntity"], trigger: at("ransomPaid"), deadline: days(30), zone: NYC,
    gates: [flag("nydfsCoveredEntity", "not a 23 NYCRR 500 covered entity"), { kind: "momentDeclared", moment: "ransomPaid", label: "no extortion payment declared" }],
    citation: "23 NYCRR 500.17(c)(2)", url: "https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17", verification: "S" },
];

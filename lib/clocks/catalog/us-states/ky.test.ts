import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ky";
import {
  AS_PROCESSOR, HIPAA_COVERED, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Kentucky: America/New_York (EDT -04:00 until Sun 7 Nov 2027 02:00, then EST -05:00).
const moments = {
  discovered: "2027-03-01T10:00:00-05:00", breachDetermined: "2027-11-05T09:00:00-04:00",
  cybersecurityIncidentDetermined: "2027-03-12T10:00:00-05:00",
};
const ky = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("KY", count, moments, combine(...patches));
const AGENCY = sectorsIn("KY", "publicAgency");
const insurer = (employees: number | null, ...patches: Record<string, unknown>[]) =>
  ky(10, sectorsIn("KY", "insurance"), { organisation: { employees } }, ...patches);

const cases: TStateCase[] = [
  // KRS 365.732: identity theft or fraud is part of the breach definition (a positive finding).
  { ruleId: "US-KY-365.732-IND", kind: "applies", name: "identity theft reasonably believed", facts: ky(10), expect: { applies: "yes", timeZone: "America/New_York" } },
  { ruleId: "US-KY-365.732-IND", kind: "no", name: "no identity theft or fraud believed", facts: ky(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-IND", kind: "no", name: "HIPAA covered entity excluded", facts: ky(10, HIPAA_COVERED), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-IND", kind: "no", name: "GLBA financial institution excluded", facts: ky(10, { organisation: { flags: { ftcFinancialInstitution: true } } }), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-IND", kind: "no", name: "public agency excluded (KRS 61.931-.934 apply)", facts: ky(10, AGENCY), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-IND", kind: "undetermined", name: "harm not assessed", facts: ky(10, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-365.732-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: ky(10), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-KY-365.732-CRA", kind: "applies", name: "1,001 persons", facts: ky(1001), expect: { applies: "yes" } },
  { ruleId: "US-KY-365.732-CRA", kind: "threshold", name: "1,000 does not trigger", facts: ky(1000), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-CRA", kind: "threshold", name: "1,001 triggers", facts: ky(1001), expect: { applies: "yes" } },
  { ruleId: "US-KY-365.732-CRA", kind: "no", name: "no identity theft believed", facts: ky(1001, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-CRA", kind: "undetermined", name: "count unknown", facts: ky(null), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-365.732-CRA", kind: "due", name: "without unreasonable delay", facts: ky(1001), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-KY-365.732-VND", kind: "applies", name: "processor", facts: ky(10, AS_PROCESSOR), expect: { applies: "yes" } },
  { ruleId: "US-KY-365.732-VND", kind: "no", name: "owner", facts: ky(10), expect: { applies: "no" } },
  { ruleId: "US-KY-365.732-VND", kind: "undetermined", name: "personal data not confirmed", facts: ky(10, AS_PROCESSOR, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-365.732-VND", kind: "due", name: "as soon as reasonably practicable: no fixed deadline", facts: ky(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline" } },
  // KRS 304.3-760: licensees with 50 or more employees (fewer than 50 are exempt, KRS 304.3-752); unit of "three days" U.
  { ruleId: "US-KY-304.3-760-INS", kind: "applies", name: "licensee with 50 employees", facts: insurer(50), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-KY-304.3-760-INS", kind: "threshold", name: "49 employees: exempt", facts: insurer(49), expect: { applies: "no" } },
  { ruleId: "US-KY-304.3-760-INS", kind: "threshold", name: "50 employees: not exempt", facts: insurer(50), expect: { applies: "yes" } },
  { ruleId: "US-KY-304.3-760-INS", kind: "no", name: "not a licensee", facts: ky(10), expect: { applies: "no" } },
  { ruleId: "US-KY-304.3-760-INS", kind: "undetermined", name: "employee count unknown", facts: insurer(null), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-304.3-760-INS", kind: "due", name: "Fri 12 Mar EST + 3 calendar days = Mon 15 Mar (EDT)", facts: insurer(50), expect: { due: "2027-03-15T23:59:59-04:00" } },
  // KRS 61.933(1)(a): public agencies, 72 hours (elapsed) from determination or notification.
  { ruleId: "US-KY-61.933-REG", kind: "applies", name: "public agency", facts: ky(10, AGENCY), expect: { applies: "yes" } },
  { ruleId: "US-KY-61.933-REG", kind: "no", name: "private business", facts: ky(10), expect: { applies: "no" } },
  { ruleId: "US-KY-61.933-REG", kind: "undetermined", name: "personal data not confirmed", facts: ky(10, AGENCY, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-61.933-REG", kind: "due", name: "Fri 5 Nov 09:00 EDT + 72 h = Mon 8 Nov 08:00 EST", facts: ky(10, AGENCY), expect: { due: "2027-11-08T08:00:00-05:00" } },
  { ruleId: "US-KY-61.933-REG", kind: "due", name: "notified by its third party on Wed 3 Nov 09:00 EDT, before its own determination: Sat 6 Nov 09:00 EDT",
    facts: ky(10, AGENCY, { moments: { vendorNoticeReceived: "2027-11-03T09:00:00-04:00" } }), expect: { due: "2027-11-06T09:00:00-04:00", trigger: { moment: "vendorNoticeReceived", at: "2027-11-03T09:00:00-04:00" } } },
  // KRS 61.932: the agency's nonaffiliated third party, 72 hours (the earlier of determination and discovery).
  { ruleId: "US-KY-61.932-VND", kind: "applies", name: "contractor of a public agency", facts: ky(10, sectorsIn("KY", "publicAgencyContractor")), expect: { applies: "yes" } },
  { ruleId: "US-KY-61.932-VND", kind: "no", name: "not a public-agency contractor", facts: ky(10), expect: { applies: "no" } },
  { ruleId: "US-KY-61.932-VND", kind: "undetermined", name: "personal data not confirmed", facts: ky(10, sectorsIn("KY", "publicAgencyContractor"), PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-61.932-VND", kind: "due", name: "discovered Thu 4 Nov 09:00 EDT + 72 h = Sun 7 Nov 08:00 EST",
    facts: stateFacts("KY", 10, { discovered: "2027-11-04T09:00:00-04:00", breachDetermined: "2027-11-05T09:00:00-04:00" }, sectorsIn("KY", "publicAgencyContractor")),
    expect: { due: "2027-11-07T08:00:00-05:00" } },
  // KRS 61.933: individuals, if misuse occurred or is likely (period U).
  { ruleId: "US-KY-61.933-IND", kind: "applies", name: "public agency, misuse likely", facts: ky(10, AGENCY), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-KY-61.933-IND", kind: "no", name: "misuse not likely", facts: ky(10, AGENCY, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-KY-61.933-IND", kind: "undetermined", name: "investigation not concluded", facts: ky(10, AGENCY, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-KY-61.933-IND", kind: "due", name: "period unverified: none shown, with an uncertain line", facts: ky(10, AGENCY),
    expect: { dueKind: "no_fixed_deadline", info: expect.arrayContaining([expect.objectContaining({ kind: "uncertain" })]) } },
];

describeStateRules("Kentucky catalog rows", RULES, cases);

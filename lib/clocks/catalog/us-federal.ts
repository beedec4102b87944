import type { TRule } from "@/lib/clocks/catalog/model";
import { V1, NYC, ORG, at, hours, days, PD, ACQUIRED, count, flag } from "@/lib/clocks/catalog/blocks";

/** US federal rows: SEC, HIPAA, FTC and the proposed CIRCIA rows. */

export const RULE_IDS = [
  "US-SEC-8K-105", "US-SEC-8K-105-AMD", "US-HIPAA-404", "US-HIPAA-406", "US-HIPAA-408-500", "US-HIPAA-408-LOG",
  "US-HIPAA-410", "US-FTC-314", "US-CIRCIA-INC", "US-CIRCIA-RANSOM", "US-CIRCIA-SUPP",
] as const;

export const RULES: readonly TRule[] = [
  { id: "US-SEC-8K-105", version: V1, recipient: "SEC (Form 8-K Item 1.05 on EDGAR)", region: "US", touchFlags: ["secRegistrant"],
    trigger: at("materialityDetermined"), deadline: { kind: "businessDays", days: 4, calendar: "US-federal", time: "17:30:00" }, zone: NYC,
    gates: [flag("secRegistrant", "not an Exchange Act registrant"), { kind: "classification", key: "material", moment: "materialityDetermined", label: "material cybersecurity incident" }],
    citation: "Form 8-K Item 1.05, General Instruction B.1; 17 CFR 232.13", url: "https://www.sec.gov/files/form8-k.pdf", verification: "V", lawEnforcementDelay: true },
  { id: "US-SEC-8K-105-AMD", version: V1, recipient: "SEC (Form 8-K/A)", region: "US", touchFlags: ["secRegistrant"],
    trigger: at("newInformationAvailable"), deadline: { kind: "businessDays", days: 4, calendar: "US-federal", time: "17:30:00" }, zone: NYC,
    gates: [flag("secRegistrant", "not an Exchange Act registrant"), { kind: "classification", key: "material", moment: "materialityDetermined", label: "material cybersecurity incident" }],
    citation: "Form 8-K Item 1.05 instruction 2", url: "https://www.sec.gov/files/form8-k.pdf", verification: "S" },
  { id: "US-HIPAA-404", version: V1, recipient: "Each affected individual", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }],
    citation: "45 CFR 164.404", url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", verification: "V", lawEnforcementDelay: true },
  { id: "US-HIPAA-406", version: V1, recipient: "Prominent media outlets serving the state", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count(">", 500, "anyState")],
    citation: "45 CFR 164.406", url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", verification: "V", lawEnforcementDelay: true },
  { id: "US-HIPAA-408-500", version: V1, recipient: "Secretary of HHS (OCR breach portal)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count(">=", 500, "all")],
    citation: "45 CFR 164.408(b)", url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", verification: "V", lawEnforcementDelay: true,
    constraint: "Due contemporaneously with the individual notice (US-HIPAA-404); the 60-day bound is the outer limit" },
  { id: "US-HIPAA-408-LOG", version: V1, recipient: "Secretary of HHS (annual log)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: { kind: "hipaaAnnualLog", days: 60 }, zone: ORG,
    gates: [{ kind: "hipaa", value: "covered_entity" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "low probability of compromise not shown" }, count("<", 500, "all")],
    citation: "45 CFR 164.408(c)", url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", verification: "V" },
  { id: "US-HIPAA-410", version: V1, recipient: "Covered entity (notified by the business associate)", region: "US", touchFlags: ["hipaa"], trigger: at("discovered"), deadline: days(60), zone: ORG,
    gates: [{ kind: "hipaa", value: "business_associate" }, { kind: "phi" }, PD, { kind: "encryption", label: "secured PHI" }],
    citation: "45 CFR 164.410", url: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D", verification: "V", lawEnforcementDelay: true },
  { id: "US-FTC-314", version: V1, recipient: "Federal Trade Commission", region: "US", touchFlags: ["ftcFinancialInstitution"], trigger: at("discovered"), deadline: days(30), zone: ORG,
    gates: [flag("ftcFinancialInstitution", "not a financial institution under FTC jurisdiction"), PD, { kind: "encryption", label: "unencrypted customer information" }, ACQUIRED, count(">=", 500, "all")],
    citation: "16 CFR 314.4(j)", url: "https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-314/section-314.4", verification: "S", lawEnforcementDelay: true },
  { id: "US-CIRCIA-INC", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(72), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", url: "https://regulations.justia.com/regulations/fedreg/2024/04/04/2024-06526.html", verification: "P" },
  { id: "US-CIRCIA-RANSOM", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(24), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", url: "https://regulations.justia.com/regulations/fedreg/2024/04/04/2024-06526.html", verification: "P" },
  { id: "US-CIRCIA-SUPP", version: V1, recipient: "CISA", region: "US", touchFlags: ["circiaCoveredEntity"], trigger: { kind: "none" }, deadline: hours(24), zone: ORG,
    gates: [{ kind: "proposed" }], citation: "CIRCIA NPRM, 89 FR 23644 (4 Apr 2024)", url: "https://regulations.justia.com/regulations/fedreg/2024/04/04/2024-06526.html", verification: "P" },
];

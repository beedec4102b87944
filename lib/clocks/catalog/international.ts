import type { TRule, TGate } from "@/lib/clocks/catalog/model";
import type { TCause, TDataCategory } from "@/lib/clocks/types";
import { V1, ORG, EUZ, at, after, hours, days, NONE, PD, CONTROLLER, PROCESSOR, ENC, HIGH, count, flag } from "@/lib/clocks/catalog/blocks";

/** Every row that is not a US one: EU, UK, Canada, Australia, Singapore, Brazil, India, Japan, Korea. */

export const RULE_IDS = [
  "EU-GDPR-33-SA", "EU-GDPR-33-PROC", "EU-GDPR-34-DS", "UK-GDPR-33-ICO", "UK-GDPR-34-DS", "UK-PECR-ICO",
  "EU-NIS2-23-EW", "EU-NIS2-23-NOT", "EU-NIS2-23-INT", "EU-NIS2-23-FIN", "EU-NIS2-23-RECIP", "EU-DORA-INIT",
  "EU-DORA-INTERIM", "EU-DORA-FINAL", "EU-DORA-CLIENT", "CA-PIPEDA-OPC", "CA-PIPEDA-IND", "CA-PIPEDA-ORG",
  "CA-PIPEDA-REC", "AU-NDB-ASSESS", "AU-NDB-OAIC", "AU-NDB-IND", "SG-PDPA-ASSESS", "SG-PDPA-PDPC", "SG-PDPA-IND",
  "BR-LGPD-ANPD", "BR-LGPD-TIT", "BR-LGPD-SUPP", "IN-DPDP-DP", "IN-DPDP-BOARD-1", "IN-DPDP-BOARD-72", "IN-CERTIN-6H",
  "JP-APPI-PRELIM", "JP-APPI-FINAL30", "JP-APPI-FINAL60", "JP-APPI-IND", "KR-PIPA-DS", "KR-PIPA-PIPC",
] as const;

const SENSITIVE_JP: TDataCategory[] = ["health", "special_category", "genetic", "biometric"];
const PROPERTY_JP: TDataCategory[] = ["financial_account", "financial_access_code", "online_credentials"];
const WRONGFUL: TCause[] = ["external_attack", "malicious_insider", "stolen_device"];
const BR_CATEGORIES: TDataCategory[] = [
  "health", "biometric", "genetic", "special_category", "children", "elderly", "financial_account", "financial_access_code",
  "financial_other", "online_credentials", "secrecy_protected",
];
const KR_SENSITIVE: TDataCategory[] = ["national_id_number", "health", "biometric", "genetic", "special_category"];

const JP_REPORTABLE_1_2_4: TGate = {
  kind: "anyOf",
  label: "APPI reportable situation (sensitive data, property damage or more than 1,000 people)",
  options: [
    [{ kind: "categories", any: SENSITIVE_JP, label: "sensitive (yō-hairyo) data" }],
    [{ kind: "categories", any: PROPERTY_JP, label: "data risking property damage" }],
    [count(">", 1000, "all")],
  ],
};
const JP_WRONGFUL: TGate = { kind: "cause", any: WRONGFUL, label: "possible wrongful purpose" };
const JP_ANY: TGate = { kind: "anyOf", label: "APPI reportable situation", options: [[JP_REPORTABLE_1_2_4], [JP_WRONGFUL]] };

const NIS2: TGate[] = [{ kind: "nis2Entity" }, { kind: "classification", key: "significant", label: "significant incident (art. 23(3))" }];
const DORA: TGate[] = [
  flag("doraFinancialEntity", "not a DORA financial entity"),
  { kind: "classification", key: "major", moment: "majorClassified", label: "major ICT-related incident" },
];
const BR_GATES: TGate[] = [
  CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "undetermined", label: "relevant risk or harm" },
  { kind: "anyOf", label: "sensitive, children's, elderly, financial, authentication or secret data, or large scale", options: [
    [{ kind: "categories", any: BR_CATEGORIES, label: "listed data category" }], [{ kind: "largeScale" }],
  ] },
];
const IN_DPDP: TGate = { kind: "commencement", from: "2027-05-13T00:00:00+05:30", text: "DPDP Rules 2025 r.7 in force from 13 May 2027" };

export const RULES: readonly TRule[] = [
  { id: "EU-GDPR-33-SA", version: V1, recipient: "Supervisory authority (lead SA for cross-border processing)", region: "EU", trigger: at("aware"), deadline: hours(72), zone: EUZ,
    gates: [CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk to rights and freedoms" }], citation: "GDPR art. 33(1)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", verification: "V" },
  { id: "EU-GDPR-33-PROC", version: V1, recipient: "Controller (notified by the processor)", region: "EU", trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [PROCESSOR, PD], citation: "GDPR art. 33(2)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", verification: "V" },
  { id: "EU-GDPR-34-DS", version: V1, recipient: "Data subjects", region: "EU", trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [CONTROLLER, PD, HIGH, { kind: "encryption", label: "art. 34(3)(a) data unintelligible" }, { kind: "notFact", field: "riskRemediated", reason: "art. 34(3)(b): high risk no longer likely" }],
    citation: "GDPR art. 34(1)-(3)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj", verification: "V", publicRecipientWhenDisproportionate: true },
  { id: "UK-GDPR-33-ICO", version: V1, recipient: "Information Commissioner's Office", region: "UK", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Europe/London" },
    gates: [CONTROLLER, PD, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk to rights and freedoms" }], citation: "UK GDPR art. 33", url: "https://cy.ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/accountability-framework/breach-response-and-monitoring/assessing-and-reporting-breaches/", verification: "V" },
  { id: "UK-GDPR-34-DS", version: V1, recipient: "Data subjects", region: "UK", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Europe/London" },
    gates: [CONTROLLER, PD, HIGH, { kind: "encryption", label: "art. 34(3)(a) data unintelligible" }, { kind: "notFact", field: "riskRemediated", reason: "art. 34(3)(b): high risk no longer likely" }],
    citation: "UK GDPR art. 34", url: "https://cy.ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/accountability-framework/breach-response-and-monitoring/assessing-and-reporting-breaches/", verification: "S", publicRecipientWhenDisproportionate: true },
  // PECR: 24 h before the DUA Act 2025 change, 72 h after; the commencement date is U in the catalog, so the
  // stricter version (24 h) runs, with an `uncertain` line (contract §4.1).
  { id: "UK-PECR-ICO", version: "2026-11-22.1-pre-DUA-24h", recipient: "Information Commissioner's Office (PECR providers)", region: "UK", touchFlags: ["pecrProvider"],
    trigger: at("aware"), deadline: hours(24), zone: { kind: "fixed", zone: "Europe/London" },
    gates: [flag("pecrProvider", "not a PECR provider"), PD], citation: "PECR reg. 5A, as amended by the Data (Use and Access) Act 2025", verification: "S",
    uncertain: "PECR moved from 24 h to 72 h under the DUA Act 2025 but its commencement date is not verified; the stricter 24 h runs until counsel confirms" },
  { id: "EU-NIS2-23-EW", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: hours(24), zone: EUZ, gates: NIS2, citation: "Directive (EU) 2022/2555 art. 23(4)(a)", url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", verification: "V" },
  { id: "EU-NIS2-23-NOT", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: hours(72), zone: EUZ, gates: NIS2, citation: "Directive (EU) 2022/2555 art. 23(4)(b)", url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", verification: "V" },
  { id: "EU-NIS2-23-INT", version: V1, recipient: "National CSIRT or competent authority (on request)", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("authorityRequest"), deadline: NONE, zone: EUZ,
    gates: [...NIS2, { kind: "momentDeclared", moment: "authorityRequest", label: "no status update requested" }], citation: "Directive (EU) 2022/2555 art. 23(4)(c)", url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", verification: "V" },
  { id: "EU-NIS2-23-FIN", version: V1, recipient: "National CSIRT or competent authority", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: after("EU-NIS2-23-NOT"), deadline: { kind: "months", months: 1, endOfDay: false }, zone: EUZ, gates: NIS2,
    citation: "Directive (EU) 2022/2555 art. 23(4)(d),(e)", url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", verification: "V", rollForward: "EU" },
  { id: "EU-NIS2-23-RECIP", version: V1, recipient: "Recipients of the entity's services", region: "EU", touchFlags: ["nis2Entity", "nis2TrustServiceProvider"],
    trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [...NIS2, { kind: "fact", field: "serviceRecipientsAffected", reason: "service provision to recipients not likely affected" }],
    citation: "Directive (EU) 2022/2555 art. 23(1)", url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", verification: "V" },
  { id: "EU-DORA-INIT", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: at("majorClassified"), deadline: { kind: "doraInitial" }, zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(a)", url: "http://data.europa.eu/eli/reg_del/2025/301/oj", verification: "V" },
  { id: "EU-DORA-INTERIM", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: after("EU-DORA-INIT"), deadline: hours(72), zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(b)", url: "http://data.europa.eu/eli/reg_del/2025/301/oj", verification: "V" },
  { id: "EU-DORA-FINAL", version: V1, recipient: "Competent authority under DORA art. 46", region: "EU", touchFlags: ["doraFinancialEntity"],
    trigger: after("EU-DORA-INTERIM", "latest"), deadline: { kind: "months", months: 1, endOfDay: false }, zone: EUZ, gates: DORA,
    citation: "Commission Delegated Regulation (EU) 2025/301 art. 5(1)(c)", url: "http://data.europa.eu/eli/reg_del/2025/301/oj", verification: "V", rollForward: "EU" },
  { id: "EU-DORA-CLIENT", version: V1, recipient: "Clients", region: "EU", touchFlags: ["doraFinancialEntity"], trigger: at("aware"), deadline: NONE, zone: EUZ,
    gates: [...DORA, { kind: "fact", field: "clientsFinancialInterestsAffected", reason: "clients' financial interests not affected" }],
    citation: "Regulation (EU) 2022/2554 art. 19(3)", verification: "U" },
  { id: "CA-PIPEDA-OPC", version: V1, recipient: "Office of the Privacy Commissioner of Canada", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.1(1),(2)", url: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", verification: "S" },
  { id: "CA-PIPEDA-IND", version: V1, recipient: "Affected individuals", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.1(3)-(6)", url: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", verification: "S" },
  { id: "CA-PIPEDA-ORG", version: V1, recipient: "Organisations or government institutions that can reduce the harm", region: "CA", trigger: at("breachDetermined"), deadline: NONE, zone: ORG,
    gates: [CONTROLLER, PD, HIGH], citation: "PIPEDA s.10.2", url: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", verification: "S" },
  { id: "CA-PIPEDA-REC", version: V1, recipient: "Internal record (to the OPC on request)", region: "CA", trigger: at("breachDetermined"), deadline: { kind: "months", months: 24, endOfDay: true }, zone: ORG,
    gates: [CONTROLLER, PD], citation: "PIPEDA s.10.3; SOR/2018-64 s.6", url: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/", verification: "S" },
  { id: "AU-NDB-ASSESS", version: V1, recipient: "Internal (assessment)", region: "AU", touchFlags: ["australianAppEntity"], trigger: at("suspected"), deadline: days(30), zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD], citation: "Privacy Act 1988 (Cth) s.26WH", url: "https://www.oaic.gov.au/privacy/notifiable-data-breaches", verification: "S" },
  { id: "AU-NDB-OAIC", version: V1, recipient: "Australian Information Commissioner", region: "AU", touchFlags: ["australianAppEntity"], trigger: at("breachDetermined"), deadline: NONE, zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD, HIGH, { kind: "notFact", field: "riskRemediated", reason: "remedial action prevents serious harm (s.26WF)" }],
    citation: "Privacy Act 1988 (Cth) s.26WK", url: "https://www.oaic.gov.au/privacy/notifiable-data-breaches", verification: "S" },
  { id: "AU-NDB-IND", version: V1, recipient: "Affected or at-risk individuals", region: "AU", touchFlags: ["australianAppEntity"], trigger: after("AU-NDB-OAIC"), deadline: NONE, zone: { kind: "fixed", zone: "Australia/Sydney" },
    gates: [flag("australianAppEntity", "not an APP entity"), PD, HIGH, { kind: "notFact", field: "riskRemediated", reason: "remedial action prevents serious harm (s.26WF)" }],
    citation: "Privacy Act 1988 (Cth) s.26WL", url: "https://www.oaic.gov.au/privacy/notifiable-data-breaches", verification: "S" },
  { id: "SG-PDPA-ASSESS", version: V1, recipient: "Internal (assessment)", region: "SG", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD], citation: "PDPA s.26C", verification: "S", internalTarget: { days: 30, text: "PDPC guidance: assessment within about 30 days of first awareness" } },
  { id: "SG-PDPA-PDPC", version: V1, recipient: "Personal Data Protection Commission", region: "SG", trigger: at("assessmentCompleted"), deadline: days(3), zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD, { kind: "notFact", field: "confinedWithinOrganisation", reason: "breach confined within the organisation" },
      { kind: "anyOf", label: "notifiable (significant harm, or 500 or more people)", options: [[{ kind: "harm", need: "high", onUnknown: "undetermined", label: "significant harm" }], [count(">=", 500, "all")]] }],
    citation: "PDPA s.26B, s.26D(1)", url: "https://laws.sg/legislation/act-2012-pdpa/section-26b", verification: "V" },
  { id: "SG-PDPA-IND", version: V1, recipient: "Each affected individual", region: "SG", trigger: after("SG-PDPA-PDPC"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Singapore" },
    gates: [PD, { kind: "notFact", field: "confinedWithinOrganisation", reason: "breach confined within the organisation" }, { kind: "harm", need: "high", onUnknown: "undetermined", label: "significant harm" }, ENC,
      { kind: "notFact", field: "riskRemediated", reason: "s.26D(5): significant harm made unlikely" }],
    citation: "PDPA s.26D(2),(5)", url: "https://laws.sg/legislation/act-2012-pdpa/section-26d", verification: "V" },
  { id: "BR-LGPD-ANPD", version: V1, recipient: "ANPD (electronic form)", region: "BR", trigger: at("aware"), deadline: { kind: "businessDays", days: 3, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "LGPD art. 48; Resolução CD/ANPD nº 15/2024 art. 6", verification: "S", doubledForSmallAgent: true },
  { id: "BR-LGPD-TIT", version: V1, recipient: "Affected data subjects", region: "BR", trigger: at("aware"), deadline: { kind: "businessDays", days: 3, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "LGPD art. 48; Resolução CD/ANPD nº 15/2024", verification: "S" },
  { id: "BR-LGPD-SUPP", version: V1, recipient: "ANPD (supplementary information)", region: "BR", trigger: after("BR-LGPD-ANPD"), deadline: { kind: "businessDays", days: 20, calendar: "BR", time: "23:59:59" }, zone: { kind: "fixed", zone: "America/Sao_Paulo" },
    gates: BR_GATES, citation: "Resolução CD/ANPD nº 15/2024", verification: "S" },
  { id: "IN-DPDP-DP", version: V1, recipient: "Each affected Data Principal", region: "IN", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(1)", verification: "P" },
  { id: "IN-DPDP-BOARD-1", version: V1, recipient: "Data Protection Board of India", region: "IN", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(2)(a)", verification: "P" },
  { id: "IN-DPDP-BOARD-72", version: V1, recipient: "Data Protection Board of India", region: "IN", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [IN_DPDP, PD], citation: "DPDP Rules 2025 r.7(2)(b)", verification: "P" },
  { id: "IN-CERTIN-6H", version: V1, recipient: "CERT-In", region: "IN", touchFlags: ["certInScope"], trigger: at("aware"), deadline: hours(6), zone: { kind: "fixed", zone: "Asia/Kolkata" },
    gates: [flag("certInScope", "not subject to the CERT-In Directions")], citation: "CERT-In Directions of 28 Apr 2022 under IT Act s.70B(6)", verification: "S" },
  { id: "JP-APPI-PRELIM", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_ANY], citation: "APPI art. 26; Enforcement Rules arts. 7, 8(1)", verification: "V",
    internalTarget: { days: 5, text: "PPC guideline: preliminary report within about 3–5 days of knowing", dayOfKnowingIsDayOne: true } },
  { id: "JP-APPI-FINAL30", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: { kind: "japanDays", days: 30 }, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_REPORTABLE_1_2_4], citation: "APPI Enforcement Rules art. 8(2)", verification: "V" },
  { id: "JP-APPI-FINAL60", version: V1, recipient: "Personal Information Protection Commission", region: "JP", trigger: at("aware"), deadline: { kind: "japanDays", days: 60 }, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_WRONGFUL], citation: "APPI Enforcement Rules art. 8(2)", verification: "V" },
  { id: "JP-APPI-IND", version: V1, recipient: "Affected individuals", region: "JP", trigger: at("aware"), deadline: NONE, zone: { kind: "fixed", zone: "Asia/Tokyo" },
    gates: [PD, { kind: "encryption", label: "high-level encryption" }, JP_ANY], citation: "APPI art. 26(2)", verification: "S" },
  { id: "KR-PIPA-DS", version: V1, recipient: "Affected data subjects", region: "KR", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Seoul" },
    gates: [PD, { kind: "compromise", any: ["loss", "acquisition", "disclosure"], label: "lost, stolen or leaked" }, { kind: "harm", need: "risk", onUnknown: "applies", label: "risk of harm" }],
    citation: "PIPA art. 34(1); Enforcement Decree", url: "https://prighter.com/resources/laws/korean-pipa/main/articles/article-34", verification: "S",
    uncertain: "The 2026 PIPA amendment (forgery, alteration, damage and a 'possibility' trigger) has an unverified commencement date" },
  { id: "KR-PIPA-PIPC", version: V1, recipient: "PIPC or KISA", region: "KR", trigger: at("aware"), deadline: hours(72), zone: { kind: "fixed", zone: "Asia/Seoul" },
    gates: [PD, { kind: "compromise", any: ["loss", "acquisition", "disclosure"], label: "lost, stolen or leaked" },
      { kind: "notFact", field: "riskRemediated", reason: "measures substantially reduced the risk (data retrieved or deleted)" },
      { kind: "anyOf", label: "1,000 or more people, sensitive or unique-identification data, or outside access", options: [
        [count(">=", 1000, "all")], [{ kind: "categories", any: KR_SENSITIVE, label: "sensitive or unique-identification data" }],
        [{ kind: "cause", any: ["external_attack"], label: "unauthorised outside access" }],
      ] }],
    citation: "PIPA art. 34(3); Enforcement Decree art. 40", url: "https://prighter.com/resources/laws/korean-pipa/main/articles/article-34", verification: "S" },
];

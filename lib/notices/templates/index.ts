import { obligationKind } from "@/lib/notices/obligation-kind";
import type { TNoticeTemplate, TTemplateElement } from "@/lib/notices/templates/types";
import { usStateResidentsTemplates } from "@/lib/notices/templates/us-state-residents";

/**
 * Notice templates per regime, as typed data. Each lists the elements its law requires (the completeness check reads
 * `required`) with the statute's own wording as guidance. Headings that the law prescribes verbatim (California's) are
 * kept verbatim.
 */

const contact = (guidance: string): TTemplateElement => ({ key: "contact", heading: "Contact", required: true, guidance, prefill: "contact" });

export const GDPR_33: TNoticeTemplate = {
  id: "gdpr-33",
  label: "GDPR art. 33 — notification to the supervisory authority",
  regime: "EU GDPR",
  citation: "Regulation (EU) 2016/679, art. 33(3)",
  kind: "regulator",
  ruleIds: ["EU-GDPR-33-SA", "EU-GDPR-33-PROC"],
  subject: "Personal data breach notification (GDPR art. 33)",
  elements: [
    { key: "what-happened", heading: "Description of the breach", required: true, guidance: "The nature of the breach, and when and how it was discovered.", prefill: "what-happened" },
    { key: "categories", heading: "(a) Categories and approximate number of data subjects and records", required: true, guidance: "Art. 33(3)(a): the categories and approximate number of data subjects concerned and the categories and approximate number of personal data records concerned.", prefill: "data-involved" },
    { key: "dpo", heading: "(b) Data protection officer or other contact point", required: true, guidance: "Art. 33(3)(b): the name and contact details of the DPO or other contact point where more information can be obtained.", prefill: "contact" },
    { key: "consequences", heading: "(c) Likely consequences", required: true, guidance: "Art. 33(3)(c): the likely consequences of the personal data breach.", prefill: "consequences" },
    { key: "measures", heading: "(d) Measures taken or proposed", required: true, guidance: "Art. 33(3)(d): measures taken or proposed to address the breach, including to mitigate its possible adverse effects.", prefill: "measures" },
    { key: "timeline", heading: "Key dates", required: false, guidance: "When the breach happened and when you became aware of it; explain any delay beyond 72 hours (art. 33(1)).", prefill: "dates" },
    { key: "findings", heading: "Technical details", required: false, guidance: "Optional: the detection findings behind this notice.", prefill: "findings" },
  ],
};

export const GDPR_34: TNoticeTemplate = {
  id: "gdpr-34",
  label: "GDPR art. 34 — communication to data subjects",
  regime: "EU GDPR",
  citation: "Regulation (EU) 2016/679, art. 34(2)",
  kind: "individuals",
  ruleIds: ["EU-GDPR-34-DS"],
  subject: "Important information about your personal data",
  elements: [
    { key: "what-happened", heading: "What happened", required: true, guidance: "Art. 34(2): describe in clear and plain language the nature of the breach.", prefill: "what-happened" },
    { key: "dpo", heading: "Who to contact", required: true, guidance: "Art. 34(2) with 33(3)(b): the DPO or other contact point.", prefill: "contact" },
    { key: "consequences", heading: "Likely consequences", required: true, guidance: "Art. 34(2) with 33(3)(c).", prefill: "consequences" },
    { key: "measures", heading: "What we are doing", required: true, guidance: "Art. 34(2) with 33(3)(d).", prefill: "measures" },
    { key: "what-you-can-do", heading: "What you can do", required: false, guidance: "Practical steps the person can take.", prefill: "what-you-can-do" },
  ],
};

export const UK_GDPR_33: TNoticeTemplate = {
  ...GDPR_33,
  id: "uk-gdpr-33",
  label: "UK GDPR art. 33 — notification to the ICO",
  regime: "UK GDPR",
  citation: "UK GDPR art. 33(3); Data Protection Act 2018",
  ruleIds: ["UK-GDPR-33-ICO", "UK-PECR-ICO"],
  subject: "Personal data breach report to the Information Commissioner's Office",
};

export const UK_GDPR_34: TNoticeTemplate = {
  ...GDPR_34,
  id: "uk-gdpr-34",
  label: "UK GDPR art. 34 — communication to data subjects",
  regime: "UK GDPR",
  citation: "UK GDPR art. 34(2)",
  ruleIds: ["UK-GDPR-34-DS"],
};

/** Cal. Civ. Code § 1798.82(d)(1): the title and these headings, verbatim. */
export const CALIFORNIA: TNoticeTemplate = {
  id: "california-1798-82",
  label: "California — Notice of Data Breach",
  regime: "California",
  citation: "Cal. Civ. Code § 1798.82(d)",
  kind: "individuals",
  ruleIds: ["US-CA-1798.82-IND", "US-CA-1798.82-AG"],
  subject: "Notice of Data Breach",
  elements: [
    { key: "what-happened", heading: "What Happened?", required: true, guidance: "§ 1798.82(d)(2)(C)–(E): the date, estimated date or date range of the breach, the date of the notice, and a general description of the incident.", prefill: "what-happened" },
    { key: "information-involved", heading: "What Information Was Involved?", required: true, guidance: "§ 1798.82(d)(2)(B): the types of personal information reasonably believed to have been acquired.", prefill: "data-involved" },
    { key: "what-we-are-doing", heading: "What We Are Doing.", required: true, guidance: "What the organisation is doing; whether notification was delayed by law enforcement (§ 1798.82(d)(2)(D)).", prefill: "measures" },
    { key: "what-you-can-do", heading: "What You Can Do.", required: true, guidance: "Steps the person can take; the toll-free numbers and addresses of the major credit reporting agencies if a Social Security, driver's license or ID card number was exposed (§ 1798.82(d)(2)(F)).", prefill: "what-you-can-do" },
    { key: "more-information", heading: "For More Information.", required: true, guidance: "§ 1798.82(d)(2)(A): the name and contact information of the reporting person or business.", prefill: "contact" },
  ],
};

export const HIPAA_404: TNoticeTemplate = {
  id: "hipaa-164-404",
  label: "HIPAA § 164.404 — notice to individuals",
  regime: "HIPAA",
  citation: "45 CFR § 164.404(c)",
  kind: "individuals",
  ruleIds: ["US-HIPAA-404"],
  subject: "Notice of a breach of your health information",
  elements: [
    { key: "what-happened", heading: "What happened", required: true, guidance: "§ 164.404(c)(1)(A): a brief description, including the date of the breach and the date of discovery, if known.", prefill: "what-happened" },
    { key: "information-involved", heading: "What information was involved", required: true, guidance: "§ 164.404(c)(1)(B): the types of unsecured PHI involved (name, SSN, date of birth, address, account number, diagnosis, disability code…).", prefill: "data-involved" },
    { key: "what-you-can-do", heading: "Steps you should take", required: true, guidance: "§ 164.404(c)(1)(C): steps individuals should take to protect themselves from potential harm.", prefill: "what-you-can-do" },
    { key: "what-we-are-doing", heading: "What we are doing", required: true, guidance: "§ 164.404(c)(1)(D): what the covered entity is doing to investigate, mitigate harm and protect against further breaches.", prefill: "measures" },
    { key: "contact", heading: "Contact procedures", required: true, guidance: "§ 164.404(c)(1)(E): a toll-free number, an e-mail address, website or postal address.", prefill: "contact" },
  ],
};

export const SEC_8K_105: TNoticeTemplate = {
  id: "sec-8k-1-05",
  label: "SEC Form 8-K Item 1.05 — material cybersecurity incident",
  regime: "US SEC",
  citation: "Form 8-K Item 1.05; 17 CFR § 229.106",
  kind: "sec_filing",
  ruleIds: ["US-SEC-8K-105", "US-SEC-8K-105-AMD"],
  subject: "Form 8-K, Item 1.05 Material Cybersecurity Incidents",
  elements: [
    { key: "nature-scope-timing", heading: "Nature, scope and timing of the incident", required: true, guidance: "Item 1.05(a): the material aspects of the nature, scope and timing of the incident.", prefill: "what-happened" },
    { key: "material-impact", heading: "Material impact or reasonably likely material impact", required: true, guidance: "Item 1.05(a): the material impact or reasonably likely material impact on the registrant, including its financial condition and results of operations.", prefill: "material-impact" },
    { key: "not-determined", heading: "Information not yet determined", required: false, guidance: "Instruction 2: state which required information is not determined or unavailable at the time of filing (then amend within four business days).", prefill: "none" },
  ],
};

export const NYDFS_500_17: TNoticeTemplate = {
  id: "nydfs-500-17",
  label: "NYDFS 23 NYCRR 500.17 — cybersecurity incident notice",
  regime: "New York DFS",
  citation: "23 NYCRR § 500.17(a)",
  kind: "regulator",
  ruleIds: ["US-NY-500.17-INC", "US-NY-500.17-EXT24", "US-NY-500.17-EXT30", "US-NY-899aa-DFS"],
  subject: "Cybersecurity incident notice (23 NYCRR 500.17)",
  elements: [
    { key: "what-happened", heading: "Description of the cybersecurity incident", required: true, guidance: "§ 500.17(a)(1): notice within 72 hours of determining a cybersecurity incident occurred.", prefill: "what-happened" },
    { key: "dates", heading: "Dates", required: true, guidance: "When the incident occurred and when it was determined to be reportable.", prefill: "dates" },
    { key: "information-involved", heading: "Information and systems affected", required: true, guidance: "§ 500.17(a)(2): any information requested by the superintendent about the incident.", prefill: "data-involved" },
    { key: "measures", heading: "Remediation", required: true, guidance: "Steps taken and planned; the covered entity updates this notice as material changes occur.", prefill: "measures" },
    contact("The CISO or other contact for the Department."),
  ],
};

export const GENERIC_REGULATOR: TNoticeTemplate = {
  id: "generic-regulator",
  label: "State attorney general / regulator (generic)",
  regime: "Generic",
  citation: "State breach statute (attorney general or regulator copy)",
  kind: "regulator",
  ruleIds: [],
  subject: "Notice of a security breach",
  elements: [
    { key: "what-happened", heading: "What happened", required: true, guidance: "A description of the breach, with its dates.", prefill: "what-happened" },
    { key: "people-affected", heading: "Residents affected", required: true, guidance: "The number of residents of the state affected.", prefill: "people-affected" },
    { key: "information-involved", heading: "Information involved", required: true, guidance: "The categories of personal information involved.", prefill: "data-involved" },
    { key: "measures", heading: "Steps taken", required: true, guidance: "What has been done and what is offered to the people affected.", prefill: "measures" },
    contact("The person the regulator may contact."),
  ],
};

/**
 * The notice to residents of a jurisdiction with no template of its own (most US states): the elements the state
 * statutes commonly require of a notice to individuals, in plain words. The approvals are still those of a notice to
 * individuals (its kind), and the obligation's rule is named on the notice.
 */
export const GENERIC_INDIVIDUALS: TNoticeTemplate = {
  id: "generic-individuals",
  label: "Notice to affected residents (generic)",
  regime: "Generic",
  citation: "State breach statute (notice to affected residents)",
  kind: "individuals",
  ruleIds: [],
  subject: "Notice of Data Breach",
  elements: [
    { key: "what-happened", heading: "What happened", required: true, guidance: "A general description of the breach, with the date or estimated date range, and the date of this notice.", prefill: "what-happened" },
    { key: "information-involved", heading: "What information was involved", required: true, guidance: "The types of personal information reasonably believed to have been acquired.", prefill: "data-involved" },
    { key: "what-we-are-doing", heading: "What we are doing", required: true, guidance: "What the organisation has done to contain the breach and protect the people affected; whether notice was delayed at law enforcement's request.", prefill: "measures" },
    { key: "what-you-can-do", heading: "What you can do", required: true, guidance: "Steps the person can take; the toll-free numbers and addresses of the major consumer reporting agencies and the FTC where the statute requires them.", prefill: "what-you-can-do" },
    { key: "more-information", heading: "For more information", required: true, guidance: "Who to contact at the organisation: a toll-free number, an address, a website.", prefill: "contact" },
  ],
};

export const NOTICE_TEMPLATES: readonly TNoticeTemplate[] = [
  GDPR_33, GDPR_34, UK_GDPR_33, UK_GDPR_34, CALIFORNIA, HIPAA_404, SEC_8K_105, NYDFS_500_17, GENERIC_REGULATOR, GENERIC_INDIVIDUALS,
  ...usStateResidentsTemplates(GENERIC_INDIVIDUALS),
];

export const TEMPLATE_IDS = NOTICE_TEMPLATES.map((t) => t.id) as [string, ...string[]];

export function findTemplate(id: string): TNoticeTemplate | undefined {
  return NOTICE_TEMPLATES.find((template) => template.id === id);
}

/**
 * The template a draft for an obligation starts from: the one naming the rule, else the generic one of the notice the
 * rule calls for (residents → the generic notice to residents; anything else → the generic regulator one).
 */
export function templateForRule(ruleId: string): TNoticeTemplate {
  const named = NOTICE_TEMPLATES.find((template) => template.ruleIds.includes(ruleId));
  if (named) return named;
  return obligationKind(ruleId) === "individuals" ? GENERIC_INDIVIDUALS : GENERIC_REGULATOR;
}

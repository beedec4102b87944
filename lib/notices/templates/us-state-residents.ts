import type { TNoticeTemplate, TTemplateElement } from "@/lib/notices/templates/types";

/**
 * The notice to a US state's residents, per state: the generic notice to residents (what happened, what information,
 * what we are doing, what you can do, for more information) plus what that state's statute adds to it, minus what it
 * forbids. Content lists are from the project's legal reference (jurisdiction-rules-us-states.md, "content highlights"), each
 * with its citation and how well it was verified (V: the statute or the regulator's page read; S: secondary sources).
 * A state whose statute prescribes no content (Alaska, Georgia, Texas…) keeps the generic notice. California has its
 * own template with the statute's prescribed headings (templates/index.ts).
 */

type TAddition =
  | "dates"
  | "telephone"
  | "consumer-agencies"
  | "ftc-and-ag"
  | "freeze-and-alerts"
  | "police-report"
  | "stay-vigilant"
  | "report-identity-theft"
  | "law-enforcement-delay"
  | "fcra-rights"
  | "remediation-services"
  | "credential-reset";

const ADDITIONS: Record<TAddition, Omit<TTemplateElement, "required">> = {
  dates: { key: "dates", heading: "When it happened", guidance: "The date, estimated date or date range of the breach (and, where the statute asks, the date it was discovered).", prefill: "dates" },
  telephone: { key: "telephone", heading: "Telephone number for help", guidance: "A telephone number (toll-free where the statute says so) the person can call for information and assistance.", prefill: "none", placeholder: "telephone number for information and assistance" },
  "consumer-agencies": {
    key: "consumer-agencies", heading: "Consumer reporting agencies", prefill: "none", placeholder: "toll-free numbers and addresses of Equifax, Experian and TransUnion",
    guidance: "The toll-free telephone numbers and addresses of the major consumer reporting agencies (Equifax, Experian, TransUnion).",
  },
  "ftc-and-ag": {
    key: "ftc-and-ag", heading: "The FTC and the Attorney General", prefill: "none", placeholder: "toll-free numbers, addresses and websites of the FTC and the state's Attorney General",
    guidance: "The toll-free numbers, addresses and websites of the Federal Trade Commission and the state's Attorney General, with a statement that information about preventing identity theft is available from them.",
  },
  "freeze-and-alerts": {
    key: "freeze-and-alerts", heading: "Fraud alerts and security freezes", prefill: "none", placeholder: "how to place a fraud alert or a security freeze, and that a freeze is free",
    guidance: "How to place a fraud alert or a security freeze with the consumer reporting agencies, the information needed to request one, and that a security freeze is free (federal law since 2018).",
  },
  "police-report": { key: "police-report", heading: "Police report", guidance: "The person's right to file and obtain a police report.", prefill: "none", placeholder: "the right to file and obtain a police report" },
  "stay-vigilant": {
    key: "stay-vigilant", heading: "Remain vigilant", prefill: "none", placeholder: "advice to remain vigilant: review account statements and free credit reports",
    guidance: "Advice to remain vigilant for fraud and identity theft by reviewing account statements and monitoring free credit reports.",
  },
  "report-identity-theft": {
    key: "report-identity-theft", heading: "Reporting identity theft", prefill: "none", placeholder: "advice to report suspected identity theft to local law enforcement or the Attorney General",
    guidance: "Advice to report suspected identity theft to local law enforcement or the Attorney General.",
  },
  "law-enforcement-delay": {
    key: "law-enforcement-delay", heading: "Law-enforcement delay", prefill: "none", placeholder: "whether this notice was delayed because of a law-enforcement investigation",
    guidance: "Whether this notice was delayed because of a law-enforcement investigation.",
  },
  "fcra-rights": {
    key: "fcra-rights", heading: "Your rights under the Fair Credit Reporting Act", prefill: "none", placeholder: "advice on rights under the federal Fair Credit Reporting Act",
    guidance: "Advice on the person's rights under the federal Fair Credit Reporting Act, and to review account statements and credit reports.",
  },
  "remediation-services": {
    key: "remediation-services", heading: "Remediation services", prefill: "none", placeholder: "remediation services offered, with toll-free numbers and websites of the agencies, providers and the Attorney General",
    guidance: "The remediation services offered, with the toll-free numbers and websites of the consumer reporting agencies, the remediation service providers and the Attorney General; how to request a security freeze and any fees.",
  },
  "credential-reset": {
    key: "credential-reset", heading: "Change your sign-in details", prefill: "none",
    guidance: "Where only a user name or e-mail address with a password or security question was involved: tell the person to change them, and the same ones on every account that uses them.",
  },
};

type TStateContent = {
  code: string;
  name: string;
  /** The individuals rule(s) of the clock catalog this notice meets. */
  ruleIds: readonly string[];
  citation: string;
  verification: "V" | "S";
  required: readonly TAddition[];
  optional?: readonly TAddition[];
  /** Generic elements the statute forbids in this notice (left out of the template). */
  omit?: readonly string[];
  /** The statute forbids stating how many residents were affected: the completeness check refuses a notice that does. */
  forbidsCount?: string;
  /** Said at the top of the draft. */
  caution?: string;
};

const STATES: readonly TStateContent[] = [
  { code: "US-AL", name: "Alabama", ruleIds: ["US-AL-8-38-5-IND"], citation: "Ala. Code §8-38-5", verification: "V", required: ["dates"] },
  {
    code: "US-IL", name: "Illinois", ruleIds: ["US-IL-530.10-IND"], citation: "815 ILCS 530/10(a)", verification: "V",
    required: ["consumer-agencies", "ftc-and-ag", "freeze-and-alerts"], optional: ["credential-reset"],
    forbidsCount: "must not state the number of Illinois residents affected (815 ILCS 530/10(a))",
    caution: "Illinois: the notice must not state how many Illinois residents were affected.",
  },
  { code: "US-IA", name: "Iowa", ruleIds: ["US-IA-715C.2-IND"], citation: "Iowa Code §715C.2", verification: "S", required: ["dates", "consumer-agencies", "report-identity-theft"] },
  {
    code: "US-MA", name: "Massachusetts", ruleIds: ["US-MA-93H-IND"], citation: "M.G.L. c. 93H §3(b), §3A", verification: "S",
    required: ["police-report", "freeze-and-alerts"], omit: ["what-happened", "what-we-are-doing"],
    forbidsCount: "must not state the number of Massachusetts residents affected (M.G.L. c. 93H §3(b))",
    caution:
      "Massachusetts: the notice to residents must not describe the nature of the breach nor state how many residents were affected (M.G.L. c. 93H §3(b)); those go to the Attorney General and OCABR only. Where Social Security numbers were involved, offer at least 18 months of free credit monitoring with how to enrol (§3A).",
  },
  { code: "US-MI", name: "Michigan", ruleIds: ["US-MI-445.72-IND"], citation: "MCL 445.72", verification: "S", required: ["telephone", "stay-vigilant"] },
  { code: "US-MO", name: "Missouri", ruleIds: ["US-MO-407.1500-IND"], citation: "RSMo §407.1500", verification: "S", required: ["consumer-agencies", "stay-vigilant"], optional: ["telephone"] },
  { code: "US-NH", name: "New Hampshire", ruleIds: ["US-NH-359-C-20-IND"], citation: "RSA 359-C:20", verification: "S", required: ["dates", "telephone"] },
  { code: "US-NM", name: "New Mexico", ruleIds: ["US-NM-57-12C-6-IND"], citation: "NMSA §57-12C-7", verification: "S", required: ["dates", "consumer-agencies", "stay-vigilant", "fcra-rights"] },
  { code: "US-NC", name: "North Carolina", ruleIds: ["US-NC-75-65-IND"], citation: "N.C.G.S. §75-65(d)", verification: "S", required: ["telephone", "stay-vigilant", "consumer-agencies", "ftc-and-ag"] },
  { code: "US-RI", name: "Rhode Island", ruleIds: ["US-RI-11-49.3-4-IND"], citation: "R.I. Gen. Laws §11-49.3-4(d)", verification: "S", required: ["dates", "remediation-services", "police-report", "freeze-and-alerts"] },
  { code: "US-VA", name: "Virginia", ruleIds: ["US-VA-18.2-186.6-IND"], citation: "Va. Code §18.2-186.6", verification: "S", required: ["telephone", "stay-vigilant"] },
  { code: "US-WV", name: "West Virginia", ruleIds: ["US-WV-46A-2A-102-IND"], citation: "W. Va. Code §46A-2A-102", verification: "S", required: ["telephone", "consumer-agencies", "freeze-and-alerts"] },
  { code: "US-WY", name: "Wyoming", ruleIds: ["US-WY-40-12-502-IND"], citation: "Wyo. Stat. §40-12-502", verification: "S", required: ["telephone", "dates", "stay-vigilant", "law-enforcement-delay"] },
  {
    code: "US-DC", name: "the District of Columbia", ruleIds: ["US-DC-28-3852-IND"], citation: "D.C. Code §28-3852(a-1)", verification: "S",
    required: ["telephone", "consumer-agencies", "freeze-and-alerts", "ftc-and-ag"], optional: ["credential-reset"],
  },
  { code: "US-PR", name: "Puerto Rico", ruleIds: ["US-PR-4052-IND"], citation: "10 L.P.R.A. §4052", verification: "S", required: ["telephone"] },
];

const FORBIDDEN_COUNT = /\b\d[\d,.\u00a0 ]*\s+(?:[A-Z][a-z]+\s+)?(?:people|persons|residents|individuals|customers|consumers|members|patients|employees)\b/i;

/** Whether a text states a number of people ("About 1,200 people in Massachusetts", "3 000 residents"). */
export function statesPeopleCount(text: string): boolean {
  return FORBIDDEN_COUNT.test(text);
}

function stateTemplate(state: TStateContent, generic: TNoticeTemplate): TNoticeTemplate {
  const omit = new Set(state.omit ?? []);
  const base = generic.elements
    .filter((e) => !omit.has(e.key))
    // Where the count is forbidden, the information element lists the categories only.
    .map((e) => (state.forbidsCount && e.prefill === "data-involved" ? { ...e, prefill: "data-categories" as const } : e));
  const added = [
    ...state.required.map((a) => ({ ...ADDITIONS[a], required: true })),
    ...(state.optional ?? []).map((a) => ({ ...ADDITIONS[a], required: false })),
  ];
  // The additions go before "For more information", which closes a letter.
  const closing = base.filter((e) => e.key === "more-information");
  return {
    id: `residents-${state.code.toLowerCase()}`,
    label: `Notice to ${state.name} residents`,
    regime: `US state: ${state.name}`,
    citation: `${state.citation} (${state.verification === "V" ? "statute read" : "secondary sources"})`,
    kind: "individuals",
    ruleIds: state.ruleIds,
    subject: generic.subject,
    elements: [...base.filter((e) => e.key !== "more-information"), ...added.filter((a) => !base.some((e) => e.key === a.key)), ...closing],
    ...(state.forbidsCount ? { forbidsPeopleCount: state.forbidsCount } : {}),
    ...(state.caution ? { caution: state.caution } : {}),
  };
}

/** One template per state whose statute says what the notice to its residents must (or must not) contain. */
export function usStateResidentsTemplates(generic: TNoticeTemplate): TNoticeTemplate[] {
  return STATES.map((state) => stateTemplate(state, generic));
}

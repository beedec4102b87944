import {
  ACQUIRED, after, at, businessDays, count, ENC, hours, NONE, NYC, PD, PROCESSOR, RESIDENTS, sector, stateResidentGates, V1,
} from "@/lib/clocks/catalog/blocks";
import type { TRule, TStatePi } from "@/lib/clocks/catalog/model";
import { FRAUD_IN_DEFINITION } from "@/lib/clocks/catalog/state-harm";
import { NAIC_GOVERNMENT_NOTICE_NOTE, naicInsuranceGates } from "@/lib/clocks/catalog/naic-insurance";

/** Virginia: rows of the jurisdiction reference for US states. */

export const RULE_IDS = [
  "US-VA-18.2-186.6-IND", "US-VA-18.2-186.6-AG", "US-VA-18.2-186.6-CRA", "US-VA-18.2-186.6-VND", "US-VA-18.2-186.6M-PAYROLL",
  "US-VA-38.2-625-INS", "US-VA-32.1-127.1-05-MED", "US-VA-2.2-5514-GOV",
] as const;

/** Va. Code §18.2-186.6(A): name with SSN, driver's licence or state ID, passport or military ID number, or account + code. */
export const PI = { withName: ["national_id_number", "government_id_document"], accountAlone: false, alone: [] } as const satisfies TStatePi;

export const RULES: readonly TRule[] = [
  { id: "US-VA-18.2-186.6-IND", version: V1, recipient: "Affected Virginia residents", region: "US-VA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION]), citation: "Va. Code §18.2-186.6(A)-(C)", verification: "S", lawEnforcementDelay: true },
  { id: "US-VA-18.2-186.6-AG", version: V1, recipient: "Office of the Attorney General (Computer Crime Section)", region: "US-VA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION]), citation: "Va. Code §18.2-186.6(B)", verification: "S", lawEnforcementDelay: true,
    uncertain: "Insurance licensees may report to the Commissioner of Insurance instead (HB 1334, 2020); whether they still owe this notice is unresolved, so both rows are shown" },
  { id: "US-VA-18.2-186.6-CRA", version: V1, recipient: "Office of the Attorney General and all nationwide consumer reporting agencies", region: "US-VA",
    trigger: after("US-VA-18.2-186.6-IND"), deadline: NONE, zone: NYC, gates: stateResidentGates(PI, [ACQUIRED, FRAUD_IN_DEFINITION, count(">", 1000)]),
    citation: "Va. Code §18.2-186.6(E)", verification: "S" },
  { id: "US-VA-18.2-186.6-VND", version: V1, recipient: "Owner or licensee (notified by the maintainer)", region: "US-VA", trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: stateResidentGates(PI, [ACQUIRED], PROCESSOR), citation: "Va. Code §18.2-186.6(D)", verification: "S", lawEnforcementDelay: true },
  // Employers (own employees) and payroll service providers, whatever their role; no name needed.
  { id: "US-VA-18.2-186.6M-PAYROLL", version: V1, recipient: "Office of the Attorney General (which informs the Department of Taxation)", region: "US-VA",
    trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: [PD, RESIDENTS, ENC, ACQUIRED,
      { kind: "categories", any: ["national_id_number"], label: "taxpayer identification number" },
      { kind: "categories", any: ["employment", "financial_other"], label: "income tax withheld (payroll records)" }, FRAUD_IN_DEFINITION],
    citation: "Va. Code §18.2-186.6(M)", verification: "S",
    notes: ["Employer's name and federal employer identification number; in force 1 Jul 2017"] },
  { id: "US-VA-38.2-625-INS", version: V1, recipient: "Commissioner of Insurance (SCC Bureau of Insurance; e-mail BOIDataSec@scc.virginia.gov)", region: "US-VA",
    trigger: at("cybersecurityIncidentDetermined"), deadline: businessDays(3, "US-VA"), zone: NYC, gates: naicInsuranceGates("Virginia"),
    citation: "Va. Code §38.2-625", verification: "V",
    notes: [NAIC_GOVERNMENT_NOTICE_NOTE, "Domestic-insurer limb: 'meets thresholds set by the Commission', read as a reasonable likelihood of material harm"] },
  { id: "US-VA-32.1-127.1-05-MED", version: V1, recipient: "Office of the Attorney General and affected residents (medical information)", region: "US-VA",
    trigger: at("discovered"), deadline: NONE, zone: NYC,
    gates: [sector("publicAgency", "a Virginia public body or an organisation supported wholly or principally by public funds"), PD, RESIDENTS, ENC, ACQUIRED,
      { kind: "categories", any: ["name"], label: "name" }, { kind: "categories", any: ["health"], label: "medical information" }],
    citation: "Va. Code §32.1-127.1:05", verification: "S", lawEnforcementDelay: true,
    uncertain: "Current scope (public bodies only, or widened) and whether the Commissioner of Health is also a recipient are unverified",
    notes: ["HIPAA/HITECH-covered entities are excluded (not applied by the engine)"] },
  { id: "US-VA-2.2-5514-GOV", version: V1, recipient: "Virginia Fusion Intelligence Center (Virginia State Police; reportcyber.virginia.gov)", region: "US-VA",
    trigger: at("discovered"), deadline: hours(24), zone: NYC, gates: [sector("publicAgency", "a Virginia public body")], citation: "Va. Code §2.2-5514(C)", verification: "V",
    notes: ["Incidents threatening the Commonwealth's data or exposing data protected by law, and others with potential for major disruption; no count threshold"] },
];

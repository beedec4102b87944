import { ACQUIRED, at, count, ENC, hours, NONE, NYC, PD, pi, PROCESSOR, RESIDENTS, sector } from "@/lib/clocks/catalog/blocks";
import type { TStatePi, TGate } from "@/lib/clocks/catalog/model";
import {
  harmFinding, NO_KEY_CLAUSE, ownerGates, stateRows,
} from "@/lib/clocks/catalog/us-states/blocks";

/**
 * Georgia (O.C.G.A. §§10-1-910 to -912; telephone records §46-5-214; Department of Banking and Finance rules;
 * HB 156 cyber-attack reporting, §38-3-22.2).
 */

export const RULE_IDS = [
  "US-GA-10-1-912-IND", "US-GA-10-1-912-CRA", "US-GA-10-1-912-VND", "US-GA-46-5-214-TEL", "US-GA-80-1-3-.04-DBF",
  "US-GA-80-1-3-.03-DBF", "US-GA-80-2-1-.06-DBF", "US-GA-80-12-4-.08-DBF", "US-GA-38-3-22.2-GEMA",
] as const;

/**
 * §10-1-911(6): an account number counts alone where usable without a code; "account passwords or PINs or other
 * access codes" are not limited to financial accounts, so online credentials count too; and each element counts
 * without a name if it is enough to attempt identity theft (read conservatively: always).
 */
export const PI: TStatePi = {
  withName: ["national_id_number", "government_id_document", "financial_access_code", "online_credentials"],
  accountAlone: true,
  alone: ["national_id_number", "government_id_document", "financial_access_code", "online_credentials"],
};

const NEW_YORK = NYC;

/** §10-1-912 binds only information brokers and government data collectors (§10-1-911(2),(3)). */
const BROKER_OR_DATA_COLLECTOR: TGate = {
  kind: "anyOf", label: "information broker or Georgia government data collector",
  options: [[sector("informationBroker", "an information broker")], [sector("publicAgency", "a Georgia state or local agency (data collector)")]],
};
const FOR_BROKER_OR_DATA_COLLECTOR: TGate = {
  kind: "anyOf", label: "maintainer of data for an information broker or a Georgia government data collector",
  options: [[sector("informationBrokerVendor", "maintains data for an information broker")], [sector("publicAgencyContractor", "maintains data for a Georgia agency")]],
};
const NOTIFICATION_INCIDENT: TGate = { kind: "momentDeclared", moment: "cybersecurityIncidentDetermined", label: "federal notification incident not determined" };

export const RULES = stateRows("GA", [
  { id: "US-GA-10-1-912-IND", recipient: "Affected Georgia residents", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [BROKER_OR_DATA_COLLECTOR, ...ownerGates(PI, [ACQUIRED])], citation: "O.C.G.A. §10-1-912(a),(c); §10-1-911", verification: "V", lawEnforcementDelay: true,
    uncertain: NO_KEY_CLAUSE },
  { id: "US-GA-10-1-912-CRA", recipient: "All nationwide consumer reporting agencies", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [BROKER_OR_DATA_COLLECTOR, ...ownerGates(PI, [ACQUIRED, count(">", 10000)])], citation: "O.C.G.A. §10-1-912(d)", verification: "V" },
  { id: "US-GA-10-1-912-VND", recipient: "The information broker or data collector", trigger: at("discovered"), deadline: hours(24), zone: NEW_YORK,
    gates: [FOR_BROKER_OR_DATA_COLLECTOR, PROCESSOR, PD, RESIDENTS, pi(PI), ENC, ACQUIRED], citation: "O.C.G.A. §10-1-912(b)", verification: "V" },
  { id: "US-GA-46-5-214-TEL", recipient: "Affected Georgia residents (telephone records)", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [sector("telecomCarrier", "a telecommunications company"), PD, RESIDENTS, { kind: "categories", any: ["other"], label: "telephone records" }, ACQUIRED,
      harmFinding("likelihood of quantifiable harm")],
    citation: "O.C.G.A. §46-5-214; §46-5-210", verification: "V", lawEnforcementDelay: true },
  { id: "US-GA-80-1-3-.04-DBF", recipient: "Georgia Department of Banking and Finance", trigger: at("cybersecurityIncidentDetermined"), deadline: NONE, zone: NEW_YORK,
    gates: [sector("stateBank", "a Georgia state-chartered bank or bank holding company"), NOTIFICATION_INCIDENT],
    citation: "Ga. Comp. R. & Regs. 80-1-3-.04", verification: "V",
    constraint: "A duplicate of the federal notification-incident notice (12 CFR 304 / 225: within 36 h of the determination), sent at the same time" },
  { id: "US-GA-80-1-3-.03-DBF", recipient: "Georgia Department of Banking and Finance", trigger: at("discovered"), deadline: NONE, zone: NEW_YORK,
    gates: [sector("stateBank", "a Georgia state-chartered bank or bank holding company"), PD, { kind: "compromise", any: ["access", "acquisition", "disclosure"], label: "accessed" }],
    citation: "Ga. Comp. R. & Regs. 80-1-3-.03", verification: "V",
    constraint: "Only where federal law requires disclosure of the unauthorized access to the federal regulator; a duplicate sent at the same time" },
  { id: "US-GA-80-2-1-.06-DBF", recipient: "Georgia Department of Banking and Finance", trigger: at("cybersecurityIncidentDetermined"), deadline: NONE, zone: NEW_YORK,
    gates: [sector("stateCreditUnion", "a Georgia state-chartered credit union"), NOTIFICATION_INCIDENT],
    citation: "Ga. Comp. R. & Regs. 80-2-1-.06", verification: "V",
    constraint: "A duplicate of the NCUA reportable-cyber-incident report (12 CFR 748: within 72 h of the determination), sent at the same time" },
  { id: "US-GA-80-12-4-.08-DBF", recipient: "Georgia Department of Banking and Finance", trigger: at("cybersecurityIncidentDetermined"), deadline: hours(36), zone: NEW_YORK,
    gates: [sector("merchantAcquirerBank", "a Georgia merchant acquirer limited purpose bank")], citation: "Ga. Comp. R. & Regs. 80-12-4-.08", verification: "V" },
  { id: "US-GA-38-3-22.2-GEMA", recipient: "Director, Georgia Emergency Management and Homeland Security Agency", trigger: at("discovered"), deadline: hours(1), zone: NEW_YORK,
    gates: [{ kind: "anyOf", label: "Georgia public agency, school district or utility", options: [[sector("publicAgency", "a Georgia public agency")], [sector("utility", "a Georgia utility")]] }],
    citation: "O.C.G.A. §38-3-22.2 (HB 156, 2021)", verification: "U",
    uncertain: "Deadline set by GEMA rules that were not read: GTA asks for severity 1 and 2 incidents within one hour, a GMA summary says 2 hours; the shorter is shown. Which incident types the director designated is not modelled" },
]);

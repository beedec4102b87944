import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/ga";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, combine, describeStateRules, sectorsIn,
  stateFacts, type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Georgia: America/New_York (EST -05:00 → EDT -04:00 on 14 Mar 2027; back on 7 Nov 2027).
const moments = { discovered: "2027-03-13T10:00:00-05:00", cybersecurityIncidentDetermined: "2027-11-06T20:00:00-04:00" };
const ga = (count: number | null, ...patches: Record<string, unknown>[]) => stateFacts("GA", count, moments, combine(...patches));
/** Only discovery declared: no determination of a notification incident yet. */
const gaDiscoveredOnly = (...patches: Record<string, unknown>[]) => stateFacts("GA", 10, { discovered: moments.discovered }, combine(...patches));
const BROKER = sectorsIn("GA", "informationBroker");
const BANK = sectorsIn("GA", "stateBank");
const CREDIT_UNION = sectorsIn("GA", "stateCreditUnion");
const TELEPHONE_RECORDS = { incident: { dataCategories: ["name", "other"] } };

const cases: TStateCase[] = [
  // §10-1-912(a): information brokers and government data collectors only; no harm exception.
  { ruleId: "US-GA-10-1-912-IND", kind: "applies", name: "information broker", facts: ga(10, BROKER), expect: { applies: "yes", timeZone: "America/New_York" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "applies", name: "no harm exception: risk none still notifies", facts: ga(10, BROKER, RISK_NONE), expect: { applies: "yes" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "applies", name: "a state agency is a data collector", facts: ga(10, sectorsIn("GA", "publicAgency")), expect: { applies: "yes" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "no", name: "an ordinary business is outside §10-1-912", facts: ga(10), expect: { applies: "no" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "no", name: "encrypted, key safe", facts: ga(10, BROKER, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "undetermined", name: "personal data not confirmed", facts: ga(10, BROKER, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-10-1-912-IND", kind: "due", name: "most expedient time: no fixed deadline", facts: ga(10, BROKER), expect: { dueKind: "no_fixed_deadline" } },
  // §10-1-912(d): CRAs above 10,000 Georgia residents.
  { ruleId: "US-GA-10-1-912-CRA", kind: "applies", name: "10,001 residents", facts: ga(10001, BROKER), expect: { applies: "yes" } },
  { ruleId: "US-GA-10-1-912-CRA", kind: "threshold", name: "10,000 does not trigger", facts: ga(10000, BROKER), expect: { applies: "no", reason: "10,000 is not more than 10,000" } },
  { ruleId: "US-GA-10-1-912-CRA", kind: "threshold", name: "10,001 triggers", facts: ga(10001, BROKER), expect: { applies: "yes" } },
  { ruleId: "US-GA-10-1-912-CRA", kind: "no", name: "not a broker or data collector", facts: ga(10001), expect: { applies: "no" } },
  { ruleId: "US-GA-10-1-912-CRA", kind: "undetermined", name: "count unknown", facts: ga(null, BROKER), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-10-1-912-CRA", kind: "due", name: "without unreasonable delay", facts: ga(10001, BROKER), expect: { dueKind: "no_fixed_deadline" } },
  // §10-1-912(b): the broker's maintainer within 24 hours (elapsed), across the spring clock change.
  { ruleId: "US-GA-10-1-912-VND", kind: "applies", name: "maintains data for an information broker", facts: ga(10, AS_PROCESSOR, sectorsIn("GA", "informationBrokerVendor")), expect: { applies: "yes" } },
  { ruleId: "US-GA-10-1-912-VND", kind: "no", name: "processor for an ordinary business", facts: ga(10, AS_PROCESSOR), expect: { applies: "no" } },
  { ruleId: "US-GA-10-1-912-VND", kind: "undetermined", name: "personal data not confirmed", facts: ga(10, AS_PROCESSOR, sectorsIn("GA", "publicAgencyContractor"), PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-10-1-912-VND", kind: "due", name: "Sat 13 Mar 10:00 EST + 24 h = Sun 14 Mar 11:00 EDT",
    facts: ga(10, AS_PROCESSOR, sectorsIn("GA", "informationBrokerVendor")), expect: { due: "2027-03-14T11:00:00-04:00" } },
  // §46-5-214: telephone records, quantifiable harm.
  { ruleId: "US-GA-46-5-214-TEL", kind: "applies", name: "carrier, call records taken", facts: ga(10, sectorsIn("GA", "telecomCarrier"), TELEPHONE_RECORDS), expect: { applies: "yes" } },
  { ruleId: "US-GA-46-5-214-TEL", kind: "no", name: "no quantifiable harm likely", facts: ga(10, sectorsIn("GA", "telecomCarrier"), TELEPHONE_RECORDS, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-GA-46-5-214-TEL", kind: "undetermined", name: "harm not assessed", facts: ga(10, sectorsIn("GA", "telecomCarrier"), TELEPHONE_RECORDS, RISK_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-46-5-214-TEL", kind: "due", name: "immediately: no fixed deadline", facts: ga(10, sectorsIn("GA", "telecomCarrier"), TELEPHONE_RECORDS), expect: { dueKind: "no_fixed_deadline" } },
  // Department of Banking and Finance duplicates.
  { ruleId: "US-GA-80-1-3-.04-DBF", kind: "applies", name: "state bank, notification incident determined", facts: ga(10, BANK), expect: { applies: "yes" } },
  { ruleId: "US-GA-80-1-3-.04-DBF", kind: "no", name: "not a state bank", facts: ga(10), expect: { applies: "no" } },
  { ruleId: "US-GA-80-1-3-.04-DBF", kind: "undetermined", name: "no notification incident determined", facts: gaDiscoveredOnly(BANK), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-80-1-3-.04-DBF", kind: "due", name: "simultaneously with the federal notice", facts: ga(10, BANK),
    expect: { dueKind: "no_fixed_deadline", info: [expect.objectContaining({ kind: "constraint" })] } },
  { ruleId: "US-GA-80-1-3-.03-DBF", kind: "applies", name: "state bank, customer information accessed", facts: ga(10, BANK), expect: { applies: "yes" } },
  { ruleId: "US-GA-80-1-3-.03-DBF", kind: "no", name: "data only unavailable", facts: ga(10, BANK, { incident: { compromise: ["unavailability"] } }), expect: { applies: "no" } },
  { ruleId: "US-GA-80-1-3-.03-DBF", kind: "undetermined", name: "personal data not confirmed", facts: ga(10, BANK, PERSONAL_DATA_UNKNOWN), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-80-1-3-.03-DBF", kind: "due", name: "simultaneously with the federal disclosure", facts: ga(10, BANK), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-GA-80-2-1-.06-DBF", kind: "applies", name: "state credit union, reportable incident", facts: ga(10, CREDIT_UNION), expect: { applies: "yes" } },
  { ruleId: "US-GA-80-2-1-.06-DBF", kind: "no", name: "a bank is not a credit union", facts: ga(10, BANK), expect: { applies: "no" } },
  { ruleId: "US-GA-80-2-1-.06-DBF", kind: "undetermined", name: "no reportable incident determined", facts: gaDiscoveredOnly(CREDIT_UNION), expect: { applies: "undetermined" } },
  { ruleId: "US-GA-80-2-1-.06-DBF", kind: "due", name: "simultaneously with the NCUA report", facts: ga(10, CREDIT_UNION), expect: { dueKind: "no_fixed_deadline" } },
  { ruleId: "US-GA-80-12-4-.08-DBF", kind: "applies", name: "merchant acquirer bank, no personal data needed", facts: ga(10, sectorsIn("GA", "merchantAcquirerBank"), PERSONAL_DATA_UNKNOWN), expect: { applies: "yes" } },
  { ruleId: "US-GA-80-12-4-.08-DBF", kind: "no", name: "not a merchant acquirer bank", facts: ga(10), expect: { applies: "no" } },
  { ruleId: "US-GA-80-12-4-.08-DBF", kind: "undetermined", name: "cannot be undetermined (organisation facts only): without the determination it awaits its trigger",
    facts: gaDiscoveredOnly(sectorsIn("GA", "merchantAcquirerBank")), expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-GA-80-12-4-.08-DBF", kind: "due", name: "Sat 6 Nov 20:00 EDT + 36 h = Mon 8 Nov 07:00 EST (clocks back on 7 Nov)",
    facts: ga(10, sectorsIn("GA", "merchantAcquirerBank")), expect: { due: "2027-11-08T07:00:00-05:00" } },
  // §38-3-22.2: public agencies and utilities to GEMA (deadline U: the shorter one hour is shown).
  { ruleId: "US-GA-38-3-22.2-GEMA", kind: "applies", name: "utility", facts: ga(10, sectorsIn("GA", "utility")), expect: { applies: "yes", verification: "U" } },
  { ruleId: "US-GA-38-3-22.2-GEMA", kind: "no", name: "private business", facts: ga(10), expect: { applies: "no" } },
  { ruleId: "US-GA-38-3-22.2-GEMA", kind: "undetermined", name: "cannot be undetermined (organisation facts only): without discovery it awaits its trigger",
    facts: stateFacts("GA", 10, { cybersecurityIncidentDetermined: moments.cybersecurityIncidentDetermined }, sectorsIn("GA", "publicAgency")), expect: { applies: "yes", dueKind: "awaiting_trigger" } },
  { ruleId: "US-GA-38-3-22.2-GEMA", kind: "due", name: "Sun 14 Mar 01:30 EST + 1 h = 03:30 EDT (02:00 skipped)",
    facts: stateFacts("GA", 10, { discovered: "2027-03-14T01:30:00-05:00" }, sectorsIn("GA", "publicAgency")), expect: { due: "2027-03-14T03:30:00-04:00" } },
];

describeStateRules("Georgia catalog rows", RULES, cases);

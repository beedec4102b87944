import { describe } from "vitest";
import {
  AS_PROCESSOR, KEY_UNKNOWN, categories, combine, inJurisdiction, itRows, riskLevel, sent,
} from "@/lib/clocks/test-support/state-rows";

// D.C. Code §§28-3851, 28-3852, 28-3852.02 (America/New_York).
const dc = (count: number | null, ...patches: Record<string, unknown>[]) =>
  inJurisdiction("US-DC", count, combine({ moments: { discovered: "2027-10-20T10:00:00-04:00" } }, ...patches));
// Sent on 8 Nov 2027 at 14:00 UTC, after the autumn change: 09:00 EST.
const LETTERS = sent("US-DC-28-3852-IND", "2027-11-08T14:00:00Z");

describe("District of Columbia", () => {
  itRows([
    { name: "IND applies: no day count", rule: "US-DC-28-3852-IND", facts: dc(10), expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "V" } },
    { name: "IND applies to credentials alone (e-mail account)", rule: "US-DC-28-3852-IND", facts: dc(10, categories("online_credentials")), expect: { applies: "yes" } },
    { name: "IND applies to a name with genetic data", rule: "US-DC-28-3852-IND", facts: dc(10, categories("name", "genetic")), expect: { applies: "yes" } },
    { name: "IND does not apply: no-harm determination after consulting the OAG", rule: "US-DC-28-3852-IND", facts: dc(10, riskLevel("none")), expect: { applies: "no" } },
    { name: "IND applies while harm is not assessed (notice is the default)", rule: "US-DC-28-3852-IND", facts: dc(10, riskLevel("unknown")), expect: { applies: "yes" } },
    { name: "IND undetermined: key compromise not known", rule: "US-DC-28-3852-IND", facts: dc(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "AG: 50 residents, no later than the resident notice (09:00 EST)", rule: "US-DC-28-3852-AG", facts: dc(50, LETTERS),
      expect: { applies: "yes", dueKind: "fixed", due: "2027-11-08T09:00:00-05:00" } },
    { name: "AG: 49 are fewer than 50", rule: "US-DC-28-3852-AG", facts: dc(49, LETTERS), expect: { applies: "no", reason: "49 is not at least 50" } },
    { name: "AG undetermined: count not known, still due with the resident notice", rule: "US-DC-28-3852-AG", facts: dc(null, LETTERS),
      expect: { applies: "undetermined", due: "2027-11-08T09:00:00-05:00" } },
    { name: "CRA: more than 1,000 (1,001)", rule: "US-DC-28-3852-CRA", facts: dc(1001, LETTERS), expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "CRA: 1,000 is not more than 1,000", rule: "US-DC-28-3852-CRA", facts: dc(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
    { name: "CRA undetermined: count not known", rule: "US-DC-28-3852-CRA", facts: dc(null), expect: { applies: "undetermined" } },
    { name: "VND: the maintainer notifies the owner in the most expedient time", rule: "US-DC-28-3852-VND", facts: dc(10, AS_PROCESSOR),
      expect: { applies: "yes", dueKind: "no_fixed_deadline" } },
    { name: "VND does not apply to the owner", rule: "US-DC-28-3852-VND", facts: dc(10), expect: { applies: "no" } },
    { name: "VND undetermined: key compromise not known", rule: "US-DC-28-3852-VND", facts: dc(10, AS_PROCESSOR, KEY_UNKNOWN), expect: { applies: "undetermined" } },
    { name: "CM: an SSN breach needs 18 months of identity-theft protection, offered with the notice", rule: "US-DC-28-3852.02-CM", facts: dc(10, LETTERS),
      expect: { applies: "yes", due: "2027-11-08T09:00:00-05:00" } },
    { name: "CM does not apply without an SSN or TIN", rule: "US-DC-28-3852.02-CM", facts: dc(10, categories("name", "financial_account")), expect: { applies: "no" } },
    { name: "CM undetermined: key compromise not known", rule: "US-DC-28-3852.02-CM", facts: dc(10, KEY_UNKNOWN), expect: { applies: "undetermined" } },
  ]);
});

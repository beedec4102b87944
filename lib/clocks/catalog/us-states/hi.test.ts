import { expect } from "vitest";
import { RULES } from "@/lib/clocks/catalog/us-states/hi";
import {
  AS_PROCESSOR, ENCRYPTED_KEY_SAFE, combine, describeStateRules, PERSONAL_DATA_UNKNOWN, RISK_NONE, RISK_UNKNOWN, sectorsIn, stateFacts,
  type TStateCase,
} from "@/lib/clocks/test-support/state-cases";

// Hawaii: HRS ch. 487N, Pacific/Honolulu (UTC-10:00 all year, no daylight saving time).
const discovered = { discovered: "2027-03-01T10:00:00-10:00" };
const hi = (count: number | null, patch: Record<string, unknown> = {}) => stateFacts("HI", count, discovered, patch);
const notified = (sentAt: string) => ({ notices: [{ ruleId: "US-HI-487N-2-IND", sentAt }] });
const AGENCY = sectorsIn("HI", "publicAgency");
const categories = (...list: string[]) => ({ incident: { dataCategories: list } });

const cases: TStateCase[] = [
  // §487N-2(a): residents, without unreasonable delay; §487N-1: the breach needs illegal use creating a risk of harm.
  { ruleId: "US-HI-487N-2-IND", kind: "applies", name: "name with SSN acquired, illegal use reasonably likely", facts: hi(10),
    expect: { applies: "yes", timeZone: "Pacific/Honolulu", verification: "V" } },
  { ruleId: "US-HI-487N-2-IND", kind: "applies", name: "name with a password that opens a financial account", facts: hi(10, categories("name", "financial_access_code")),
    expect: { applies: "yes" } },
  { ruleId: "US-HI-487N-2-IND", kind: "no", name: "no illegal use and no risk of harm (part of the definition)", facts: hi(10, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-IND", kind: "no", name: "encrypted, the key not taken", facts: hi(10, ENCRYPTED_KEY_SAFE), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-IND", kind: "no", name: "a name with contact details is no personal information", facts: hi(10, categories("name", "contact_details")),
    expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-IND", kind: "undetermined", name: "risk of harm not assessed", facts: hi(10, RISK_UNKNOWN),
    expect: { applies: "undetermined", reason: expect.stringContaining("/incident/riskLevel") } },
  { ruleId: "US-HI-487N-2-IND", kind: "due", name: "without unreasonable delay: no day count", facts: hi(10), expect: { dueKind: "no_fixed_deadline", due: null } },
  // §487N-2(f): more than 1,000 persons notified at one time: the Office of Consumer Protection and the CRAs.
  { ruleId: "US-HI-487N-2-OCP", kind: "applies", name: "1,001 residents (no day count, with or after the resident notice)", facts: hi(1001),
    expect: { applies: "yes", dueKind: "no_fixed_deadline", verification: "S" } },
  { ruleId: "US-HI-487N-2-OCP", kind: "threshold", name: "1,000 is not more than 1,000", facts: hi(1000), expect: { applies: "no", reason: "1,000 is not more than 1,000" } },
  { ruleId: "US-HI-487N-2-OCP", kind: "threshold", name: "1,001 is more than 1,000", facts: hi(1001), expect: { applies: "yes" } },
  { ruleId: "US-HI-487N-2-OCP", kind: "no", name: "a maintainer does not notify the Office", facts: hi(1001, AS_PROCESSOR), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-OCP", kind: "undetermined", name: "number of residents not known", facts: hi(null), expect: { applies: "undetermined" } },
  { ruleId: "US-HI-487N-2-OCP", kind: "due", name: "once the residents are notified: no day count", facts: hi(1001, notified("2027-03-20T20:00:00Z")),
    expect: { dueKind: "no_fixed_deadline", trigger: { moment: "notice", ruleId: "US-HI-487N-2-IND", at: "2027-03-20T20:00:00Z" } } },
  { ruleId: "US-HI-487N-2-CRA", kind: "applies", name: "1,001 residents", facts: hi(1001), expect: { applies: "yes", verification: "S" } },
  { ruleId: "US-HI-487N-2-CRA", kind: "threshold", name: "1,000 does not trigger", facts: hi(1000), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-CRA", kind: "threshold", name: "1,001 triggers", facts: hi(1001), expect: { applies: "yes" } },
  { ruleId: "US-HI-487N-2-CRA", kind: "no", name: "no risk of harm: no breach, no notice", facts: hi(5000, RISK_NONE), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-CRA", kind: "undetermined", name: "number of residents not known", facts: hi(null), expect: { applies: "undetermined" } },
  { ruleId: "US-HI-487N-2-CRA", kind: "due", name: "in writing without unreasonable delay: no day count", facts: hi(1001, notified("2027-03-20T20:00:00Z")),
    expect: { dueKind: "no_fixed_deadline", due: null } },
  // §487N-2(b): the maintainer notifies the owner immediately following discovery.
  { ruleId: "US-HI-487N-2-VND", kind: "applies", name: "a maintainer of Hawaii residents' data", facts: hi(10, AS_PROCESSOR), expect: { applies: "yes", verification: "V" } },
  { ruleId: "US-HI-487N-2-VND", kind: "no", name: "the owner does not notify itself", facts: hi(10), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-2-VND", kind: "undetermined", name: "personal data not confirmed", facts: hi(10, combine(AS_PROCESSOR, PERSONAL_DATA_UNKNOWN)),
    expect: { applies: "undetermined" } },
  { ruleId: "US-HI-487N-2-VND", kind: "due", name: "'immediately': no day count", facts: hi(10, AS_PROCESSOR), expect: { dueKind: "no_fixed_deadline", due: null } },
  // §487N-4: a government agency reports to the legislature within twenty days after discovery.
  { ruleId: "US-HI-487N-4-LEG", kind: "applies", name: "a Hawaii government agency", facts: hi(10, AGENCY), expect: { applies: "yes", verification: "V" } },
  { ruleId: "US-HI-487N-4-LEG", kind: "no", name: "a business is no government agency", facts: hi(10), expect: { applies: "no", reason: expect.stringContaining("government agency") } },
  { ruleId: "US-HI-487N-4-LEG", kind: "no", name: "an agency of another state", facts: hi(10, sectorsIn("CA", "publicAgency")), expect: { applies: "no" } },
  { ruleId: "US-HI-487N-4-LEG", kind: "undetermined", name: "risk of harm not assessed", facts: hi(10, combine(AGENCY, RISK_UNKNOWN)), expect: { applies: "undetermined" } },
  { ruleId: "US-HI-487N-4-LEG", kind: "due", name: "discovered 1 Mar 2027 10:00: twenty days, 21 Mar 23:59:59 Honolulu time", facts: hi(10, AGENCY),
    expect: { dueKind: "fixed", due: "2027-03-21T23:59:59-10:00", dueUtc: "2027-03-22T09:59:59Z" } },
];

describeStateRules("Hawaii catalog rows", RULES, cases);

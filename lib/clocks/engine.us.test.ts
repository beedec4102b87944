import { describe, expect, it } from "vitest";
import { has, row, run } from "@/lib/clocks/test-support/facts";

const us = (state: string, count: number | null, extra: Record<string, unknown> = {}) => ({
  organisation: { timeZone: "America/New_York", establishments: ["US-NY"] },
  affected: [{ jurisdiction: state, count }],
  ...extra,
});
const moments = { discovered: "2027-04-08T13:00:00-05:00", breachDetermined: "2027-04-08T13:00:00-05:00", aware: "2027-04-08T13:00:00-05:00" };

describe("SEC Form 8-K Item 1.05 (K3)", () => {
  const sec = (m: Record<string, string>, incident: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "America/Los_Angeles", establishments: ["US-CA"], flags: { secRegistrant: true } },
    incident: { classification: { material: "yes" }, ...incident },
    moments: m,
  });

  it("contract example C: 4 business days over Memorial Day, due at the 17:30 New York cut-off", () => {
    expect(row(sec({ materialityDetermined: "2027-05-27T15:00:00-04:00" }), "US-SEC-8K-105")).toMatchObject({
      applies: "yes", due: "2027-06-03T17:30:00-04:00", timeZone: "America/New_York",
    });
  });

  it("day 0 is the New York date, not the UTC date", () => {
    expect(row(sec({ materialityDetermined: "2027-05-27T23:30:00-04:00" }), "US-SEC-8K-105").due).toBe("2027-06-03T17:30:00-04:00");
  });

  it("a Saturday determination: the first business day after it is day 1", () => {
    expect(row(sec({ materialityDetermined: "2027-06-05T10:00:00-04:00" }), "US-SEC-8K-105").due).toBe("2027-06-10T17:30:00-04:00");
  });

  it("across the year end and the observed New Year holiday of Fri 31 Dec 2027", () => {
    expect(row(sec({ materialityDetermined: "2027-12-29T10:00:00-05:00" }), "US-SEC-8K-105").due).toBe("2028-01-05T17:30:00-05:00");
  });

  it("8-K/A runs 4 business days from the new information; not material means no row; unknown awaits", () => {
    expect(row(sec({ materialityDetermined: "2027-05-27T15:00:00-04:00", newInformationAvailable: "2027-06-11T09:00:00-04:00" }), "US-SEC-8K-105-AMD").due).toBe("2027-06-17T17:30:00-04:00");
    expect(row(sec({}, { classification: { material: "no" } }), "US-SEC-8K-105").applies).toBe("no");
    expect(row(sec({}, { classification: {} }), "US-SEC-8K-105")).toMatchObject({ applies: "undetermined", dueKind: "awaiting_trigger", status: "awaiting_trigger" });
  });

  it("an Attorney General delay never moves the due instant; it becomes a delay line", () => {
    const r = row(sec({ materialityDetermined: "2027-05-27T15:00:00-04:00" }, { lawEnforcementDelay: { requestedAt: "2027-05-28T10:00:00-04:00", until: "2027-06-27T10:00:00-04:00", written: true } }), "US-SEC-8K-105");
    expect(r.due).toBe("2027-06-03T17:30:00-04:00");
    expect(r.info).toContainEqual(expect.objectContaining({ kind: "delay", at: "2027-06-27T10:00:00-04:00" }));
  });
});

describe("HIPAA and FTC", () => {
  const hipaa = (affected: { jurisdiction: string; count: number | null }[], extra: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "America/New_York", establishments: ["US-NY"], flags: { hipaa: "covered_entity" } },
    incident: { phi: true, dataCategories: ["name", "health"], riskLevel: "unknown" },
    affected,
    moments: { discovered: "2027-02-20T10:00:00-05:00" },
    ...extra,
  });

  it("US-HIPAA-404: 60 calendar days from discovery, ending 23:59:59 in the organisation's zone (after the DST change)", () => {
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 10 }]), "US-HIPAA-404")).toMatchObject({ applies: "yes", due: "2027-04-21T23:59:59-04:00", timeZone: "America/New_York" });
  });

  it("US-HIPAA-406 media: more than 500 residents of one state (500 does not count)", () => {
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 500 }, { jurisdiction: "US-NY", count: 400 }]), "US-HIPAA-406").applies).toBe("no");
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 501 }]), "US-HIPAA-406").applies).toBe("yes");
  });

  it("US-HIPAA-408-500: 500 or more in all, due with the individual notice (60-day outer bound and a constraint line)", () => {
    const r = row(hipaa([{ jurisdiction: "US-CA", count: 300 }, { jurisdiction: "US-NY", count: 200 }]), "US-HIPAA-408-500");
    expect(r).toMatchObject({ applies: "yes", due: "2027-04-21T23:59:59-04:00" });
    expect(r.info?.some((line) => line.kind === "constraint")).toBe(true);
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 499 }]), "US-HIPAA-408-500").applies).toBe("no");
  });

  it("US-HIPAA-408-LOG: fewer than 500, due 60 days after 31 December of the discovery year (29 Feb in a leap year)", () => {
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 499 }]), "US-HIPAA-408-LOG").due).toBe("2028-02-29T23:59:59-05:00");
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 499 }], { moments: { discovered: "2026-07-01T10:00:00-04:00" } }), "US-HIPAA-408-LOG").due).toBe("2027-03-01T23:59:59-05:00");
    expect(row(hipaa([{ jurisdiction: "US-CA", count: null }]), "US-HIPAA-408-LOG").applies).toBe("undetermined");
  });

  it("secured PHI (encrypted, key safe) and a shown low probability of compromise take HIPAA rows out", () => {
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 10 }], { incident: { phi: true, dataCategories: ["health"], encryption: { status: "encrypted", keyCompromised: "no" } } }), "US-HIPAA-404").applies).toBe("no");
    expect(row(hipaa([{ jurisdiction: "US-CA", count: 10 }], { incident: { phi: true, dataCategories: ["health"], riskLevel: "none" } }), "US-HIPAA-404").applies).toBe("no");
  });

  it("a business associate gets US-HIPAA-410, not the covered entity's rows", () => {
    const facts = hipaa([{ jurisdiction: "US-CA", count: 10 }], { organisation: { timeZone: "America/Chicago", establishments: ["US-TX"], flags: { hipaa: "business_associate" } } });
    expect(row(facts, "US-HIPAA-404").applies).toBe("no");
    expect(row(facts, "US-HIPAA-410")).toMatchObject({ applies: "yes", due: "2027-04-21T23:59:59-05:00" });
  });

  it("US-FTC-314: 500 or more consumers, unencrypted data acquired, 30 days", () => {
    const ftc = (count: number) => ({ organisation: { timeZone: "America/Denver", establishments: ["US-CO"], flags: { ftcFinancialInstitution: true } }, affected: [{ jurisdiction: "US-CO", count }], moments });
    expect(row(ftc(500), "US-FTC-314")).toMatchObject({ applies: "yes", due: "2027-05-08T23:59:59-06:00" });
    expect(row(ftc(499), "US-FTC-314").applies).toBe("no");
  });
});

describe("California", () => {
  const ca = (count: number, extra: Record<string, unknown> = {}) => us("US-CA", count, { moments: { discovered: "2027-05-20T08:40:00-07:00" }, ...extra });

  it("resident notice 30 days from discovery, no roll-forward: a Saturday due date stays, §12a as information", () => {
    const r = row(ca(812), "US-CA-1798.82-IND");
    expect(r).toMatchObject({ due: "2027-06-19T23:59:59-07:00", timeZone: "America/Los_Angeles" });
    expect(r.info).toContainEqual({ kind: "roll_forward", text: "CCP §12a, if it applies", at: "2027-06-21T23:59:59-07:00" });
  });

  it("AG: more than 500 (500 does not count), 15 days after the actual resident notice", () => {
    expect(row(ca(500), "US-CA-1798.82-AG")).toMatchObject({ applies: "no", reason: "500 is not more than 500" });
    const r = row(ca(501, { notices: [{ ruleId: "US-CA-1798.82-IND", sentAt: "2027-05-30T10:00:00-07:00" }] }), "US-CA-1798.82-AG");
    expect(r).toMatchObject({ applies: "yes", dueKind: "fixed", due: "2027-06-14T23:59:59-07:00", trigger: { moment: "notice", ruleId: "US-CA-1798.82-IND", at: "2027-05-30T10:00:00-07:00" } });
    expect(row(ca(501, { notices: [{ ruleId: "US-CA-1798.82-IND", sentAt: "2027-05-30T10:00:00-07:00" }] }), "US-CA-1798.82-IND").status).toBe("met");
  });

  it("encryption safe harbour unless the key was acquired too; definition read from the data categories", () => {
    expect(row(ca(10, { incident: { encryption: { status: "encrypted", keyCompromised: "no" } } }), "US-CA-1798.82-IND").applies).toBe("no");
    expect(row(ca(10, { incident: { encryption: { status: "encrypted", keyCompromised: "yes" } } }), "US-CA-1798.82-IND").applies).toBe("yes");
    expect(row(ca(10, { incident: { dataCategories: ["name", "contact_details"] } }), "US-CA-1798.82-IND").applies).toBe("no");
    expect(row(ca(10, { incident: { dataCategories: ["online_credentials"] } }), "US-CA-1798.82-IND").applies).toBe("yes");
    expect(row(ca(10, { incident: { dataCategories: ["name", "financial_account"] } }), "US-CA-1798.82-IND").applies).toBe("no");
    expect(row(ca(10, { incident: { dataCategories: ["name", "financial_account", "financial_access_code"] } }), "US-CA-1798.82-IND").applies).toBe("yes");
    expect(row(ca(10, { incident: { compromise: ["access"] } }), "US-CA-1798.82-IND").applies).toBe("no");
  });

  it("§1798.150 is an exposure flag: no due; undetermined when encrypted data were taken with the key; redacted data are out", () => {
    expect(row(ca(10), "US-CA-1798.150")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline", due: null, trigger: null });
    expect(row(ca(10, { incident: { encryption: { status: "encrypted", keyCompromised: "yes" } } }), "US-CA-1798.150").applies).toBe("undetermined");
    expect(row(ca(10, { incident: { redacted: true } }), "US-CA-1798.150").applies).toBe("no");
  });

  it("a processor (maintainer) notifies the owner immediately: no fixed deadline", () => {
    expect(row(ca(10, { organisation: { timeZone: "UTC", establishments: [], dataRole: "processor" } }), "US-CA-1798.82-VND")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
  });
});

describe("New York", () => {
  it("resident notice 30 days; regulators no later than the resident notice (awaiting it, then at its instant)", () => {
    expect(row(us("US-NY", 10, { moments }), "US-NY-899aa-IND").due).toBe("2027-05-08T23:59:59-04:00");
    const waiting = row(us("US-NY", 10, { moments }), "US-NY-899aa-REG");
    expect(waiting).toMatchObject({ dueKind: "awaiting_trigger" });
    expect(waiting.info).toContainEqual(expect.objectContaining({ kind: "provisional_bound", at: "2027-05-08T23:59:59-04:00" }));
    const sent = us("US-NY", 10, { moments, notices: [{ ruleId: "US-NY-899aa-IND", sentAt: "2027-04-20T10:00:00-04:00" }] });
    expect(row(sent, "US-NY-899aa-REG")).toMatchObject({ dueKind: "fixed", due: "2027-04-20T10:00:00-04:00" });
  });

  it("a written no-misuse determination takes the row out; unknown risk does not", () => {
    expect(row(us("US-NY", 10, { moments, incident: { riskLevel: "unknown" } }), "US-NY-899aa-IND").applies).toBe("yes");
    expect(row(us("US-NY", 10, { moments, incident: { riskByJurisdiction: { "US-NY": "none" } } }), "US-NY-899aa-IND").applies).toBe("no");
  });

  it("CRAs: more than 5,000", () => {
    expect(row(us("US-NY", 5000, { moments }), "US-NY-899aa-CRA").applies).toBe("no");
    expect(row(us("US-NY", 5001, { moments }), "US-NY-899aa-CRA")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
  });

  it("a maintainer notifies the owner within 30 days of discovery (US-NY-899aa-VND)", () => {
    const r = row(us("US-NY", 10, { moments, organisation: { timeZone: "UTC", establishments: [], dataRole: "processor" } }), "US-NY-899aa-VND");
    expect(r).toMatchObject({ applies: "yes", due: "2027-05-08T23:59:59-04:00" });
    expect(row(us("US-NY", 10, { moments }), "US-NY-899aa-VND").applies).toBe("no");
  });

  it("NYDFS: touched by the covered-entity flag; 72 h from the determination; ransom 24 h and 30 days from the payment", () => {
    const dfs = { organisation: { timeZone: "UTC", establishments: ["US-CA"], flags: { nydfsCoveredEntity: true } }, incident: { personalData: "no", dataCategories: [] },
      moments: { cybersecurityIncidentDetermined: "2027-11-05T12:00:00-04:00", ransomPaid: "2027-11-06T12:00:00-04:00" } };
    expect(row(dfs, "US-NY-500.17-INC")).toMatchObject({ applies: "yes", due: "2027-11-08T11:00:00-05:00" });
    expect(row(dfs, "US-NY-500.17-EXT24").due).toBe("2027-11-07T11:00:00-05:00");
    expect(row(dfs, "US-NY-500.17-EXT30").due).toBe("2027-12-06T23:59:59-05:00");
  });
});

describe("Texas, Florida, Colorado, Washington", () => {
  it("contract example B (Texas AG at least 250, Washington AG more than 500)", () => {
    const facts = { asOf: "2027-04-09T09:00:00-05:00", organisation: { timeZone: "America/Chicago", establishments: ["US-TX"] },
      affected: [{ jurisdiction: "US-TX", count: 1750 }, { jurisdiction: "US-WA", count: 37 }], moments };
    const evaluation = run(facts);
    const ids = evaluation.obligations.filter((o) => o.due).map((o) => o.ruleId);
    expect(ids.slice(0, 3)).toEqual(["US-TX-521.053-AG", "US-WA-19.255-IND", "US-TX-521.053-IND"]);
    expect(row(facts, "US-TX-521.053-AG").info).toEqual([{ kind: "roll_forward", text: "Gov't Code §311.014, if it applies", at: "2027-05-10T23:59:59-05:00" }]);
    expect(row(facts, "US-TX-521.053-IND").due).toBe("2027-06-07T23:59:59-05:00");
    expect(row(facts, "US-WA-19.255-IND").due).toBe("2027-05-08T23:59:59-07:00");
    expect(row(facts, "US-TX-521.053-CRA").reason).toBe("1,750 is not more than 10,000");
    expect(row(facts, "US-WA-19.255-AG").reason).toBe("37 is not more than 500");
  });

  it("Texas thresholds: AG at least 250; CRAs more than 10,000", () => {
    expect(row(us("US-TX", 249, { moments }), "US-TX-521.053-AG").applies).toBe("no");
    expect(row(us("US-TX", 250, { moments }), "US-TX-521.053-AG").applies).toBe("yes");
    expect(row(us("US-TX", 10000, { moments }), "US-TX-521.053-CRA").applies).toBe("no");
    expect(row(us("US-TX", 10001, { moments }), "US-TX-521.053-CRA").applies).toBe("yes");
  });

  it("Florida: 30 days, +15 only when claimed; Department at least 500; CRAs more than 1,000; agent 10 days", () => {
    const fl = (count: number, extra: Record<string, unknown> = {}) => us("US-FL", count, { moments, ...extra });
    const unclaimed = row(fl(10), "US-FL-501.171-IND");
    expect(unclaimed.due).toBe("2027-05-08T23:59:59-04:00");
    expect(unclaimed.info).toContainEqual(expect.objectContaining({ kind: "extension", at: "2027-05-23T23:59:59-04:00" }));
    expect(row(fl(10, { incident: { extensionsClaimed: ["US-FL-501.171-IND"] } }), "US-FL-501.171-IND").due).toBe("2027-05-23T23:59:59-04:00");
    expect(row(fl(499), "US-FL-501.171-DLA").applies).toBe("no");
    expect(row(fl(500), "US-FL-501.171-DLA").applies).toBe("yes");
    expect(row(fl(1000), "US-FL-501.171-CRA").applies).toBe("no");
    expect(row(fl(1001), "US-FL-501.171-CRA").applies).toBe("yes");
    expect(row(fl(10, { organisation: { timeZone: "UTC", establishments: [], dataRole: "processor" } }), "US-FL-501.171-VND").due).toBe("2027-04-18T23:59:59-04:00");
    expect(row(fl(10, { incident: { riskByJurisdiction: { "US-FL": "none" } } }), "US-FL-501.171-IND").applies).toBe("no");
  });

  it("Colorado: 30 days in Denver; AG at least 500; CRAs more than 1,000", () => {
    expect(row(us("US-CO", 10, { moments }), "US-CO-6-1-716-IND").due).toBe("2027-05-08T23:59:59-06:00");
    expect(row(us("US-CO", 499, { moments }), "US-CO-6-1-716-AG").applies).toBe("no");
    expect(row(us("US-CO", 500, { moments }), "US-CO-6-1-716-AG").applies).toBe("yes");
    expect(row(us("US-CO", 1000, { moments }), "US-CO-6-1-716-CRA").applies).toBe("no");
    expect(row(us("US-CO", 1001, { moments }), "US-CO-6-1-716-CRA").applies).toBe("yes");
  });

  it("Washington AG: more than 500", () => {
    expect(row(us("US-WA", 500, { moments }), "US-WA-19.255-AG").applies).toBe("no");
    expect(row(us("US-WA", 501, { moments }), "US-WA-19.255-AG")).toMatchObject({ applies: "yes", due: "2027-05-08T23:59:59-07:00" });
  });

  it("state rows are listed only for states the facts touch", () => {
    expect(has(us("US-TX", 10, { moments }), "US-CA-1798.82-IND")).toBe(false);
    expect(has(us("US-TX", 10, { moments }), "US-NY-899aa-IND")).toBe(true); // established in New York
  });
});

describe("Massachusetts, Arizona, Connecticut, Delaware, Maine, Oregon, Vermont, Maryland", () => {
  it("Massachusetts: no day count; acquisition applies whatever the risk; otherwise a risk finding is needed", () => {
    expect(row(us("US-MA", 10, { moments, incident: { riskLevel: "none" } }), "US-MA-93H-IND")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
    expect(row(us("US-MA", 10, { moments, incident: { compromise: ["access"], riskLevel: "unknown" } }), "US-MA-93H-IND").applies).toBe("undetermined");
    expect(row(us("US-MA", 10, { moments }), "US-MA-93H-CM").applies).toBe("yes");
    expect(row(us("US-MA", 10, { moments, incident: { dataCategories: ["name", "financial_account"] } }), "US-MA-93H-CM").applies).toBe("no");
  });

  it("Massachusetts regulators (AG and OCABR) follow the resident notice's test, with no day count", () => {
    expect(row(us("US-MA", 10, { moments }), "US-MA-93H-REG")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "discovered" } });
    expect(row(us("US-MA", 10, { moments, incident: { encryption: { status: "encrypted", keyCompromised: "no" } } }), "US-MA-93H-REG").applies).toBe("no");
  });

  it("Maine regulator: no later than the resident notice", () => {
    expect(row(us("US-ME", 10, { moments }), "US-ME-1348-REG").dueKind).toBe("awaiting_trigger");
    expect(row(us("US-ME", 10, { moments, notices: [{ ruleId: "US-ME-1348-IND", sentAt: "2027-04-20T09:00:00-04:00" }] }), "US-ME-1348-REG").due).toBe("2027-04-20T09:00:00-04:00");
  });

  it("Arizona: 45 days in Phoenix (no DST); AG more than 1,000", () => {
    expect(row(us("US-AZ", 10, { moments }), "US-AZ-18-552-IND").due).toBe("2027-05-23T23:59:59-07:00");
    expect(row(us("US-AZ", 1000, { moments }), "US-AZ-18-552-AG").applies).toBe("no");
    expect(row(us("US-AZ", 1001, { moments }), "US-AZ-18-552-AG").applies).toBe("yes");
  });

  it("Connecticut and Delaware: 60 days; AG no later than the resident notice (Delaware more than 500)", () => {
    expect(row(us("US-CT", 10, { moments }), "US-CT-36a-701b-IND").due).toBe("2027-06-07T23:59:59-04:00");
    expect(row(us("US-CT", 10, { moments }), "US-CT-36a-701b-AG").dueKind).toBe("awaiting_trigger");
    expect(row(us("US-DE", 10, { moments }), "US-DE-12B-IND").due).toBe("2027-06-07T23:59:59-04:00");
    expect(row(us("US-DE", 500, { moments }), "US-DE-12B-AG").applies).toBe("no");
    expect(row(us("US-DE", 501, { moments, notices: [{ ruleId: "US-DE-12B-IND", sentAt: "2027-05-01T12:00:00-04:00" }] }), "US-DE-12B-AG").due).toBe("2027-05-01T12:00:00-04:00");
  });

  it("Maine: 30 days from awareness; needs a positive misuse finding", () => {
    expect(row(us("US-ME", 10, { moments }), "US-ME-1348-IND").due).toBe("2027-05-08T23:59:59-04:00");
    expect(row(us("US-ME", 10, { moments, incident: { riskLevel: "unknown" } }), "US-ME-1348-IND").applies).toBe("undetermined");
  });

  it("Oregon: 45 days; AG more than 250 with no fixed deadline", () => {
    expect(row(us("US-OR", 10, { moments }), "US-OR-646A.604-IND").due).toBe("2027-05-23T23:59:59-07:00");
    expect(row(us("US-OR", 250, { moments }), "US-OR-646A.604-AG").applies).toBe("no");
    expect(row(us("US-OR", 251, { moments }), "US-OR-646A.604-AG")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
  });

  it("Vermont AG: 14 business days skipping Thanksgiving, or the consumer notice if sooner; attestation: the notice alone", () => {
    const vt = (extra: Record<string, unknown> = {}) => us("US-VT", 10, { moments: { discovered: "2027-11-19T10:00:00-05:00" }, ...extra });
    expect(row(vt(), "US-VT-2435-AG").due).toBe("2027-12-10T23:59:59-05:00");
    expect(row(vt({ notices: [{ ruleId: "US-VT-2435-IND", sentAt: "2027-12-01T09:00:00-05:00" }] }), "US-VT-2435-AG").due).toBe("2027-12-01T09:00:00-05:00");
    const attested = vt({ organisation: { timeZone: "UTC", establishments: [], flags: { vermontAttestationFiled: true } } });
    expect(row(attested, "US-VT-2435-AG").dueKind).toBe("awaiting_trigger");
    expect(row(vt(), "US-VT-2435-IND").due).toBe("2028-01-03T23:59:59-05:00");
  });

  it("Maryland: 45 days, AG before the individuals", () => {
    const r = row(us("US-MD", 10, { moments }), "US-MD-14-3504");
    expect(r.due).toBe("2027-05-23T23:59:59-04:00");
    expect(r.info?.some((line) => line.kind === "constraint")).toBe(true);
  });
});

describe("status (K12)", () => {
  const ny = (asOf: string, notices: unknown[] = []) => ({ ...us("US-NY", 10, { moments }), asOf, notices });
  it("on track, due soon in the last quarter, overdue after the due instant, met and met late", () => {
    expect(row(ny("2027-04-10T00:00:00+00:00"), "US-NY-899aa-IND").status).toBe("on_track");
    expect(row(ny("2027-05-03T00:00:00+00:00"), "US-NY-899aa-IND").status).toBe("due_soon");
    expect(row(ny("2027-05-09T04:00:00+00:00"), "US-NY-899aa-IND").status).toBe("overdue");
    expect(row(ny("2027-05-20T00:00:00+00:00", [{ ruleId: "US-NY-899aa-IND", sentAt: "2027-05-08T23:59:59-04:00" }]), "US-NY-899aa-IND").status).toBe("met");
    expect(row(ny("2027-05-20T00:00:00+00:00", [{ ruleId: "US-NY-899aa-IND", sentAt: "2027-05-09T00:00:00-04:00" }]), "US-NY-899aa-IND").status).toBe("met_late");
  });

  it("no moment declared: awaiting trigger, with the moment named", () => {
    expect(row(us("US-NY", 10), "US-NY-899aa-IND")).toMatchObject({ dueKind: "awaiting_trigger", status: "awaiting_trigger", due: null, trigger: { moment: "discovered", at: null } });
  });
});

describe("proposed rules", () => {
  it("CIRCIA rows are listed as proposed with no clock", () => {
    const r = row({ organisation: { timeZone: "UTC", establishments: ["US-TX"], flags: { circiaCoveredEntity: true } }, moments: { ransomPaid: "2027-01-01T00:00:00+00:00" } }, "US-CIRCIA-RANSOM");
    expect(r).toMatchObject({ applies: "no", reason: "proposed / not in force", due: null, verification: "P" });
  });
});

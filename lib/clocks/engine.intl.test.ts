import { describe, expect, it } from "vitest";
import { row } from "@/lib/clocks/test-support/facts";

describe("Canada (PIPEDA)", () => {
  const ca = (incident: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "America/Toronto", establishments: ["CA"] }, affected: [{ jurisdiction: "CA", count: 40 }], incident,
    moments: { breachDetermined: "2027-01-31T10:00:00-05:00" },
  });
  it("OPC, individuals and organisations: real risk of significant harm needs a positive finding; as soon as feasible", () => {
    expect(row(ca({ riskLevel: "high" }), "CA-PIPEDA-OPC")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline", timeZone: "America/Toronto" });
    expect(row(ca({ riskLevel: "risk" }), "CA-PIPEDA-IND").applies).toBe("no");
    expect(row(ca({ riskLevel: "unknown" }), "CA-PIPEDA-ORG").applies).toBe("undetermined");
  });
  it("every breach is recorded and kept 24 months (to 23:59:59 on that day)", () => {
    expect(row(ca({ riskLevel: "none" }), "CA-PIPEDA-REC")).toMatchObject({ applies: "yes", due: "2029-01-31T23:59:59-05:00" });
  });
});

describe("Australia (NDB)", () => {
  const au = (flags: Record<string, unknown>, incident: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "Australia/Sydney", establishments: ["AU"], flags }, affected: [{ jurisdiction: "AU", count: 40 }], incident,
    moments: { suspected: "2027-03-20T10:00:00+11:00", breachDetermined: "2027-04-20T10:00:00+10:00" },
  });
  it("assessment within 30 days of suspicion (Sydney, across the April clock change)", () => {
    expect(row(au({ australianAppEntity: true }), "AU-NDB-ASSESS").due).toBe("2027-04-19T23:59:59+10:00");
    expect(row(au({}), "AU-NDB-ASSESS")).toMatchObject({ applies: "no", reason: "not an APP entity" });
  });
  it("individuals after the Commissioner's statement, as soon as practicable", () => {
    expect(row(au({ australianAppEntity: true }, { riskLevel: "high" }), "AU-NDB-IND")).toMatchObject({
      applies: "yes", dueKind: "no_fixed_deadline", trigger: { moment: "notice", ruleId: "AU-NDB-OAIC", at: null },
    });
  });

  it("Commissioner statement for serious harm, as soon as practicable; remedial action takes it out", () => {
    expect(row(au({ australianAppEntity: true }, { riskLevel: "high" }), "AU-NDB-OAIC")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
    expect(row(au({ australianAppEntity: true }, { riskLevel: "high", riskRemediated: true }), "AU-NDB-OAIC").applies).toBe("no");
  });
});

describe("Singapore (PDPA)", () => {
  const sg = (count: number, incident: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "Asia/Singapore", establishments: ["SG"] }, affected: [{ jurisdiction: "SG", count }], incident,
    moments: { aware: "2027-03-01T09:00:00+08:00", assessmentCompleted: "2027-04-09T15:00:00+08:00" },
  });
  it("PDPC: 3 calendar days after the day of the assessment", () => {
    expect(row(sg(500), "SG-PDPA-PDPC")).toMatchObject({ applies: "yes", due: "2027-04-12T23:59:59+08:00", timeZone: "Asia/Singapore" });
  });
  it("notifiable at 500 or more, or for significant harm; confined breaches are out", () => {
    expect(row(sg(499), "SG-PDPA-PDPC").applies).toBe("no");
    expect(row(sg(499, { riskLevel: "high" }), "SG-PDPA-PDPC").applies).toBe("yes");
    expect(row(sg(499, { riskLevel: "unknown" }), "SG-PDPA-PDPC").applies).toBe("undetermined");
    expect(row(sg(5000, { confinedWithinOrganisation: true }), "SG-PDPA-PDPC").applies).toBe("no");
  });
  it("individuals only on the significant-harm limb, not when encryption makes harm unlikely", () => {
    expect(row(sg(5000), "SG-PDPA-IND").applies).toBe("no");
    expect(row(sg(10, { riskLevel: "high" }), "SG-PDPA-IND")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
    expect(row(sg(10, { riskLevel: "high", encryption: { status: "encrypted", keyCompromised: "no" } }), "SG-PDPA-IND").applies).toBe("no");
  });
  it("assessment: the 30-day expectation is an internal target, never a due", () => {
    const r = row(sg(10), "SG-PDPA-ASSESS");
    expect(r).toMatchObject({ dueKind: "no_fixed_deadline", due: null });
    expect(r.info).toContainEqual(expect.objectContaining({ kind: "internal_target", at: "2027-03-31T23:59:59+08:00" }));
  });
});

describe("Brazil (LGPD, business days)", () => {
  const br = (aware: string, extra: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "America/Sao_Paulo", establishments: ["BR"] }, affected: [{ jurisdiction: "BR", count: 40 }],
    incident: { dataCategories: ["name", "financial_account"] }, moments: { aware }, ...extra,
  });
  it("3 business days excluding the day of knowledge", () => {
    expect(row(br("2026-11-13T10:00:00-03:00"), "BR-LGPD-ANPD")).toMatchObject({ applies: "yes", due: "2026-11-18T23:59:59-03:00", timeZone: "America/Sao_Paulo" });
  });
  it("skips Consciência Negra (20 Nov) and New Year; Carnival counts as a business day", () => {
    expect(row(br("2026-11-18T10:00:00-03:00"), "BR-LGPD-ANPD").due).toBe("2026-11-24T23:59:59-03:00");
    expect(row(br("2026-12-30T10:00:00-03:00"), "BR-LGPD-TIT").due).toBe("2027-01-05T23:59:59-03:00");
    expect(row(br("2026-02-13T10:00:00-03:00"), "BR-LGPD-ANPD").due).toBe("2026-02-18T23:59:59-03:00");
  });
  it("a small processing agent gets 6 business days for the ANPD only", () => {
    const facts = br("2026-11-13T10:00:00-03:00", { organisation: { timeZone: "UTC", establishments: ["BR"], flags: { brazilSmallProcessingAgent: true } } });
    expect(row(facts, "BR-LGPD-ANPD").due).toBe("2026-11-24T23:59:59-03:00");
    expect(row(facts, "BR-LGPD-TIT").due).toBe("2026-11-18T23:59:59-03:00");
  });
  it("supplementary information 20 business days after the actual ANPD communication", () => {
    const r = row(br("2026-11-13T10:00:00-03:00", { notices: [{ ruleId: "BR-LGPD-ANPD", sentAt: "2026-11-16T10:00:00-03:00" }] }), "BR-LGPD-SUPP");
    expect(r.due).toBe("2026-12-15T23:59:59-03:00");
  });
  it("needs a listed category or large scale, and a relevant-risk finding", () => {
    const plain = br("2026-11-13T10:00:00-03:00", { incident: { dataCategories: ["name", "contact_details"] } });
    expect(row(plain, "BR-LGPD-ANPD").applies).toBe("no");
    expect(row(br("2026-11-13T10:00:00-03:00", { incident: { dataCategories: ["name"], largeScale: true } }), "BR-LGPD-ANPD").applies).toBe("yes");
    expect(row(br("2026-11-13T10:00:00-03:00", { incident: { dataCategories: ["health"], riskLevel: "unknown" } }), "BR-LGPD-ANPD").applies).toBe("undetermined");
  });
});

describe("India", () => {
  const india = (aware: string | undefined, flags: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "Asia/Kolkata", establishments: ["IN"], flags }, affected: [{ jurisdiction: "IN", count: 40 }],
    moments: aware ? { aware } : {},
  });
  it("DPDP r.7 runs only for awareness on or after 13 May 2027 (Asia/Kolkata), with the commencement doubt noted", () => {
    expect(row(india("2027-05-12T23:59:59+05:30"), "IN-DPDP-BOARD-72").applies).toBe("no");
    const r = row(india("2027-05-13T00:00:00+05:30"), "IN-DPDP-BOARD-72");
    expect(r).toMatchObject({ applies: "yes", due: "2027-05-16T00:00:00+05:30" });
    expect(r.info?.some((line) => line.kind === "uncertain")).toBe(true);
    expect(row(india(undefined), "IN-DPDP-DP").applies).toBe("undetermined");
  });
  it("CERT-In: 6 hours, for entities in scope, personal data or not", () => {
    const facts = { ...india("2027-01-10T22:00:00+05:30", { certInScope: true }), incident: { personalData: "no", dataCategories: [] }, affected: [] };
    expect(row(facts, "IN-CERTIN-6H")).toMatchObject({ applies: "yes", due: "2027-01-11T04:00:00+05:30" });
  });
});

describe("Japan (APPI)", () => {
  const jp = (count: number, incident: Record<string, unknown>, aware = "2027-04-09T10:00:00+09:00") => ({
    organisation: { timeZone: "Asia/Tokyo", establishments: ["JP"] }, affected: [{ jurisdiction: "JP", count }], incident, moments: { aware },
  });
  const plain = { dataCategories: ["name", "contact_details"], cause: "accidental" };
  it("30 days with the day of knowing as day 1, moved past a weekend to the next open day", () => {
    expect(row(jp(1001, plain), "JP-APPI-FINAL30").due).toBe("2027-05-10T23:59:59+09:00");
  });
  it("more than 1,000 people (exactly 1,000 does not count)", () => {
    expect(row(jp(1000, plain), "JP-APPI-FINAL30").applies).toBe("no");
    expect(row(jp(1001, plain), "JP-APPI-FINAL30").applies).toBe("yes");
  });
  it("wrongful purpose: 60 days", () => {
    expect(row(jp(5, { dataCategories: ["name"], cause: "external_attack" }), "JP-APPI-FINAL60").due).toBe("2027-06-07T23:59:59+09:00");
  });
  it("a last day inside the 29 Dec – 3 Jan closure moves to 4 January", () => {
    expect(row(jp(5, { dataCategories: ["name", "health"], cause: "accidental" }, "2027-11-30T10:00:00+09:00"), "JP-APPI-FINAL30").due).toBe("2028-01-04T23:59:59+09:00");
  });
  it("individuals 'promptly' for the same reportable situations", () => {
    expect(row(jp(5, { dataCategories: ["name", "health"] }), "JP-APPI-IND")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
    expect(row(jp(5, plain), "JP-APPI-IND").applies).toBe("no");
  });

  it("preliminary report 'promptly': the day-5 guidance is an internal target; high-level encryption takes rows out", () => {
    const r = row(jp(5, { dataCategories: ["name", "health"] }), "JP-APPI-PRELIM");
    expect(r).toMatchObject({ dueKind: "no_fixed_deadline", due: null });
    expect(r.info).toContainEqual(expect.objectContaining({ kind: "internal_target", at: "2027-04-13T23:59:59+09:00" }));
    expect(row(jp(5000, { encryption: { status: "encrypted", keyCompromised: "no" } }), "JP-APPI-FINAL30").applies).toBe("no");
  });
});

describe("Korea (PIPA)", () => {
  const kr = (count: number, incident: Record<string, unknown> = {}) => ({
    organisation: { timeZone: "Asia/Seoul", establishments: ["KR"] }, affected: [{ jurisdiction: "KR", count }],
    incident: { dataCategories: ["name", "contact_details"], cause: "accidental", riskLevel: "unknown", ...incident }, moments: { aware: "2027-04-09T10:00:00+09:00" },
  });
  it("data subjects within 72 hours", () => {
    expect(row(kr(10), "KR-PIPA-DS")).toMatchObject({ applies: "yes", due: "2027-04-12T10:00:00+09:00" });
  });
  it("PIPC: 1,000 or more, or sensitive data, or hacking whatever the count", () => {
    expect(row(kr(999), "KR-PIPA-PIPC").applies).toBe("no");
    expect(row(kr(1000), "KR-PIPA-PIPC").applies).toBe("yes");
    expect(row(kr(3, { cause: "external_attack" }), "KR-PIPA-PIPC").applies).toBe("yes");
    expect(row(kr(3, { dataCategories: ["name", "national_id_number"] }), "KR-PIPA-PIPC").applies).toBe("yes");
  });
});

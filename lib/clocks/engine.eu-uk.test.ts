import { describe, expect, it } from "vitest";
import { has, row } from "@/lib/clocks/test-support/facts";

const de = { organisation: { establishments: ["DE"], leadAuthorityCountry: "DE" }, affected: [{ jurisdiction: "DE", count: 100 }] };
const gb = { organisation: { establishments: ["GB"] }, affected: [{ jurisdiction: "GB", count: 100 }] };

describe("EU GDPR (art. 33, 34)", () => {
  it("EU-GDPR-33-SA: 72 elapsed hours across the spring clock change, shown in the lead authority's zone", () => {
    const r = row({ ...de, moments: { aware: "2027-03-26T11:05:00+00:00" } }, "EU-GDPR-33-SA");
    expect(r).toMatchObject({ applies: "yes", dueKind: "fixed", due: "2027-03-29T13:05:00+02:00", dueUtc: "2027-03-29T11:05:00Z", timeZone: "Europe/Berlin" });
    expect(r.trigger).toEqual({ moment: "aware", at: "2027-03-26T11:05:00+00:00" });
  });

  it("EU-GDPR-33-SA: 72 elapsed hours across the autumn clock change", () => {
    const r = row({ ...de, moments: { aware: "2027-10-29T10:00:00+00:00" } }, "EU-GDPR-33-SA");
    expect(r.due).toBe("2027-11-01T11:00:00+01:00");
  });

  it("EU-GDPR-33-SA: applies when the risk is unknown (notice is the default), not when it is none", () => {
    expect(row({ ...de, incident: { riskLevel: "unknown" } }, "EU-GDPR-33-SA").applies).toBe("yes");
    expect(row({ ...de, incident: { riskLevel: "none" } }, "EU-GDPR-33-SA")).toMatchObject({ applies: "no", dueKind: "not_applicable", status: "not_applicable", trigger: null });
  });

  it("EU-GDPR-33-SA: encrypted data with a safe key count as no risk unless a level is stated", () => {
    const encrypted = { status: "encrypted", keyCompromised: "no" };
    expect(row({ ...de, incident: { encryption: encrypted, riskLevel: "unknown" } }, "EU-GDPR-33-SA").applies).toBe("no");
    expect(row({ ...de, incident: { encryption: encrypted, riskLevel: "risk" } }, "EU-GDPR-33-SA").applies).toBe("yes");
  });

  it("a processor gets EU-GDPR-33-PROC (no fixed hours in law) instead of the controller's 72 h", () => {
    const facts = { ...de, organisation: { ...de.organisation, dataRole: "processor" }, moments: { aware: "2027-03-26T11:05:00+00:00" } };
    expect(row(facts, "EU-GDPR-33-SA").applies).toBe("no");
    expect(row(facts, "EU-GDPR-33-PROC")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline", due: null, status: "on_track" });
  });

  it("reference zone: lead authority, else the EU establishment, else the most affected member state, else Brussels", () => {
    expect(row({ organisation: { establishments: ["IE", "US-NY"] } }, "EU-GDPR-33-SA").timeZone).toBe("Europe/Dublin");
    expect(row({ affected: [{ jurisdiction: "FR", count: 10 }, { jurisdiction: "ES", count: 20 }] }, "EU-GDPR-33-SA").timeZone).toBe("Europe/Madrid");
    expect(row({ affected: [{ jurisdiction: "EU", count: 10 }] }, "EU-GDPR-33-SA").timeZone).toBe("Europe/Brussels");
  });

  it("EU-GDPR-34-DS: high risk gives a row without a fixed deadline; 34(3)(a)-(c) exceptions", () => {
    expect(row({ ...de, incident: { riskLevel: "high" } }, "EU-GDPR-34-DS")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline", recipient: "Data subjects" });
    expect(row({ ...de, incident: { riskLevel: "risk" } }, "EU-GDPR-34-DS").applies).toBe("no");
    expect(row({ ...de, incident: { riskLevel: "unknown" } }, "EU-GDPR-34-DS")).toMatchObject({ applies: "undetermined", reason: "high risk not assessed: /incident/riskLevel" });
    expect(row({ ...de, incident: { riskLevel: "high", encryption: { status: "encrypted", keyCompromised: "no" } } }, "EU-GDPR-34-DS").applies).toBe("no");
    expect(row({ ...de, incident: { riskLevel: "high", encryption: { status: "encrypted", keyCompromised: "yes" } } }, "EU-GDPR-34-DS").applies).toBe("yes");
    expect(row({ ...de, incident: { riskLevel: "high", riskRemediated: true } }, "EU-GDPR-34-DS").applies).toBe("no");
    expect(row({ ...de, incident: { riskLevel: "high", disproportionateEffort: true } }, "EU-GDPR-34-DS").recipient).toBe("the public");
  });

  it("personal data unknown makes the personal-data rows undetermined, naming the field", () => {
    expect(row({ ...de, incident: { personalData: "unknown" } }, "EU-GDPR-33-SA")).toMatchObject({
      applies: "undetermined", reason: "personal data not confirmed: /incident/personalData",
    });
  });
});

describe("UK GDPR and PECR", () => {
  it("UK-GDPR-33-ICO: contract example A (72 h across the UK change, 12:05 BST)", () => {
    const r = row({ ...gb, incident: { riskLevel: "unknown", compromise: ["access"] }, moments: { aware: "2027-03-26T11:05:00+00:00" }, asOf: "2027-03-27T08:00:00+00:00" }, "UK-GDPR-33-ICO");
    expect(r).toMatchObject({ applies: "yes", due: "2027-03-29T12:05:00+01:00", timeZone: "Europe/London", status: "on_track" });
  });

  it("UK-GDPR-34-DS: undetermined until high risk is assessed", () => {
    expect(row({ ...gb, incident: { riskLevel: "unknown" } }, "UK-GDPR-34-DS")).toMatchObject({ applies: "undetermined", dueKind: "no_fixed_deadline", due: null });
  });

  it("UK-PECR-ICO: only for PECR providers; the stricter 24 h runs while the 72 h commencement is unverified", () => {
    expect(row(gb, "UK-PECR-ICO")).toMatchObject({ applies: "no", reason: "not a PECR provider" });
    const r = row({ ...gb, organisation: { ...gb.organisation, flags: { pecrProvider: true } }, moments: { aware: "2027-03-26T11:05:00+00:00" } }, "UK-PECR-ICO");
    expect(r.due).toBe("2027-03-27T11:05:00+00:00");
    expect(r.info?.some((line) => line.kind === "uncertain")).toBe(true);
  });

  it("UK rows are not listed for an incident with no UK people or establishment", () => {
    expect(has(de, "UK-GDPR-33-ICO")).toBe(false);
  });
});

describe("NIS2 art. 23", () => {
  const nis2 = {
    organisation: { establishments: ["DE"], leadAuthorityCountry: "DE", flags: { nis2Entity: "essential" } },
    incident: { classification: { significant: "yes" } },
    moments: { aware: "2027-03-10T08:00:00+00:00" },
  };

  it("early warning 24 h and notification 72 h from awareness; incident rows need no personal data", () => {
    const facts = { ...nis2, incident: { personalData: "no", dataCategories: [], classification: { significant: "yes" } } };
    expect(row(facts, "EU-NIS2-23-EW")).toMatchObject({ applies: "yes", due: "2027-03-11T09:00:00+01:00" });
    expect(row(facts, "EU-NIS2-23-NOT")).toMatchObject({ applies: "yes", due: "2027-03-13T09:00:00+01:00" });
  });

  it("final report: awaiting the notification with a provisional bound, then 1 month after its actual send", () => {
    const waiting = row(nis2, "EU-NIS2-23-FIN");
    expect(waiting).toMatchObject({ dueKind: "awaiting_trigger", status: "awaiting_trigger", due: null, trigger: { moment: "notice", ruleId: "EU-NIS2-23-NOT", at: null } });
    expect(waiting.info).toContainEqual(expect.objectContaining({ kind: "provisional_bound", at: "2027-04-13T09:00:00+02:00" }));
    const sent = row({ ...nis2, notices: [{ ruleId: "EU-NIS2-23-NOT", sentAt: "2027-03-10T09:00:00+01:00" }] }, "EU-NIS2-23-FIN");
    // Same local clock time one month later, after the clock change: 09:00 CEST. 10 April 2027 is a Saturday.
    expect(sent).toMatchObject({ dueKind: "fixed", due: "2027-04-10T09:00:00+02:00" });
    expect(sent.info).toContainEqual({ kind: "roll_forward", text: "Reg. 1182/71 art. 3(4), if it applies", at: "2027-04-12T23:59:59+02:00" });
  });

  it("final report from 31 January ends on the last day of February", () => {
    const r = row({ ...nis2, notices: [{ ruleId: "EU-NIS2-23-NOT", sentAt: "2027-01-31T10:00:00+01:00" }] }, "EU-NIS2-23-FIN");
    expect(r.due).toBe("2027-02-28T10:00:00+01:00");
  });

  it("trust service providers are touched by their flag; significance unknown is undetermined but keeps its due", () => {
    const r = row({ organisation: { establishments: ["US-NY"], flags: { nis2TrustServiceProvider: true } }, moments: { aware: "2027-03-10T08:00:00+00:00" } }, "EU-NIS2-23-EW");
    expect(r).toMatchObject({ applies: "undetermined", due: "2027-03-11T09:00:00+01:00", timeZone: "Europe/Brussels" });
    expect(r.reason).toContain("/incident/classification/significant");
  });

  it("status updates only on request; recipients only when their service is likely affected", () => {
    expect(row(nis2, "EU-NIS2-23-INT").applies).toBe("undetermined");
    expect(row({ ...nis2, moments: { ...nis2.moments, authorityRequest: "2027-03-12T08:00:00+00:00" } }, "EU-NIS2-23-INT")).toMatchObject({ applies: "yes", dueKind: "no_fixed_deadline" });
    expect(row(nis2, "EU-NIS2-23-RECIP").applies).toBe("no");
    expect(row({ ...nis2, incident: { ...nis2.incident, serviceRecipientsAffected: true } }, "EU-NIS2-23-RECIP").applies).toBe("yes");
  });

  it("not significant: no NIS2 clock", () => {
    expect(row({ ...nis2, incident: { classification: { significant: "no" } } }, "EU-NIS2-23-EW").applies).toBe("no");
  });
});

describe("DORA", () => {
  const dora = (moments: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    organisation: { establishments: ["IE"], leadAuthorityCountry: "IE", flags: { doraFinancialEntity: true } },
    moments,
    ...extra,
  });

  it("K7: classified within 24 h of awareness: the earlier of c + 4 h and a + 24 h", () => {
    expect(row(dora({ aware: "2027-06-01T10:00:00+00:00", majorClassified: "2027-06-01T20:00:00+00:00" }), "EU-DORA-INIT").due).toBe("2027-06-02T01:00:00+01:00");
    expect(row(dora({ aware: "2027-06-01T10:00:00+00:00", majorClassified: "2027-06-02T08:00:00+00:00" }), "EU-DORA-INIT").due).toBe("2027-06-02T11:00:00+01:00");
  });

  it("K7: classified after 24 h: c + 4 h", () => {
    expect(row(dora({ aware: "2027-06-01T10:00:00+00:00", majorClassified: "2027-06-02T16:00:00+00:00" }), "EU-DORA-INIT").due).toBe("2027-06-02T21:00:00+01:00");
  });

  it("not classified yet: awaiting, with the 24 h cap as a provisional bound", () => {
    const r = row(dora({ aware: "2027-06-01T10:00:00+00:00" }), "EU-DORA-INIT");
    expect(r).toMatchObject({ dueKind: "awaiting_trigger", applies: "undetermined" });
    expect(r.info).toContainEqual(expect.objectContaining({ kind: "provisional_bound", at: "2027-06-02T11:00:00+01:00" }));
  });

  it("intermediate 72 h after the initial notice; final 1 month after the latest intermediate report", () => {
    const facts = dora(
      { aware: "2027-06-01T10:00:00+00:00", majorClassified: "2027-06-01T12:00:00+00:00" },
      { notices: [
        { ruleId: "EU-DORA-INIT", sentAt: "2027-06-01T15:00:00+00:00" },
        { ruleId: "EU-DORA-INTERIM", sentAt: "2027-06-03T10:00:00+00:00" },
        { ruleId: "EU-DORA-INTERIM", sentAt: "2027-06-05T10:00:00+00:00" },
      ] },
    );
    expect(row(facts, "EU-DORA-INIT").status).toBe("met");
    expect(row(facts, "EU-DORA-INTERIM")).toMatchObject({ due: "2027-06-04T16:00:00+01:00", status: "met" });
    expect(row(facts, "EU-DORA-FINAL")).toMatchObject({ due: "2027-07-05T11:00:00+01:00", trigger: { moment: "notice", ruleId: "EU-DORA-INTERIM", at: "2027-06-05T10:00:00+00:00" } });
  });

  it("clients only when their financial interests are affected; not major means no DORA clock", () => {
    expect(row(dora({ majorClassified: "2027-06-01T12:00:00+00:00" }), "EU-DORA-CLIENT").applies).toBe("no");
    expect(row({ ...dora({}), incident: { classification: { major: "no" } } }, "EU-DORA-INIT").applies).toBe("no");
  });
});

import { describe, expect, it } from "vitest";
import { NOTICE_APPROVAL_DEFAULTS, type TNoticeApprovalPolicy } from "@/lib/auth/policy";
import { CATALOG } from "@/lib/clocks/catalog";
import { kindMismatch, noticeKinds, obligationKind, requiredApprovals } from "./required-approvals";
import { GDPR_34, NOTICE_TEMPLATES, SEC_8K_105 } from "./templates";

const policy = structuredClone(NOTICE_APPROVAL_DEFAULTS) as unknown as TNoticeApprovalPolicy;
const on = (ruleId: string) => ({ ruleId });

describe("requiredApprovals: derived from the template and the obligation, never from a stated kind", () => {
  it("asks each template's kind's roles", () => {
    expect(requiredApprovals(policy, { templateId: "sec-8k-1-05", obligation: null })).toEqual(["legal", "exec"]);
    expect(requiredApprovals(policy, { templateId: "gdpr-34", obligation: null })).toEqual(["legal", "comms"]);
    expect(requiredApprovals(policy, { templateId: "gdpr-33", obligation: null })).toEqual(["legal"]);
  });

  it("adds the roles the obligation's kind needs when the template is of another kind", () => {
    expect(noticeKinds({ templateId: "generic-regulator", obligation: on("US-SEC-8K-105") })).toEqual(["regulator", "sec_filing"]);
    expect(requiredApprovals(policy, { templateId: "generic-regulator", obligation: on("US-SEC-8K-105") })).toEqual(["legal", "exec"]);
    expect(requiredApprovals(policy, { templateId: "generic-regulator", obligation: on("US-TX-521.053-IND") })).toEqual(["legal", "comms"]);
    expect(requiredApprovals(policy, { templateId: "generic-regulator", obligation: on("US-CA-1798.82-AG") })).toEqual(["legal"]);
  });

  it("asks every kind's roles for a template it no longer knows", () => {
    expect(requiredApprovals(policy, { templateId: "retired-template", obligation: null })).toEqual(["legal", "comms", "exec"]);
  });

  it("never asks fewer roles than the template's or the obligation's kind, under any administrator policy", () => {
    const custom: TNoticeApprovalPolicy = { regulator: ["comms"], individuals: ["exec"], public_media: ["legal"], sec_filing: ["legal", "comms", "exec"], other: ["legal"] };
    for (const template of NOTICE_TEMPLATES) {
      for (const rule of [null, ...CATALOG]) {
        const required = requiredApprovals(custom, { templateId: template.id, obligation: rule ? on(rule.id) : null });
        expect(required).toEqual(expect.arrayContaining(custom[template.kind]));
        const kind = rule ? obligationKind(rule.id) : null;
        if (kind) expect(required).toEqual(expect.arrayContaining(custom[kind]));
      }
    }
  });
});

describe("obligationKind", () => {
  it("calls every catalog rule addressed to people an individuals notice", () => {
    const toPeople = CATALOG.filter((rule) => /individual|residents|data subjects|consumers|Data Principal|^Clients$|Recipients of the entity/i.test(rule.recipient) && !/consumer reporting|^Utah Cyber Center/i.test(rule.recipient));
    expect(toPeople.length).toBeGreaterThan(20);
    for (const rule of toPeople) expect([rule.id, obligationKind(rule.id)]).toEqual([rule.id, "individuals"]);
  });

  it("calls the SEC filings sec_filing, media notice public_media, authorities regulator, internal records nothing", () => {
    expect(obligationKind("US-SEC-8K-105-AMD")).toBe("sec_filing");
    expect(obligationKind("US-HIPAA-406")).toBe("public_media");
    for (const id of ["EU-GDPR-33-SA", "UK-GDPR-33-ICO", "US-CA-1798.82-AG", "US-NY-500.17-INC", "US-CIRCIA-INC", "JP-APPI-PRELIM"]) expect(obligationKind(id)).toBe("regulator");
    for (const id of ["AU-NDB-ASSESS", "CA-PIPEDA-REC", "US-CA-1798.150"]) expect(obligationKind(id)).toBeNull();
    expect(obligationKind("US-NY-899aa-CRA")).toBe("other");
  });
});

describe("kindMismatch", () => {
  it("names kind when the stated kind is not the template's", () => {
    expect(kindMismatch(SEC_8K_105, "other")).toEqual([{ name: "kind", reason: expect.stringContaining("sec_filing") }]);
    expect(kindMismatch(GDPR_34, "regulator")).toEqual([{ name: "kind", reason: expect.stringContaining("individuals") }]);
    expect(kindMismatch(GDPR_34, "individuals")).toEqual([]);
    expect(kindMismatch(GDPR_34, undefined)).toEqual([]);
  });
});

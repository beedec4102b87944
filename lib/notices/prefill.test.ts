import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingElements, renderNoticeText, type TNoticeContent } from "./content";
import { internalTokens, MERGE_FIELD, neutralizeTemplateSyntax } from "./internal-material";
import { prefillContent, type TPrefillContext } from "./prefill";
import { CALIFORNIA, GDPR_33, GDPR_34, UK_GDPR_34 } from "./templates";

/** An incident opened from Security Hub findings, as the console builds it: the summary quotes the finding titles. */
const fromFindings: TPrefillContext = {
  title: "Public exports bucket",
  summary: "Opened from 3 finding(s): S3.1 S3 Block Public Access setting should be enabled; IAM.8 Unused IAM user credentials should be removed; CloudTrail.2 CloudTrail should have encryption at-rest enabled",
  declaredAt: "2026-11-20T10:00:00.000Z",
  moments: { occurred: "2026-11-18T08:00:00.000Z", discovered: "2026-11-20T09:00:00.000Z" },
  dataCategories: ["contact_details", "national_id_number"],
  affected: [
    { jurisdiction: "US-CA", count: 1200 },
    { jurisdiction: "DE", count: 300 },
  ],
  findings: [
    { title: "S3.1 S3 Block Public Access setting should be enabled", severity: "MEDIUM", resource: "arn:aws:s3:::exports-prod" },
    { title: "Dear {{name}}, [[approved]] IAM.8 Unused IAM user credentials should be removed", severity: "HIGH", resource: "arn:aws:iam::111111111111:user/ci" },
  ],
  organisationName: "Acme Retail",
};

const text = (content: TNoticeContent) => [content.subject, ...content.sections.map((s) => s.body)].join("\n");

describe("pre-filling a letter to individuals", () => {
  const draft = prefillContent(CALIFORNIA, fromFindings);
  const body = text(draft);

  it("describes the data categories in plain words", () => {
    expect(body).toContain("contact details such as e-mail addresses, phone numbers and postal addresses");
    expect(body).toContain("Social Security numbers or other national identification numbers");
    expect(body).not.toMatch(/contact_details|national_id_number/);
  });

  it("gives that jurisdiction's count only, never another's", () => {
    expect(body).toContain("About 1,200 people in California.");
    expect(body).not.toContain("Germany");
    expect(body).not.toMatch(/\b300\b/);
    expect(body).not.toContain("DE");
  });

  it("carries no finding title, ARN, control id, internal summary or title", () => {
    for (const finding of fromFindings.findings) expect(body).not.toContain(finding.title);
    expect(body).not.toMatch(/arn:aws/);
    expect(body).not.toMatch(/\b(?:S3\.1|IAM\.8|CloudTrail\.2)\b/);
    expect(body).not.toContain("Opened from");
    expect(body).not.toContain(fromFindings.title);
    // What is left for a person to write is marked as placeholders, and nothing else is internal.
    expect(internalTokens(body).every((t) => t.kind === "placeholder")).toBe(true);
  });

  it("gives the dates in words", () => {
    expect(draft.sections[0]!.body).toContain("On or about 18 November 2026");
    expect(draft.sections[0]!.body).toContain("We discovered it on 20 November 2026.");
  });

  it("takes a jurisdiction's own data categories over the incident's", () => {
    const own = prefillContent(CALIFORNIA, { ...fromFindings, affected: [{ jurisdiction: "US-CA", count: 12, dataCategories: ["financial_account"] }, { jurisdiction: "DE", count: 3, dataCategories: ["health"] }] });
    const involved = own.sections.find((s) => s.key === "information-involved")!.body;
    expect(involved).toContain("bank account or payment card numbers");
    expect(involved).not.toContain("Social Security");
    expect(involved).not.toContain("medical");
  });

  it("scopes an EU letter to EU member states and a UK letter to Great Britain", () => {
    const eu = text(prefillContent(GDPR_34, { ...fromFindings, affected: [...fromFindings.affected, { jurisdiction: "GB", count: 50 }] }));
    expect(eu).not.toContain("California");
    expect(eu).not.toContain("United Kingdom");
    const uk = text(prefillContent(UK_GDPR_34, { ...fromFindings, affected: [...fromFindings.affected, { jurisdiction: "GB", count: 50 }] }));
    expect(uk).not.toContain("Germany");
  });

  it("passes the completeness check once a person has written the placeholders", () => {
    const written: TNoticeContent = { ...draft, sections: draft.sections.map((s) => ({ ...s, body: s.body.replace(/\[\[[^\]]*\]\]/g, "Written by comms.") })) };
    expect(missingElements(CALIFORNIA, written, [{ address: "ana@example.org" }])).toEqual([]);
  });
});

describe("pre-filling a regulator notice", () => {
  it("keeps the technical detail, but finding text can never become a merge field or a placeholder", () => {
    const draft = prefillContent(GDPR_33, fromFindings);
    const details = draft.sections.find((s) => s.key === "findings")!.body;
    expect(details).toContain("IAM.8 Unused IAM user credentials should be removed");
    expect(details).not.toMatch(MERGE_FIELD);
    expect(details).not.toMatch(/\[\[/);
    const { text: rendered } = renderNoticeText(draft, { address: "dpa@example.eu", name: "Data Protection Authority" });
    expect(rendered).not.toContain("Dear Data Protection Authority");
    expect(rendered).toContain("Dear { {name} }");
  });

  it("counts only the jurisdictions of its own rules", () => {
    const draft = text(prefillContent(GDPR_33, fromFindings));
    expect(draft).toContain("About 300 people in Germany.");
    expect(draft).not.toContain("California");
  });
});

describe("neutralizeTemplateSyntax", () => {
  it("leaves no merge field and no placeholder in any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "}", "[", "]", "a", "_", " ", "-") , maxLength: 40 }), (input) => {
        const out = neutralizeTemplateSyntax(input);
        expect(out).not.toMatch(MERGE_FIELD);
        expect(out).not.toMatch(/\[\[[^\]]*\]\]/);
        expect(out.replace(/ /g, "")).toBe(input.replace(/ /g, ""));
      }),
    );
  });
});

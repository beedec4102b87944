import { describe, expect, it } from "vitest";
import { missingElements, type TNoticeContent } from "./content";
import { internalTokens, recipientMergeFields } from "./internal-material";
import { CALIFORNIA, GDPR_33, GDPR_34 } from "./templates";

const kinds = (text: string, options = {}) => internalTokens(text, options).map((t) => `${t.kind}:${t.text}`);

describe("internalTokens", () => {
  it("finds ARNs, control ids and finding types", () => {
    expect(kinds("Bucket arn:aws:s3:::exports-prod was public.")).toEqual(["arn:arn:aws:s3:::exports-prod"]);
    expect(kinds("Controls S3.1, IAM.8 and CloudTrail.2 failed.")).toEqual(["control_id:S3.1", "control_id:IAM.8", "control_id:CloudTrail.2"]);
    expect(kinds("Seen: Recon:IAMUser/MaliciousIPCaller.Custom")).toEqual(["finding_type:Recon:IAMUser/MaliciousIPCaller.Custom"]);
  });

  it("finds snake_case vocabulary and moment names, and unfilled placeholders", () => {
    expect(kinds("Data: contact_details, national_id_number. Since breachDetermined. [[fill me]]")).toEqual([
      "placeholder:[[fill me]]", "vocabulary:contact_details", "vocabulary:national_id_number", "vocabulary:breachDetermined",
    ]);
  });

  it("accepts merge fields every recipient has, and CSV columns once the recipients carry them", () => {
    expect(kinds("Dear {{name}}, your address {{ email }}.")).toEqual([]);
    expect(kinds("Your card ending {{card_last4}}.")).toEqual(["merge_field:{{card_last4}}"]);
    const fields = recipientMergeFields([{ fields: { card_last4: "1234" } }]);
    expect(kinds("Your card ending {{card_last4}}.", { mergeFields: fields })).toEqual([]);
  });

  it("flags a merge field that came from finding text, and finding text copied into the letter", () => {
    const findingTexts = ["Bucket {{name}} policy allows public read"];
    expect(kinds("Dear {{name}},", { findingTexts })).toEqual(["merge_field:{{name}}"]);
    expect(kinds("We found that bucket {{name}} policy allows public read.", { findingTexts })).toEqual([
      "finding_text:Bucket {{name}} policy allows public read", "merge_field:{{name}}",
    ]);
  });

  it("leaves plain prose, statute citations, e-mail addresses and links alone", () => {
    expect(kinds("Write to privacy_team@example.com or see https://example.com/help_page?id=S3.1. Cal. Civ. Code § 1798.82 applies. We found it on 18 November 2026 at 10.30.")).toEqual([]);
  });
});

describe("the completeness check of a letter to individuals", () => {
  const clean: TNoticeContent = {
    subject: "Notice of Data Breach",
    sections: CALIFORNIA.elements.map((e) => ({ key: e.key, heading: e.heading, body: "Written in plain words." })),
  };
  const withBody = (key: string, body: string): TNoticeContent => ({ ...clean, sections: clean.sections.map((s) => (s.key === key ? { ...s, body } : s)) });
  const recipients = [{ address: "ana@example.org", name: "Ana" }];

  it("passes plain words", () => {
    expect(missingElements(CALIFORNIA, clean, recipients)).toEqual([]);
  });

  it("flags each kind of internal material, naming the element", () => {
    for (const body of ["See arn:aws:s3:::b.", "Control S3.1 failed.", "contact_details", "Hello {{account_ref}}"]) {
      const missing = missingElements(CALIFORNIA, withBody("what-we-are-doing", body), recipients);
      expect(missing, body).toHaveLength(1);
      expect(missing[0]).toMatchObject({ key: "what-we-are-doing:internal", heading: "What We Are Doing." });
      expect(missing[0]!.reason).toMatch(/^contains internal material a reader would not understand: /);
    }
  });

  it("flags a placeholder left in an optional element", () => {
    const content: TNoticeContent = { subject: "Your data", sections: GDPR_34.elements.map((e) => ({ key: e.key, heading: e.heading, body: e.required ? "Written." : "[[optional tips]]" })) };
    expect(missingElements(GDPR_34, content, recipients).map((m) => m.key)).toEqual(["what-you-can-do:internal"]);
  });

  it("flags the subject too, and finding text when the caller passes it", () => {
    const missing = missingElements(CALIFORNIA, { ...withBody("what-happened", "The IAM user credentials were unused for a long time"), subject: "Incident IAM.8" }, recipients, {
      findingTexts: ["IAM user credentials were unused"],
    });
    expect(missing.map((m) => m.key)).toEqual(["subject:internal", "what-happened:internal"]);
    expect(missing[1]!.reason).toContain("text copied from a finding");
  });

  it("does not report a required element's placeholder twice", () => {
    const missing = missingElements(CALIFORNIA, withBody("what-happened", "[[describe it]]"), recipients);
    expect(missing).toEqual([{ key: "what-happened", heading: "What Happened?", reason: "still has a placeholder to fill in" }]);
  });

  it("holds a regulator notice to the required elements only, unless its kind is individuals", () => {
    const technical: TNoticeContent = {
      subject: "Personal data breach notification",
      sections: GDPR_33.elements.map((e) => ({ key: e.key, heading: e.heading, body: "Bucket arn:aws:s3:::b, control S3.1." })),
    };
    expect(missingElements(GDPR_33, technical, recipients)).toEqual([]);
    expect(missingElements(GDPR_33, technical, recipients, { kind: "individuals" }).length).toBeGreaterThan(0);
  });
});

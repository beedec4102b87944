import { describe, expect, it } from "vitest";
import { missingElements, noticeContentHash, renderNoticeText, type TNoticeContent } from "./content";
import { prefillContent, type TPrefillContext } from "./prefill";
import { CALIFORNIA, GDPR_33, NOTICE_TEMPLATES, SEC_8K_105, templateForRule } from "./templates";
import { RULES_BY_ID } from "@/lib/clocks/catalog";
import type { TRuleId } from "@/lib/clocks/types";

const content: TNoticeContent = { subject: "Notice", sections: [{ key: "a", heading: "A", body: "Text" }] };

const ctx: TPrefillContext = {
  title: "Public S3 bucket",
  summary: "Bucket policy allowed public reads.",
  declaredAt: "2026-11-20T10:00:00.000Z",
  moments: { occurred: "2026-11-18T08:00:00.000Z", aware: "2026-11-20T09:00:00.000Z" },
  dataCategories: ["contact", "government_id"],
  affected: [{ jurisdiction: "US-CA", count: 1200 }],
  findings: [{ title: "<img src=x onerror=alert(1)>", severity: "HIGH", resource: "arn:aws:s3:::b" }],
  organisationName: "Acme",
};

describe("noticeContentHash", () => {
  it("is the same for the same content and recipients whatever the key order", () => {
    const reordered = { sections: [{ body: "Text", heading: "A", key: "a" }], subject: "Notice" } as TNoticeContent;
    expect(noticeContentHash(content, [{ address: "a@x.org" }])).toBe(noticeContentHash(reordered, [{ address: "a@x.org" }]));
    expect(noticeContentHash(content, [])).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with one character of text or one recipient", () => {
    const base = noticeContentHash(content, [{ address: "a@x.org" }]);
    expect(noticeContentHash({ ...content, sections: [{ key: "a", heading: "A", body: "Text." }] }, [{ address: "a@x.org" }])).not.toBe(base);
    expect(noticeContentHash(content, [{ address: "b@x.org" }])).not.toBe(base);
    expect(noticeContentHash(content, [{ address: "a@x.org" }, { address: "b@x.org" }])).not.toBe(base);
  });
});

describe("templates and completeness", () => {
  it("uses California's statutory headings verbatim", () => {
    expect(CALIFORNIA.subject).toBe("Notice of Data Breach");
    expect(CALIFORNIA.elements.map((e) => e.heading)).toEqual([
      "What Happened?", "What Information Was Involved?", "What We Are Doing.", "What You Can Do.", "For More Information.",
    ]);
  });

  it("lays out GDPR art. 33(3)(a)–(d) as required elements", () => {
    const required = GDPR_33.elements.filter((e) => e.required).map((e) => e.heading);
    for (const letter of ["(a)", "(b)", "(c)", "(d)"]) expect(required.some((h) => h.startsWith(letter))).toBe(true);
  });

  it("names only rule ids that exist in the clock catalog", () => {
    for (const template of NOTICE_TEMPLATES) for (const ruleId of template.ruleIds) expect(RULES_BY_ID.has(ruleId as TRuleId), ruleId).toBe(true);
    expect(templateForRule("US-CA-1798.82-IND").id).toBe("california-1798-82");
    expect(templateForRule("US-TX-521.053-AG").id).toBe("generic-regulator");
    // A state's notice to residents without a template of its own starts from the generic notice to residents.
    expect(templateForRule("US-TX-521.053-IND")).toMatchObject({ id: "generic-individuals", kind: "individuals" });
    expect(templateForRule("US-OH-1349.19-IND").kind).toBe("individuals");
  });

  it("pre-fills from the incident and lists the required elements still holding placeholders", () => {
    const draft = prefillContent(CALIFORNIA, ctx);
    expect(draft.sections[0]?.body).toContain("On or about 18 November 2026");
    expect(draft.sections[1]?.body).toContain("About 1,200 people in California.");
    const missing = missingElements(CALIFORNIA, draft, []).map((m) => m.key);
    expect(missing).toEqual(["what-happened", "what-we-are-doing", "what-you-can-do", "more-information", "recipients"]);
  });

  it("reports a required element that is empty and accepts a filled one", () => {
    const draft = prefillContent(SEC_8K_105, { ...ctx, moments: {} });
    const filled = { ...draft, sections: draft.sections.map((s) => ({ ...s, body: s.key === "material-impact" ? "" : "Known." })) };
    expect(missingElements(SEC_8K_105, filled, [{ address: "edgar@sec.example" }])).toEqual([
      { key: "material-impact", heading: "Material impact or reasonably likely material impact", reason: "is empty" },
    ]);
  });

  it("keeps finding text as text in the rendered plain-text notice", () => {
    const draft = prefillContent(GDPR_33, ctx);
    const { text } = renderNoticeText(draft);
    expect(text).toContain("- <img src=x onerror=alert(1)> (HIGH; arn:aws:s3:::b)");
  });
});

describe("mail merge", () => {
  it("fills name and fields, stripping line breaks so a value cannot add lines or headers", () => {
    const merged = renderNoticeText(
      { subject: "For {{name}}", sections: [{ key: "a", heading: "Dear", body: "Dear {{name}}, account {{account}}. {{unknown}}!" }] },
      { address: "a@x.org", name: "Ana\r\nBcc: evil@x.org", fields: { account: "42" } },
    );
    expect(merged.subject).toBe("For Ana Bcc: evil@x.org");
    expect(merged.text).toBe("Dear\n\nDear Ana Bcc: evil@x.org, account 42. !\n");
  });

  it("sends the approved subject and bodies unaltered: nothing trimmed or cut, whatever their length", () => {
    const subject = `${"Ü".repeat(199)}!`;
    const body = "  Indented.\n\n\tTabbed, trailing spaces   \n";
    const rendered = renderNoticeText({ subject, sections: [{ key: "a", heading: "Heading", body }, { key: "b", heading: "Empty", body: "  " }] }, { address: "a@x.org" });
    expect(rendered).toEqual({ subject, text: `Heading\n\n${body}\n` });
  });
});

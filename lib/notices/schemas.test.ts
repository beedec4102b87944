import { describe, expect, it } from "vitest";
import { ZCreateNoticeInput, ZDecisionInput, ZRecordSubmissionInput, ZSaveVersionInput } from "./schemas";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => ({ name: i.path.map(String).join("."), reason: i.message }));

const content = (subject: string, body = "Text.") => ({ subject, sections: [{ key: "a", heading: "What happened", body }] });
const version = (over: Record<string, unknown> = {}) => ({ content: content("Notice"), recipients: [{ address: "a@example.org" }], basedOnVersion: 1, ...over });

describe("notice schemas refuse, naming the field, what could not be stored or sent as approved", () => {
  it("refuses a subject over 200 characters or with a line break; keeps one of 200", () => {
    expect(issues(ZSaveVersionInput.safeParse(version({ content: content("x".repeat(201)) })))).toEqual([{ name: "content.subject", reason: "must be at most 200 characters" }]);
    expect(issues(ZSaveVersionInput.safeParse(version({ content: content("Notice\nBcc: x@example.org") })))).toEqual([
      { name: "content.subject", reason: "must be one line, without line breaks or control characters" },
    ]);
    expect(ZSaveVersionInput.safeParse(version({ content: content("x".repeat(200)) })).success).toBe(true);
  });

  it("stores a body's line breaks as LF, refuses NUL, other control characters and lone surrogates in it", () => {
    expect(ZSaveVersionInput.parse(version({ content: content("Notice", "a\r\nb\rc\td") })).content.sections[0]?.body).toBe("a\nb\nc\td");
    for (const body of ["a\u0000b", "a\u0007b", "a\ud800b"]) {
      expect(issues(ZSaveVersionInput.safeParse(version({ content: content("Notice", body) })))[0]?.name).toBe("content.sections.0.body");
    }
  });

  it("names the row repeating an earlier recipient's address, whatever its case", () => {
    expect(issues(ZSaveVersionInput.safeParse(version({ recipients: [{ address: "a@example.org" }, { address: "b@example.org" }, { address: "A@EXAMPLE.org" }] })))).toEqual([
      { name: "recipients.2.address", reason: "repeats the address of recipients.0 (a@example.org); each address may appear once" },
    ]);
  });

  it("refuses NUL and lone surrogates in titles, comments, portals and references", () => {
    expect(issues(ZCreateNoticeInput.safeParse({ templateId: "gdpr-33", title: "a\u0000" }))[0]?.name).toBe("title");
    const decision = { versionId: "00000000-0000-4000-8000-000000000000", contentHash: "a".repeat(64), decision: "reject" };
    expect(issues(ZDecisionInput.safeParse({ ...decision, comment: "no\u0000" }))[0]?.name).toBe("comment");
    expect(issues(ZDecisionInput.safeParse({ ...decision, comment: "lone \udc00" }))[0]?.name).toBe("comment");
    const submission = { portal: "p", reference: "r", submittedAt: "2026-12-01T10:00:00Z" };
    expect(issues(ZRecordSubmissionInput.safeParse({ ...submission, portal: "p\u0000" }))[0]?.name).toBe("portal");
    expect(issues(ZRecordSubmissionInput.safeParse({ ...submission, reference: "r\n2" }))[0]?.name).toBe("reference");
  });
});

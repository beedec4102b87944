import { describe, expect, it } from "vitest";
import { missingElements } from "@/lib/notices/content";
import { individualsTemplateFor } from "@/lib/notices/ledger-draft";
import { prefillContent, type TPrefillContext } from "@/lib/notices/prefill";
import { GENERIC_INDIVIDUALS, NOTICE_TEMPLATES, templateForRule } from "@/lib/notices/templates";
import { statesPeopleCount } from "@/lib/notices/templates/us-state-residents";

const ctx = (jurisdiction: string, count: number): TPrefillContext => ({
  title: "Public S3 bucket",
  summary: "Bucket policy allowed public reads.",
  declaredAt: "2026-11-20T10:00:00.000Z",
  moments: { occurred: "2026-11-18T08:00:00.000Z", aware: "2026-11-20T09:00:00.000Z" },
  dataCategories: ["contact", "government_id"],
  affected: [{ jurisdiction, count }, { jurisdiction: "US-TX", count: 40 }],
  findings: [],
  organisationName: "Acme",
});
const keys = (template: { elements: readonly { key: string; required: boolean }[] }, required = true) => template.elements.filter((e) => e.required === required).map((e) => e.key);
const recipients = [{ address: "person@example.com" }];

describe("the notice to a state's residents, per state", () => {
  it("leaves out what Massachusetts forbids and asks for what it requires", () => {
    const ma = templateForRule("US-MA-93H-IND");
    expect(ma.id).toBe("residents-us-ma");
    expect(ma.kind).toBe("individuals");
    expect(keys(ma)).toEqual(expect.arrayContaining(["police-report", "freeze-and-alerts", "more-information"]));
    expect(ma.elements.map((e) => e.key)).not.toContain("what-happened");
    expect(ma.caution).toMatch(/must not describe the nature of the breach nor state how many residents/);
    expect(ma.citation).toContain("93H §3(b)");
  });

  it("refuses to let a Massachusetts or Illinois notice state how many people were affected, and accepts it without the number", () => {
    for (const [rule, code, law] of [["US-MA-93H-IND", "US-MA", "93H §3(b)"], ["US-IL-530.10-IND", "US-IL", "530/10(a)"]] as const) {
      const template = templateForRule(rule);
      const draft = prefillContent(template, ctx(code, 1200));
      // The first draft never states the count (the information element lists the categories only).
      expect(draft.sections.some((s) => statesPeopleCount(s.body)), rule).toBe(false);
      const filled = { ...draft, sections: draft.sections.map((s) => ({ ...s, body: `Written by legal for ${s.heading}.` })) };
      expect(missingElements(template, filled, recipients)).toEqual([]);
      const withCount = { ...filled, sections: filled.sections.map((s, i) => (i === 0 ? { ...s, body: "About 1,200 people in the state were affected." } : s)) };
      const refused = missingElements(template, withCount, recipients);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toContain(law);
    }
  });

  it("adds North Carolina's required elements as placeholders the completeness check asks for until written", () => {
    const nc = templateForRule("US-NC-75-65-IND");
    expect(keys(nc)).toEqual(expect.arrayContaining(["telephone", "stay-vigilant", "consumer-agencies", "ftc-and-ag"]));
    const draft = prefillContent(nc, ctx("US-NC", 30));
    const missing = missingElements(nc, draft, recipients).map((m) => m.key);
    expect(missing).toEqual(expect.arrayContaining(["telephone", "stay-vigilant", "consumer-agencies", "ftc-and-ag"]));
    // Only North Carolina's people are counted in North Carolina's letter.
    const body = draft.sections.map((s) => s.body).join("\n");
    expect(body).toContain("About 30 people in North Carolina");
    expect(body).not.toContain("Texas");
    // "For more information" still closes the letter.
    expect(nc.elements.at(-1)!.key).toBe("more-information");
  });

  it("keeps the generic notice for a state whose statute prescribes no content, and drafts ledger notices with the state's own", () => {
    expect(templateForRule("US-TX-521.053-IND")).toBe(GENERIC_INDIVIDUALS);
    expect(templateForRule("US-AK-45.48.010-IND")).toBe(GENERIC_INDIVIDUALS);
    expect(individualsTemplateFor("US-MA")!.id).toBe("residents-us-ma");
    expect(individualsTemplateFor("US-CA")!.id).toBe("california-1798-82");
    expect(individualsTemplateFor("US-TX")).toBe(GENERIC_INDIVIDUALS);
  });

  it("gives every state template a unique id, the generic elements' order, and no duplicate element", () => {
    const states = NOTICE_TEMPLATES.filter((t) => t.id.startsWith("residents-us-"));
    expect(states.length).toBeGreaterThanOrEqual(15);
    expect(new Set(NOTICE_TEMPLATES.map((t) => t.id)).size).toBe(NOTICE_TEMPLATES.length);
    for (const t of states) expect(new Set(t.elements.map((e) => e.key)).size, t.id).toBe(t.elements.length);
  });

  it("reads a number of people in the usual ways and not other numbers", () => {
    for (const text of ["About 1,200 people in Massachusetts.", "3 000 residents", "12 Massachusetts residents were affected", "1.2 million... no: 1200 customers"]) expect(statesPeopleCount(text), text).toBe(true);
    for (const text of ["Call 1-800-555-0100.", "We offer 18 months of credit monitoring.", "On 18 November 2026 we found it.", "people who were affected"]) expect(statesPeopleCount(text), text).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validation/plain-errors";

function reasons(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues.map((issue) => issue.message);
}

describe("plain error words", () => {
  it("reads after a field's label, never as zod's or a parser's own words", () => {
    const form = z.object({
      title: z.string().trim().min(1),
      subject: z.string().max(200),
      email: z.email(),
      count: z.number().int().min(0),
      when: z.iso.datetime({ offset: true }),
      kind: z.enum(["regulator", "individuals"]),
      recipients: z.array(z.string()).min(1),
    });
    const all = reasons(form, { title: "  ", subject: "x".repeat(201), email: "nope", count: 1.5, when: "tomorrow", kind: "other", recipients: [] });
    expect(all).toEqual([
      "is required",
      "must be at most 200 characters",
      "must be an e-mail address",
      "must be a whole number",
      "must be a date and time with its offset, e.g. 2027-03-26T11:05:00Z",
      "must be one of: regulator, individuals",
      "needs at least one item",
    ]);
    for (const reason of all) expect(reason).not.toMatch(/Too (small|big)|expected|>=|<=|Invalid/);
  });

  it("says a missing field is required and names fields the form does not know", () => {
    expect(reasons(z.object({ name: z.string() }), {})).toEqual(["is required"]);
    expect(reasons(z.object({ name: z.string() }).strict(), { name: "a", colour: "red" })).toEqual(["has a field this form does not know: colour"]);
    expect(reasons(z.number().min(1).max(10), 0)).toEqual(["must be at least 1"]);
    expect(reasons(z.string().length(3), "ab")).toEqual(["must be exactly 3 characters"]);
  });

  it("keeps a schema's own message", () => {
    expect(reasons(z.string().min(12, { error: "must be at least 12 characters long" }), "short")).toEqual(["must be at least 12 characters long"]);
  });
});

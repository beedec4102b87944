import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/http/plain-text";

const reasons = (schema: ReturnType<typeof plainText>, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
};

describe("plain text from people", () => {
  const name = plainText({ max: 10, required: true });
  const note = plainText({ max: 10, multiline: true });

  it("refuses what PostgreSQL or UTF-8 cannot store, each with one reason", () => {
    expect(reasons(name, "a\u0000b")).toEqual(["must not contain NUL characters"]);
    expect(reasons(note, "x\uD800")).toEqual(["must be valid Unicode text (it contains a lone surrogate)"]);
    expect(reasons(note, "\uDC00")).toEqual(["must be valid Unicode text (it contains a lone surrogate)"]);
  });

  it("keeps paired surrogates, line breaks in multi-line text and right-to-left text in a note", () => {
    expect(reasons(note, " 😀\nשלום ")).toEqual("😀\nשלום");
    expect(reasons(note, "a\u202eb")).toEqual("a\u202eb");
    expect(reasons(name, "a\nb")).toEqual(["must not contain control characters"]);
    expect(reasons(name, "Lee\u202eLegal")).toEqual(["must not contain text-direction control characters"]);
  });

  it("trims, then bounds the length and requires text where asked", () => {
    expect(reasons(name, "   ")).toEqual(["is required"]);
    expect(reasons(name, undefined)).toEqual(["is required"]);
    expect(reasons(name, 42)).toEqual(["must be text"]);
    expect(reasons(name, "x".repeat(11))).toEqual(["must be at most 10 characters"]);
    expect(reasons(note, "")).toEqual("");
  });
});

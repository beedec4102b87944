import { describe, expect, it } from "vitest";
import { copyLine, copyValue } from "@/lib/affected-people/copy-text";

describe("COPY text values", () => {
  it("escapes the characters that separate rows and columns, and the escape itself", () => {
    expect(copyValue("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
  });
  it("writes NULL, bytea and arrays as COPY reads them", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(Buffer.from([0, 255]))).toBe("\\\\x00ff");
    expect(copyValue(["name", "contact_details"])).toBe('{"name","contact_details"}');
    expect(copyValue([])).toBe("{}");
  });
  it("ends a row with one newline, columns joined by tabs", () => {
    expect(copyLine(["x", 3, null])).toBe("x\t3\t\\N\n");
  });
});

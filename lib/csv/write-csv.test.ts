import { describe, expect, it } from "vitest";
import { neutralizeCell, toCsv } from "@/lib/csv/write-csv";

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const hostile of ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeCell(hostile)).toBe(`'${hostile}`);
    }
    expect(neutralizeCell("Bucket is public")).toBe("Bucket is public");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(new Date("2026-11-23T12:00:00Z"))).toBe("2026-11-23T12:00:00.000Z");
  });

  it("quotes every field and escapes quotes, so commas and newlines stay in their cell", () => {
    const csv = toCsv([{ header: "title", value: (r: { t: string }) => r.t }], [{ t: '=cmd|" /C calc"!A0' }, { t: "a, b\nc" }]);
    expect(csv).toBe('"title"\r\n"\'=cmd|"" /C calc""!A0"\r\n"a, b\nc"\r\n');
  });
});

import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderPdf, wrap } from "@/lib/reports/pdf";

describe("PDF renderer", () => {
  it("renders text the standard fonts cannot encode (CJK, emoji, control characters) instead of failing", async () => {
    const bytes = await renderPdf(
      { title: "INC-0001 incident report", subtitle: "東京 bucket 🔥 → public", footer: "footer", createdAt: new Date("2026-11-23T00:00:00Z") },
      [{ title: "Timeline", blocks: [{ kind: "entry", title: "#1 \u0007<script>", lines: [{ text: "sha256 " + "a".repeat(64), mono: true }] }] }],
    );
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("INC-0001 incident report");
  });

  it("breaks pages for a long timeline and numbers them", async () => {
    const blocks = Array.from({ length: 200 }, (_, i) => ({ kind: "paragraph" as const, text: `Event ${i} ` + "words ".repeat(30) }));
    const doc = await PDFDocument.load(await renderPdf({ title: "t", subtitle: "s", footer: "f", createdAt: new Date(0) }, [{ title: "Timeline", blocks }]));
    expect(doc.getPageCount()).toBeGreaterThan(5);
  });

  it("wraps words and cuts a word longer than the line", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrap(`short words ${"x".repeat(300)}`, font, 9, 200);
    expect(lines[0]).toBe("short words");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 9)).toBeLessThanOrEqual(200);
  });
});

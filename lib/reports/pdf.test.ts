import { describe, expect, it } from "vitest";
import { renderPdf, type TPdfSection } from "@/lib/reports/pdf";
import { pdfAccessibility, pdfText } from "@/tests/support/pdf-text";

const meta = { title: "INC-0001 incident report", subtitle: "Customer exports bucket public", footer: "INC-0001 · footer", createdAt: new Date("2026-11-23T00:00:00Z") };

describe("PDF renderer", () => {
  it("writes a tagged PDF: marked, titled, in English, with headings, a table with header cells and a list in its structure tree", async () => {
    const sections: TPdfSection[] = [
      { title: "Summary", blocks: [{ kind: "keyValue", pairs: [["Incident", "INC-0001"], ["Severity", "critical"]] }] },
      {
        title: "Obligation register",
        blocks: [
          { kind: "heading", text: "Open obligations (1)" },
          { kind: "entry", title: "Information Commissioner's Office", lines: [{ text: "Due 2 Dec 2026, 14:05 GMT (UTC+00:00)" }] },
          { kind: "table", columns: [{ label: "Jurisdiction", width: 0.5 }, { label: "People", width: 0.5 }], rows: [["California", "1,200"]] },
          { kind: "list", items: ["A rule counsel has not reviewed"] },
        ],
      },
    ];
    const pdf = await pdfAccessibility(await renderPdf(meta, sections));
    expect(pdf).toMatchObject({ marked: true, title: "INC-0001 incident report", language: "en-GB", version: "1.7", pdfUaPart: "1" });
    // Reading order: the title, then each section's heading before its content.
    const roles = pdf.roles.filter((role) => role !== "Document" && role !== "Sect");
    expect(roles.slice(0, 3)).toEqual(["H1", "P", "H2"]);
    expect(roles).toEqual(expect.arrayContaining(["H3", "H4", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody"]));
    expect(roles.indexOf("H3")).toBeLessThan(roles.indexOf("H4"));
    // Two row headers (the key–value labels) and two column headers.
    expect(roles.filter((role) => role === "TH")).toHaveLength(4);
  });

  it("keeps text as text, in the order of the sections, with the footer on every page", async () => {
    const bytes = await renderPdf(meta, [
      { title: "First section", blocks: [{ kind: "paragraph", text: "Alpha paragraph" }] },
      { title: "Second section", blocks: [{ kind: "entry", title: "Beta entry", lines: [{ text: `sha256 ${"a".repeat(64)}`, mono: true }] }] },
    ]);
    const text = await pdfText(bytes);
    expect(text.indexOf("INC-0001 incident report")).toBeLessThan(text.indexOf("Alpha paragraph"));
    expect(text.indexOf("Alpha paragraph")).toBeLessThan(text.indexOf("Beta entry"));
    expect(text).toContain(`sha256 ${"a".repeat(64)}`);
    expect(text).toContain("INC-0001 · footer · page 1 of 1");
  });

  it("renders text the fonts cannot draw (CJK, emoji, control and bidi override characters) instead of failing", async () => {
    const bytes = await renderPdf({ ...meta, subtitle: "東京 bucket 🔥 → public \u202Eevil" }, [
      { title: "Timeline", blocks: [{ kind: "entry", title: "#1 \u0007<script>", lines: [{ text: "Zürich, Αθήνα, Київ" }] }] },
    ]);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("bucket ? → public evil");
    expect(text).toContain("#1 <script>");
    expect(text).toContain("Zürich, Αθήνα, Київ");
  });

  it("breaks pages for a long timeline and numbers them", async () => {
    const blocks = Array.from({ length: 70 }, (_, i) => ({ kind: "paragraph" as const, text: `Event ${i} ` + "words ".repeat(30) }));
    const text = await pdfText(await renderPdf(meta, [{ title: "Timeline", blocks }]));
    const pages = Number(/page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`page ${pages} of ${pages}`);
    expect(text).toContain("Event 69");
  });
});

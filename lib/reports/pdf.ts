import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { TBlock } from "@/lib/reports/blocks";

/**
 * Lays out report sections on A4 pages as a tagged PDF (PDF 1.7, PDF/UA identifier): a structure tree in reading
 * order (Document › Sect › H1/H2/H3, P, Table › TR › TH/TD, L › LI › Lbl/LBody), the document language and title,
 * embedded fonts, real text, and page furniture (footers) marked as artifacts so a screen reader skips it.
 * pdfkit does the tagging; pdf-lib cannot.
 */
const MARGIN = 48;
const FOOTER_SPACE = 18;
const BODY = 9;
const INK = "#0f172a";
const MUTED = "#475569";
const ALERT = "#991b1b";
const RULE = "#94a3b8";
const LANGUAGE = "en-GB";

export type TPdfSection = { title: string; blocks: TBlock[] };
export type TPdfMeta = { title: string; subtitle: string; footer: string; createdAt: Date };

type TDoc = InstanceType<typeof PDFDocument>;
type TStruct = PDFKit.PDFStructureElement;
type TFontName = "body" | "bold" | "mono";

const FONT_NAMES: readonly TFontName[] = ["body", "bold", "mono"];
const FONT_FILES: Record<TFontName, string> = { body: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", mono: "DejaVuSansMono.ttf" };
type TParsedFont = { layout: unknown; hasGlyphForCodePoint(codePoint: number): boolean };
/**
 * The embedded fonts (DejaVu, lib/reports/fonts/LICENSE.txt; PDF/UA wants every font embedded). pdfkit parses a font
 * file for every document, which costs far more than laying the report out; it also takes a font it parsed before,
 * so each is parsed once per process and handed back (fontkit's parsed font is read-only for layout and subsetting).
 */
const parsedFonts = new Map<TFontName, TParsedFont>();

function fontSource(name: TFontName): Buffer | TParsedFont {
  return parsedFonts.get(name) ?? readFileSync(path.join(process.cwd(), "lib/reports/fonts", FONT_FILES[name]));
}

/** Registers the fonts and keeps what pdfkit parsed for the next document. */
function registerFonts(doc: TDoc) {
  for (const name of FONT_NAMES) {
    doc.registerFont(name, fontSource(name) as Buffer);
    doc.font(name);
    const parsed = (doc as unknown as { _font?: { font?: TParsedFont } })._font?.font;
    if (parsed && typeof parsed.layout === "function") parsedFonts.set(name, parsed);
  }
}

/** Invisible characters that would reorder or hide text (bidi overrides, zero-width), and control characters. */
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text as drawn: invisible characters dropped, and characters the font has no glyph for (CJK, emoji) drawn as "?".
 * When anything was replaced, `actual` carries the text itself, so assistive technology reads what was written.
 */
function printable(doc: TDoc, value: string, font: TFontName): { drawn: string; actual?: string } {
  const cleaned = value.replace(/[\r\t]/g, " ").replace(INVISIBLE, "");
  doc.font(font);
  // pdfkit keeps the fontkit font of an embedded TrueType font on `font`; without it nothing is replaced.
  const glyphs = (doc as unknown as { _font?: { font?: TParsedFont } })._font?.font;
  if (!glyphs) return { drawn: cleaned };
  let drawn = "";
  for (const char of cleaned) drawn += char === "\n" || glyphs.hasGlyphForCodePoint(char.codePointAt(0)!) ? char : "?";
  return drawn === cleaned ? { drawn } : { drawn, actual: cleaned };
}

class TaggedLayout {
  readonly width: number;
  /** The heading level of entry titles: one below the section's heading, or below its last sub-heading. */
  entryLevel: 3 | 4 = 3;

  constructor(private readonly doc: TDoc) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  /** Starts a new page when less than `points` are left, so a heading is never alone at the foot of a page. */
  ensure(points: number) {
    if (this.doc.y + points > this.doc.page.maxY()) this.doc.addPage();
  }

  gap(points: number) {
    this.doc.y += points;
  }

  /** One structure element holding one run of text (wrapped, continued on the next page when needed). */
  text(parent: TStruct, type: string, value: string, style: { font?: TFontName; size?: number; color?: string; indent?: number } = {}) {
    const font = style.font ?? "body";
    const { drawn, actual } = printable(this.doc, value, font);
    const indent = style.indent ?? 0;
    parent.add(
      this.doc.struct(type, actual ? { actual } : {}, () => {
        this.doc
          .font(font)
          .fontSize(style.size ?? BODY)
          .fillColor(style.color ?? INK)
          .text(drawn, MARGIN + indent, this.doc.y, { width: this.width - indent, lineGap: 1.5 });
      }),
    );
  }

  heading(parent: TStruct, level: 1 | 2 | 3 | 4, value: string) {
    const size = { 1: 18, 2: 13, 3: 11, 4: BODY + 0.5 }[level];
    // Room for the heading and the start of what it heads (a section often opens with a sub-heading and an entry), so
    // a heading never ends a page.
    this.ensure({ 1: 60, 2: 190, 3: 120, 4: 40 }[level]);
    this.gap(level === 4 ? 2 : 8);
    this.text(parent, `H${level}`, value, { font: "bold", size });
    this.gap(level === 4 ? 1 : 3);
  }

  /** A table with header cells: the columns' labels (scope Column), or each row's label (scope Row) for key–value rows. */
  table(parent: TStruct, header: string[] | null, rows: string[][], widths: number[], rowHeaders: boolean) {
    const cell = (value: string, type: "TH" | "TD", scope?: "column" | "row") => {
      const font: TFontName = type === "TH" ? "bold" : "body";
      return { text: printable(this.doc, value, font).drawn || " ", type, ...(scope ? { scope } : {}), font: { src: font } };
    };
    const data = [
      ...(header ? [header.map((label) => cell(label, "TH", "column"))] : []),
      ...rows.map((row) => row.map((value, i) => (rowHeaders && i === 0 ? cell(value, "TH", "row") : cell(value, "TD")))),
    ];
    this.ensure(BODY * 5);
    this.doc.font("body").fontSize(BODY - 0.5).fillColor(INK);
    this.doc.table({
      position: { x: MARGIN, y: this.doc.y },
      maxWidth: this.width,
      columnStyles: widths.map((share) => ({ width: share * this.width })),
      defaultStyle: { border: { top: 0, left: 0, right: 0, bottom: 0.4 }, borderColor: RULE, padding: [3, 4, 3, 4], textColor: INK },
      data,
      structParent: parent,
    } as PDFKit.Mixins.TableOptionsWithData);
    this.gap(6);
  }

  /** A bulleted list: L › LI › Lbl (the bullet) and LBody (the text). */
  list(parent: TStruct, items: string[]) {
    const list = this.doc.struct("L");
    parent.add(list);
    for (const item of items) {
      this.ensure(BODY * 2.5);
      const entry = this.doc.struct("LI");
      list.add(entry);
      const top = this.doc.y;
      entry.add(this.doc.struct("Lbl", {}, () => this.doc.font("body").fontSize(BODY).fillColor(INK).text("•", MARGIN + 4, top, { lineBreak: false })));
      this.doc.y = top;
      this.text(entry, "LBody", item, { indent: 14 });
      entry.end();
    }
    list.end();
    this.gap(4);
  }

  block(parent: TStruct, block: TBlock) {
    switch (block.kind) {
      case "heading":
        this.heading(parent, 3, block.text);
        this.entryLevel = 4;
        return;
      case "paragraph":
        this.text(parent, "P", block.text, { color: block.tone === "muted" ? MUTED : block.tone === "alert" ? ALERT : INK, font: block.tone === "alert" ? "bold" : "body" });
        this.gap(4);
        return;
      case "keyValue":
        this.table(parent, null, block.pairs, [0.25, 0.75], true);
        return;
      case "table":
        this.table(parent, block.columns.map((c) => c.label), block.rows, block.columns.map((c) => c.width), false);
        return;
      case "list":
        this.list(parent, block.items);
        return;
      case "entry": {
        this.ensure(BODY * 2 * Math.min(block.lines.length + 1, 4));
        this.heading(parent, this.entryLevel, block.title);
        for (const line of block.lines) this.text(parent, "P", line.text, line.mono ? { font: "mono", size: 7.5, indent: 10 } : { indent: 10 });
        this.gap(5);
        return;
      }
    }
  }
}

export async function renderPdf(meta: TPdfMeta, sections: readonly TPdfSection[]): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    pdfVersion: "1.7",
    tagged: true,
    lang: LANGUAGE,
    displayTitle: true,
    // pdfkit writes the PDF/UA identifier (pdfuaid:part 1) into the XMP metadata; its types only know PDF/A.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    bufferPages: true,
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica, which it does not embed; registerFonts sets the body font.
    font: null as unknown as string,
    info: {
      // pdfkit copies Title into the XMP metadata without escaping: keep markup characters out of it.
      Title: meta.title.replace(/[<>&]/g, " "),
      Creator: "Breachdesk",
      Producer: "Breachdesk",
      // Fixed dates: the same record renders to the same bytes (apart from what the record itself contains).
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  registerFonts(doc);
  doc.addPage();
  const layout = new TaggedLayout(doc);
  const root = doc.struct("Document", { title: meta.title, lang: LANGUAGE });
  doc.addStructure(root);
  layout.heading(root, 1, meta.title);
  layout.text(root, "P", meta.subtitle, { color: MUTED, size: 10 });
  layout.gap(6);

  for (const section of sections) {
    const sect = doc.struct("Sect");
    root.add(sect);
    layout.heading(sect, 2, section.title);
    layout.entryLevel = 3;
    doc.outline.addItem(printable(doc, section.title, "bold").drawn);
    for (const block of section.blocks) layout.block(sect, block);
    sect.end();
  }
  root.end();

  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Written inside the bottom margin: without this pdfkit would start a page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    const label = printable(doc, `${meta.footer} · page ${index - start + 1} of ${count}`, "body").drawn;
    doc.font("body").fontSize(7.5).fillColor(MUTED).text(label, MARGIN, doc.page.height - MARGIN / 2 - 8, { width: layout.width, lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { TBlock } from "@/lib/reports/blocks";

/**
 * Lays out report sections on A4 pages with pdf-lib (pure JavaScript, no browser). The standard PDF fonts only
 * encode WinAnsi, so characters outside it are replaced by "?" rather than failing the whole report.
 */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 48;
const WIDTH = A4[0] - 2 * MARGIN;
const BODY = 9;
const LEADING = 1.35;
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.28, 0.33, 0.41);
const ALERT = rgb(0.6, 0.1, 0.1);

export type TPdfSection = { title: string; blocks: TBlock[] };
export type TPdfMeta = { title: string; subtitle: string; footer: string; createdAt: Date };

type TFonts = { regular: PDFFont; bold: PDFFont; mono: PDFFont };

class Layout {
  private page!: PDFPage;
  private y = 0;
  pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: TFonts,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height < MARGIN + 14) this.newPage();
  }

  gap(points: number) {
    this.y -= points;
  }

  /** Draws wrapped text at x within width; returns nothing, moves down. */
  text(value: string, options: { font?: PDFFont; size?: number; color?: ReturnType<typeof rgb>; x?: number; width?: number } = {}) {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? BODY;
    const x = options.x ?? MARGIN;
    const width = options.width ?? WIDTH;
    for (const line of wrap(safe(value, font), font, size, width)) {
      this.ensure(size * LEADING);
      this.y -= size * LEADING;
      this.page.drawText(line, { x, y: this.y + size * 0.25, size, font, color: options.color ?? INK });
    }
  }

  /** One table row: cells wrapped in their columns, the row kept on one page when it fits. */
  row(cells: string[], widths: number[], font: PDFFont, size: number) {
    const lines = cells.map((cell, i) => wrap(safe(cell, font), font, size, widths[i]! * WIDTH - 6));
    const height = Math.max(1, ...lines.map((l) => l.length)) * size * LEADING + 3;
    this.ensure(height);
    let x = MARGIN;
    lines.forEach((cellLines, i) => {
      cellLines.forEach((line, j) => {
        this.page.drawText(line, { x, y: this.y - (j + 1) * size * LEADING + size * 0.25, size, font, color: INK });
      });
      x += widths[i]! * WIDTH;
    });
    this.y -= height;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: MARGIN + WIDTH, y: this.y + 1 }, thickness: 0.3, color: MUTED });
  }

  heading(value: string) {
    this.ensure(40);
    this.gap(10);
    this.text(value, { font: this.fonts.bold, size: 13 });
    this.gap(4);
  }
}

const encodable = new WeakMap<PDFFont, Map<string, boolean>>();

/** Replaces characters the standard font cannot encode, and control characters, so drawing never throws. */
function safe(value: string, font: PDFFont): string {
  let known = encodable.get(font);
  if (!known) encodable.set(font, (known = new Map()));
  const cleaned = value.replace(/[\r\t]/g, " ").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "");
  let out = "";
  for (const char of cleaned) {
    let ok = char === "\n" || known.get(char);
    if (ok === undefined) {
      try {
        font.encodeText(char);
        ok = true;
      } catch {
        ok = false;
      }
      known.set(char, ok);
    }
    out += ok ? char : char === "→" ? "->" : "?";
  }
  return out;
}

/** Greedy word wrap; a word longer than the line (a hash, a URL) is cut by characters. Widths add up word by word. */
export function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
  const measure = (text: string) => font.widthOfTextAtSize(text, size);
  const space = measure(" ");
  const lines: string[] = [];
  for (const paragraph of value.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/)) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line = `${line} ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (!line && wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      let restWidth = wordWidth;
      while (restWidth > width) {
        let cut = 0;
        let cutWidth = 0;
        for (const char of rest) {
          const w = measure(char);
          if (cutWidth + w > width && cut > 0) break;
          cutWidth += w;
          cut += char.length;
        }
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
        restWidth = measure(rest);
      }
      line = rest;
      lineWidth = restWidth;
    }
    lines.push(line);
  }
  return lines;
}

export async function renderPdf(meta: TPdfMeta, sections: readonly TPdfSection[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setSubject(meta.subtitle);
  doc.setProducer("Breachdesk");
  doc.setCreator("Breachdesk");
  doc.setLanguage("en");
  // Fixed dates: the same record renders to the same bytes (apart from what the record itself contains).
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);
  const fonts: TFonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.Courier),
  };
  const layout = new Layout(doc, fonts);
  layout.text(meta.title, { font: fonts.bold, size: 18 });
  layout.text(meta.subtitle, { color: MUTED, size: 10 });
  layout.gap(6);

  for (const section of sections) {
    layout.heading(section.title);
    for (const block of section.blocks) drawBlock(layout, fonts, block);
  }

  layout.pages.forEach((page, index) => {
    const label = safe(`${meta.footer} · page ${index + 1} of ${layout.pages.length}`, fonts.regular);
    page.drawText(label, { x: MARGIN, y: MARGIN / 2, size: 7.5, font: fonts.regular, color: MUTED });
  });
  return doc.save({ useObjectStreams: false });
}

function drawBlock(layout: Layout, fonts: TFonts, block: TBlock) {
  switch (block.kind) {
    case "paragraph":
      layout.text(block.text, { color: block.tone === "muted" ? MUTED : block.tone === "alert" ? ALERT : INK, font: block.tone === "alert" ? fonts.bold : fonts.regular });
      layout.gap(4);
      return;
    case "keyValue":
      for (const [key, value] of block.pairs) layout.row([key, value], [0.25, 0.75], fonts.regular, BODY);
      layout.gap(6);
      return;
    case "table":
      layout.row(block.columns.map((c) => c.label), block.columns.map((c) => c.width), fonts.bold, BODY - 0.5);
      for (const row of block.rows) layout.row(row, block.columns.map((c) => c.width), fonts.regular, BODY - 0.5);
      layout.gap(6);
      return;
    case "entry":
      layout.ensure(BODY * LEADING * (block.lines.length + 1));
      layout.text(block.title, { font: fonts.bold });
      for (const line of block.lines) {
        layout.text(line.text, line.mono ? { font: fonts.mono, size: 7.5, x: MARGIN + 10, width: WIDTH - 10 } : { x: MARGIN + 10, width: WIDTH - 10 });
      }
      layout.gap(5);
      return;
  }
}

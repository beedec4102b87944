import path from "node:path";

/** The text of a PDF as pdf.js extracts it, pages joined, whitespace collapsed (wrapped lines come back as items). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.join(process.cwd(), "node_modules/pdfjs-dist/standard_fonts")}/`;
  const doc = await pdfjs.getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await doc.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

type TStructNode = { role?: string; children?: TStructNode[]; type?: string };

/**
 * What a screen reader relies on in a PDF: whether it is tagged (MarkInfo /Marked), its title and language, and the
 * roles of its structure tree in reading order, all pages' trees joined (["Document", "H1", "P", "Sect", …]).
 */
export async function pdfAccessibility(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const markInfo = await doc.getMarkInfo();
  const { info, metadata } = (await doc.getMetadata()) as { info: { Title?: string; Language?: string; PDFFormatVersion?: string }; metadata: { get(name: string): unknown } | null };
  const roles: string[] = [];
  const walk = (node: TStructNode) => {
    if (node.role && node.role !== "Root") roles.push(node.role);
    for (const child of node.children ?? []) walk(child);
  };
  for (let n = 1; n <= doc.numPages; n++) {
    const tree = (await (await doc.getPage(n)).getStructTree()) as TStructNode | null;
    if (tree) walk(tree);
  }
  const pdfUaPart = metadata?.get("pdfuaid:part") ?? null;
  await doc.destroy();
  return { marked: markInfo?.Marked === true, title: info.Title ?? null, language: info.Language ?? null, version: info.PDFFormatVersion ?? null, pdfUaPart, roles };
}

import { unsafeTextReason } from "@/lib/http/safe-text";

/**
 * Which files the evidence register refuses, and why. Evidence is served back only as an attachment
 * (application/octet-stream, nosniff), but an executable or a page a browser would run is refused at the door
 * anyway: someone will open the download. Logs, screenshots, exports, archives, PDFs and mail are welcome.
 */
const REFUSED_EXTENSIONS: Record<string, string> = {
  exe: "a Windows executable",
  dll: "a Windows library",
  com: "a DOS executable",
  scr: "a Windows screen saver (an executable)",
  msi: "a Windows installer",
  bat: "a Windows batch script",
  cmd: "a Windows command script",
  ps1: "a PowerShell script",
  vbs: "a VBScript file",
  js: "a JavaScript file",
  mjs: "a JavaScript module",
  jar: "a Java archive (runnable)",
  hta: "an HTML application",
  html: "an HTML page",
  htm: "an HTML page",
  xhtml: "an XHTML page",
  svg: "an SVG image (it can carry scripts)",
  app: "a macOS application",
  dmg: "a macOS disk image",
  pkg: "a macOS installer",
  apk: "an Android application",
};

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x4d, 0x5a], what: "a Windows executable (MZ header)" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "an ELF executable" },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: "a Mach-O executable" },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], what: "a Mach-O executable" },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: "a Mach-O universal binary or Java class" },
];

export const REFUSED_TYPES_SUMMARY =
  "executables, installers and scripts (.exe, .dll, .msi, .bat, .ps1, .js, .jar, ELF, Mach-O…) and pages a browser would run (.html, .svg, .hta)";

/** Null when the file may be stored; otherwise why not, in words. `head` is the file's first bytes (512 is plenty). */
export function refusedFileReason(fileName: string, head: Uint8Array): string | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension && REFUSED_EXTENSIONS[extension]) {
    return `is ${REFUSED_EXTENSIONS[extension]} (.${extension}); the evidence register refuses ${REFUSED_TYPES_SUMMARY}. Put it in an archive (.zip) to keep it as evidence.`;
  }
  for (const magic of MAGIC) {
    if (magic.bytes.every((byte, i) => head[i] === byte)) {
      return `is ${magic.what} by its content; the evidence register refuses ${REFUSED_TYPES_SUMMARY}. Put it in an archive (.zip) to keep it as evidence.`;
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<svg") || text.startsWith("<script")) {
    return `is an HTML or SVG page by its content; the evidence register refuses ${REFUSED_TYPES_SUMMARY}. Put it in an archive (.zip) to keep it as evidence.`;
  }
  return null;
}

/** C0 and C1 control characters (NUL, bell, escape, CR, LF, DEL…): never part of a name people read or a header. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Null when an item's name (or an uploaded file's own name) may be kept; otherwise why not. Names are shown in the
 * register and sent back in Content-Disposition, so control characters are refused, as is anything PostgreSQL
 * cannot store or longer than `maxChars`.
 */
export function refusedNameReason(name: string, maxChars: number): string | null {
  if (CONTROL_CHARACTERS.test(name)) return "must not contain control characters (line breaks, tabs, NUL, escapes)";
  return unsafeTextReason(name, maxChars);
}

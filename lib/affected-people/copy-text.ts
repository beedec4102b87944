/**
 * PostgreSQL's COPY text format, for the values the ledger stages: one row per line, columns separated by tabs, NULL
 * as \N, bytea as \\x-hex, text with backslash, tab, newline and carriage return escaped. Pure.
 */
export type TCopyValue = string | Buffer | readonly string[] | number | null;

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** An array literal of plain words (data categories): each element quoted, so no element can be read as syntax. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

export function copyValue(value: TCopyValue): string {
  if (value === null) return "\\N";
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString("hex")}`;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeText(value);
  return escapeText(arrayLiteral(value as readonly string[]));
}

export function copyLine(values: readonly TCopyValue[]): string {
  return `${values.map(copyValue).join("\t")}\n`;
}

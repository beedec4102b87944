import { stringify } from "csv-stringify/sync";

/**
 * CSV formula injection guard (OWASP "CSV Injection"): a cell a spreadsheet could read as a formula — starting with
 * =, +, -, @, a tab or a carriage return — gets a leading apostrophe, and every field is quoted. Finding titles and
 * timeline text come from attackers.
 */
export function neutralizeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type TCsvColumn<T> = { header: string; value: (row: T) => unknown };

export function toCsv<T>(columns: readonly TCsvColumn<T>[], rows: readonly T[]): string {
  return stringify(
    [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => neutralizeCell(c.value(row))))],
    { quoted: true, record_delimiter: "\r\n" },
  );
}

import { formatInstantWithOffset } from "@/lib/time/format-instant";

/**
 * What a report section produces: format-neutral blocks. The PDF renderer (pdf.ts) lays them out and tags them; the
 * export bundle stores each section's data as JSON next to them. Text in blocks is plain text, never markup.
 */
export type TBlock =
  /** A heading inside a section ("Open obligations (2)"); what follows belongs to it. */
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; tone?: "normal" | "muted" | "alert" }
  /** Label and value rows; the labels are the rows' header cells. */
  | { kind: "keyValue"; pairs: [string, string][] }
  /** Columns have header cells; `width` is the share of the line (the widths add up to 1). */
  | { kind: "table"; columns: { label: string; width: number }[]; rows: string[][] }
  | { kind: "list"; items: string[] }
  /** A record of several lines: a timeline event, an obligation. `mono` lines (hashes) are set in a fixed-width font. */
  | { kind: "entry"; title: string; lines: { text: string; mono?: boolean }[] };

/** ISO 8601 in UTC to the second, or "—": for the machine-readable files (JSON, manifest), never for the report's words. */
export function iso(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return `${new Date(value).toISOString().slice(0, 19)}Z`;
}

/** An instant as the report writes it: in the report's zone, with the zone and its offset from UTC; "—" for none. */
export function instantText(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  return formatInstantWithOffset(value, timeZone);
}

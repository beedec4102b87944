/**
 * What a report section produces: format-neutral blocks. The PDF renderer (pdf.ts) lays them out; the export
 * bundle stores each section's data as JSON next to them. Text in blocks is plain text, never markup.
 */
export type TBlock =
  | { kind: "paragraph"; text: string; tone?: "normal" | "muted" | "alert" }
  | { kind: "keyValue"; pairs: [string, string][] }
  | { kind: "table"; columns: { label: string; width: number }[]; rows: string[][] }
  /** A record of several lines: a timeline event, an obligation. `mono` lines (hashes) are never broken. */
  | { kind: "entry"; title: string; lines: { text: string; mono?: boolean }[] };

/** ISO 8601 in UTC to the second, or "—". Reports state instants unambiguously (the JSON keeps milliseconds). */
export function iso(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return `${new Date(value).toISOString().slice(0, 19)}Z`;
}

/** A payload as one line of "key: value" text, nested objects flattened with dots. */
export function payloadText(payload: unknown, prefix = ""): string {
  if (payload === null || payload === undefined) return "";
  if (typeof payload !== "object") return prefix ? `${prefix}: ${String(payload)}` : String(payload);
  if (Array.isArray(payload)) {
    return payload.map((item, index) => payloadText(item, `${prefix}[${index}]`)).filter(Boolean).join("; ");
  }
  return Object.entries(payload as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => payloadText(value, prefix ? `${prefix}.${key}` : key))
    .filter(Boolean)
    .join("; ");
}

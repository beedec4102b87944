import { formatInstant } from "@/lib/time/format-instant";

/**
 * A timeline sentence is text with instants left open, so each place that shows it writes the instants in its own
 * zone: the browser in the viewer's, a report in the organisation's.
 */
export type TSentencePart = string | { instant: string };
export type TSentence = TSentencePart[];

export const at = (instant: string | Date): TSentencePart => ({ instant: typeof instant === "string" ? instant : instant.toISOString() });

/**
 * The sentence as plain text with every instant written in `timeZone` (with the zone's abbreviation; a written record
 * passes formatInstantWithOffset to add the offset from UTC).
 */
export function sentenceText(sentence: TSentence, timeZone: string, format: (instant: string, timeZone: string) => string = formatInstant): string {
  return sentence.map((part) => (typeof part === "string" ? part : format(part.instant, timeZone))).join("");
}

/** "1 finding", "3 findings". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Quotes text that came from a person or a finding, shortened so a sentence stays a sentence. */
export function quote(text: unknown, max = 160): string {
  const value = String(text ?? "").replace(/\s+/g, " ").trim();
  return `“${value.length > max ? `${value.slice(0, max - 1)}…` : value}”`;
}

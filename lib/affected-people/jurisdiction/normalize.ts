/**
 * How an address field is read before it is looked up, and how it is quoted back in a rule. Extracts are
 * attacker-controlled text (NUL, unpaired surrogates, right-to-left overrides, megabytes in one cell): reading never
 * throws, a field too long to be a place is refused before any work on it, and a quote is short and holds only
 * characters that PostgreSQL, the hash chain and a reviewer's screen show as they are.
 */

/** Longer than any place name or postal code; a longer field is refused without being read further. */
export const MAX_FIELD_CHARS = 200;
const QUOTE_CHARS = 40;

export type TField = { kind: "blank" } | { kind: "text"; text: string } | { kind: "bad"; problem: string };

/** One field as given: blank (missing, null, spaces), text, or why it cannot be a place. Numbers are read as digits. */
export function readField(value: unknown): TField {
  if (value === undefined || value === null) return { kind: "blank" };
  if (typeof value === "number") {
    // NDJSON extracts often carry ZIP codes as numbers (94105, or 2138 for 02138).
    return Number.isSafeInteger(value) && value >= 0 ? { kind: "text", text: String(value) } : { kind: "bad", problem: "is not text" };
  }
  if (typeof value !== "string") return { kind: "bad", problem: "is not text" };
  if (value.length > MAX_FIELD_CHARS) return { kind: "bad", problem: `is ${value.length} characters long, too long for a place` };
  const text = value.trim();
  return text === "" ? { kind: "blank" } : { kind: "text", text };
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The lookup key of a name or code: accents, case, periods and apostrophes dropped, "&" read as "and", anything else
 * that is not a Latin letter or digit (spaces, commas, hyphens, control and bidi characters) one space, a leading
 * "the" dropped. "N. Carolina" → "n carolina", "Washington, D.C." → "washington dc", "Côte d'Ivoire" → "cote divoire".
 */
export function fold(text: string): string {
  return text
    .replace(UNPAIRED_SURROGATE, " ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’ʻ`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * A field as a rule or a reason quotes it: at most 40 characters, with control, format (bidi overrides), private-use,
 * unassigned and unpaired surrogate code points written as \u{…} so they are visible and storable.
 */
export function quote(text: string): string {
  let shown = "";
  let count = 0;
  for (const char of text) {
    if (count === QUOTE_CHARS) return `'${shown}…'`;
    shown += /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u.test(char)
      ? `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`
      : char;
    count += 1;
  }
  return `'${shown}'`;
}

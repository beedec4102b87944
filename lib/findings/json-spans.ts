/**
 * Where each value of a JSON text starts and ends, so a finding taken out of a container ({"Findings": [...]}, an
 * array, an EventBridge event) can be stored as the exact bytes it arrived as rather than a re-serialization (key
 * order, spacing, number spelling and escapes all kept). Pure.
 *
 * Only for text JSON.parse has already accepted: the scanner trusts the grammar and checks nothing. Containers
 * nested deeper than `maxDepth` are skipped over without recording their children (each string is jumped with
 * indexOf, so the scan costs little next to JSON.parse itself).
 */
export type TJsonSpan = { start: number; end: number; items?: TJsonSpan[]; fields?: Map<string, TJsonSpan> };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

export function jsonSpans(text: string, maxDepth = 6): TJsonSpan {
  let i = 0;
  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  // At an opening quote: moves past the closing one (a quote preceded by an even number of backslashes).
  const skipString = () => {
    let from = i + 1;
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) throw new Error("unterminated string");
      let backslashes = 0;
      while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
      from = q + 1;
      if (backslashes % 2 === 0) {
        i = from;
        return;
      }
    }
  };
  // From maxDepth on, a container is jumped over character by character, strings by indexOf, recording nothing.
  const skipContainer = () => {
    let nesting = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        skipString();
        continue;
      }
      i++;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) nesting++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--nesting === 0) return;
      } else if (Number.isNaN(c)) throw new Error("unterminated container");
    }
  };
  const value = (depth: number): TJsonSpan => {
    skipWhitespace();
    const start = i;
    const c = text[i];
    if (depth >= maxDepth && (c === "{" || c === "[")) {
      skipContainer();
      return { start, end: i };
    }
    if (c === "{") {
      i++;
      const fields = depth < maxDepth ? new Map<string, TJsonSpan>() : undefined;
      skipWhitespace();
      if (text[i] === "}") {
        i++;
        return { start, end: i, ...(fields ? { fields } : {}) };
      }
      for (;;) {
        skipWhitespace();
        const keyStart = i;
        skipString();
        const key = fields ? (JSON.parse(text.slice(keyStart, i)) as string) : "";
        skipWhitespace();
        i++; // ':'
        const child = value(depth + 1);
        fields?.set(key, child); // a repeated key: the last one wins, as in JSON.parse
        skipWhitespace();
        if (text[i++] === ",") continue;
        return { start, end: i, ...(fields ? { fields } : {}) };
      }
    }
    if (c === "[") {
      i++;
      const items = depth < maxDepth ? ([] as TJsonSpan[]) : undefined;
      skipWhitespace();
      if (text[i] === "]") {
        i++;
        return { start, end: i, ...(items ? { items } : {}) };
      }
      for (;;) {
        const child = value(depth + 1);
        items?.push(child);
        skipWhitespace();
        if (text[i++] === ",") continue;
        return { start, end: i, ...(items ? { items } : {}) };
      }
    }
    if (text.charCodeAt(i) === QUOTE) {
      skipString();
      return { start, end: i };
    }
    // number, true, false, null
    for (;;) {
      const d = text[i];
      if (d === undefined || d === "," || d === "]" || d === "}" || d === " " || d === "\n" || d === "\r" || d === "\t") break;
      i++;
    }
    return { start, end: i };
  };
  return value(0);
}

/** jsonSpans, or null when the text cannot be scanned (nesting deep enough to exhaust the stack). */
export function tryJsonSpans(text: string, maxDepth?: number): TJsonSpan | null {
  try {
    return jsonSpans(text, maxDepth);
  } catch {
    return null;
  }
}

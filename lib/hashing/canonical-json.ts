/**
 * RFC 8785 (JCS) canonical JSON for JSON values: null, booleans, finite numbers, strings, arrays and plain
 * objects (an object with toJSON, such as a Date, is written as what toJSON returns). Byte-identical to the `canonicalize` package for those values (property-tested in
 * canonical-json.test.ts) but several times faster, because verifying a long timeline canonicalizes every event:
 * no cycle bookkeeping (JSON read from the database has no cycles), string concatenation instead of arrays, and the native `isWellFormed` instead of a
 * character loop for the lone-surrogate check.
 *
 * Strings and numbers are serialized by JSON.stringify, which is exactly what RFC 8785 prescribes (ECMAScript
 * string escaping and Number-to-string); object keys are sorted by UTF-16 code units (Array.prototype.sort's default).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return canonicalString(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error(Number.isNaN(value) ? "NaN is not allowed" : "Infinity is not allowed");
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      throw new Error(`A ${typeof value} cannot be part of canonical JSON`);
  }
}

// String.prototype.isWellFormed is in Node 20 (V8 11.3) but in TypeScript's ES2024 lib, newer than ours.
type TWellFormedCheck = { isWellFormed(): boolean };

// Printable ASCII other than the quote and the backslash: such a string is its own JSON text between quotes (and is
// well-formed). Ids, hashes, kinds, timestamps and most labels are, so they skip the general path.
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function canonicalString(value: string): string {
  if (PLAIN_ASCII.test(value)) return `"${value}"`;
  if (!(value as unknown as TWellFormedCheck).isWellFormed()) throw new Error("Lone surrogate is not allowed");
  return JSON.stringify(value);
}

function canonicalArray(items: readonly unknown[]): string {
  let out = "[";
  for (let i = 0; i < items.length; i += 1) {
    if (i > 0) out += ",";
    // As JSON.stringify and `canonicalize` do: a hole or an undefined inside an array becomes null.
    const item = items[i];
    out += item === undefined ? "null" : canonicalJson(item);
  }
  return out + "]";
}

function canonicalObject(object: Record<string, unknown>): string {
  // A Date (or anything else with toJSON) in a payload built in code is written as its JSON form, as `canonicalize` does.
  const toJSON = (object as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return canonicalJson(toJSON.call(object));
  const keys = Object.keys(object).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue; // dropped, as JSON.stringify and `canonicalize` do
    out += (first ? "" : ",") + canonicalString(key) + ":" + canonicalJson(item);
    first = false;
  }
  return out + "}";
}

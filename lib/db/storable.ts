/**
 * What PostgreSQL can store, decided before a finding reaches it, so one finding it would refuse is rejected alone
 * instead of failing its whole batch. Pure.
 *  - Text columns cannot hold U+0000, and jsonb refuses the escape `\u0000` in a string.
 *  - Text is stored as UTF-8, which has no encoding for an unpaired UTF-16 surrogate; jsonb refuses its escape too.
 *  - A btree index entry holds at most about 2,700 bytes (a third of a page), so the unique (product_arn, aws_id)
 *    index bounds the two together in bytes, whatever their limits in characters.
 *  - timestamptz holds years 4713 BC to 294276 AD, but an instant is handed over in ISO form, which outside years
 *    1–9999 has six digits and a sign PostgreSQL does not read.
 */

/** The most UTF-8 bytes ProductArn and Id may take together: under the btree entry limit with its headers. */
export const MAX_KEY_BYTES = 2_600;

// With the `u` flag a surrogate pair is one code point, so this finds unpaired surrogates only. Linear.
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why PostgreSQL cannot store `text`, or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (U+0000), which cannot be stored";
  if (UNPAIRED_SURROGATE.test(text)) return "contains an unpaired surrogate (U+D800–U+DFFF), which is not valid Unicode";
  return null;
}

/** The first string anywhere in `value` (keys included) PostgreSQL cannot store: its path and why. */
export function unstorableValue(value: unknown, path = ""): { path: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = unstorableTextReason(value);
    return reason ? { path, reason } : null;
  }
  if (typeof value !== "object" || value === null) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPath = path ? `${path}.${key}` : key;
    const keyReason = unstorableTextReason(key);
    if (keyReason) return { path: childPath, reason: `its name ${keyReason}` };
    const found = unstorableValue(child, childPath);
    if (found) return found;
  }
  return null;
}

/** Why the key (ProductArn, Id) cannot be indexed, or null when it can. */
export function unindexableKeyReason(productArn: string, awsId: string): string | null {
  const bytes = Buffer.byteLength(productArn, "utf8") + Buffer.byteLength(awsId, "utf8");
  if (bytes <= MAX_KEY_BYTES) return null;
  return `with its ProductArn takes ${bytes} bytes in UTF-8; the two together may take at most ${MAX_KEY_BYTES}`;
}

/** Whether an instant can be handed to PostgreSQL in ISO form (its UTC year is 1 to 9999). */
export function isStorableInstant(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
}

import { unstorableTextReason } from "@/lib/db/storable";
import type { TInvalidParam } from "@/lib/errors/app-error";

/**
 * Text from outside that PostgreSQL or the hash chain cannot keep as sent: NUL (refused by text and jsonb), an
 * unpaired UTF-16 surrogate (refused by jsonb, silently replaced in text, so what is stored would differ from
 * what was hashed), and text long enough to overflow an index or a page. Every route refuses it up front with a
 * 400 naming the field (lib/http/with-route.ts), so no domain has to remember it and no write fails with a 500.
 */

/** The longest string any field takes unless its route allows more (the longest domain text, a notice section, is 20,000). */
export const DEFAULT_MAX_TEXT_CHARS = 20_000;

/** Past this many problems the answer stops listing them. */
const MAX_PROBLEMS = 20;

/** Why this string cannot be taken, or null: what PostgreSQL cannot store (one rule, shared with findings intake), or too long. */
export function unsafeTextReason(text: string, maxChars: number): string | null {
  return unstorableTextReason(text) ?? (text.length > maxChars ? `must be at most ${maxChars} characters` : null);
}

/**
 * Every unsafe string in a parsed JSON value (object keys included), named by its path the way zod names fields
 * ("recipients.3.name"); `root` names a problem with the value itself.
 */
export function findUnsafeText(value: unknown, root: string, maxChars: number): TInvalidParam[] {
  const problems: TInvalidParam[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const name = path.length > 0 ? path.join(".") : root;
    if (typeof node === "string") {
      const reason = unsafeTextReason(node, maxChars);
      if (reason) problems.push({ name, reason });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        const keyReason = unsafeTextReason(key, maxChars);
        if (keyReason) problems.push({ name: path.length > 0 ? `${name} (a key)` : `${root} (a key)`, reason: keyReason });
        else visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return problems.slice(0, MAX_PROBLEMS);
}

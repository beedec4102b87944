import { z } from "zod";

// String.prototype.isWellFormed is in Node 20 and every browser we serve, but not in TypeScript's lib for our target.
type TWellFormedCheck = { isWellFormed(): boolean };

// C0 controls and DEL; a multi-line field keeps tab, line feed and carriage return.
const CONTROLS = /[\u0000-\u001f\u007f]/;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// Bidirectional embeddings, overrides and isolates: in a one-line name they can make it read as someone else's.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text typed by a person, checked so that storing it can never fail: PostgreSQL refuses NUL in text, and a lone
 * surrogate cannot be encoded as UTF-8 (the driver would silently replace it). Each refusal names the problem, so the
 * route answers 400 naming the field instead of a 500. Trimmed; `max` counts UTF-16 code units, as PostgreSQL's
 * char_length counts characters of well-formed text (never more).
 */
export function plainText(options: { max: number; multiline?: boolean; required?: boolean }) {
  const controls = options.multiline ? CONTROLS_BUT_LINES : CONTROLS;
  const schema = z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
    .refine((value) => !value.includes("\u0000"), { error: "must not contain NUL characters", abort: true })
    .refine((value) => (value as unknown as TWellFormedCheck).isWellFormed(), {
      error: "must be valid Unicode text (it contains a lone surrogate)",
      abort: true,
    })
    .refine((value) => !controls.test(value), { error: "must not contain control characters" })
    .refine((value) => options.multiline || !BIDI_CONTROLS.test(value), { error: "must not contain text-direction control characters" })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .max(options.max, { error: `must be at most ${options.max.toLocaleString("en-US")} characters` })
        .min(options.required ? 1 : 0, { error: "is required" }),
    );
  return schema;
}

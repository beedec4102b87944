/**
 * Decoding bytes from outside as UTF-8 without ever turning a bad byte into U+FFFD and accepting it: a replacement
 * character stored in place of what was sent is silent corruption (and two different bodies would read the same).
 * Pure.
 */

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text, or null when the bytes are not valid UTF-8 (a byte order mark is kept, as any other character). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text with each byte that is not part of valid UTF-8 kept as the unpaired surrogate U+DC00 + byte (Python's
 * "surrogateescape"). Valid UTF-8 never decodes to an unpaired surrogate, so such a mark says exactly where the
 * bytes were bad, and the text can still be parsed and cut into items, each judged on its own
 * (`hasUndecodableBytes`), instead of refusing every item for one bad byte.
 */
export function decodeUtf8MarkingBadBytes(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  if (text !== null) return text;
  let out = "";
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += strictDecoder.decode(bytes.subarray(runStart, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
    i += 1;
    runStart = i;
  }
  return out + strictDecoder.decode(bytes.subarray(runStart));
}

// Only the marks of decodeUtf8MarkingBadBytes (U+DC80–U+DCFF) standing alone; a JSON "\udc80" escape is six ASCII
// characters and never matches. Without the `u` flag the pattern sees UTF-16 code units, so a pair is not alone.
const BAD_BYTE_MARK = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;

/** True when `text` (from decodeUtf8MarkingBadBytes) came from bytes that were not valid UTF-8. */
export function hasUndecodableBytes(text: string): boolean {
  return BAD_BYTE_MARK.test(text);
}

/** The length of the well-formed UTF-8 sequence starting at `i` (Unicode table 3-7), or 0 when it is not one. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i]!;
  if (first < 0x80) return 1;
  let continuation: number;
  let low = 0x80;
  let high = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) continuation = 1;
  else if (first >= 0xe0 && first <= 0xef) {
    continuation = 2;
    if (first === 0xe0) low = 0xa0; // no overlong forms
    if (first === 0xed) high = 0x9f; // no surrogates
  } else if (first >= 0xf0 && first <= 0xf4) {
    continuation = 3;
    if (first === 0xf0) low = 0x90; // no overlong forms
    if (first === 0xf4) high = 0x8f; // nothing past U+10FFFF
  } else return 0;
  for (let k = 1; k <= continuation; k += 1) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return continuation + 1;
}

/**
 * An application/x-www-form-urlencoded text (a form body or a URL query) as name → value, the last value of a
 * repeated name winning, decoded as the URL standard does except that percent-encoded bytes that are not UTF-8
 * are refused: `{ undecodable: name }` (the field's name, or "" when the name itself is the bad part).
 */
export function parseUrlEncodedStrict(text: string): { fields: Record<string, string> } | { undecodable: string } {
  const fields: Record<string, string> = {};
  for (const pair of text.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = decodeFormComponent(equals < 0 ? pair : pair.slice(0, equals));
    if (name === null) return { undecodable: "" };
    const value = decodeFormComponent(equals < 0 ? "" : pair.slice(equals + 1));
    if (value === null) return { undecodable: name };
    fields[name] = value;
  }
  return { fields };
}

/** "+" is a space; "%XX" a byte ("%" without two hex digits stays as it is); the bytes must be UTF-8. */
function decodeFormComponent(component: string): string | null {
  const bytes = Buffer.from(component.replaceAll("+", " "), "utf8");
  const out = Buffer.alloc(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i]!;
    if (byte === 0x25 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[length++] = Number.parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16);
      i += 2;
    } else out[length++] = byte;
  }
  return decodeUtf8(out.subarray(0, length));
}

function isHex(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66));
}

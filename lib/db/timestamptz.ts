import pg from "pg";

const TIMESTAMPTZ_OID = 1184;
const defaultParser = pg.types.getTypeParser(TIMESTAMPTZ_OID, "text") as (text: string) => Date | number | null;

/** The number written by `count` ASCII digits at `start`, or -1 if any of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const SHORTEST = "2026-03-29 00:30:00+00".length;
const LONGEST = "2026-03-29 00:30:00.123456+00".length;

/**
 * A timestamptz parser that gives the same Date as pg's default one (postgres-date) several times faster for the
 * format a UTC session prints, "2026-03-29 00:30:00.123+00" (0 to 6 fractional digits), which is what the read
 * pool asks for. Verifying a 100,000-event timeline parses 200,000 timestamps: regular expressions were a tenth
 * of that request's CPU, so the fixed positions are read directly. Years below 1000 are left to the default
 * parser (postgres-date treats years below 100 specially), as is anything else (BC, infinity, offsets).
 * Property-tested against the default parser in timestamptz.test.ts.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const { length } = text;
  const hasFraction = length > SHORTEST && text[19] === ".";
  const shaped =
    (length === SHORTEST || (hasFraction && length >= SHORTEST + 2 && length <= LONGEST)) &&
    text[0] !== "0" && // a year below 1000
    text[4] === "-" && text[7] === "-" && text[10] === " " && text[13] === ":" && text[16] === ":" &&
    text.endsWith("+00");
  if (!shaped) return defaultParser(text);
  const fields = [digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2), digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2)];
  if (fields.includes(-1) || (hasFraction && digitsAt(text, 20, length - 23) < 0)) return defaultParser(text);
  const [year, month, day, hour, minute, second] = fields as [number, number, number, number, number, number];
  // The same arithmetic as postgres-date, so fractional milliseconds are truncated the same way.
  const ms = hasFraction ? 1000 * parseFloat(text.slice(19, length - 3)) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** pg's type parsers with the fast timestamptz one. */
export const fastTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMPTZ_OID && format !== "binary") return parseTimestamptz;
    return pg.types.getTypeParser(oid, format);
  },
};

import pg from "pg";

const TIMESTAMPTZ_OID = 1184;
const defaultParser = pg.types.getTypeParser(TIMESTAMPTZ_OID, "text") as (text: string) => Date | number | null;

// What PostgreSQL prints for a timestamptz in a UTC session: "2026-03-29 00:30:00.123+00". Years below 100 are
// left to the default parser (postgres-date treats them specially), as is anything else (BC, infinity, offsets).
const UTC_TIMESTAMP = /^([1-9]\d{3})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(\.\d{1,6})?\+00$/;

/**
 * A timestamptz parser that gives the same Date as pg's default one (postgres-date) several times faster for
 * the format a UTC session prints, which is what the read pool asks for. Verifying a 100,000-event timeline
 * parses 200,000 timestamps, and the default parser's regular expressions were a tenth of that request's CPU.
 * Property-tested against the default parser in timestamptz.test.ts.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const match = UTC_TIMESTAMP.exec(text);
  if (!match) return defaultParser(text);
  const [, year, month, day, hour, minute, second, fraction] = match;
  // The same arithmetic as postgres-date, so fractional milliseconds are truncated the same way.
  const ms = fraction ? 1000 * parseFloat(fraction) : 0;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), ms));
}

/** pg's type parsers with the fast timestamptz one. */
export const fastTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMPTZ_OID && format !== "binary") return parseTimestamptz;
    return pg.types.getTypeParser(oid, format);
  },
};

import fc from "fast-check";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { parseTimestamptz } from "./timestamptz";

const reference = pg.types.getTypeParser(1184, "text") as (text: string) => unknown;

/** How PostgreSQL prints an instant in a UTC session, with 0 to 6 fractional digits (trailing zeros dropped). */
function printedByPostgres(date: Date, micros: number): string {
  const iso = date.toISOString(); // 2026-03-29T00:30:00.123Z
  const fraction = (iso.slice(20, 23) + String(micros).padStart(3, "0")).replace(/0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction ? `.${fraction}` : ""}+00`;
}

describe("parseTimestamptz", () => {
  it("gives the same instant as pg's default parser for what a UTC session prints", () => {
    const instant = fc.date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 999 }), (date, micros) => {
        const text = printedByPostgres(date, micros);
        expect((parseTimestamptz(text) as Date).getTime()).toBe((reference(text) as Date).getTime());
      }),
      { numRuns: 5_000 },
    );
  });

  it("leaves other forms to the default parser (offsets, BC, infinity, years below 100)", () => {
    for (const text of ["2026-03-29 02:30:00.5+02", "2026-03-29 00:30:00+05:30", "0044-03-15 12:00:00+00 BC", "infinity", "-infinity", "0099-01-01 00:00:00+00"]) {
      expect(parseTimestamptz(text)).toEqual(reference(text));
    }
  });
});

describe("parseTimestamptz on malformed text", () => {
  it("answers what the default parser answers for anything that is not exactly the UTC session format", () => {
    const near = fc.constantFrom(
      "2026-03-29 00:30:00+00",
      "2026-03-29 00:30:00.1+00",
      "2026-03-29 00:30:00.123456+00",
    );
    // Every one-character change of a well-formed text: a letter for a digit, a missing separator, a digit too many.
    fc.assert(
      fc.property(near, fc.nat(), fc.constantFrom("x", "0", "9", ".", " ", "-", ":", "+", ""), (text, at, replacement) => {
        const index = at % text.length;
        const changed = text.slice(0, index) + replacement + text.slice(index + 1);
        const expected = reference(changed);
        const actual = parseTimestamptz(changed);
        if (expected instanceof Date && !Number.isNaN(expected.getTime())) expect((actual as Date).getTime()).toBe(expected.getTime());
        else expect(String(actual)).toBe(String(expected));
      }),
      { numRuns: 5_000 },
    );
  });
});

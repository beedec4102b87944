import { describe, expect, it } from "vitest";
import { addBusinessDays, isBusinessDay, isHoliday } from "@/lib/clocks/holidays";
import { addDays, isWeekend } from "@/lib/clocks/time";

function weekdayHolidays(year: number, calendar: string): string[] {
  const found: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    if (!isWeekend(date) && isHoliday(date, calendar)) found.push(date);
  }
  return found;
}

describe("holiday calendars", () => {
  it("US federal 2026 matches the contract's K9 table (5 U.S.C. 6103, OPM observance)", () => {
    expect(weekdayHolidays(2026, "US-federal")).toEqual([
      "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-10-12",
      "2026-11-11", "2026-11-26", "2026-12-25",
    ]);
  });

  it("US federal 2027 matches K9, plus Fri 31 Dec 2027, the observed New Year's Day of 2028 (statute wins, NOTES.md)", () => {
    expect(weekdayHolidays(2027, "US-federal")).toEqual([
      "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-10-11",
      "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
    ]);
  });

  it("Brazil 2026: national holidays incl. Consciência Negra; Carnival and Corpus Christi stay business days", () => {
    expect(weekdayHolidays(2026, "BR")).toEqual([
      "2026-01-01", "2026-04-03", "2026-04-21", "2026-05-01", "2026-09-07", "2026-10-12", "2026-11-02", "2026-11-20", "2026-12-25",
    ]);
    expect(isBusinessDay("2026-02-16", "BR")).toBe(true);
    expect(isBusinessDay("2026-02-17", "BR")).toBe(true);
    expect(isBusinessDay("2026-06-04", "BR")).toBe(true);
  });

  it("Japan: national holidays and the 29 Dec – 3 Jan closure", () => {
    for (const date of ["2027-12-29", "2027-12-30", "2027-12-31", "2028-01-03", "2027-05-03", "2027-05-04", "2027-05-05"]) {
      expect(isBusinessDay(date, "JP"), date).toBe(false);
    }
    expect(isBusinessDay("2028-01-04", "JP")).toBe(true);
  });

  it("counts business days after day 0, never day 0 itself", () => {
    expect(addBusinessDays("2027-05-27", 4, "US-federal")).toBe("2027-06-03");
    expect(addBusinessDays("2027-06-05", 1, "US-federal")).toBe("2027-06-07");
    expect(addBusinessDays("2026-12-30", 3, "BR")).toBe("2027-01-05");
  });
});

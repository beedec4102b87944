import { describe, expect, it } from "vitest";
import { easterSunday, ruleDate } from "@/lib/clocks/holiday-statutes/dates";
import { addBusinessDays, isBusinessDay, isHoliday } from "@/lib/clocks/holidays";
import { addDays, isWeekend } from "@/lib/clocks/time";

/** Monday–Friday holidays of a calendar in a year, as the engine counts them. */
function weekdayHolidays(calendar: string, year: number): string[] {
  const found: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    if (!isWeekend(date) && isHoliday(date, calendar)) found.push(date);
  }
  return found;
}

// Each list is worked out by hand from the section's subdivisions, year by year (weekday in brackets where a
// weekend move decides it); none comes from the code under test.
const NORTH_CAROLINA: Record<number, string[]> = {
  2026: [
    "2026-01-01", // (1) Thu
    "2026-01-19", // (1a) 3rd Monday of January, and (2) Robert E. Lee's Birthday, 19 January, the same Monday
    "2026-02-16", // (3) 3rd Monday of February
    "2026-03-25", // (3a) Wed
    "2026-04-03", // (8) Good Friday (Easter 5 Apr)
    "2026-04-13", // (4) 12 April is a Sunday: (b) the Monday following
    "2026-05-11", // (5) 10 May is a Sunday: the Monday following
    "2026-05-20", // (6) Wed
    "2026-05-25", // (7) last Monday of May
    // (9) 4 July is a Saturday: (b) moves Sundays only, so no weekday holiday (3 July is a business day)
    "2026-09-07", // (10)
    "2026-09-11", // (10a) Fri
    "2026-09-21", // (11a) Yom Kippur, 10 Tishri 5787
    "2026-10-12", // (11)
    "2026-11-03", // (13) even year: general election
    "2026-11-11", // (12) Wed
    "2026-11-26", // (14)
    "2026-12-25", // (15) Fri
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-01-19", "2027-02-15", "2027-03-25",
    "2027-03-26", // Good Friday (Easter 28 Mar)
    "2027-04-12", "2027-05-10", "2027-05-20", "2027-05-31",
    "2027-07-05", // 4 July is a Sunday: the Monday following
    "2027-09-06",
    // 11 September is a Saturday: no weekday holiday
    "2027-10-11", // (11) Columbus Day and (11a) Yom Kippur fall on the same Monday
    // odd year: no general election
    "2027-11-11", "2027-11-25",
    // 25 December is a Saturday: no weekday holiday (24 December is a business day)
  ],
  2028: [
    // 1 January is a Saturday: no weekday holiday, neither 31 Dec 2027 nor 3 Jan 2028
    "2028-01-17", "2028-01-19", "2028-02-21",
    // 25 March is a Saturday
    "2028-04-12", "2028-04-14", "2028-05-10",
    // 20 May is a Saturday
    "2028-05-29", "2028-07-04", "2028-09-04", "2028-09-11",
    // Yom Kippur, 30 September, is a Saturday
    "2028-10-09", "2028-11-07",
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

const VIRGINIA: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
    "2026-07-03", // 4 July is a Saturday: the Friday next preceding
    "2026-09-07", "2026-10-12",
    "2026-11-03", // Election Day
    "2026-11-11", "2026-11-26",
    "2026-11-27", // the Friday next following Thanksgiving
    "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    "2027-06-18", // 19 June is a Saturday: Friday
    "2027-07-05", // 4 July is a Sunday: Monday
    "2027-09-06", "2027-10-11",
    "2027-11-02", // Election Day every year, not only in even years
    "2027-11-11", "2027-11-25", "2027-11-26",
    "2027-12-24", // 25 December is a Saturday: Friday
    "2027-12-31", // 1 January 2028 is a Saturday: the Friday next preceding, in 2027
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09",
    "2028-11-07",
    "2028-11-10", // 11 November is a Saturday: Friday
    "2028-11-23", "2028-11-24", "2028-12-25",
  ],
};

// AS 44.12.010(a) with SB 22's Juneteenth; AS 44.12.020 moves Sunday holidays to Monday, nothing moves Saturdays.
const ALASKA: Record<number, string[]> = {
  2026: [
    "2026-01-01", // Thu
    "2026-01-19", // 3rd Monday of January (Mondays 5, 12, 19)
    "2026-02-16", // 3rd Monday of February (Mondays 2, 9, 16)
    "2026-03-30", // Seward's Day: 31 March is a Tuesday, so the last Monday is the 30th
    "2026-05-25", // 31 May is a Sunday: last Monday the 25th
    "2026-06-19", // Juneteenth Day, Fri
    // 4 July is a Saturday: no weekday holiday (3 July is a business day)
    "2026-09-07", // 1 September is a Tuesday: first Monday the 7th
    // no Columbus Day / Indigenous Peoples' Day (12 October is a business day)
    "2026-10-19", // Alaska Day, 18 October, is a Sunday: "Sunday and the following Monday are both legal holidays"
    "2026-11-11", // Wed
    "2026-11-26", // Thursdays 5, 12, 19, 26
    "2026-12-25", // Fri
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15",
    "2027-03-29", // 31 March is a Wednesday: last Monday the 29th
    "2027-05-31", // 31 May is a Monday
    // 19 June is a Saturday: no weekday holiday (18 June is a business day)
    "2027-07-05", // 4 July is a Sunday: the following Monday
    "2027-09-06",
    "2027-10-18", // Alaska Day, Mon
    "2027-11-11", // Thu
    "2027-11-25",
    // 25 December and 1 January 2028 are Saturdays: 24 and 31 December are business days
  ],
  2028: [
    "2028-01-17", "2028-02-21",
    "2028-03-27", // 31 March is a Friday: last Monday the 27th
    "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04",
    "2028-10-18", // Wed
    // 11 November is a Saturday: no weekday holiday
    "2028-11-23", "2028-12-25",
  ],
};

// Ala. Code §1-3-8 without Thanksgiving (the Governor's designation) or Juneteenth; Saturday → Friday, Sunday → Monday.
const ALABAMA: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16",
    "2026-04-27", // 4th Monday of April (1 April is a Wednesday: Mondays 6, 13, 20, 27)
    "2026-05-25",
    "2026-06-01", // 1st Monday of June (1 June is a Monday)
    "2026-07-03", // 4 July is a Saturday: the preceding day
    "2026-09-07",
    "2026-10-12", // 2nd Monday of October (Mondays 5, 12)
    "2026-11-11", // Wed
    "2026-12-25", // Fri
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15",
    "2027-04-26", // 1 April is a Thursday: Mondays 5, 12, 19, 26
    "2027-05-31",
    "2027-06-07", // 1 June is a Tuesday: first Monday the 7th
    "2027-07-05", // 4 July is a Sunday: the following day
    "2027-09-06", "2027-10-11", "2027-11-11",
    "2027-12-24", // 25 December is a Saturday
    "2027-12-31", // 1 January 2028 is a Saturday
  ],
  2028: [
    "2028-01-17", "2028-02-21",
    "2028-04-24", // 1 April is a Saturday: Mondays 3, 10, 17, 24
    "2028-05-29",
    "2028-06-05", // 1 June is a Thursday: first Monday the 5th
    "2028-07-04", "2028-09-04",
    "2028-10-09", // 1 October is a Sunday: Mondays 2, 9
    "2028-11-10", // 11 November is a Saturday
    "2028-12-25",
  ],
};

// Iowa Code §1C.1: no weekend moves (those are §1C.2's, for state employees).
const IOWA: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19",
    "2026-02-12", // Lincoln's Birthday, Thu
    "2026-02-16", "2026-05-25",
    // 4 July is a Saturday: not moved
    "2026-09-07", "2026-11-11", "2026-11-26", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18",
    "2027-02-12", // Fri
    "2027-02-15", "2027-05-31",
    // 4 July is a Sunday: not moved (5 July is a business day)
    "2027-09-06", "2027-11-11", "2027-11-25",
    // 25 December and 1 January 2028 are Saturdays: not moved
  ],
  2028: [
    // 12 February is a Saturday
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-07-04", "2028-09-04",
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

// 205 ILCS 630/17(a): no weekend moves; House general elections in even years.
const ILLINOIS: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19",
    "2026-02-12", // Lincoln, Thu
    "2026-02-16",
    "2026-03-02", // Pulaski: 1 March is a Sunday, first Monday the 2nd
    "2026-04-03", // Good Friday (Easter 5 Apr)
    "2026-05-25",
    "2026-06-19", // Juneteenth, Fri
    // 4 July is a Saturday: not moved
    "2026-09-07", "2026-10-12",
    "2026-11-03", // general election
    "2026-11-11", "2026-11-26", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15",
    "2027-03-01", // 1 March is a Monday
    "2027-03-26", // Good Friday (Easter 28 Mar)
    "2027-05-31",
    // 19 June is a Saturday, 4 July a Sunday: not moved
    "2027-09-06", "2027-10-11",
    // odd year: no general election
    "2027-11-11", "2027-11-25",
    // 25 December is a Saturday
  ],
  2028: [
    // 1 January and 12 February are Saturdays
    "2028-01-17", "2028-02-21",
    "2028-03-06", // 1 March is a Wednesday: first Monday the 6th
    "2028-04-14", // Good Friday (Easter 16 Apr)
    "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09",
    "2028-11-07", // general election: first Monday is the 6th
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

// Minn. Stat. §645.44 subd. 5, executive branch without Indigenous Peoples Day; the five fixed dates move off weekends.
const MINNESOTA: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
    "2026-06-19", // Juneteenth, Fri
    "2026-07-03", // 4 July is a Saturday: the preceding day
    "2026-09-07",
    // 12 October (Indigenous Peoples Day) is not an executive-branch holiday
    "2026-11-11", "2026-11-26", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    "2027-06-18", // 19 June is a Saturday
    "2027-07-05", // 4 July is a Sunday: the following day
    "2027-09-06", "2027-11-11", "2027-11-25",
    "2027-12-24", // 25 December is a Saturday
    "2027-12-31", // 1 January 2028 is a Saturday
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04",
    "2028-11-10", // 11 November is a Saturday: the preceding day
    "2028-11-23", "2028-12-25",
  ],
};

// MCL 435.101(1)(a)-(l), no weekend moves (435.102 not read).
const MICHIGAN: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19",
    "2026-02-12", // Lincoln's Birthday, Thu
    "2026-02-16", "2026-05-25",
    "2026-06-19", // Fri
    // 4 July is a Saturday
    "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
    // 24 and 31 December are not in the section
  ],
  2027: [
    "2027-01-01", "2027-01-18",
    "2027-02-12", // Fri
    "2027-02-15", "2027-05-31",
    // 19 June is a Saturday; 4 July a Sunday (no move applied)
    "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
    // 25 December is a Saturday
  ],
  2028: [
    // 1 January and 12 February are Saturdays
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09",
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

// Mo. Rev. Stat. §9.010: Sunday → the Monday next following; Saturday holidays are not moved.
const MISSOURI: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19",
    "2026-02-12", // Lincoln Day, Thu
    "2026-02-16",
    "2026-05-08", // Truman Day, Fri
    "2026-05-25",
    // 4 July is a Saturday: not moved
    "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-12", "2027-02-15",
    // 8 May is a Saturday
    "2027-05-31",
    "2027-07-05", // 4 July is a Sunday: the Monday next following
    "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
    // 25 December and 1 January 2028 are Saturdays
  ],
  2028: [
    // 12 February is a Saturday
    "2028-01-17", "2028-02-21",
    "2028-05-08", // Truman Day, Mon
    "2028-05-29", "2028-07-04", "2028-09-04", "2028-10-09",
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

// Miss. Code §3-3-7(1) without Thanksgiving (the Governor's proclaimed day); Sunday → the next following day.
const MISSISSIPPI: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16",
    "2026-04-27", // last Monday of April (30 April is a Thursday)
    "2026-05-25",
    // 4 July is a Saturday: not moved
    "2026-09-07", "2026-11-11", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15",
    "2027-04-26", // 30 April is a Friday
    "2027-05-31",
    "2027-07-05", // 4 July is a Sunday: the next following day
    "2027-09-06", "2027-11-11",
    // 25 December is a Saturday
  ],
  2028: [
    "2028-01-17", "2028-02-21",
    "2028-04-24", // 30 April is a Sunday: the last Monday is the 24th
    "2028-05-29", "2028-07-04", "2028-09-04",
    // 11 November is a Saturday
    "2028-12-25",
  ],
};

// RSA 288:1 without the appointed Thanksgiving; biennial election in even years; no weekend moves.
const NEW_HAMPSHIRE: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
    // 4 July is a Saturday
    "2026-09-07",
    "2026-10-12", // Columbus Day
    "2026-11-03", // biennial election
    "2026-11-11", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    // 4 July is a Sunday: not moved
    "2027-09-06", "2027-10-11", "2027-11-11",
    // 25 December is a Saturday
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-07-04", "2028-09-04", "2028-10-09",
    "2028-11-07", // biennial election
    // 11 November is a Saturday
    "2028-12-25",
  ],
};

// Ohio Rev. Code §1.14 (A)-(K), no weekend moves.
const OHIO: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
    "2026-06-19", // Juneteenth day, Fri
    // 4 July is a Saturday: not moved
    "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    // 19 June is a Saturday, 4 July a Sunday: not moved
    "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
    // 25 December and 1 January 2028 are Saturdays
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04", "2028-10-09",
    // 11 November is a Saturday
    "2028-11-23", "2028-12-25",
  ],
};

// 25 O.S. §82.1(A): Saturday → Friday, Sunday → Monday; Christmas's own days; the Governor's pick of the day before or
// after a weekday Christmas is not counted.
const OKLAHOMA: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
    "2026-07-03", // 4 July is a Saturday: the preceding Friday
    "2026-09-07", "2026-11-11", "2026-11-26",
    "2026-11-27", // the day after Thanksgiving Day
    "2026-12-25", // Fri: the day before or after is the Governor's pick, not counted
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    "2027-07-05", // 4 July is a Sunday: the succeeding Monday
    "2027-09-06", "2027-11-11", "2027-11-25", "2027-11-26",
    "2027-12-23", "2027-12-24", // Christmas on a Saturday: the Thursday and Friday before
    "2027-12-31", // 1 January 2028 is a Saturday: the preceding Friday
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-07-04", "2028-09-04",
    "2028-11-10", // 11 November is a Saturday
    "2028-11-23", "2028-11-24", "2028-12-25",
  ],
};

// Ark. Code §1-5-101(a)(1)-(10); (b) Saturday → the preceding Friday, Sunday → the succeeding Monday.
const ARKANSAS: Record<number, string[]> = {
  2026: [
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
    "2026-07-03", // 4 July is a Saturday: the preceding Friday
    "2026-09-07", "2026-11-11", "2026-11-26",
    "2026-12-24", // (9) Christmas Eve, Thu
    "2026-12-25",
  ],
  2027: [
    "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31",
    "2027-07-05", // 4 July is a Sunday: the succeeding Monday
    "2027-09-06", "2027-11-11", "2027-11-25",
    "2027-12-24", // Christmas Eve (Fri), and Christmas Day (Sat) observed the preceding Friday: one day
    "2027-12-31", // 1 January 2028 is a Saturday: the preceding Friday, in 2027
  ],
  2028: [
    "2028-01-17", "2028-02-21", "2028-05-29", "2028-07-04", "2028-09-04",
    "2028-11-10", // 11 November is a Saturday: the preceding Friday
    "2028-11-23",
    "2028-12-25", // Christmas Day (Mon), and Christmas Eve (Sun) observed the succeeding Monday: one day
  ],
};

type TCalendarCase = {
  title: string;
  calendar: string;
  holidays: Record<number, string[]>;
  businessDays: [date: string, why: string][];
  count: { from: string; days: number; due: string };
};

const CALENDARS: TCalendarCase[] = [
  {
    title: "Alabama business days: Ala. Code §1-3-8", calendar: "US-AL", holidays: ALABAMA,
    businessDays: [
      ["2026-06-19", "Juneteenth (not in §1-3-8; given by the Governor's proclamation)"],
      ["2026-11-26", "Thanksgiving (the day the Governor designates: not counted, the earlier due date)"],
      ["2026-02-17", "Mardi Gras (a holiday in Baldwin and Mobile counties only)"],
    ],
    // Thanksgiving counts; the day after is a business day too.
    count: { from: "2026-11-24", days: 3, due: "2026-11-27" },
  },
  {
    title: "Alaska business days: AS 44.12.010, 44.12.020", calendar: "US-AK", holidays: ALASKA,
    businessDays: [
      ["2026-10-12", "the second Monday of October (no Columbus Day or Indigenous Peoples' Day in AS 44.12.010)"],
      ["2027-10-11", "the second Monday of October"],
      ["2026-07-03", "the Friday before a Saturday 4 July (AS 44.12.020 moves Sundays only)"],
      ["2027-06-18", "the Friday before a Saturday Juneteenth"],
      ["2027-12-24", "the Friday before a Saturday Christmas"],
      ["2027-12-31", "the Friday before a Saturday New Year's Day"],
    ],
    // Alaska Day on a Sunday: the Monday is a holiday too.
    count: { from: "2026-10-16", days: 1, due: "2026-10-20" },
  },
  {
    title: "Iowa business days: Iowa Code §1C.1", calendar: "US-IA", holidays: IOWA,
    businessDays: [
      ["2026-06-19", "Juneteenth (§1C.14, not a §1C.1 legal public holiday)"],
      ["2026-10-12", "Columbus Day (§1C.5, not in §1C.1)"],
      ["2026-11-27", "the Friday after Thanksgiving (§1C.2, a state-employee paid holiday)"],
      ["2026-07-03", "the Friday before a Saturday 4 July (§1C.2(3) is for state employees)"],
      ["2027-07-05", "the Monday after a Sunday 4 July"],
    ],
    // Lincoln's Birthday and Washington's Birthday, then the weekend in between.
    count: { from: "2027-02-11", days: 1, due: "2027-02-16" },
  },
  {
    title: "Illinois business days: 205 ILCS 630/17", calendar: "US-IL", holidays: ILLINOIS,
    businessDays: [
      ["2026-05-19", "Malcolm X Day (a commemorative date, not a §17 holiday)"],
      ["2026-07-03", "the Friday before a Saturday 4 July (§17 moves nothing)"],
      ["2027-11-02", "the Tuesday after the first Monday of November in an odd year"],
      ["2027-12-24", "the Friday before a Saturday Christmas"],
    ],
    // Good Friday, then the weekend.
    count: { from: "2027-03-25", days: 1, due: "2027-03-29" },
  },
  {
    title: "Minnesota business days: Minn. Stat. §645.44 subd. 5", calendar: "US-MN", holidays: MINNESOTA,
    businessDays: [
      ["2027-10-11", "Indigenous Peoples Day (not a holiday for the executive branch)"],
      ["2026-11-27", "the Friday after Thanksgiving (executive branch only: not counted, the earlier reading)"],
    ],
    // Veterans Day on a Saturday: Friday 10 November 2028 is the holiday.
    count: { from: "2028-11-09", days: 1, due: "2028-11-13" },
  },
  {
    title: "Michigan business days: MCL 435.101", calendar: "US-MI", holidays: MICHIGAN,
    businessDays: [
      ["2026-12-24", "Christmas Eve (a state-employee day off, not in MCL 435.101)"],
      ["2026-12-31", "New Year's Eve (likewise)"],
      ["2027-07-05", "the Monday after a Sunday 4 July (MCL 435.102 not read: not counted, the earlier reading)"],
    ],
    // Lincoln's Birthday on a Friday, then the weekend.
    count: { from: "2027-02-11", days: 1, due: "2027-02-16" },
  },
  {
    title: "Missouri business days: Mo. Rev. Stat. §9.010", calendar: "US-MO", holidays: MISSOURI,
    businessDays: [
      ["2026-06-19", "Juneteenth (not found in §9.010: not counted, the earlier reading)"],
      ["2026-07-03", "the Friday before a Saturday 4 July (§9.010 moves Sundays only)"],
      ["2027-05-07", "the Friday before a Saturday Truman Day"],
    ],
    // Lincoln Day on a Friday, then the weekend and Washington's Birthday.
    count: { from: "2027-02-11", days: 1, due: "2027-02-16" },
  },
  {
    title: "Mississippi business days: Miss. Code §3-3-7", calendar: "US-MS", holidays: MISSISSIPPI,
    businessDays: [
      ["2026-10-12", "the second Monday of October (no Columbus Day in §3-3-7)"],
      ["2026-06-19", "Juneteenth (not in §3-3-7)"],
      ["2026-11-26", "Thanksgiving (the Governor's proclaimed day: not counted, the earlier reading)"],
      ["2026-07-03", "the Friday before a Saturday 4 July (§3-3-7 moves Sundays only)"],
    ],
    // Confederate Memorial Day, then three business days.
    count: { from: "2027-04-23", days: 3, due: "2027-04-29" },
  },
  {
    title: "New Hampshire business days: RSA 288:1", calendar: "US-NH", holidays: NEW_HAMPSHIRE,
    businessDays: [
      ["2026-11-27", "the day after Thanksgiving (a state-employee day off, not in RSA 288:1)"],
      ["2026-11-26", "Thanksgiving (\"whenever appointed\": not counted, the earlier reading)"],
      ["2026-06-19", "Juneteenth (not in RSA 288:1)"],
      ["2027-11-02", "the Tuesday after the first Monday of November in an odd year"],
    ],
    // Columbus Day, then the Tuesday.
    count: { from: "2026-10-09", days: 1, due: "2026-10-13" },
  },
  {
    title: "Ohio business days: Ohio Rev. Code §1.14", calendar: "US-OH", holidays: OHIO,
    businessDays: [
      ["2026-07-03", "the Friday before a Saturday 4 July"],
      ["2027-12-24", "the Friday before a Saturday Christmas"],
      ["2027-07-05", "the Monday after a Sunday 4 July (no move applied: uncertain)"],
    ],
    // Juneteenth day on a Friday, then the weekend.
    count: { from: "2026-06-18", days: 1, due: "2026-06-22" },
  },
  {
    title: "Oklahoma business days: 25 O.S. §82.1", calendar: "US-OK", holidays: OKLAHOMA,
    businessDays: [
      ["2026-10-12", "the second Monday of October (no Columbus Day in §82.1)"],
      ["2026-06-19", "Juneteenth (not in §82.1 as read)"],
      ["2026-12-24", "the day before a Friday Christmas (the Governor's order picks before or after: not counted)"],
    ],
    // The Thursday and Friday before a Saturday Christmas, then the weekend.
    count: { from: "2027-12-22", days: 1, due: "2027-12-27" },
  },
  {
    title: "Arkansas business days: Ark. Code §1-5-101", calendar: "US-AR", holidays: ARKANSAS,
    businessDays: [
      ["2026-06-19", "Juneteenth (a memorial day, §1-5-114, not a legal holiday)"],
      ["2026-10-12", "the second Monday of October (Columbus Day is a memorial day, §1-5-106)"],
      ["2027-12-23", "the Thursday before a Christmas Eve already shared with Saturday Christmas"],
      ["2028-12-26", "the Tuesday after a Christmas Day already shared with Sunday Christmas Eve"],
    ],
    // Veterans Day on a Saturday is observed on Friday 10 November 2028.
    count: { from: "2028-11-09", days: 1, due: "2028-11-13" },
  },
  {
    title: "North Carolina business days: N.C. Gen. Stat. §103-4", calendar: "US-NC", holidays: NORTH_CAROLINA,
    businessDays: [
      ["2026-11-27", "the day after Thanksgiving (a state-employee day off, not in §103-4)"],
      ["2026-12-24", "Christmas Eve (state-employee schedule only)"],
      ["2026-06-19", "Juneteenth (not in §103-4)"],
      ["2026-07-03", "the Friday before a Saturday 4 July (subsection (b) moves Sundays only)"],
      ["2027-12-24", "the Friday before a Saturday Christmas"],
      ["2027-12-31", "the Friday before a Saturday New Year's Day"],
    ],
    // Good Friday, then the weekend.
    count: { from: "2027-03-25", days: 1, due: "2027-03-29" },
  },
  {
    title: "Virginia business days: Va. Code §2.2-3300", calendar: "US-VA", holidays: VIRGINIA,
    businessDays: [
      ["2026-12-24", "Christmas Eve (closed by the Governor some years, not a §2.2-3300 day)"],
      ["2026-12-31", "New Year's Eve"],
      ["2026-01-16", "the Friday before the third Monday in January is no longer Lee-Jackson Day (2020)"],
    ],
    // Thanksgiving and the Friday next following, then the weekend.
    count: { from: "2026-11-25", days: 3, due: "2026-12-02" },
  },
];

describe.each(CALENDARS)("$title", ({ calendar, holidays, businessDays, count }) => {
  it.each(Object.entries(holidays))("%s: the statute's weekday holidays, and no others", (year, expected) => {
    expect(weekdayHolidays(calendar, Number(year))).toEqual(expected);
  });

  it.each(businessDays)("%s is a business day: %s", (date) => {
    expect(isBusinessDay(date, calendar)).toBe(true);
  });

  it(`${count.days} business day(s) after ${count.from} is ${count.due}`, () => {
    expect(addBusinessDays(count.from, count.days, calendar)).toBe(count.due);
  });
});

describe("statutory holiday dates", () => {
  it.each([
    [2024, "2024-03-31"], [2025, "2025-04-20"], [2026, "2026-04-05"], [2027, "2027-03-28"], [2028, "2028-04-16"],
    [2029, "2029-04-01"], [2030, "2030-04-21"], [2038, "2038-04-25"], [2285, "2285-03-22"],
  ])("Easter Sunday %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([[2026, "2026-09-21"], [2027, "2027-10-11"], [2028, "2028-09-30"], [2029, "2029-09-19"], [2030, "2030-10-07"]])(
    "Yom Kippur (10 Tishri) %i is %s", (year, date) => {
      expect(ruleDate({ kind: "hebrew", month: "Tishri", day: 10 }, year)).toBe(date);
    });

  it("Oklahoma's Monday and Tuesday after a Sunday Christmas (25 December 2033), and only then", () => {
    expect(isHoliday("2033-12-26", "US-OK") && isHoliday("2033-12-27", "US-OK")).toBe(true);
    expect(isHoliday("2034-12-26", "US-OK")).toBe(false);
  });

  it("the last Monday of May and the Tuesday after the first Monday of November", () => {
    expect(ruleDate({ kind: "nthWeekday", month: 5, weekday: 1, n: -1 }, 2027)).toBe("2027-05-31");
    expect(ruleDate({ kind: "after", rule: { kind: "nthWeekday", month: 11, weekday: 1, n: 1 }, days: 1 }, 2027)).toBe("2027-11-02");
    expect(ruleDate({ kind: "after", rule: { kind: "nthWeekday", month: 11, weekday: 1, n: 1 }, days: 1 }, 2026)).toBe("2026-11-03");
  });
});

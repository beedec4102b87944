import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * AS 44.12.010(a) as amended by SB 22 (2024), which added Juneteenth Day, and AS 44.12.020: a holiday on a Sunday
 * makes "Sunday and the following Monday" both legal holidays; nothing moves a Saturday holiday. "Every Sunday" is a
 * weekend day anyway. Alaska has no Columbus Day or Indigenous Peoples' Day among its legal holidays.
 */
export const ALASKA: TStatutoryCalendar = {
  code: "US-AK",
  title: "Alaska's legal holidays",
  citation: "AS 44.12.010, 44.12.020",
  url: "https://www.akleg.gov/basis/statutes.asp#44.12.010",
  saturday: "none",
  sunday: "monday",
  notCounted:
    "Days designated by proclamation of the President or the Governor (AS 44.12.010(a)) cannot be known in advance and count as business days; so do the Friday before a Saturday holiday and the second Monday of October, which the statute does not list",
  uncertain:
    "Juneteenth Day (19 June) is counted from SB 22 (2024, signed; in force 2025): the amended section's own words were not read, only the Legislature's sectional analysis and the record of its signing",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "(1) the first of January, known as New Year's Day" },
    { name: "Martin Luther King, Jr.'s Birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "(2) the third Monday of January, known as Martin Luther King, Jr.'s Birthday" },
    { name: "Presidents' Day", rule: nthWeekday(2, MONDAY, 3), text: "(3) the third Monday in February, known as Presidents' Day" },
    { name: "Seward's Day", rule: nthWeekday(3, MONDAY, -1), text: "(4) the last Monday of March, known as Seward's Day" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "(5) the last Monday in May, known as Memorial Day" },
    { name: "Juneteenth Day", rule: fixed(6, 19), text: "June 19, known as Juneteenth Day (added by SB 22, 2024)" },
    { name: "Independence Day", rule: fixed(7, 4), text: "the fourth of July, known as Independence Day" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "the first Monday in September, known as Labor Day" },
    { name: "Alaska Day", rule: fixed(10, 18), text: "the 18th of October, known as Alaska Day" },
    { name: "Veterans' Day", rule: fixed(11, 11), text: "the 11th of November, known as Veterans' Day" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "the fourth Thursday in November, known as Thanksgiving Day" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "the 25th of December, known as Christmas Day" },
  ],
};

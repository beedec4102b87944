import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Mo. Rev. Stat. §9.010: "declared and established public holidays; and when any of such holidays falls upon Sunday,
 * the Monday next following shall be considered the holiday". Nothing moves a Saturday holiday. §9.020 names the
 * days (Lincoln Day 12 February; Truman's birthday is the eighth day of May).
 */
export const MISSOURI: TStatutoryCalendar = {
  code: "US-MO",
  title: "Missouri's public holidays",
  citation: "Mo. Rev. Stat. §9.010",
  url: "https://revisor.mo.gov/main/OneSection.aspx?section=9.010",
  saturday: "none",
  sunday: "monday",
  notCounted:
    "Days off the Governor gives state employees (the Friday before a Saturday holiday, Juneteenth by proclamation) count as business days",
  uncertain:
    "§9.010 was read as quoted by HB 2377 (2010, not enacted), confirmed for Lincoln Day and Truman Day by later reports; a later amendment adding Juneteenth was not found, so 19 June is not counted (counsel may count it: due dates across it would move one day later)",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "the first day of January" },
    { name: "Martin Luther King Day", rule: nthWeekday(1, MONDAY, 3), text: "the third Monday of January" },
    { name: "Lincoln Day", rule: fixed(2, 12), text: "the twelfth day of February" },
    { name: "Washington's Birthday", rule: nthWeekday(2, MONDAY, 3), text: "the third Monday in February" },
    { name: "Truman Day", rule: fixed(5, 8), text: "the eighth day of May" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "the last Monday in May" },
    { name: "Independence Day", rule: fixed(7, 4), text: "the fourth day of July" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "the first Monday in September" },
    { name: "Columbus Day", rule: nthWeekday(10, MONDAY, 2), text: "the second Monday in October" },
    { name: "Veterans Day", rule: fixed(11, 11), text: "the eleventh day of November" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "the fourth Thursday in November" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "the twenty-fifth of December" },
  ],
};

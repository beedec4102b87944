import { fixed, MONDAY, nthWeekday, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

const COLUMBUS_MONDAY = nthWeekday(10, MONDAY, 2);

/**
 * Ala. Code §1-3-8(a) lists the holidays and the weekend rule ("If any holiday falls on Sunday, the following day is
 * the holiday. If any holiday falls on Saturday, the preceding day is the holiday."); (b) fixes the Monday dates.
 * Mardi Gras is a holiday only in Baldwin and Mobile counties, so a statewide count does not skip it.
 */
export const ALABAMA: TStatutoryCalendar = {
  code: "US-AL",
  title: "Alabama's legal public holidays",
  citation: "Ala. Code §1-3-8",
  url: "https://law.justia.com/codes/alabama/title-1/chapter-3/section-1-3-8/",
  saturday: "friday",
  sunday: "monday",
  notCounted:
    "Thanksgiving (§1-3-8 names \"the day designated by the Governor for public thanksgiving\"), days the Governor declares state holidays (such as Juneteenth by proclamation), and Mardi Gras (Baldwin and Mobile counties only) count as business days",
  uncertain:
    "Read to count fewer holidays: Thanksgiving is not counted (the section makes it the day the Governor designates, not a fixed date), nor Juneteenth (not in the section's text as quoted by 2025's HB 155; the Governor has given it by proclamation). The Monday dates of (b) after Washington's birthday were read from the State's official holiday lists, not the section",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "(a) … New Year's Day …" },
    { name: "Robert E. Lee's and Martin Luther King, Jr.'s birthdays", rule: nthWeekday(1, MONDAY, 3),
      text: "(b)(1) Robert E. Lee's birthday – the third Monday in January (Martin Luther King, Jr.'s birthday, the same Monday)" },
    { name: "George Washington's and Thomas Jefferson's birthdays", rule: nthWeekday(2, MONDAY, 3),
      text: "(b)(2) George Washington's birthday – the third Monday in February (Thomas Jefferson's birthday, the same Monday)" },
    { name: "Confederate Memorial Day", rule: nthWeekday(4, MONDAY, 4), text: "Confederate Memorial Day – the fourth Monday in April" },
    { name: "National Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "National Memorial Day – the last Monday in May" },
    { name: "Jefferson Davis' birthday", rule: nthWeekday(6, MONDAY, 1), text: "Jefferson Davis' birthday – the first Monday in June" },
    { name: "The Fourth day of July", rule: fixed(7, 4), text: "(a) … the Fourth day of July …" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "(a) … Labor Day … (the first Monday in September)" },
    { name: "Columbus Day, Fraternal Day and American Indian Heritage Day", rule: COLUMBUS_MONDAY,
      text: "Columbus Day and Fraternal Day, and American Indian Heritage Day – the second Monday in October" },
    { name: "Veterans' Day", rule: fixed(11, 11), text: "Veterans' Day – November 11" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "(a) … Christmas Day …" },
  ],
};

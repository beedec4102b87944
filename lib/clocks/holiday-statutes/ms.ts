import { fixed, MONDAY, nthWeekday, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Miss. Code §3-3-7(1): "In the event any holiday hereinbefore declared legal shall fall on Sunday, then the next
 * following day shall be a legal holiday" (nothing moves a Saturday holiday). Mississippi has no Columbus Day and no
 * Juneteenth among its legal holidays; days a county or municipality substitutes under (2) are local.
 */
export const MISSISSIPPI: TStatutoryCalendar = {
  code: "US-MS",
  title: "Mississippi's legal holidays",
  citation: "Miss. Code §3-3-7",
  url: "https://codes.findlaw.com/ms/title-3-state-sovereignty-jurisdiction-and-holidays/ms-code-sect-3-3-7.html",
  saturday: "none",
  sunday: "monday",
  notCounted:
    "Thanksgiving is \"the day fixed by proclamation by the Governor\" and is not counted; days counties or municipalities substitute under (2), and days the Governor adds to the Thanksgiving or Christmas season, count as business days",
  uncertain:
    "Read to count fewer holidays: Thanksgiving is not counted (the section makes it the Governor's proclaimed day, matched to the President's, not a date; counsel may count the fourth Thursday, moving due dates across it one day later). The section was read as FindLaw has it on 1 January 2023; bills to add Juneteenth (SB 2676, 2023) were not found enacted",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "the first day of January (New Year's Day)" },
    { name: "Robert E. Lee's and Dr. Martin Luther King, Jr.'s birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "the third Monday of January (Robert E. Lee's birthday and Dr. Martin Luther King, Jr.'s birthday)" },
    { name: "Washington's birthday", rule: nthWeekday(2, MONDAY, 3), text: "the third Monday of February (Washington's birthday)" },
    { name: "Confederate Memorial Day", rule: nthWeekday(4, MONDAY, -1), text: "the last Monday of April (Confederate Memorial Day)" },
    { name: "National Memorial Day and Jefferson Davis' birthday", rule: nthWeekday(5, MONDAY, -1),
      text: "the last Monday of May (National Memorial Day and Jefferson Davis' birthday)" },
    { name: "Independence Day", rule: fixed(7, 4), text: "the fourth day of July (Independence Day)" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "the first Monday of September (Labor Day)" },
    { name: "Armistice or Veterans' Day", rule: fixed(11, 11), text: "the eleventh day of November (Armistice or Veterans' Day)" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "the twenty-fifth day of December (Christmas Day)" },
  ],
};

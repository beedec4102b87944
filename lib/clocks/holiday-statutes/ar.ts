import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Ark. Code §1-5-101: "the sole official holidays applicable to state government in Arkansas". Columbus Day and
 * Juneteenth are memorial days, "not legal holidays" (§1-5-106, §1-5-114). (b): Saturday → the preceding Friday,
 * Sunday → the succeeding Monday.
 */
export const ARKANSAS: TStatutoryCalendar = {
  code: "US-AR",
  title: "Arkansas's official holidays",
  citation: "Ark. Code §1-5-101",
  url: "https://law.justia.com/codes/arkansas/title-1/chapter-5/section-1-5-101/",
  saturday: "friday",
  sunday: "monday",
  notCounted:
    "An employee's birthday ((a)(11)) and office closings the Governor proclaims (§1-5-103) cannot be known in advance and count as business days; so do Columbus Day and Juneteenth (memorial days, not legal holidays)",
  uncertain:
    "Where Christmas Eve and Christmas Day share an observed day (25 December on a Saturday, 24 December on a Sunday), §1-5-101(b) gives no second day off: 23 December 2027 and 26 December 2028 are counted as business days",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "(1) New Year's Day — January 1" },
    { name: "Dr. Martin Luther King Jr.'s Birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "(2) Dr. Martin Luther King Jr.'s Birthday — the third Monday in January" },
    { name: "George Washington's Birthday and Daisy Gatson Bates Day", rule: nthWeekday(2, MONDAY, 3),
      text: "(3) George Washington's Birthday and Daisy Gatson Bates Day — the third Monday in February" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "(4) Memorial Day — the last Monday in May" },
    { name: "Independence Day", rule: fixed(7, 4), text: "(5) Independence Day — July 4" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "(6) Labor Day — the first Monday in September" },
    { name: "Veterans Day", rule: fixed(11, 11), text: "(7) Veterans Day — November 11" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "(8) Thanksgiving Day — the fourth Thursday in November" },
    { name: "Christmas Eve", rule: fixed(12, 24), text: "(9) Christmas Eve — December 24" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "(10) Christmas Day — December 25" },
  ],
};

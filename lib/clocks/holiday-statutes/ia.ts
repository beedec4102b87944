import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Iowa Code §1C.1, "Legal public holidays". The section moves no holiday off a weekend: the Friday/Monday rule and the
 * Friday after Thanksgiving are §1C.2's, the state employees' paid holidays, not legal public holidays. Columbus Day
 * (§1C.5) and Juneteenth (§1C.14) are sections of their own outside §1C.1.
 */
export const IOWA: TStatutoryCalendar = {
  code: "US-IA",
  title: "Iowa's legal public holidays",
  citation: "Iowa Code §1C.1",
  url: "https://www.legis.iowa.gov/docs/code/1C.1.pdf",
  saturday: "none",
  sunday: "none",
  notCounted:
    "The state employees' paid days of §1C.2 that §1C.1 does not list (the Friday after Thanksgiving, the Friday or Monday for a weekend holiday) and days the executive council gives count as business days",
  uncertain:
    "§1C.1 was read in the Legislature's 2001 code; the current chapter index still has it as 'Legal public holidays' and §421.9A (2022) cites it, but a later amendment was not ruled out. §1C.2's weekend moves are not applied (they grant state employees days off; §1C.1 moves nothing)",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "1. New Year's Day, January 1." },
    { name: "Dr. Martin Luther King, Jr.'s Birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "2. Dr. Martin Luther King, Jr.'s Birthday, the third Monday in January." },
    { name: "Lincoln's Birthday", rule: fixed(2, 12), text: "3. Lincoln's Birthday, February 12." },
    { name: "Washington's Birthday", rule: nthWeekday(2, MONDAY, 3), text: "4. Washington's Birthday, the third Monday in February." },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "5. Memorial Day, the last Monday in May." },
    { name: "Independence Day", rule: fixed(7, 4), text: "6. Independence Day, July 4." },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "7. Labor Day, the first Monday in September." },
    { name: "Veterans Day", rule: fixed(11, 11), text: "8. Veterans Day, November 11." },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "9. Thanksgiving Day, the fourth Thursday in November." },
    { name: "Christmas Day", rule: fixed(12, 25), text: "10. Christmas Day, December 25." },
  ],
};

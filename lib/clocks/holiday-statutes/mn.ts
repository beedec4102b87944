import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Minn. Stat. §645.44 subd. 5 as amended in 2023 (Juneteenth; Indigenous Peoples Day for Christopher Columbus Day).
 * Only New Year's Day, Juneteenth, Independence Day, Veterans Day and Christmas move off a weekend, and the model's
 * weekend rule is the section's for those five: the others fall on Mondays or a Thursday. "For the executive branch"
 * the subdivision adds the Friday after Thanksgiving and removes Indigenous Peoples Day; the rows file with executive
 * agencies, so Indigenous Peoples Day is not counted, nor (the earlier reading) the Friday after Thanksgiving.
 */
export const MINNESOTA: TStatutoryCalendar = {
  code: "US-MN",
  title: "Minnesota's holidays",
  citation: "Minn. Stat. §645.44 subd. 5",
  url: "https://www.revisor.mn.gov/statutes/cite/645.44",
  saturday: "friday",
  sunday: "monday",
  notCounted:
    "Indigenous Peoples Day is not a holiday for the executive branch and counts as a business day; so does the Friday after Thanksgiving (an executive-branch holiday: not counted, the earlier reading)",
  uncertain:
    "The executive-branch sentence is read to take Indigenous Peoples Day out (a filing with an executive agency) but not to add the Friday after Thanksgiving: counsel may count that Friday (due dates across it would move one day later)",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "New Year's Day, January 1" },
    { name: "Martin Luther King's Birthday", rule: nthWeekday(1, MONDAY, 3), text: "Martin Luther King's Birthday, the third Monday in January" },
    { name: "Washington's and Lincoln's Birthday", rule: nthWeekday(2, MONDAY, 3),
      text: "Washington's and Lincoln's Birthday, the third Monday in February" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "Memorial Day, the last Monday in May" },
    { name: "Juneteenth", rule: fixed(6, 19), text: "Juneteenth, June 19" },
    { name: "Independence Day", rule: fixed(7, 4), text: "Independence Day, July 4" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "Labor Day, the first Monday in September" },
    { name: "Veterans Day", rule: fixed(11, 11), text: "Veterans Day, November 11" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "Thanksgiving Day, the fourth Thursday in November" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "Christmas Day, December 25" },
  ],
};

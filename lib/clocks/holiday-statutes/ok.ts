import {
  daysAfter, fixed, MONDAY, nthWeekday, SATURDAY, SUNDAY, THANKSGIVING, type TStatutoryCalendar,
} from "@/lib/clocks/holiday-statutes/model";

const CHRISTMAS = fixed(12, 25);

/**
 * 25 O.S. §82.1(A) as in the 2021 compilation: Saturday → the preceding Friday, Sunday → the succeeding Monday, and
 * Christmas has its own days ("the Thursday and Friday before Christmas if Christmas is on a Saturday, the Monday and
 * Tuesday after Christmas, if Christmas is on a Sunday"). "The day before or after Christmas if Christmas is not on a
 * Saturday or Sunday" leaves the choice to the Governor's executive order (B), so neither day is counted.
 */
export const OKLAHOMA: TStatutoryCalendar = {
  code: "US-OK",
  title: "Oklahoma's holidays",
  citation: "25 O.S. §82.1",
  url: "https://www.oscn.net/applications/oscn/DeliverDocument.asp?CiteID=69131",
  saturday: "friday",
  sunday: "monday",
  notCounted:
    "\"The day before or after Christmas\" (the Governor's executive order picks one) and days the Governor declares after a presidential national holiday (B) cannot be known in advance and count as business days",
  uncertain:
    "Read to count fewer holidays: neither the day before nor the day after a weekday Christmas is counted (the Governor's order chooses one; counsel may count the ordered day). §82.1 was read as bills of 2023 and 2025 quote the 2021 compilation; a later amendment adding Juneteenth (SB 1531, 2024) was not found enacted",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "New Year's Day on the 1st day of January" },
    { name: "Martin Luther King, Jr.'s Birthday", rule: nthWeekday(1, MONDAY, 3), text: "Martin Luther King, Jr.'s Birthday on the third Monday in January" },
    { name: "Presidents' Day", rule: nthWeekday(2, MONDAY, 3), text: "Presidents' Day on the third Monday in February" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "Memorial Day on the last Monday in May" },
    { name: "Independence Day", rule: fixed(7, 4), text: "Independence Day on the 4th day of July" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "Labor Day on the first Monday in September" },
    { name: "Veterans' Day", rule: fixed(11, 11), text: "Veterans' Day on the 11th day of November" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "Thanksgiving Day on the fourth Thursday in November" },
    { name: "The day after Thanksgiving Day", rule: daysAfter(THANKSGIVING, 1), text: "the day after Thanksgiving Day" },
    { name: "Christmas", rule: CHRISTMAS, text: "Christmas on the 25th day of December" },
    { name: "The Thursday before a Saturday Christmas", rule: fixed(12, 23), onlyIf: { rule: CHRISTMAS, weekday: SATURDAY },
      text: "the Thursday and Friday before Christmas if Christmas is on a Saturday" },
    { name: "The Friday before a Saturday Christmas", rule: fixed(12, 24), onlyIf: { rule: CHRISTMAS, weekday: SATURDAY },
      text: "the Thursday and Friday before Christmas if Christmas is on a Saturday" },
    { name: "The Monday after a Sunday Christmas", rule: fixed(12, 26), onlyIf: { rule: CHRISTMAS, weekday: SUNDAY },
      text: "the Monday and Tuesday after Christmas, if Christmas is on a Sunday" },
    { name: "The Tuesday after a Sunday Christmas", rule: fixed(12, 27), onlyIf: { rule: CHRISTMAS, weekday: SUNDAY },
      text: "the Monday and Tuesday after Christmas, if Christmas is on a Sunday" },
  ],
};

import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * MCL 435.101(1)(a)-(l) as amended to add Juneteenth; (m), the Saturday afternoon half-holiday, falls on a weekend
 * day anyway. Christmas Eve and New Year's Eve are not in the section (they are state-employee days off). MCL 435.102
 * makes a Monday a holiday when certain holidays fall on a Sunday, but which ones was not read: no move is applied.
 */
export const MICHIGAN: TStatutoryCalendar = {
  code: "US-MI",
  title: "Michigan's public holidays",
  citation: "MCL 435.101",
  url: "https://www.legislature.mi.gov/Laws/MCL?objectName=mcl-435-101",
  saturday: "none",
  sunday: "none",
  notCounted:
    "Christmas Eve, New Year's Eve and other state-employee days off that MCL 435.101 does not list count as business days",
  uncertain:
    "MCL 435.102 (a Monday holiday when certain holidays fall on a Sunday) was not read, so no Sunday holiday is moved: the Monday after a Sunday New Year's Day, Juneteenth, 4 July, Veterans Day or Christmas counts as a business day (counsel may count it: due dates across it would move one day later)",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "(a) January 1, New Year's Day." },
    { name: "Martin Luther King, Jr. Day", rule: nthWeekday(1, MONDAY, 3),
      text: "(b) The third Monday of January in conjunction with the federal holiday, Martin Luther King, Jr. Day." },
    { name: "Lincoln's Birthday", rule: fixed(2, 12), text: "(c) February 12, Lincoln's Birthday." },
    { name: "Washington's Birthday", rule: nthWeekday(2, MONDAY, 3), text: "(d) The third Monday of February, Washington's Birthday." },
    { name: "Memorial or Decoration Day", rule: nthWeekday(5, MONDAY, -1), text: "(e) The last Monday of May, Memorial or Decoration Day." },
    { name: "Juneteenth", rule: fixed(6, 19), text: "(f) June 19, Juneteenth." },
    { name: "Independence Day", rule: fixed(7, 4), text: "(g) July 4, Independence Day." },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "(h) The first Monday of September, Labor Day." },
    { name: "Columbus Day", rule: nthWeekday(10, MONDAY, 2), text: "(i) The second Monday of October, Columbus Day." },
    { name: "Veterans Day", rule: fixed(11, 11), text: "(j) November 11, Veterans Day." },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "(k) The fourth Thursday of November, Thanksgiving Day." },
    { name: "Christmas Day", rule: fixed(12, 25), text: "(l) December 25, Christmas Day." },
  ],
};

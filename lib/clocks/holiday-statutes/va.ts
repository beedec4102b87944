import type { TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

const MONDAY = 1;
const THURSDAY = 4;

/**
 * Va. Code §2.2-3300 as amended in 2020 (Election Day replaced Lee-Jackson Day; Juneteenth added). Election Day is
 * every year: the section names "the Tuesday following the first Monday in November" without an election-year
 * condition, and Virginia holds general elections every November. A holiday on a Saturday is observed on the Friday
 * before, one on a Sunday on the Monday after.
 */
export const VIRGINIA: TStatutoryCalendar = {
  code: "US-VA",
  title: "Virginia's legal holidays",
  citation: "Va. Code §2.2-3300",
  url: "https://law.lis.virginia.gov/vacode/title2.2/chapter33/section2.2-3300/",
  saturday: "friday",
  sunday: "monday",
  notCounted:
    "Days the Governor or the President appoints, and closings such as Christmas Eve given to state employees by the Governor, are not known in advance and count as business days",
  holidays: [
    { name: "New Year's Day", rule: { kind: "fixed", month: 1, day: 1 }, text: "January 1 — New Year's Day." },
    { name: "Martin Luther King, Jr., Day", rule: { kind: "nthWeekday", month: 1, weekday: MONDAY, n: 3 },
      text: "The third Monday in January — Martin Luther King, Jr., Day." },
    { name: "George Washington Day", rule: { kind: "nthWeekday", month: 2, weekday: MONDAY, n: 3 },
      text: "The third Monday in February — George Washington Day." },
    { name: "Memorial Day", rule: { kind: "nthWeekday", month: 5, weekday: MONDAY, n: -1 }, text: "The last Monday in May — Memorial Day." },
    { name: "Juneteenth", rule: { kind: "fixed", month: 6, day: 19 }, text: "June 19 — Juneteenth." },
    { name: "Independence Day", rule: { kind: "fixed", month: 7, day: 4 }, text: "July 4 — Independence Day." },
    { name: "Labor Day", rule: { kind: "nthWeekday", month: 9, weekday: MONDAY, n: 1 }, text: "The first Monday in September — Labor Day." },
    { name: "Columbus Day and Yorktown Victory Day", rule: { kind: "nthWeekday", month: 10, weekday: MONDAY, n: 2 },
      text: "The second Monday in October — Columbus Day and Yorktown Victory Day." },
    { name: "Election Day", rule: { kind: "after", rule: { kind: "nthWeekday", month: 11, weekday: MONDAY, n: 1 }, days: 1 },
      text: "The Tuesday following the first Monday in November — Election Day." },
    { name: "Veterans Day", rule: { kind: "fixed", month: 11, day: 11 }, text: "November 11 — Veterans Day." },
    { name: "Thanksgiving Day", rule: { kind: "nthWeekday", month: 11, weekday: THURSDAY, n: 4 },
      text: "The fourth Thursday in November and the Friday next following — Thanksgiving Day." },
    { name: "Friday after Thanksgiving", rule: { kind: "after", rule: { kind: "nthWeekday", month: 11, weekday: THURSDAY, n: 4 }, days: 1 },
      text: "The fourth Thursday in November and the Friday next following — Thanksgiving Day." },
    { name: "Christmas Day", rule: { kind: "fixed", month: 12, day: 25 }, text: "December 25 — Christmas Day." },
  ],
};

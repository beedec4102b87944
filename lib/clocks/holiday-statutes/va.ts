import {
  daysAfter, ELECTION_TUESDAY, fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar,
} from "@/lib/clocks/holiday-statutes/model";

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
    { name: "New Year's Day", rule: fixed(1, 1), text: "January 1 — New Year's Day." },
    { name: "Martin Luther King, Jr., Day", rule: nthWeekday(1, MONDAY, 3),
      text: "The third Monday in January — Martin Luther King, Jr., Day." },
    { name: "George Washington Day", rule: nthWeekday(2, MONDAY, 3),
      text: "The third Monday in February — George Washington Day." },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "The last Monday in May — Memorial Day." },
    { name: "Juneteenth", rule: fixed(6, 19), text: "June 19 — Juneteenth." },
    { name: "Independence Day", rule: fixed(7, 4), text: "July 4 — Independence Day." },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "The first Monday in September — Labor Day." },
    { name: "Columbus Day and Yorktown Victory Day", rule: nthWeekday(10, MONDAY, 2),
      text: "The second Monday in October — Columbus Day and Yorktown Victory Day." },
    { name: "Election Day", rule: ELECTION_TUESDAY,
      text: "The Tuesday following the first Monday in November — Election Day." },
    { name: "Veterans Day", rule: fixed(11, 11), text: "November 11 — Veterans Day." },
    { name: "Thanksgiving Day", rule: THANKSGIVING,
      text: "The fourth Thursday in November and the Friday next following — Thanksgiving Day." },
    { name: "Friday after Thanksgiving", rule: daysAfter(THANKSGIVING, 1),
      text: "The fourth Thursday in November and the Friday next following — Thanksgiving Day." },
    { name: "Christmas Day", rule: fixed(12, 25), text: "December 25 — Christmas Day." },
  ],
};

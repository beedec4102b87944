import {
  ELECTION_TUESDAY, fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar,
} from "@/lib/clocks/holiday-statutes/model";

/**
 * N.C. Gen. Stat. §103-4 (a) and (b). Subdivision (10a), First Responders Day, is not in the older compilation read
 * (uslegal's copy of the section); it is cited as "G.S. 103-4(a)(10a)" by Gaston County's 2025 proclamation record
 * and listed by the employment-law handbook, so it is counted (lib/clocks/NOTES.md). Subsection (b) moves Sunday
 * holidays only: a holiday on a Saturday gives no weekday off.
 */
export const NORTH_CAROLINA: TStatutoryCalendar = {
  code: "US-NC",
  title: "North Carolina's legal public holidays",
  citation: "N.C. Gen. Stat. §103-4",
  url: "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_103/GS_103-4.html",
  saturday: "none",
  sunday: "monday",
  notCounted:
    "State-employee days off that §103-4 does not list (the day after Thanksgiving, Christmas Eve, the extra Christmas days) count as business days",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "(1) New Year's Day, January 1." },
    { name: "Martin Luther King, Jr.'s Birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "(1a) Martin Luther King, Jr.'s, Birthday, the third Monday in January." },
    { name: "Robert E. Lee's Birthday", rule: fixed(1, 19), text: "(2) Robert E. Lee's Birthday, January 19." },
    { name: "Washington's Birthday", rule: nthWeekday(2, MONDAY, 3),
      text: "(3) Washington's Birthday, the third Monday in February." },
    { name: "Greek Independence Day", rule: fixed(3, 25), text: "(3a) Greek Independence Day, March 25." },
    { name: "Anniversary of signing of Halifax Resolves", rule: fixed(4, 12),
      text: "(4) Anniversary of signing of Halifax Resolves, April 12." },
    { name: "Confederate Memorial Day", rule: fixed(5, 10), text: "(5) Confederate Memorial Day, May 10." },
    { name: "Anniversary of Mecklenburg Declaration of Independence", rule: fixed(5, 20),
      text: "(6) Anniversary of Mecklenburg Declaration of Independence, May 20." },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "(7) Memorial Day, the last Monday in May." },
    { name: "Good Friday", rule: { kind: "easter", offset: -2 }, text: "(8) Good Friday." },
    { name: "Independence Day", rule: fixed(7, 4), text: "(9) Independence Day, July 4." },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "(10) Labor Day, the first Monday in September." },
    { name: "First Responders Day", rule: fixed(9, 11), text: "(10a) First Responders Day, September 11." },
    { name: "Columbus Day", rule: nthWeekday(10, MONDAY, 2), text: "(11) Columbus Day, the second Monday in October." },
    { name: "Yom Kippur", rule: { kind: "hebrew", month: "Tishri", day: 10 }, text: "(11a) Yom Kippur." },
    { name: "Veterans Day", rule: fixed(11, 11), text: "(12) Veterans Day, November 11." },
    // North Carolina holds its general elections in even-numbered years (G.S. 163-1).
    { name: "General Election Day", rule: ELECTION_TUESDAY, years: "even",
      text: "(13) Tuesday after the first Monday in November in years in which a general election is to be held." },
    { name: "Thanksgiving Day", rule: THANKSGIVING,
      text: "(14) Thanksgiving Day, the fourth Thursday in November." },
    { name: "Christmas Day", rule: fixed(12, 25), text: "(15) Christmas Day, December 25." },
  ],
};

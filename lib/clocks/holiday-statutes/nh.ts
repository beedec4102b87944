import { ELECTION_TUESDAY, fixed, MONDAY, nthWeekday, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * RSA 288:1. New Hampshire's biennial election is held in even-numbered years, on the Tuesday after the first Monday
 * of November. The section moves nothing off a weekend; RSA 288:2 (observance) was not read, so no move is applied.
 */
export const NEW_HAMPSHIRE: TStatutoryCalendar = {
  code: "US-NH",
  title: "New Hampshire's legal holidays",
  citation: "RSA 288:1",
  url: "https://gc.nh.gov/rsa/html/XXV/288/288-1.htm",
  saturday: "none",
  sunday: "none",
  notCounted:
    "\"Thanksgiving Day, whenever appointed\" is an appointed day and is not counted; neither are the day after Thanksgiving and Juneteenth (state-employee days off, not in RSA 288:1)",
  uncertain:
    "Read to count fewer holidays: Thanksgiving is not counted (the section makes it the appointed day, not a date: counsel may count the fourth Thursday), and RSA 288:2's observance of weekend holidays was not read, so no Friday or Monday is added",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "January 1" },
    { name: "Martin Luther King, Jr. Civil Rights Day", rule: nthWeekday(1, MONDAY, 3),
      text: "the third Monday in January, known as Martin Luther King, Jr. Civil Rights Day" },
    { name: "Washington's Birthday", rule: nthWeekday(2, MONDAY, 3), text: "the third Monday in February, known as Washington's Birthday" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "the last Monday in May, known as Memorial Day" },
    { name: "Independence Day", rule: fixed(7, 4), text: "July 4, known as Independence Day" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "the first Monday in September, known as Labor Day" },
    { name: "Columbus Day", rule: nthWeekday(10, MONDAY, 2), text: "the second Monday in October, known as Columbus Day" },
    { name: "Biennial election day", rule: ELECTION_TUESDAY, years: "even", text: "the day on which the biennial election is held" },
    { name: "Veterans Day", rule: fixed(11, 11), text: "November 11, known as Veterans Day" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "Christmas Day" },
  ],
};

import {
  ELECTION_TUESDAY, fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar,
} from "@/lib/clocks/holiday-statutes/model";

/**
 * 205 ILCS 630/17(a), "legal holidays in the State of Illinois" (the list the Statute on Statutes' "holiday as
 * defined or fixed in any statute" points to), as amended by P.A. 102-0334 (Juneteenth). The section moves no
 * holiday off a weekend. Malcolm X Day and the other commemorative dates (5 ILCS 490) are not holidays.
 */
export const ILLINOIS: TStatutoryCalendar = {
  code: "US-IL",
  title: "Illinois's legal holidays",
  citation: "205 ILCS 630/17",
  url: "https://www.ilga.gov/legislation/ilcs/documents/020506300K17.htm",
  saturday: "none",
  sunday: "none",
  notCounted:
    "Days the Governor proclaims legal holidays cannot be known in advance and count as business days; so do commemorative dates (Malcolm X Day) and the Friday or Monday next to a weekend holiday, which §17 does not give",
  uncertain:
    "No weekend moves: §17 gives none, so a holiday on a Saturday or Sunday gives no weekday off (the reading with fewer holidays)",
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), text: "the first day of January (New Year's Day)" },
    { name: "Martin Luther King, Jr.'s birthday", rule: nthWeekday(1, MONDAY, 3),
      text: "the third Monday in January (observance of Martin Luther King, Jr.'s birthday)" },
    { name: "Abraham Lincoln's birthday", rule: fixed(2, 12), text: "the twelfth day in February (Abraham Lincoln's birthday)" },
    { name: "Presidents Day", rule: nthWeekday(2, MONDAY, 3), text: "the third Monday in February (Presidents Day)" },
    { name: "Casimir Pulaski's birthday", rule: nthWeekday(3, MONDAY, 1),
      text: "the first Monday in March (observance of Casimir Pulaski's birthday)" },
    { name: "Good Friday", rule: { kind: "easter", offset: -2 }, text: "the Friday preceding Easter Sunday (Good Friday)" },
    { name: "Memorial Day", rule: nthWeekday(5, MONDAY, -1), text: "the last Monday of May (Memorial Day)" },
    { name: "Juneteenth National Freedom Day", rule: fixed(6, 19), text: "the nineteenth day of June (Juneteenth National Freedom Day)" },
    { name: "Independence Day", rule: fixed(7, 4), text: "the fourth day of July (Independence Day)" },
    { name: "Labor Day", rule: nthWeekday(9, MONDAY, 1), text: "the first Monday in September (Labor Day)" },
    { name: "Columbus Day", rule: nthWeekday(10, MONDAY, 2), text: "the second Monday in October (Columbus Day)" },
    { name: "Veterans' Day", rule: fixed(11, 11), text: "the eleventh day of November (Veterans' Day)" },
    { name: "Thanksgiving Day", rule: THANKSGIVING, text: "the fourth Thursday in November (Thanksgiving Day)" },
    { name: "Christmas Day", rule: fixed(12, 25), text: "the twenty-fifth day in December (Christmas Day)" },
    // Members of the Illinois House are elected every two years, at the November general election of even years.
    { name: "General Election Day", rule: ELECTION_TUESDAY, years: "even",
      text: "the days upon which the general elections for members of the House of Representatives are held" },
  ],
};

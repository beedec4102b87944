import { fixed, MONDAY, nthWeekday, THANKSGIVING, type TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";

/**
 * Ohio Rev. Code §1.14, the "legal holiday" of time computation, with Juneteenth (E). Memorial Day is the day
 * 5 U.S.C. 6103 designates (the last Monday in May). No weekend move is applied: the section's own text was read up to
 * Christmas Day only, and §5.21's "If said day falls on Sunday, the following Monday is the legal holiday" concerns
 * Veterans Day alone.
 */
export const OHIO: TStatutoryCalendar = {
  code: "US-OH",
  title: "Ohio's legal holidays",
  citation: "Ohio Rev. Code §1.14",
  url: "https://codes.ohio.gov/ohio-revised-code/section-1.14",
  saturday: "none",
  sunday: "none",
  notCounted:
    "Days appointed by the Governor or the President (the state-employee holidays of §124.19) cannot be known in advance and count as business days; so does the Friday before a Saturday holiday",
  uncertain:
    "No weekend move is applied: §1.14 was read only through its list of days (SB 335 of 2025 quoting it), so a Sunday holiday's Monday (and §5.21's Monday after a Sunday Veterans Day) counts as a business day (counsel may count it)",
  holidays: [
    { name: "New Year's day", rule: fixed(1, 1), text: "(A) The first day of January, known as New Year's day" },
    { name: "Martin Luther King day", rule: nthWeekday(1, MONDAY, 3), text: "(B) The third Monday in January, known as Martin Luther King day" },
    { name: "Washington-Lincoln day", rule: nthWeekday(2, MONDAY, 3), text: "(C) The third Monday in February, known as Washington-Lincoln day" },
    { name: "Memorial day", rule: nthWeekday(5, MONDAY, -1),
      text: "(D) The day designated in the \"Act of June 28, 1968,\" 82 Stat. 250, 5 U.S.C. 6103, as amended, for the commemoration of Memorial day" },
    { name: "Juneteenth day", rule: fixed(6, 19), text: "(E) The nineteenth day of June, known as Juneteenth day" },
    { name: "Independence day", rule: fixed(7, 4), text: "(F) The fourth day of July, known as Independence day" },
    { name: "Labor day", rule: nthWeekday(9, MONDAY, 1), text: "(G) The first Monday in September, known as Labor day" },
    { name: "Columbus day", rule: nthWeekday(10, MONDAY, 2), text: "(H) The second Monday in October, known as Columbus day" },
    { name: "Veterans' day", rule: fixed(11, 11), text: "(I) The eleventh day of November, known as Veterans' day" },
    { name: "Thanksgiving day", rule: THANKSGIVING, text: "(J) The fourth Thursday in November, known as Thanksgiving day" },
    { name: "Christmas day", rule: fixed(12, 25), text: "(K) The twenty-fifth day of December, known as Christmas day" },
  ],
};

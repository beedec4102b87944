import Holidays from "date-holidays";
import { STATUTORY_CALENDARS, statutoryHolidays } from "@/lib/clocks/holiday-statutes";
import { addDays, isWeekend } from "@/lib/clocks/time";

/**
 * Public-holiday calendars from the date-holidays library (its data is versioned with the package; tests pin the
 * years the contract lists in K9). Only holidays of type "public" count: Brazil's Carnival and Corpus Christi are
 * "bank"/"optional" there and so stay business days, as K9 requires.
 *
 * - "US-federal": 5 U.S.C. 6103 with OPM weekend observance (the library's substitute days).
 * - "BR": Brazilian national holidays.
 * - "JP": Japanese national holidays, plus the year-end closure 29 Dec – 3 Jan that the PPC guideline adds.
 * - "US-XX" with a statute table (holiday-statutes/): the legal holidays as the state's statute lists them, with the
 *   statute's weekend rule. The library's state lists are state-employee schedules and differ from the statutes.
 * - Other "US-XX": the legal holidays of a US state, DC or territory (date-holidays `US` + state; Puerto Rico, Guam
 *   and the US Virgin Islands are countries of their own there). Where the library has no calendar for the code, US
 *   federal holidays are used: `hasOwnCalendar` says so, and the engine adds an info line to the row.
 * - EU member states: only for roll-forward information lines.
 */
export type TCalendar = "US-federal" | "BR" | "JP" | `US-${string}` | string;

const cache = new Map<string, Set<string>>();

/** US codes that date-holidays keeps as countries of their own. */
const US_TERRITORY_COUNTRIES = new Set(["PR", "GU", "VI", "AS"]);
const US_STATES_WITH_CALENDAR = new Set(Object.keys(new Holidays().getStates("US") ?? {}));

/** Whether the library has a holiday calendar of its own for the code (false: US federal holidays are used). */
export function hasOwnCalendar(calendar: TCalendar): boolean {
  if (!calendar.startsWith("US-") || calendar === "US-federal" || STATUTORY_CALENDARS.has(calendar)) return true;
  const code = calendar.slice(3);
  return US_TERRITORY_COUNTRIES.has(code) || US_STATES_WITH_CALENDAR.has(code);
}

function holidaySource(calendar: TCalendar): Holidays {
  if (calendar === "US-federal") return new Holidays("US");
  const [country, state] = calendar.split("-") as [string, string | undefined];
  if (country === "US" && state) {
    if (US_TERRITORY_COUNTRIES.has(state)) return new Holidays(state);
    return US_STATES_WITH_CALENDAR.has(state) ? new Holidays("US", state) : new Holidays("US");
  }
  return state ? new Holidays(country, state) : new Holidays(country);
}

function holidaySet(calendar: TCalendar, year: number): Set<string> {
  const key = `${calendar}|${year}`;
  let set = cache.get(key);
  if (set) return set;
  set = statutoryHolidays(calendar, year);
  if (set) {
    cache.set(key, set);
    return set;
  }
  set = new Set<string>();
  for (const holiday of holidaySource(calendar).getHolidays(year) || []) {
    if (holiday.type === "public") set.add(holiday.date.slice(0, 10));
  }
  if (calendar === "JP") {
    for (const date of [`${year}-01-01`, `${year}-01-02`, `${year}-01-03`, `${year}-12-29`, `${year}-12-30`, `${year}-12-31`]) {
      set.add(date);
    }
  }
  cache.set(key, set);
  return set;
}

export function isHoliday(date: string, calendar: TCalendar): boolean {
  return holidaySet(calendar, Number(date.slice(0, 4))).has(date);
}

/** Monday–Friday and not a public holiday of the calendar. */
export function isBusinessDay(date: string, calendar: TCalendar): boolean {
  return !isWeekend(date) && !isHoliday(date, calendar);
}

/** The n-th business day after `day0` (day 0 itself never counts; n ≥ 1). */
export function addBusinessDays(day0: string, n: number, calendar: TCalendar): string {
  let date = day0;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    if (isBusinessDay(date, calendar)) counted += 1;
  }
  return date;
}

/** The first date on or after `date` that is a business day of the calendar. */
export function nextBusinessDayOnOrAfter(date: string, calendar: TCalendar): string {
  let current = date;
  while (!isBusinessDay(current, calendar)) current = addDays(current, 1);
  return current;
}

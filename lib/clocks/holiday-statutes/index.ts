import { ALASKA } from "@/lib/clocks/holiday-statutes/ak";
import { ALABAMA } from "@/lib/clocks/holiday-statutes/al";
import { ARKANSAS } from "@/lib/clocks/holiday-statutes/ar";
import { statutoryHolidayDates } from "@/lib/clocks/holiday-statutes/dates";
import { IOWA } from "@/lib/clocks/holiday-statutes/ia";
import { ILLINOIS } from "@/lib/clocks/holiday-statutes/il";
import { MICHIGAN } from "@/lib/clocks/holiday-statutes/mi";
import { MINNESOTA } from "@/lib/clocks/holiday-statutes/mn";
import { MISSOURI } from "@/lib/clocks/holiday-statutes/mo";
import { MISSISSIPPI } from "@/lib/clocks/holiday-statutes/ms";
import { NEW_HAMPSHIRE } from "@/lib/clocks/holiday-statutes/nh";
import { OHIO } from "@/lib/clocks/holiday-statutes/oh";
import { OKLAHOMA } from "@/lib/clocks/holiday-statutes/ok";
import type { TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";
import { NORTH_CAROLINA } from "@/lib/clocks/holiday-statutes/nc";
import { VIRGINIA } from "@/lib/clocks/holiday-statutes/va";

/** The business-day calendars kept as statute tables; every other code comes from date-holidays (holidays.ts). */
export const STATUTORY_CALENDARS: ReadonlyMap<string, TStatutoryCalendar> = new Map(
  [ALABAMA, ALASKA, ARKANSAS, IOWA, ILLINOIS, MICHIGAN, MINNESOTA, MISSOURI, MISSISSIPPI, NEW_HAMPSHIRE, OHIO, OKLAHOMA, NORTH_CAROLINA, VIRGINIA].map((calendar) => [calendar.code, calendar]),
);

export function statutoryCalendar(code: string): TStatutoryCalendar | undefined {
  return STATUTORY_CALENDARS.get(code);
}

/** The observed statutory holidays of `year`, or undefined when `code` has no statute table. */
export function statutoryHolidays(code: string, year: number): Set<string> | undefined {
  const calendar = STATUTORY_CALENDARS.get(code);
  return calendar ? statutoryHolidayDates(calendar, year) : undefined;
}

const NOTES: ReadonlyMap<string, string> = new Map(
  [...STATUTORY_CALENDARS.values()].map((calendar) => [
    calendar.code,
    `Business days skip ${calendar.title} (${calendar.citation}), moved off weekends as the statute says. ${calendar.notCounted}`,
  ]),
);

/** The info line of a row counting business days on a statute table (undefined: no statute table for `code`). */
export function statutoryCalendarNote(code: string): string | undefined {
  return NOTES.get(code);
}

/** The uncertain line of a row counting business days on a statute table whose reading counsel should confirm. */
export function statutoryCalendarUncertainty(code: string): string | undefined {
  const uncertain = STATUTORY_CALENDARS.get(code)?.uncertain;
  return uncertain ? `Business days (${code}): ${uncertain}` : undefined;
}

/**
 * A state's legal holidays as its statute lists them: each day with the words of the statute that fix it, and the
 * statute's rule for a holiday falling on a weekend. Business-day deadlines of that state count on these days
 * instead of the date-holidays library, whose state lists are state-employee schedules rather than the statute.
 */

/** 0 = Sunday … 6 = Saturday, as `weekday` in lib/clocks/time.ts. */
export type TWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type THolidayRule =
  | { kind: "fixed"; month: number; day: number }
  /** The n-th given weekday of the month; n = -1 is the last one. */
  | { kind: "nthWeekday"; month: number; weekday: TWeekday; n: 1 | 2 | 3 | 4 | -1 }
  /** Days from Western Easter Sunday (Good Friday: -2). */
  | { kind: "easter"; offset: number }
  /** A day of the Hebrew calendar (Yom Kippur: 10 Tishri), found through the platform's ICU Hebrew calendar. */
  | { kind: "hebrew"; month: "Tishri"; day: number }
  /** A fixed number of days after another holiday rule ("the Tuesday after the first Monday in November"). */
  | { kind: "after"; rule: THolidayRule; days: number };

export type TStatutoryHoliday = {
  name: string;
  rule: THolidayRule;
  /** The statute's words for the day, e.g. "(13) Tuesday after the first Monday in November in years in which …". */
  text: string;
  /** "even": only in even-numbered years (general-election days). Default: every year. */
  years?: "even";
  /** Only in years when another rule's date falls on this weekday ("the Thursday before Christmas if Christmas is on a Saturday"). */
  onlyIf?: { rule: THolidayRule; weekday: TWeekday };
};

export type TStatutoryCalendar = {
  /** The business-day calendar code the catalog rows name, e.g. "US-NC". */
  code: `US-${string}`;
  /** Who the calendar belongs to, for the info line: "North Carolina's legal public holidays". */
  title: string;
  citation: string;
  url: string;
  holidays: readonly TStatutoryHoliday[];
  /** The statute's weekend rule: a holiday on a Saturday moves to the Friday before ("friday") or nowhere ("none"). */
  saturday: "friday" | "none";
  /** A holiday on a Sunday moves to the Monday after ("monday") or nowhere ("none"). */
  sunday: "monday" | "none";
  /** Days the statute makes holidays that cannot be known in advance (proclamations): not counted, said per row. */
  notCounted: string;
  /**
   * For counsel: where the statute's text was ambiguous or not read in full, the reading taken (always the one that
   * counts fewer holidays, so the due date is never later than the law's). Shown as an uncertain line per row.
   */
  uncertain?: string;
};

export const MONDAY: TWeekday = 1;
export const SATURDAY: TWeekday = 6;
export const SUNDAY: TWeekday = 0;
export const THURSDAY: TWeekday = 4;

export const fixed = (month: number, day: number): THolidayRule => ({ kind: "fixed", month, day });
export const nthWeekday = (month: number, weekday: TWeekday, n: 1 | 2 | 3 | 4 | -1): THolidayRule => ({ kind: "nthWeekday", month, weekday, n });
export const daysAfter = (rule: THolidayRule, days: number): THolidayRule => ({ kind: "after", rule, days });
/** "The Tuesday after the first Monday in November." */
export const ELECTION_TUESDAY = daysAfter(nthWeekday(11, MONDAY, 1), 1);
export const THANKSGIVING = nthWeekday(11, THURSDAY, 4);

import type { THolidayRule, TStatutoryCalendar } from "@/lib/clocks/holiday-statutes/model";
import { addDays, weekday } from "@/lib/clocks/time";

const pad = (value: number) => String(value).padStart(2, "0");
const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

const HEBREW = new Intl.DateTimeFormat("en-u-ca-hebrew", { timeZone: "UTC", month: "long", day: "numeric" });

/** The Gregorian date in `year` of a day of the Hebrew month Tishri (always between 5 September and 14 October). */
function hebrewDate(year: number, month: "Tishri", day: number): string {
  for (let date = dateOf(year, 9, 1); date < dateOf(year, 10, 31); date = addDays(date, 1)) {
    const parts = HEBREW.formatToParts(new Date(`${date}T12:00:00Z`));
    if (parts.find((part) => part.type === "month")?.value === month && parts.find((part) => part.type === "day")?.value === String(day)) {
      return date;
    }
  }
  throw new Error(`no ${day} ${month} found in ${year}`);
}

/** The date a rule gives in `year` (before any weekend move). */
export function ruleDate(rule: THolidayRule, year: number): string {
  switch (rule.kind) {
    case "fixed":
      return dateOf(year, rule.month, rule.day);
    case "nthWeekday": {
      if (rule.n === -1) {
        const last = dateOf(year, rule.month, daysInMonth(year, rule.month));
        return addDays(last, -((weekday(last) - rule.weekday + 7) % 7));
      }
      const first = dateOf(year, rule.month, 1);
      return addDays(first, ((rule.weekday - weekday(first) + 7) % 7) + 7 * (rule.n - 1));
    }
    case "easter":
      return addDays(easterSunday(year), rule.offset);
    case "hebrew":
      return hebrewDate(year, rule.month, rule.day);
    case "after":
      return addDays(ruleDate(rule.rule, year), rule.days);
  }
}

/**
 * The dates in `year` on which a statutory holiday is observed: the statutory day itself, and the weekday the
 * statute moves a weekend holiday to. The neighbouring years are computed too, because a 1 January falling on a
 * Saturday is observed on 31 December of the year before where the statute moves Saturdays to Friday.
 */
export function statutoryHolidayDates(calendar: TStatutoryCalendar, year: number): Set<string> {
  const dates = new Set<string>();
  for (const holidayYear of [year - 1, year, year + 1]) {
    for (const holiday of calendar.holidays) {
      if (holiday.years === "even" && holidayYear % 2 !== 0) continue;
      if (holiday.onlyIf && weekday(ruleDate(holiday.onlyIf.rule, holidayYear)) !== holiday.onlyIf.weekday) continue;
      const date = ruleDate(holiday.rule, holidayYear);
      dates.add(date);
      const day = weekday(date);
      if (day === 6 && calendar.saturday === "friday") dates.add(addDays(date, -1));
      if (day === 0 && calendar.sunday === "monday") dates.add(addDays(date, 1));
    }
  }
  const prefix = `${year}-`;
  return new Set([...dates].filter((date) => date.startsWith(prefix)));
}

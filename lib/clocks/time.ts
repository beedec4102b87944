import { DateTime, IANAZone } from "luxon";

/**
 * Time helpers of the clock engine. Every offset and DST rule comes from the platform's IANA tz database through
 * Luxon; nothing here knows when a clock changes. Instants travel as epoch milliseconds; local calendar dates as
 * "YYYY-MM-DD" strings in a named zone.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const zoneCache = new Map<string, IANAZone>();

export function ianaZone(name: string): IANAZone {
  let zone = zoneCache.get(name);
  if (!zone) {
    zone = IANAZone.create(name);
    zoneCache.set(name, zone);
  }
  return zone;
}

/** True when the platform's tz database knows the zone name. */
export function isKnownZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/** Parses a contract instant (ISO 8601 with seconds and an offset or Z). The process TZ never matters. */
export function parseInstant(value: string): number {
  return DateTime.fromISO(value, { setZone: true }).toMillis();
}

export function addHours(ms: number, hours: number): number {
  return ms + hours * HOUR_MS;
}

/** Offset in minutes of `zone` at `ms`. */
function offsetAt(ms: number, zone: string): number {
  return ianaZone(zone).offset(ms);
}

/** `YYYY-MM-DDTHH:MM:SS±HH:MM` with the offset in force at `ms` in `zone` (K10): never Z, no fractions. */
const formatCache = new Map<string, string>();
export function formatInstant(ms: number, zone: string): string {
  const key = `${zone}|${ms}`;
  const cached = formatCache.get(key);
  if (cached !== undefined) return cached;
  const offset = offsetAt(ms, zone);
  // The wall clock is UTC shifted by the zone's own offset, read back with UTC getters (no process TZ involved).
  const wall = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const text =
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  if (formatCache.size > 200_000) formatCache.clear();
  formatCache.set(key, text);
  return text;
}

/** `YYYY-MM-DDTHH:MM:SSZ` (the UTC rendering). */
export function formatUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The calendar date ("YYYY-MM-DD") of `ms` in `zone`. */
export function localDate(ms: number, zone: string): string {
  const wall = new Date(ms + offsetAt(ms, zone) * 60_000);
  return wall.toISOString().slice(0, 10);
}

/** Adds whole calendar days to a "YYYY-MM-DD" date (pure calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = splitDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

function splitDate(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * The instant showing the wall time `date` `time` in `zone`. A wall time that occurs twice (clocks going back)
 * takes its earlier instant; one skipped by a clock change moves forward by the gap (K4). The candidate offsets
 * are read from the tz database a day either side, so no DST rule is written here.
 */
export function instantAt(date: string, time: string, zone: string): number {
  const [y, m, d] = splitDate(date);
  const [hh, mm, ss] = time.split(":").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss ?? 0);
  const offsets = new Set([offsetAt(wall - DAY_MS, zone), offsetAt(wall, zone), offsetAt(wall + DAY_MS, zone)]);
  let best: number | null = null;
  for (const offset of offsets) {
    const candidate = wall - offset * 60_000;
    if (offsetAt(candidate, zone) === offset && (best === null || candidate < best)) best = candidate;
  }
  if (best !== null) return best;
  // Skipped wall time: read it with the offset in force before the gap, which lands after the gap by its length.
  return wall - offsetAt(wall - DAY_MS, zone) * 60_000;
}

/** 23:59:59 on `date` in `zone`. */
export function endOfDay(date: string, zone: string): number {
  return instantAt(date, "23:59:59", zone);
}

/** The wall-clock time "HH:MM:SS" of `ms` in `zone`. */
export function localTime(ms: number, zone: string): string {
  const wall = new Date(ms + offsetAt(ms, zone) * 60_000);
  return wall.toISOString().slice(11, 19);
}

/** Same day number `months` later (clamped to the month's last day), as a "YYYY-MM-DD" date. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = splitDate(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))).toISOString().slice(0, 10);
}

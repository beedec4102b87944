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
  let known = knownZones.get(name);
  if (known === undefined) {
    known = IANAZone.isValidZone(name);
    knownZones.set(name, known);
  }
  return known;
}
const knownZones = new Map<string, boolean>();

/** Parses a contract instant (ISO 8601 with seconds and an offset or Z). The process TZ never matters. */
export function parseInstant(value: string): number {
  let ms = parseCache.get(value);
  if (ms === undefined) {
    ms = DateTime.fromISO(value, { setZone: true }).toMillis();
    if (parseCache.size > 100_000) parseCache.clear();
    parseCache.set(value, ms);
  }
  return ms;
}
const parseCache = new Map<string, number>();

export function addHours(ms: number, hours: number): number {
  return ms + hours * HOUR_MS;
}

/**
 * Offset in minutes of `zone` at `ms`. Asking the tz database (Intl, through Luxon) costs microseconds per call, so
 * each zone's offsets are read once per UTC year into a table of transitions: the offset is sampled daily and each
 * change is located to the second by bisection, still asking only the tz database. Zones change their offset at
 * most a few times a year and never twice within a day, so the table is exact.
 */
export function offsetAt(ms: number, zone: string): number {
  // The year's table last used for this zone answers most calls without building a key or a Date.
  let table = lastTable.get(zone);
  if (!table || ms < table.start || ms >= table.end) {
    const year = new Date(ms).getUTCFullYear();
    const key = `${zone}|${year}`;
    table = transitionCache.get(key);
    if (!table) {
      table = { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), transitions: buildTransitions(zone, year) };
      transitionCache.set(key, table);
    }
    lastTable.set(zone, table);
  }
  const transitions = table.transitions;
  // Few entries (usually 1–3): a linear scan from the end is fastest.
  for (let i = transitions.length - 1; i > 0; i--) if (ms >= transitions[i]!.from) return transitions[i]!.offset;
  return transitions[0]!.offset;
}

type TTransition = { from: number; offset: number };
type TYearTable = { start: number; end: number; transitions: TTransition[] };
const transitionCache = new Map<string, TYearTable>();
const lastTable = new Map<string, TYearTable>();
const STEP_MS = 24 * HOUR_MS;

function buildTransitions(zone: string, year: number): TTransition[] {
  const iana = ianaZone(zone);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const table: TTransition[] = [{ from: start, offset: iana.offset(start) }];
  let previous = start;
  let previousOffset = table[0]!.offset;
  for (let t = start + STEP_MS; t <= end; t += STEP_MS) {
    const offset = iana.offset(t);
    if (offset !== previousOffset) {
      // Bisect to the first second with the new offset.
      let lo = previous;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (iana.offset(mid) === previousOffset) lo = mid;
        else hi = mid;
      }
      if (hi < end) table.push({ from: hi, offset });
      previousOffset = offset;
    }
    previous = t;
  }
  return table;
}

/**
 * Results of the pure functions below that every evaluation asks again for the same few instants and dates (the due
 * instants of one day's incidents), per zone. Bounded: a map is emptied when it grows past its limit.
 */
const MEMO_LIMIT = 50_000;
function memo<K, V>(caches: Map<string, Map<K, V>>, zone: string): Map<K, V> {
  let cache = caches.get(zone);
  if (!cache || cache.size > MEMO_LIMIT) {
    cache = new Map();
    caches.set(zone, cache);
  }
  return cache;
}
const formatted = new Map<string, Map<number, string>>();
const endsOfDay = new Map<string, Map<string, number>>();
const utcFormatted = new Map<number, string>();

/** `YYYY-MM-DDTHH:MM:SS±HH:MM` with the offset in force at `ms` in `zone` (K10): never Z, no fractions. */
export function formatInstant(ms: number, zone: string): string {
  const cache = memo(formatted, zone);
  let text = cache.get(ms);
  if (text === undefined) {
    text = buildInstantText(ms, zone);
    cache.set(ms, text);
  }
  return text;
}

function buildInstantText(ms: number, zone: string): string {
  const offset = offsetAt(ms, zone);
  // The wall clock is UTC shifted by the zone's own offset, read back with UTC getters (no process TZ involved).
  const wall = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const text =
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return text;
}

/** `YYYY-MM-DDTHH:MM:SSZ` (the UTC rendering). */
export function formatUtc(ms: number): string {
  let text = utcFormatted.get(ms);
  if (text === undefined) {
    text = `${new Date(ms).toISOString().slice(0, 19)}Z`;
    if (utcFormatted.size > MEMO_LIMIT) utcFormatted.clear();
    utcFormatted.set(ms, text);
  }
  return text;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The calendar date ("YYYY-MM-DD") of `ms` in `zone`. */
export function localDate(ms: number, zone: string): string {
  return dateOfDay(Math.floor((ms + offsetAt(ms, zone) * 60_000) / DAY_MS));
}

/** Adds whole calendar days to a "YYYY-MM-DD" date (pure calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayOfDate(date) + days);
}

/** 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday). */
export function weekday(date: string): number {
  return (((dayOfDate(date) + 4) % 7) + 7) % 7;
}

// Calendar dates are interned both ways (day number since 1970-01-01 <-> "YYYY-MM-DD"): the engine handles a few
// thousand distinct dates, and string building dominated the benchmark otherwise.
const dayToDate = new Map<number, string>();
const dateToDay = new Map<string, number>();

function dateOfDay(day: number): string {
  let date = dayToDate.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayToDate.set(day, date);
  }
  return date;
}

function dayOfDate(date: string): number {
  let day = dateToDay.get(date);
  if (day === undefined) {
    const [y, m, d] = splitDate(date);
    day = Date.UTC(y, m - 1, d) / DAY_MS;
    dateToDay.set(date, day);
  }
  return day;
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
  const cache = memo(endsOfDay, zone);
  let ms = cache.get(date);
  if (ms === undefined) {
    ms = instantAt(date, "23:59:59", zone);
    cache.set(date, ms);
  }
  return ms;
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

/**
 * How the console writes an instant: "21 Dec 2026, 08:59 CET". Always in a named zone (the viewer's, UTC, or a
 * rule's reference zone), never in whatever zone the machine rendering it happens to run in: the server renders
 * in UTC, the browser in the viewer's zone, and both must agree on what they print for the same zone.
 */
export function formatInstant(instant: Date | string, timeZone: string, { seconds = false } = {}): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
    timeZoneName: "short",
  }).format(typeof instant === "string" ? new Date(instant) : instant);
}

const UTC_ZONES = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu"]);

/**
 * The two labels an instant gets on screen: in the viewer's zone (null when the viewer's zone is unknown, as on
 * the server, or is UTC itself) and in UTC.
 */
export function instantLabels(instant: Date | string, viewerZone: string | null): { local: string | null; utc: string } {
  const utc = formatInstant(instant, "UTC");
  const local = viewerZone && !UTC_ZONES.has(viewerZone) ? formatInstant(instant, viewerZone) : null;
  return { local, utc };
}

type TRecordFormatters = { date: Intl.DateTimeFormat; dateSeconds: Intl.DateTimeFormat; offset: Intl.DateTimeFormat; names: Intl.DateTimeFormat[] };
const recordFormatters = new Map<string, TRecordFormatters>();
/** A GMT-relative "abbreviation" (GMT+5:30, GMT-8) names no zone: the record then names the zone itself. */
const OFFSET_NAME = /^(GMT|UTC)([+-]|$)/;

function formattersFor(timeZone: string): TRecordFormatters {
  let found = recordFormatters.get(timeZone);
  if (!found) {
    const base = { timeZone, year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    found = {
      date: new Intl.DateTimeFormat("en-GB", base),
      dateSeconds: new Intl.DateTimeFormat("en-GB", { ...base, second: "2-digit" }),
      offset: new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }),
      // Europe's abbreviations come from en-GB (CET, BST), North America's from en-US (PST, EDT).
      names: ["en-GB", "en-US"].map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })),
    };
    // Zones are few and come from validated input; the bound only guards against a caller that forgets.
    if (recordFormatters.size > 1_000) recordFormatters.clear();
    recordFormatters.set(timeZone, found);
  }
  return found;
}

const partOf = (format: Intl.DateTimeFormat, date: Date, type: Intl.DateTimeFormatPartTypes) =>
  format.formatToParts(date).find((part) => part.type === type)?.value ?? "";

/** "UTC+01:00", "UTC-03:30", "UTC+00:00": the offset of `timeZone` from UTC at that instant. */
export function utcOffset(instant: Date | string, timeZone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const offset = partOf(formattersFor(timeZone).offset, date, "timeZoneName").replace(/^GMT/, "");
  return `UTC${offset || "+00:00"}`;
}

/** The zone's abbreviation at that instant (CET, PDT), or its tz database name where it has none (Asia/Kolkata). */
export function zoneLabel(instant: Date | string, timeZone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (UTC_ZONES.has(timeZone)) return "UTC";
  for (const format of formattersFor(timeZone).names) {
    const name = partOf(format, date, "timeZoneName");
    if (name && !OFFSET_NAME.test(name)) return name;
  }
  return timeZone;
}

/**
 * How a written record (the regulator report) states an instant: "2 Dec 2026, 14:05 CET (UTC+01:00)". On paper
 * nobody can hover for UTC, and an abbreviation alone is ambiguous (CST), so the offset always goes with it.
 */
export function formatInstantWithOffset(instant: Date | string, timeZone: string, { seconds = false } = {}): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const formatters = formattersFor(timeZone);
  const local = (seconds ? formatters.dateSeconds : formatters.date).format(date);
  const label = zoneLabel(date, timeZone);
  return label === "UTC" ? `${local} UTC` : `${local} ${label} (${utcOffset(date, timeZone)})`;
}

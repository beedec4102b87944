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

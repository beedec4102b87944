import { isKnownZone } from "@/lib/clocks/time";

/**
 * The zone every time in the report is written in: the one the requester chose (the console offers the viewer's own),
 * else the organisation's (its profile), else UTC. Pure.
 */
export type TReportZone = { zone: string; source: "requested" | "organisation" | "utc" };

export function reportZone(requested: string | undefined, organisationZone: unknown): TReportZone {
  if (requested) return { zone: requested, source: "requested" };
  if (typeof organisationZone === "string" && isKnownZone(organisationZone)) return { zone: organisationZone, source: "organisation" };
  return { zone: "UTC", source: "utc" };
}

const SOURCE_WORDS: Record<TReportZone["source"], string> = {
  requested: "chosen by the person who generated the report",
  organisation: "the organisation's time zone",
  utc: "no organisation time zone is recorded",
};

/** "Europe/Paris (the organisation's time zone); each time gives the zone's abbreviation and its offset from UTC." */
export function reportZoneText(zone: TReportZone): string {
  return `${zone.zone} (${SOURCE_WORDS[zone.source]}); each time gives the zone's abbreviation and its offset from UTC.`;
}

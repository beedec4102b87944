import { describe, expect, it } from "vitest";
import { formatInstant, formatInstantWithOffset, instantLabels, utcOffset, zoneLabel } from "@/lib/time/format-instant";

// Rerun under several TZ values (npm run test:unit): what is printed must not depend on the machine's zone.
describe(`formatInstant (process TZ ${process.env.TZ ?? "unset"})`, () => {
  it("writes the wall-clock time of the named zone, across a daylight-saving change", () => {
    // The EU moved to summer time at 01:00 UTC on 29 March 2026.
    expect(formatInstant("2026-03-29T00:30:00Z", "Europe/Paris")).toBe("29 Mar 2026, 01:30 CET");
    expect(formatInstant("2026-03-29T01:30:00Z", "Europe/Paris")).toBe("29 Mar 2026, 03:30 CEST");
    expect(formatInstant("2026-03-29T01:30:00Z", "UTC")).toBe("29 Mar 2026, 01:30 UTC");
  });

  it("handles half-hour offsets and a date that differs from UTC's", () => {
    expect(formatInstant("2026-12-21T20:45:00Z", "Asia/Kolkata")).toBe("22 Dec 2026, 02:15 GMT+5:30");
    // Lord Howe Island: +11 in its summer, +10:30 in its winter.
    expect(formatInstant("2026-01-10T12:00:00Z", "Australia/Lord_Howe")).toBe("10 Jan 2026, 23:00 GMT+11");
    expect(formatInstant("2026-07-10T12:00:00Z", "Australia/Lord_Howe")).toBe("10 Jul 2026, 22:30 GMT+10:30");
    expect(formatInstant(new Date("2026-12-21T07:59:59Z"), "America/Los_Angeles", { seconds: true })).toBe("20 Dec 2026, 23:59:59 GMT-8");
  });
});

describe("instantLabels", () => {
  it("gives the viewer's zone and UTC, and only UTC when the viewer's zone is unknown or UTC", () => {
    expect(instantLabels("2026-12-21T07:59:00Z", "Europe/Paris")).toEqual({ local: "21 Dec 2026, 08:59 CET", utc: "21 Dec 2026, 07:59 UTC" });
    expect(instantLabels("2026-12-21T07:59:00Z", null)).toEqual({ local: null, utc: "21 Dec 2026, 07:59 UTC" });
    expect(instantLabels("2026-12-21T07:59:00Z", "Etc/UTC").local).toBeNull();
  });
});

describe(`formatInstantWithOffset, for written records (process TZ ${process.env.TZ ?? "unset"})`, () => {
  it("writes the zone's abbreviation and its offset from UTC, across a daylight-saving change", () => {
    expect(formatInstantWithOffset("2026-12-02T13:05:00Z", "Europe/Paris")).toBe("2 Dec 2026, 14:05 CET (UTC+01:00)");
    expect(formatInstantWithOffset("2026-07-02T13:05:00Z", "Europe/Paris")).toBe("2 Jul 2026, 15:05 CEST (UTC+02:00)");
    expect(formatInstantWithOffset("2026-07-02T13:05:00Z", "Europe/London")).toBe("2 Jul 2026, 14:05 BST (UTC+01:00)");
    expect(formatInstantWithOffset("2026-12-02T13:05:00Z", "America/Los_Angeles")).toBe("2 Dec 2026, 05:05 PST (UTC-08:00)");
    expect(formatInstantWithOffset("2026-12-02T13:05:09Z", "UTC", { seconds: true })).toBe("2 Dec 2026, 13:05:09 UTC");
  });

  it("names the zone itself where it has no abbreviation, and keeps half-hour offsets and the local date", () => {
    expect(formatInstantWithOffset("2026-12-21T20:45:00Z", "Asia/Kolkata")).toBe("22 Dec 2026, 02:15 Asia/Kolkata (UTC+05:30)");
    expect(utcOffset("2026-12-02T13:05:00Z", "America/St_Johns")).toBe("UTC-03:30");
    expect(utcOffset("2026-12-02T13:05:00Z", "Etc/UTC")).toBe("UTC+00:00");
    expect(zoneLabel("2026-12-02T13:05:00Z", "Etc/UTC")).toBe("UTC");
  });
});

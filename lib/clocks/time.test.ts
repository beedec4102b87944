import { describe, expect, it } from "vitest";
import { addMonthsToDate, endOfDay, formatInstant, instantAt, localDate, parseInstant } from "@/lib/clocks/time";

describe("clock time helpers (IANA data through Luxon)", () => {
  it("prints the offset in force at the instant, +00:00 for UTC and never Z", () => {
    expect(formatInstant(Date.UTC(2027, 2, 29, 11, 5), "Europe/London")).toBe("2027-03-29T12:05:00+01:00");
    expect(formatInstant(Date.UTC(2027, 0, 1), "UTC")).toBe("2027-01-01T00:00:00+00:00");
    expect(formatInstant(Date.UTC(2027, 0, 1), "Asia/Kolkata")).toBe("2027-01-01T05:30:00+05:30");
    expect(formatInstant(Date.UTC(2027, 0, 1), "Australia/Lord_Howe")).toBe("2027-01-01T11:00:00+11:00");
  });

  it("reads instants with any offset the same way", () => {
    expect(parseInstant("2027-02-03T09:15:00+01:00")).toBe(Date.UTC(2027, 1, 3, 8, 15));
    expect(parseInstant("2027-02-03T08:15:00Z")).toBe(Date.UTC(2027, 1, 3, 8, 15));
  });

  it("takes the earlier instant of a repeated wall time and moves a skipped one forward by the gap (K4)", () => {
    expect(formatInstant(instantAt("2027-10-31", "01:30:00", "Europe/London"), "Europe/London")).toBe("2027-10-31T01:30:00+01:00");
    expect(formatInstant(instantAt("2027-03-28", "01:30:00", "Europe/London"), "Europe/London")).toBe("2027-03-28T02:30:00+01:00");
    expect(formatInstant(instantAt("2027-03-14", "02:30:00", "America/New_York"), "America/New_York")).toBe("2027-03-14T03:30:00-04:00");
  });

  it("ends a calendar day at 23:59:59 local, whatever the offset that day", () => {
    expect(formatInstant(endOfDay("2027-03-14", "America/New_York"), "America/New_York")).toBe("2027-03-14T23:59:59-04:00");
    expect(formatInstant(endOfDay("2027-11-07", "America/New_York"), "America/New_York")).toBe("2027-11-07T23:59:59-05:00");
    expect(localDate(Date.UTC(2027, 4, 28, 3, 30), "America/New_York")).toBe("2027-05-27");
  });

  it("adds months by day number, clamping to the last day of a shorter month", () => {
    expect(addMonthsToDate("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsToDate("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsToDate("2027-12-15", 1)).toBe("2028-01-15");
    expect(addMonthsToDate("2027-01-31", 24)).toBe("2029-01-31");
  });
});

describe("zone transition tables", () => {
  it("give the tz database's own offset at any second (fast-check, zones with odd and half-hour changes)", async () => {
    const fc = (await import("fast-check")).default;
    const { IANAZone } = await import("luxon");
    const { offsetAt } = await import("@/lib/clocks/time");
    const zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Asia/Kolkata", "America/Santiago", "Africa/Casablanca"];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 }), (zone, seconds) => {
        const ms = seconds * 1000;
        expect(offsetAt(ms, zone)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it("exactly at and one second before a transition", async () => {
    const { offsetAt } = await import("@/lib/clocks/time");
    expect(offsetAt(Date.UTC(2027, 2, 28, 1, 0, 0), "Europe/London")).toBe(60);
    expect(offsetAt(Date.UTC(2027, 2, 28, 0, 59, 59), "Europe/London")).toBe(0);
  });

  it("the TZ reruns really run under the TZ they name (the process's own offsets match the zone's)", async () => {
    const { offsetAt } = await import("@/lib/clocks/time");
    const tz = process.env.TZ;
    if (!process.env.CLOCKS_TZ_RERUN || !tz) return;
    for (const ms of [Date.UTC(2027, 0, 15), Date.UTC(2027, 6, 15)]) expect(-new Date(ms).getTimezoneOffset()).toBe(offsetAt(ms, tz));
  });
});

import { describe, expect, it } from "vitest";
import { detectionLatencyMs, formatDuration } from "@/lib/findings/latency";

describe("detection latency", () => {
  it("is the time from first observed to first ingested, never negative, unknown without an observation", () => {
    const ingested = new Date("2026-01-01T01:00:00Z");
    expect(detectionLatencyMs(new Date("2026-01-01T00:00:00Z"), ingested)).toBe(3_600_000);
    expect(detectionLatencyMs(new Date("2026-01-01T02:00:00Z"), ingested)).toBe(0);
    expect(detectionLatencyMs(null, ingested)).toBeNull();
  });

  it("reads as a short duration", () => {
    expect([45_000, 12 * 60_000, (3 * 60 + 5) * 60_000, 52 * 3_600_000, null].map(formatDuration)).toEqual(["45 s", "12 min", "3 h 5 min", "2 d 4 h", "—"]);
  });
});

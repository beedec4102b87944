import { describe, expect, it } from "vitest";
import { detectionLatencyMs, formatDuration, incidentDetection } from "@/lib/findings/latency";

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

describe("incident detection latency", () => {
  const declared = new Date("2026-01-02T00:00:00Z");
  it("runs from the earliest first-observed moment of the linked findings to the declaration", () => {
    const d = incidentDetection(declared, [new Date("2026-01-01T12:00:00Z"), null, new Date("2026-01-01T06:00:00Z")]);
    expect(d).toMatchObject({ findings: 3, firstObservedAt: new Date("2026-01-01T06:00:00Z"), observedToDeclaredMs: 18 * 3_600_000 });
  });
  it("is unknown without findings or observations, and zero when declared before the first observation", () => {
    expect(incidentDetection(declared, []).observedToDeclaredMs).toBeNull();
    expect(incidentDetection(declared, [null]).observedToDeclaredMs).toBeNull();
    expect(incidentDetection(declared, [new Date("2026-01-03T00:00:00Z")]).observedToDeclaredMs).toBe(0);
  });
});

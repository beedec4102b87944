import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashTimelineEvent, type THashedEventContent } from "./hash-chain";

const event: THashedEventContent = {
  incidentId: "5f0c1a2e-0000-4000-8000-000000000001",
  sequence: 1,
  kind: "incident.declared",
  occurredAt: new Date("2026-03-29T00:30:00Z"),
  recordedAt: new Date("2026-03-29T00:30:01Z"),
  actorUserId: null,
  actorTokenId: null,
  actorLabel: "Ana",
  payload: { title: "S3 bucket public", severity: "high" },
  prevHash: GENESIS_HASH,
};

describe("hashTimelineEvent", () => {
  it("is a SHA-256 hex digest that does not depend on key order", () => {
    const reordered = { ...event, payload: { severity: "high", title: "S3 bucket public" } };
    expect(hashTimelineEvent(event)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTimelineEvent(reordered)).toBe(hashTimelineEvent(event));
  });

  it("changes when any field or the previous hash changes", () => {
    const base = hashTimelineEvent(event);
    expect(hashTimelineEvent({ ...event, payload: { title: "S3 bucket public", severity: "low" } })).not.toBe(base);
    expect(hashTimelineEvent({ ...event, sequence: 2 })).not.toBe(base);
    expect(hashTimelineEvent({ ...event, prevHash: "f".repeat(64) })).not.toBe(base);
    expect(hashTimelineEvent({ ...event, occurredAt: new Date("2026-03-29T00:30:00.001Z") })).not.toBe(base);
  });
});

describe("hashTimelineEvent on a stored row", () => {
  it("ignores columns that are not part of the hashed content", () => {
    const row = { ...event, id: "row-id", hash: "stored-hash" };
    expect(hashTimelineEvent(row)).toBe(hashTimelineEvent(event));
  });
});

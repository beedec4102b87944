import { describe, expect, it } from "vitest";
import { reconnectDelayMs } from "./reconnect-backoff";

describe("reconnectDelayMs", () => {
  it("doubles from 100 ms with each consecutive failure", () => {
    const top = (failures: number) => reconnectDelayMs(failures, () => 1);
    expect([1, 2, 3, 4].map(top)).toEqual([100, 200, 400, 800]);
  });

  it("never waits longer than 15 s, however long the database stays away", () => {
    expect(reconnectDelayMs(9, () => 1)).toBe(15_000);
    expect(reconnectDelayMs(1_000_000, () => 1)).toBe(15_000);
  });

  it("jitters over the upper half of the window, never down to zero", () => {
    expect(reconnectDelayMs(4, () => 0)).toBe(400);
    expect(reconnectDelayMs(4, () => 0.5)).toBe(600);
    expect(reconnectDelayMs(0, () => 0)).toBe(50);
  });
});

import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, LOCK_SECONDS_BY_FAILURE, lockSecondsAfterFailure } from "./sign-in-throttle";

describe("lockSecondsAfterFailure", () => {
  it("does not lock during the free attempts", () => {
    for (let n = 0; n <= FREE_ATTEMPTS; n++) expect(lockSecondsAfterFailure(n)).toBe(0);
  });

  it("locks for 30 s after the first failure past the free attempts, then doubles", () => {
    expect(lockSecondsAfterFailure(FREE_ATTEMPTS + 1)).toBe(30);
    expect(lockSecondsAfterFailure(FREE_ATTEMPTS + 2)).toBe(60);
    expect(lockSecondsAfterFailure(FREE_ATTEMPTS + 3)).toBe(120);
  });

  it("never locks for more than 15 minutes, however many failures", () => {
    expect(lockSecondsAfterFailure(FREE_ATTEMPTS + 6)).toBe(900);
    expect(lockSecondsAfterFailure(10_000)).toBe(900);
  });
});

describe("LOCK_SECONDS_BY_FAILURE", () => {
  it("lists the lock after each failure until the cap, so the last entry holds for every later failure", () => {
    expect(LOCK_SECONDS_BY_FAILURE).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900]);
    expect(LOCK_SECONDS_BY_FAILURE.at(-1)).toBe(lockSecondsAfterFailure(10_000));
  });
});

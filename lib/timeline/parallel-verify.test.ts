import { describe, expect, it } from "vitest";
import { splitSequences } from "@/lib/timeline/parallel-verify";

describe("splitSequences", () => {
  it("covers 1…last exactly once, in order, in ranges of nearly equal size", () => {
    for (const last of [1, 2, 3, 7, 100_000, 100_001]) {
      for (const parts of [1, 2, 3, 4]) {
        const ranges = splitSequences(last, parts);
        expect(ranges[0]!.afterSequence).toBe(0);
        expect(ranges.at(-1)!.throughSequence).toBe(last);
        ranges.slice(1).forEach((range, i) => expect(range.afterSequence).toBe(ranges[i]!.throughSequence));
        const sizes = ranges.map((range) => range.throughSequence - range.afterSequence);
        expect(Math.min(...sizes)).toBeGreaterThan(0);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("never makes more ranges than there are events", () => {
    expect(splitSequences(2, 4)).toEqual([
      { afterSequence: 0, throughSequence: 1 },
      { afterSequence: 1, throughSequence: 2 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { changedFields } from "@/lib/admin-log/changed-fields";

describe("changedFields", () => {
  it("keeps only the fields that differ, on both sides, comparing lists and objects by value", () => {
    const before = { name: "A", tags: ["x"], residency: [{ j: "FR", n: 1 }], encrypted: false };
    expect(changedFields(before, { ...before, tags: ["x"], residency: [{ j: "FR", n: 2 }] })).toEqual({
      before: { residency: [{ j: "FR", n: 1 }] },
      after: { residency: [{ j: "FR", n: 2 }] },
    });
    expect(changedFields(before, { ...before, tags: ["x"] })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { redact } from "./log";

describe("redact", () => {
  it("hides secrets at any depth and keeps the rest", () => {
    const input = {
      user: "ana@example.com",
      password: "hunter2hunter2",
      nested: { Authorization: "Bearer bd_abc", list: [{ apiToken: "bd_xyz", ok: 1 }] },
    };
    expect(redact(input)).toEqual({
      user: "ana@example.com",
      password: "[redacted]",
      nested: { Authorization: "[redacted]", list: [{ apiToken: "[redacted]", ok: 1 }] },
    });
  });
});

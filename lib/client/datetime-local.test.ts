import { describe, expect, it } from "vitest";
import { fromDateTimeLocal, toDateLocal, toDateTimeLocal } from "@/lib/client/datetime-local";

// Run under several TZ values (TZ=Asia/Kolkata, TZ=America/Los_Angeles): the values are the viewer's wall clock.
describe("datetime-local values", () => {
  const instant = new Date(2027, 2, 26, 11, 5, 42);

  it("reads an instant as the viewer's wall clock, to the minute or to the second", () => {
    expect(toDateTimeLocal(instant)).toBe("2027-03-26T11:05");
    expect(toDateTimeLocal(instant, { seconds: true })).toBe("2027-03-26T11:05:42");
    expect(toDateLocal(instant)).toBe("2027-03-26");
    expect(toDateTimeLocal(null)).toBe("");
  });

  it("turns the wall clock back into the same instant", () => {
    expect(fromDateTimeLocal(toDateTimeLocal(instant, { seconds: true }))).toBe(instant.toISOString());
    expect(fromDateTimeLocal("")).toBeNull();
  });
});

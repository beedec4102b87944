import { describe, expect, it } from "vitest";
import { ineligibility } from "./eligibility";

describe("ineligibility: who a people picker may offer", () => {
  it("accepts an active user holding at least one of the roles", () => {
    expect(ineligibility({ active: true, roles: ["engineer", "legal"] }, ["admin", "commander", "legal"])).toBeNull();
  });

  it("names why anyone else is refused: unknown, deactivated, or no eligible role", () => {
    expect(ineligibility(null, ["legal"])).toBe("unknown_user");
    expect(ineligibility({ active: false, roles: ["legal"] }, ["legal"])).toBe("inactive");
    expect(ineligibility({ active: true, roles: ["engineer", "comms"] }, ["admin", "commander", "legal"])).toBe("no_eligible_role");
    expect(ineligibility({ active: true, roles: [] }, ["legal"])).toBe("no_eligible_role");
  });
});

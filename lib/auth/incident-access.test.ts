import { describe, expect, it } from "vitest";
import { isIncidentCommander, isIncidentLead, visibleIncidentsWhere } from "@/lib/auth/incident-access";

const user = (roles: ("admin" | "legal" | "exec" | "commander")[]) => ({ kind: "user" as const, id: "u1", email: "u@x", name: "U", roles });

describe("visibleIncidentsWhere", () => {
  it("lets administrators see every incident", () => {
    expect(visibleIncidentsWhere(user(["admin"]))).toEqual({});
    expect(visibleIncidentsWhere({ kind: "token", id: "t", name: "t", roles: ["admin"] })).toEqual({});
  });

  it("limits other users to open incidents and restricted ones they command or belong to", () => {
    expect(visibleIncidentsWhere(user(["legal"]))).toEqual({
      OR: [{ restricted: false }, { commanderId: "u1" }, { members: { some: { userId: "u1" } } }],
    });
    // An executive reads everything open, but is not a member by role alone.
    expect(visibleIncidentsWhere(user(["exec"]))).toHaveProperty("OR");
  });

  it("never shows a restricted incident to a non-admin API token (a token is nobody's member)", () => {
    expect(visibleIncidentsWhere({ kind: "token", id: "t", name: "t", roles: ["commander"] })).toEqual({ restricted: false });
  });
});

describe("isIncidentLead", () => {
  const led = { commanderId: "u1" };

  it("lets the incident's own commander lead it", () => {
    expect(isIncidentLead(user(["commander"]), led)).toBe(true);
    expect(isIncidentCommander(user(["commander"]), led)).toBe(true);
  });

  it("lets an administrator lead any incident, without making them its commander", () => {
    const admin = { ...user(["admin"]), id: "someone-else" };
    expect(isIncidentLead(admin, led)).toBe(true);
    expect(isIncidentCommander(admin, led)).toBe(false);
    expect(isIncidentLead({ kind: "token", id: "t", name: "t", roles: ["admin"] }, led)).toBe(true);
  });

  it("refuses another commander, and an API token whose id happens to match", () => {
    expect(isIncidentLead({ ...user(["commander"]), id: "u2" }, led)).toBe(false);
    const token = { kind: "token" as const, id: "u1", name: "t", roles: ["commander" as const] };
    expect(isIncidentLead(token, led)).toBe(false);
    expect(isIncidentCommander(token, led)).toBe(false);
  });
});

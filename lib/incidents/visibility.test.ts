import { describe, expect, it } from "vitest";
import { visibleIncidentsWhere } from "@/lib/incidents/visibility";

const user = (roles: ("admin" | "legal" | "exec")[]) => ({ kind: "user" as const, id: "u1", email: "u@x", name: "U", roles });

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

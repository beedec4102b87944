import { describe, expect, it } from "vitest";
import { APPROVER_ROLES, whoCan } from "./policy";
import { APPROVER_ROLE_LABELS, ROLE_LABELS, ROLE_PLURALS, ROLES } from "./roles";

describe("role names come from one table", () => {
  it("names every role in the singular and the plural", () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role], role).toMatch(/^[A-Z]/);
      expect(ROLE_PLURALS[role], role).toMatch(/^[a-z]/);
    }
  });

  it("names the approval of exactly the roles that can approve a notice", () => {
    expect(Object.keys(APPROVER_ROLE_LABELS).sort()).toEqual([...APPROVER_ROLES].sort());
    expect(APPROVER_ROLE_LABELS).toEqual({ legal: "Legal", comms: "Communications", exec: "Executive" });
  });

  it("says who can act with the plural names", () => {
    expect(whoCan("notice.approve")).toBe(`Only ${ROLE_PLURALS.legal}, ${ROLE_PLURALS.comms} and ${ROLE_PLURALS.exec} can do this.`);
  });
});

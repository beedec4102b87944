import { describe, expect, it } from "vitest";
import { NOTICE_APPROVAL_DEFAULTS, POLICY, approvableRoles, can, refusalReason, whoCan, whoMay, type TAction, type TActor } from "./policy";
import { ROLES, type TRole } from "./roles";

function userWith(...roles: TRole[]): TActor {
  return { kind: "user", id: "u", email: "u@example.com", name: "U", roles };
}

const ACTIONS = Object.keys(POLICY) as TAction[];
const READ_ACTION = /\.(read|list)$/;

describe("policy", () => {
  it("lets nobody do a role-gated action without signing in", () => {
    for (const action of ACTIONS) {
      if (POLICY[action] === "public") continue;
      expect(can(null, action), action).toBe(false);
    }
  });

  it("refuses every role-gated action to a signed-in user with no role", () => {
    for (const action of ACTIONS) {
      const rule = POLICY[action];
      if (rule === "public" || rule === "signed-in") continue;
      expect(can(userWith(), action), action).toBe(false);
    }
  });

  it("keeps executives read-only: every action they may do only reads", () => {
    const execActions = ACTIONS.filter((action) => Array.isArray(POLICY[action]) && can(userWith("exec"), action));
    expect(execActions).toContain("incident.read");
    for (const action of execActions) {
      // The one deliberate exception: an SEC filing needs an executive's approval. Approving writes an
      // approval row only; executives still cannot draft, edit or send anything.
      if (action === "notice.approve") continue;
      expect(action, `exec must not be allowed ${action}`).toMatch(READ_ACTION);
    }
  });

  it("lets commanders and admins declare incidents and nobody else", () => {
    const allowed = ROLES.filter((role) => can(userWith(role), "incident.declare"));
    expect(allowed.sort()).toEqual(["admin", "commander"]);
  });

  it("keeps user and token management to administrators", () => {
    for (const action of ["user.create", "user.update", "token.create", "token.revoke"] as const) {
      expect(ROLES.filter((role) => can(userWith(role), action))).toEqual(["admin"]);
    }
  });

  it("never lets an API token create API tokens, whatever its roles; a signed-in administrator still can", () => {
    const adminToken: TActor = { kind: "token", id: "t", name: "SOAR", roles: [...ROLES] };
    expect(can(adminToken, "token.create")).toBe(false);
    expect(refusalReason(adminToken, "token.create")).toMatch(/API tokens cannot create API tokens/);
    expect(can(userWith("admin"), "token.create")).toBe(true);
    // Only that: the same token keeps its other administrator actions (revoking included).
    expect(can(adminToken, "token.revoke")).toBe(true);
    expect(can(adminToken, "user.create")).toBe(true);
  });

  it("grants a user with several roles the union of their permissions", () => {
    const legalAndCommander = userWith("legal", "commander");
    expect(can(legalAndCommander, "incident.declare")).toBe(true);
    expect(can(legalAndCommander, "user.create")).toBe(false);
  });

  it("lets legal reviewers and administrators record a counsel review of a rule, and nobody else", () => {
    expect(ROLES.filter((role) => can(userWith(role), "rule.review")).sort()).toEqual(["admin", "legal"]);
    expect(can(userWith("engineer", "commander", "comms", "exec"), "rule.review")).toBe(false);
    expect(can(userWith("legal"), "rule.review")).toBe(true);
    expect(can(null, "rule.review")).toBe(false);
  });

  it("denies unknown actions and unknown roles", () => {
    expect(can(userWith("admin"), "incident.delete" as TAction)).toBe(false);
    expect(can(userWith("superuser" as TRole), "incident.read")).toBe(false);
  });

  // ─── Notices and approval gates ───
  it("lets exec approve notices but never draft or send them", () => {
    const exec = userWith("exec");
    expect(can(exec, "notice.approve")).toBe(true);
    expect(can(exec, "notice.draft")).toBe(false);
    expect(can(exec, "notice.send")).toBe(false);
  });

  it("keeps approving away from engineers and commanders, and sending away from legal and comms", () => {
    expect(ROLES.filter((role) => can(userWith(role), "notice.approve")).sort()).toEqual(["comms", "exec", "legal"]);
    expect(ROLES.filter((role) => can(userWith(role), "notice.send")).sort()).toEqual(["admin", "commander"]);
    expect(ROLES.filter((role) => can(userWith(role), "notice.draft")).sort()).toEqual(["admin", "comms", "legal"]);
  });

  it("offers an approver only the required roles they hold and that are not yet satisfied", () => {
    expect(approvableRoles(userWith("legal", "comms"), NOTICE_APPROVAL_DEFAULTS.individuals, ["legal"])).toEqual(["comms"]);
    expect(approvableRoles(userWith("engineer"), NOTICE_APPROVAL_DEFAULTS.regulator, [])).toEqual([]);
    expect(approvableRoles({ kind: "token", id: "t", name: "T", roles: ["legal"] }, ["legal"], [])).toEqual([]);
    expect(NOTICE_APPROVAL_DEFAULTS.sec_filing).toEqual(["legal", "exec"]);
  });

  it("explains who may do an action", () => {
    expect(whoCan("incident.declare")).toBe("Only administrators and incident commanders can do this.");
  });

  it("names who may do any of several actions, once each, as the people others wait on", () => {
    expect(whoMay(["notice.draft"])).toBe("administrators, legal reviewers or communications staff");
    expect(whoMay(["notice.draft", "notice.send"])).toBe("administrators, incident commanders, legal reviewers or communications staff");
    expect(whoMay(["user.update"])).toBe("administrators");
    expect(whoMay(["session.read"])).toBe("anyone signed in");
  });
});

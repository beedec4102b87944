import { describe, expect, it } from "vitest";
import { CONTAINMENT_ACTIONS } from "@/lib/containment/catalog";
import { executionRolePolicy, executionRolePolicyJson, statementId } from "@/lib/containment/execution-role-policy";

describe("the execution-role policy", () => {
  const policy = executionRolePolicy();

  it("grants every action's permissions in a statement of its own", () => {
    for (const action of CONTAINMENT_ACTIONS) {
      const statement = policy.Statement.find((s) => s.Sid === statementId(action.id));
      expect(statement, action.id).toBeDefined();
      expect(new Set(statement!.Action)).toEqual(new Set(action.iamPermissions));
    }
  });

  it("lets the role pass itself to SSM Automation and nothing else", () => {
    expect(policy.Statement[0]).toMatchObject({ Action: ["iam:PassRole"], Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } } });
  });

  it("is valid IAM policy JSON within the managed-policy size limit", () => {
    const parsed = JSON.parse(executionRolePolicyJson()) as typeof policy;
    expect(parsed.Version).toBe("2012-10-17");
    const sids = parsed.Statement.map((s) => s.Sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const statement of parsed.Statement) {
      expect(statement.Sid).toMatch(/^[A-Za-z0-9]+$/);
      expect(statement.Effect).toBe("Allow");
      expect(statement.Action.length).toBeGreaterThan(0);
      for (const action of statement.Action) expect(action).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
      expect(typeof statement.Resource).toBe("string");
    }
    // A customer managed policy may hold 6,144 characters, whitespace not counted.
    expect(executionRolePolicyJson().replace(/\s/g, "").length).toBeLessThanOrEqual(6_144);
  });
});

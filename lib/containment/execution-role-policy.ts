import { CONTAINMENT_ACTIONS, type TContainmentAction } from "@/lib/containment/catalog";

/**
 * The IAM policy for the role containment runs as, generated from the catalog so the documented policy can never
 * drift from what the actions need: one statement for passing the role to SSM Automation (the runbooks run as the
 * same role), then one statement per action, so an administrator can leave out an action's statement to keep that
 * action from ever running. Resources are "*" because the targets are only known at request time; narrow them per
 * account if some buckets, instances or principals must never be touched.
 */

export type TPolicyStatement = { Sid: string; Effect: "Allow"; Action: string[]; Resource: string; Condition?: Record<string, Record<string, string>> };
export type TPolicyDocument = { Version: "2012-10-17"; Statement: TPolicyStatement[] };

/** "ec2-instance-contain" → "Ec2InstanceContain": a Sid may hold letters and digits only. */
export function statementId(actionId: string): string {
  return actionId.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0]!.toUpperCase() + part.slice(1)).join("");
}

export function executionRolePolicy(actions: readonly TContainmentAction[] = CONTAINMENT_ACTIONS): TPolicyDocument {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "PassItselfToAutomation", Effect: "Allow", Action: ["iam:PassRole"], Resource: "arn:aws:iam::<account>:role/<this role>",
        Condition: { StringEquals: { "iam:PassedToService": "ssm.amazonaws.com" } },
      },
      ...actions.map((action): TPolicyStatement => ({ Sid: statementId(action.id), Effect: "Allow", Action: [...new Set(action.iamPermissions)], Resource: "*" })),
    ],
  };
}

/** The policy as the docs show it: two-space JSON. */
export const executionRolePolicyJson = (): string => JSON.stringify(executionRolePolicy(), null, 2);

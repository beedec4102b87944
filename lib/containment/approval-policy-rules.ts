import { z } from "zod";
import type { TContainmentAction } from "@/lib/containment/catalog";
import { ZReason } from "@/lib/incident-facts/schemas";

/**
 * The containment approval policy, per action class: how many approvals, whether the incident's commander must be
 * among them, and which roles may give the others. Safe defaults, and floors an administrator cannot lower: a change
 * to production access always needs the incident's commander, a destructive or irreversible step always two people.
 * Pure: the service (approving), the policy's re-decision and the worker's last check all derive a request's need here.
 */

export const CONTAINMENT_ACTION_CLASSES = ["ordinary", "production_access", "destructive"] as const;
export type TContainmentActionClass = (typeof CONTAINMENT_ACTION_CLASSES)[number];

export const CONTAINMENT_CLASS_LABELS: Record<TContainmentActionClass, string> = {
  ordinary: "Ordinary",
  production_access: "Changes production access",
  destructive: "Destructive or irreversible",
};

/** The roles that may hold containment.approve (lib/auth/policy.ts); the policy narrows among them. */
export const CONTAINMENT_APPROVER_ROLES = ["commander", "engineer"] as const;
export type TContainmentApproverRole = (typeof CONTAINMENT_APPROVER_ROLES)[number];

export type TClassPolicy = { approvals: 1 | 2 | 3; commander: boolean; roles: TContainmentApproverRole[] };
export type TContainmentApprovalPolicy = Record<TContainmentActionClass, TClassPolicy>;

export const CONTAINMENT_APPROVAL_DEFAULTS: TContainmentApprovalPolicy = {
  ordinary: { approvals: 1, commander: false, roles: ["commander", "engineer"] },
  production_access: { approvals: 1, commander: true, roles: ["commander", "engineer"] },
  destructive: { approvals: 2, commander: false, roles: ["commander", "engineer"] },
};

const ZClassPolicy = z.object({
  approvals: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "must be 1, 2 or 3" }),
  commander: z.boolean({ error: "must be true or false" }),
  roles: z
    .array(z.enum(CONTAINMENT_APPROVER_ROLES, { error: `must be ${CONTAINMENT_APPROVER_ROLES.join(" or ")}` }))
    .min(1, { error: "needs at least one approving role" })
    .transform((roles) => [...new Set(roles)]),
});

/** The policy as stored and as sent: the floors are part of its validity, so a lowered floor is a 400 naming the field. */
export const ZContainmentApprovalPolicy = z
  .object({ ordinary: ZClassPolicy, production_access: ZClassPolicy, destructive: ZClassPolicy })
  .superRefine((policy, ctx) => {
    if (!policy.production_access.commander) {
      ctx.addIssue({ code: "custom", path: ["production_access", "commander"], message: "must be true: a change to production access always needs the incident's commander" });
    }
    if (policy.destructive.approvals < 2) {
      ctx.addIssue({ code: "custom", path: ["destructive", "approvals"], message: "must be at least 2: a destructive or irreversible step always needs two different people" });
    }
    // An action can be destructive and change production access at once; its second approver must hold a role both allow.
    if (!policy.destructive.roles.some((role) => policy.production_access.roles.includes(role))) {
      ctx.addIssue({ code: "custom", path: ["destructive", "roles"], message: "must share a role with production_access: an action that is both would have no one to approve it" });
    }
  });

export const ZContainmentApprovalPolicyInput = z.object({ policy: ZContainmentApprovalPolicy, reason: ZReason });
export type TContainmentApprovalPolicyInput = z.input<typeof ZContainmentApprovalPolicyInput>;

/** The classes an action belongs to: every action is ordinary, some also change production access or destroy. */
export function actionClasses(action: Pick<TContainmentAction, "destructive" | "productionAccess">): TContainmentActionClass[] {
  return ["ordinary", ...(action.productionAccess ? (["production_access"] as const) : []), ...(action.destructive ? (["destructive"] as const) : [])];
}

/** The class an action is shown under: its strictest. */
export function actionClass(action: Pick<TContainmentAction, "destructive" | "productionAccess">): TContainmentActionClass {
  return actionClasses(action).at(-1)!;
}

export type TApprovalNeed = { actionClass: TContainmentActionClass; approvals: 1 | 2 | 3; commander: boolean; roles: TContainmentApproverRole[] };

/**
 * What a request for this action needs under this policy: the strictest of its classes (most approvals, the commander
 * if any class asks, only roles every class allows). The floors are applied again here, so a stored policy that
 * somehow lowered them still cannot.
 */
export function approvalNeedUnder(policy: TContainmentApprovalPolicy, action: Pick<TContainmentAction, "destructive" | "productionAccess">): TApprovalNeed {
  const classes = actionClasses(action).map((c) => policy[c]);
  const approvals = Math.max(...classes.map((c) => c.approvals), action.destructive ? 2 : 1) as 1 | 2 | 3;
  const commander = action.productionAccess || classes.some((c) => c.commander);
  const roles = CONTAINMENT_APPROVER_ROLES.filter((role) => classes.every((c) => c.roles.includes(role)));
  return { actionClass: actionClass(action), approvals, commander, roles };
}

/** "2 approvals from different people, the incident's commander among them; the others by commanders or engineers". */
export function describeNeed(need: Pick<TApprovalNeed, "approvals" | "commander" | "roles">): string {
  const count = need.approvals === 1 ? "1 approval" : `${need.approvals} approvals from different people`;
  const lead = need.commander ? (need.approvals === 1 ? " from the incident's commander" : ", the incident's commander among them") : "";
  const roles = need.roles.map((r) => (r === "commander" ? "commanders" : "engineers")).join(" or ") || "nobody";
  const others = need.approvals - (need.commander ? 1 : 0);
  return `${count}${lead}${others > 0 ? `${need.commander ? "; the others" : ","} by ${roles}` : ""}`;
}
